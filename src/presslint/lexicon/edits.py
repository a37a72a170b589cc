"""Edit distance and a symmetric delete index for fast near-miss search.

A "slip" is one dropped, added, changed or swapped (adjacent) letter. Instead of
generating every variant of a word (slow for long words), the index stores the
deletes of each known word, and a query looks up its own deletes: candidates share
a delete, then the exact distance decides (SymSpell's idea).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def slips(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``, or ``limit + 1`` if beyond it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def deletes(word: str, depth: int) -> set[str]:
    """``word`` and every string made by deleting up to ``depth`` letters from it."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {item[:i] + item[i + 1 :] for item in frontier for i in range(len(item))}
        found |= frontier
    return found


class DeleteIndex:
    """Words indexed by their deletes, for "which known words are within N slips".

    Each delete maps to its words joined by a newline, not to a set: the index is cached
    with the rules, and a dict of strings loads four times faster than a dict of sets.
    """

    def __init__(self, depth: int = 2) -> None:
        self.depth = depth
        self._by_delete: dict[str, str] = {}

    def add(self, word: str, depth: int | None = None) -> None:
        by_delete = self._by_delete
        for variant in deletes(word, self.depth if depth is None else depth):
            present = by_delete.get(variant)
            if present is None:
                by_delete[variant] = word
            elif word not in present.split("\n"):
                by_delete[variant] = f"{present}\n{word}"

    def extend(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def near(self, word: str, limit: int) -> Iterator[tuple[str, int]]:
        """Known words within ``limit`` slips of ``word`` (not ``word`` itself), closest first."""
        candidates: set[str] = set()
        for variant in deletes(word, min(limit, self.depth)):
            present = self._by_delete.get(variant)
            if present is not None:
                candidates.update(present.split("\n"))
        scored = sorted((slips(word, candidate, limit), candidate) for candidate in candidates if candidate != word)
        for distance, candidate in scored:
            if distance <= limit:
                yield candidate, distance


TYPING_SLIPS = frozenset({"transposition", "omission", "doubling"})


def slip_kind(word: str, intended: str) -> str | None:
    """How ``word`` differs from ``intended`` by one slip, or None if it is not one slip.

    ``transposition`` (two letters swapped), ``omission`` (a letter dropped), ``doubling``
    (a letter typed twice) are the typing slips; ``insertion`` and ``substitution`` are
    also how distinct names differ (Quito/Quinto, Ghana/Ghaza), so they count for less.
    """
    if len(word) == len(intended):
        diffs = [i for i, (a, b) in enumerate(zip(word, intended, strict=True)) if a != b]
        if len(diffs) == 1:
            return "substitution"
        if (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == intended[diffs[1]]
            and (word[diffs[1]] == intended[diffs[0]])
        ):
            return "transposition"
        return None
    if len(word) + 1 == len(intended):
        return "omission" if _one_insert(word, intended) else None
    if len(word) == len(intended) + 1 and _one_insert(intended, word):
        extra = next((i for i in range(len(intended)) if word[i] != intended[i]), len(intended))
        doubled = (extra > 0 and word[extra - 1] == word[extra]) or (
            extra + 1 < len(word) and word[extra + 1] == word[extra]
        )
        return "doubling" if doubled else "insertion"
    return None


def _one_insert(short: str, long: str) -> bool:
    index = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[index:] == long[index + 1 :]


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def one_slip(word: str) -> set[str]:
    """Every string one dropped, swapped, changed or added letter from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = {left + right[1:] for left, right in splits if right}
    swapped = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaced = {left + char + right[1:] for left, right in splits if right for char in _LETTERS}
    inserted = {left + char + right for left, right in splits for char in _LETTERS}
    return deleted | swapped | replaced | inserted
