"""Fills translations into the .ts catalogs after `build.py --update` has added new source texts.

    python i18n/fill.py texts.json        # [{"context", "source", "he", "es"}, ...]
    python i18n/fill.py                   # only the English catalog's "(s)" forms, from the sources

"he"/"es" are a string, or a list of plural forms for a `%n` text (Hebrew: one, many; Spanish: one,
many). Only the messages named are touched; the file is locked while it is rewritten, since several
people may fill at once."""

from __future__ import annotations

import argparse
import fcntl
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

I18N = Path(__file__).resolve().parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
# "customer(s)" -> customer / customers; "entry(ies)" -> entry / entries; "was/were" kept as written.
_PLURAL = re.compile(r"([A-Za-z]*?)(y?)\((s|es|ies)\)")


@contextmanager
def _locked() -> Iterator[None]:
    with open(I18N / ".fill.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _catalog(language: str) -> Path:
    return I18N / f"renewdesk_{language}.ts"


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill(entries: list[dict[str, object]], language: str) -> list[str]:
    path = _catalog(language)
    tree = ET.parse(path)
    index = {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    missing = []
    for entry in entries:
        value = entry.get(language)
        if value is None:
            continue
        message = index.get((str(entry["context"]), str(entry["source"])))
        if message is None:
            missing.append(f"{entry['context']}: {entry['source']}")
            continue
        assert isinstance(value, (str, list))
        _set(message, value)
    _write(tree, path)
    return missing


def english_forms(source: str) -> list[str]:
    one = _PLURAL.sub(lambda m: m.group(1) + m.group(2), source)
    many = _PLURAL.sub(
        lambda m: m.group(1) + ("ies" if m.group(3) == "ies" else m.group(2) + m.group(3)), source
    )
    return [one, many]


def english_plurals() -> None:
    path = _catalog("en")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None and translation.get("type"):
            _set(message, english_forms(message.findtext("source") or ""))
    _write(tree, path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("texts", nargs="?", type=Path)
    options = parser.parse_args()
    with _locked():
        sys.path.insert(0, str(I18N))
        import build  # lupdate writes the catalogs back in its own layout, so diffs stay small

        build.update()  # the sources' new texts first
        english_plurals()  # always: an English plural form is made from its source
        if options.texts:
            entries = json.loads(options.texts.read_text(encoding="utf-8"))
            missing = [line for language in ("he", "es") for line in fill(entries, language)]
            for line in missing:
                print(f"not in the catalog (run build.py --update first): {line}", file=sys.stderr)
            build.update()
            return 1 if missing else 0
        build.update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
