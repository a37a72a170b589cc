from __future__ import annotations

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = [rule for rule in default_rules(Config()) if rule.rule.id == "spelling.misspelled"]


def found(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.line, f.column, f.match, f.suggestions[:2]) for f in lint_text(text, rules=RULES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe goverment will recieve it.\n", [(3, 5, "goverment", ("government",)),
                                                        (3, 20, "recieve", ("receive",))]),
        ("Title\n\nA diety of the sea.\n", [(3, 3, "diety", ("deity", "dirty"))]),
        ("Title\n\nScience and Technlogy awards.\n", [(3, 13, "Technlogy", ("Technology",))]),
        ("Title\n\nHe was writting.\n", [(3, 8, "writting", ("writing",))]),
        ("Title\n\n“We recieve,” she said.\n", [(3, 5, "recieve", ("receive",))]),
        # Names the lexicon knows well, slipped: five letters, a transposition, the case kept.
        ("Title\n\nTalks in Keyna ended.\n", [(3, 10, "Keyna", ("Kenya",))]),
        ("Title\n\nHe flew to Egyt on Monday.\n", [(3, 12, "Egyt", ("Egypt",))]),
        ("Title\n\nThe studio moved to Hollwyood.\n", [(3, 21, "Hollwyood", ("Hollywood",))]),
        # A part of a hyphenated place name.
        ("Title\n\nThey met in Stoke-on-Trnet on Monday.\n", [(3, 22, "Trnet", ("Trent",))]),
        # A short given name the article uses elsewhere: its own uses are the evidence.
        ("Title\n\nPresident Yoon spoke. Later Yoom and Yoon met.\n", [(3, 29, "Yoom", ("Yoon",))]),
        # A published slip two words happen to explain ("cater" + "gory") is still a slip.
        ("Title\n\nThe catergory list.\n", [(3, 5, "catergory", ("category",))]),
        # Common web misspellings: the lexicon has them, no dictionary lists them.
        ("Title\n\nThe cemetary was independant.\n", [(3, 5, "cemetary", ("cemetery",)),
                                                      (3, 18, "independant", ("independent",))]),
    ],
    ids=["two-words", "typing-slip-first", "capitalised-slip", "derived-but-mistyped", "inside-quotes",
         "five-letter-name", "four-letter-name", "well-known-place", "part-of-hyphenated-place", "short-given-name",
         "compound-by-chance", "web-misspellings"],
)  # fmt: skip
def test_misspellings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe organisation's programme centre travelled.\n",
        "Title\n\nA multi-vector, co-ordinated policy with add-ons.\n",
        "Title\n\nYau Wai-ching and Roh Moo-hyun met.\n",
        "Title\n\nThe story was reposted by a localist ringtone maker.\n",
        "Title\n\nSee #istandwithahmed and @presslint or www.example.org.\n",
        "Title\n\nThe ODIHR and NATO met in Deseret and Nightwing.\n",
        "Title\n\nThe recieve [sic] note.\n",
        "Title\n\nShe could've said it was cybercrime.\n",
        # British spellings the lexicon knows well, under the default language (both varieties).
        "Title\n\nThe centred jewellery of a sceptical medallist, a cheque and an aeroplane.\n",
        "Title\n\nA marvellous manoeuvre of calibre; the mould, the furore and the pyjama.\n",
        # Current vocabulary the dictionary lacks.
        "Title\n\nA webcam weblog for filmgoers: the winless side moved upfield.\n",
        # Nothing likely near: a new word is not a misspelling.
        "Title\n\nThey said comitive.\n",
        # Two frequent names one letter apart: both are names.
        "Title\n\nFrom Mali to Bali.\n",
    ],
    ids=["british", "hyphen-parts", "hyphenated-given-names", "derived-words", "handles-and-urls",
         "abbreviations-and-names", "sic", "contraction-and-house-word", "british-lexicon", "british-lexicon-2",
         "current-vocabulary", "nothing-near", "two-frequent-names"],
)  # fmt: skip
def test_no_finding(text: str) -> None:
    assert found(text) == []
