"""What is done with findings: suppressions, baseline, changed lines, fixes, and the report formats."""
