"""The English lexicon: the dictionary, the frequency word table and the edits between words."""
