"""A run builds only the parser of the command it names (desktop.cli.parser.command_named): whatever
the words, that parser must answer exactly as the whole one does - the same arguments read, or the
same refusal with the same message and exit code."""

from __future__ import annotations

import argparse
import contextlib
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli.areas import LAZY_AREAS
from desktop.cli.parser import build_parser, command_named

NAMES = sorted({name for area in LAZY_AREAS for name in area.COMMANDS})
WORDS = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(
        ["--db", "--today", "--db=x.db", "--today=2026-11-30", "-h", "--help", "--json", "--all"]
    ),
    st.sampled_from(
        ["on", "off", "list", "add", "show", "set", "connect", "issue", "C-1", "2026-11-30", "-"]
    ),
    st.text(max_size=6),
)


def _answer(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exit_:
            result = ("exit", exit_.code)
    return result, out.getvalue(), err.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=6))
def test_the_one_command_parser_answers_as_the_whole_one(argv: list[str]) -> None:
    only = command_named(argv)
    assert _answer(build_parser(only=only), argv) == _answer(build_parser(), argv)


def test_a_run_naming_a_command_builds_that_command_alone() -> None:
    assert command_named(["--db", "x.db", "due-run", "--json"]) == "due-run"
    assert command_named(["--today=2026-11-30", "followup"]) == "followup"
    assert command_named([]) == "gui"
    assert command_named(["--help"]) is None
    assert command_named(["due-runn"]) is None
    parser = build_parser(only="due-run")
    assert "due-run" in parser.format_help() and "followup" not in parser.format_help()


def test_every_option_naming_services_adds_when_repeated() -> None:
    """`--service a --service b` names both services, for every command taking it (argparse's
    nargs='+' alone keeps only the last)."""
    parser = build_parser()
    for argv in (
        ["recurring", "off", "C-1", "--service", "a.com", "--service", "b.com", "c.com"],
        ["proforma", "issue", "C-1", "--service", "a.com", "--service", "b.com", "c.com"],
    ):
        assert parser.parse_args(argv).service == ["a.com", "b.com", "c.com"], argv
