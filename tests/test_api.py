"""relations.api: the documents of the Python API are the documents `--json` prints (docs/api.md)."""

from __future__ import annotations

import pytest

import relations.api
from relations.errors import UnknownParty

CASES = [
    ("show", ("belize", "colombia"), {}, ("show", "belize", "colombia")),
    ("search", ("drug",), {}, ("search", "drug")),
    ("search", ("embassy",), {"party": "belgium", "limit": 5}, ("search", "embassy", "--party", "belgium", "--limit", "5")),
    ("countries", ("guinea",), {"kind": "country"}, ("countries", "guinea", "--kind", "country")),
    ("sources", (), {}, ("sources",)),
    ("compare", ("belize", "colombia", "mexico"), {}, ("compare", "belize", "colombia", "mexico")),
    ("summary", ("belize",), {}, ("summary", "belize")),
    ("summary", ("belize", "colombia"), {}, ("summary", "belize", "colombia")),
    ("timeline", ("belize",), {}, ("timeline", "belize")),
    ("partners", ("colombia",), {"by": "visas", "where": "visa-free"}, ("partners", "colombia", "--by", "visas", "--where", "visa-free")),
    ("partners", ("brazil",), {"by": "votes", "limit": 10, "among": "african union"}, ("partners", "brazil", "--by", "votes", "--limit", "10", "--among", "african union")),
]


@pytest.mark.parametrize(("function", "args", "kwargs", "argv"), CASES, ids=[" ".join(c[3]) for c in CASES])
def test_the_api_returns_the_json_document_of_the_command(cli, function, args, kwargs, argv):
    result = cli(*argv, "--json")
    assert result.exit_code == 0, result.stderr
    assert getattr(relations.api, function)(*args, **kwargs) == result.json()


def test_show_belize_colombia_equals_show_json(cli):
    assert relations.api.show("belize", "colombia") == cli("show", "belize", "colombia", "--json").json()


def test_errors_are_raised_with_their_suggestions_not_printed(capsys):
    with pytest.raises(UnknownParty) as caught:
        relations.api.show("belise", "colombia")
    assert "Belize" in caught.value.suggestions
    assert caught.value.exit_code == 2
    assert capsys.readouterr() == ("", "")


def test_the_store_and_the_commands_give_result_objects():
    from relations.commands.show import show

    view = show(relations.api.open_store(), "BZ", "CO")
    assert (view.a.code, view.b.code) == ("BZ", "CO") and view.facts
