"""A dose named again is the same dose: "after the 40 mg dose" restates "40 mg daily"; the same
amount at another frequency, by another route, for another time or of another drug is another
dose, and so is one each arm's paragraph of a registry's record names."""

from __future__ import annotations

from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item


def _dose_routes(facts: list[SentenceFacts]) -> dict[int, str]:
    """id(dose) -> the route named right beside it ("1 g intravenous paracetamol", "1 g oral
    paracetamol"), within a few characters of its amount."""
    out: dict[int, str] = {}
    for f in facts:
        doses = [i for i in f.items if i.table == "doses"]
        if not doses or not f.analysis.routes:
            continue
        doc = f.analysis.doc
        routes = [(doc[r.token_index].idx, r.route) for r in f.analysis.routes]
        for i in doses:
            q = i.quantity
            near = [
                (abs(at - q.end), route) for at, route in routes if q.start - 25 <= at <= q.end + 25
            ]
            if near:
                out[id(i)] = min(near)[1]
    return out


def _other_route(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def dedupe_doses(
    items: list[Item],
    facts: list[SentenceFacts] | None = None,
    rules: Rules | None = None,
    by_paragraph: bool = False,
) -> list[Item]:
    """A dose restated later ("after the 40 mg dose") is the same dose; the same amount at
    another frequency ("40 mg once a day, increased to 40 mg three times a day"), by another
    route ("1 g intravenous ... or 1 g oral paracetamol"), for another time or of another drug
    is another dose. In a registry's record (`by_paragraph`) so is one each arm's paragraph
    (not a table's row) names ("Oxycodone: ... plus acetaminophen 1 g", "Ibuprofen: ... plus
    acetaminophen 1 g")."""
    routes = _dose_routes(facts or [])
    concluding = _concluding_doses(facts or [], rules) if rules else set()
    rows = {  # (a table's headings name its arms' doses again: those are restated)
        id(i): f.block_no
        for f in facts or []
        if by_paragraph and f.sentence.block != "table_row"
        for i in f.items
    }
    kept: list[Item] = []
    out = []
    for i in items:
        row = rows.get(id(i))
        if i.table == "doses" and any(
            _restates(i, k)
            and not _other_route(routes.get(id(i)), routes.get(id(k)))
            and (row is None or rows.get(id(k)) in (None, row))
            for k in kept
        ):
            continue
        if id(i) in concluding and any(_same_amount(i, k) for k in kept):
            continue  # a conclusion names a dose given before, now said "up to" or "daily"
        if i.table == "doses":
            kept.append(i)
        out.append(i)
    return out


def _concluding_doses(facts: list[SentenceFacts], rules: Rules) -> set[int]:
    """id(dose) of the doses named in a sentence that concludes (cue conclusion_sentence)."""
    return {
        id(i)
        for f in facts
        if any(i.table == "doses" for i in f.items)  # (the cheap test first)
        and rules.cue.conclusion_sentence.search(f.sentence.text)
        for i in f.items
        if i.table == "doses"
    }


def _same_amount(later: Item, earlier: Item) -> bool:
    return (later.value.value, later.value.value_high, later.quantity.ucum) == (
        earlier.value.value,
        earlier.value.value_high,
        earlier.quantity.ucum,
    )


def _restates(later: Item, earlier: Item) -> bool:
    if not _same_amount(later, earlier):
        return False
    if later.duration is not None and later.duration != earlier.duration:
        return False
    if later.drug is not None and later.drug != earlier.drug:
        return False
    if later.qualifier != earlier.qualifier:  # "less than 80 mg" vs "80 mg or more"
        return False
    return later.frequency is None or later.frequency == earlier.frequency
