"""JSON Lines read with their line numbers, so an error names the line a person has to fix.

Rule files, corrections and the accepted baseline are all edited or reviewed by hand; each
loader validates its own fields, this module only turns text into numbered JSON objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def json_objects(
    text: str, source: str, error: type[Exception] = ValueError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) per non-blank line; raise `error` naming the bad line.

    Splits on "\\n" only: the baseline escapes the other characters str.splitlines treats as
    line ends, and a rule or correction never contains them unescaped."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{source} line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise error(f"{source} line {number}: expected a JSON object")
        yield number, obj
