"""The rule reference in Markdown, generated from the rule files (``presslint rules --markdown``)."""

from __future__ import annotations

from collections.abc import Sequence

from presslint.rule.model import Rule

_FAMILIES = {
    "names": "Names", "spelling": "Spelling", "dates": "Dates", "consistency": "Consistency within an article",
    "style": "Style", "ap": "AP style pack",
}  # fmt: skip


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: Sequence[Rule]) -> str:
    """One section per family, one entry per rule: what it does, its settings and its examples."""
    lines = [
        "# Rule reference",
        "",
        "Generated from the rule files by `presslint rules --markdown`; do not edit by hand.",
        "Turn a rule off with `disable: [ID]` in `.presslint.yaml`, a whole family with its prefix",
        "(`disable: [ap]`), and change a level with `levels: {ID: warning}`.",
        "",
    ]
    families: dict[str, list[Rule]] = {}
    for rule in sorted(rules, key=lambda r: r.id):
        families.setdefault(rule.id.split(".")[0], []).append(rule)
    for family, members in families.items():
        lines += [f"## {_FAMILIES.get(family, family)} (`{family}.*`)", ""]
        for rule in members:
            scope = ", ".join(sorted(kind.value for kind in rule.scope))
            state = "on" if rule.enabled else "off by default"
            lines += [
                f"### `{rule.id}`",
                "",
                "| kind | level | default | reads | quotations |",
                "|---|---|---|---|---|",
                f"| `{rule.kind}` | {rule.level} | {state} | {scope} | "
                f"{'checked' if rule.quotes == 'check' else 'skipped'} |",
                "",
                rule.description or "(no description)",
                "",
            ]
            for label, fail in (("Passes", False), ("Fails", True)):
                examples = rule.examples_that(fail)
                if examples:
                    lines.append(f"{label}:")
                    lines.append("")
                    for example in examples:
                        flagged = f" → flags `{_cell(example.match)}`" if example.match else ""
                        fixed = f", suggests `{_cell(example.suggestion)}`" if example.suggestion else ""
                        lines.append(f"- `{_cell(example.text)}`{flagged}{fixed}")
                    lines.append("")
    return "\n".join(lines).rstrip() + "\n"
