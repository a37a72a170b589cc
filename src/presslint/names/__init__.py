"""Names and words: the register, the tokenizer and near-miss search shared by the
names, name-consistency and spelling checks."""
