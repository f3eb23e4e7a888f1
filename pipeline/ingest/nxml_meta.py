"""A LactMed NXML record's metadata from `<book-part-meta>`: its CAS number and revision date."""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from pipeline.ingest.structure import parse_date
from pipeline.ingest.textclean import normalize_space

_CAS = re.compile(r"^\d{2,7}-\d{2}-\d$")
_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)]


def _clean(text: str) -> str:
    return normalize_space(re.sub(r"\s+", " ", text))


def _cas_checksum_ok(cas: str) -> bool:
    digits = cas.replace("-", "")
    body, check = digits[:-1], int(digits[-1])
    return sum(i * int(d) for i, d in enumerate(reversed(body), start=1)) % 10 == check


def cas_of(meta: etree._Element | None) -> str | None:
    """The CAS number among the keywords: from a CAS-typed group, else any valid-looking one."""
    if meta is None:
        return None
    groups = [g for g in meta.iter(etree.Element) if _local(g) == "kwd-group"]
    typed = [g for g in groups if "cas" in (g.get("kwd-group-type") or "").lower()]
    for group, strict in [(g, False) for g in typed] + [(g, True) for g in groups]:
        for kwd in group.iter(etree.Element):
            value = _clean("".join(kwd.itertext()))
            if (
                _local(kwd) == "kwd"
                and _CAS.match(value)
                and (not strict or _cas_checksum_ok(value))
            ):
                return value
    return None


def _month(text: str) -> int:
    if text.isdigit():
        return int(text)
    prefix = text.lower().rstrip(".")[:3]
    for name, number in _MONTHS.items():
        if len(prefix) == 3 and name.startswith(prefix):
            return number
    raise ValueError(f"unknown month {text!r}")


def _date(el: etree._Element) -> date | None:
    iso = el.get("iso-8601-date")
    if iso:
        found = parse_date(iso[:10])
        if found:
            return found
    fields = {_local(c): _clean("".join(c.itertext())) for c in _children(el)}
    try:
        return date(
            int(fields["year"]), _month(fields.get("month") or "1"), int(fields.get("day") or 1)
        )
    except (KeyError, ValueError):
        return None


def revised_of(meta: etree._Element | None) -> date | None:
    if meta is None:
        return None
    dates = [d for d in meta.iter(etree.Element) if _local(d) == "date"]
    for wanted in ("revised", "updated"):
        for d in dates:
            if (d.get("date-type") or "").lower() == wanted:
                found = _date(d)
                if found:
                    return found
    return None
