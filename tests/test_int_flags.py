"""Yes/no flags stored as integers 0/1 (SQLite has no boolean type; exports often keep INTEGER flags).

The linker reads `is_vegan INTEGER` like a boolean ("vegan products", "non-vegan", "share of vegan"), and the SQL
compares it with 1 / 0 instead of using the integer as a truth value (which PostgreSQL would refuse).
"""
from __future__ import annotations

import sqlite3

import duckdb
import pytest

from agents.pipeline import Pipeline

ROWS = [(1, "Sourdough", 1, 4.5), (2, "Croissant", 0, 2.0), (3, "Rye", 1, 5.0), (4, "Eclair", 0, 3.5),
        (5, "Bagel", 1, 1.5)]
CASES = [
    ("how many products are vegan?", "= 1", [(3,)]),
    ("average price of non-vegan products", "= 0", [(2.75,)]),
    ("what share of products are vegan?", "= 1", [(0.6,)]),
]


def _build(path, connect) -> None:
    con = connect(str(path))
    con.execute("CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name VARCHAR, is_vegan INTEGER, "
                "unit_price DOUBLE)")
    con.executemany("INSERT INTO products VALUES (?, ?, ?, ?)", ROWS)
    con.commit()
    con.close()


@pytest.fixture(scope="module", params=["sqlite", "duckdb"])
def pipeline(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("flags") / f"shop.{request.param}"
    _build(path, sqlite3.connect if request.param == "sqlite" else duckdb.connect)
    return Pipeline.from_url(f"{request.param}:///{path}")


@pytest.mark.parametrize("question,sql_part,rows", CASES, ids=[c[0] for c in CASES])
def test_integer_flag_reads_like_a_boolean(pipeline, question, sql_part, rows):
    result = pipeline.ask(question, pipeline.new_session())
    assert result.error is None, result.error
    assert f"is_vegan {sql_part}" in result.sql
    got = [tuple(round(v, 6) for v in r) for r in result.data.itertuples(index=False)]
    assert got == rows, result.sql
