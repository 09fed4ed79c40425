"""The SQL guard: one read-only analytics query in, a regenerated, row-capped query out — or a refusal.

`check_sql` runs six layers, each fail-closed (anything it does not understand is refused):

1. input     — a string, not too long, no control/invisible characters, exactly one statement;
2. parse     — sqlglot parses it (in the database's dialect) into exactly one expression;
3. ast       — the root is a query; no DML/DDL/COPY/ATTACH/SET/PRAGMA/locks/INTO/parameters/recursive CTEs
               anywhere;
4. tables    — every table is an allow-listed user table (CTEs resolved by scope; no table functions,
               file paths, system catalogs or foreign databases);
5. functions — every function is in the explicit allow-list `ALLOWED_FUNCTIONS` (no schema-qualified calls, no
               bare `user`/`current_role`, no casts to catalog types such as regclass);
6. output    — the SQL is regenerated from the AST (comments dropped) with a LIMIT of `max_rows + 1`.

The design follows WrenAI's `policy.py` (AST allow-lists) and datasette (read-only, one statement, row cap).
Pure function, no database access. Each refusal logs one structured line on the logger "guard" with the
layer, the reason and a sha256 prefix of the SQL — never the SQL itself.

Example:
    >>> g = check_sql("SELECT region, SUM(sales) FROM superstore GROUP BY region", dialect="duckdb",
    ...               allowed_tables={"superstore"}, max_rows=100)
    >>> g.sql
    'SELECT region, SUM(sales) FROM superstore GROUP BY region LIMIT 101'
    >>> g.tables
    ['superstore']
"""
from __future__ import annotations

import contextvars
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field

import sqlglot
import sqlparse
import sqlparse.lexer
from sqlglot import exp
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.scope import traverse_scope
from sqlparse import tokens as T

from db.errors import UnsafeSQLError
from settings import get_settings

logger = logging.getLogger("guard")

# sqlglot names for the dialects of db/engines.py (Database.sqlglot_dialect) plus a few aliases.
_DIALECT_ALIASES = {"postgresql": "postgres", "pg": "postgres", "sqlite3": "sqlite"}

# The default schema a user may write explicitly (`main.superstore`, `public.orders`); nothing else.
_DEFAULT_SCHEMAS = {"duckdb": {"main"}, "sqlite": {"main"}, "postgres": {"public"}}

# Functions an analyst needs, by the lower-case SQL name people write. Typed sqlglot classes are matched by
# their SQL names too (exp.Sum -> "sum"), so this set is also what a SQLite authorizer can check against.
ALLOWED_FUNCTIONS: frozenset[str] = frozenset(
    """
    count sum avg mean min max median mode stddev stddev_samp stddev_pop stdev variance var_samp var_pop
    variance_samp variance_pop percentile_cont percentile_disc quantile quantile_cont quantile_disc
    approx_count_distinct approx_distinct approx_quantile string_agg listagg group_concat array_agg list
    bool_and bool_or logical_and logical_or every any_value first last arg_max arg_min max_by min_by
    corr covar_pop covar_samp regr_slope regr_intercept regr_r2 total count_if countif
    round abs ceil ceiling floor power pow sqrt cbrt ln log log10 log2 exp mod sign signum greatest least
    nullif coalesce ifnull nvl trunc truncate pi degrees radians div
    lower upper lcase ucase length len char_length character_length octet_length trim ltrim rtrim
    substr substring replace concat concat_ws split_part left right strpos position instr str_position
    lpad rpad pad reverse initcap starts_with startswith ends_with endswith contains
    regexp_matches regexp_replace regexp_extract regexp_like like ilike array
    date_trunc timestamp_trunc datetrunc extract date_part datepart year month quarter day dayofmonth
    dayofweek day_of_week dayofweek_iso isodow dayofyear day_of_year week weekofyear week_of_year isoyear
    hour minute second strftime strptime to_char to_date to_timestamp date_diff datediff date_add dateadd
    date_sub datesub age make_date date_from_parts datefromparts last_day last_day_of_month dayname monthname
    date datetime julianday epoch current_date current_timestamp now
    cast try_cast convert case if iif
    row_number rank dense_rank ntile lag lead first_value last_value nth_value percent_rank cume_dist
    """.split()
)

# Typed sqlglot nodes that are allowed whatever their SQL name (syntax rather than a named function).
_ALLOWED_NODE_NAMES = (
    "Cast TryCast Case If Extract CurrentDate CurrentTimestamp TimestampTrunc DateTrunc TimeToStr StrToTime "
    "StrToDate TimeStrToTime TsOrDsToTimestamp TsOrDsToDate DateStrToDate TimeToUnix DateFromParts Paren "
    "WithinGroup Interval StrPosition Pad Trim Substring Length ApproxDistinct DayOfWeekIso "
    "And Or Xor Not Exists Any All Collate"
).split()
_ALLOWED_NODES: tuple[type, ...] = tuple(getattr(exp, n) for n in _ALLOWED_NODE_NAMES if hasattr(exp, n))

# Statement kinds refused anywhere in the tree (writable CTEs, SELECT INTO, FOR UPDATE, ...).
_FORBIDDEN_NODE_NAMES = (
    "Insert Update Delete Merge Create Drop Alter AlterColumn TruncateTable Into Lock Command Set SetItem Pragma "
    "Attach Detach Copy Transaction Commit Rollback Use Install Load LoadData Export Describe Show Cache Uncache "
    "Refresh Kill Grant Revoke Comment Declare Execute Analyze Summarize Placeholder Parameter "
    "SessionParameter UserDefinedFunction Returning"
).split()
_FORBIDDEN_NODES: tuple[type, ...] = tuple(getattr(exp, n) for n in _FORBIDDEN_NODE_NAMES if hasattr(exp, n))

# Cast targets refused: besides these, any type sqlglot does not know (PostgreSQL regclass, oid, ...: catalog
# lookups) is refused too.
_REFUSED_TYPES = frozenset(getattr(exp.DataType.Type, n) for n in
                           ("USERDEFINED", "UNKNOWN", "AGGREGATEFUNCTION", "SIMPLEAGGREGATEFUNCTION")
                           if hasattr(exp.DataType.Type, n))

# Control characters other than ordinary whitespace, and invisible "format" characters (zero-width, bidi).
_ALLOWED_CONTROL = {"\t", "\n", "\r", "\f"}
_REASON_MAX = 80  # characters of a user-supplied name quoted in a reason
# An unquoted identifier: a letter or underscore, then letters, digits, _ or $. SQLite reads `$x`, `:x`, `@x` as
# bound parameters even where sqlglot sees a column name.
_PLAIN_IDENTIFIER = re.compile(r"^[^\W\d][\w$]*$")
# How the generated SQL of a capped query ends: `LIMIT n` or `LIMIT n OFFSET m`.
_LIMIT_TAIL = re.compile(r"\bLIMIT (\d+)(?: OFFSET \d+)?$")
# SQL-standard functions written without parentheses that sqlglot may read as a column (PostgreSQL `SELECT user`).
_NILADIC_FUNCTIONS = frozenset({"user", "current_user", "session_user", "current_role", "system_user",
                                "current_schema", "current_catalog"})


@dataclass(frozen=True)
class GuardedSQL:
    """A query that passed the guard.

    `sql` is regenerated from the AST and row-capped (what the executor runs), `original` is the input,
    `tables` the real tables read (lower-case, sorted), `sql_hash` the sha256 hex digest of `sql`.
    """

    sql: str
    original: str
    tables: list[str] = field(default_factory=list)
    sql_hash: str = ""


# ----------------------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------------------


def check_sql(sql: str, *, dialect: str, allowed_tables: set[str], max_rows: int | None = None) -> GuardedSQL:
    """Accept one safe read-only query or raise `UnsafeSQLError(reason, layer=...)`.

    `max_rows` None means the MAX_ROWS setting; the returned SQL returns at most `max_rows + 1` rows so the
    executor can tell whether the result was truncated.

    >>> check_sql("SELECT * FROM superstore ORDER BY sales DESC LIMIT 5", dialect="postgres",
    ...           allowed_tables={"superstore"}, max_rows=1000).sql
    'SELECT * FROM superstore ORDER BY sales DESC LIMIT 5'
    >>> check_sql("DROP TABLE superstore", dialect="duckdb", allowed_tables={"superstore"}, max_rows=10)
    Traceback (most recent call last):
    ...
    db.errors.UnsafeSQLError: only SELECT queries are allowed, not DROP
    """
    quiet = _QUIET_SQLGLOT.set(True)
    try:
        return _check(sql, dialect, allowed_tables, max_rows)
    except UnsafeSQLError as exc:
        _log_rejection(exc, sql, dialect)
        raise
    except Exception as exc:  # noqa: BLE001 - the guard must never crash: anything unexpected is a refusal
        err = UnsafeSQLError(f"the query could not be checked ({type(exc).__name__})", layer="parse")
        _log_rejection(err, sql, dialect)
        raise err from None
    finally:
        _QUIET_SQLGLOT.reset(quiet)


def format_sql(sql: str, dialect: str = "duckdb") -> str:
    """Pretty SQL for display (keywords upper-case, one clause per line); never raises.

    >>> print(format_sql("select a, b from t where a > 1", "duckdb"))
    SELECT a,
           b
    FROM t
    WHERE a > 1
    """
    if not isinstance(sql, str):
        return ""
    try:
        return sqlparse.format(sql, reindent=True, keyword_case="upper").strip()
    except Exception:  # noqa: BLE001 - display helper, fall back to the text as given
        return sql.strip()


# ----------------------------------------------------------------------------------------------------------
# The layers
# ----------------------------------------------------------------------------------------------------------


def _check(sql: object, dialect: str, allowed_tables: set[str] | None, max_rows: int | None) -> GuardedSQL:
    dialect = _normalise_dialect(dialect)
    text = _check_input(sql)
    tree = _unwrap_parentheses(_parse(text, dialect))
    _check_ast(tree, text, dialect)
    tables = _check_tables(tree, dialect, {t.lower() for t in (allowed_tables or set())})
    _check_functions(tree)
    limit = get_settings().max_rows if max_rows is None else int(max_rows)
    cap = max(limit, 0) + 1
    out = _verified_output(_regenerate(tree, dialect, cap), dialect, allowed_tables, cap)
    return GuardedSQL(sql=out, original=text, tables=tables, sql_hash=hashlib.sha256(out.encode()).hexdigest())


def _verified_output(out: str, dialect: str, allowed_tables: set[str] | None, cap: int) -> str:
    """The SQL that will run is itself parsed and checked by every layer, and must be a fixed point.

    sqlglot's generator is not always idempotent across dialects (a function rewritten into syntax the same
    dialect then parses differently, or not at all). What runs must be exactly what was checked, so the
    regenerated text is checked again; when one more regeneration still changes it, the query is refused.
    """
    allowed = {t.lower() for t in (allowed_tables or set())}
    for _ in range(2):
        tree = _unwrap_parentheses(_parse(out, dialect))
        _check_ast(tree, out, dialect)
        _check_tables(tree, dialect, allowed)
        _check_functions(tree)
        again = _regenerate(tree, dialect, cap)
        if again == out:
            return out
        out = again
    raise UnsafeSQLError(f"the query could not be rewritten into stable {dialect} SQL", layer="output")


def _normalise_dialect(dialect: str) -> str:
    name = str(dialect or "").strip().lower()
    name = _DIALECT_ALIASES.get(name, name)
    if not name:
        raise UnsafeSQLError("no SQL dialect given", layer="input")
    try:
        sqlglot.Dialect.get_or_raise(name)
    except Exception:  # noqa: BLE001
        raise UnsafeSQLError(f"unsupported SQL dialect {name[:_REASON_MAX]!r}", layer="input") from None
    return name


def _check_input(sql: object) -> str:
    """Layer 1: type, length, characters and statement count. Returns the stripped text."""
    if not isinstance(sql, str):
        raise UnsafeSQLError(f"the query must be text, not {type(sql).__name__}", layer="input")
    limit = get_settings().max_sql_chars
    if len(sql) > limit:
        raise UnsafeSQLError(f"the query is too long ({len(sql)} characters, at most {limit})", layer="input")
    text = sql.strip()
    if not text:
        raise UnsafeSQLError("the query is empty", layer="input")
    bad = next((c for c in text if _is_hidden_char(c)), None)
    if bad is not None:
        raise UnsafeSQLError(f"the query contains a hidden or control character (U+{ord(bad):04X})", layer="input")
    statements = [s for s in sqlparse.split(text) if _has_code(s)]
    if len(statements) != 1:
        raise UnsafeSQLError(_count_reason(len(statements)), layer="input")
    return text


def _is_hidden_char(char: str) -> bool:
    if char in _ALLOWED_CONTROL:
        return False
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}


def _has_code(statement: str) -> bool:
    """True when a sqlparse statement holds more than comments, whitespace and semicolons."""
    return any(not _is_filler(ttype, value) for ttype, value in sqlparse.lexer.tokenize(statement))


def _is_filler(ttype, value: str) -> bool:
    return ttype in T.Whitespace or ttype in T.Comment or (ttype in T.Punctuation and value == ";")


def _count_reason(count: int) -> str:
    if count == 0:
        return "the query is empty"
    return f"exactly one statement is allowed, found {count}"


def _parse(text: str, dialect: str) -> exp.Expression:
    """Layer 2: sqlglot must parse the text into exactly one expression."""
    try:
        expressions = sqlglot.parse(text, read=dialect)
    except sqlglot.errors.ParseError as exc:
        raise UnsafeSQLError(f"the query could not be parsed: {_parse_error_text(exc)}", layer="parse") from None
    except sqlglot.errors.TokenError:
        raise UnsafeSQLError("the query could not be read (unterminated string or comment?)", layer="parse") from None
    except RecursionError:
        raise UnsafeSQLError("the query is nested too deeply", layer="parse") from None
    except Exception as exc:  # noqa: BLE001
        raise UnsafeSQLError(f"the query could not be parsed ({type(exc).__name__})", layer="parse") from None
    expressions = [e for e in expressions if e is not None and not isinstance(e, exp.Semicolon)]
    if len(expressions) != 1:
        raise UnsafeSQLError(_count_reason(len(expressions)), layer="parse")
    return expressions[0]


def _parse_error_text(exc: sqlglot.errors.ParseError) -> str:
    errors = getattr(exc, "errors", None) or []
    if errors:
        first = errors[0]
        return f"{first.get('description', 'syntax error')} (line {first.get('line')}, column {first.get('col')})"
    return "syntax error"


def _unwrap_parentheses(tree: exp.Expression) -> exp.Expression:
    """`(SELECT ...)` -> `SELECT ...` when the parentheses carry nothing else (no LIMIT, alias, ...)."""
    while isinstance(tree, exp.Subquery) and not any(v for k, v in tree.args.items() if k != "this"):
        tree = tree.this
    return tree


def _check_ast(tree: exp.Expression, text: str, dialect: str) -> None:
    """Layer 3: a query at the root, and no statement of another kind anywhere below it."""
    if not _is_parenthesised_query(tree):
        word = _first_word(text)
        raise UnsafeSQLError("only SELECT queries are allowed" + (f", not {word}" if word else ""), layer="ast")
    for node in tree.walk():
        if isinstance(node, _FORBIDDEN_NODES):
            raise UnsafeSQLError(_forbidden_reason(node), layer="ast")
        if isinstance(node, exp.With) and node.args.get("recursive"):
            raise UnsafeSQLError("recursive WITH queries are not allowed", layer="ast")
        if isinstance(node, exp.Identifier) and not node.quoted and not _PLAIN_IDENTIFIER.match(node.name):
            raise UnsafeSQLError("parameters and session variables are not allowed", layer="ast")
        if isinstance(node, exp.Distinct) and node.args.get("on") is not None and dialect == "sqlite":
            raise UnsafeSQLError("SELECT DISTINCT ON is not supported by SQLite", layer="ast")
        if isinstance(node, exp.Select) and not node.expressions:
            raise UnsafeSQLError("a SELECT needs at least one column", layer="ast")


def _is_parenthesised_query(tree: exp.Expression) -> bool:
    node = tree
    while isinstance(node, exp.Subquery):
        node = node.this
    return isinstance(node, exp.Select | exp.SetOperation)


def _first_word(text: str) -> str:
    code = sqlparse.format(text, strip_comments=True).strip()
    word = code.split(None, 1)[0] if code else ""
    return "".join(c for c in word if c.isalnum() or c == "_")[:_REASON_MAX].upper()


def _kind(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()[:_REASON_MAX]
    return type(node).__name__.upper()


def _forbidden_reason(node: exp.Expression) -> str:
    if isinstance(node, exp.Into):
        return "SELECT ... INTO is not allowed"
    if isinstance(node, exp.Lock):
        return "locking reads (FOR UPDATE / FOR SHARE) are not allowed"
    if isinstance(node, exp.Placeholder | exp.Parameter | exp.SessionParameter):
        return "parameters and session variables are not allowed"
    if isinstance(node, exp.Returning):
        return "data-changing statements (RETURNING) are not allowed"
    return f"only SELECT queries are allowed, {_kind(node)} found inside the query"


def _check_tables(tree: exp.Expression, dialect: str, allowed: set[str]) -> list[str]:
    """Layer 4: every table read is an allow-listed user table; CTE names resolved by scope."""
    analysed = normalize_identifiers(tree.copy(), dialect=dialect)
    cte_refs = _cte_references(analysed)
    real: set[str] = set()
    for table in analysed.find_all(exp.Table):
        if id(table) in cte_refs:
            continue
        real.add(_real_table_name(table, dialect, allowed))
    return sorted(real)


def _cte_references(tree: exp.Expression) -> set[int]:
    """ids of the Table nodes that name a CTE visible in their scope (sqlglot.optimizer.scope)."""
    try:
        scopes = traverse_scope(tree)
    except RecursionError:
        raise UnsafeSQLError("the query is nested too deeply", layer="tables") from None
    except Exception as exc:  # noqa: BLE001
        raise UnsafeSQLError(f"the query's tables could not be resolved ({type(exc).__name__})", layer="tables") \
            from None
    refs: set[int] = set()
    for scope in scopes:
        for table in scope.tables:
            if not table.args.get("db") and not table.args.get("catalog") and table.name in scope.cte_sources:
                refs.add(id(table))
    return refs


def _real_table_name(table: exp.Table, dialect: str, allowed: set[str]) -> str:
    if not isinstance(table.this, exp.Identifier):
        raise UnsafeSQLError(f"table functions such as {_func_name(table.this)}() are not allowed", layer="tables")
    if table.args.get("catalog"):
        raise UnsafeSQLError("tables of another database or catalog are not allowed", layer="tables")
    schema = table.args.get("db")
    name = table.name.lower()
    if schema is not None and schema.name.lower() not in _DEFAULT_SCHEMAS.get(dialect, set()):
        raise UnsafeSQLError(f"schema {schema.name[:_REASON_MAX]!r} is not allowed", layer="tables")
    if name not in allowed:
        raise UnsafeSQLError(f"table {table.name[:_REASON_MAX]!r} is not allowed", layer="tables")
    return name


def _check_functions(tree: exp.Expression) -> None:
    """Layer 5: every function call is in the allow-list."""
    for column in tree.find_all(exp.Column):
        ident = column.this
        if not column.table and isinstance(ident, exp.Identifier) and not ident.quoted \
                and ident.name.lower() in _NILADIC_FUNCTIONS:
            raise UnsafeSQLError(f"function {ident.name.lower()} is not allowed (quote a column of that name)",
                                 layer="functions")
    for dtype in tree.find_all(exp.DataType):
        if not isinstance(dtype.this, exp.DataType.Type) or dtype.this in _REFUSED_TYPES:
            name = str(getattr(dtype.this, "value", dtype.this))[:_REASON_MAX]
            raise UnsafeSQLError(f"casts to type {name} are not allowed", layer="functions")
    for node in tree.find_all(exp.Func):
        if isinstance(node.parent, exp.Dot) and node.arg_key == "expression":
            raise UnsafeSQLError(f"schema-qualified functions such as {_func_name(node)}() are not allowed",
                                 layer="functions")
        if not _function_allowed(node):
            raise UnsafeSQLError(f"function {_func_name(node)}() is not allowed", layer="functions")


def _function_allowed(node: exp.Func) -> bool:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower() in ALLOWED_FUNCTIONS
    if isinstance(node, _ALLOWED_NODES):
        return True
    names = {type(node).key.lower(), *(n.lower() for n in type(node).sql_names())}
    return bool(names & ALLOWED_FUNCTIONS)


def _func_name(node: exp.Expression | None) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name)[:_REASON_MAX]
    if isinstance(node, exp.Func):
        return type(node).sql_name().lower()
    return type(node).__name__.lower() if node is not None else "?"


def _regenerate(tree: exp.Expression, dialect: str, cap: int) -> str:
    """Layer 6: SQL text from the AST (comments dropped), returning at most `cap` rows, order kept.

    The LIMIT goes on the root query's AST. Some dialects rewrite a query while generating it (SQLite has no
    DISTINCT ON, so sqlglot turns it into a ROW_NUMBER() subquery and would carry the LIMIT inside); when the
    generated text does not end with the expected LIMIT, the uncapped text is wrapped instead:
    `SELECT * FROM (<query>) AS _q LIMIT cap`. Changes `tree` in place (it is the guard's own parse).
    """
    old_limit = tree.args.get("limit")
    capped, expected = _cap_rows(tree, cap)
    out = _generate(capped, dialect)
    if not _ends_with_limit(out, expected):
        if capped is tree:
            tree.set("limit", old_limit)
        out = f"SELECT * FROM ({_generate(tree, dialect)}) AS _q LIMIT {cap}"
    if any(ttype in T.Comment or (ttype in T.Punctuation and value == ";")
           for ttype, value in sqlparse.lexer.tokenize(out)):
        raise UnsafeSQLError("the rewritten query is not a single statement", layer="output")
    return out


def _generate(tree: exp.Expression, dialect: str) -> str:
    try:
        return tree.sql(dialect=dialect, comments=False, unsupported_level=sqlglot.ErrorLevel.RAISE)
    except sqlglot.errors.UnsupportedError as exc:
        reason = str(exc).splitlines()[0][:_REASON_MAX] if str(exc) else "unsupported syntax"
        raise UnsafeSQLError(f"this {dialect} database cannot run the query: {reason}", layer="output") from None
    except Exception as exc:  # noqa: BLE001
        raise UnsafeSQLError(f"the query could not be rewritten ({type(exc).__name__})", layer="output") from None


def _ends_with_limit(sql: str, expected: int) -> bool:
    match = _LIMIT_TAIL.search(sql)
    return bool(match) and int(match.group(1)) == expected


def _cap_rows(tree: exp.Expression, cap: int) -> tuple[exp.Expression, int]:
    """(query returning at most `cap` rows, the LIMIT its text must end with).

    A LIMIT `cap` on the root query (a larger literal LIMIT shrunk, a smaller one kept), or, for other roots
    and limits (LIMIT ALL, FETCH, expressions), the query wrapped as `SELECT * FROM (...) AS _q LIMIT cap`.
    """
    if isinstance(tree, exp.Select | exp.SetOperation):
        limit = tree.args.get("limit")
        if limit is None:
            tree.set("limit", exp.Limit(expression=exp.Literal.number(cap)))
            return tree, cap
        current = _literal_int(limit.expression) if isinstance(limit, exp.Limit) else None
        if current is not None and current >= 0:
            if current > cap:
                limit.set("expression", exp.Literal.number(cap))
            return tree, min(current, cap)
    wrapped = exp.select("*").from_(exp.Subquery(this=tree, alias=exp.TableAlias(this=exp.to_identifier("_q"))))
    return wrapped.limit(cap), cap


def _literal_int(node: exp.Expression | None) -> int | None:
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(node.this)
        except ValueError:
            return None
    return None


# ----------------------------------------------------------------------------------------------------------
# Logging
# ----------------------------------------------------------------------------------------------------------


def _log_rejection(exc: UnsafeSQLError, sql: object, dialect: object) -> None:
    """One structured line per refusal: layer, reason, sha256 prefix of the SQL — never the SQL text."""
    raw = sql if isinstance(sql, str) else repr(type(sql))
    digest = hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:12]
    logger.info(
        "guard.reject layer=%s dialect=%s sql_sha256=%s chars=%d reason=%r",
        exc.layer, str(dialect)[:20], digest, len(raw), exc.message,
        extra={"guard_layer": exc.layer, "guard_reason": exc.message, "sql_sha256": digest},
    )


# sqlglot warns "'<the whole SQL>' contains unsupported syntax" while parsing; during a guard check that
# would put attack text in the logs, so sqlglot's records are dropped while (and only while) the guard runs.
_QUIET_SQLGLOT: contextvars.ContextVar[bool] = contextvars.ContextVar("guard_quiet_sqlglot", default=False)


class _QuietWhileGuarding(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:  # noqa: A003 - logging API name
        return not _QUIET_SQLGLOT.get()


logging.getLogger("sqlglot").addFilter(_QuietWhileGuarding())
