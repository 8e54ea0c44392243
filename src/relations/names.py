"""Name normalisation: the one place that decides when two spellings are the same name."""

from __future__ import annotations

# String methods rather than regexes: this runs on every command, and compiling costs more.
_JOINERS = str.maketrans("", "", "'’`.")
_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


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
    folded = folded.translate(_JOINERS)
    return " ".join("".join(c if c in _WORD_CHARACTERS else " " for c in folded).split())
