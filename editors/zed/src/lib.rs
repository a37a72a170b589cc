//! Starts `presslint lsp` for Markdown, HTML and plain-text buffers: presslint itself is found on PATH.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Presslint;

impl zed::Extension for Presslint {
    fn new() -> Self {
        Presslint
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let command = worktree
            .which("presslint")
            .ok_or_else(|| "presslint is not on PATH: install presslint[lsp] (see its README)".to_string())?;
        Ok(zed::Command { command, args: vec!["lsp".into()], env: worktree.shell_env() })
    }
}

zed::register_extension!(Presslint);
