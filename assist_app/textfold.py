"""Folding of names for search: full/half width, hiragana/katakana, case and spaces."""

from __future__ import annotations

import re
import unicodedata

_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ -> ぁ..ゖ
_SPACES = re.compile(r"[\s\u3000・･]+")


def fold(text: str) -> str:
    """``ﾔﾏﾀﾞ　ﾊﾅｺ`` and ``やまだはなこ`` fold to the same key."""
    text = unicodedata.normalize("NFKC", text).translate(_KATAKANA).casefold()
    return _SPACES.sub("", text)


def search_keys(*names: str | None) -> set[str]:
    """Keys a name can be found by: each space-separated part and the whole, folded."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        normalized = unicodedata.normalize("NFKC", name)
        parts = [p for p in _SPACES.split(normalized) if p]
        keys.update(fold(p) for p in parts)
        keys.add(fold(normalized))
    keys.discard("")
    return keys
