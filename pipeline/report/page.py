"""HTML of the report's pages: strings built with every text escaped; the CSS and the index's
script are package files inlined into each page, so a page needs no other file and no network."""

from __future__ import annotations

import html
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from importlib import resources

from pipeline.evidence import cells

Row = dict[str, object]
SECTION_NAMES = {
    "summary": "summary",
    "maternal_levels": "maternal levels",
    "infant_levels": "infant levels",
    "infant_effects": "infant effects",
    "lactation_effects": "lactation effects",
}


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


@cache
def asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def shell(title: str, body: str, key: str, script: bool = False) -> str:
    js = f"<script>{asset('report.js')}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="report-key" content="{key}">'
        f"<title>{esc(title)}</title><style>{asset('report.css')}</style></head>\n"
        f"<body>\n{body}\n{js}</body></html>\n"
    )


def plain(value: object) -> str:
    """A number in positional notation to 10 significant digits, never '2e-05': 0.00002, 1.5,
    1200 (a unit conversion's 0.30000000000000004 reads 0.3)."""
    text = format(Decimal(f"{cells.number(value):.10g}"), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(
    value: object, high: object = None, unit: object = None, qualifier: object = None
) -> str:
    """A value as people read it: '<1.5', '0.7–1.3 mg/L', '12%'."""
    if value is None:
        return ""
    text = f"{esc(qualifier or '')}{plain(value)}"
    if high is not None:
        text += f"–{plain(high)}"
    if unit and unit not in ("{ratio}",):
        text += ("" if unit == "%" else " ") + esc(unit)
    return text


def link(item_id: object, label: str) -> str:
    """A number that opens its sentence."""
    return f'<a class="num" href="#src-{esc(item_id)}">{label}</a>'


def result_link(r: Row) -> str:
    return link(
        r["item_id"], number(r["value"], r.get("value_high"), r.get("unit"), r.get("qualifier"))
    )


def sources_block(sources: dict[str, Row]) -> str:
    """One hidden box per number, shown when its link is followed (CSS :target, no script):
    the sentence with the value marked, and the document and page it is in."""
    parts = ['<section class="sources" aria-label="sources">']
    for key in sorted(sources):
        s = sources[key]
        page = f", page {esc(s['page'])}" if s.get("page") is not None else ""
        parts.append(
            f'<div class="source" id="src-{esc(key)}" data-doc="{esc(s["doc_id"])}" '
            f'data-start="{esc(s["char_start"])}" data-end="{esc(s["char_end"])}">'
            '<a class="close" href="#" aria-label="close">×</a>'
            f'<div class="where">{esc(s["document"])} ({esc(s["source_path"])}){page}, '
            f"characters {esc(s['char_start'])}–{esc(s['char_end'])}</div>"
            f'<div class="sentence">{esc(s["before"])}<mark>{esc(s["value"])}</mark>'
            f"{esc(s['after'])}</div></div>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def pubmed(citation: Mapping[str, object]) -> str:
    label = f"[{esc(citation['number'])}]"
    title = f' title="{esc(citation["text"])}"' if citation.get("text") else ""
    if citation.get("pmid"):
        url = f"https://pubmed.ncbi.nlm.nih.gov/{esc(citation['pmid'])}/"
        return f'<a class="pmid" href="{url}"{title}>{label} PMID {esc(citation["pmid"])}</a>'
    return f"<span{title}>{label}</span>"
