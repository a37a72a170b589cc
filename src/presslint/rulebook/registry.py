"""The explicit registry of check kinds: kind name → the class that runs each of its behaviours.

A kind with one behaviour has one class. A kind with several (dates, names, quotation
marks, abbreviations, spelling variants) has one class per value of its rules' ``report:`` option; the first
listed is the one a rule without ``report:`` gets. Kinds are imported only when a rule of
that kind is loaded, so a run pays for what it uses. Asking for a kind that is not here is
an error, never a silent skip.
"""

from __future__ import annotations

from importlib import import_module

from presslint.checks.base import Check

_ONE = ""  # the key of a kind with a single behaviour

KINDS: dict[str, dict[str, str]] = {
    "existence": {_ONE: "presslint.checks.existence:ExistenceCheck"},
    "substitution": {_ONE: "presslint.checks.substitution:SubstitutionCheck"},
    "consistency": {_ONE: "presslint.checks.consistency:ConsistencyCheck"},
    "names": {
        "misspelled": "presslint.checks.names:MisspelledNamesCheck",
        "former": "presslint.checks.names:FormerNamesCheck",
        "unknown": "presslint.checks.names:UnknownNamesCheck",
    },
    "name-consistency": {_ONE: "presslint.checks.name_consistency:NameConsistencyCheck"},
    "spelling": {_ONE: "presslint.checks.spelling:SpellingCheck"},
    "dates": {
        "caption-vs-body": "presslint.checks.dates.caption_vs_body:CaptionVsBodyCheck",
        "weekday": "presslint.checks.dates.calendar:WeekdayCheck",
        "impossible": "presslint.checks.dates.calendar:ImpossibleDateCheck",
        "after-publication": "presslint.checks.dates.publication:AfterPublicationCheck",
        "relative": "presslint.checks.dates.publication:RelativeDateCheck",
        "range-dashes": "presslint.checks.dates.style:RangeDashesCheck",
        "day-month-order": "presslint.checks.dates.style:DayMonthOrderCheck",
    },
    "hyphenation": {_ONE: "presslint.checks.hyphenation:HyphenationCheck"},
    "capitalisation": {_ONE: "presslint.checks.capitalisation:CapitalisationCheck"},
    "spelling-variants": {
        "mixing": "presslint.checks.spelling_variants:MixedVarietiesCheck",
        "language": "presslint.checks.spelling_variants:HouseVarietyCheck",
    },
    "quotation-marks": {
        "mixed": "presslint.checks.quotation_marks:MixedQuotationMarksCheck",
        "unbalanced": "presslint.checks.quotation_marks:UnbalancedQuotationMarksCheck",
    },
    "abbreviations": {
        "before-definition": "presslint.checks.abbreviations:BeforeDefinitionCheck",
        "defined-twice": "presslint.checks.abbreviations:DefinedTwiceCheck",
    },
    "repetition": {_ONE: "presslint.checks.repetition:RepetitionCheck"},
}


def check_class(kind: str, report: object = None) -> type[Check]:
    """The class for ``kind`` and its rule's ``report:`` value; raises KeyError for an unknown kind.

    An unknown or missing ``report`` gives the kind's first class: the options it declares
    then say what is wrong, in the same words for every kind.
    """
    behaviours = KINDS[kind]
    found = behaviours.get(report) if isinstance(report, str) else None
    module_name, class_name = (found or next(iter(behaviours.values()))).split(":")
    check: type[Check] = getattr(import_module(module_name), class_name)
    return check
