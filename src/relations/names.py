"""Name normalisation: the one place that decides when two spellings are the same name."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise(name: str) -> str:
    """Fold a name for matching: case, accents, punctuation and hyphens do not count.

    >>> normalise("Côte d'Ivoire") == normalise("cote divoire")
    True
    >>> normalise("United-States")
    'united states'
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    # Apostrophes and dots join their neighbours ("d'Ivoire" -> "divoire", "U.S." -> "us");
    # every other run of non-alphanumerics separates words.
    folded = re.sub(r"['’`.]", "", folded)
    return _NON_WORD.sub(" ", folded).strip()
