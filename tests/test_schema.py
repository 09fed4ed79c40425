"""Schema introspection on real databases: the demo DuckDB, small DuckDB schemas with declared and undeclared
foreign keys, SQLite files and a real PostgreSQL (fixture `pg_url`)."""
from __future__ import annotations

import json
import sqlite3
import time
import uuid

import duckdb
import pytest

from db.engines import close_database, get_database
from db.schema import MAX_VALUES, Column, Schema, Table, column_kind, infer_foreign_keys, introspect


def _duckdb_file(path, *statements: str) -> str:
    con = duckdb.connect(str(path))
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()
    return f"duckdb:///{path}"


@pytest.fixture
def open_url():
    """get_database(url) for the test, closed afterwards."""
    urls = []

    def opener(url: str, **kwargs):
        urls.append(url)
        return get_database(url, **kwargs)

    yield opener
    for url in urls:
        close_database(url)


# ---- the demo database ----------------------------------------------------------------------------------------

def test_demo_schema(demo_url):
    db = get_database(demo_url)
    db.allowed_tables()
    started = time.perf_counter()
    schema = introspect(db)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"introspection took {elapsed:.2f} s"
    assert schema.dialect == "duckdb"
    assert list(schema.tables) == ["superstore"]
    table = schema.tables["superstore"]
    assert table.row_count == 10_000
    assert len(table.columns) == 21 and table.columns[0].name == "row_id"
    assert len(table.sample_rows) == 3 and set(table.sample_rows[0]) == {c.name for c in table.columns}
    kinds = {c.name: c.kind for c in table.columns}
    assert kinds["order_date"] == "date" and kinds["sales"] == "number" and kinds["region"] == "text"
    assert kinds["quantity"] == "number" and kinds["postal_code"] == "text"
    region = table.column("REGION")
    assert region.values == ["Central", "East", "South", "West"] and region.n_distinct == 4
    assert len(table.column("sub_category").values) == 17
    assert table.column("row_id").n_distinct == 10_000
    names = table.column("customer_name")  # ~800 people: in the value index, so "sales for <name>" links
    assert names.values and len(names.values) == names.n_distinct
    assert table.column("order_id").values is None  # ~5,000 ids: above MAX_VALUES, not in the value index
    assert table.column("sales").values is None  # numbers never get values
    assert table.column("order_date").samples and isinstance(table.column("order_date").samples[0], str)


def test_demo_value_index_and_json(demo_url):
    schema = get_database(demo_url).schema()
    index = schema.value_index()
    assert index["west"] == [("superstore", "region", "West")]
    assert index["technology"] == [("superstore", "category", "Technology")]
    assert index["same day"] == [("superstore", "ship_mode", "Same Day")]
    assert ("superstore", "city", "New York City") in index["new york city"]
    assert schema.value_index() is index  # cached
    data = json.loads(json.dumps(schema.to_dict()))
    assert data["dialect"] == "duckdb"
    assert data["tables"]["superstore"]["row_count"] == 10_000
    assert "_value_index" not in data


def test_database_caches_the_schema(demo_url):
    db = get_database(demo_url)
    assert db.schema() is db.schema()
    assert db.schema(refresh=True) is not None


# ---- DuckDB: keys ---------------------------------------------------------------------------------------------

def test_duckdb_declared_foreign_key(tmp_path, open_url):
    url = _duckdb_file(
        tmp_path / "shop.duckdb",
        "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, vip BOOLEAN)",
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "amount DECIMAL(10, 2), placed_at TIMESTAMP, tags VARCHAR[])",
        "INSERT INTO customers VALUES (1, 'Ann', true), (2, 'Bob', false)",
        "INSERT INTO orders VALUES (10, 1, 9.99, '2024-01-02 10:00', ['a']), (11, 2, 20, '2024-01-03 11:00', [])",
    )
    schema = open_url(url).schema()
    assert sorted(schema.tables) == ["customers", "orders"]
    customers, orders = schema.tables["customers"], schema.tables["orders"]
    assert customers.primary_key == ["customer_id"] and customers.column("customer_id").primary_key
    assert not customers.column("name").nullable and customers.column("vip").kind == "bool"
    assert orders.foreign_keys == [type(orders.foreign_keys[0])("customer_id", "customers", "customer_id", False)]
    kinds = {c.name: c.kind for c in orders.columns}
    assert kinds == {"order_id": "number", "customer_id": "number", "amount": "number", "placed_at": "datetime",
                     "tags": "other"}
    assert orders.column("tags").n_distinct is None
    assert orders.sample_rows[0]["amount"] == 9.99 and orders.sample_rows[0]["placed_at"].startswith("2024-01-02")
    assert customers.column("name").values == ["Ann", "Bob"]
    json.dumps(schema.to_dict())


def test_duckdb_inferred_foreign_keys(tmp_path, open_url):
    url = _duckdb_file(
        tmp_path / "loose.duckdb",
        "CREATE TABLE customers (id INTEGER, name VARCHAR)",
        "CREATE TABLE categories (category_id VARCHAR, label VARCHAR)",
        "CREATE TABLE orders (id INTEGER, customer_id INTEGER, category_id VARCHAR, status_id INTEGER, "
        "warehouse_id INTEGER)",
        "CREATE TABLE warehouses (code INTEGER PRIMARY KEY)",  # key has another name: no inference
        "INSERT INTO customers VALUES (1, 'Ann')",
        "INSERT INTO categories VALUES ('c1', 'Toys')",
        "INSERT INTO orders VALUES (1, 1, 'c1', 3, 4)",
    )
    orders = open_url(url).schema().tables["orders"]
    fks = {(f.column, f.ref_table, f.ref_column, f.inferred) for f in orders.foreign_keys}
    assert fks == {("customer_id", "customers", "id", True), ("category_id", "categories", "category_id", True)}
    assert orders.primary_key == []


def test_type_mismatch_is_not_inferred():
    tables = {"users": Table("users", [Column("id", "VARCHAR", "text")], primary_key=["id"]),
              "posts": Table("posts", [Column("user_id", "INTEGER", "number")])}
    infer_foreign_keys(tables)
    assert tables["posts"].foreign_keys == []


def test_allow_list_limits_tables_and_keys(tmp_path, open_url):
    url = _duckdb_file(
        tmp_path / "two.duckdb",
        "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, region VARCHAR)",
        "CREATE TABLE orders (order_id INTEGER, customer_id INTEGER REFERENCES customers(customer_id))",
        "CREATE TABLE secrets (password VARCHAR)",
        "INSERT INTO customers VALUES (1, 'West')",
        "INSERT INTO secrets VALUES ('hunter2')",
    )
    schema = open_url(url, allowed_tables={"orders"}).schema()
    assert list(schema.tables) == ["orders"]
    assert schema.tables["orders"].foreign_keys == []
    assert "hunter2" not in json.dumps(schema.to_dict()) and "west" not in schema.value_index()


def test_values_cut_off_and_empty_tables(tmp_path, open_url):
    url = _duckdb_file(
        tmp_path / "card.duckdb",
        f"CREATE TABLE t AS SELECT 'v' || (i % {MAX_VALUES}) AS exact_max, 'w' || i AS too_many, "
        f"CASE WHEN i % 2 = 0 THEN NULL ELSE 'x' END AS with_nulls FROM range({5 * MAX_VALUES}) r(i)",
        'CREATE TABLE "Empty Table" (name VARCHAR, "Odd ""Col""" INTEGER)',
        "CREATE VIEW v AS SELECT with_nulls FROM t",
    )
    schema = open_url(url).schema()
    t = schema.tables["t"]
    assert len(t.column("exact_max").values) == MAX_VALUES
    assert t.column("too_many").values is None and t.column("too_many").n_distinct == 5 * MAX_VALUES
    assert t.column("with_nulls").values == ["x"]
    empty = schema.table("empty table")
    assert empty.name == "Empty Table" and empty.row_count == 0 and empty.sample_rows == []
    assert empty.column('odd "col"') is not None
    assert schema.tables["v"].column("with_nulls").values == ["x"]


def test_value_index_spans_tables():
    schema = Schema("duckdb", {
        "a": Table("a", [Column("region", "VARCHAR", "text", values=["West"])]),
        "b": Table("b", [Column("area", "VARCHAR", "text", values=["WEST", "North"])]),
    })
    assert schema.value_index()["west"] == [("a", "region", "West"), ("b", "area", "WEST")]


@pytest.mark.parametrize(("raw", "kind"), [
    ("INTEGER", "number"), ("BIGINT", "number"), ("DECIMAL(18,3)", "number"), ("double precision", "number"),
    ("NUMERIC", "number"), ("REAL", "number"), ("VARCHAR", "text"), ("character varying(30)", "text"),
    ("TEXT", "text"), ("ENUM('a', 'b')", "text"), ("DATE", "date"), ("TIMESTAMP", "datetime"),
    ("timestamp with time zone", "datetime"), ("DATETIME", "datetime"), ("BOOLEAN", "bool"), ("BLOB", "other"),
    ("BYTEA", "other"), ("JSON", "other"), ("INTEGER[]", "other"), ("STRUCT(a INTEGER)", "other"), ("", "other"),
    ("INTERVAL", "other"), ("UUID", "other"), ("NVARCHAR(10)", "text"), ("UNSIGNED BIG INT", "number"),
])
def test_column_kind(raw, kind):
    assert column_kind(raw) == kind


# ---- SQLite ---------------------------------------------------------------------------------------------------

def test_sqlite_schema(tmp_path, open_url):
    path = tmp_path / "shop.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, segment TEXT, joined DATE);
        CREATE TABLE products (product_id TEXT PRIMARY KEY, title TEXT, price REAL);
        CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers,
                             product_id TEXT, qty INTEGER, placed_at DATETIME, paid BOOLEAN, blob_col BLOB);
        CREATE VIEW big_orders AS SELECT * FROM orders WHERE qty > 2;
        INSERT INTO customers VALUES (1, 'Ann', 'Consumer', '2024-01-01'), (2, 'Bob', 'Corporate', '2024-02-01');
        INSERT INTO products VALUES ('p1', 'Chair', 10.5), ('p2', 'Desk', 99.0);
        INSERT INTO orders VALUES (1, 1, 'p1', 3, '2024-03-01 10:00:00', 1, x'00'),
                                  (2, 2, 'p2', 1, '2024-03-02 11:00:00', 0, NULL);
    """)
    con.close()
    schema = open_url(f"sqlite:///{path}").schema()
    assert schema.dialect == "sqlite"
    assert sorted(schema.tables) == ["big_orders", "customers", "orders", "products"]
    orders = schema.tables["orders"]
    assert orders.primary_key == ["order_id"] and orders.row_count == 2
    fks = {(f.column, f.ref_table, f.ref_column, f.inferred) for f in orders.foreign_keys}
    assert fks == {("customer_id", "customers", "id", False), ("product_id", "products", "product_id", True)}
    kinds = {c.name: c.kind for c in orders.columns}
    assert kinds == {"order_id": "number", "customer_id": "number", "product_id": "text", "qty": "number",
                     "placed_at": "datetime", "paid": "bool", "blob_col": "other"}
    customers = schema.tables["customers"]
    assert customers.column("joined").kind == "date" and not customers.column("name").nullable
    assert customers.column("segment").values == ["Consumer", "Corporate"]
    assert schema.value_index()["corporate"] == [("customers", "segment", "Corporate")]
    assert orders.sample_rows[0]["blob_col"] == "<1 bytes>"
    assert schema.tables["big_orders"].row_count == 1
    json.dumps(schema.to_dict())


def test_sqlite_demo(sqlite_demo, open_url):
    schema = open_url(f"sqlite:///{sqlite_demo}").schema()
    table = schema.tables["superstore"]
    assert table.row_count == 10_000
    assert table.column("region").values == ["Central", "East", "South", "West"]
    assert table.column("order_date").kind == "date"


# ---- PostgreSQL -----------------------------------------------------------------------------------------------

@pytest.fixture
def pg_shop(pg_url):
    """A fresh PostgreSQL database with a small shop schema; yields its URL and drops it afterwards."""
    import psycopg2
    from sqlalchemy.engine import make_url

    base = make_url(pg_url)
    name = f"schema_{uuid.uuid4().hex[:10]}"
    params = dict(host=base.host, port=base.port, user=base.username, password=base.password, connect_timeout=10)
    admin = psycopg2.connect(dbname=base.database or "postgres", **params)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name}")
    con = psycopg2.connect(dbname=name, **params)
    con.autocommit = True
    with con.cursor() as cur:
        cur.execute("""
            CREATE TABLE customers (id SERIAL PRIMARY KEY, name TEXT NOT NULL, region VARCHAR(20), since DATE);
            CREATE TABLE stores (store_id INTEGER PRIMARY KEY, city TEXT);
            CREATE TABLE orders (order_id BIGINT PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                                 store_id INTEGER, amount NUMERIC(10, 2), placed_at TIMESTAMPTZ, paid BOOLEAN,
                                 meta JSONB, note TEXT);
            CREATE TABLE "Sales Data" ("Region Name" TEXT, total DOUBLE PRECISION);
            CREATE VIEW west_orders AS SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id
                                       WHERE c.region = 'West';
            CREATE SCHEMA other;
            CREATE TABLE other.hidden (x INTEGER);
            INSERT INTO customers (name, region, since) VALUES ('Ann', 'West', '2024-01-01'), ('Bob', 'East', NULL);
            INSERT INTO stores VALUES (1, 'Seattle');
            INSERT INTO orders VALUES (1, 1, 1, 10.50, '2024-03-01 10:00+00', true, '{"a": 1}', 'first'),
                                      (2, 2, 1, 99.99, '2024-03-02 11:00+00', false, '{"b": 2}', NULL);
            INSERT INTO "Sales Data" VALUES ('North', 1.5), ('South', 2.5);
        """)
    con.close()
    url = base.set(database=name).render_as_string(hide_password=False)
    yield url
    close_database(url)
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def test_postgresql_schema(pg_shop):
    db = get_database(pg_shop)
    started = time.perf_counter()
    schema = introspect(db)
    assert time.perf_counter() - started < 5
    assert schema.dialect == "postgres"
    assert sorted(schema.tables) == ["Sales Data", "customers", "orders", "stores", "west_orders"]
    orders = schema.tables["orders"]
    assert orders.primary_key == ["order_id"] and orders.row_count == 2
    fks = {(f.column, f.ref_table, f.ref_column, f.inferred) for f in orders.foreign_keys}
    assert fks == {("customer_id", "customers", "id", False), ("store_id", "stores", "store_id", True)}
    kinds = {c.name: c.kind for c in orders.columns}
    assert kinds == {"order_id": "number", "customer_id": "number", "store_id": "number", "amount": "number",
                     "placed_at": "datetime", "paid": "bool", "meta": "other", "note": "text"}
    assert orders.column("meta").n_distinct is None
    assert orders.column("note").values == ["first"]
    assert orders.sample_rows[0]["amount"] in (10.5, 99.99)
    customers = schema.tables["customers"]
    assert customers.column("since").kind == "date" and not customers.column("name").nullable
    assert customers.column("region").values == ["East", "West"]
    sales = schema.table("sales data")
    assert sales.row_count == 2 and sales.column("region name").values == ["North", "South"]
    assert schema.value_index()["north"] == [("Sales Data", "Region Name", "North")]
    assert schema.tables["west_orders"].row_count == 1
    json.dumps(schema.to_dict())


# ---- big tables: statistics from a sample ---------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["duckdb", "sqlite"])
def test_big_tables_use_a_sample(tmp_path, open_url, monkeypatch, kind):
    import db.schema as schema_module

    monkeypatch.setattr(schema_module, "EXACT_COUNT_ROWS", 20_000)
    rows = 100_000
    if kind == "duckdb":
        url = _duckdb_file(tmp_path / "big.duckdb",
                           f"CREATE TABLE facts AS SELECT i AS id, ['North', 'South', 'East', 'West'][i % 4 + 1] "
                           f"AS region, i % 7 AS bucket FROM range({rows}) r(i)")
    else:
        path = tmp_path / "big.sqlite"
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE facts (id INTEGER, region TEXT, bucket INTEGER)")
        names = ["North", "South", "East", "West"]
        con.executemany("INSERT INTO facts VALUES (?, ?, ?)", ((i, names[i % 4], i % 7) for i in range(rows)))
        con.commit()
        con.close()
        url = f"sqlite:///{path}"
    facts = open_url(url).schema().tables["facts"]
    assert facts.row_count == rows
    assert facts.column("region").values == ["East", "North", "South", "West"]
    assert facts.column("bucket").n_distinct == 7
    assert 0.7 * rows <= facts.column("id").n_distinct <= rows  # extrapolated from the sample


def test_postgresql_sampled_statistics(pg_shop, monkeypatch):
    import db.schema as schema_module

    monkeypatch.setattr(schema_module, "EXACT_COUNT_ROWS", 1)
    customers = introspect(get_database(pg_shop)).tables["customers"]
    assert customers.row_count == 2
    assert customers.column("name").n_distinct == 2  # 1 of 1 sampled rows distinct: extrapolated to 2
    assert customers.column("region").values in (["East"], ["West"])  # the values of the sampled row


def test_postgresql_demo_as_read_only_role(pg_demo_url):
    schema = get_database(pg_demo_url).schema()
    table = schema.tables["superstore"]
    assert table.row_count == 10_000 and len(table.columns) == 21
    assert table.column("region").values == ["Central", "East", "South", "West"]
    assert table.column("order_date").kind == "date" and table.column("sales").kind == "number"
    assert schema.value_index()["west"] == [("superstore", "region", "West")]
