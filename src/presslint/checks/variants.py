"""Variants of one thing in one article: which form to keep, which uses to report.

Every consistency check (listed alternatives, hyphenation, capitalisation, British and
American spelling, quotation marks) collects :class:`Use` objects and lets
:func:`stray_uses` decide: per group, the house form if the article uses it, else the
form used most, else the one used first; every use of another form is reported with the
kept form's first use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple


class Use(NamedTuple):
    group: str  # what the forms are variants of ("secretarygeneral", "quotes")
    form: str  # which variant this is ("secretary-general", "curly")
    text: str  # as written
    start: int  # source offsets
    end: int
    reportable: bool = True  # False inside quotations: evidence only


def stray_uses(uses: Iterable[Use], preferred: Mapping[str, str] | None = None) -> Iterator[tuple[Use, Use]]:
    """(use of a stray form, first use of the kept form) for every group with more than one form."""
    by_group: dict[str, list[Use]] = {}
    for use in sorted(uses, key=lambda u: u.start):
        by_group.setdefault(use.group, []).append(use)
    for group, group_uses in by_group.items():
        counts = Counter(use.form for use in group_uses)
        if len(counts) < 2:
            continue
        first_at: dict[str, int] = {}
        for index, use in enumerate(group_uses):
            first_at.setdefault(use.form, index)
        kept = (preferred or {}).get(group, "")
        if kept not in counts:
            kept = max(counts, key=lambda form: (counts[form], -first_at[form]))
        reference = group_uses[first_at[kept]]
        for use in group_uses:
            if use.form != kept and use.reportable:
                yield use, reference
