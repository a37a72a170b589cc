"""The explicit registry of check kinds: kind name → the module and class that run it.

Kinds are imported only when a rule of that kind is loaded, so a run pays for what it
uses. Asking for a kind that is not here is an error, never a silent skip.
"""

from __future__ import annotations

from importlib import import_module

from presslint.checks.base import Check

KINDS: dict[str, tuple[str, str]] = {
    "existence": ("presslint.checks.existence", "ExistenceCheck"),
    "substitution": ("presslint.checks.substitution", "SubstitutionCheck"),
    "consistency": ("presslint.checks.consistency", "ConsistencyCheck"),
    "names": ("presslint.checks.names", "NamesCheck"),
    "name-consistency": ("presslint.checks.name_consistency", "NameConsistencyCheck"),
    "spelling": ("presslint.checks.spelling", "SpellingCheck"),
    "dates": ("presslint.checks.dates", "DatesCheck"),
    "hyphenation": ("presslint.checks.hyphenation", "HyphenationCheck"),
    "capitalisation": ("presslint.checks.capitalisation", "CapitalisationCheck"),
    "spelling-variants": ("presslint.checks.spelling_variants", "SpellingVariantsCheck"),
    "quotation-marks": ("presslint.checks.quotation_marks", "QuotationMarksCheck"),
    "abbreviations": ("presslint.checks.abbreviations", "AbbreviationsCheck"),
    "repetition": ("presslint.checks.repetition", "RepetitionCheck"),
}


def check_class(kind: str) -> type[Check]:
    """The class for ``kind``; raises KeyError for an unknown kind."""
    module_name, class_name = KINDS[kind]
    check: type[Check] = getattr(import_module(module_name), class_name)
    return check
