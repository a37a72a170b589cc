"""presslint's version: what the cache keys, ``--version`` and the reports name."""

VERSION = "0.1.0"
