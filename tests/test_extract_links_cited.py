"""Links where a page sets a cited study's results out right under its paragraph (a table, a
list), where values follow the "than" that named their arms after a comma, and where a control
arm's own amount is written. The documents are written here, in wordings of our own."""

from __future__ import annotations

import pandas as pd
import pytest
from extraction import link_table, linked, run_documents

DOCUMENTS = {
    "wiki_table.md": (
        "# Examplol and breastfeeding\n\n"
        "## Milk transfer\n\n"
        "Sixteen women were allocated at random to one 400 mcg examplol tablet taken by mouth "
        "or vaginally, 8 per group, and gave milk samples over 8 hours [2].\n\n"
        "| Outcome (mean ± SD) | Oral (n = 8) | Vaginal (n = 8) |\n|---|---|---|\n"
        "| Peak milk examplol, ng/mL | 3.4 ± 1.2 | 1.1 ± 0.5 |\n\n"
        "## References\n\n2. Invented A. A study written for a test. 2020.\n"
    ),
    "than_comma.txt": (
        "Examplol or otherol after birth\n\n"
        "We compared 60 women given examplol 20 mg daily with 58 women given otherol 5 mg daily. "
        "Rash was more common after examplol than after otherol, 12% compared with 3% of mothers.\n"
    ),
    "control_amount.txt": (
        "Examplol for milk supply\n\n"
        "Mothers were randomized to examplol 5 mg twice daily (n = 30) or to a look-alike "
        "placebo 5 mg twice daily (n = 29). Milk volume on day 10 was 410 mL with examplol and "
        "380 mL with placebo.\n"
    ),
}


@pytest.fixture(scope="module")
def links(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return link_table(run_documents(tmp_path_factory, DOCUMENTS))


def test_a_cited_study_s_table_right_under_it_goes_on_its_statement(
    links: pd.DataFrame,
) -> None:
    """The table's values follow the paragraph's dose and its columns' counts."""
    assert linked(links, 3.4) == (400, 8)
    assert linked(links, 1.1) == (400, 8)


def test_values_after_than_and_a_comma_are_in_the_order_of_its_arms(
    links: pd.DataFrame,
) -> None:
    """ "more common after examplol than after otherol, 12% compared with 3%": 12% is the
    examplol group's, 3% the otherol group's."""
    assert linked(links, 12) == (20, 60)
    assert linked(links, 3) == (5, 58)


def test_a_control_arm_s_own_amount_is_its_values_dose(links: pd.DataFrame) -> None:
    """ "a look-alike placebo 5 mg twice daily": the placebo arm's value followed the placebo's
    amount (as the development gold links a placebo arm written with its amount)."""
    assert linked(links, 410) == (5, 30)
    assert linked(links, 380) == (5, 29)


def test_values_after_a_sampled_part_are_that_part_s(tmp_path_factory: pytest.TempPathFactory):
    """ "A substudy in 12 of the mothers measured the drug in their milk. Levels peaked at ...":
    the levels are of the 12, not of all 90 enrolled."""
    out = run_documents(
        tmp_path_factory,
        {
            "substudy.txt": (
                "Examplol for postnatal depression\n\n"
                "We enrolled 90 nursing mothers who took examplol 40 mg daily for 4 weeks. A "
                "substudy in 12 of the mothers measured the drug in their milk. Levels peaked at "
                "about 21 ng/mL.\n"
            )
        },
    )
    assert linked(link_table(out), 21) == (40, 12)
