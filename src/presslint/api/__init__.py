"""The public API and the run over many files: lint_text, lint_paths, worker processes, names learn."""
