"""Names people type: the ones that could mean several parties, the ones that resolve with a note,
and the order in which to suggest names for one that matches nothing.

Pure functions and reviewed tables, standard library only. `Store.resolve` and `Store.suggest`
call them; `importers/countries.py` reads the tables so the data and the lookups agree.
"""

from __future__ import annotations

from .names import normalise

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, TypeVar

    T = TypeVar("T")

# Names that could mean more than one party: these always ask which (normalised name -> the party
# codes it could mean, in the order they are offered). No party may carry one of these as its
# name or an alias (importers/countries.py and a test check this).
#
# "Guinea" is not here: it is the short name of exactly one country (the Republic of Guinea) in
# ISO 3166-1, the UN and The World Factbook, and the others always carry their qualifier
# (Guinea-Bissau, Equatorial Guinea, Papua New Guinea), as "Niger" is not Nigeria. It resolves to
# GN with a note naming the others. "New Guinea" is the name that could be several: the island is
# shared by Papua New Guinea and Indonesia.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "congo": ("CG", "CD"),  # both are called "Congo", in ISO 3166-1 and in everyday use
    "the congo": ("CG", "CD"),
    "korea": ("KR", "KP", "H-KOREA"),  # two states today; the Kingdom of Choson (1882-1905) before
    "new guinea": ("PG", "ID"),
    "virgin islands": ("VG", "VI"),
}

# Names that find a party at lookup time without being its alias in the data (normalised name ->
# party code). The Gaza Strip and the West Bank have profiles of their own in The World Factbook,
# which importers.factbook maps to Palestine itself (and says so in its notes): as aliases in
# countries.toml they would change what that importer writes.
REDIRECTS: dict[str, str] = {
    "gaza": "PS",
    "gaza strip": "PS",
    "the gaza strip": "PS",
    "west bank": "PS",
    "the west bank": "PS",
    # West Germany was the Federal Republic of Germany (1949-1990), the state that continues as
    # Germany: the GDR joined it on 3 October 1990 (under Article 23 of its Basic Law), and the
    # Historian's guide keeps one Germany page throughout. It is not a historical state of its own
    # (H-FEDERAL-GOVERNMENT-OF-GERMANY is the revolutionary government of 1848-49).
    "west germany": "DE",
    "frg": "DE",
}

# Names that resolve, but to something a little different from what was typed: the note says so
# (normalised name -> note). It reaches the user as the resolved party's `note` (in JSON output,
# `parties[].note`), put before any note the party already has.
_UK_PART = "{name} is a constituent country of the United Kingdom; facts are about the United Kingdom."
_PALESTINE = "{name} resolves to Palestine (PS); facts are about the State of Palestine as a whole."
_GUINEA = (
    "Guinea is the Republic of Guinea (Guinea-Conakry); Guinea-Bissau, Equatorial Guinea and "
    "Papua New Guinea are other countries."
)
_WEST_GERMANY = (
    "{name} (the Federal Republic of Germany, 1949-1990) continues as Germany, which East Germany "
    "joined in 1990; facts are about Germany."
)
RESOLUTION_NOTES: dict[str, str] = {
    "england": _UK_PART.format(name="England"),
    "scotland": _UK_PART.format(name="Scotland"),
    "wales": _UK_PART.format(name="Wales"),
    "northern ireland": _UK_PART.format(name="Northern Ireland"),
    "gaza": _PALESTINE.format(name="Gaza"),
    "gaza strip": _PALESTINE.format(name="The Gaza Strip"),
    "the gaza strip": _PALESTINE.format(name="The Gaza Strip"),
    "west bank": _PALESTINE.format(name="The West Bank"),
    "the west bank": _PALESTINE.format(name="The West Bank"),
    "guinea": _GUINEA,
    "west germany": _WEST_GERMANY.format(name="West Germany"),
    "frg": _WEST_GERMANY.format(name="The FRG"),
}

# Words that say nothing about which party is meant.
_STOP_WORDS = frozenset({"the", "of", "and", "de", "da", "del", "du", "la", "le", "el", "et", "d"})
WORD_CLOSE = 0.8  # how alike two words must be, in spelling, to count as the same word misspelt


def ambiguous(name: str) -> tuple[str, ...]:
    """The codes a name could mean when it could mean several; () when it is not ambiguous."""
    return AMBIGUOUS.get(normalise(name), ())


def redirect(key: str) -> str:
    """The name key to look up for the normalised name `key`: the party's code for a redirect."""
    code = REDIRECTS.get(key)
    return key if code is None else normalise(code)


def ambiguous_message(name: str, choices: list[str]) -> str:
    return f"{name!r} could mean {_either(choices)}: name the one you mean"


def _either(choices: list[str]) -> str:
    quoted = [repr(c) for c in choices]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def with_note(party: T, name: str) -> T:
    """`party` as resolved from `name`: a copy carrying the resolution note, if the name has one."""
    note = RESOLUTION_NOTES.get(normalise(name))
    if note is None:
        return party
    import copy

    noted = copy.copy(party)
    old: Any = getattr(party, "note", None)
    object.__setattr__(noted, "note", note + (" " + old if old else ""))
    return noted


def _ratio(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio()


def _words(key: str) -> list[str]:
    words = key.split()
    return [w for w in words if w not in _STOP_WORDS] or words


def _word_quality(word: str, candidate_words: list[str]) -> int:
    """3: the word itself; 2: the start of a word (3 letters or more); 1: a misspelling of one
    (same first letter, alike in spelling); 0: none of these."""
    if word in candidate_words:
        return 3
    if len(word) >= 3 and any(c.startswith(word) for c in candidate_words):
        return 2
    if len(word) >= 4 and any(
        c[0] == word[0] and abs(len(c) - len(word)) <= 2 and _ratio(word, c) >= WORD_CLOSE for c in candidate_words
    ):
        return 1
    return 0


def rank(key: str, candidates: Iterable[tuple[str, str]]) -> list[str]:
    """Display names worth suggesting for the normalised name `key`, best first.

    `candidates` are (normalised name key, display name) pairs: every name, official name and
    alias of every party, so a known alias ("britain") counts as much as the name. The order:

    1. how many of the typed words a candidate's words match (a whole word, the start of a word,
       or a misspelling of one: same first letter and alike in spelling), most first;
    2. then how well: whole words before starts of words before misspellings;
    3. then candidates whose every word was typed (or misspelt, or begun) before longer ones;
    4. then a party's own name before an official name or alias ("united": the United Arab
       Emirates before Mexico, the United Mexican States);
    5. then the order of `candidates` (the store gives countries first, most facts first).

    Only the candidates that match the most typed words are kept: when one matches both words of
    "korea republic", names matching only "republic" are not worth showing.
    A candidate that matches no typed word is offered only when the whole name is a misspelling
    of it (same first letter, alike in spelling). Nothing else is suggested: "prussia" is not
    Russia, and "gaza" is not South Africa. Each display name appears once, at its best.
    """
    words = _words(key)
    if not words:
        return []
    joined = key.replace(" ", "")
    best: dict[str, tuple[int, int, int, int, int]] = {}
    for position, (candidate, display) in enumerate(candidates):
        cwords = _words(candidate)
        qualities = [_word_quality(w, cwords) for w in words]
        matched = sum(1 for q in qualities if q)
        if matched:
            complete = all(any(_word_quality(w, [c]) for w in words) for c in cwords)
            own = int(candidate == normalise(display))
            score = (matched, sum(qualities), int(complete), own, -position)
        else:
            whole = candidate.replace(" ", "")
            if not whole or whole[0] != joined[0] or len(joined) < 4 or _ratio(joined, whole) < WORD_CLOSE:
                continue
            score = (len(words), len(words), 0, 0, -position)  # the whole name misspelt: as a misspelt word each
        if display not in best or score > best[display]:
            best[display] = score
    if not best:
        return []
    most = max(score[0] for score in best.values())  # "korea republic": not China (matches "republic" only)
    return sorted((d for d in best if best[d][0] == most), key=lambda d: best[d], reverse=True)
