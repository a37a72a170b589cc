"""One module per check kind; :mod:`presslint.rulebook.registry` maps kind names to them."""
