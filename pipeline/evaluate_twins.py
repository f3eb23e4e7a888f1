"""PDF twins in the gate: a corpus typeset as PDFs must score as its text version does.

A corpus entry of eval/baseline.json may name its text twin ("text_twin": "dev"): the same
documents and gold, as PDFs. Floors alone would let the PDF ingest lose what the text keeps as
long as both stay above their floors; comparing the two F1s of the same gate run does not.
There is no waiver: a PDF twin that falls more than the margin below its text fails the gate."""

from __future__ import annotations

TWIN_MARGIN = 0.01  # how far a PDF twin's F1 may fall below its text twin's, per atom


def unknown_twins(corpora: list[dict]) -> list[str]:
    """Entries naming a text twin the baseline does not have (a typo would skip the check)."""
    names = {c["name"] for c in corpora}
    return [
        f"{c['name']} names text twin {c['text_twin']!r}, which is not a corpus of the baseline"
        for c in corpora
        if c.get("text_twin") is not None and c["text_twin"] not in names
    ]


def compare_twins(
    corpora: list[dict], scores: dict[str, dict[str, float]]
) -> tuple[list[str], list[str]]:
    """(report lines, failures): per PDF twin, each atom's text F1 beside its PDF F1, "!" where
    the PDF's is more than TWIN_MARGIN below; the failures name those atoms."""
    lines: list[str] = []
    fell: list[str] = []
    for corpus in corpora:
        twin = corpus.get("text_twin")
        if twin is None or corpus["name"] not in scores or twin not in scores:
            continue
        pdf, text = scores[corpus["name"]], scores[twin]
        cells = []
        for atom, pdf_f1 in pdf.items():
            text_f1 = text.get(atom, 0.0)
            below = pdf_f1 + 1e-9 < text_f1 - TWIN_MARGIN
            cells.append(f"{atom} {text_f1:.3f}/{pdf_f1:.3f}{'!' if below else ''}")
            if below:
                fell.append(f"{corpus['name']} {atom} {pdf_f1:.3f} < {twin} {text_f1:.3f}")
        lines.append(f"  {corpus['name']} vs {twin}  " + "  ".join(cells))
    if not lines:
        return [], []
    header = f"PDF twins (text F1/PDF F1 per atom; the PDF may be at most {TWIN_MARGIN} lower):"
    verdict = "PDF twins fell: " + "; ".join(fell) if fell else "every PDF twin within the margin"
    return [header, *lines, verdict], fell
