"""Levels the infants themselves had, in a statement that speaks of milk elsewhere: "exposed
infants (n = 12) showed higher concentrations than ... (4.1 vs 1.2 ng/mL)" are the infants'
blood, and so are the levels of the next sentence that names no fluid ("By 3 months the
difference had shrunk (2.0 vs 1.1 ng/mL)"); a sentence naming milk keeps its own fluid; and the
comparison of such levels, whose words name no substance, says whose fluid and what it is
("infant blood examplol ..."). The texts are written for these tests (examplol: a made-up
drug)."""

from __future__ import annotations

from extraction import extract_tables

TEXT = (
    "Examplol in infants.\n\n"
    "Twenty mothers taking examplol 10 mg daily gave milk and blood samples. At 1 month, "
    "mostly breastfed infants (n = 12) showed higher concentrations than mostly formula-fed "
    "infants (n = 8), with medians of 4.1 versus 1.2 ng/mL (P = .02). By 3 months the "
    "difference had shrunk (2.0 vs 1.1 ng/mL; P = .20).\n"
)


def _matrices(text: str) -> dict[float, str | None]:
    return {m["value"]: m["matrix"] for m in extract_tables("abstract.txt", text)["measurements"]}


def test_levels_the_infants_had_and_the_next_sentences_are_their_blood() -> None:
    found = _matrices(TEXT)
    assert [found[v] for v in (4.1, 1.2, 2.0, 1.1)] == ["infant_blood"] * 4


def test_a_sentence_that_names_milk_keeps_its_fluid() -> None:
    text = TEXT.replace("By 3 months the difference had shrunk", "By 3 months milk levels fell")
    found = _matrices(text)
    assert (found[2.0], found[1.1]) == ("milk", "milk")


def test_a_comparison_of_bare_levels_says_whose_and_of_what() -> None:
    comparisons = extract_tables("abstract.txt", TEXT)["comparisons"]
    pair = next(c for c in comparisons if list(c["values"]) == [4.1, 1.2])
    words = pair["outcome"].split()
    assert words[:3] == ["infant", "blood", "examplol"], pair["outcome"]
