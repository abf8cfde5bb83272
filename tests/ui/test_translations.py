"""The Hebrew and Spanish catalogs: complete, consistent with the sources, compilable, and used by Qt."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui import application as application_module

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = ("he", "es")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
BRAND = "RenewDesk"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str | None
    translations: tuple[str, ...]


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("renewdesk_i18n_build", I18N / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    assert found, f"{name} is not installed"
    return found


def _ts(language: str) -> Path:
    return I18N / f"renewdesk_{language}.ts"


def _messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    kind=translation.get("type"),
                    translations=forms,
                )
            )
    return found


def _lupdate(target: Path, language: str) -> list[Message]:
    """What pyside6-lupdate extracts now from the files `i18n/build.py` lists, into a new catalog."""
    result = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *_build_module().sources(),
            "-no-obsolete",
            "-silent",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return _messages(target)


def _lrelease(source: Path, target: Path) -> str:
    result = subprocess.run(
        [_tool("pyside6-lrelease"), "-verbose", "-fail-on-invalid", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


def _label(message: Message) -> str:
    return f"{message.context}: {message.source!r}"


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def messages(language: str) -> list[Message]:
    return _messages(_ts(language))


@pytest.fixture(scope="module")
def extracted(language: str, tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    ts_language = ET.parse(_ts(language)).getroot().get("language") or language
    return _lupdate(tmp_path_factory.mktemp(f"lupdate_{language}") / f"fresh_{language}.ts", ts_language)


def test_catalog_is_a_qt_ts_file_for_its_language(language: str, messages: list[Message]) -> None:
    root = ET.parse(_ts(language)).getroot()
    assert root.get("version") == "2.1"
    assert (root.get("language") or "").split("_")[0] == language
    assert messages


def test_no_message_is_unfinished(messages: list[Message]) -> None:
    unfinished = [_label(m) for m in messages if m.kind is not None]
    assert not unfinished


def test_no_translation_is_empty(messages: list[Message]) -> None:
    empty = [_label(m) for m in messages if not m.translations or not all(t.strip() for t in m.translations)]
    assert not empty


def test_numerus_messages_have_every_form_qt_expects(
    messages: list[Message], extracted: list[Message]
) -> None:
    expected = {len(m.translations) for m in extracted if m.numerus}
    assert len(expected) == 1, "lupdate should make as many forms for every numerus message"
    forms = expected.pop()
    numerus = [m for m in messages if m.numerus]
    assert numerus
    wrong = [(_label(m), len(m.translations)) for m in numerus if len(m.translations) != forms]
    assert not wrong, f"Qt expects {forms} forms"


def test_placeholders_are_kept(messages: list[Message]) -> None:
    lost = [
        (_label(m), translation)
        for m in messages
        for translation in m.translations
        if set(PLACEHOLDER.findall(m.source)) - set(PLACEHOLDER.findall(translation))
    ]
    assert not lost


def test_accelerators_are_kept_once(messages: list[Message]) -> None:
    def marks(text: str) -> int:
        return len(re.findall(r"&(?!&)", text.replace("&&", "")))

    wrong = [
        (_label(m), translation)
        for m in messages
        for translation in m.translations
        if marks(m.source) != marks(translation) or translation.rstrip().endswith("&")
    ]
    assert not wrong


def test_catalog_matches_the_sources(messages: list[Message], extracted: list[Message]) -> None:
    def keys(found: list[Message]) -> set[tuple[str, str, str]]:
        return {(m.context, m.source, m.comment) for m in found}

    untranslated = sorted(keys(extracted) - keys(messages))
    stale = sorted(keys(messages) - keys(extracted))
    assert not untranslated, "run `python i18n/build.py --update` and translate the new texts"
    assert not stale, "run `python i18n/build.py --update` to drop texts the code no longer has"
    assert len(messages) == len(keys(messages)), "duplicate messages in the catalog"


def _not_plural(found: list[Message]) -> list[str]:
    """Texts with a count (%n) that are not numerus messages: Qt would show them without plural forms."""
    return sorted(_label(m) for m in found if "%n" in m.source and not m.numerus)


def test_plural_texts_stay_plural(messages: list[Message], extracted: list[Message]) -> None:
    """The pinned pyside6-lupdate (6.11.3) marks a %n text as plural only when it comes from a tr() call:
    `QCoreApplication.translate(context, "%n …", "", n)` is extracted as a plain message, and the next
    `i18n/build.py --update` would silently drop that text's plural forms from every catalog."""
    assert not _not_plural(messages), "a %n text lost its plural forms in the catalog"
    assert not _not_plural(extracted), (
        "write a %n text as `Context.tr(text, '', n)` (desktop/ui/plural_context.py): "
        "lupdate takes QCoreApplication.translate's %n texts as non-plural"
    )


def test_the_plural_check_catches_a_translate_call(tmp_path: Path) -> None:
    """The check above sees the form lupdate mistakes, and passes the form the sources use."""
    source = tmp_path / "plural_forms.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "from desktop.ui.plural_context import PluralContext\n"
        "class Probe(PluralContext, QObject):\n"
        "    pass\n"
        "def lost(n: int) -> str:\n"
        '    return QCoreApplication.translate("Probe", "%n lost form(s)", "", n)\n'
        "def kept(n: int) -> str:\n"
        '    return Probe.tr("%n kept form(s)", "", n)\n',
        encoding="utf-8",
    )
    target = tmp_path / "probe.ts"
    result = subprocess.run(
        [_tool("pyside6-lupdate"), str(source), "-silent", "-ts", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = _messages(target)
    assert {_label(m) for m in found} == {"Probe: '%n lost form(s)'", "Probe: '%n kept form(s)'"}
    assert _not_plural(found) == ["Probe: '%n lost form(s)'"]


def test_hebrew_translations_are_in_hebrew() -> None:
    def needs_words(source: str) -> bool:
        return bool(LATIN_LETTER.search(PLACEHOLDER.sub("", source).replace(BRAND, "")))

    not_hebrew = [
        (_label(m), translation)
        for m in _messages(_ts("he"))
        if needs_words(m.source)
        for translation in m.translations
        if not HEBREW_LETTER.search(translation)
    ]
    assert not not_hebrew


def test_spanish_translations_have_no_hebrew() -> None:
    mixed = [
        (_label(m), translation)
        for m in _messages(_ts("es"))
        for translation in m.translations
        if HEBREW_LETTER.search(translation)
    ]
    assert not mixed


def test_qm_builds_with_every_translation_finished(
    language: str, messages: list[Message], tmp_path: Path
) -> None:
    target = tmp_path / f"renewdesk_{language}.qm"
    output = _lrelease(_ts(language), target)
    assert target.stat().st_size > 0
    assert f"Generated {len(messages)} translation(s) ({len(messages)} finished and 0 unfinished)" in output
    assert "Removed plural forms" not in output
    assert "warning" not in output.lower()


@pytest.fixture()
def compiled_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """install_language reads the .qm files from i18n/, which are build output: compile fresh ones."""
    for code in LANGUAGES:
        _lrelease(_ts(code), tmp_path / f"renewdesk_{code}.qm")
    monkeypatch.setattr(application_module, "I18N", tmp_path)
    app = application_module.application()
    try:
        yield tmp_path
    finally:
        application_module.install_language(app, "en")


def _translation(language: str, context: str, source: str) -> tuple[str, ...]:
    found = [m for m in _messages(_ts(language)) if m.context == context and m.source == source]
    assert len(found) == 1
    return found[0].translations


@pytest.mark.usefixtures("compiled_catalogs")
def test_install_language_switches_texts_and_direction() -> None:
    app = application_module.application()

    application_module.install_language(app, "he")
    hebrew = QCoreApplication.translate("ServicesModel", "Service")
    assert hebrew == _translation("he", "ServicesModel", "Service")[0]
    assert HEBREW_LETTER.search(hebrew)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    one, many = (QCoreApplication.translate("AccountPanel", "%n service(s)", "", count) for count in (1, 5))
    forms = _translation("he", "AccountPanel", "%n service(s)")
    assert (one, many) == (forms[0].replace("%n", "1"), forms[-1].replace("%n", "5"))

    application_module.install_language(app, "es")
    assert (
        QCoreApplication.translate("ServicesModel", "Service")
        == _translation("es", "ServicesModel", "Service")[0]
    )
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight

    application_module.install_language(app, "en")
    assert QCoreApplication.translate("ServicesModel", "Service") == "Service"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
