"""Every command with hostile arguments and files (issue 10): whatever is typed, the program answers
with exit code 0, 1 or 2, says what is wrong on standard error when it is not 0, and never prints a
traceback or reaches its last resort ("internal error", desktop/cli/crash.py), which is there for
the unknown only.

The commands are found by walking the parser (desktop/cli/parser.py), so commands added later are
fuzzed without touching this file. Each example runs in this process on a fresh copy of a prepared
database (fast); a few run as real child processes at the end. `gui` and `screenshot` open windows
and are left out."""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app.actor import Actor, Role
from desktop.app.interchange.load import import_document
from desktop.bootstrap import build_context
from desktop.cli import main
from desktop.cli.parser import build_parser
from tests.conftest import Cli
from tests.support import keyrings, workstation

WINDOWS = {"gui", "screenshot"}
SPEC = Path(__file__).parents[1] / "support" / "spec_example.json"


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
        yield Command(
            words,
            tuple(a for a in actions if not a.option_strings),
            tuple(a for a in actions if a.option_strings and a.dest not in ("db", "today")),
        )
        return
    for name, sub in subparsers[0].choices.items():
        if not words and name in WINDOWS:
            continue
        yield from _commands(sub, (*words, name))


COMMANDS = list(_commands(build_parser()))


@dataclass(frozen=True)
class Place:
    """Hostile files and folders, made once per test."""

    folder: Path
    missing: Path
    random_bytes: Path
    random_json: Path
    deep_json: Path
    repeated_keys: Path
    import_file: Path


def _random_json(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(7 if depth < 6 else 4)
    if kind == 0:
        return rng.choice([None, True, False, 0, -1, 2**70, 1e308, "", "x" * 300])
    if kind == 1:
        return rng.choice(["renewdesk/1", "\u202eevil", "a\x00b", "=cmd|'/C calc'!A0", "\ufffd"])
    if kind in (2, 3):
        return rng.randint(-(10**20), 10**20)
    if kind in (4, 5):
        keys = ["format", "customers", "price_list", "ref", "name", "email", "services", "cards", "\x1b"]
        return {rng.choice(keys): _random_json(rng, depth + 1) for _ in range(rng.randrange(5))}
    return [_random_json(rng, depth + 1) for _ in range(rng.randrange(4))]


@pytest.fixture
def place(tmp_path: Path) -> Place:
    rng = random.Random(10)
    folder = tmp_path / "a folder"
    folder.mkdir()
    random_bytes = tmp_path / "random.bin"
    random_bytes.write_bytes(rng.randbytes(4096))
    random_json = tmp_path / "random.json"
    random_json.write_text(
        json.dumps({"format": "renewdesk/1", "customers": [_random_json(rng) for _ in range(5)]})
    )
    deep_json = tmp_path / "deep.json"
    deep_json.write_text('{"format": "renewdesk/1", "customers": ' + "[" * 5000 + "]" * 5000 + "}")
    repeated = tmp_path / "repeated.json"
    repeated.write_text('{"format": "renewdesk/1", "customers": [], "customers": []}')
    import_file = tmp_path / "spec.json"
    shutil.copy(SPEC, import_file)
    return Place(
        folder,
        tmp_path / "missing" / "file.json",
        random_bytes,
        random_json,
        deep_json,
        repeated,
        import_file,
    )


HOSTILE_TEXTS = [
    "",
    " ",
    "-",
    "--",
    "0",
    "-1",
    "99999999999999999999999",
    "1e309",
    "nan",
    "9" * 5000,
    "x" * 10_000,
    "\x1b[2J\x07",
    "\t\r\n",
    "a\u202eb",
    "\u2066\u2069",
    "\u200f\u061c",
    '=HYPERLINK("x")',
    "\uff1d1+1",
    "../../etc/passwd",
    "cust-1",
    "s1",
    "v1",
    "k1",
    "levi.co.il",
    "admin",
    "smtp.host",
    "check_days_before",
    "links.signing_key",
    "2026-11-24",
    "12/2027",
    "4242424242424242",
    "דנה לוי",
]


def _value(place: Place) -> st.SearchStrategy[str]:
    paths = [
        str(place.folder),
        str(place.missing),
        "/dev/null",
        str(place.random_bytes),
        str(place.random_json),
        str(place.deep_json),
        str(place.repeated_keys),
        str(place.import_file),
        str(place.folder / "new-file.out"),
    ]
    # NUL never reaches a real program's argv (C strings end at it); everything else may.
    free = st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=40)
    return st.one_of(st.sampled_from(HOSTILE_TEXTS), st.sampled_from(paths), free)


def _argv(command: Command, place: Place) -> st.SearchStrategy[list[str]]:
    value = _value(place)

    @st.composite
    def build(draw: st.DrawFn) -> list[str]:
        argv = list(command.words)
        for action in command.positionals:
            if action.choices and draw(st.booleans()):
                argv.append(draw(st.sampled_from(sorted(action.choices))))
            else:
                argv.append(draw(value))
        for action in command.options:
            if not action.required and not draw(st.booleans()):
                continue
            flag = action.option_strings[-1]
            if action.nargs == 0:
                argv.append(flag)
            elif action.choices and draw(st.integers(0, 3)):
                argv += [flag, draw(st.sampled_from(sorted(map(str, action.choices))))]
            else:
                argv += [flag, draw(value)]
        if draw(st.integers(0, 4)) == 0:
            argv += [
                "--today",
                draw(st.sampled_from(["9999-12-31", "0001-01-01", "2026-02-30", "x", "2150-06-01"])),
            ]
        return argv

    return build()


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def _run(argv: list[str], stdin: bytes) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    previous = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="replace")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as done:  # argparse: --help (0) and refused arguments (2)
                code = done.code if isinstance(done.code, int) else 2
    finally:
        sys.stdin = previous
    return Outcome(code, out.getvalue(), err.getvalue())


def _check(argv: list[str], outcome: Outcome) -> None:
    shown = f"{argv!r} -> {outcome.code}\n{outcome.stderr[-2000:]}"
    assert outcome.code in (0, 1, 2), shown
    assert "Traceback" not in outcome.stderr, shown
    assert "internal error" not in outcome.stderr, shown
    if outcome.code != 0:
        assert outcome.stderr.strip(), shown


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database with the SPEC example and an admin linked to this login, as the `cli` fixture
    prepares one, and its keyring file; made once, copied for every example."""
    folder = tmp_path_factory.mktemp("template")
    database, keyring_file = folder / "renewdesk.sqlite3", folder / "keyring.json"
    workstation.prepare(f"sqlite:///{database}", keyring_file)
    ctx = build_context(f"sqlite:///{database}", secrets=workstation.FileSecretStore(keyring_file))
    try:
        import_document(ctx, Actor("test-admin", Role.ADMIN), SPEC.read_bytes(), "spec.json")
    finally:
        ctx.close()
    return database, keyring_file


@pytest.fixture
def prepared(template: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This process set up as the `cli` fixture's child processes are: the same keyring file backend,
    and configuration, data and log folders of the test's own."""
    database, keyring_file = template
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    if keyring_file.exists():
        shutil.copy(keyring_file, tmp_path / "keyring.json")
    monkeypatch.setenv("RENEWDESK_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    keyring.set_keyring(keyrings.TestFileKeyring())  # type: ignore[no-untyped-call]
    # Hostile arguments name files relative to the working folder: they land here, not in the checkout.
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    return database


def test_the_walk_finds_the_commands() -> None:
    names = {command.name for command in COMMANDS}
    assert {
        "import",
        "export",
        "demo",
        "due-run",
        "upcoming",
        "config set",
        "staff add",
        "gateway ledger",
    } <= names


@pytest.mark.parametrize("command", COMMANDS, ids=[command.name for command in COMMANDS])
def test_every_command_answers_hostile_arguments_with_a_message(
    command: Command, prepared: Path, place: Place, tmp_path: Path
) -> None:
    copies = iter(range(10**6))

    @settings(
        max_examples=12,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(argv=_argv(command, place), stdin=st.binary(max_size=64))
    def check(argv: list[str], stdin: bytes) -> None:
        # A fresh copy each time: one example's changes (an SMTP host, a setting) never steer the next.
        database = tmp_path / f"copy-{next(copies)}.sqlite3"
        shutil.copy(prepared, database)
        _check(argv, _run(["--db", str(database), *argv], stdin))
        database.unlink(missing_ok=True)

    check()


@pytest.mark.parametrize(
    "database",
    [
        "notaurl://:::",
        "sqlite+nodriver:///x",
        "{folder}",
        "{random}",
        "{missing}",
        "postgresql+psycopg://u@h:x/d",
    ],
)
def test_hostile_database_arguments(database: str, prepared: Path, place: Place) -> None:
    url = database.format(
        folder=place.folder, random=place.random_bytes, missing=place.folder / "new.sqlite3"
    )
    for argv in (["upcoming"], ["export"], ["due-run", "--json"]):
        _check(argv, _run(["--db", url, *argv], b""))


@pytest.mark.parametrize(
    "args",
    [
        ["import", "{deep}"],
        ["import", "{random}"],
        ["export", "--out", "{folder}"],
        ["--db", "notaurl://:::", "upcoming"],
    ],
)
def test_hostile_arguments_in_a_child_process(sqlite_cli: Cli, place: Place, args: list[str]) -> None:
    """The real thing: a separate interpreter, its own standard streams and exit code."""
    filled = [a.format(deep=place.deep_json, random=place.random_bytes, folder=place.folder) for a in args]
    result = sqlite_cli(*filled)
    _check(filled, Outcome(result.returncode, result.stdout, result.stderr))
    assert result.returncode == 2
