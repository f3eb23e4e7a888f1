"""Citation markers -> reference numbers."""

import pytest
from extraction import extract_tables
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.citations import expand, find_citations


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("virtually identical to controls.[1]", [(1,)]),
        ("during labor.[4,5]", [(4, 5)]),
        ("breastfeeding.[1][2]", [(1,), (2,)]),
        ("during breastfeeding.[3-5]", [(3, 4, 5)]),
        ("TheAmericanThyroid Association[1] and others[2] state it", [(1,), (2,)]),
        ("was found in milk.(2)", [(2,)]),
        ("ranged from 0.1 to 1.1 mg/L over the dosing interval [4].", [(4,)]),
        ("within the normal range [4,9].", [(4, 9)]),
        ("no infant had measurable levels (Ref. 8).", [(8,)]),
        ("the two cohorts were pooled (refs. 3, 6)", [(3, 6)]),
        ("taken at bedtime (Reference 21).", [(21,)]),
    ],
)
def test_bracket_and_paren_citations(text: str, numbers: list[tuple[int, ...]]) -> None:
    assert [c.numbers for c in find_citations(text)] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "levels of desvenlafaxine [O-desmethylvenlafaxine] in serum",
        "Bupropion [ byoo-pro-pee-on ] is",
        "Jpn J Antibiot. 1973;26:197-214. [PubMed: 4542543]",
        "odds ratio = 2.56, 95% confidence interval [1.02, 6.25], p = .04.",
        "Half of the women (n = 74) also received it",
        "(mean difference 74 mL, 95% CI [8, 140], p = .03)",
        "acyclovir 300 mg (5 mg/kg) three times daily",
    ],
)
def test_brackets_that_are_not_citations(text: str) -> None:
    assert find_citations(text) == []


def test_bare_trailing_numbers_of_web_pages() -> None:
    (c,) = find_citations("with a target serum magnesium level >0.6 mmol/L. 1", True)
    assert c.numbers == (1,)
    (c,) = find_citations("adults need 400 IU/day 2, 1", True)
    assert c.numbers == (2, 1)
    # A sentence that ends in a value is not a citation.
    assert find_citations("The dose was 25", True) == []
    assert find_citations("Every 2-3 months", True) == []
    assert find_citations("treatment on postoperative day 2", True) == []
    (c,) = find_citations("maximum 400 mg per day 1", True)
    assert c.numbers == (1,) and c.bare
    (c,) = find_citations("used in infants older than 1 month 3", True)
    assert c.numbers == (3,)


def test_expand() -> None:
    assert expand("4, 5") == (4, 5)
    assert expand("3-5") == (3, 4, 5)
    assert expand("3\u20135") == (3, 4, 5)


@given(st.text(max_size=200), st.booleans())
def test_citations_never_raise_and_stay_inside_the_text(text: str, trailing: bool) -> None:
    for c in find_citations(text, trailing):
        assert 0 <= c.start < c.end <= len(text)
        assert all(n > 0 for n in c.numbers)


_STUDIES = (
    "Twelve women taking nadolol 80 mg daily had milk levels averaging 357 mcg/L.{a} "
    "In another study, 5 women given 40 mg daily had milk levels of 146 mcg/L.{b}\n\n"
)
_REFERENCES = [
    "Devlin RG. Nadolol in milk. Br J Clin Pharmacol. 1981;12:393-6.",
    "Fox RE. Transfer of nadolol into milk. Am J Obstet Gynecol. 1982;10:1-2.",
    "Smith A. Nadolol and the nursing infant. J Med. 1983;1:2-3.",
]


@pytest.mark.parametrize(
    "name, text",
    [
        (
            "nadolol.txt",
            "Nadolol\n\nMaternal Levels\n\n"
            + _STUDIES.format(a="\u00b9", b="\u00b2,\u00b3")
            + "References\n\n"
            + "".join(f"{i}. {r}\n" for i, r in enumerate(_REFERENCES, 1)),
        ),
        (
            "nadolol.md",
            "# Nadolol\n\n## Maternal Levels\n\n"
            + _STUDIES.format(a="[^1]", b="[^2][^3]")
            + "## References\n\n"
            + "".join(f"[^{i}]: {r}\n" for i, r in enumerate(_REFERENCES, 1)),
        ),
    ],
)
def test_superscript_and_footnote_references_cite_each_study(name: str, text: str) -> None:
    found = extract_tables(name, text)
    cited = {s["text"][:12]: list(s["citations"]) for s in found["statements"]}
    assert cited == {"Twelve women": [1], "In another s": [2, 3]}
    assert len(found["bibliography"]) == 3
