"""Load the extraction rules (rules/*.jsonl, rules/cues.yaml), validated when they load.

Each JSONL line is one rule: id, label, pattern, note (+ fields a rule kind needs: ucum and
kind for units, route for routes, shape and span fields for quantities and populations; the
names they may take are in rule_fields.py). Token patterns are checked by spaCy's Matcher with
validate=True; phrase patterns (strings) are tokenized with the pipeline's own tokenizer. A
malformed rule is refused with its file, line and id."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pipeline.extract.cue_patterns import (
    CuePatterns,
    QuickCues,
    cue_patterns,
    field_names,
    quick_cues,
)
from pipeline.extract.decisions import DecisionTable, load_decisions
from pipeline.extract.matching import TokenRule, TokenRuleMatcher
from pipeline.extract.numwords import NUMBER_WORDS, parse_digits, parse_number
from pipeline.extract.quick_search import QuickPattern
from pipeline.extract.route_mentions import first_words, phrase_matchers
from pipeline.extract.rule_fields import (
    CODE_LISTS,
    EXTRA_FIELDS,
    POPULATIONS,
    QUANTITIES,
    RATIO_KIND,
    WORD_LISTS,
    RuleError,
    TokenRuleShape,
    check_after_labels,
    check_fields,
    token_rule_shape,
)
from pipeline.jsonl import json_objects
from pipeline.nlp import get_nlp, load_once
from pipeline.schema import KINDS

RULE_FILES = ("units.jsonl", "quantities.jsonl", "populations.jsonl", "routes.jsonl")
DECISIONS = "decisions.jsonl"
TOKEN_RULE_FILES = (QUANTITIES, POPULATIONS)  # token patterns, matched by extract/matching.py


# The rule files' folder. A variable, which a test points at files of its own (the module may
# be compiled by mypyc, whose calls between its own functions no patch reaches).
RULES_DIR = resources.files("pipeline.extract") / "rules"


def _read(name: str) -> str:
    return (RULES_DIR / name).read_text(encoding="utf-8")


def numbered_rules(name: str) -> list[tuple[str, dict[str, Any]]]:
    """The rules of one file, each with where it is ("quantities.jsonl line 3 (qty.range)"),
    checked: the fields every rule has, the fields its file allows, and their values."""
    rules: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    for lineno, rule in json_objects(_read(name), name, RuleError):
        where = f"{name} line {lineno}"
        missing = {"id", "label", "pattern", "note"} - set(rule)
        if missing:
            raise RuleError(f"{where}: missing {sorted(missing)}")
        if rule["id"] in seen:
            raise RuleError(f"{where}: duplicate rule id {rule['id']!r}")
        seen.add(rule["id"])
        where = f"{where} ({rule['id']})"
        unknown = set(rule) - {"id", "label", "pattern", "note"} - EXTRA_FIELDS.get(name, set())
        if unknown:
            raise RuleError(f"{where}: unknown field(s) {sorted(unknown)}")
        check_fields(rule, name, where)
        rules.append((where, rule))
    if name == QUANTITIES:
        check_after_labels(rules)
    return rules


def load_jsonl(name: str) -> list[dict[str, Any]]:
    return [rule for _, rule in numbered_rules(name)]


# The token tests behind the extension attributes the rule files name (`_: {qnum: true}`),
# as plain functions too: mentions.py calls them directly, which skips spaCy's per-access
# Underscore object on the hot path.
def is_qnum(t: Token) -> bool:
    """A numeral: "1,500", "0.37", ".04"."""
    return qnum_text(t.text)


def qnum_text(text: str) -> bool:
    return parse_digits(text) is not None


def is_count(t: Token) -> bool:
    """A whole number of people, in digits or words: "12", "Twenty-six"; past 100,000 only
    with its thousands separators ("877,778 children" in a registry study)."""
    return count_text(t.text)


def count_text(text: str) -> bool:
    value = parse_number(text)
    if value is None or value != int(value) or "." in text:
        return False
    return value < 100000 or ("," in text and value < 100_000_000)


# The extensions that read only a token's text: the Matcher tests them as lexeme flags.
TEXT_TESTS = {"qnum": qnum_text, "count": count_text}


_UNIT_ENTITY = get_string_id("UNIT")


def is_unit(t: Token) -> bool:
    """A unit merged into one token by unit_tokens.merge_units (entity type UNIT)."""
    return t.ent_type == _UNIT_ENTITY


# A merged unit's rule is kept in the Doc's user data under its character offset: setting
# extension attributes while retokenizing cost as much as the merge itself. (spaCy annotates
# user_data's keys as str; any hashable works, hence the two ignores.)
_UNIT_KEY = "lactpipe.unit"


def set_unit(doc: Doc, char_start: int, unit: UnitRule) -> None:
    doc.user_data[(_UNIT_KEY, char_start)] = unit  # type: ignore[index]


def unit_of(t: Token) -> UnitRule | None:
    """The unit rule of a token merged by unit_tokens.merge_units; None for any other token."""
    return t.doc.user_data.get((_UNIT_KEY, t.idx))  # type: ignore[call-overload]


def _unit_field(name: str) -> Callable[[Token], str]:
    def get(t: Token) -> str:
        unit = unit_of(t)
        return getattr(unit, name) if unit is not None else ""

    return get


def _register_extensions(cues: dict[str, Any]) -> None:
    person = set(cues["person_nouns"])
    stop = set(cues["population_filler_stop"])
    not_people = set(cues["not_people"])
    Token.set_extension("unit", getter=is_unit, force=True)
    for name, field_name in (
        ("unit_id", "id"),
        ("ucum", "ucum"),
        ("unit_kind", "kind"),
        ("unit_per", "per"),
    ):
        Token.set_extension(name, getter=_unit_field(field_name), force=True)
    Token.set_extension("qnum", getter=is_qnum, force=True)
    Token.set_extension("count", getter=is_count, force=True)
    Token.set_extension("person", getter=lambda t: t.lower_ in person, force=True)
    Token.set_extension(
        "pop_filler",
        getter=lambda t: (
            (t.text == "-" and t.i > 0 and t.nbor(-1).is_alpha)  # "50 formula-fed infants"
            or t.is_alpha
            and not t._.unit
            and t.lower_ not in stop
            and t.lower_ not in not_people
            and parse_number(t.text) is None
        ),
        force=True,
    )


def _native_predicates(cues: dict[str, Any]) -> dict[tuple[str, bool], dict[str, Any]]:
    """Extension predicates the Matcher can test natively, which is much faster than calling
    a Python getter on every token. The rule files keep the readable names; matched values are
    checked again in Python (a "ten" is LIKE_NUM but no quantity). Merged units carry the
    entity type UNIT (mentions.py), the only one: "no unit" is no entity type, tested in C."""
    not_filler = sorted(
        set(cues["population_filler_stop"]) | set(cues["not_people"]) | NUMBER_WORDS
    )
    return {
        ("qnum", True): {"LIKE_NUM": True},
        ("count", True): {"LIKE_NUM": True},
        ("person", True): {"LOWER": {"IN": sorted(cues["person_nouns"])}},
        ("person", False): {"LOWER": {"NOT_IN": sorted(cues["person_nouns"])}},
        ("unit", True): {"ENT_TYPE": "UNIT"},
        ("unit", False): {"ENT_TYPE": ""},
        ("pop_filler", True): {
            "TEXT": {"REGEX": r"^(?:[^\W\d_]+|-)$"},
            "LOWER": {"NOT_IN": not_filler},
            "ENT_TYPE": "",
        },
    }


def _both_excluding(a: object, b: object) -> bool:
    """Two NOT_IN tests on one attribute, which combine into one (the union of the lists)."""
    return all(isinstance(x, dict) and set(x) == {"NOT_IN"} for x in (a, b))


def _compile_token(
    spec: dict[str, Any], native: dict[tuple[str, bool], dict[str, Any]]
) -> dict[str, Any]:
    ext = spec.get("_")
    if not isinstance(ext, dict):
        return spec
    out = {k: v for k, v in spec.items() if k != "_"}
    rest = {}
    for name, value in ext.items():
        replacement = native.get((name, value)) if isinstance(value, bool) else None
        if replacement and all(
            k not in out or _both_excluding(out[k], v) for k, v in replacement.items()
        ):
            for k, v in replacement.items():
                out[k] = {"NOT_IN": sorted({*out[k]["NOT_IN"], *v["NOT_IN"]})} if k in out else v
        else:
            rest[name] = value
    if rest:
        out["_"] = rest
    return out


@dataclass(frozen=True)
class UnitRule:
    id: str
    ucum: str
    kind: str
    per: str


@dataclass
class Rules:
    nlp: Language
    unit_matchers: tuple[PhraseMatcher, PhraseMatcher]
    units: dict[str, UnitRule]  # match key -> rule (per written form)
    unit_forms: dict[str, UnitRule]  # lower-cased written form -> rule (for table headers)
    token_rules: TokenRuleMatcher  # quantities.jsonl and populations.jsonl
    token_shapes: dict[str, TokenRuleShape]  # Matcher key "label|id" -> what its match gives
    route_matchers: tuple[PhraseMatcher, PhraseMatcher]
    routes: dict[str, str]  # rule id -> route
    route_starts: tuple[frozenset[str], frozenset[str]]  # (exact, folded) forms' first words
    cues: dict[str, Any]
    cue: CuePatterns  # the cues.yaml patterns the code reads, typed
    quick: QuickCues  # the hottest of them, with a quick "no" first
    qualifiers: re.Pattern[str]  # any written qualifier right before a value
    qualifier_of: dict[str, str]  # written form (lower case) -> qualifier
    stats: list[tuple[str, re.Pattern[str]]]
    frequencies: list[tuple[re.Pattern[str], Any]]
    roles: list[tuple[str, re.Pattern[str]]]
    designs: list[tuple[str, QuickPattern]]
    decisions: DecisionTable  # rules/decisions.jsonl: what each number becomes and means
    not_drug: frozenset[str]  # cues.yaml not_drug_words
    dosage_forms: frozenset[str]  # cues.yaml dosage_forms
    drug_mentions: list[QuickPattern]  # cues.yaml drug_mentions (most sentences lack their words)
    substance_answers: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def no_substance(self, word: str) -> bool:
        """A word that names no substance where a dose or a page would name one: a cue word
        ("daily", "given"), a dosage form ("powder"), a word whose ending names no substance
        ("sprayed", "loading", "mastitis"), or a common English word ("provided", "birth") that
        is no body substance or salt (cues.yaml drug_name_max_zipf)."""
        word = word.lower()
        seen = self.substance_answers  # each word's answer once: values ask of the same words
        found = seen.get(word)
        if found is None:
            if len(seen) >= 65536:
                seen.clear()  # only bounds memory
            found = seen[word] = self._no_substance(word)
        return found

    def _no_substance(self, word: str) -> bool:
        from pipeline.ingest.hyphenation import zipf

        if (
            word in self.not_drug
            or word in self.dosage_forms
            or self.cue.no_name_ending.search(word)
        ):
            return True
        known = word in self.cues["body_substances"] or word in self.cues["salts"]
        return not known and zipf(word) >= self.cues["drug_name_max_zipf"]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"cues.yaml {where}: bad regular expression: {exc}") from exc


def _load_units() -> tuple[dict[str, UnitRule], list[tuple[str, str]]]:
    """(match key "id|form" -> unit, (match key, written form) pairs for the PhraseMatchers)."""
    units: dict[str, UnitRule] = {}
    unit_entries = []
    for rule in load_jsonl("units.jsonl"):
        for form in rule["pattern"]:
            key = f"{rule['id']}|{form}"
            ucum = rule.get("ucum_by_form", {}).get(form, rule["ucum"])
            per = rule.get("per_by_form", {}).get(form, rule.get("per", ""))
            units[key] = UnitRule(rule["id"], ucum, rule["kind"], per)
            unit_entries.append((key, form))
    return units, unit_entries


def _load_token_rules(
    nlp: Language, native: dict[tuple[str, bool], dict[str, Any]]
) -> tuple[list[TokenRule], dict[str, TokenRuleShape]]:
    token_rules: list[TokenRule] = []
    shapes: dict[str, TokenRuleShape] = {}
    for name in TOKEN_RULE_FILES:
        validator = Matcher(nlp.vocab, validate=True)
        for where, rule in numbered_rules(name):
            try:
                pattern = [_compile_token(spec, native) for spec in rule["pattern"]]
                key = f"{rule['label']}|{rule['id']}"
                validator.add(key, [pattern])
            except Exception as exc:  # spaCy raises several types for bad patterns
                raise RuleError(f"{where}: invalid pattern: {exc}") from exc
            if key in shapes:
                raise RuleError(f"{where}: {key!r} is already a rule's label|id")
            token_rules.append(TokenRule(name, key, pattern))
            shapes[key] = token_rule_shape(rule)
    return token_rules, shapes


def _salt_patterns(cues: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns built on the one salt list (cues.yaml `salts`)."""
    salts = "|".join(map(re.escape, cues["salts"]))
    return {
        "salts_after": _compile(rf"(?:\s+(?:{salts})\b)*", "salts"),
        # "metformin 500 mg", "magnesium sulfate 4 g": a drug right before a dose
        "drug_before": _compile(rf"([A-Za-z][A-Za-z-]{{2,}})(?:\s+(?:{salts}))?\s*$", "salts"),
        # "500 mg of magnesium", "1,500 mg calcium", "4 g of magnesium sulfate"
        "drug_after": _compile(
            r"^\s*(?:(?:once |twice |three times )?daily\s+)?(?:of\s+)?(?:elemental\s+)?"
            rf"([a-z][a-z-]{{2,}}(?:\s+(?:{salts}))?)",
            "salts",
        ),
    }


def _qualifier_forms(cues: dict[str, Any]) -> list[tuple[str, str]]:
    """(qualifier, written form), the longest forms first."""
    return sorted(
        ((q, form) for q, forms in cues["qualifiers"].items() for form in forms),
        key=lambda x: -len(x[1]),
    )


def _cue_patterns(
    cues: dict[str, Any], qualifiers: list[tuple[str, str]]
) -> dict[str, re.Pattern[str]]:
    # The cues the code reads (CuePatterns' fields); decision steps compile their own.
    rx = {k: _compile(cues[k], k) for k in sorted(field_names()) if isinstance(cues.get(k), str)}
    rx.update(_salt_patterns(cues))
    people = sorted(cues["person_nouns"], key=len, reverse=True)
    rx["people_words"] = _compile(
        r"\b(?:" + "|".join(map(re.escape, people)) + r")\b|\bn\s*[=:]", "person_nouns"
    )
    rx["exposure_before"] = _compile(
        "|".join(f"(?:{p})" for p in cues["exposure_before"]), "exposure_before"
    )
    rx["exposure_after"] = _compile(
        "|".join(f"(?:{p})" for p in cues["exposure_after"]), "exposure_after"
    )
    # Quick tests that rule out most text before the lists below are tried one by one: any
    # design at all, and a window that ends (but for spaces) in a qualifier's last character.
    rx["any_design"] = _compile(
        "|".join(f"(?:{'|'.join(p)})" for p in cues["designs"].values()), "designs"
    )
    last_chars = sorted({form[-1] for _, form in qualifiers})
    rx["qualifier_end"] = _compile(
        "[" + "".join(map(re.escape, last_chars)) + r"]\s*$", "qualifiers"
    )
    return rx


def _check_cues_used(
    cues: dict[str, Any], decision_lines: list[tuple[int, dict[str, Any]]]
) -> None:
    """Every cue is read by the code or named by a decision step: a cue nothing reads (a typo,
    a leftover) stops the rules loading rather than silently deciding nothing."""
    named = {
        c.get("cue")
        for _, step in decision_lines
        for key in ("when", "unless", "any")
        for c in step.get(key, [])
        if isinstance(c, dict)
    }
    unused = sorted(set(cues) - field_names() - CODE_LISTS - named)
    if unused:
        raise RuleError(f"cues.yaml: {unused} are read by no code and named by no decision step")


@load_once
def get_rules() -> Rules:
    nlp = get_nlp()
    cues = yaml.safe_load(_read("cues.yaml"))
    for key in WORD_LISTS:
        odd = [w for w in cues[key] if not isinstance(w, str)]
        if odd:
            raise RuleError(f"cues.yaml {key}: {odd} are not words: quote them")
    if not isinstance(cues["drug_name_max_zipf"], int | float):
        raise RuleError("cues.yaml drug_name_max_zipf: a number (wordfreq's Zipf scale)")
    _register_extensions(cues)

    units, unit_entries = _load_units()
    unit_kinds = {u.kind for u in units.values()} | {RATIO_KIND}
    decision_lines = list(json_objects(_read(DECISIONS), DECISIONS, RuleError))
    decisions = load_decisions(decision_lines, DECISIONS, cues, unit_kinds)
    token_rules, token_shapes = _load_token_rules(nlp, _native_predicates(cues))

    routes = {}
    route_entries = []
    for rule in load_jsonl("routes.jsonl"):
        routes[rule["id"]] = rule["route"]
        route_entries += [(rule["id"], form) for form in rule["pattern"]]

    qualifiers = _qualifier_forms(cues)
    cue = cue_patterns(_cue_patterns(cues, qualifiers))
    _check_cues_used(cues, decision_lines)
    unknown = set(cue.verdict_names_kind.groupindex) - set(KINDS)  # one group per kind code
    if unknown:
        raise RuleError(f"cues.yaml verdict_names_kind: groups not kinds: {sorted(unknown)}")
    return Rules(
        nlp=nlp,
        unit_matchers=phrase_matchers(nlp, unit_entries),
        units=units,
        unit_forms={k.split("|", 1)[1].lower(): u for k, u in units.items()},
        token_rules=TokenRuleMatcher(nlp.vocab, token_rules, TEXT_TESTS),
        token_shapes=token_shapes,
        route_matchers=phrase_matchers(nlp, route_entries),
        routes=routes,
        route_starts=first_words(nlp, [form for _, form in route_entries]),
        cues=cues,
        cue=cue,
        quick=quick_cues(cue),
        # One pattern for every written form, longest first: of two forms ending where the
        # value starts ("no more than", "more than"), the longer starts further left and wins.
        qualifiers=_compile(
            r"(?:^|[\s(\[,])(?P<form>"
            + "|".join(re.escape(form) for _, form in qualifiers)
            + r")\s*$",
            "qualifiers",
        ),
        qualifier_of={form.lower(): q for q, form in reversed(qualifiers)},
        stats=[(s, _compile("|".join(p), "stats")) for s, p in cues["stats"].items()],
        frequencies=[
            (_compile(f["pattern"], "frequencies"), f["per_day"]) for f in cues["frequencies"]
        ],
        roles=[
            (r, _compile("|".join(p), "population_roles"))
            for r, p in cues["population_roles"].items()
        ],
        designs=[
            (d, QuickPattern(_compile("|".join(p), "designs"))) for d, p in cues["designs"].items()
        ],
        decisions=decisions,
        not_drug=frozenset(cues["not_drug_words"]),
        dosage_forms=frozenset(cues["dosage_forms"]),
        drug_mentions=[QuickPattern(_compile(p, "drug_mentions")) for p in cues["drug_mentions"]],
    )
