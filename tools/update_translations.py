"""Refresh the Qt Linguist sources (resources/translations/jumelage_<lang>.ts) from the code.

    python tools/update_translations.py            # extract, keep existing translations
    python tools/update_translations.py --check    # exit 1 if a message is untranslated

Runs pyside6-lupdate over the UI and the app, then adds the sentences the UI translates from a
template held in a variable, which lupdate cannot see (TEMPLATE_CONTEXTS): the domain's error
sentences (context "errors", from jumelage.domain.messages.TEMPLATES, looked up by
jumelage.ui.messages) and the import notes (context "ImportNotes", from jumelage.ics.notes.NOTES,
looked up by jumelage.ui.dialogs.exchange_texts), keeping their translations across runs.
Obsolete messages are dropped. The .qm files are compiled at build time (hatch_build.py), never
committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl")
SOURCES = [ROOT / "src" / "jumelage" / "ui", ROOT / "src" / "jumelage" / "app"]


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    return found


def error_templates() -> list[str]:
    """The domain's error sentences (and the UI's fallback for an unexpected error)."""
    import jumelage.ics.errors  # noqa: F401  (registers the calendar errors' templates)
    from jumelage.domain.messages import TEMPLATES

    return [
        *TEMPLATES.values(),
        "Something went wrong: {error}. Details are in the log file.",
    ]


def note_templates() -> list[str]:
    """The import notes' sentences (jumelage.ui.dialogs.exchange_texts.note)."""
    from jumelage.ics.notes import NOTES

    return list(NOTES.values())


# Contexts whose sources lupdate cannot see (the UI translates a template held in a variable).
TEMPLATE_CONTEXTS: dict[str, Callable[[], list[str]]] = {
    "errors": error_templates,
    "ImportNotes": note_templates,
}


def kept_translations(ts: Path, context_name: str) -> dict[str, ET.Element]:
    """A context's finished translations, read before lupdate drops them (it cannot see
    their sources, so -no-obsolete removes the whole context)."""
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()
    kept: dict[str, ET.Element] = {}
    for context in root.findall("context"):
        if context.findtext("name") != context_name:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                kept[message.findtext("source") or ""] = translation
    return kept


def add_templates(
    ts: Path, context_name: str, templates: list[str], kept: dict[str, ET.Element]
) -> None:
    """Make the context hold exactly these sources, with the kept translations."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == context_name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
    existing = {m.findtext("source"): m for m in context.findall("message")}
    wanted = list(dict.fromkeys(templates))
    for message in list(context.findall("message")):
        if message.findtext("source") not in wanted:
            context.remove(message)
    for source in wanted:
        if source in existing:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        if source in kept:
            message.append(kept[source])
        else:
            ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") == "unfinished"
        empty = translation is not None and not (translation.text or "").strip()
        if unfinished or (empty and not translation.findall("numerusform")):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"jumelage_{lang}.ts"
        if not options.check:
            kept = {name: kept_translations(ts, name) for name in TEMPLATE_CONTEXTS}
            command = [
                lupdate(),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *map(str, SOURCES),
                "-ts",
                str(ts),
            ]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            for name, templates in TEMPLATE_CONTEXTS.items():
                add_templates(ts, name, templates(), kept[name])
        missing = untranslated(ts)
        print(f"{ts.name}: {len(missing)} untranslated")
        if missing and options.check:
            status = 1
            for text in missing[:20]:
                print(f"  {text!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
