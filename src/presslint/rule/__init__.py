"""What a rule is, whatever its kind: its fields, option validation and the data rules share."""
