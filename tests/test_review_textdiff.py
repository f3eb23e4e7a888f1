"""A revised record's text shown word by word in the diff's terminal, Markdown and HTML reports:
a number that changes digits is one replaced word, and both sides read as the real text."""

from __future__ import annotations

from review_tables import MAGNESIUM, build, magnesium
from rich.console import Console

from pipeline.review.diff import compute_diff
from pipeline.review.report_html import render_html
from pipeline.review.report_markdown import render_markdown
from pipeline.review.report_terminal import print_report
from pipeline.review.textdiff import word_hunks

PEAK = "Milk levels were measured in ten women. The peak was 2.6 mg/L at 2 hours after the dose."


def _sides(old: str, new: str) -> list[tuple[str, str]]:
    return [(h.side("old"), h.side("new")) for h in word_hunks(old, new)]


def test_a_number_changing_every_digit_is_one_word() -> None:
    assert _sides(PEAK, PEAK.replace("2.6", "3.1")) == [
        (
            "…women. The peak was [2.6] mg/L at 2 hours after the dose.",
            "…women. The peak was [3.1] mg/L at 2 hours after the dose.",
        )
    ]


def test_a_number_changing_one_digit_keeps_its_spaces() -> None:
    ((old, new),) = _sides(PEAK, PEAK.replace("2.6", "2.1"))
    assert "was [2.6] mg/L" in old and "was [2.1] mg/L" in new
    # Without the marks each side is the real text around the edit.
    assert old.replace("[", "").replace("]", "").strip("…") in PEAK
    assert new.replace("[", "").replace("]", "").strip("…") in PEAK.replace("2.6", "2.1")


def test_far_apart_edits_are_separate_hunks_and_near_ones_share_one() -> None:
    filler = "Nothing else changed in this long paragraph of the record. " * 3
    text = PEAK + " " + filler + "End 12."
    revised = text.replace("ten women", "eleven women").replace("End 12.", "End 15.")
    assert _sides(text, revised)[0][1].startswith("Milk levels were measured in [eleven] women.")
    assert _sides(text, revised)[1] == ("…of the record. End [12].", "…of the record. End [15].")
    near = PEAK.replace("2.6 mg/L at 2", "3.1 mg/L at 4")
    assert _sides(PEAK, near) == [
        (
            "…women. The peak was [2.6] mg/L at [2] hours after the dose.",
            "…women. The peak was [3.1] mg/L at [4] hours after the dose.",
        )
    ]


def test_an_inserted_and_a_deleted_word() -> None:
    ((old, new),) = _sides(PEAK, PEAK.replace("peak was", "peak level was"))
    assert "The peak was" in old and "The peak [level ]was" in new
    ((old, new),) = _sides(PEAK, PEAK.replace(" at 2 hours", ""))
    assert "mg/L [at 2 hours ]after" in old and "mg/L after" in new


def _revised_number_diff():
    revised = MAGNESIUM.replace("2.1 mg/L versus", "3.4 mg/L versus")
    doc = magnesium(revised)
    doc.statements[1].items = [i for i in doc.statements[1].items if i.table == "populations"]
    old = magnesium()
    old.statements[1].items = [i for i in old.statements[1].items if i.table == "populations"]
    return compute_diff(build([old]), build([doc]))


def test_reports_show_the_changed_number_in_context() -> None:
    diff = _revised_number_diff()
    console = Console(record=True, width=200, color_system=None)
    print_report(diff, console)
    terminal = console.export_text()
    assert "serum levels of [2.1] mg/L versus 1.9 mg" in terminal
    assert "serum levels of [3.4] mg/L versus 1.9 mg" in terminal

    md = render_markdown(diff)
    assert "had serum levels of ~~2.1~~ mg/L versus" in md
    assert "had serum levels of **3.4** mg/L versus" in md

    html = render_html(diff)
    assert "had serum levels of <del>2.1</del> mg/L versus" in html
    assert "had serum levels of <ins>3.4</ins> mg/L versus" in html
