"""What the editor is sent about a linted document: diagnostics, code actions and hovers."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from presslint.finding import Finding
from presslint.lsp.documents import Linted
from presslint.report.fixes import chosen_fixes
from presslint.report.suppressions import suppression_insert
from presslint.rule.model import Rule

SOURCE = "presslint"
FIX_ALL = "source.fixAll.presslint"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def _range(linted: Linted, finding: Finding) -> types.Range:
    (line, character), (end_line, end_character) = linted.span(finding)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def _message(finding: Finding) -> str:
    if finding.suggestions and finding.suggestions[0] not in finding.message:
        return f"{finding.message} (suggestion: {', '.join(finding.suggestions[:3])})"
    return finding.message


def _rule_link(linted: Linted, rule: Rule | None) -> types.CodeDescription | None:
    if rule is None or linted.rule_set is None:
        return None
    if rule.link:
        return types.CodeDescription(href=rule.link)
    source = linted.rule_set.rule_file(rule)
    return types.CodeDescription(href=source.resolve().as_uri()) if source is not None else None


def diagnostics(linted: Linted) -> list[types.Diagnostic]:
    described = linted.rule_set.described if linted.rule_set is not None else {}
    return [
        types.Diagnostic(
            range=_range(linted, finding),
            message=_message(finding),
            severity=_SEVERITY[finding.severity],
            code=finding.rule,
            code_description=_rule_link(linted, described.get(finding.rule)),
            source=SOURCE,
            tags=[types.DiagnosticTag.Unnecessary] if finding.rule == "presslint.unused-suppression" else None,
        )
        for finding in linted.findings
    ]


def _touches(finding: Finding, start: int, end: int) -> bool:
    return finding.start <= end and start <= finding.end


def _edit(linted: Linted, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={linted.uri: edits})


def code_actions(linted: Linted, selection: types.Range, only: Sequence[str] | None = None) -> list[types.CodeAction]:
    """Corrections and suppressions for the findings in ``selection``; the fix-all for the whole document."""
    start = linted.offset(selection.start.line, selection.start.character)
    end = linted.offset(selection.end.line, selection.end.character)
    wanted = only or [types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
    actions: list[types.CodeAction] = []
    if any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in wanted):
        for finding in linted.findings:
            if _touches(finding, start, end):
                actions += _quick_fixes(linted, finding)
    if any(FIX_ALL.startswith(kind) for kind in wanted):
        fix_all = _fix_all(linted)
        if fix_all is not None:
            actions.append(fix_all)
    return actions


def _quick_fixes(linted: Linted, finding: Finding) -> list[types.CodeAction]:
    diagnostic = [diagnostics(linted._replace(findings=[finding]))[0]]
    actions = []
    choices = list(dict.fromkeys([*([finding.fix] if finding.fix is not None else []), *finding.suggestions[:3]]))
    for choice in choices:
        actions.append(
            types.CodeAction(
                title=f"Change '{finding.match}' to '{choice}'",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostic,
                is_preferred=choice == finding.fix,
                edit=_edit(linted, [types.TextEdit(_range(linted, finding), choice)]),
            )
        )
    line_start = linted.positions.offset(linted.span(finding)[0][0], 0)
    insert = suppression_insert(linted.text, line_start, linted.format_name, finding.rule)
    if insert is not None:
        offset, text = insert
        line, character = linted.positions.position(offset)
        where = types.Range(types.Position(line, character), types.Position(line, character))
        actions.append(
            types.CodeAction(
                title=f"Ignore {finding.rule} on this line",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostic,
                edit=_edit(linted, [types.TextEdit(where, text)]),
            )
        )
    return actions


def _fix_all(linted: Linted) -> types.CodeAction | None:
    """Every unambiguous fix at once: those ``presslint check --fix`` would apply."""
    edits = [
        types.TextEdit(_range(linted, finding), finding.fix or "")
        for finding in chosen_fixes(linted.text[linted.bom :], linted.findings)
    ]
    if not edits:
        return None
    return types.CodeAction(
        title=f"Apply presslint's unambiguous fixes ({len(edits)})", kind=FIX_ALL, edit=_edit(linted, edits)
    )


def hover(linted: Linted, line: int, character: int) -> types.Hover | None:
    """The findings under the cursor, each with its rule's description and examples."""
    offset = linted.offset(line, character)
    under = [finding for finding in linted.findings if finding.start <= offset < max(finding.end, finding.start + 1)]
    if not under:
        return None
    described = linted.rule_set.described if linted.rule_set is not None else {}
    parts = [_explain(finding, described.get(finding.rule)) for finding in under]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=_range(linted, under[0]),
    )


def _code(text: str) -> str:
    return "`` " + text.replace("\n", " ") + " ``" if "`" in text else f"`{text}`"


def _explain(finding: Finding, rule: Rule | None) -> str:
    """What ``presslint explain`` says about a finding's rule, as Markdown."""
    lines = [f"**{finding.rule}** ({finding.severity}): {finding.message}"]
    if finding.suggestions:
        lines += ["", "Suggestion: " + ", ".join(_code(s) for s in finding.suggestions[:3])]
    if rule is not None:
        if rule.description:
            lines += ["", rule.description.strip()]
        for label, fail in (("Passes", False), ("Fails", True)):
            texts = [example.text for example in rule.examples_that(fail)]
            if texts:
                lines += ["", f"{label}:", *(f"- {_code(text)}" for text in texts[:3])]
        lines += ["", f"Defined in `{rule.path}:{rule.line}`."]
        if rule.link:
            lines.append(f"See {rule.link}")
    return "\n".join(lines)
