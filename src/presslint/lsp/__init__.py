"""The language server: presslint in the editor, as the reporter writes (``presslint lsp``)."""
