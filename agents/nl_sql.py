"""Render a query spec (see agents/nl_spec.py) as SQL in duckdb, sqlite or postgres; joins follow foreign keys.

Example:
    >>> spec = {"fact": "t", "measures": [{"kind": "agg", "agg": "sum", "table": "t", "column": "sales"}],
    ...         "dimensions": [{"table": "t", "column": "region", "grain": None}], "filters": [],
    ...         "having": [], "order": None, "limit": None}
    >>> render_sql(spec, graph={}, dialect="duckdb")
    'SELECT region, SUM(sales) AS total_sales FROM t GROUP BY region ORDER BY total_sales DESC NULLS LAST'
"""
from __future__ import annotations

import re
from collections import deque

from agents.lexicon import split_name
from agents.linking import derived_words, parse_derived

RESERVED = frozenset("""
all and any array as asc between both case cast check collate column constraint create cross current_date
current_time current_timestamp current_user default desc distinct do else end except false fetch for foreign
from full grant group having in inner intersect into is join lateral leading left like limit natural not null
offset on only or order outer primary references right select session_user some table then to trailing true
union unique user using when where window with year month day quarter week date time timestamp interval key
value values level position rank row rows index type count sum avg min max plan
""".split())


def ident(name: str) -> str:
    """A SQL identifier, quoted when needed.

    >>> ident("sales"), ident("Order Date"), ident("order")
    ('sales', '"Order Date"', '"order"')
    """
    if re.fullmatch(r"[a-z_][a-z0-9_]*", name) and name not in RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


def literal(v) -> str:
    """A SQL literal for a Python value.

    >>> literal("O'Brien"), literal(5.0), literal(2.5), literal(True)
    ("'O''Brien'", '5', '2.5', 'TRUE')
    """
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return "'" + str(v).replace("'", "''") + "'"


class _Ctx:
    def __init__(self, spec: dict, graph: dict, dialect: str, kinds: dict | None, pks: dict | None = None):
        self.spec = spec
        self.pks = pks or {}
        self.graph = graph
        self.dialect = dialect
        self.kinds = kinds or {}
        self.tables = _tables_of(spec)
        self.joins = _join_tree(spec.get("fact"), self.tables, graph, spec.get("side") or spec.get("role"))
        self.multi = len({spec.get("fact")} | {j[2] for j in self.joins}) > 1

    def col(self, table: str | None, column: str) -> str:
        formula = parse_derived(column)
        if formula is not None:
            return derived_expr(self, table, *formula)
        if self.multi and table:
            return f"{ident(table)}.{ident(column)}"
        return ident(column)

    def kind(self, table: str, column: str) -> str:
        return self.kinds.get((table, column), "")


def _tables_of(spec: dict) -> list[str]:
    out = []

    def add(t):
        if t and t not in out:
            out.append(t)

    add(spec.get("fact"))
    for m in spec.get("measures", []):
        for part in _measure_parts(m):
            add(part.get("table"))
            for t in _derived_tables(part.get("column")):
                add(t)
            if part.get("kind") == "duration" and "." in part.get("end", ""):
                add(part["end"].split(".", 1)[0])  # days from the wheel's make date to its sale
    for d in spec.get("dimensions", []):
        add(d["table"])
    for f in spec.get("filters", []):
        add(f["table"])
        for t in _derived_tables(f.get("column")):
            add(t)
        if f["op"] == "cmp_col":  # "scored under par": the other column may live in a joined table
            add(f["value"][1])
    for m in spec.get("measures", []):
        if m["kind"] == "cond_rate" and m["filter"]["op"] == "cmp_col":
            add(m["filter"]["value"][1])
    return out


def _qualified(table: str | None, arg: str) -> tuple[str | None, str]:
    """(table, column) of a derived column's argument: its own table's column, or another's as "table.column"."""
    return tuple(arg.split(".", 1)) if "." in arg else (table, arg)


def _derived_tables(column: str | None) -> list[str]:
    """Other tables a derived column reads ("@line_total(quantity,drugs.unit_cost_gbp)" -> ["drugs"])."""
    d = parse_derived(column or "")
    return [a.split(".", 1)[0] for a in (d[1] if d else []) if "." in a]


def _measure_parts(m: dict) -> list[dict]:
    if m["kind"] == "ratio":
        return [m["num"], m["den"]]
    if m["kind"] == "share":
        return [m["of"]]
    return [m]


def _join_tree(fact: str | None, tables: list[str], graph: dict,
               side: str | None = None) -> list[tuple[str, str, str, str]]:
    """Edges (from_t, from_c, to_t, to_c) joining every table to the fact table, shortest paths (BFS). `side`
    ("home", "away"): between two keys to one table (homeTeamId, awayTeamId), the one named after that side."""
    if not fact:
        return []
    joined = {fact: None}  # insertion-ordered: paths start from the fact table, then from tables in join order
    edges: list[tuple[str, str, str, str]] = []
    for t in tables:
        if t in joined:
            continue
        path = _bfs(graph, list(joined), t, prefer=set(tables), side=side)
        if path is None:  # no key links them: a clear "could not", not a binder error from the database
            raise ValueError(f"no join path from {fact} to {t}")
        for e in path:
            if e[2] not in joined:
                edges.append(e)
                joined[e[2]] = None
    return edges


def _side_of(e: tuple, side: str | None) -> bool:
    """The join edge's key columns are named after `side` (homeTeamId for "home")."""
    return bool(side) and side in split_name(e[1]) + split_name(e[3])


def _bfs(graph: dict, sources: list[str], target: str, prefer: set[str] | None = None, side: str | None = None):
    """A shortest path of FK edges from any source table to `target`; among equally short ones, one through the
    `prefer` tables (those the query needs anyway: products -> stock_movements -> warehouses, not -> reorderPoints)."""
    prefer = prefer or set()
    q = deque((s, []) for s in sorted(sources, key=lambda s: s not in prefer))
    seen = set(sources)
    while q:
        t, p = q.popleft()
        for e in sorted(graph.get(t, []), key=lambda e: (e[2] not in prefer, not _side_of(e, side))):
            if e[2] in seen:
                continue
            np_ = p + [e]
            if e[2] == target:
                return np_
            seen.add(e[2])
            q.append((e[2], np_))
    return None


# ---------------------------------------------------------------------- expressions
_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def time_expr(ctx: _Ctx, col: str, grain: str) -> str:
    """A date part or truncation of `col` in the dialect; "dow" is the day's name, "dow_num" its ISO number,
    "weekpart" 'weekend' or 'weekday'."""
    d = ctx.dialect
    if grain == "weekpart":  # "weekends vs weekdays"
        return f"CASE WHEN {time_expr(ctx, col, 'dow_num')} IN (6, 7) THEN 'weekend' ELSE 'weekday' END"
    if d == "sqlite":
        return {
            "year": f"CAST(STRFTIME('%Y', {col}) AS INTEGER)",
            "quarter": f"((CAST(STRFTIME('%m', {col}) AS INTEGER) + 2) / 3)",
            "month": f"STRFTIME('%Y-%m-01', {col})",
            "week": f"DATE({col}, '-' || ((CAST(STRFTIME('%w', {col}) AS INTEGER) + 6) % 7) || ' days')",
            "day": f"DATE({col})",
            "dow": "CASE CAST(STRFTIME('%w', " + col + ") AS INTEGER) " + " ".join(
                f"WHEN {k} THEN '{n}'" for k, n in enumerate(_DAY_NAMES)) + " END",
            "dow_num": f"((CAST(STRFTIME('%w', {col}) AS INTEGER) + 6) % 7 + 1)",
            "moy": f"CAST(STRFTIME('%m', {col}) AS INTEGER)",
            "hour": f"CAST(STRFTIME('%H', {col}) AS INTEGER)",
        }[grain]
    if d in ("postgres", "postgresql"):
        return {
            "year": f"CAST(EXTRACT(YEAR FROM {col}) AS INTEGER)",
            "quarter": f"CAST(EXTRACT(QUARTER FROM {col}) AS INTEGER)",
            "month": f"CAST(DATE_TRUNC('month', {col}) AS DATE)",
            "week": f"CAST(DATE_TRUNC('week', {col}) AS DATE)",
            "day": f"CAST({col} AS DATE)",
            "dow": f"TRIM(TO_CHAR({col}, 'Day'))",
            "dow_num": f"CAST(EXTRACT(ISODOW FROM {col}) AS INTEGER)",
            "moy": f"CAST(EXTRACT(MONTH FROM {col}) AS INTEGER)",
            "hour": f"CAST(EXTRACT(HOUR FROM {col}) AS INTEGER)",
        }[grain]
    return {
        "year": f"YEAR({col})",
        "quarter": f"QUARTER({col})",
        "month": f"CAST(DATE_TRUNC('month', {col}) AS DATE)",
        "week": f"CAST(DATE_TRUNC('week', {col}) AS DATE)",
        "day": f"CAST({col} AS DATE)",
        "dow": f"DAYNAME({col})",
        "dow_num": f"ISODOW({col})",
        "moy": f"MONTH({col})",
        "hour": f"HOUR({col})",
    }[grain]


def derived_expr(ctx: _Ctx, table: str | None, kind: str, args: list[str]) -> str:
    """SQL of a derived column (see linking.derived_columns): an age in full years today, or days between dates."""
    if kind == "days":
        return duration_expr(ctx, {"table": table, "start": args[0], "end": args[1]})
    if kind == "minutes":
        a, b = ctx.col(table, args[0]), ctx.col(*_qualified(table, args[1]))
        if ctx.dialect == "sqlite":
            return f"((JULIANDAY({b}) - JULIANDAY({a})) * 1440)"
        if ctx.dialect in ("postgres", "postgresql"):
            return f"(EXTRACT(EPOCH FROM ({b} - {a})) / 60)"
        return f"DATE_DIFF('minute', {a}, {b})"  # minute boundaries crossed, as analysts (and most SQL) count
    if kind == "line_total":  # the price may be the referenced row's: "drugs.unit_cost_gbp"
        return f"{ctx.col(table, args[0])} * {ctx.col(*_qualified(table, args[1]))}"
    if kind == "hour":
        return time_expr(ctx, ctx.col(table, args[0]), "hour")
    if kind == "day":  # the calendar day of a timestamp ("on how many different days")
        return f"DATE({ctx.col(table, args[0])})" if ctx.dialect == "sqlite" else \
            f"CAST({ctx.col(table, args[0])} AS DATE)"
    if kind == "left":
        return f"({ctx.col(table, args[0])} - {ctx.col(table, args[1])})"
    if kind == "plus":  # "invoiced value including VAT": net + vat
        return f"({ctx.col(table, args[0])} + {ctx.col(table, args[1])})"
    c = ctx.col(table, args[0])
    if kind == "age_year":
        return f"({time_expr(ctx, 'CURRENT_DATE', 'year')} - {c})"
    years = f"{time_expr(ctx, 'CURRENT_DATE', 'year')} - {time_expr(ctx, c, 'year')}"
    today, born = _month_day(ctx, "CURRENT_DATE"), _month_day(ctx, c)
    return f"({years} - CASE WHEN {today} < {born} THEN 1 ELSE 0 END)"


def _month_day(ctx: _Ctx, col: str) -> str:
    """Month * 100 + day of a date, to tell whether a birthday has come this year."""
    if ctx.dialect == "sqlite":
        return f"CAST(STRFTIME('%m%d', {col}) AS INTEGER)"
    if ctx.dialect in ("postgres", "postgresql"):
        return f"CAST(EXTRACT(MONTH FROM {col}) * 100 + EXTRACT(DAY FROM {col}) AS INTEGER)"
    return f"(MONTH({col}) * 100 + DAY({col}))"


def bool_expr(ctx: _Ctx, table: str, column: str, truth: bool) -> str:
    c = ctx.col(table, column)
    if ctx.kind(table, column) == "bool":
        return c if truth else f"NOT {c}"
    return f"{c} = 1" if truth else f"({c} = 0 OR {c} IS NULL)"


def agg_expr(ctx: _Ctx, m: dict) -> str:
    """The SQL aggregate of a spec measure (scaled to another time unit when m["scale"] says so)."""
    scale = m.get("scale")
    if scale:
        inner = agg_expr(ctx, {k: v for k, v in m.items() if k != "scale"})
        factor = 1 / scale if scale < 1 else scale
        text = f"{factor:.10g}" + ("" if "." in f"{factor:.10g}" else ".0")  # 60.0: never integer division
        return f"{inner} / {text}" if scale < 1 else f"{inner} * {text}"
    k = m["kind"]
    if k == "count":
        if m.get("column"):
            return f"COUNT(DISTINCT {ctx.col(m['table'], m['column'])})"
        fanout = _fanout_pk(ctx, m.get("table"))
        return f"COUNT(DISTINCT {fanout})" if fanout else "COUNT(*)"
    if k == "agg":
        c = ctx.col(m["table"], m["column"])
        if m.get("times"):
            c = f"{c} * {ctx.col(m['table'], m['times'])}"
        if m.get("per"):
            c = f"1.0 * {c} / NULLIF({ctx.col(m['table'], m['per'])}, 0)"
        agg = m["agg"]
        if agg == "median":
            if ctx.dialect == "sqlite":
                return f"AVG({c})"
            if ctx.dialect in ("postgres", "postgresql"):
                return f"PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {c})"
            return f"MEDIAN({c})"
        return f"{agg.upper()}({c})"
    if k == "ratio":
        return f"1.0 * {agg_expr(ctx, m['num'])} / NULLIF({agg_expr(ctx, m['den'])}, 0)"
    if k == "duration":
        return f"{m['agg'].upper()}({duration_expr(ctx, m)})"
    if k == "rate":
        cond = bool_expr(ctx, m["table"], m["column"], not m.get("negate"))
        if "value" in m:  # share of rows with a value: "percentage of deals won"
            cond = f"{ctx.col(m['table'], m['column'])} {'<>' if m.get('negate') else '='} {literal(m['value'])}"
        if m.get("of_distinct"):
            key = ctx.col(m["of_distinct"]["table"], m["of_distinct"]["column"])
            return f"1.0 * COUNT(DISTINCT CASE WHEN {cond} THEN {key} END) / NULLIF(COUNT(DISTINCT {key}), 0)"
        return f"AVG(CASE WHEN {cond} THEN 1.0 ELSE 0.0 END)"
    if k == "cond_rate":  # share of rows meeting a condition: "what share of all lines is that"
        if m.get("weight"):  # share of a total: "what share of all revenue is that"
            w = ctx.col(m["weight"]["table"], m["weight"]["column"])
            return f"1.0 * SUM(CASE WHEN {filter_expr(ctx, m['filter'])} THEN {w} ELSE 0 END) / NULLIF(SUM({w}), 0)"
        return f"AVG(CASE WHEN {filter_expr(ctx, m['filter'])} THEN 1.0 ELSE 0.0 END)"
    if k == "share":
        inner = agg_expr(ctx, m["of"])
        return f"1.0 * {inner} / NULLIF(SUM({inner}) OVER (), 0)"
    raise ValueError(f"unknown measure kind {k}")


def duration_expr(ctx: _Ctx, m: dict) -> str:
    """Days from m["start"] to m["end"] (two date columns of one table), per dialect."""
    a = ctx.col(m["table"], m["start"])
    b = "CURRENT_DATE" if m["end"] == "@today" else ctx.col(*_qualified(m["table"], m["end"]))  # (today: so far)
    if ctx.dialect == "sqlite":
        return f"(JULIANDAY({b}) - JULIANDAY({a}))"
    if ctx.dialect in ("postgres", "postgresql"):
        return f"(CAST({b} AS DATE) - CAST({a} AS DATE))"
    return f"DATE_DIFF('day', {a}, {b})"


def _fanout_pk(ctx: _Ctx, table: str | None) -> str | None:
    """COUNT(*) over a join that fans out (a one-to-many edge) must count the table's key instead."""
    if not ctx.multi or not table:
        return None
    if not any(_is_one_to_many(e) for e in ctx.joins):
        return None
    pk = ctx.pks.get(table)
    return ctx.col(table, pk) if pk else None


def _is_one_to_many(e) -> bool:
    """The edge goes from a referenced key to a referencing column (parent -> children)."""
    return bool(e and len(e) > 4 and e[4] == "down")


def alias_of(m: dict) -> str:
    if m.get("unit"):
        return f"{alias_of({k: v for k, v in m.items() if k != 'unit'})}_in_{m['unit']}s"
    k = m["kind"]
    if k == "agg":
        prefix = {"sum": "total", "avg": "avg", "min": "min", "max": "max", "median": "median"}[m["agg"]]
        if m.get("times"):
            return f"{prefix}_{_snake(m['column'])}_x_{_snake(m['times'])}"
        if m.get("per"):
            return f"{prefix}_{_snake(m['column'])}_per_{_snake(m['per'])}"
        name = _snake(m["column"])
        return name if name.startswith(f"{prefix}_") else f"{prefix}_{name}"  # SUM(total_price): total_price
    if k == "count":
        if m.get("column"):
            base = _snake(m["column"])
            base = re.sub(r"_(id|key|code|name)$", "", base) or base
            return f"n_{base}s" if not base.endswith("s") else f"n_{base}"
        return f"n_{_snake(m.get('table') or 'rows')}" if m.get("table") else "count"
    if k == "ratio":
        return _snake(m.get("label") or "ratio")
    if k == "duration":
        prefix = {"sum": "total", "avg": "avg", "min": "min", "max": "max", "median": "median"}.get(m["agg"], "avg")
        return f"{prefix}_days_{_snake(m['start'])}_to_{_snake(m['end'])}"
    if k == "rate":
        name = _snake(str(m["value"])) if "value" in m else _snake(m["column"])
        return f"{'not_' if m.get('negate') else ''}{name}_rate"
    if k == "share":
        return f"share_of_{alias_of(m['of'])}"
    if k == "cond_rate":
        return f"share_{_snake(m['column'])}"
    return "value"


def _snake(name: str) -> str:
    words = derived_words(name)
    if words is not None:
        name = "_".join(words)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"[^0-9a-zA-Z]+", "_", s).strip("_").lower()
    return s or "value"


def dim_alias(d: dict) -> str:
    if d.get("grain"):
        return {"moy": "month_of_year", "dow": "day_of_week"}.get(d["grain"], d["grain"])
    return _snake(d["column"])


def _known_groups(ctx: _Ctx, spec: dict) -> list[str]:
    """ "which club has the most runners": a ranking names clubs, so the rows with no club are no contender."""
    ranked = spec.get("limit") and (spec.get("order") or {}).get("by") == "measure"
    if not (ranked or spec.get("having")) or not spec.get("measures"):
        return []  # ("which tables had more than 115 orders": the orders with no table are no table either)
    dims = [d for d in spec.get("dimensions", []) if not d.get("grain")]
    keyed = {d["table"] for d in dims if d["column"] == ctx.pks.get(d["table"])}  # rows named by their key
    return [f"{ctx.col(d['table'], d['column'])} IS NOT NULL" for d in dims
            if d["table"] not in keyed and (ctx.kind(d["table"], d["column"]) == "text" or re.search(
                r"(_(number|no|num)|Number|No)$", str(d["column"]))) and not str(d["column"]).startswith("@")]


def filter_expr(ctx: _Ctx, f: dict) -> str:
    c = ctx.col(f["table"], f["column"])
    op, v = f["op"], f.get("value")
    if op in ("=", "<>", ">", ">=", "<", "<="):
        return f"{c} {op} {literal(v)}"
    if op in ("in", "not_in"):
        vals = ", ".join(literal(x) for x in v)
        return f"{c} {'NOT IN' if op == 'not_in' else 'IN'} ({vals})"
    if op == "between":
        return f"{c} BETWEEN {literal(v[0])} AND {literal(v[1])}"
    if op == "present":  # some row of the child table refers to this one ("houses that were audited")
        child, fk = ident(v[0]), ident(v[1])
        return f"{c} IN (SELECT {child}.{fk} FROM {child} WHERE {child}.{fk} IS NOT NULL)"
    if op == "absent":  # no row of the child table refers to this one
        child, fk = ident(v[0]), ident(v[1])
        if len(v) == 5 and v[2] == "@where":  # "drugs never dispensed to Paediatrics": through the child's ward
            joins = "".join(f" JOIN {ident(t)} ON {ident(t)}.{ident(key)} = {child}.{ident(col)}"
                            for t, key, col in v[4])
            multi, ctx.multi = ctx.multi, True  # the subquery's columns, named with their tables
            cond = "".join(f" AND {filter_expr(ctx, g)}" for g in v[3])
            ctx.multi = multi
            return f"{c} NOT IN (SELECT {child}.{fk} FROM {child}{joins} WHERE {child}.{fk} IS NOT NULL{cond})"
        if len(v) > 4:  # the condition is on a table below the child: "never ordered a keg"
            below = ident(v[4])
            return (f"{c} NOT IN (SELECT {child}.{fk} FROM {child} JOIN {below} ON {below}.{ident(v[5])} = "
                    f"{child}.{ident(v[6])} WHERE {child}.{fk} IS NOT NULL AND {below}.{ident(v[2])} = "
                    f"{literal(v[3])})")
        if len(v) == 4 and v[2] == "@where":  # "films that never had a screening with a Q&A"
            cond = "".join(f" AND {filter_expr(ctx, g)}" for g in v[3])
        else:
            cond = f" AND {child}.{ident(v[2])} = {literal(v[3])}" if len(v) > 2 else ""
        return f"{c} NOT IN (SELECT {child}.{fk} FROM {child} WHERE {child}.{fk} IS NOT NULL{cond})"
    if op == "cmp_col":  # "tip more than 20% of the fare", "delivered after the due date"
        other = ctx.col(v[1], v[2])
        factor = float(v[3])
        kinds = (ctx.kind(f["table"], f["column"]), ctx.kind(v[1], v[2]))
        if factor == 1 and set(kinds) == {"date", "datetime"}:  # "returned after the due date": compare days
            c, other = (time_expr(ctx, c, "day"), other) if kinds[0] == "datetime" else (c, time_expr(ctx, other,
                                                                                                        "day"))
        rhs = other if factor == 1 else f"{factor:.10g} * {other}"
        return f"{c} {v[0] if v[0] in ('>', '>=', '<', '<=', '=', '<>') else '='} {rhs}"
    if op == "empty":  # "no tip": missing, or zero / blank
        kind = ctx.kind(f["table"], f["column"])
        if kind == "number" and not re.search(r"(_id|Id|ID)$", f["column"]):
            return f"COALESCE({c}, 0) = 0"
        if kind == "text":
            return f"({c} IS NULL OR {c} = '')"
        return f"{c} IS NULL"
    if op == "null":
        return f"{c} IS NULL"
    if op == "not_null":
        return f"{c} IS NOT NULL"
    if op == "true":
        return bool_expr(ctx, f["table"], f["column"], True)
    if op == "false":
        return bool_expr(ctx, f["table"], f["column"], False)
    if op == "years":
        y = time_expr(ctx, c, "year")
        return f"{y} = {int(v[0])}" if len(v) == 1 else f"{y} IN ({', '.join(str(int(x)) for x in v)})"
    if op == "range":
        lo, hi = v
        parts = []
        if lo:
            parts.append(f"{c} >= {literal(lo)}")
        if hi:
            parts.append(f"{c} < {literal(hi)}")
        return " AND ".join(parts) or "1 = 1"
    if op == "month_of_year" and isinstance(v, list):
        return f"{time_expr(ctx, c, 'moy')} IN ({', '.join(str(int(x)) for x in v)})"
    if op == "month_of_year":
        return f"{time_expr(ctx, c, 'moy')} = {int(v)}"
    if op == "quarter_of_year":
        return f"{time_expr(ctx, c, 'quarter')} = {int(v)}"
    if op == "weekend":  # ISO day numbers: Saturday 6, Sunday 7
        return f"{time_expr(ctx, c, 'dow_num')} {'IN' if v else 'NOT IN'} (6, 7)"
    if op == "dayname" and isinstance(v, list):  # "on Saturday and Sunday": either day
        return f"{time_expr(ctx, c, 'dow_num')} IN ({', '.join(str(int(x)) for x in v)})"
    if op == "dayname":  # "on Sundays": ISO day 7
        return f"{time_expr(ctx, c, 'dow_num')} = {int(v)}"
    raise ValueError(f"unknown filter op {op}")


# ---------------------------------------------------------------------- statement
def render_sql(spec: dict, graph: dict, dialect: str = "duckdb", kinds: dict | None = None,
               pks: dict | None = None) -> str:
    """SQL text for a spec. `graph`: table -> FK edges (see nl_spec._fk_graph); `kinds`: (table, col) -> kind;
    `pks`: table -> single-column primary key (used against join fan-out)."""
    ctx = _Ctx(spec, graph, dialect, kinds, pks)
    select, group = [], []
    used_alias: set[str] = set()
    time_dims = []
    out_names: list[str] = []  # the output column name of each dimension, in order
    for d in spec.get("dimensions", []):
        c = ctx.col(d["table"], d["column"])
        if d.get("grain") == "quarter":
            ya = _unique("year", used_alias)
            select.append(f"{time_expr(ctx, c, 'year')} AS {ident(ya)}")
            group.append(time_expr(ctx, c, "year"))
            time_dims.append(ya)
        expr = time_expr(ctx, c, d["grain"]) if d.get("grain") else c
        alias = _unique(dim_alias(d), used_alias)
        aliased = bool(d.get("grain") or ctx.multi or alias != d["column"])
        select.append(f"{expr} AS {ident(alias)}" if aliased else expr)
        out_names.append(alias if aliased else d["column"])
        group.append(expr)
        if d.get("grain"):
            time_dims.append(alias)
    measure_aliases = []
    for m in spec.get("measures", []):
        if m["kind"] == "share":
            inner = m["of"]
            if inner not in spec["measures"]:
                pass
        alias = _unique(alias_of(m), used_alias)
        measure_aliases.append(alias)
        select.append(f"{agg_expr(ctx, m)} AS {ident(alias)}")
    distinct = ""
    if not spec.get("measures"):
        distinct = "DISTINCT "
        if not select:
            select.append("*")
    head = f"SELECT {distinct}{', '.join(select)}"
    sql = f"{head} FROM {ident(spec['fact'])}"
    for e in ctx.joins:
        sql += f" JOIN {ident(e[2])} ON {ident(e[0])}.{ident(e[1])} = {ident(e[2])}.{ident(e[3])}"
    where = [filter_expr(ctx, f) for f in spec.get("filters", [])] + _known_groups(ctx, spec)
    if where:
        sql += " WHERE " + " AND ".join(where)
    if group and spec.get("measures"):
        sql += " GROUP BY " + ", ".join(group)
    having = []
    for h in spec.get("having", []):
        m = spec["measures"][h["measure"]]
        having.append(f"{agg_expr(ctx, m)} {h['op']} {literal(h['value'])}")
    if having:
        sql += " HAVING " + " AND ".join(having)
    order = spec.get("order")
    if order and measure_aliases and order.get("by") == "measure":
        idx = min(order.get("index", 0), len(measure_aliases) - 1)
        sql += f" ORDER BY {ident(measure_aliases[idx])} {order['dir'].upper()}"
        sql += " NULLS LAST" if dialect != "sqlite" and order["dir"] == "desc" else ""
        tie = order.get("tiebreak")
        if tie and tie["dim"] < len(out_names):
            sql += f", {ident(out_names[tie['dim']])} {tie['dir'].upper()}"
    elif time_dims:
        keys = []
        for a in time_dims:
            d = next((d for d in spec.get("dimensions", []) if d.get("grain") == "dow" and dim_alias(d) == a), None)
            if d is not None:  # day names sort Monday..Sunday, not alphabetically
                num = time_expr(ctx, ctx.col(d["table"], d["column"]), "dow_num")
                keys.append(f"MIN({num})" if spec.get("measures") else num)
            else:
                keys.append(ident(a))
        sql += " ORDER BY " + ", ".join(keys)
    elif group and measure_aliases and spec.get("measures"):
        sql += f" ORDER BY {ident(measure_aliases[0])} DESC" + (" NULLS LAST" if dialect != "sqlite" else "")
    elif distinct and select and select != ["*"]:
        sql += " ORDER BY 1"
    if spec.get("limit"):
        sql += f" LIMIT {int(spec['limit'])}"
    per = spec.get("per_group")
    if per and measure_aliases and group:
        return _top_per_group(ctx, spec, head, sql[len(head):], out_names, per)
    if spec.get("count_groups") and group:
        # "owners with more than one dog" -> "how many is that?": count the grouped rows
        inner = re.sub(r" ORDER BY .*$", "", sql)
        return f"SELECT COUNT(*) AS {ident('n_' + _snake(out_names[0]) + 's')} FROM ({inner}) AS grouped"
    return sql


def _top_per_group(ctx: _Ctx, spec: dict, head: str, rest: str, out_names: list[str], per: dict) -> str:
    """ "top 3 products by sales in each category": rank inside each group with ROW_NUMBER and keep the first n."""
    dims = spec.get("dimensions", [])
    part_idx = [k for k, d in enumerate(dims) if (d["table"], d["column"]) in {tuple(x) for x in per["partition"]}]
    if not part_idx or len(part_idx) == len(dims):
        return head + rest
    part = ", ".join(ctx.col(dims[k]["table"], dims[k]["column"]) for k in part_idx)
    order = spec.get("order") or {}
    # NULLs rank last: PostgreSQL sorts them first on DESC (SQLite already puts them last and may not parse it)
    direction = "ASC" if order.get("dir") == "asc" else "DESC" + (" NULLS LAST" if ctx.dialect != "sqlite" else "")
    m0 = spec["measures"][min(order.get("index", 0), len(spec["measures"]) - 1)]
    # equal measures are broken by the ranked rows' own columns, so every database keeps the same rows
    ties = "".join(f", {ctx.col(d['table'], d['column'])}" for k, d in enumerate(dims)
                   if k not in part_idx and not d.get("grain"))
    window = (f"ROW_NUMBER() OVER (PARTITION BY {part} ORDER BY {agg_expr(ctx, m0)} {direction}{ties}) "
              f"AS rank_in_group")
    rest = re.sub(r" ORDER BY .*$", "", rest)
    inner = f"{head}, {window}{rest}"
    keys = ", ".join(ident(out_names[k]) for k in part_idx)
    return (f"SELECT * FROM ({inner}) AS ranked WHERE rank_in_group <= {int(per['limit'])} "
            f"ORDER BY {keys}, rank_in_group")


def _unique(alias: str, used: set[str]) -> str:
    a, n = alias, 2
    while a in used:
        a = f"{alias}_{n}"
        n += 1
    used.add(a)
    return a
