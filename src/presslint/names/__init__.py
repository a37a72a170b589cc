"""What the checks know about names: the register, the slip model and the words that stand inside names."""
