"""Drug names: normalized forms, the lines pages use to list other names, drug classes and
salts, on lines written as drug pages and LactMed records write them."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.evidence.drugs import drug_classes
from pipeline.evidence.names import drug_id_for, name_lines, named_alone, normalize, salt_base


@pytest.mark.parametrize(
    ("written", "normal"),
    [("Sertraline", "sertraline"), ("  Magnesium   Sulfate. ", "magnesium sulfate"),
     ("ＺＯＬＯＦＴ", "zoloft"), ("(S)-Naproxen", "(s)-naproxen"), ("", "")],
)  # fmt: skip
def test_normalize(written: str, normal: str) -> None:
    assert normalize(written) == normal


def test_a_drug_id_is_stable_and_ignores_case_and_spacing() -> None:
    expected = "drug-" + hashlib.sha256(b"magnesium sulfate").hexdigest()[:12]
    assert drug_id_for("Magnesium  Sulfate") == drug_id_for("magnesium sulfate") == expected


def test_the_lines_pages_use_for_other_names() -> None:
    text = (
        "Escitalopram use while Breastfeeding\n\n"
        "Drugs containing Escitalopram: Lexapro\n\n"
        "Also known as AHR-3070-C, Maxolon, Metoclopramida, Reglan\n"
        "Brand names: Asacol HD, Lialda, Pentasa\n"
        "Brand names | Protium, Protonix, Pantoloc |\n"
        "Metoprolol tartrate; metoprolol succinate. Brand names include Betaloc, Lopresor, "
        "Lopressor and Toprol-XL.\n"
        "Synonyms: mesalazine; 5-aminosalicylic acid; 5-ASA\n"
        "The brand names of this drug vary by country.\n"
    )
    found = name_lines(text)
    assert ("escitalopram", ["Lexapro"]) in found
    assert (None, ["AHR-3070-C", "Maxolon", "Metoclopramida", "Reglan"]) in found
    assert (None, ["Asacol HD", "Lialda", "Pentasa"]) in found
    assert (None, ["Protium", "Protonix", "Pantoloc"]) in found
    assert (None, ["Betaloc", "Lopresor", "Lopressor", "Toprol-XL"]) in found
    assert (None, ["mesalazine", "5-aminosalicylic acid", "5-ASA"]) in found
    assert len(found) == 6  # "The brand names of this drug vary" lists none


def test_salt_names_and_their_substance() -> None:
    assert salt_base("Magnesium Sulfate") == "magnesium"
    assert salt_base("metoprolol tartrate") == "metoprolol"
    assert salt_base("magnesium aspartate hcl") == "magnesium"
    assert salt_base("doxycycline hyclate") == "doxycycline"
    assert salt_base("sertraline") is None
    assert salt_base("sodium") is None  # nothing but a salt word
    text = "No information is available on the excretion of magnesium following magnesium "
    assert named_alone("magnesium", text + "aspartate during breastfeeding.")
    assert not named_alone("magnesium", "Magnesium sulfate and magnesium oxide were given.")


def test_drug_classes_leave_out_the_headings_every_record_has() -> None:
    section = (
        "Substance Name\n\nIbuprofen\n\nCAS Registry Number\n\n15687-27-1\n\nDrug Class\n\n"
        "Anti-Inflammatory Agents, Non-Steroidal\n\nAnalgesics, Non-Narcotic\n\n"
        "Breast Feeding\n\nLactation\n\nMilk, Human"
    )
    assert drug_classes(section) == [
        "Anti-Inflammatory Agents, Non-Steroidal",
        "Analgesics, Non-Narcotic",
    ]
