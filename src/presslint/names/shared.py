"""The register and the dictionary of a run, built once from its data files and shared."""

from __future__ import annotations

from presslint.errors import SourceError
from presslint.lexicon.dictionary import Dictionary
from presslint.names.register import Register, load_register
from presslint.rule.context import RuleContext
from presslint.rule.options import Option, OptionError, is_str, list_of, one_of, validate

_WORDS_FILE = (Option("data", one_of("words"), required=True), Option("words", list_of(is_str), required=True))


def register_of(context: RuleContext) -> Register:
    register: Register = context.shared("names-register", lambda: load_register(context.files("names")))
    return register


def house_words(context: RuleContext) -> list[str]:
    words: list[str] = []
    for file in context.files("words"):
        try:
            words.extend(validate(file.data.value, _WORDS_FILE, "a word list")["words"])
        except OptionError as error:
            raise SourceError(file.path, file.data.line(error.path), error.message) from None
    return words


def dictionary_of(context: RuleContext) -> Dictionary:
    dictionary: Dictionary = context.shared("dictionary", lambda: Dictionary(house_words(context)))
    return dictionary
