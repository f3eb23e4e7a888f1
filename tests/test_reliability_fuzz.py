"""Property tests: the text functions raise nothing unexpected on any string and keep their
invariants (spans inside the text, normalising twice changes nothing); every ingester turns
arbitrary or damaged bytes into a document or a DocumentError, never a crash."""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import DocumentError
from pipeline.extract.numwords import parse_digits, parse_number, parse_number_words
from pipeline.ingest.assemble import assemble
from pipeline.ingest.dispatch import parse_source
from pipeline.ingest.encoding import decode
from pipeline.ingest.parsed import BLOCK_KINDS, Block, SourceFile
from pipeline.ingest.sentences import split_sentences
from pipeline.ingest.structure import finish
from pipeline.ingest.textclean import normalize_newlines, normalize_space, unwrap_lines, vocabulary
from pipeline.nlp import get_nlp
from pipeline.render.samples.inputs import mutate, real_input_bytes
from pipeline.runner.document import process_document
from pipeline.settings import Settings

# `make fuzz` raises the number of examples through LACTPIPE_FUZZ_EXAMPLES.
EXAMPLES = int(os.environ.get("LACTPIPE_FUZZ_EXAMPLES", "60"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like the corpus: words, numbers, units, citations, odd spaces and marks.
_PIECES = st.sampled_from(
    [
        "Maternal Levels.",
        "Infant Levels.",
        "Summary of Use during Lactation",
        "[1]",
        "[2,3]",
        "(4)",
        "mg/L",
        "mcg/kg",
        "twice daily",
        "12.5",
        "0.3%",
        "<0.5",
        "\u2264",
        "\u00b5g",
        "-",
        "\u2013",
        ".",
        ". ",
        "?",
        "\n",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        "\u00ad",
        " ",
        "e.g.",
        "vs.",
        "Dr.",
        "et al.",
        "three",
        "twenty-one",
        "References",
        "1.",
        "\u2022 ",
        "Breastfeeding",
        "infants",
        "A",
        "z",
        "\t",
        "\x0c",
        "\ufeff",
        "\U0001f600",
    ]
)
corpus_text = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), corpus_text)


@FAST
@given(any_text)
def test_normalize_space_is_idempotent_and_has_no_runs(text: str) -> None:
    once = normalize_space(text)
    assert normalize_space(once) == once
    assert "  " not in once and once == once.strip()
    assert "\u200b" not in once


@FAST
@given(any_text)
def test_normalize_newlines_is_idempotent(text: str) -> None:
    once = normalize_newlines(text)
    assert normalize_newlines(once) == once
    assert "\r" not in once


@FAST
@given(st.lists(any_text, max_size=8))
def test_unwrap_lines_gives_one_normalised_line(lines: list[str]) -> None:
    out = unwrap_lines(lines, vocabulary(" ".join(lines)))
    assert normalize_space(out) == out
    # No word is invented: every letter of the output was in the input.
    assert set(out) - {" "} <= set("".join(lines))


@FAST
@given(any_text)
def test_number_parsers_raise_nothing(text: str) -> None:
    for parse in (parse_digits, parse_number_words, parse_number):
        value = parse(text)
        assert value is None or isinstance(value, int | float)


@FAST
@given(st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8"))))
def test_decode_returns_text_or_document_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "fuzz.txt")
    except DocumentError as exc:
        assert exc.code and "fuzz.txt" in exc.message or exc.code == "empty_file"
        return
    assert isinstance(text, str) and encoding


@FAST
@given(any_text)
def test_decode_round_trips_utf8(text: str) -> None:
    data = text.encode("utf-8")
    try:
        decoded, encoding = decode(data, "fuzz.txt")
    except DocumentError:
        return  # empty, or control characters that make it binary
    if encoding == "utf-8":
        assert decoded == text


@FAST
@given(any_text)
def test_sentence_splitter_spans_tile_the_text(text: str) -> None:
    doc = get_nlp()(text)
    previous_end = 0
    for sent in doc.sents:
        assert 0 <= sent.start_char <= sent.end_char <= len(text)
        assert sent.start_char >= previous_end
        assert text[sent.start_char : sent.end_char] == sent.text
        previous_end = sent.end_char


blocks = st.lists(
    st.builds(
        Block,
        kind=st.sampled_from(BLOCK_KINDS),
        text=corpus_text,
        page=st.one_of(st.none(), st.integers(1, 5)),
    ),
    max_size=12,
)


@FAST
@given(blocks)
def test_structure_assemble_and_sentences_keep_spans_inside_the_text(bs: list[Block]) -> None:
    from pipeline.ingest.parsed import ParsedDocument

    cleaned, _meta, refs = finish(bs)
    parsed = ParsedDocument("fuzz.txt", "text", "0" * 64, cleaned)
    doc = assemble(parsed, "fuzzdoc")
    for section in doc.sections:
        assert 0 <= section.char_start <= section.char_end <= len(doc.text)
    for s in split_sentences(doc):
        assert 0 <= s.char_start <= s.char_end <= len(doc.text)
        assert doc.text[s.char_start : s.char_end] == s.text
    assert all(r.number >= 0 for r in refs)


@settings(
    max_examples=max(40, EXAMPLES // 2), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(any_text, st.sampled_from(["x.txt", "x.md", "x.html", "x.nxml", "x.pdf"]))
def test_every_ingester_returns_a_document_or_a_document_error(text: str, name: str) -> None:
    try:
        parsed = parse_source(SourceFile(name, text.encode("utf-8")))
    except DocumentError as exc:
        assert exc.code and exc.message
        return
    doc = assemble(parsed, "fuzzdoc")
    assert all(0 <= s.char_start <= s.char_end <= len(doc.text) for s in doc.sections)


def test_mutated_real_inputs_become_documents_or_errors() -> None:
    """A short fuzz round (`make fuzz` runs the long one): every mutant is one or the other."""
    rng = random.Random(20260101)
    for name, data in real_input_bytes().items():
        for k in range(6):
            mutant = mutate(data, rng)
            result = process_document(SourceFile(f"m{k}_{name}", mutant), Settings(extract=False))
            assert bool(result.tables.get("documents")) != bool(result.errors), (name, k)
            for err in result.errors:
                assert err["error"] != "internal_error", (name, k, err["message"])
