"""The pre-filled agenda of the next follow-up: open items and the previous "Next steps"."""

from __future__ import annotations

import datetime as dt

from jumelage.domain.agenda import OpenItem, compose, next_steps


def test_an_item_line_names_owner_and_due_date_when_known() -> None:
    full = OpenItem("Share the pilot spreadsheet", "Ibrahima Coly", dt.date(2026, 3, 13))
    assert full.line() == "- Share the pilot spreadsheet (Ibrahima Coly; due 2026-03-13)"
    assert OpenItem("Call back", None, dt.date(2026, 4, 1)).line() == "- Call back (due 2026-04-01)"
    assert OpenItem("Call back", "Fatou Badji").line() == "- Call back (Fatou Badji)"
    assert OpenItem("Call back").line() == "- Call back"


def test_next_steps_run_from_the_heading_to_the_next_blank_line() -> None:
    minutes = (
        "Budget discussed.\n"
        "\n"
        "NEXT STEPS\n"
        "- Fatou sends the quotes\n"
        "- Sophie books the flights   \n"
        "\n"
        "Next steps were long to agree.\n"
        "- not a step\n"
    )
    assert next_steps(minutes) == ["- Fatou sends the quotes", "- Sophie books the flights"]


def test_next_steps_on_the_heading_line_after_a_colon() -> None:
    assert next_steps("Next steps: call the mayor\nand the radio\n\nEnd.") == [
        "call the mayor",
        "and the radio",
    ]
    assert next_steps("  next steps:\n- one") == ["- one"]


def test_no_next_steps_section() -> None:
    assert next_steps("") == []
    assert next_steps("Next steps are unclear.\n- not a step") == []
    assert next_steps("Discussed the next steps.") == []


def test_compose_leaves_empty_sections_out() -> None:
    items = [OpenItem("A", "X", dt.date(2026, 1, 2)), OpenItem("B")]
    assert compose(items, ["- call"]) == (
        "Open action items\n- A (X; due 2026-01-02)\n- B\n\nNext steps\n- call"
    )
    assert compose(items) == "Open action items\n- A (X; due 2026-01-02)\n- B"
    assert compose([], ["- call"]) == "Next steps\n- call"
    assert compose([]) == ""


def test_next_steps_in_french_and_dutch_any_case() -> None:
    assert next_steps("Vu.\n\nPROCHAINES ÉTAPES\n- appeler le maire") == ["- appeler le maire"]
    assert next_steps("prochaines étapes : appeler\n- la radio") == ["appeler", "- la radio"]
    assert next_steps("Volgende Stappen:\n- de burgemeester bellen") == ["- de burgemeester bellen"]
    assert next_steps("Volgende stappen zijn onduidelijk.\n- geen stap") == []


def test_compose_in_other_words() -> None:
    from jumelage.domain.agenda import Wording

    french = Wording("Actions en cours", "Prochaines étapes", "échéance {date}", str)
    items = [OpenItem("A", "X", dt.date(2026, 1, 2)), OpenItem("B")]
    assert compose(items, ["- appeler"], french) == (
        "Actions en cours\n- A (X; échéance 2026-01-02)\n- B\n\nProchaines étapes\n- appeler"
    )
