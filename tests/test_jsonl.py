import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.rules import RuleError
from pipeline.jsonl import json_objects

json_scalars = st.none() | st.booleans() | st.integers() | st.text()
objects = st.dictionaries(st.text(), json_scalars, max_size=4)


@given(st.lists(objects, max_size=5))
def test_json_objects_round_trip_with_line_numbers(rows):
    text = "\n\n".join(json.dumps(r) for r in rows) + "\n"
    got = list(json_objects(text, "t.jsonl"))
    assert [obj for _, obj in got] == rows
    assert [n for n, _ in got] == [2 * i + 1 for i in range(len(rows))]


def test_bad_line_is_named_with_the_callers_error_type():
    text = '{"a": 1}\n\n{"a": \n'
    with pytest.raises(RuleError, match=r"^units.jsonl line 3: not valid JSON"):
        list(json_objects(text, "units.jsonl", RuleError))


def test_a_line_that_is_not_an_object_is_refused():
    with pytest.raises(ValueError, match="line 2: expected a JSON object"):
        list(json_objects('{"a": 1}\n[1, 2]\n', "c.jsonl"))
