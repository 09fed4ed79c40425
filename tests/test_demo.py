"""The demo warehouse generator: determinism, value domains, sizes, money logic, atomic builds, the CLI.

Each test builds its own small DuckDB files in a tmp dir (0.2 s for 10 000 rows) and reads them with plain
read-only connections; no mocks.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from db import demo
from db.demo import COLUMNS, build_demo, ensure_demo_db, main

ROOT = Path(__file__).resolve().parents[1]

REGION_STATES = {
    "West": {"California", "Washington", "Oregon", "Arizona", "Colorado", "Utah", "Nevada", "New Mexico", "Idaho",
             "Montana", "Wyoming"},
    "East": {"New York", "Pennsylvania", "Ohio", "Massachusetts", "New Jersey", "Connecticut", "Delaware", "Maryland",
             "Rhode Island", "New Hampshire", "Vermont", "Maine", "District of Columbia", "West Virginia"},
    "Central": {"Texas", "Illinois", "Michigan", "Indiana", "Wisconsin", "Minnesota", "Missouri", "Iowa", "Kansas",
                "Nebraska", "Oklahoma", "South Dakota", "North Dakota"},
    "South": {"Florida", "Georgia", "North Carolina", "Virginia", "Tennessee", "Kentucky", "Alabama", "Louisiana",
              "Mississippi", "Arkansas", "South Carolina"},
}
CATEGORIES = {
    "Furniture": {"Bookcases", "Chairs", "Furnishings", "Tables"},
    "Office Supplies": {"Appliances", "Art", "Binders", "Envelopes", "Fasteners", "Labels", "Paper", "Storage",
                        "Supplies"},
    "Technology": {"Accessories", "Copiers", "Machines", "Phones"},
}
CHECKSUM = "SELECT md5(string_agg(s::VARCHAR, '|' ORDER BY row_id)) FROM superstore s"


def _query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _one(path: Path, sql: str):
    return _query(path, sql)[0][0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The default demo: 10 000 rows, seed 42."""
    return build_demo(tmp_path_factory.mktemp("demo") / "superstore.duckdb")


# ---- shape and determinism ------------------------------------------------------------------------------------

def test_table_has_exactly_the_superstore_columns(demo_file):
    described = _query(demo_file, "DESCRIBE superstore")
    assert tuple(r[0] for r in described) == COLUMNS
    types = {r[0]: r[1] for r in described}
    assert types["order_date"] == types["ship_date"] == "DATE"
    assert types["sales"] == types["profit"] == types["discount"] == "DOUBLE"
    assert types["quantity"] == "INTEGER" and types["postal_code"] == "VARCHAR"
    assert [r[0] for r in _query(demo_file, "SHOW TABLES")] == ["superstore"]


def test_same_seed_same_content_other_seed_other_content(tmp_path):
    a = build_demo(tmp_path / "a.duckdb", rows=2000, seed=7)
    b = build_demo(tmp_path / "b.duckdb", rows=2000, seed=7)
    c = build_demo(tmp_path / "c.duckdb", rows=2000, seed=8)
    assert _one(a, CHECKSUM) == _one(b, CHECKSUM)
    assert _one(a, CHECKSUM) != _one(c, CHECKSUM)


def test_counts_are_in_range(demo_file):
    rows, orders, customers, products, names = _query(demo_file, """
        SELECT count(*), count(DISTINCT order_id), count(DISTINCT customer_id), count(DISTINCT product_id),
               count(DISTINCT customer_name) FROM superstore""")[0]
    assert rows == 10_000
    assert 4_000 <= orders <= 6_000
    assert 600 <= customers <= 900 and names == customers
    assert 1_400 <= products <= 1_900
    assert _one(demo_file, "SELECT count(*) = count(DISTINCT row_id) AND min(row_id) = 1 FROM superstore")


def test_ids_are_unique_per_entity(demo_file):
    # one customer per id, one product per id, one date / ship mode / customer per order
    assert _one(demo_file, """SELECT max(n) FROM (SELECT count(DISTINCT (customer_name, segment)) n
                              FROM superstore GROUP BY customer_id)""") == 1
    assert _one(demo_file, """SELECT max(n) FROM (SELECT count(DISTINCT (product_name, sub_category)) n
                              FROM superstore GROUP BY product_id)""") == 1
    assert _one(demo_file, """SELECT max(n) FROM (SELECT count(DISTINCT (order_date, ship_date, ship_mode,
                              customer_id, city, postal_code)) n FROM superstore GROUP BY order_id)""") == 1
    assert _one(demo_file, r"SELECT bool_and(regexp_matches(order_id, '^(CA|US)-20\d\d-\d{6,}$')) FROM superstore")
    assert _one(demo_file, r"SELECT bool_and(regexp_matches(product_id, '^(FUR|OFF|TEC)-[A-Z]{2}-1\d{7}$')) "
                           "FROM superstore")
    assert _one(demo_file, "SELECT bool_and(year(order_date) = CAST(split_part(order_id, '-', 2) AS INT)) "
                           "FROM superstore")


# ---- value domains --------------------------------------------------------------------------------------------

def test_value_domains(demo_file):
    def distinct(col: str) -> set:
        return {r[0] for r in _query(demo_file, f"SELECT DISTINCT {col} FROM superstore")}

    assert distinct("region") == set(REGION_STATES)
    assert distinct("segment") == {"Consumer", "Corporate", "Home Office"}
    assert distinct("ship_mode") == {"First Class", "Same Day", "Second Class", "Standard Class"}
    assert distinct("country") == {"United States"}
    assert distinct("category") == set(CATEGORIES)
    for category, subs in CATEGORIES.items():
        assert {r[0] for r in _query(demo_file, f"SELECT DISTINCT sub_category FROM superstore "
                                                f"WHERE category = '{category}'")} == subs
    assert len(distinct("state")) >= 40
    assert len(distinct("city")) >= 100
    assert {"New York City", "Los Angeles", "San Francisco", "Seattle", "Philadelphia", "Houston", "Chicago"} \
        <= distinct("city")


def test_states_are_in_their_census_region(demo_file):
    for region, state in _query(demo_file, "SELECT DISTINCT region, state FROM superstore"):
        assert state in REGION_STATES[region], (region, state)


def test_cities_have_plausible_postal_codes(demo_file):
    assert _one(demo_file, r"SELECT bool_and(regexp_matches(postal_code, '^\d{5}$')) FROM superstore")
    codes = dict(_query(demo_file, "SELECT city, min(postal_code) FROM superstore "
                                   "WHERE city IN ('New York City', 'Los Angeles', 'Seattle', 'Houston') GROUP BY 1"))
    assert codes["New York City"].startswith("10") and codes["Los Angeles"].startswith("90")
    assert codes["Seattle"].startswith("98") and codes["Houston"].startswith("77")
    # a postal code belongs to one city
    assert _one(demo_file, "SELECT max(n) FROM (SELECT count(DISTINCT (city, state)) n FROM superstore "
                           "GROUP BY postal_code)") == 1


def test_product_names_are_realistic(demo_file):
    names = dict(_query(demo_file, "SELECT sub_category, any_value(product_name) FROM superstore GROUP BY 1"))
    assert "Binder" in names["Binders"] or "Binding" in names["Binders"]
    assert "Copier" in names["Copiers"]
    assert "Table" in names["Tables"]


# ---- dates ----------------------------------------------------------------------------------------------------

def test_ship_date_after_order_date_by_ship_mode(demo_file):
    assert _one(demo_file, "SELECT bool_and(ship_date > order_date) FROM superstore")
    spans = {r[0]: (r[1], r[2]) for r in _query(
        demo_file, "SELECT ship_mode, min(ship_date - order_date), max(ship_date - order_date) FROM superstore "
                   "GROUP BY 1")}
    assert spans["Same Day"] == (1, 1)
    assert spans["Standard Class"] == (4, 7)
    assert spans["First Class"][1] <= 3 and spans["Second Class"][1] <= 5


def test_order_dates_grow_and_peak_at_year_end(demo_file):
    lo, hi = _query(demo_file, "SELECT min(order_date), max(order_date) FROM superstore")[0]
    assert lo.year == 2014 and hi.year == 2017
    per_year = dict(_query(demo_file, "SELECT year(order_date), count(*) FROM superstore GROUP BY 1"))
    assert per_year[2014] < per_year[2015] < per_year[2017]
    per_month = dict(_query(demo_file, "SELECT month(order_date), count(*) FROM superstore GROUP BY 1"))
    assert min(per_month[11], per_month[12]) > 1.5 * max(per_month[1], per_month[2])


# ---- money ----------------------------------------------------------------------------------------------------

def test_money_is_plausible(demo_file):
    assert _one(demo_file, "SELECT bool_and(discount BETWEEN 0 AND 0.8 AND sales > 0 AND quantity BETWEEN 1 AND 14) "
                           "FROM superstore")
    assert _one(demo_file, "SELECT bool_and(round(sales, 4) = sales AND round(profit, 4) = profit) FROM superstore")
    avg = dict(_query(demo_file, "SELECT sub_category, avg(sales) FROM superstore GROUP BY 1"))
    assert avg["Copiers"] > 1000 and avg["Machines"] > 500 and avg["Fasteners"] < 40
    assert avg["Copiers"] > 20 * avg["Fasteners"]
    total_sales, total_profit = _query(demo_file, "SELECT sum(sales), sum(profit) FROM superstore")[0]
    assert 1_000_000 < total_sales < 4_000_000
    assert 0.05 < total_profit / total_sales < 0.25


def test_loss_makers_and_profitable_sub_categories(demo_file):
    profit = dict(_query(demo_file, "SELECT sub_category, sum(profit) FROM superstore GROUP BY 1"))
    assert profit["Tables"] < 0
    assert profit["Bookcases"] < 0 and profit["Supplies"] < 0
    assert profit["Copiers"] > 0 and profit["Phones"] > 0 and profit["Paper"] > 0


def test_discounts_drive_losses_and_depend_on_region(demo_file):
    loss_d, gain_d = _query(demo_file, "SELECT avg(discount) FILTER (profit < 0), avg(discount) FILTER (profit > 0) "
                                       "FROM superstore")[0]
    assert loss_d > 2 * gain_d
    assert _one(demo_file, "SELECT bool_and(profit < 0) FROM superstore WHERE discount >= 0.6")
    by_region = dict(_query(demo_file, "SELECT region, avg(discount) FROM superstore GROUP BY 1"))
    assert by_region["Central"] > by_region["West"]


# ---- scale ----------------------------------------------------------------------------------------------------

def test_small_builds_work_and_scale_counts(tmp_path):
    tiny = build_demo(tmp_path / "tiny.duckdb", rows=1, seed=3)
    assert _one(tiny, "SELECT count(*) FROM superstore") == 1
    small = build_demo(tmp_path / "small.duckdb", rows=300, seed=3)
    rows, customers, products = _query(small, "SELECT count(*), count(DISTINCT customer_id), "
                                              "count(DISTINCT product_id) FROM superstore")[0]
    assert rows == 300 and customers <= 30 and products <= 200


def test_chunked_build_is_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK_LINES", 997)
    path = build_demo(tmp_path / "chunks.duckdb", rows=5000, seed=1)
    assert _query(path, "SELECT count(*), count(DISTINCT row_id), min(row_id), max(row_id) FROM superstore")[0] \
        == (5000, 5000, 1, 5000)
    assert _one(path, "SELECT bool_and(ship_date > order_date) FROM superstore")


def test_rejects_bad_row_counts(tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        build_demo(tmp_path / "x.duckdb", rows=0)


# ---- atomic builds and ensure_demo_db -------------------------------------------------------------------------

def test_failed_build_keeps_the_old_file_and_leaves_no_temp_files(tmp_path, monkeypatch):
    path = build_demo(tmp_path / "db.duckdb", rows=200, seed=1)
    before = _one(path, CHECKSUM)

    def explode(con, rows, seed):
        con.execute("CREATE TABLE superstore (x INTEGER)")
        raise KeyboardInterrupt  # like a Ctrl-C in the middle of a build

    monkeypatch.setattr(demo, "_write", explode)
    with pytest.raises(KeyboardInterrupt):
        build_demo(path, rows=200, seed=2)
    assert _one(path, CHECKSUM) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb"]


def test_rebuild_replaces_the_file(tmp_path):
    path = build_demo(tmp_path / "db.duckdb", rows=200, seed=1)
    build_demo(path, rows=300, seed=1)
    assert _one(path, "SELECT count(*) FROM superstore") == 300
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb"]


def test_ensure_builds_once(tmp_path):
    path = tmp_path / "sub" / "superstore.duckdb"
    assert ensure_demo_db(path) == path
    assert _one(path, "SELECT count(*) FROM superstore") == 10_000
    mtime = path.stat().st_mtime_ns
    assert ensure_demo_db(path) == path
    assert path.stat().st_mtime_ns == mtime


def test_ensure_is_safe_for_concurrent_processes(tmp_path):
    path = tmp_path / "shared.duckdb"
    code = f"from db.demo import ensure_demo_db; ensure_demo_db({str(path)!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stderr=subprocess.PIPE)
             for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert _one(path, "SELECT count(*) FROM superstore") == 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.duckdb"]


def test_ensure_removes_temp_files_of_dead_builds(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    stale = tmp_path / f".superstore.{dead_pid}.0123abcd.tmp.duckdb"
    stale_wal = tmp_path / f".superstore.{dead_pid}.0123abcd.tmp.duckdb.wal"
    alive = tmp_path / f".superstore.{os.getpid()}.0123abcd.tmp.duckdb"  # a build still running: kept
    for p in (stale, stale_wal, alive):
        p.write_bytes(b"half a file")
    ensure_demo_db(tmp_path / "superstore.duckdb")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["superstore.duckdb", alive.name])


# ---- CLI ------------------------------------------------------------------------------------------------------

def test_cli_builds_the_file(tmp_path, capsys):
    out = tmp_path / "cli.duckdb"
    assert main(["--rows", "500", "--out", str(out), "--seed", "5"]) == 0
    assert "500 rows" in capsys.readouterr().out
    assert _one(out, "SELECT count(*) FROM superstore") == 500


def test_cli_bad_input_gives_a_message_not_a_traceback(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--rows", "0", "--out", str(tmp_path / "x.duckdb")])
    assert exc.value.code == 2
    assert "--rows must be at least 1" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--rows", "10", "--out", str(blocker / "x.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "Could not build the demo database" in err and "Traceback" not in err


def test_cli_as_a_module(tmp_path):
    out = tmp_path / "module.duckdb"
    proc = subprocess.run([sys.executable, "-m", "db.demo", "--rows", "100", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _one(out, "SELECT count(*) FROM superstore") == 100


def test_the_demo_url_builds_the_file_before_any_query(tmp_path, monkeypatch):
    """`Pipeline.from_url(None)` (get_database(None)) builds a missing demo file at once, as the API promises: a scorer
    reads it with its own connection before the pipeline runs a query."""
    from db import engines

    path = tmp_path / "superstore.duckdb"
    monkeypatch.setattr(engines, "DEMO_DB_PATH", path)
    db = engines.get_database(None)
    try:
        assert path.exists() and db.kind == "duckdb"
    finally:
        engines.close_database(f"duckdb:///{path}")
