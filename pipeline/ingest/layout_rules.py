"""Load the curator-editable layout rules (sections.yaml, boilerplate.yaml), validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


class RuleFileError(ValueError):
    """A rule file is malformed; the message names the file and the entry."""


def _load_yaml(name: str) -> object:
    text = resources.files("pipeline.ingest").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleFileError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


@dataclass(frozen=True)
class SectionRule:
    key: str
    level: int
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def section_rules() -> tuple[SectionRule, ...]:
    data = _load_yaml("sections.yaml")
    if not isinstance(data, list):
        raise RuleFileError("sections.yaml: expected a list of {key, headings}")
    rules = []
    for i, entry in enumerate(data):
        where = f"sections.yaml entry {i + 1}"
        if not isinstance(entry, dict) or "key" not in entry or "headings" not in entry:
            raise RuleFileError(f"{where}: needs 'key' and 'headings'")
        unknown = set(entry) - {"key", "headings", "level"}
        if unknown:
            raise RuleFileError(f"{where}: unknown fields {sorted(unknown)}")
        patterns = tuple(_compile(f"(?:{p})", where) for p in entry["headings"])
        rules.append(SectionRule(str(entry["key"]), int(entry.get("level", 1)), patterns))
    return tuple(rules)


def normalize_heading(heading: str) -> str:
    return re.sub(r"\s+", " ", heading).strip().rstrip(":.").strip()


@lru_cache(maxsize=1)
def _heading_matcher() -> re.Pattern[str]:
    """Every rule's patterns as one alternation, a named group per rule, in file order: one
    fullmatch per line instead of one per pattern (PDF layout asks this of many lines)."""
    rules = [
        f"(?P<rule{i}>{'|'.join(p.pattern for p in rule.patterns)})"
        for i, rule in enumerate(section_rules())
    ]
    return re.compile("|".join(rules), re.IGNORECASE)


def classify_heading(heading: str) -> SectionRule | None:
    """The first rule whose pattern matches the whole heading, or None (an `other` heading)."""
    m = _heading_matcher().fullmatch(normalize_heading(heading))
    if m is None:
        return None
    name = next(k for k, v in m.groupdict().items() if v is not None)
    return section_rules()[int(name.removeprefix("rule"))]


def is_known_heading(line: str) -> bool:
    """True for a LactMed-style heading we recognise by name (plain-text sources have no fonts)."""
    rule = classify_heading(line)
    return rule is not None and rule.key not in {
        "usage",
        "dosage",
        "side_effects",
        "interactions",
        "precautions",
    }


@dataclass(frozen=True)
class BoilerplateRules:
    drop_blocks: tuple[re.Pattern[str], ...]
    drop_sections: tuple[re.Pattern[str], ...]
    page_furniture: tuple[re.Pattern[str], ...]
    drop_rest: tuple[re.Pattern[str], ...] = ()
    not_title: tuple[re.Pattern[str], ...] = ()

    def names_no_title(self, line: str) -> bool:
        """A line near a page's top that is site furniture, not its headline (not_title)."""
        t = line.strip()
        return any(p.search(t) for p in self.not_title)

    def is_boilerplate(self, text: str) -> bool:
        t = text.strip()
        return any(p.search(t) for p in self.drop_blocks)

    def drops_section(self, heading: str) -> bool:
        t = normalize_heading(heading)
        return any(p.search(t) for p in self.drop_sections)

    def is_page_furniture(self, line: str) -> bool:
        t = line.strip()
        return any(p.search(t) for p in self.page_furniture)

    def ends_article(self, heading: str) -> bool:
        """A heading after which nothing is the page's own content (other posts, comments)."""
        t = normalize_heading(heading)
        return any(p.search(t) for p in self.drop_rest)


@lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    data = _load_yaml("boilerplate.yaml")
    if not isinstance(data, dict):
        raise RuleFileError("boilerplate.yaml: expected a mapping")
    out = {}
    for key in ("drop_blocks", "drop_sections", "page_furniture", "drop_rest", "not_title"):
        values = data.get(key, [])
        if not isinstance(values, list):
            raise RuleFileError(f"boilerplate.yaml: {key} must be a list")
        out[key] = tuple(_compile(p, f"boilerplate.yaml {key}") for p in values)
    unknown = set(data) - set(out)
    if unknown:
        raise RuleFileError(f"boilerplate.yaml: unknown keys {sorted(unknown)}")
    return BoilerplateRules(**out)
