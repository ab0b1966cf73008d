"""The interface in French and Dutch: the language chosen in Preferences is used at the next
start, for Jumelage's own strings, the vocabularies and Qt's stock dialogs alike."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jumelage import paths
from jumelage.app.main import Launch
from tests.ui.conftest import Launcher, load_every_page, wait_refreshed

EXPECTED = {
    # language: (File menu, Overview page, "Next mission" caption, a confirmed mission)
    "fr": ("&Fichier", "Vue d'ensemble", "Prochaine mission", "Confirmée"),
    "nl": ("&Bestand", "Overzicht", "Volgende missie", "Bevestigd"),
}


@pytest.fixture(autouse=True)
def _english_afterwards() -> object:
    yield
    # The translators live on the shared QApplication: take them off for the next tests.
    for translator in TRANSLATORS:
        QCoreApplication.removeTranslator(translator)
    TRANSLATORS.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


TRANSLATORS: list[object] = []


def choose_language(code: str) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[ui]\nlanguage={code}\n", encoding="utf-8")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_window_speaks_the_chosen_language(
    qtbot: QtBot, start: Launcher, demo_path: Path, language: str
) -> None:
    choose_language(language)
    state = start(demo_path)
    wait_refreshed(qtbot, state)
    TRANSLATORS.extend(state.translators)
    window = state.window
    file_menu, overview, next_mission, confirmed = EXPECTED[language]

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == file_menu
    assert window.nav.item(0).text() == overview
    card = next(c for c in window.overview.cards if c.row.partnership.partner_town == "Marsassoum")
    captions = [label.text() for label in card.findChildren(type(card.title))]
    assert next_mission in captions
    assert confirmed in card.mission.text()
    # Dates come from QLocale in the same language ("avr." / "apr." for April).
    assert ("7 avr. 2026" if language == "fr" else "7 apr 2026") in card.followup.text()


def test_english_plurals_read_naturally(qtbot: QtBot, start: Launcher, demo_path: Path) -> None:
    state = start(demo_path)
    wait_refreshed(qtbot, state)
    card = next(
        c for c in state.window.overview.cards if c.row.partnership.partner_town == "Marsassoum"
    )
    assert "(in 38 days;" in card.mission.text()
    assert "4 overdue action items" in card.actions_heading.text()
    assert "(s)" not in card.mission.text() + card.actions_heading.text()


# --- counts, countries, languages and inline errors in French and Dutch --------------------

COUNTS = {
    # language: (Follow-ups, Missions, a count of some of the rows)
    "fr": ("14 éléments", "5 missions", r"^\d+ sur \d+$"),
    "nl": ("14 items", "5 missies", r"^\d+ van \d+$"),
}
WHOLE_COUNT = {"fr": r"^\d+ (éléments?|missions?)$", "nl": r"^\d+ (items?|missies?)$"}


def launched_in(qtbot: QtBot, start: Launcher, demo_path: Path, language: str) -> Launch:
    choose_language(language)
    state = start(demo_path)
    TRANSLATORS.extend(state.translators)
    load_every_page(qtbot, state)
    return state


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_table_page_counts_in_the_language(
    qtbot: QtBot, start: Launcher, demo_path: Path, language: str
) -> None:
    """The count under the filter box comes from the base page: PySide6 looked the plural up
    in the derived page's context first and kept the English "14 item(s)" found there."""
    from jumelage.ui.pages.table_page import TablePage

    state = launched_in(qtbot, start, demo_path, language)
    followups, missions, some = COUNTS[language]
    assert state.window.followups.count.text() == followups
    assert state.window.missions.count.text() == missions
    pages = state.window.findChildren(TablePage)
    assert len(pages) >= 6  # Missions, Follow-ups, Actions and the directory's three tabs
    for page in pages:
        text = page.count.text()
        if page.model.rowCount() == page.model.total:
            assert re.match(WHOLE_COUNT[language], text), (type(page).__name__, text)
        else:
            assert re.match(some, text), (type(page).__name__, text)
        assert "item(s)" not in text


@pytest.mark.parametrize(
    ("language", "belgium", "order", "languages"),
    [
        ("fr", "Belgique (BE)", ["Allemagne", "Belgique", "Égypte", "Espagne", "Sénégal"],
         "français et wolof"),
        ("nl", "België (BE)", ["België", "Duitsland", "Egypte", "Marokko", "Senegal"],
         "Frans en Wolof"),
    ],
)  # fmt: skip
def test_countries_and_languages_are_named_in_the_language(
    qtbot: QtBot,
    answer_questions: list[str],
    start: Launcher,
    demo_path: Path,
    language: str,
    belgium: str,
    order: list[str],
    languages: str,
) -> None:
    state = launched_in(qtbot, start, demo_path, language)
    services = state.window.services
    assert services is not None
    anderlecht = next(t for t in services.towns.list() if t.name == "Anderlecht")
    town = state.window.editors.open("town", anderlecht.id)
    assert town is not None
    assert town.country.currentText() == belgium
    # The list is in the alphabetical order of the names shown, accents folded as the
    # language does ("Égypte" between "Danemark" and "Espagne", not after "Zimbabwe").
    names = [town.country.itemText(i).rsplit(" (", 1)[0] for i in range(town.country.count())]
    assert len(names) == 250
    assert [names.index(name) for name in order] == sorted(names.index(name) for name in order)
    assert names.index(order[-1]) < names.index("Zimbabwe")
    # Typing a name in the language finds the country.
    town.country.setEditText(belgium.split(" (")[0])
    assert town.country.value() == "BE"
    town.mark_clean()
    town.close()

    # The directory's towns show the same names.
    directory = state.window.partnerships
    assert directory is not None
    towns = directory.towns_tab
    shown = [towns.model.index(row, 1).data() for row in range(towns.model.rowCount())]
    assert belgium in shown
    assert "Palestinian Territories (PS)" not in shown

    person = state.window.editors.open("person", None)
    assert person is not None
    person.languages.setText("fr, wo")
    assert person.language_names.text() == languages
    person.mark_clean()
    person.close()


INLINE = {
    "fr": (
        "⚠ Le champ « Titre » est obligatoire.",
        "⚠ Les heures de travail doivent commencer avant de se terminer.",
        "Statut : une mission ne peut pas passer du statut idée au statut confirmée ; "
        "statuts possibles : planifiée, annulée.",
    ),
    "nl": (
        "⚠ Het veld “Titel” is verplicht.",
        "⚠ De werkuren moeten beginnen voordat ze eindigen.",
        "Status: een missie kan niet van status idee naar bevestigd gaan; "
        "toegestaan: gepland, geannuleerd.",
    ),
}


def spaced(errors: dict[str, str]) -> dict[str, str]:
    """French puts a no-break space before colons and inside guillemets."""
    return {field: text.replace("\u00a0", " ") for field, text in errors.items()}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_inline_errors_name_fields_and_statuses_in_the_language(
    qtbot: QtBot,
    answer_questions: list[str],
    start: Launcher,
    demo_path: Path,
    language: str,
) -> None:
    from PySide6.QtCore import QTime

    from jumelage.domain.enums import MissionStatus
    from jumelage.domain.errors import InvalidStatusTransition
    from jumelage.ui import messages

    state = launched_in(qtbot, start, demo_path, language)
    services = state.window.services
    assert services is not None
    title_required, hours, transition = INLINE[language]

    mission = next(m for m in services.missions.list() if m.status == "idea")
    editor = state.window.editors.open("mission", mission.id)
    assert editor is not None
    # A jump the workflow refuses (the editor only offers the allowed ones; the service
    # refuses the others, as when two windows edit the same mission).
    spec = dataclasses.replace(editor.overview.spec(), status=MissionStatus.CONFIRMED)
    with pytest.raises(InvalidStatusTransition) as refused:
        services.missions.update(mission.id, mission.version, spec)
    assert messages.describe(refused.value).replace("\u00a0", " ") == transition

    editor.overview.title.clear()
    assert not editor.save()
    assert spaced(editor.errors.visible()) == {"title": title_required}
    editor.mark_clean()
    editor.close()

    anderlecht = next(t for t in services.towns.list() if t.name == "Anderlecht")
    town = state.window.editors.open("town", anderlecht.id)
    assert town is not None
    town.work_end.setTime(QTime(7, 0))
    assert not town.save()
    assert spaced(town.errors.visible()) == {"working_hours": hours}
    town.mark_clean()
    town.close()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_table_headers_and_dates_are_not_cut_at_1180_pixels(
    qtbot: QtBot, start: Launcher, demo_path: Path, language: str
) -> None:
    """At the README's window size every column header fits its text ("Budget used (EUR)",
    "Gesprekskwaliteit"), the Follow-ups' dates, partnerships and times are whole ("mar. 7
    oct. 2025", not "mar. 7 oct. 2…"), and a table wider than the window scrolls to its last
    column."""
    from PySide6.QtGui import QFontMetricsF

    from jumelage.ui.pages.followups import DATE, PARTNERSHIP, TIMES

    if language != "en":
        choose_language(language)
    state = start(demo_path)
    TRANSLATORS.extend(state.translators)
    state.window.resize(1180, 760)
    load_every_page(qtbot, state)
    for name in ("missions", "followups", "actions_page"):
        page = getattr(state.window, name)
        state.window.go_to(state.window.stack.indexOf(page))
        QApplication.processEvents()
        table, header = page.table, page.table.horizontalHeader()
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                    name,
                    page.model.headerData(column, Qt.Orientation.Horizontal),
                )
        # Scrolled to the end, the last column ("Budget used (EUR)") shows whole.
        bar = table.horizontalScrollBar()
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
        right = table.columnViewportPosition(last) + table.columnWidth(last)
        assert table.columnViewportPosition(last) >= 0, name
        assert right <= table.viewport().width() + 1, name
        bar.setValue(0)

    followups = state.window.followups
    metrics = QFontMetricsF(followups.table.font())
    model = followups.model
    for column in (PARTNERSHIP, DATE, TIMES):
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data()))
            for row in range(model.rowCount())
        )
        assert followups.table.columnWidth(column) >= widest, column


def test_no_base_class_asks_self_tr_for_a_plural() -> None:
    """PySide6's ``self.tr`` tries the derived class's context first and stops at the first
    text that differs from the source: an untranslated plural differs once ``%n`` is filled
    in ("14 item(s)"), so a base class's plural never reaches its translation. Base classes
    name their context (``QCoreApplication.translate``) or keep plurals in a class of their
    own (``table_page.ItemCount``)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "src" / "jumelage" / "ui"
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in root.rglob("*.py")}
    classes = [node for tree in trees.values() for node in ast.walk(tree)]
    bases = {
        ast.unparse(base).split("[")[0].split(".")[-1]
        for node in classes
        if isinstance(node, ast.ClassDef)
        for base in node.bases
    }
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef) or node.name not in bases:
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and "%n" in str(call.args[0].value)
                ):
                    found.append(f"{path.name}:{call.lineno} {node.name}")
    assert found == []


IMPORT_LINES = {
    # language: (a note, a clash) for the file below, the demo's mission to Marsassoum
    "fr": (
        "Remarque : Le fuseau horaire « Nowhere » est inconnu et n'est pas défini dans le "
        "fichier ; ses heures ont été lues dans le fuseau Africa/Dakar, celui de la commune "
        "partenaire.",
        "Chevauchement : « Fete du village » (mer. 29 avr. 2026, 10:00, heure de Marsassoum) "
        "chevauche notre mission « Local tax collection: training and IT tools » "
        "(lun. 27 avr. 2026 – mer. 6 mai 2026).",
    ),
    "nl": (
        "Opmerking: Tijdzone “Nowhere” is onbekend en niet gedefinieerd in het bestand; de "
        "tijden werden gelezen in Africa/Dakar, de tijdzone van de partnergemeente.",
        "Overlapping: “Fete du village” (wo 29 apr 2026, 10:00, lokale tijd van Marsassoum) "
        "overlapt met onze missie “Local tax collection: training and IT tools” "
        "(ma 27 apr 2026 – wo 6 mei 2026).",
    ),
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_import_notes_and_clashes_read_in_the_language(
    qtbot: QtBot, start: Launcher, demo_path: Path, tmp_path: Path, language: str
) -> None:
    """The import notes are translated from jumelage.ics.notes' templates (context
    "ImportNotes", which tools/update_translations.py adds: lupdate cannot see them)."""
    from jumelage.ui.dialogs.exchange import ImportDialog

    state = launched_in(qtbot, start, demo_path, language)
    path = tmp_path / "notes.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:fete@m\r\nDTSTAMP:20260301T090000Z\r\n"
        b"DTSTART;TZID=Africa/Dakar:20260429T100000\r\nDURATION:PT2H\r\n"
        b"SUMMARY:Fete du village\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:nowhere@m\r\nDTSTAMP:20260301T090000Z\r\n"
        b"DTSTART;TZID=Nowhere:20260602T100000\r\nDURATION:PT2H\r\n"
        b"SUMMARY:Ailleurs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    context = state.window._editor_context()
    assert context is not None
    dialog = ImportDialog(context, path, state.window)
    qtbot.addWidget(dialog)
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Marsassoum"))
    lines = [
        dialog.details.item(i).text().replace("\u00a0", " ") for i in range(dialog.details.count())
    ]
    note, clash = IMPORT_LINES[language]
    assert note in lines
    assert clash in lines
