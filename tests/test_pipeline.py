"""The pipeline runs one article or a stream, keeps order, isolates failures, chunks long text."""

from __future__ import annotations

import pytest

from wirecoder.config import Settings
from wirecoder.errors import ConfigError
from wirecoder.model import Document
from wirecoder.pipeline import Pipeline, check_order
from wirecoder.read import from_text
from wirecoder.stages.entities import Entities
from wirecoder.stages.parse import Parse, split_text


def test_extract_returns_the_contract_with_stage_names(pipeline) -> None:
    result = pipeline.extract(
        "Kenya and Ethiopia held talks in Nairobi.", date="2024-05-14", id="k1", title="Talks"
    )
    assert result.id == "k1" and result.status == "ok" and result.date == "2024-05-14"
    assert result.title == "Talks"
    assert result.meta["stages"] == [
        "parse.v1",
        "entities.v1",
        "actors.v1",
        "times.v1",
        "places.v1",
        "quotes.v1",
        "events.v1",
    ]
    assert {e.name for e in result.entities} >= {"Kenya", "Ethiopia", "Nairobi"}


def test_stream_keeps_input_order_across_batches() -> None:
    small = Pipeline(settings=Settings(batch_size=2))
    texts = [f"Report {i}: Kenya said talks would resume." for i in range(5)]
    ids = [r.id for r in small.stream(from_text(t, id=f"r{i}") for i, t in enumerate(texts))]
    assert ids == ["r0", "r1", "r2", "r3", "r4"]


class _Explodes:
    name = "explodes.v1"
    requires = ("parsed",)
    produces = ()

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.article.text:
            raise RuntimeError("the stage tripped")
        return doc


def test_a_stage_failing_on_one_article_marks_it_and_the_rest_come_out(blank_pipeline) -> None:
    stages = (*blank_pipeline.stages, _Explodes())
    pipe = Pipeline(settings=blank_pipeline.settings, stages=stages)
    docs = [
        from_text("calm one", id="a"),
        from_text("boom here", id="b"),
        from_text("calm two", id="c"),
    ]
    results = list(pipe.stream(docs))
    assert [r.status for r in results] == ["ok", "error", "ok"]
    assert "explodes.v1" in results[1].error and "the stage tripped" in results[1].error


def test_stage_order_is_checked_when_built() -> None:
    settings = Settings(model="blank:en")
    with pytest.raises(ConfigError, match="entities.v1 requires parsed"):
        check_order((Entities(settings=settings), Parse(settings=settings)))


def test_bad_input_documents_pass_through_as_errors(pipeline) -> None:
    result = pipeline.extract("   ", id="blank")
    assert result.status == "error" and "empty" in result.error
    assert result.entities == ()


def test_split_text_cuts_at_breaks_and_loses_nothing() -> None:
    text = ("Police detained ten protesters. " * 40 + "\n\n") * 30
    pieces = split_text(text, 2_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 2_000 for p in pieces)
    assert all(p.endswith(("\n\n", ". ")) for p in pieces[:-1])


def test_a_5mb_article_is_parsed_in_pieces_with_offsets_intact(blank_pipeline) -> None:
    paragraph = "The army said troops repelled an assault near Gao on Friday. " * 20
    text = (paragraph + "\n\n") * (5_000_000 // (len(paragraph) + 2) + 1)
    assert len(text) > 5_000_000
    parse = blank_pipeline.stages[0]
    doc = parse(from_text(text, id="big"))
    assert doc.error is None
    assert doc.parsed.text == text
    last = doc.parsed[-3]
    assert text[last.idx : last.idx + len(last.text)] == last.text


def test_articles_over_the_hard_limit_get_a_clear_error() -> None:
    pipe = Pipeline(settings=Settings(model="blank:en", chunk_chars=1_000, max_chars=2_000))
    result = pipe.extract("Talks resumed. " * 200, id="huge")
    assert (
        result.status == "error"
        and "over the limit" in result.error
        and "max_chars" in result.error
    )


def test_an_unknown_model_says_how_to_install_one() -> None:
    from wirecoder.errors import ModelNotFoundError

    pipe = Pipeline(settings=Settings(model="no_such_model_xyz"))
    with pytest.raises(ModelNotFoundError, match="pip install"):
        pipe.extract("Talks resumed.")


def test_the_stages_setting_selects_default_stages_and_checks_them() -> None:
    only = Pipeline(settings=Settings(model="blank:en", stages=("parse", "entities")))
    assert [s.name for s in only.stages] == ["parse.v1", "entities.v1"]
    with pytest.raises(ConfigError, match="unknown stage.*tiems.*known: parse, entities"):
        Pipeline(settings=Settings(model="blank:en", stages=("parse", "tiems")))
    with pytest.raises(ConfigError, match="requires parsed"):
        Pipeline(settings=Settings(model="blank:en", stages=("entities",)))
