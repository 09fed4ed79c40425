"""Shared helpers for the held-out corpus tests (eval/, eval2/, eval3/): load a corpus, build its DBs, check golds.

A corpus is a plain folder (not a package) holding a JSONL file of conversations and a datasets module with
`BUILDERS` and `build_all(out)`. The checks return lists of problems so each test asserts `not problems`.

Example:
    >>> EVAL2 = Corpus("eval2", "questions.jsonl", "datasets.py")
    >>> eval2_dbs = EVAL2.dbs_fixture("eval2_dbs")          # module-scoped pytest fixture
    >>> # in a test: assert not gold_queries_without_rows(EVAL2, eval2_dbs)
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import duckdb
import pandas as pd
import pytest

from db.engines import close_database, get_database
from db.executor import run_query

ROOT = Path(__file__).resolve().parents[1]
TOP_N = re.compile(r"ORDER BY (\d+) (DESC|ASC) LIMIT (\d+)$")


def _load_module(path: Path, name: str) -> ModuleType:
    """Load a Python file by path (the corpus folders are not packages)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Corpus:
    """One corpus: its conversations (`cases`), every turn as (case, index, turn) (`turns`) and its `datasets` module.

    Example:
        >>> heldout = Corpus("eval", "heldout.jsonl", "heldout_datasets.py")
        >>> len(heldout.turns) >= len(heldout.cases)
        True
    """

    def __init__(self, folder: str, questions: str, datasets: str) -> None:
        self.folder = folder
        self.questions = ROOT / folder / questions
        self.datasets = _load_module(ROOT / folder / datasets, f"{folder}_{Path(datasets).stem}")
        self.cases = [json.loads(line) for line in self.questions.read_text().splitlines() if line.strip()]
        self.turns = [(case, i, turn) for case in self.cases for i, turn in enumerate(case["turns"])]

    @property
    def followups(self) -> int:
        """How many turns are follow-ups (every turn but the first of each conversation)."""
        return len(self.turns) - len(self.cases)

    def url(self, dbs: Path, name: str) -> str:
        """The DuckDB URL of database `name` in the folder `dbs`, e.g. duckdb:////tmp/x/hotel.duckdb."""
        return f"duckdb:///{dbs / f'{name}.duckdb'}"

    def run(self, dbs: Path, name: str, sql: str) -> pd.DataFrame:
        """Run `sql` on database `name` through the project's execute path and return every row (up to 100,000)."""
        return run_query(get_database(self.url(dbs, name)), sql, max_rows=100_000).data

    def dbs_fixture(self, name: str):
        """A module-scoped pytest fixture called `name`: a folder with every DuckDB file built once, closed after."""

        @pytest.fixture(scope="module", name=name)
        def _dbs(tmp_path_factory):
            out = self.datasets.build_all(tmp_path_factory.mktemp(name.replace("_", "-")))
            yield out
            for db_name in self.datasets.BUILDERS:
                close_database(self.url(out, db_name))

        return _dbs


def shape_problems(corpus: Corpus) -> list[str]:
    """What is malformed: duplicate conversation ids, a schema not matching `BUILDERS`, an empty turn, unknown keys."""
    problems = []
    if len({c["id"] for c in corpus.cases}) != len(corpus.cases):
        problems.append("conversation ids must be unique")
    if {c["db"] for c in corpus.cases} != set(corpus.datasets.BUILDERS):
        schemas = sorted({c["db"] for c in corpus.cases})
        problems.append(f"schemas {schemas} != builders {sorted(corpus.datasets.BUILDERS)}")
    for case, i, turn in corpus.turns:
        if not (turn["q"].strip() and turn["sql"].strip()):
            problems.append(f"{case['id']}#{i} is empty")
        if not set(turn) <= {"q", "sql", "accept_scaled"}:
            problems.append(f"{case['id']}#{i} has unknown keys")
    return problems


def gold_queries_without_rows(corpus: Corpus, dbs: Path) -> list[str]:
    """The turns (`id#i`) whose gold query returns no row, or only NULLs."""
    bad = []
    for case, i, turn in corpus.turns:
        data = corpus.run(dbs, case["db"], turn["sql"])
        if data.empty or data.isna().all().all():
            bad.append(f"{case['id']}#{i}")
    return bad


def top_n_ties(corpus: Corpus, dbs: Path) -> tuple[int, list[str]]:
    """(how many golds end in `ORDER BY k DESC|ASC LIMIT n`, the turns among them tied at the n-th/(n+1)-th value)."""
    ties, seen = [], 0
    for case, i, turn in corpus.turns:
        m = TOP_N.search(turn["sql"])
        if not m:
            continue
        seen += 1
        col, n = int(m.group(1)) - 1, int(m.group(3))
        values = corpus.run(dbs, case["db"], turn["sql"][: m.start()] + f"ORDER BY {col + 1} {m.group(2)}")
        values = values.iloc[:, col]
        if len(values) > n and values.iloc[n - 1] == values.iloc[n]:
            ties.append(f"{case['id']}#{i}")
    return seen, ties


def having_problems(corpus: Corpus, dbs: Path) -> list[str]:
    """The HAVING golds that keep no group, or every group (the HAVING must keep a strict, non-empty subset)."""
    problems = []
    for case, i, turn in corpus.turns:
        if " HAVING " not in turn["sql"]:
            continue
        kept = len(corpus.run(dbs, case["db"], turn["sql"]))
        every = len(corpus.run(dbs, case["db"], re.sub(r" HAVING .*$", "", turn["sql"])))
        if not 0 < kept < every:
            problems.append(f"{case['id']}#{i}: HAVING keeps {kept} of {every} groups")
    return problems


def fingerprint(path: Path, query: str | None = None) -> str:
    """Hash of the rows of `query`, or by default of every row of every table (each ordered by all columns).

    Example:
        >>> fingerprint(Path("a.duckdb")) == fingerprint(Path("b.duckdb"))  # two builds of the same dataset
    """
    con = duckdb.connect(str(path), read_only=True)
    try:
        if query is not None:
            return hashlib.sha256(repr(con.execute(query).fetchall()).encode()).hexdigest()
        tables = sorted(t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        rows = [con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in tables]
    finally:
        con.close()
    return hashlib.sha256(repr((tables, rows)).encode()).hexdigest()


def build_twice(corpus: Corpus, name: str, folder: Path) -> tuple[Path, Path]:
    """Build database `name` twice, as `folder`/a.duckdb and `folder`/b.duckdb (to compare their fingerprints)."""
    first, second = folder / "a.duckdb", folder / "b.duckdb"
    corpus.datasets.BUILDERS[name](first)
    corpus.datasets.BUILDERS[name](second)
    return first, second


def build_all_problems(corpus: Corpus, folder: Path, existing: str, source: Path | None = None) -> list[str]:
    """Run `build_all` on `folder`/dbs already holding `existing`.duckdb (a copy of `source`, else freshly built).

    Returns what went wrong: the existing file rebuilt, a file missing or extra, a temporary file left behind.
    """
    out = folder / "dbs"
    out.mkdir()
    path = out / f"{existing}.duckdb"
    if source is not None:
        path.write_bytes(source.read_bytes())
    else:
        corpus.datasets.BUILDERS[existing](path)
    stamp = path.stat().st_mtime_ns
    corpus.datasets.build_all(out)
    problems = []
    if path.stat().st_mtime_ns != stamp:
        problems.append("an existing file must not be rebuilt")
    built = sorted(p.name for p in out.glob("*.duckdb"))
    wanted = sorted(f"{n}.duckdb" for n in corpus.datasets.BUILDERS)
    if built != wanted:
        problems.append(f"build_all made {built}, expected {wanted}")
    leftovers = sorted(p.name for p in out.glob(".*tmp*"))
    if leftovers:
        problems.append(f"temporary files left behind: {leftovers}")
    return problems


# ------------------------------------------------------------------ mechanism conversations (test_offline_mechanisms*)
def pipeline_cache(urls: dict[str, str]):
    """A function giving one Pipeline per database name, built on first use (a new session per conversation).

    >>> get = pipeline_cache({"gym": "duckdb:///gym.duckdb"})   # doctest: +SKIP
    >>> get("gym") is get("gym")                               # doctest: +SKIP
    True
    """
    from agents.pipeline import Pipeline

    cache: dict = {}

    def get(name: str):
        if name not in cache:
            cache[name] = Pipeline.from_url(urls[name])
        return cache[name]

    return get


def result_rows(data) -> list[tuple]:
    """A result DataFrame as a list of row tuples (no rows for None).

    >>> result_rows(pd.DataFrame({"a": [1, 2]})), result_rows(None)
    ([(1,), (2,)], [])
    """
    return [] if data is None else [tuple(r) for r in data.itertuples(index=False)]


def case_id(case) -> str:
    """Test id of a (mechanism, db, turns) conversation: 'age:gym:how old ...'."""
    mechanism, db, turns = case
    return f"{mechanism}:{db}:{turns[0][0]}"


def plain(question: str) -> str:
    """A question without case, punctuation or extra spaces, to spot a copy.

    >>> plain("And the median?")
    'and the median'
    """
    return " ".join(re.sub(r"[^\w%' ]", " ", question.lower()).split())


def corpus_urls(sources) -> dict[str, str]:
    """db name -> DuckDB URL for (Corpus, built folder) pairs.

    >>> corpus_urls([(EVAL8, Path("/tmp/dbs"))])["brewery"]   # doctest: +SKIP
    'duckdb:////tmp/dbs/brewery.duckdb'
    """
    urls = {}
    for source, dbs in sources:
        urls.update({name: source.url(dbs, name) for name in source.datasets.BUILDERS})
    return urls


def copied_first_turns(conversations, corpora) -> list[str]:
    """First turns of mechanism conversations copied from the corpora (short follow-ups may recur)."""
    questions = {plain(t["q"]) for c in corpora for _, _, t in c.turns}
    return [turns[0][0] for _, _, turns in conversations if plain(turns[0][0]) in questions]


def conversation_gold_problems(conversations, urls: dict[str, str]) -> list[str]:
    """Golds that return no row, top-N golds with a tie at the cut, HAVING golds keeping all or no groups."""
    problems = []
    for _, db_name, turns in conversations:
        database = get_database(urls[db_name])
        for question, sql in turns:
            data = run_query(database, sql, max_rows=100_000).data
            if data.empty or data.isna().all().all():
                problems.append(f"no row: {question!r}")
            if m := TOP_N.search(sql):
                col, n = int(m.group(1)) - 1, int(m.group(3))
                ranked = run_query(database, sql[: m.start()] + f"ORDER BY {col + 1} {m.group(2)}").data
                if len(ranked) > n and ranked.iloc[n - 1, col] == ranked.iloc[n, col]:
                    problems.append(f"tie at the cut: {question!r}")
            if sql.startswith("SELECT") and " HAVING " in sql and "FROM (" not in sql:
                every = run_query(database, sql.split(" HAVING ")[0], max_rows=100_000).data
                if not 0 < len(data) < len(every):
                    problems.append(f"HAVING keeps {len(data)} of {len(every)} groups: {question!r}")
    return problems


def percent(rows: list[tuple]) -> list[tuple]:
    """The same rows with every number x 100.

    >>> percent([(0.05, "a")])
    [(5.0, 'a')]
    """
    return [tuple(v * 100 if isinstance(v, int | float) and not isinstance(v, bool) else v for v in r) for r in rows]


def check_conversation(pipeline, url: str, turns, scaled=frozenset()) -> None:
    """Ask every turn in one session; each answer must hold the gold query's rows (a rate in `scaled` may be a
    fraction or a percentage)."""
    from tests.test_offline_engine import result_matches

    session = pipeline.new_session()
    for question, gold_sql in turns:
        result = pipeline.ask(question, session)
        assert result.error is None, f"{question!r}: {result.error}"
        gold = result_rows(run_query(get_database(url), gold_sql, max_rows=100_000).data)
        assert gold, f"gold of {question!r} returns no row"
        pred = result_rows(result.data)
        golds = [gold, percent(gold)] if question in scaled else [gold]
        assert any(result_matches(g, pred, "LIMIT" in gold_sql.upper()) for g in golds), (
            f"{question!r}\n  got  {result.sql}\n  gold {gold_sql}\n  rows {pred[:3]} vs {gold[:3]}")


def below_floor(corpus: Corpus, dbs: Path, turns: float, followups: float) -> str | None:
    """Why the offline engine scores under a corpus's regression floors (turn and follow-up accuracy), else None.

    The message holds the score summary and every failing turn, so a red test says what broke.

    >>> below_floor(EVAL12, eval12_dbs, 0.81, 0.77)   # doctest: +SKIP
    """
    from agents.evaluate import evaluate_file

    report = evaluate_file(str(corpus.questions), dbs_dir=str(dbs))
    if report.total != len(corpus.turns):
        return f"{report.total} turns scored, {len(corpus.turns)} in the corpus"
    if report.turn_accuracy >= turns and report.followup_accuracy >= followups:
        return None
    failures = "\n".join(report.failures)
    return f"{report.summary()} (floors {turns} / {followups})\n{failures}"


def mechanism_tests(conversations, corpora, scaled=frozenset()):
    """The checks every mechanism-test module runs on its conversations, given a module fixture `mech_urls`
    (db name -> URL): the `pipelines` fixture and three tests, to bind to module names (pytest collects them there).

    >>> pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = \\
    ...     mechanism_tests(CONVERSATIONS, CORPORA, SCALED)   # doctest: +SKIP
    """

    @pytest.fixture(scope="module")
    def pipelines(mech_urls):
        """One Pipeline per database, built on first use (a new session per conversation)."""
        return pipeline_cache(mech_urls)

    def test_conversations_are_new():
        """First turns are not copied from the development corpora (short follow-ups may recur)."""
        copied = copied_first_turns(conversations, corpora)
        assert not copied, f"questions copied from the corpora: {copied}"

    def test_golds_are_well_defined(mech_urls):
        """Golds return rows; top-N golds have no tie at the cut; HAVING golds keep a strict, non-empty subset."""
        problems = conversation_gold_problems(conversations, mech_urls)
        assert not problems, problems

    @pytest.mark.parametrize("case", conversations, ids=case_id)
    def test_mechanism(case, pipelines, mech_urls):
        _, db_name, turns = case
        check_conversation(pipelines(db_name), mech_urls[db_name], turns, scaled)

    return pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism
