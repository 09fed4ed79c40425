"""Schema introspection: tables, columns, keys, statistics and the value index of an analysed database.

`introspect(db)` reads only the allow-listed user tables of `db.allowed_tables()`, with the app's own metadata
queries (`db.fetch_internal`, never user SQL): columns with their raw type and a normalised `kind`, primary keys,
declared foreign keys, inferred foreign keys (`customer_id` in `orders` -> `customers.customer_id`/`.id`), row
counts, three sample rows, the number of distinct values of each column and, for text columns with at most
`MAX_VALUES` distinct values, the sorted distinct values themselves (the value index that links "the West" to
`region = 'West'`).

Per table it runs a row count, one aggregate query for the distinct counts (from a sample on big tables), one
sample query and one UNION ALL query for the distinct values of the low-cardinality text columns.

Example:
    >>> from db.engines import get_database                     # doctest: +SKIP
    >>> schema = introspect(get_database(None))                  # doctest: +SKIP
    >>> schema.tables["superstore"].column("region").values      # doctest: +SKIP
    ['Central', 'East', 'South', 'West']
    >>> schema.value_index()["west"]                             # doctest: +SKIP
    [('superstore', 'region', 'West')]
"""
from __future__ import annotations

import datetime
import decimal
import logging
import math
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from db.engines import Database

log = logging.getLogger("db.schema")

# text columns with at most this many distinct values get `values`: large enough that entity names (customers,
# products, companies) link as filters ('sales for Adam Green'), small enough to index in well under a second
MAX_VALUES = 2000
SAMPLE_ROWS = 3
EXACT_COUNT_ROWS = 1_000_000  # bigger tables: statistics from their first this-many rows (see _add_counts)
KINDS = ("number", "text", "date", "datetime", "bool", "other")
_APPROX_SLACK = 1.25  # approx_count_distinct may undercount; verify candidates up to this factor above MAX_VALUES


# ---------------------------------------------------------------------------------------------------------------
# The data classes
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Column:
    """One column: raw database type, normalised kind, statistics and (low-cardinality text) distinct values."""

    name: str
    type: str
    kind: str  # "number" | "text" | "date" | "datetime" | "bool" | "other"
    nullable: bool = True
    primary_key: bool = False
    n_distinct: int | None = None
    null_frac: float | None = None  # share of rows (of the statistics sample) where the column is NULL
    values: list[str] | None = None  # sorted distinct values of a text column with <= MAX_VALUES of them
    samples: list = field(default_factory=list)  # a few example values (JSON-able)

    def to_dict(self) -> dict:
        """JSON-able form."""
        return {"name": self.name, "type": self.type, "kind": self.kind, "nullable": self.nullable,
                "primary_key": self.primary_key, "n_distinct": self.n_distinct, "null_frac": self.null_frac,
                "values": self.values,
                "samples": list(self.samples)}


@dataclass
class ForeignKey:
    """`column` of the owning table references `ref_table.ref_column`; `inferred` when not declared."""

    column: str
    ref_table: str
    ref_column: str
    inferred: bool = False

    def to_dict(self) -> dict:
        """JSON-able form."""
        return {"column": self.column, "ref_table": self.ref_table, "ref_column": self.ref_column,
                "inferred": self.inferred}


@dataclass
class Table:
    """One allow-listed table (or view) with its columns, keys, row count and a few sample rows."""

    name: str
    columns: list[Column]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    row_count: int = 0
    sample_rows: list[dict] = field(default_factory=list)

    def column(self, name: str) -> Column | None:
        """The column called `name` (case-insensitive), or None.

        >>> Table("t", [Column("Region", "VARCHAR", "text")]).column("region").name
        'Region'
        """
        wanted = name.lower()
        return next((c for c in self.columns if c.name.lower() == wanted), None)

    def to_dict(self) -> dict:
        """JSON-able form."""
        return {"name": self.name, "columns": [c.to_dict() for c in self.columns],
                "primary_key": list(self.primary_key), "foreign_keys": [f.to_dict() for f in self.foreign_keys],
                "row_count": self.row_count, "sample_rows": [dict(r) for r in self.sample_rows]}


@dataclass
class Schema:
    """The introspected tables of one database; `dialect` is the sqlglot dialect ("duckdb", "postgres", ...)."""

    dialect: str
    tables: dict[str, Table]
    _value_index: dict | None = field(default=None, init=False, repr=False, compare=False)

    def table(self, name: str) -> Table | None:
        """The table called `name` (case-insensitive), or None.

        >>> Schema("duckdb", {"Orders": Table("Orders", [])}).table("orders").name
        'Orders'
        """
        if name in self.tables:
            return self.tables[name]
        wanted = name.lower()
        return next((t for key, t in self.tables.items() if key.lower() == wanted), None)

    def value_index(self) -> dict[str, list[tuple[str, str, str]]]:
        """lower(value) -> [(table, column, exact value)] over every column with `values` (computed once).

        >>> s = Schema("duckdb", {"t": Table("t", [Column("region", "VARCHAR", "text", values=["East", "West"])])})
        >>> s.value_index()["west"]
        [('t', 'region', 'West')]
        """
        if self._value_index is None:
            index: dict[str, list[tuple[str, str, str]]] = {}
            for table in self.tables.values():
                for column in table.columns:
                    for value in column.values or ():
                        index.setdefault(value.lower(), []).append((table.name, column.name, value))
            self._value_index = index
        return self._value_index

    def to_dict(self) -> dict:
        """JSON-able form, for the UI and the REST API.

        >>> Schema("duckdb", {}).to_dict()
        {'dialect': 'duckdb', 'tables': {}}
        """
        return {"dialect": self.dialect, "tables": {name: t.to_dict() for name, t in self.tables.items()}}


# ---------------------------------------------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------------------------------------------
_NUMBER = {"INT", "INTEGER", "INT2", "INT4", "INT8", "INT16", "INT32", "INT64", "INT128", "SMALLINT", "TINYINT",
           "BIGINT", "HUGEINT", "UHUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT", "MEDIUMINT", "DECIMAL",
           "NUMERIC", "NUMBER", "REAL", "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "DOUBLE PRECISION", "MONEY",
           "SMALLMONEY", "SERIAL", "BIGSERIAL", "SMALLSERIAL", "BIGNUMERIC", "FLOAT64", "BIT", "VARINT"}
_TEXT = {"VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "TEXT", "STRING", "NVARCHAR", "NCHAR", "NTEXT",
         "CLOB", "BPCHAR", "NAME", "CITEXT", "ENUM", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "VARCHAR2", "NVARCHAR2",
         "VARYING CHARACTER", "NATIVE CHARACTER"}
_DATETIME = {"TIMESTAMP", "DATETIME", "DATETIME2", "SMALLDATETIME", "TIMESTAMPTZ", "TIMESTAMP_S", "TIMESTAMP_MS",
             "TIMESTAMP_NS", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITHOUT TIME ZONE", "DATETIMEOFFSET"}


def column_kind(raw_type: str) -> str:
    """Normalise a database type name to number / text / date / datetime / bool / other.

    >>> [column_kind(t) for t in ["DECIMAL(10,2)", "character varying(20)", "DATE", "TIMESTAMP WITH TIME ZONE",
    ...                           "BOOLEAN", "VARCHAR[]", "BLOB", "ENUM('a', 'b')", "unsigned big int"]]
    ['number', 'text', 'date', 'datetime', 'bool', 'other', 'other', 'text', 'number']
    """
    raw = (raw_type or "").strip().upper()
    if not raw or raw.endswith("]") or raw.startswith(("STRUCT", "MAP", "UNION", "LIST", "ARRAY")):
        return "other"
    base = re.sub(r"\(.*?\)", "", raw).strip()
    base = re.sub(r"\s+", " ", base)
    if base in {"BOOLEAN", "BOOL", "LOGICAL"}:
        return "bool"
    if base in _DATETIME or base.startswith("TIMESTAMP"):
        return "datetime"
    if base == "DATE":
        return "date"
    if base in _NUMBER:
        return "number"
    if base in _TEXT:
        return "text"
    return _affinity_kind(base)


def _affinity_kind(base: str) -> str:
    """SQLite-style affinity rules for free-form declared types ("UNSIGNED BIG INT", "NATIVE CHARACTER(70)")."""
    words = set(base.split())
    if any(w.endswith("INT") or re.fullmatch(r"INT\d*|INTEGER", w) for w in words):
        return "number"
    if any(tok in base for tok in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if any(tok in base for tok in ("REAL", "FLOA", "DOUB")):
        return "number"
    return "other"


# ---------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------
def quote(name: str) -> str:
    """A double-quoted SQL identifier.

    >>> quote('my "odd" name')
    '"my ""odd"" name"'
    """
    return '"' + name.replace('"', '""') + '"'


def _jsonable(value: Any) -> Any:
    """A JSON-able version of a database value (dates as ISO text, decimals as float, bytes summarised)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else None
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _plural_forms(stem: str) -> set[str]:
    """`stem` and its likely plurals: customer -> customers; category -> categories; box -> boxes."""
    forms = {stem, stem + "s", stem + "es"}
    if stem.endswith("y"):
        forms.add(stem[:-1] + "ies")
    return forms


def _sql(db: Database, sql: str) -> str:
    """Our metadata SQL is written for DuckDB/SQLite/PostgreSQL; transpile it for any other dialect."""
    if db.kind in {"duckdb", "sqlite", "postgresql"}:
        return sql
    import sqlglot

    return sqlglot.transpile(sql, read="postgres", write=db.sqlglot_dialect)[0]


# ---------------------------------------------------------------------------------------------------------------
# Catalog readers: {real table name: Table without statistics}
# ---------------------------------------------------------------------------------------------------------------
def _duckdb_catalog(db: Database, allowed: set[str]) -> dict[str, Table]:
    where = "database_name = current_database() AND schema_name = current_schema()"
    tables: dict[str, Table] = {}
    for table, name, dtype, nullable, _ in db.fetch_internal(
        f"SELECT table_name, column_name, data_type, is_nullable, column_index FROM duckdb_columns() "
        f"WHERE {where} AND NOT internal ORDER BY table_name, column_index"
    ):
        if table.lower() in allowed:
            t = tables.setdefault(table, Table(table, []))
            t.columns.append(Column(name, str(dtype), column_kind(str(dtype)), nullable=bool(nullable)))
    for table, ctype, cols, ref_table, ref_cols in db.fetch_internal(
        f"SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names "
        f"FROM duckdb_constraints() WHERE {where} AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
    ):
        t = tables.get(table)
        if t is None:
            continue
        if ctype == "PRIMARY KEY":
            t.primary_key = list(cols)
        elif ref_table and len(cols) == 1 and len(ref_cols) == 1:
            t.foreign_keys.append(ForeignKey(cols[0], ref_table, ref_cols[0]))
    return tables


def _sqlite_catalog(db: Database, allowed: set[str]) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    names = [r[0] for r in db.fetch_internal("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                             "ORDER BY name") if str(r[0]).lower() in allowed]
    for name in names:
        info = db.fetch_internal("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", (name,))
        pk = [c for c, _, _, n in sorted(info, key=lambda r: r[3]) if n]
        columns = [Column(c, str(t or ""), column_kind(str(t or "")), nullable=not nn, primary_key=c in pk)
                   for c, t, nn, _ in info]
        tables[name] = Table(name, columns, primary_key=pk)
    for name, table in tables.items():
        for ref_table, src, dst in db.fetch_internal(
            "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", (name,)
        ):
            target = next((t for n, t in tables.items() if n.lower() == str(ref_table).lower()), None)
            ref_name = target.name if target else str(ref_table)
            if dst is None:  # REFERENCES parent without a column: the parent's primary key
                dst = target.primary_key[0] if target and len(target.primary_key) == 1 else None
            if dst is not None:
                table.foreign_keys.append(ForeignKey(src, ref_name, dst))
    return tables


def _sqlalchemy_catalog(db: Database, allowed: set[str]) -> dict[str, Table]:
    """PostgreSQL and any other SQLAlchemy dialect, through `sqlalchemy.inspect` (default schema)."""
    from sqlalchemy import inspect

    from db.errors import ConnectionFailed

    try:
        insp = inspect(db.sa_engine)
        names = [n for n in insp.get_table_names() + insp.get_view_names() if n.lower() in allowed]
        columns = insp.get_multi_columns(filter_names=names, kind=_all_kinds())
        pks = insp.get_multi_pk_constraint(filter_names=names, kind=_all_kinds())
        fks = insp.get_multi_foreign_keys(filter_names=names, kind=_all_kinds())
    except Exception as exc:
        raise ConnectionFailed(f"cannot read the tables of {db.display_url}: {str(exc).splitlines()[0]}") from exc
    tables: dict[str, Table] = {}
    for (_, name), cols in sorted(columns.items(), key=lambda kv: kv[0][1]):
        pk = list((pks.get((None, name)) or {}).get("constrained_columns") or [])
        tables[name] = Table(name, [_sa_column(c, pk) for c in cols], primary_key=pk)
    for (_, name), keys in fks.items():
        for fk in keys or []:
            src, dst = fk.get("constrained_columns") or [], fk.get("referred_columns") or []
            if name in tables and len(src) == 1 and len(dst) == 1 and not fk.get("referred_schema"):
                tables[name].foreign_keys.append(ForeignKey(src[0], fk["referred_table"], dst[0]))
    return tables


def _all_kinds():
    from sqlalchemy.engine.reflection import ObjectKind

    return ObjectKind.ANY


def _sa_column(info: dict, pk: list[str]) -> Column:
    try:
        raw = str(info["type"].compile())
    except Exception:
        raw = str(info["type"])
    return Column(info["name"], raw, column_kind(raw), nullable=bool(info.get("nullable", True)),
                  primary_key=info["name"] in pk)


# ---------------------------------------------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------------------------------------------
def _count_expr(db: Database, column: Column, approximate: bool) -> str:
    q = quote(column.name)
    if approximate:
        return f"approx_count_distinct({q})"
    if db.kind == "postgresql" and column.kind == "text":
        return f"count(DISTINCT {q}::text)"
    return f"count(DISTINCT {q})"


def _stats_source(db: Database, table: Table, columns: list[Column]) -> str:
    """What statistics read: the whole table, or a sample of about EXACT_COUNT_ROWS rows when it is bigger.

    DuckDB: a block sample (`USING SAMPLE p% (system, seed)`); elsewhere the first EXACT_COUNT_ROWS rows of `columns`.
    """
    if table.row_count <= EXACT_COUNT_ROWS:
        return quote(table.name)
    if db.kind == "duckdb":
        percent = max(0.01, round(100 * EXACT_COUNT_ROWS / table.row_count, 2))
        return f"{quote(table.name)} USING SAMPLE {percent}% (system, 42)"
    names = ", ".join(quote(c.name) for c in columns)
    return f"(SELECT {names} FROM {quote(table.name)} LIMIT {EXACT_COUNT_ROWS}) AS stats_sample"


def _add_counts(db: Database, table: Table) -> None:
    """Row count, then n_distinct and the NULL share of every column (except `other` kinds) in one aggregate query.

    Above EXACT_COUNT_ROWS rows the distinct counts come from a sample of about that many rows (approximate on
    DuckDB), and a column that is mostly distinct in the sample is extrapolated to the whole table.
    """
    table.row_count = int(db.fetch_internal(_sql(db, f"SELECT count(*) FROM {quote(table.name)}"))[0][0] or 0)
    counted = [c for c in table.columns if c.kind != "other"]
    if not counted or table.row_count == 0:
        for column in counted:
            column.n_distinct = 0
        return
    sampled = table.row_count > EXACT_COUNT_ROWS
    exprs = ["count(*)"] + [_count_expr(db, c, approximate=sampled and db.kind == "duckdb") for c in counted]
    exprs += [f"count({quote(c.name)})" for c in counted]
    row = db.fetch_internal(_sql(db, f"SELECT {', '.join(exprs)} FROM {_stats_source(db, table, counted)}"))[0]
    sample_size = max(1, int(row[0] or 0))
    for column, n, filled in zip(counted, row[1:1 + len(counted)], row[1 + len(counted):], strict=True):
        column.null_frac = round(1 - int(filled or 0) / sample_size, 4)
        n = int(n or 0)
        if sampled and n > sample_size // 10:  # mostly distinct: grows with the table
            n = round(n * table.row_count / sample_size)
        column.n_distinct = min(n, table.row_count)


def _add_samples(db: Database, table: Table) -> None:
    """Three sample rows, and up to three distinct non-null sample values per column."""
    names, rows = db.fetch_internal_with_columns(
        _sql(db, f"SELECT * FROM {quote(table.name)} LIMIT {SAMPLE_ROWS}"))
    table.sample_rows = [{n: _jsonable(v) for n, v in zip(names, r, strict=False)} for r in rows]
    for column in table.columns:
        seen = []
        for r in table.sample_rows:
            v = r.get(column.name)
            if v is not None and v not in seen:
                seen.append(v)
        column.samples = seen


def _add_values(db: Database, table: Table) -> None:
    """Sorted distinct values of the low-cardinality text columns, with one UNION ALL query."""
    limit = int(MAX_VALUES * _APPROX_SLACK) if table.row_count > EXACT_COUNT_ROWS else MAX_VALUES
    candidates = [c for c in table.columns if c.kind == "text" and c.n_distinct is not None and c.n_distinct <= limit]
    if not candidates or table.row_count == 0:
        return
    # DuckDB reads every row quickly; elsewhere a big table's values come from the same sample as the counts.
    whole = db.kind == "duckdb"
    parts = [
        f"SELECT {i} AS col, v FROM (SELECT DISTINCT {quote(c.name)} AS v "
        f"FROM {quote(table.name) if whole else _stats_source(db, table, [c])} "
        f"WHERE {quote(c.name)} IS NOT NULL LIMIT {MAX_VALUES + 1}) AS s{i}"
        for i, c in enumerate(candidates)
    ]
    found: dict[int, set[str]] = {i: set() for i in range(len(candidates))}
    for i, value in db.fetch_internal(_sql(db, " UNION ALL ".join(parts))):
        found[int(i)].add(str(value))
    for i, column in enumerate(candidates):
        values = found[i]
        if len(values) <= MAX_VALUES:
            column.values = sorted(values)
            exact = whole or table.row_count <= EXACT_COUNT_ROWS
            column.n_distinct = len(values) if exact else max(len(values), column.n_distinct or 0)
        elif column.n_distinct is not None and column.n_distinct <= MAX_VALUES:
            column.n_distinct = MAX_VALUES + 1  # the approximate count was low: at least this many


def _add_statistics(db: Database, table: Table) -> None:
    """Counts, samples and values; a failure leaves the table described without statistics (and is logged)."""
    try:
        _add_counts(db, table)
        _add_samples(db, table)
        _add_values(db, table)
    except Exception as exc:  # noqa: BLE001 - one unreadable table must not hide the others
        log.warning("schema: statistics of table %s unavailable: %s", table.name, str(exc).splitlines()[0][:300])


# ---------------------------------------------------------------------------------------------------------------
# Inferred foreign keys
# ---------------------------------------------------------------------------------------------------------------
def infer_foreign_keys(tables: dict[str, Table]) -> None:
    """Add `inferred=True` foreign keys: `x_id` in table A -> table x/xs/xes/(x-y)ies whose key is `x_id` or `id`.

    The target's key is its declared single-column primary key or, without one, a column `x_id` / `id`.

    >>> ts = {"customers": Table("customers", [Column("id", "INTEGER", "number")]),
    ...       "orders": Table("orders", [Column("customer_id", "INTEGER", "number")])}
    >>> infer_foreign_keys(ts); ts["orders"].foreign_keys
    [ForeignKey(column='customer_id', ref_table='customers', ref_column='id', inferred=True)]
    """
    by_name = {name.lower(): t for name, t in tables.items()}
    for table in tables.values():
        declared = {fk.column.lower() for fk in table.foreign_keys}
        for column in table.columns:
            name = column.name.lower()
            if not name.endswith("_id") or len(name) <= 3 or name in declared:
                continue
            stem = name[:-3]
            for form in sorted(_plural_forms(stem)):
                target = by_name.get(form)
                if target is None or target is table:
                    continue
                key = _key_column(target, name)
                if key is not None and _compatible(column, key):
                    table.foreign_keys.append(ForeignKey(column.name, target.name, key.name, inferred=True))
                    break


def _key_column(table: Table, fk_name: str) -> Column | None:
    """The column of `table` an `x_id` column may reference: its one-column PK if named x_id/id, else x_id/id."""
    if len(table.primary_key) == 1:
        pk = table.primary_key[0]
        return table.column(pk) if pk.lower() in {fk_name, "id"} else None
    if table.primary_key:
        return None
    return table.column(fk_name) or table.column("id")


def _compatible(a: Column, b: Column) -> bool:
    return a.kind == b.kind or "other" in {a.kind, b.kind}


# ---------------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------------
def introspect(db: Database) -> Schema:
    """Describe the allow-listed tables of `db` (prefer `db.schema()`, which caches the result).

    >>> schema = introspect(get_database("duckdb:///data/superstore.duckdb"))   # doctest: +SKIP
    >>> schema.tables["superstore"].row_count                                   # doctest: +SKIP
    10000
    """
    started = time.perf_counter()
    allowed = {t.lower() for t in db.allowed_tables()}
    readers = {"duckdb": _duckdb_catalog, "sqlite": _sqlite_catalog}
    tables = readers.get(db.kind, _sqlalchemy_catalog)(db, allowed)
    for table in tables.values():
        for column in table.columns:
            column.primary_key = column.primary_key or column.name in table.primary_key
        _add_statistics(db, table)
    for table in tables.values():  # never point at a table outside the allow-list
        table.foreign_keys = [fk for fk in table.foreign_keys if fk.ref_table in tables]
    infer_foreign_keys(tables)
    log.info("schema: %d tables of %s introspected in %.0f ms", len(tables), db.display_url,
             (time.perf_counter() - started) * 1000)
    return Schema(dialect=db.sqlglot_dialect, tables=dict(sorted(tables.items())))
