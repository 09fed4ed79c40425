"""The guard's SQL corpora (`unsafe.sql`, `legit.sql`) and their loader, shared by tests and the benchmark.

Each case starts with a line `==== <id> | <dialects> [| key=value ...]`; the SQL runs to the next `====`
line. Lines before the first case are comments about the file.

Example:
    >>> cases = load_cases("legit")
    >>> cases[0].id, cases[0].dialects
    ('count_rows', ('duckdb', 'sqlite', 'postgres'))
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIALECTS = ("duckdb", "sqlite", "postgres")


@dataclass(frozen=True)
class SQLCase:
    """One corpus entry: `group` is the id before `~` (variants of one question share it)."""

    id: str
    sql: str
    dialects: tuple[str, ...]
    options: dict = field(default_factory=dict)

    @property
    def group(self) -> str:
        return self.id.split("~", 1)[0]

    @property
    def tol(self) -> float:
        return float(self.options.get("tol", 1e-6))


def load_cases(name: str) -> list[SQLCase]:
    """The cases of `tests/sql_cases/<name>.sql`, in file order."""
    cases: list[SQLCase] = []
    header: str | None = None
    body: list[str] = []
    for line in (HERE / f"{name}.sql").read_text(encoding="utf-8").splitlines():
        if line.startswith("===="):
            if header is not None:
                cases.append(_case(header, body))
            header, body = line[4:], []
        elif header is not None:
            body.append(line)
    if header is not None:
        cases.append(_case(header, body))
    return cases


def cases_for(name: str, dialect: str) -> list[SQLCase]:
    """The cases of one corpus that apply to `dialect`."""
    return [c for c in load_cases(name) if dialect in c.dialects]


def _case(header: str, body: list[str]) -> SQLCase:
    parts = [p.strip() for p in header.split("|")]
    case_id = parts[0]
    dialects = DIALECTS if len(parts) < 2 or parts[1] == "all" else tuple(d.strip() for d in parts[1].split(","))
    unknown = set(dialects) - set(DIALECTS)
    if unknown:
        raise ValueError(f"case {case_id}: unknown dialects {sorted(unknown)}")
    options = dict(p.split("=", 1) for p in parts[2:] if "=" in p)
    return SQLCase(id=case_id, sql="\n".join(body).strip("\n"), dialects=dialects, options=options)
