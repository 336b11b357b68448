"""Every output validates against the published JSON Schema of the contract."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from wirecoder.read import from_text


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    text = resources.files("wirecoder").joinpath("schema", "extraction.schema.json").read_text()
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_samples_validate(pipeline, samples, validator) -> None:
    docs = [from_text(s["text"], date=s["date"], id=s["id"], title=s["title"]) for s in samples]
    for result in pipeline.stream(docs):
        errors = [e.message for e in validator.iter_errors(result.to_dict())]
        assert not errors, (result.id, errors)
        assert result.status == "ok"


def test_error_records_validate_too(pipeline, validator) -> None:
    result = pipeline.extract("", id="empty")
    validator.validate(result.to_dict())


def test_the_schema_rejects_a_broken_record(validator) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"id": "x", "status": "fine"})
