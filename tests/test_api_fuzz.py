"""A bounded schemathesis run against the API's OpenAPI schema: no input makes the server fail.

Every operation gets generated requests (valid and invalid) through the ASGI app; the checks are
that none answers with a server error and that every response matches its documented schema.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency")
from hypothesis import HealthCheck, settings  # noqa: E402 - after the skip above
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402

from webdata import FakePipeline, build_database  # noqa: E402
from wirecoder.api.app import create_app  # noqa: E402
from wirecoder.api.deps import ApiConfig, get_pipeline  # noqa: E402


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory: pytest.TempPathFactory):
    db = build_database(tmp_path_factory.mktemp("fuzz") / "web.db")
    app = create_app(ApiConfig(db=str(db), max_page=100))
    app.dependency_overrides[get_pipeline] = lambda: FakePipeline([])  # codes nothing: fast
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


schema = schemathesis.pytest.from_fixture("web_schema")


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_request_makes_the_server_fail(case) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
