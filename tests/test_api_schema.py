"""Property-based test of the REST API from its own OpenAPI document (schemathesis): no 5xx for any input.

Bounded (30 generated requests per operation, derandomised) so it stays well under a minute on 2 cores.
The schema is loaded at import (schemathesis' lazy `from_fixture` loader does not work with pytest 9), from an
app that opens nothing before its first request; a fixture points it at the test demo DuckDB and a temp store.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error

from api.main import create_app
from settings import get_settings

APP = create_app(get_settings().replace(llm_order="offline", api_rate_limit_per_min=0))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _test_databases(demo_url, tmp_path_factory):
    state = APP.state.api
    state.db_url = demo_url
    state.store_url = f"sqlite:///{tmp_path_factory.mktemp('api-schema') / 'app.db'}"


@schema.parametrize()
@hypothesis_settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_error_for_generated_requests(case):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, response.text
