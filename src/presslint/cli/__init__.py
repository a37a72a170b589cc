"""The command line: the parser (:mod:`presslint.cli.main`) and one module per command."""
