"""A LactMed NXML record's keywords (`<kwd-group>` in `<book-part-meta>`): synonyms, the UNII.

The CAS and drug-class groups are left out: they have their own columns (documents.cas, and
drugs.drug_class from the Substance Identification section).
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.ingest.textclean import normalize_space

_UNII = re.compile(r"^UNII\s*[-:]\s*([A-Z0-9]{10})$", re.IGNORECASE)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def keywords_of(meta: etree._Element | None) -> tuple[str, ...]:
    """Every keyword as written, in order, once, except those of CAS and drug-class groups."""
    if meta is None:
        return ()
    found: list[str] = []
    for group in meta.iter(etree.Element):
        kind = (group.get("kwd-group-type") or "").lower()
        if _local(group) != "kwd-group" or "cas" in kind or "class" in kind:
            continue
        for kwd in group.iter(etree.Element):
            if _local(kwd) != "kwd":
                continue
            value = normalize_space(re.sub(r"\s+", " ", "".join(kwd.itertext())))
            if value and value not in found:
                found.append(value)
    return tuple(found)


def unii_of(keywords: tuple[str, ...]) -> str | None:
    """LactMed's keywords carry the FDA UNII as "UNII-QHP1N7A9JO"."""
    for kwd in keywords:
        m = _UNII.match(kwd)
        if m:
            return m.group(1).upper()
    return None
