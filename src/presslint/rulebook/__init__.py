"""The rule book: rule files, configuration, the registry of check kinds and the compiled-rule cache."""
