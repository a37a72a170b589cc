"""One class per behaviour of each check kind; :mod:`presslint.rulebook.registry` maps kinds to them."""
