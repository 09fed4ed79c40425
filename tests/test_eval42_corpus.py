"""The eval42 development corpus (eval42/questions.jsonl over eval42/datasets.py): checks of the corpus itself.

- the corpus has the promised size and mix (>= 70 conversations, >= 130 turns, >= 55 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, TIMESTAMPs, booleans,
  NULLs with a meaning, people with names and a date or year of birth, data ending in 2024 or 2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No engine runs here and there is no accuracy floor: the figure is measured with the command in eval42/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import close_database, get_database
from tests import corpus

EVAL42 = corpus.Corpus("eval42", "questions.jsonl", "datasets.py")


@pytest.fixture(scope="session", name="eval42_dbs")
def _eval42_dbs(tmp_path_factory):
    """Every eval42 DuckDB file, built once per test session in a tmp dir (closed again at the end)."""
    out = EVAL42.datasets.build_all(tmp_path_factory.mktemp("eval42-dbs"))
    yield out
    for name in EVAL42.datasets.BUILDERS:
        close_database(EVAL42.url(out, name))


def test_corpus_size_and_mix():
    assert len(EVAL42.cases) >= 70 and len(EVAL42.turns) >= 130 and EVAL42.followups >= 55
    assert not (problems := corpus.shape_problems(EVAL42)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL42.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " LIMIT ",
                    "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year', date_of_birth",
                    "- birth_year", "h.party_size = b.berths", "hammer_price > guide_price", "NOT f.cancelled"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL42.turns) >= 5, "too few rate questions"
    assert len({case["db"] for case in EVAL42.cases}) == 5


def test_every_gold_query_runs_and_returns_rows(eval42_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL42, eval42_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval42_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL42, eval42_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval42_dbs):
    assert not (problems := corpus.having_problems(EVAL42, eval42_dbs)), problems


def _declared(table, ref_table: str) -> list:
    return [fk for fk in table.foreign_keys if not fk.inferred and fk.ref_table.lower() == ref_table]


def test_schemas_have_the_promised_traits(eval42_dbs):
    """Undeclared crossings.account_id and lots.buyer_id, declared FKs elsewhere, typed columns, meaningful NULLs."""
    crossings = get_database(EVAL42.url(eval42_dbs, "tollroad")).schema().tables["crossings"]
    assert "account_id" not in {fk.column for fk in crossings.foreign_keys if not fk.inferred}
    assert _declared(crossings, "plazas") and crossings.column("crossed_at").kind == "datetime"
    assert crossings.column("discount_applied").kind == "bool"
    lots = get_database(EVAL42.url(eval42_dbs, "carauction")).schema().tables["lots"]
    assert "buyer_id" not in {fk.column for fk in lots.foreign_keys if not fk.inferred} and _declared(lots, "auctions")
    hires = get_database(EVAL42.url(eval42_dbs, "canalboats")).schema().tables["hires"]
    assert _declared(hires, "boats") and _declared(hires, "customers")
    results = get_database(EVAL42.url(eval42_dbs, "gokart")).schema().tables["race_results"]
    assert _declared(results, "races") and _declared(results, "drivers")
    flights = get_database(EVAL42.url(eval42_dbs, "helitours")).schema().tables["flights"]
    assert _declared(flights, "pilots") and flights.column("departure_at").kind == "datetime"
    for name, sql in [("tollroad", "SELECT COUNT(*) - COUNT(closed_on) FROM accounts"),
                      ("tollroad", "SELECT COUNT(*) - COUNT(account_id) FROM crossings"),
                      ("canalboats", "SELECT COUNT(*) - COUNT(rating) FROM hires"),
                      ("carauction", "SELECT COUNT(*) - COUNT(hammer_price) FROM lots"),
                      ("gokart", "SELECT COUNT(*) - COUNT(finish_position) FROM race_results"),
                      ("helitours", "SELECT COUNT(*) - COUNT(left_on) FROM pilots"),
                      ("helitours", "SELECT COUNT(*) - COUNT(customer_rating) FROM flights")]:
        assert EVAL42.run(eval42_dbs, name, sql).iloc[0, 0] > 0, f"{name}: {sql} finds no NULL"
    for name, sql, span in [("tollroad", "SELECT MIN(crossed_at), MAX(crossed_at) FROM crossings", (2023, 2025)),
                            ("canalboats", "SELECT MIN(start_date), MAX(start_date) FROM hires", (2023, 2024)),
                            ("carauction", "SELECT MIN(auction_date), MAX(auction_date) FROM auctions", (2022, 2024)),
                            ("gokart", "SELECT MIN(race_start), MAX(race_start) FROM races", (2023, 2025)),
                            ("helitours", "SELECT MIN(departure_at), MAX(departure_at) FROM flights", (2022, 2024))]:
        first, last = EVAL42.run(eval42_dbs, name, sql).iloc[0]
        assert (first.year, last.year) == span, f"{name} spans {first} .. {last}"


@pytest.mark.parametrize("name", ["canalboats", "carauction"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL42, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path, eval42_dbs):
    """An existing file is kept (a copy of the session's gokart file), the missing ones are built."""
    problems = corpus.build_all_problems(EVAL42, tmp_path, "gokart", source=eval42_dbs / "gokart.duckdb")
    assert not problems, problems


def test_engine_accuracy_floor(eval42_dbs):
    """A regression floor, not a target: the engine's authors read this development corpus's failures (the honest
    figures come from the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL42, eval42_dbs, 0.73, 0.72)), short
