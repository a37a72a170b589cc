"""Text utilities: compiled patterns, rule patterns and their prefilter, words, facts about texts, YAML with lines."""
