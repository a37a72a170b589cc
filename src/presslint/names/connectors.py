"""Lower-case words that stand inside names: "Bank of England", "Charles de Gaulle", "Procter & Gamble".

One list of particles and joining words, and the three ways the name readers use them.
"""

from __future__ import annotations

# Particles of people's and places' names in the languages news writes about.
PARTICLES = frozenset(
    {"de", "du", "des", "der", "von", "van", "da", "di", "do", "dos", "das", "del", "della", "la", "le", "al", "el"}
    | {"bin"}
)
# Words that join the words of one name: "Bank of England", "Trinidad and Tobago", "Isle of the Dead".
JOINING_WORDS = frozenset({"of", "and", "for", "the"})
# Inside one name, as the name-case check reads it. Not "in" or "on": "Go Digital on the World
# Service" is two names.
IN_A_NAME = JOINING_WORDS | PARTICLES
# Inside the long title-case names the capitalisation check compares ("Minister of Trade and
# Industry", "Ministry of Ecology and Natural Resources", "Procter & Gamble"), "in" and "on" join
# too: a title is one name however long.
IN_A_TITLE = IN_A_NAME | {"in", "on", "&"}
