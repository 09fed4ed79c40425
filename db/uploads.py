"""Uploaded CSV / Excel / Parquet files -> one DuckDB file per upload, queryable at once through the pipeline.

Each call writes a new file `data/uploads/<token>.duckdb` (to a temporary name, then renamed, so a half-written
file is never opened). Table names come from the file names (sanitised: lower case, letters, digits and `_`);
column names are kept as they are. Files larger than `MAX_UPLOAD_BYTES` are refused, tables longer than
`MAX_UPLOAD_ROWS` are cut (and flagged), and an unreadable file gives an `InputError` saying which file and why.

Example:
    >>> up = load_uploads([("Sales 2021.csv", b"region,sales\\nWest,10\\nEast,7\\n")])   # doctest: +SKIP
    >>> up.tables[0].name, up.tables[0].rows                                          # doctest: +SKIP
    ('sales_2021', 2)
    >>> Pipeline.from_url(up.url).ask("total sales by region")                          # doctest: +SKIP
"""
from __future__ import annotations

import io
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from db.errors import InputError
from settings import ROOT

UPLOAD_DIR = ROOT / "data" / "uploads"
MAX_UPLOAD_BYTES = 100 * 1024 * 1024
MAX_UPLOAD_ROWS = 1_000_000
MAX_UPLOAD_COLUMNS = 500
MAX_UPLOAD_FILES = 10
SUPPORTED_EXTENSIONS = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".parquet", ".pq")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_RESERVED = frozenset(
    """all and any as asc between by case cast check column create cross default delete desc distinct drop else end
    except exists false fetch for from full grant group having in index inner insert intersect into is join
    key left like limit natural not null offset on or order outer primary references right select set some table
    then to true union unique update user using values view when where window with""".split()
)


@dataclass
class UploadedTable:
    """One table made from an uploaded file (or one Excel sheet)."""

    name: str
    source: str
    rows: int
    columns: list[str]
    truncated: bool = False


@dataclass
class Upload:
    """The DuckDB file made from one set of uploaded files; open it with `Pipeline.from_url(upload.url)`."""

    token: str
    path: Path
    tables: list[UploadedTable] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"duckdb:///{self.path}"


def table_name_for(filename: str, taken: set[str] | None = None) -> str:
    """A safe, unused SQL table name from a file name.

    >>> table_name_for("Sales 2021 (final).CSV"), table_name_for("2020.csv"), table_name_for("order.csv")
    ('sales_2021_final', 't_2020', 'order_data')
    >>> table_name_for("sales.csv", {"sales"})
    'sales_2'
    """
    stem = Path(str(filename)).name
    for ext in SUPPORTED_EXTENSIONS:
        if stem.lower().endswith(ext):
            stem = stem[: -len(ext)]
            break
    name = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")[:50] or "upload"
    if name[0].isdigit():
        name = "t_" + name
    if name in _RESERVED:
        name += "_data"
    taken = taken or set()
    base, n = name, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    return name


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _kind(filename: str) -> str:
    lower = filename.lower()
    if lower.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    if lower.endswith((".xlsx", ".xlsm")):
        return "excel"
    if lower.endswith((".parquet", ".pq")):
        return "parquet"
    if lower.endswith(".xls"):
        raise InputError(f"{filename}: old .xls workbooks are not supported; save it as .xlsx or CSV")
    raise InputError(f"{filename}: unsupported file type; upload CSV, Excel (.xlsx) or Parquet")


def _check_columns(table: str, con: duckdb.DuckDBPyConnection, source: str) -> list[str]:
    columns = [row[0] for row in con.execute(f"DESCRIBE {_quote(table)}").fetchall()]
    if not columns:
        raise InputError(f"{source}: no columns found")
    if len(columns) > MAX_UPLOAD_COLUMNS:
        raise InputError(f"{source}: {len(columns)} columns; at most {MAX_UPLOAD_COLUMNS} are supported")
    return columns


def _cap_rows(con: duckdb.DuckDBPyConnection, table: str) -> tuple[int, bool]:
    rows = con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
    if rows <= MAX_UPLOAD_ROWS:
        return rows, False
    con.execute(f"CREATE OR REPLACE TABLE {_quote(table)} AS SELECT * FROM {_quote(table)} LIMIT {MAX_UPLOAD_ROWS}")
    return MAX_UPLOAD_ROWS, True


def _csv_table(con: duckdb.DuckDBPyConnection, table: str, path: Path, source: str) -> None:
    """CSV through DuckDB's sniffer (delimiter, header, types, dates); more careful retries on failure."""
    literal = "'" + str(path).replace("'", "''") + "'"
    attempts = ("", ", sample_size=-1", ", sample_size=-1, encoding='latin-1'",
                ", all_varchar=true, encoding='latin-1'")
    error: Exception | None = None
    for options in attempts:
        try:
            con.execute(f"CREATE OR REPLACE TABLE {_quote(table)} AS SELECT * FROM read_csv({literal}{options}) "
                        f"LIMIT {MAX_UPLOAD_ROWS + 1}")
            return
        except duckdb.Error as exc:
            error = exc
    raise InputError(f"{source}: could not be read as CSV ({_first_line(error)})")


def _parquet_table(con: duckdb.DuckDBPyConnection, table: str, path: Path, source: str) -> None:
    literal = "'" + str(path).replace("'", "''") + "'"
    try:
        con.execute(f"CREATE TABLE {_quote(table)} AS SELECT * FROM read_parquet({literal}) "
                    f"LIMIT {MAX_UPLOAD_ROWS + 1}")
    except duckdb.Error as exc:
        raise InputError(f"{source}: could not be read as Parquet ({_first_line(exc)})") from None


def _clean_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Excel sheets: text column names, mixed-type columns as text (DuckDB needs one type per column)."""
    frame = frame.dropna(how="all").dropna(axis=1, how="all")
    frame.columns = [str(c) for c in frame.columns]
    for col in frame.columns:
        if frame[col].dtype == object:
            kinds = {type(v) for v in frame[col].dropna().head(10_000)}
            if len(kinds) > 1:
                frame[col] = frame[col].map(lambda v: None if pd.isna(v) else str(v))
    return frame


def _excel_sheets(data: bytes, source: str) -> dict[str, pd.DataFrame]:
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, engine="openpyxl", nrows=MAX_UPLOAD_ROWS + 1)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for broken files
        raise InputError(f"{source}: could not be read as an Excel workbook ({_first_line(exc)})") from None
    sheets = {name: _clean_frame(df) for name, df in sheets.items()}
    sheets = {name: df for name, df in sheets.items() if len(df.columns)}
    if not sheets:
        raise InputError(f"{source}: the workbook has no data")
    return sheets


def _frame_table(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, source: str) -> None:
    try:
        con.register("_upload_frame", frame)
        con.execute(f"CREATE TABLE {_quote(table)} AS SELECT * FROM _upload_frame")
    except duckdb.Error as exc:
        raise InputError(f"{source}: could not be loaded ({_first_line(exc)})") from None
    finally:
        con.unregister("_upload_frame")


def _load_one(con, filename: str, data: bytes, taken: set[str], scratch: Path) -> list[UploadedTable]:
    kind = _kind(filename)
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{filename}: {len(data) / 2**20:.1f} MB is too large "
                         f"(at most {MAX_UPLOAD_BYTES / 2**20:g} MB)")
    if not data.strip():
        raise InputError(f"{filename}: the file is empty")
    made: list[tuple[str, str]] = []  # (table, source label)
    if kind == "excel":
        sheets = _excel_sheets(data, filename)
        for sheet, frame in sheets.items():
            label = filename if len(sheets) == 1 else f"{filename} [{sheet}]"
            name = table_name_for(filename if len(sheets) == 1 else f"{Path(filename).stem}_{sheet}", taken)
            _frame_table(con, name, frame, label)
            taken.add(name)
            made.append((name, label))
    else:
        scratch.write_bytes(data)
        try:
            name = table_name_for(filename, taken)
            (_csv_table if kind == "csv" else _parquet_table)(con, name, scratch, filename)
        finally:
            scratch.unlink(missing_ok=True)
        taken.add(name)
        made.append((name, filename))
    tables = []
    for name, label in made:
        columns = _check_columns(name, con, label)
        rows, truncated = _cap_rows(con, name)
        if rows == 0:
            raise InputError(f"{label}: no data rows found")
        tables.append(UploadedTable(name=name, source=label, rows=rows, columns=columns, truncated=truncated))
    return tables


def _new_token(token: str | None) -> str:
    if token is None:
        return secrets.token_urlsafe(12)
    if not TOKEN_RE.match(token):
        raise InputError("invalid upload token")
    return token


def load_uploads(files: list[tuple[str, bytes]], directory: Path | str | None = None,
                 token: str | None = None) -> Upload:
    """Load files (name, bytes) into a new DuckDB file; returns its tables and URL. InputError if unreadable.

    >>> up = load_uploads([("t.csv", b"a,b\\n1,x\\n")], directory="/tmp/uploads-doctest")
    >>> [(t.name, t.rows, t.columns) for t in up.tables]
    [('t', 1, ['a', 'b'])]
    """
    files = [(str(name or "upload"), bytes(data or b"")) for name, data in files]
    if not files:
        raise InputError("Choose at least one CSV, Excel or Parquet file")
    if len(files) > MAX_UPLOAD_FILES:
        raise InputError(f"At most {MAX_UPLOAD_FILES} files at once")
    directory = Path(directory) if directory else UPLOAD_DIR
    directory.mkdir(parents=True, exist_ok=True)
    token = _new_token(token)
    final = directory / f"{token}.duckdb"
    temp = directory / f".{token}.{os.getpid()}.tmp.duckdb"
    scratch = directory / f".{token}.{os.getpid()}.scratch"
    temp.unlink(missing_ok=True)
    tables: list[UploadedTable] = []
    try:
        con = duckdb.connect(str(temp), config={"autoinstall_known_extensions": False, "threads": 2})
        try:
            taken: set[str] = set()
            for name, data in files:
                tables.extend(_load_one(con, Path(name).name, data, taken, scratch))
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(temp, final)
    finally:
        for leftover in (temp, Path(f"{temp}.wal"), scratch):
            leftover.unlink(missing_ok=True)
    return Upload(token=token, path=final.resolve(), tables=tables)


def load_upload(data: bytes, filename: str, directory: Path | str | None = None) -> Upload:
    """One file -> a new DuckDB file (see `load_uploads`).

    >>> load_upload(b"", "empty.csv", directory="/tmp/uploads-doctest")
    Traceback (most recent call last):
    db.errors.InputError: empty.csv: the file is empty
    """
    return load_uploads([(filename, data)], directory=directory)


def remove_old_uploads(max_age_s: float = 7 * 24 * 3600, directory: Path | str | None = None) -> int:
    """Delete upload files older than `max_age_s`; returns how many were removed.

    >>> remove_old_uploads(directory="/tmp/uploads-doctest-none")
    0
    """
    directory = Path(directory) if directory else UPLOAD_DIR
    if not directory.is_dir():
        return 0
    cutoff = time.time() - max_age_s
    removed = 0
    for path in directory.glob("*.duckdb"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
