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


def test_a_condition_named_often_is_not_the_pages_drug() -> None:
    found = tables(
        "mastitis.txt",
        "Breast infections while nursing\n\n"
        "Mastitis is common in the first weeks after birth. Mastitis was treated with "
        "dicloxacillin 500 mg four times daily in 20 women; milk levels were 0.2 mg/L. "
        "Mastitis has recurred in 3 of them.\n",
    )
    drugs = {s["drug"] for s in found["statements"]}
    assert drugs == {"dicloxacillin"}


def test_a_loading_dose_names_no_substance() -> None:
    found = tables(
        "mag.txt",
        "Magnesium infusions after delivery\n\n"
        "Forty women with preeclampsia received intravenous magnesium sulfate, a 6 g loading "
        "dose and then 2 g per hour for 24 hours; cord serum magnesium was 1.1 mmol/L.\n",
    )
    assert "loading" not in {d["drug"] for d in found["doses"]}
    assert {s["drug"] for s in found["statements"]} == {"magnesium sulfate"}


def test_a_vitamin_keeps_its_letter() -> None:
    found = tables(
        "vitd.txt",
        "Vitamin supplements for nursing mothers\n\n"
        "Sixty mothers took vitamin D3 4000 IU daily; milk vitamin D3 levels rose to 80 IU/L. "
        "Those given vitamin D3 6000 IU daily reached 160 IU/L.\n",
    )
    assert {s["drug"] for s in found["statements"]} == {"vitamin d3"}


def test_a_pages_title_names_its_drug_without_its_topic() -> None:
    page = (
        "<html><head><title>Nadolol and breastfeeding | Family Medicines Guide</title></head>"
        "<body><h1>Nadolol and breastfeeding</h1><p>Nadolol is a beta blocker.</p>"
        "<p>In 12 women taking 80 mg daily, milk levels averaged 357 mcg/L.</p></body></html>"
    )
    found = tables("nadolol.html", page)
    assert [d["drug"] for d in found["documents"]] == ["nadolol"]


def test_a_salt_before_a_dose_leads_to_the_name_before_it() -> None:
    found = tables(
        "dmpa.txt",
        "Contraceptive injections after birth\n\n"
        "Women received medroxyprogesterone acetate 150 mg intramuscularly at 6 weeks; milk "
        "levels were 1.1 mcg/L in 8 women given medroxyprogesterone acetate 150 mg.\n",
    )
    assert {s["drug"] for s in found["statements"]} == {"medroxyprogesterone acetate"}


def test_a_title_that_compares_names_no_drug_of_its_own() -> None:
    page = (
        "<html><head><title>Early versus late nadolol for nursing mothers</title></head>"
        "<body><h1>Early versus late nadolol for nursing mothers</h1>"
        "<p>In 12 women taking nadolol 80 mg daily, milk levels averaged 357 mcg/L.</p>"
        "</body></html>"
    )
    found = tables("early.html", page)
    assert {s["drug"] for s in found["statements"]} == {"nadolol"}


def test_a_route_word_before_a_drug_is_no_substance_of_its_own() -> None:
    found = tables(
        "abstract.txt",
        "Milk examplol with two patches\n\n"
        "We studied 12 nursing women using a 10 mg/24 h transdermal examplol patch and 11 using "
        "intrathecal examplol at delivery. Milk examplol averaged 8.2 ug/L with the patch.\n",
    )
    assert {s["drug"] for s in found["statements"] if s["drug"]} == {"examplol"}
    assert {m["analyte"] for m in found["measurements"]} == {None}
