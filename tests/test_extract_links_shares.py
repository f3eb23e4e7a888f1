"""Links of shares to the groups they are shares of: a share after the count of those in it with
the outcome ("in 9 exposed infants (15.0%)", "in 5 of the controls (9.1%)") is of the arm its
words name, counted in an earlier sentence, also where two hyphened words describe it ("80
age-matched breast-fed infants"); a counted share ("6 of 48 neonates (12.5%)", "4 of 47 (8.5%)")
is of its whole, not of the arm as randomised; an arm named before a colon and its count in
brackets ("(examplol 40 mg: 10/50, 20%; placebo: 2/49, 4%)"); arms listed after "randomized:"
are arms, not the whole, and "6 of 40 in the placebo arm (15%)" is a part of that arm; "12 of 40
mothers in the examplol arm (30%)" is the share of that arm's 40, not of the 12. The texts are
written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

HEAD = "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"


def group_of(tables: dict[str, list[dict]], value: float) -> int | None:
    """The count of the group the one measurement of this value links to."""
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    rows = [m for m in tables["measurements"] if abs(m["value"] - value) < 1e-9]
    assert len(rows) == 1, rows
    return counts.get(rows[0]["population_item_id"])


def test_a_share_after_its_count_and_arm_words_is_of_the_arm_counted_before() -> None:
    text = HEAD + (
        "A cohort study followed 60 nursing infants whose mothers took examplol 20 mg daily and "
        "55 nursing infants of mothers who took no examplol. Colic was reported in 9 exposed "
        "infants (15.0%) and in 5 of the controls (9.1%).[1]\n"
    )
    tables = extract_tables("examplol.txt", text)
    assert group_of(tables, 15.0) == 60
    assert group_of(tables, 9.1) == 55


def test_a_count_before_other_words_is_no_arm_of_the_value_after() -> None:
    # "with 38 whose mothers did not: the examplol group gained": no share follows the count
    text = HEAD + (
        "One study compared 26 infants whose mothers took examplol with 38 whose mothers did "
        "not: the examplol group gained 210 g less by 6 months.[2]\n"
    )
    assert group_of(extract_tables("examplol.txt", text), 210.0) != 38


ABSTRACT = (
    "Ketorolac versus tramadol for pain after caesarean birth in breastfeeding women: a "
    "randomised trial.\n\n"
    "METHODS: Women were randomly assigned to ketorolac 30 mg or tramadol 50 mg every 6 hours "
    "for 48 hours after surgery.\n\n"
    "RESULTS: All 118 women randomised (60 ketorolac, 58 tramadol) were analysed. Median day-4 "
    "milk volume was 310 mL (IQR 250-380) and 290 mL (IQR 230-350), respectively (P = 0.40). "
    "Maximum infant weight loss was similar in the two arms (7.0% vs 6.6% of birth weight; "
    "P = 0.51).\n"
)


def test_counts_with_their_arms_words_after_them_in_a_bracket_are_the_arms_groups() -> None:
    tables = extract_tables("abstract.txt", ABSTRACT)
    assert group_of(tables, 310.0) == 60
    assert group_of(tables, 290.0) == 58


def test_an_infants_weight_in_the_other_drugs_arm_is_no_level_of_that_drug() -> None:
    rows = [m for m in extract_tables("abstract.txt", ABSTRACT)["measurements"]]
    loss = [m for m in rows if m["value"] == 6.6]
    assert len(loss) == 1 and loss[0]["analyte"] is None


def test_a_group_described_by_two_hyphened_words_is_counted_and_its_shares_link_to_it() -> None:
    text = HEAD + (
        "A cohort compared 40 breast-fed infants of mothers taking examplol with 80 age-matched "
        "breast-fed infants whose mothers took no medicine. Colic was reported in 4 exposed "
        "infants (10.0%) and in 3 unexposed infants (3.8%).[4]\n"
    )
    tables = extract_tables("examplol.txt", text)
    assert 80 in {p["n"] for p in tables["populations"]}
    assert (group_of(tables, 10.0), group_of(tables, 3.8)) == (40, 80)


def test_a_counted_share_links_to_its_whole_not_to_the_arm_randomised() -> None:
    text = (
        "Examplol during caesarean birth: a randomised trial.\n\n"
        "METHODS: Women were randomised to examplol 10 mg (n = 50) or placebo (n = 50).\n\n"
        "RESULTS: Data were available for 48 and 47 mother-infant pairs, respectively. Jaundice "
        "was recorded in 6 of 48 neonates (12.5%) after examplol and in 4 of 47 (8.5%) after "
        "placebo (P = .52).\n"
    )
    tables = extract_tables("abstract.txt", text)
    assert (group_of(tables, 12.5), group_of(tables, 8.5)) == (48, 47)


def test_an_arm_named_before_a_colon_and_its_count_in_brackets_takes_its_share() -> None:
    text = (
        "Examplol after caesarean birth: a randomised trial.\n\n"
        "METHODS: Women were randomised to examplol 20 mg (n = 52), examplol 40 mg (n = 50) or "
        "placebo (n = 49) every 8 hours for 48 hours.\n\n"
        "RESULTS: Neonatal drowsiness was more frequent after the higher dose (examplol 40 mg: "
        "10/50, 20%; placebo: 2/49, 4%; relative risk 4.9, 1.1 to 21.4).\n"
    )
    tables = extract_tables("abstract.txt", text)
    doses = {d["item_id"]: d["amount"] for d in tables["doses"]}
    rows = {m["value"]: m for m in tables["measurements"]}
    assert doses.get(rows[20.0]["dose_item_id"]) == 40.0
    assert (group_of(tables, 20.0), group_of(tables, 4.0)) == (50, 49)


def test_arms_listed_after_randomized_and_a_colon_are_arms_not_the_whole() -> None:
    text = (
        "Examplol in a trial.\n\n"
        "Of 95 women screened, 80 were randomized: 40 to examplol and 40 to placebo. At 6 "
        "weeks, 12 of 40 mothers in the examplol arm (30%) and 6 of 40 in the placebo arm (15%) "
        "were breastfeeding exclusively.\n"
    )
    tables = extract_tables("abstract.txt", text)
    roles = [(p["n"], p["role"]) for p in tables["populations"]]
    assert roles[2:4] == [(40, "exposed"), (40, "control")]
    assert (6, "control") in roles  # "6 of 40 in the placebo arm": a part of that arm
    # each share is of its own arm's 40: not of the part counted before it, nor the other arm's
    arms = [p["item_id"] for p in tables["populations"] if p["n"] == 40]
    shares = [next(m for m in tables["measurements"] if m["value"] == v) for v in (30.0, 15.0)]
    assert [m["population_item_id"] for m in shares] == arms[:2]
