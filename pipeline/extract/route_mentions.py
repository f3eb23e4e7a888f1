"""Routes named in a sentence ("oral", "IV", "by mouth"): routes.jsonl's forms, matched on tokens
(by the phrase matchers units are matched by too).

A sentence with no number is only tokenized to look for routes; `may_name_route` says, from the
text alone, when no form can match, so such a sentence need not be tokenized at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

if TYPE_CHECKING:
    from pipeline.extract.rules import Rules


@dataclass
class RouteMention:
    route: str
    rule_id: str
    start: int
    end: int
    token_index: int


def matched_as_written(form: str) -> bool:
    """All-capital short forms ("IV", "IU") match as written, so "iv" in running text does not."""
    return form.isupper() and len(form) <= 3


def phrase_matchers(
    nlp: Language, entries: list[tuple[str, str]]
) -> tuple[PhraseMatcher, PhraseMatcher]:
    """(case-sensitive, case-insensitive) matchers of (key, written form) pairs (units.jsonl's
    and routes.jsonl's): all-capital forms ("IV", "IU") match as written so the words "iv" or
    "im" in running text don't."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH", validate=True)
    folded = PhraseMatcher(nlp.vocab, attr="LOWER", validate=True)
    for key, form in entries:
        target = exact if matched_as_written(form) else folded
        target.add(key, [nlp.make_doc(form)])
    return exact, folded


def first_words(nlp: Language, forms: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the first token of each form matched as written, of each other form lower-cased)."""
    firsts = [(form, nlp.make_doc(form)[0].text) for form in forms]
    exact = frozenset(word for form, word in firsts if matched_as_written(form))
    folded = frozenset(word.lower() for form, word in firsts if not matched_as_written(form))
    return exact, folded


def may_name_route(text: str, starts: tuple[frozenset[str], frozenset[str]]) -> bool:
    """False only when no form can match: a match starts with a token whose text (or lower
    case) is the form's first word, and a token's lower case is the lower case of its piece
    of the text (the forms' words are ASCII: no case folding that depends on context)."""
    exact, folded = starts
    if any(word in text for word in exact):
        return True
    lowered = text.lower()
    return any(word in lowered for word in folded)


def routes_in(doc: Doc, rules: Rules) -> list[RouteMention]:
    spans = []
    for matcher in rules.route_matchers:
        spans += [Span(doc, s, e, label=k) for k, s, e in matcher(doc)]
    out = []
    for span in filter_spans(spans):
        rule_id = doc.vocab.strings[span.label]
        following = doc[span.end].lower_ if span.end < len(doc) else ""
        if following in rules.cues["not_a_route_after"]:  # "vaginally delivered"
            continue
        out.append(
            RouteMention(rules.routes[rule_id], rule_id, span.start_char, span.end_char, span.start)
        )
    return out
