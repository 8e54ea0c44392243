"""Facts, dates and figures carry over from a source; its sentences do not.

`../shared/tools/verbatim.py` checks the project against the curated seed documents only. These
tests check it against the two imported sources too: no run of 12 words that the project's data/
(every text file), src/ and README.md share with the Office of the Historian's guide, or with any
string of The World Factbook's JSON. Words are counted as verbatim.py counts them (lower case,
the same word pattern). A document's exact title is a name and may be quoted, but only as a title:
a run lying wholly inside typographic quotation marks (“...”) or on a `title = "..."` line passes.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RDCR = SHARED / "rdcr"
FACTBOOK = SHARED / "factbook"

MIN_WORDS = 12
WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?")  # as ../shared/tools/verbatim.py
TAG = re.compile(r"<[^>]+>")
# Where a title may stand whole: typographic quotes, and a TOML `title = "..."` line.
TITLE_SPAN = re.compile(r"“[^“”]*”|^[ \t]*title = \"(?:[^\"\\\n]|\\.)*\"[ \t]*$", re.MULTILINE)


def _words(text: str) -> list[str]:
    return [_same_apostrophe(w) for w in WORD.findall(text.lower())]


def _same_apostrophe(word: str) -> str:
    """A curly apostrophe and a straight one are the same letter here (verbatim.py tells them
    apart, so a copy that only changed one would pass it)."""
    return word.replace("’", "'")


def _grams(words: list[str]) -> Iterator[tuple[str, ...]]:
    for i in range(len(words) - MIN_WORDS + 1):
        yield tuple(words[i:i + MIN_WORDS])


@dataclass(frozen=True)
class Source:
    """A source family's word runs: every 12-word run, and the words (to skip what cannot match)."""

    grams: set[tuple[str, ...]]
    vocabulary: set[str]

    @classmethod
    def of(cls, texts: Iterator[str]) -> Source:
        grams: set[tuple[str, ...]] = set()
        vocabulary: set[str] = set()
        for text in texts:
            words = _words(text)
            if len(words) >= MIN_WORDS:
                grams.update(_grams(words))
                vocabulary.update(words)
        return cls(grams, vocabulary)


@dataclass(frozen=True)
class ProjectFile:
    path: str  # relative to the repository
    words: list[str]
    span_of: list[int] | None  # per word, the title span it lies in or -1; None: the file has none


def _read_project_file(path: Path) -> ProjectFile | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:  # not a text file
        return None
    lowered = text.lower()
    spans = [(m.start(), m.end()) for m in TITLE_SPAN.finditer(text)]
    if not spans:
        return ProjectFile(str(path.relative_to(REPO)), [_same_apostrophe(w) for w in WORD.findall(lowered)], None)
    if len(lowered) != len(text):  # a letter that lowers to two characters: keep the offsets
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    words: list[str] = []
    span_of: list[int] = []
    s = 0
    for m in WORD.finditer(lowered):
        words.append(_same_apostrophe(m.group()))
        while s < len(spans) and spans[s][1] <= m.start():
            s += 1
        span_of.append(s if s < len(spans) and spans[s][0] <= m.start() and m.end() <= spans[s][1] else -1)
    return ProjectFile(str(path.relative_to(REPO)), words, span_of)


@pytest.fixture(scope="module")
def project() -> list[ProjectFile]:
    paths = [REPO / "README.md"]
    for folder in ("data", "src"):
        paths += sorted(p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [f for f in map(_read_project_file, paths) if f is not None]


def _copied_runs(project: list[ProjectFile], source: Source) -> list[str]:
    """Each run of 12+ words a project file shares with the source, outside title spans."""
    n = MIN_WORDS
    found = []
    for f in project:
        known = bytes(map(source.vocabulary.__contains__, f.words))
        hits: list[int] = []
        for stretch in re.finditer(rb"\x01{%d,}" % n, known):  # only words the source has can match
            for i in range(stretch.start(), stretch.end() - n + 1):
                if tuple(f.words[i:i + n]) in source.grams and not (
                        f.span_of and f.span_of[i] != -1 and f.span_of[i] == f.span_of[i + n - 1]):
                    hits.append(i)
        start = 0
        while start < len(hits):
            end = start
            while end + 1 < len(hits) and hits[end + 1] == hits[end] + 1:
                end += 1
            first, last = hits[start], hits[end] + n
            found.append(f"{f.path}: {last - first} words: \"{' '.join(f.words[first:last])}\"")
            start = end + 1
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.skipif(not (RDCR / "articles").is_dir(), reason=f"../shared not present: no Historian's guide at {RDCR}")
def test_no_sentence_of_the_historians_guide(project: list[ProjectFile]) -> None:
    files = sorted(p for p in RDCR.rglob("*") if p.is_file() and p.suffix in (".xml", ".txt", ".json"))
    assert files, f"no guide files under {RDCR}"
    source = Source.of(TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace")) for path in files)
    copied = _copied_runs(project, source)
    assert not copied, "text copied from the Office of the Historian's guide (put it in our own words):\n" + "\n".join(copied)


@pytest.mark.skipif(not FACTBOOK.is_dir(), reason=f"../shared not present: no Factbook at {FACTBOOK}")
def test_no_sentence_of_the_factbook(project: list[ProjectFile]) -> None:
    files = sorted(FACTBOOK.rglob("*.json"))
    assert files, f"no Factbook JSON under {FACTBOOK}"
    source = Source.of(string for path in files for string in _strings(json.loads(path.read_text(encoding="utf-8"))))
    copied = _copied_runs(project, source)
    assert not copied, "text copied from The World Factbook (put it in our own words):\n" + "\n".join(copied)


def test_a_title_passes_only_as_a_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself: a copied run fails in prose, passes inside “...” or on a `title = "..."` line."""
    title = "Convention for the Extradition of Criminals Fugitive from Justice of 16 June 1852"
    source = Source.of(iter([f"The states signed the {title}, and the two sides kept it in force for years."]))
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    (tmp_path / "quoted.toml").write_text(f'text = "They signed a “{title}”."\ntitle = "{title}"\n', encoding="utf-8")
    (tmp_path / "prose.toml").write_text(f'text = "They signed the {title}, later."\n', encoding="utf-8")
    (tmp_path / "half.md").write_text("They signed the “Convention for the Extradition” of Criminals Fugitive from Justice of 16 June 1852.\n",
                                        encoding="utf-8")
    files = [_read_project_file(tmp_path / name) for name in ("quoted.toml", "prose.toml", "half.md")]
    copied = _copied_runs([f for f in files if f], source)
    assert [line.split(":")[0] for line in copied] == ["prose.toml", "half.md"]
    assert copied[0] == 'prose.toml: 15 words: "signed the convention for the extradition of criminals fugitive from justice of 16 june 1852"'
