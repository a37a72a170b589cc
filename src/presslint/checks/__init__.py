"""One module per check kind; :mod:`presslint.registry` maps kind names to them."""
