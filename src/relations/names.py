"""Name normalisation: the one place that decides when two spellings are the same name."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[^0-9a-z]+")
_JOINERS = re.compile(r"['’`.]")


def normalise(name: str) -> str:
    """Fold a name for matching: case, accents, punctuation and hyphens do not count.

    >>> normalise("Côte d'Ivoire") == normalise("cote divoire")
    True
    >>> normalise("United-States")
    'united states'
    """
    folded = name.casefold()
    if not folded.isascii():  # accents to strip: unicodedata is loaded only then
        import unicodedata

        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    # Apostrophes and dots join their neighbours ("d'Ivoire" -> "divoire", "U.S." -> "us");
    # every other run of non-alphanumerics separates words.
    folded = _JOINERS.sub("", folded)
    return _NON_WORD.sub(" ", folded).strip()
