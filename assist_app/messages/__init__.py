"""What the core says to people, declared once: each sentence an English template with named
``{placeholders}``, raised as a Message (the template and its values).

``str(message)`` is the English sentence, which the command line prints. The window looks the
template up in its translations (context ``CoreMessages``) and fills in the same values, translating
those that are themselves messages (a phrase inside a sentence) or words (a life event, a status).
The templates live in this package's modules, by subject; packaging/update_translations.py hands
every one of them to lupdate, and its ``--check`` fails while one lacks a translation.

An error carries its Message as its only argument, so ``str(exc)`` is the sentence and
``message_of(exc)`` gives the window what to translate.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass

CONTEXT = "CoreMessages"  # the translation context of every template

_FORMATTER = string.Formatter()
_DECLARED: dict[str, Template] = {}


class Template:
    """One sentence for people. Placeholders are plain ``{names}`` (no format specs or
    conversions), so a translation has the same placeholders and nothing else to get right."""

    __slots__ = ("names", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.names = frozenset(placeholders(text))
        _DECLARED.setdefault(text, self)

    def __call__(self, **values: object) -> Message:
        """The message with its values; a missing or unknown value is a programming error."""
        if set(values) != self.names:
            raise TypeError(f"{self.text!r} takes {sorted(self.names)}, was given {sorted(values)}")
        return Message(self, values)

    def __repr__(self) -> str:
        return f"Template({self.text!r})"


@dataclass(frozen=True)
class Word:
    """A core value that is a word for people: the command line shows ``value`` as it is, the
    window its label in the interface language (by ``kind``: "life_event", "status", "role")."""

    kind: str
    value: str

    def __str__(self) -> str:
        return self.value


class Message:
    __slots__ = ("template", "values")

    def __init__(self, template: Template, values: Mapping[str, object]) -> None:
        self.template, self.values = template, dict(values)

    def render(self, translate: Callable[[str], str] | None = None, word: Callable[[Word], str] = str) -> str:
        """The sentence: the template through ``translate`` (English when None), its values filled
        in, nested messages rendered the same way and words through ``word``."""
        filled = {}
        for name, value in self.values.items():
            if isinstance(value, Message):
                value = value.render(translate, word)
            elif isinstance(value, Word):
                value = word(value)
            filled[name] = value
        text = translate(self.template.text) if translate else self.template.text
        return text.format_map(filled)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template.text!r}, {self.values!r})"


def placeholders(text: str) -> list[str]:
    """The names of ``text``'s placeholders; ValueError for anything but a plain ``{name}``."""
    names = []
    for _literal, name, spec, conversion in _FORMATTER.parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"a placeholder is a plain {{name}}: {text!r}")
        names.append(name)
    return names


def message_of(exc: BaseException) -> Message | None:
    """The Message an error was raised with, or None (an error not meant for people)."""
    args = getattr(exc, "args", ())
    return args[0] if len(args) == 1 and isinstance(args[0], Message) else None


def all_templates() -> list[Template]:
    """Every template the core declares, in the order declared."""
    for module in pkgutil.iter_modules(__path__):  # every module of this package declares templates
        importlib.import_module(f"{__name__}.{module.name}")
    return list(_DECLARED.values())
