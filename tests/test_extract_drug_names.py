"""The substance a dose is of, and the drug a page is about, are names, never the common words
or participles that stand where a name could ("38 mg daily provided milk", "sprayed")."""

from __future__ import annotations

from extraction import extract_tables as tables


def test_a_verb_after_a_dose_is_no_substance() -> None:
    found = tables(
        "page.txt",
        "Breastfeeding and labetalol\n\n"
        "Eight women taking labetalol provided milk samples; milk levels averaged 52 mcg/L. "
        "Two others took 300 mg daily throughout the first month and 100 mg daily tapered "
        "over a week; their milk levels averaged 80 mcg/L.\n",
    )
    assert {d["drug"] for d in found["doses"]} <= {"labetalol", None}
    assert {s["drug"] for s in found["statements"] if s["drug"]} == {"labetalol"}


def test_participles_and_common_words_name_no_substance() -> None:
    found = tables(
        "spray.txt",
        "Nasal oxytocin in new mothers\n\n"
        "Thirty mothers used oxytocin 24 IU sprayed into each nostril before pumping, and milk "
        "output rose to 412 mL per day. Four 500 mg tablets throughout the week changed "
        "nothing.\n",
    )
    drugs = {d["drug"] for d in found["doses"]}
    assert not drugs & {"sprayed", "throughout", "four"}
    assert "oxytocin" in {s["drug"] for s in found["statements"]}


def test_salts_and_acids_keep_their_names() -> None:
    found = tables(
        "combo.txt",
        "Amoxicillin with clavulanate\n\n"
        "Twenty women received amoxicillin 500 mg with clavulanic acid 125 mg three times daily; "
        "milk amoxicillin levels were 0.7 mg/L. Others took 300 mg of magnesium oxide daily.\n",
    )
    assert {"amoxicillin", "clavulanic acid", "magnesium oxide"} <= {
        d["drug"] for d in found["doses"]
    }
