"""Unit tests of the SQL guard (db/guard.py): pure, no database.

Data-driven: every case of tests/sql_cases/unsafe.sql must be refused with a reason, every case of
tests/sql_cases/legit.sql accepted, in each dialect the case lists; a hypothesis fuzz checks that the guard
only ever returns a GuardedSQL or raises UnsafeSQLError.
"""
from __future__ import annotations

import hashlib
import logging

import pytest
import sqlglot
import sqlparse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from db.errors import UnsafeSQLError, user_message
from db.guard import ALLOWED_FUNCTIONS, GuardedSQL, check_sql, format_sql
from settings import get_settings
from tests.sql_cases import DIALECTS, load_cases

UNSAFE = load_cases("unsafe")
LEGIT = load_cases("legit")
LAYERS = {"input", "parse", "ast", "tables", "functions", "output"}
ALLOWED = {"superstore"}


def _params(cases):
    return [pytest.param(c, d, id=f"{c.id}-{d}") for c in cases for d in c.dialects]


def guard(sql, dialect="duckdb", allowed=None, max_rows=1000):
    """check_sql with the demo allow-list."""
    return check_sql(sql, dialect=dialect, allowed_tables=ALLOWED if allowed is None else allowed, max_rows=max_rows)


def refused(sql, dialect="duckdb", **kw) -> UnsafeSQLError:
    with pytest.raises(UnsafeSQLError) as info:
        guard(sql, dialect, **kw)
    return info.value


# ---------------------------------------------------------------------------------------------- corpora


def test_corpora_are_big_enough():
    assert len(UNSAFE) >= 80 and len({c.id for c in UNSAFE}) == len(UNSAFE)
    assert len(LEGIT) >= 60 and len({c.id for c in LEGIT}) == len(LEGIT)
    for dialect in DIALECTS:
        assert sum(dialect in c.dialects for c in UNSAFE) >= 40, dialect


@pytest.mark.parametrize(("case", "dialect"), _params(UNSAFE))
def test_unsafe_statement_is_refused(case, dialect):
    err = refused(case.sql, dialect)
    assert err.layer in LAYERS
    assert err.message and len(err.message) < 200
    assert user_message(err).startswith("This query was refused: ")


@pytest.mark.parametrize(("case", "dialect"), _params(LEGIT))
def test_legit_query_is_accepted(case, dialect):
    g = guard(case.sql, dialect)
    assert isinstance(g, GuardedSQL)
    assert g.tables == ["superstore"]
    assert g.original == case.sql.strip()
    assert g.sql_hash == hashlib.sha256(g.sql.encode()).hexdigest()
    assert len([s for s in sqlparse.split(g.sql) if s.strip()]) == 1
    code = _code_outside_strings(g.sql)
    assert "--" not in code and "/*" not in code  # comments never reach the database
    again = guard(g.sql, dialect)  # the regenerated SQL passes the guard again, unchanged
    assert again.sql == g.sql


# ---------------------------------------------------------------------------------------------- input layer


@pytest.mark.parametrize("value", [None, 123, 4.5, b"SELECT 1", ["SELECT 1"], {"sql": "SELECT 1"}, object()])
def test_non_string_input_is_refused(value):
    err = refused(value)
    assert err.layer == "input" and "text" in err.message


@pytest.mark.parametrize("sql", ["", "   ", "\n\t", ";", " ; ; ", "-- nothing", "/* nothing */"])
def test_empty_input_is_refused(sql):
    err = refused(sql)
    assert err.layer in {"input", "parse"} and "empty" in err.message


def test_very_long_input_is_refused():
    limit = get_settings().max_sql_chars
    sql = "SELECT " + "1 + " * (limit // 4) + "1 FROM superstore"
    err = refused(sql)
    assert err.layer == "input" and "too long" in err.message


def test_deep_nesting_is_refused_not_crashing():
    sql = "SELECT " + "(" * 4000 + "1" + ")" * 4000 + " FROM superstore"
    err = refused(sql)
    assert err.layer in {"parse", "tables", "output"}


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1;\u200b DROP TABLE superstore",  # zero-width space
        "SELECT * FROM superstore\u200b",
        "SELECT\u202e * FROM superstore",  # right-to-left override
        "SELECT * FROM superstore\x00; DROP TABLE superstore",  # NUL byte
        "\ufeffSELECT * FROM superstore",  # byte order mark
        "SELECT * FROM superstore\u037e DROP TABLE superstore",  # Greek question mark looks like ';'
        "SELECT 1\uff1b DROP TABLE superstore",  # fullwidth semicolon
        "\uff24\uff32\uff2f\uff30 TABLE superstore",  # fullwidth DROP
        "SELECT * FROM superstor\u0435",  # Cyrillic e: another table name
        "SELECT * FROM superstore WHERE region = 'West'\u2028; DROP TABLE superstore",  # line separator
    ],
)
@pytest.mark.parametrize("dialect", DIALECTS)
def test_unicode_tricks_are_refused(sql, dialect):
    refused(sql, dialect)


def test_unicode_in_string_literals_is_fine():
    g = guard("SELECT COUNT(*) FROM superstore WHERE city = 'Zürich' OR city = '東京'")
    assert "Zürich" in g.sql and "東京" in g.sql


@pytest.mark.parametrize("dialect", ["oracle-ish", "", "no such dialect"])
def test_unknown_dialect_is_refused(dialect):
    err = refused("SELECT 1 FROM superstore", dialect)
    assert err.layer == "input"


def test_dialect_aliases():
    assert guard("SELECT region FROM superstore", "postgresql").sql.endswith("LIMIT 1001")


# ---------------------------------------------------------------------------------------------- tables layer


def test_allow_list_is_case_insensitive():
    assert guard("SELECT * FROM SuperStore", allowed={"SUPERSTORE"}).tables == ["superstore"]


def test_empty_allow_list_refuses_every_table():
    assert refused("SELECT * FROM superstore", allowed=set()).layer == "tables"


def test_tables_lists_every_real_table():
    allowed = {"orders", "customers", "products"}
    sql = ("WITH big AS (SELECT * FROM orders WHERE amount > 10) "
           "SELECT c.name FROM big b JOIN customers c ON b.customer_id = c.id "
           "WHERE b.product_id IN (SELECT id FROM products)")
    assert guard(sql, "postgres", allowed=allowed).tables == ["customers", "orders", "products"]


def test_cte_named_like_a_table_is_a_cte_in_its_scope():
    g = guard("WITH secrets AS (SELECT region FROM superstore) SELECT * FROM secrets")
    assert g.tables == ["superstore"]


def test_cte_cannot_reach_a_table_outside_the_allow_list():
    err = refused("WITH superstore AS (SELECT * FROM secrets) SELECT * FROM superstore")
    assert err.layer == "tables" and "secrets" in err.message


@pytest.mark.parametrize(("dialect", "schema"), [("duckdb", "main"), ("sqlite", "main"), ("postgres", "public")])
def test_default_schema_is_allowed_other_schemas_not(dialect, schema):
    assert guard(f"SELECT * FROM {schema}.superstore", dialect).tables == ["superstore"]
    assert refused("SELECT * FROM other.superstore", dialect).layer == "tables"
    assert refused(f"SELECT * FROM db.{schema}.superstore", dialect).layer == "tables"


# ---------------------------------------------------------------------------------------------- functions layer


def test_allowed_functions_is_exported_and_conservative():
    assert isinstance(ALLOWED_FUNCTIONS, frozenset)
    for name in ("sum", "avg", "count", "percentile_cont", "date_trunc", "row_number", "coalesce", "lower"):
        assert name in ALLOWED_FUNCTIONS
    for name in ("pg_sleep", "pg_read_file", "read_csv", "getenv", "load_extension", "version", "query",
                 "set_config", "current_setting", "dblink", "lo_import", "readfile", "writefile"):
        assert name not in ALLOWED_FUNCTIONS
    assert all(name == name.lower() for name in ALLOWED_FUNCTIONS)


@pytest.mark.parametrize("func", ["pg_sleep(1)", "getenv('HOME')", "version()", "current_setting('x')",
                                  "md5(region)", "random()", "uuid()", "current_user", "load_extension('x')"])
def test_unlisted_functions_are_refused(func):
    err = refused(f"SELECT {func} FROM superstore", "postgres")
    assert err.layer == "functions"


# ---------------------------------------------------------------------------------------------- output layer


def test_limit_is_added():
    assert guard("SELECT * FROM superstore", max_rows=50).sql == "SELECT * FROM superstore LIMIT 51"


def test_larger_limit_is_shrunk_and_order_kept():
    g = guard("SELECT row_id FROM superstore ORDER BY sales DESC LIMIT 5000", max_rows=100)
    assert g.sql == "SELECT row_id FROM superstore ORDER BY sales DESC LIMIT 101"


def test_smaller_limit_and_offset_are_kept():
    g = guard("SELECT row_id FROM superstore ORDER BY row_id LIMIT 5 OFFSET 10", max_rows=100)
    assert g.sql == "SELECT row_id FROM superstore ORDER BY row_id LIMIT 5 OFFSET 10"


def test_union_gets_its_limit_on_the_whole_set_operation():
    g = guard("SELECT region FROM superstore UNION SELECT segment FROM superstore ORDER BY 1", max_rows=9)
    assert g.sql == "SELECT region FROM superstore UNION SELECT segment FROM superstore ORDER BY 1 LIMIT 10"


@pytest.mark.parametrize("sql", ["SELECT row_id FROM superstore ORDER BY row_id LIMIT ALL",
                                 "SELECT row_id FROM superstore ORDER BY row_id FETCH FIRST 5000 ROWS ONLY",
                                 "(SELECT row_id FROM superstore ORDER BY row_id) LIMIT 3000"])
def test_unusual_limits_are_wrapped(sql):
    g = guard(sql, "postgres", max_rows=10)
    assert g.sql.startswith("SELECT * FROM (") and g.sql.endswith(") AS _q LIMIT 11")
    assert "ORDER BY row_id" in g.sql


def test_dialect_rewrites_keep_the_cap_on_the_outside():
    # sqlglot rewrites QUALIFY for PostgreSQL as a filtered subquery; the LIMIT must stay outermost.
    g = guard("SELECT region FROM superstore QUALIFY ROW_NUMBER() OVER (PARTITION BY region ORDER BY sales) = 1",
              "postgres", max_rows=10)
    assert g.sql.startswith("SELECT * FROM (") and g.sql.endswith(") AS _q LIMIT 11")
    assert g.sql.count("LIMIT") == 1


def test_sqlite_distinct_on_is_refused_not_rewritten_wrongly():
    err = refused("SELECT DISTINCT ON (region) region, sales FROM superstore ORDER BY region, sales DESC", "sqlite")
    assert err.layer == "ast" and "DISTINCT ON" in err.message


def test_max_rows_none_means_the_setting():
    assert guard("SELECT * FROM superstore", max_rows=None).sql.endswith(f"LIMIT {get_settings().max_rows + 1}")


def test_max_rows_zero_fetches_one_row_for_the_truncated_flag():
    assert guard("SELECT * FROM superstore", max_rows=0).sql.endswith("LIMIT 1")


def test_comments_are_dropped_from_the_regenerated_sql():
    g = guard("SELECT COUNT(*) /* ; DROP TABLE superstore; */ FROM superstore -- ; DELETE FROM superstore")
    assert "DROP" not in g.sql and "DELETE" not in g.sql
    assert g.original.startswith("SELECT COUNT(*) /*")


def test_string_literals_survive_regeneration():
    g = guard("SELECT COUNT(*) FROM superstore WHERE product_name = 'it''s; DROP TABLE superstore --'", "postgres")
    assert "'it''s; DROP TABLE superstore --'" in g.sql
    assert len(sqlparse.split(g.sql)) == 1


def test_format_sql():
    assert format_sql("select a, b from t where a > 1") == "SELECT a,\n       b\nFROM t\nWHERE a > 1"
    assert format_sql(None) == ""
    assert isinstance(format_sql("not sql at all (("), str)


# ---------------------------------------------------------------------------------------------- logging


def test_one_log_line_per_rejection_without_the_sql(caplog):
    attack = "SELECT pg_read_file('/etc/secret-marker') FROM superstore"
    with caplog.at_level(logging.DEBUG):
        refused(attack, "postgres")
    lines = [r for r in caplog.records if r.name == "guard"]
    assert len(lines) == 1
    record = lines[0]
    assert record.levelno == logging.INFO
    assert record.guard_layer == "functions"
    assert record.sql_sha256 == hashlib.sha256(attack.encode()).hexdigest()[:12]
    assert all("secret-marker" not in r.getMessage() for r in caplog.records)


def test_sqlglot_fallback_warnings_do_not_leak_the_sql(caplog):
    with caplog.at_level(logging.DEBUG):
        refused("LOAD 'secret-marker-extension'")
        refused("CALL secret_marker_proc()")
    assert all("secret-marker" not in r.getMessage() and "secret_marker" not in r.getMessage()
               for r in caplog.records)


def test_accepted_queries_are_not_logged(caplog):
    with caplog.at_level(logging.DEBUG, logger="guard"):
        guard("SELECT * FROM superstore")
    assert not [r for r in caplog.records if r.name == "guard"]


# ---------------------------------------------------------------------------------------------- fuzz

_LEGIT_SQL = [c.sql for c in LEGIT if "duckdb" in c.dialects]
_INSERTS = [";", "; DROP TABLE superstore", "--", "/*", "*/", "/* x */", "'", '"', "(", ")", " INTO t ",
            " FOR UPDATE", " UNION SELECT * FROM pg_user", " read_csv('x.csv') ", " LIMIT ", " OFFSET -1",
            " WITH x AS (DELETE FROM superstore RETURNING *) ", " pg_sleep(1) ", " $1 ", " ? ", "\x00", "\u200b",
            " COPY ", " ATTACH ", " PRAGMA ", " SET ", " FROM 'x.csv' ", " , ", " AND ", " OR 1=1 ", "\\", "$$",
            " RECURSIVE ", " information_schema.tables ", " main.", " sqlite_master "]


_WRITES = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter, exp.Into, exp.Lock,
           exp.Command, exp.Copy, exp.Attach, exp.Detach, exp.Pragma, exp.Set, exp.Install)


def _outcome(sql, dialect):
    """The guard's verdict; anything but GuardedSQL / UnsafeSQLError fails the test."""
    try:
        g = guard(sql, dialect)
    except UnsafeSQLError as exc:
        assert exc.layer in LAYERS and exc.message
        return None
    assert isinstance(g, GuardedSQL)
    assert set(g.tables) <= ALLOWED
    assert guard(g.sql, dialect).sql == g.sql  # what is accepted stays accepted after regeneration
    return g


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300), dialect=st.sampled_from(DIALECTS))
def test_fuzz_arbitrary_text(text, dialect):
    _outcome(text, dialect)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), dialect=st.sampled_from(DIALECTS))
def test_fuzz_mutated_sql(data, dialect):
    sql = data.draw(st.sampled_from(_LEGIT_SQL))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(sql)))
        sql = sql[:at] + data.draw(st.sampled_from(_INSERTS)) + sql[at:]
    g = _outcome(sql, dialect)
    if g is not None:
        code = _code_outside_strings(g.sql)
        assert ";" not in code and "--" not in code and "/*" not in code, (sql, g.sql)
        tree = sqlglot.parse_one(g.sql, read=dialect)
        assert isinstance(tree, exp.Query)
        assert not list(tree.find_all(*_WRITES)), (sql, g.sql)


def _code_outside_strings(sql: str) -> str:
    """The SQL text without its string literals (where attack words are harmless data)."""
    tokens = sqlparse.parse(sql)[0].flatten()
    return " ".join(t.value for t in tokens if t.ttype not in sqlparse.tokens.String.Single
                    and t.ttype not in sqlparse.tokens.Literal.String)
