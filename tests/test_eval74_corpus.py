"""The seventy-fourth held-out corpus (eval74/questions.jsonl over eval74/datasets.py), for the final measurement.

- the corpus has the promised size and mix (>= 92 conversations, >= 185 turns, >= 88 follow-ups, five schemas);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, data ending in 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.
No accuracy floor here: the figure is measured once, with the commands in eval74/README.md.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL74 = corpus.Corpus("eval74", "questions.jsonl", "datasets.py")

eval74_dbs = EVAL74.dbs_fixture("eval74_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL74.cases) >= 92 and len(EVAL74.turns) >= 185 and EVAL74.followups >= 88
    assert not (problems := corpus.shape_problems(EVAL74)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL74.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (", " IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "date_diff(", "date_sub('year'",
                    "- birth_year", "- birthYear", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", " <> ", "NOT ", "DISTINCT "):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL74.turns) >= 5, "too few rate questions"
    assert {case["db"] for case in EVAL74.cases} == set(EVAL74.datasets.BUILDERS)
    for name in EVAL74.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL74.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval74_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL74, eval74_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval74_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL74, eval74_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_having_golds_keep_a_strict_subset(eval74_dbs):
    assert not (problems := corpus.having_problems(EVAL74, eval74_dbs)), problems


def test_prescription_visit_foreign_key_is_only_implied(eval74_dbs):
    """prescriptions.visit_id is NOT declared (only implied by its name); the other links are declared."""
    scripts = get_database(EVAL74.url(eval74_dbs, "vetfarm")).schema().tables["prescriptions"]
    assert "visit_id" not in {fk.column.lower() for fk in scripts.foreign_keys if not fk.inferred}
    for name, table, ref in [("brewery", "brews", "tanks"), ("brewery", "brews", "hop_suppliers"),
                             ("brewery", "packaging_runs", "brews"), ("vetfarm", "visits", "farms"),
                             ("vetfarm", "visits", "vets"), ("coworking", "bookings", "spaces"),
                             ("coworking", "dayPasses", "members"), ("roofing", "jobs", "quotes"),
                             ("roofing", "materials_used", "jobs"), ("theatre", "ticket_sales", "performances"),
                             ("theatre", "performances", "productions")]:
        fks = get_database(EVAL74.url(eval74_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref.lower()], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval74_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("brewery", "brews", "brewed_at", "datetime"), ("brewery", "brews", "fermentation_end", "date"),
        ("brewery", "brews", "dumped", "bool"), ("brewery", "hop_suppliers", "organic_certified", "bool"),
        ("vetfarm", "visits", "visit_at", "datetime"), ("vetfarm", "visits", "follow_up_on", "date"),
        ("vetfarm", "vets", "birth_date", "date"), ("vetfarm", "visits", "emergency", "bool"),
        ("coworking", "bookings", "startsAt", "datetime"), ("coworking", "members", "leftOn", "date"),
        ("coworking", "bookings", "isCancelled", "bool"), ("coworking", "dayPasses", "purchasedOn", "date"),
        ("roofing", "materials_used", "delivered_at", "datetime"), ("roofing", "jobs", "finished_on", "date"),
        ("roofing", "roofers", "birth_date", "date"), ("roofing", "quotes", "accepted", "bool"),
        ("theatre", "performances", "starts_at", "datetime"), ("theatre", "productions", "closing_night", "date"),
        ("theatre", "performances", "matinee", "bool")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL74.url(eval74_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_ends_in_2024_or_2025(eval74_dbs):
    for name, sql in [("brewery", "SELECT COUNT(*) - COUNT(fermentation_end) FROM brews"),
                      ("vetfarm", "SELECT COUNT(*) - COUNT(follow_up_on) FROM visits"),
                      ("coworking", "SELECT COUNT(*) - COUNT(leftOn) FROM members"),
                      ("coworking", "SELECT COUNT(*) - COUNT(memberId) FROM dayPasses"),
                      ("roofing", "SELECT COUNT(*) - COUNT(finished_on) FROM jobs"),
                      ("theatre", "SELECT COUNT(*) - COUNT(closing_night) FROM productions"),
                      ("theatre", "SELECT COUNT(*) - COUNT(lapsed_on) FROM members")]:
        assert EVAL74.run(eval74_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs"
    for name, sql, why in [
            ("brewery", "SELECT COUNT(*) FROM packaging_runs p JOIN brews b ON b.brew_id = p.brew_id "
             "WHERE b.fermentation_end IS NULL OR b.dumped", "only finished, kept brews are packaged"),
            ("roofing", "SELECT COUNT(*) FROM jobs WHERE (invoice_gbp IS NULL) <> (finished_on IS NULL)",
             "a job is invoiced exactly when it is finished"),
            ("roofing", "SELECT COUNT(*) FROM jobs j JOIN quotes q ON q.quote_id = j.quote_id WHERE NOT q.accepted",
             "only accepted quotes become jobs"),
            ("coworking", "SELECT COUNT(*) FROM bookings WHERE isCancelled AND priceGbp <> 0",
             "a cancelled booking is not charged"),
            ("vetfarm", "SELECT COUNT(*) FROM prescriptions p LEFT JOIN visits v ON v.visit_id = p.visit_id "
             "WHERE v.visit_id IS NULL", "every prescription belongs to a visit")]:
        assert EVAL74.run(eval74_dbs, name, sql).iloc[0, 0] == 0, why
    for name, sql, span in [
            ("brewery", "SELECT MIN(YEAR(brewed_at)), MAX(YEAR(brewed_at)) FROM brews", (2023, 2025)),
            ("vetfarm", "SELECT MIN(YEAR(visit_at)), MAX(YEAR(visit_at)) FROM visits", (2023, 2024)),
            ("coworking", "SELECT MIN(YEAR(startsAt)), MAX(YEAR(startsAt)) FROM bookings", (2023, 2024)),
            ("roofing", "SELECT MIN(YEAR(quoted_on)), MAX(YEAR(quoted_on)) FROM quotes", (2023, 2025)),
            ("theatre", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM performances", (2023, 2025))]:
        assert tuple(EVAL74.run(eval74_dbs, name, sql).iloc[0]) == span, name


@pytest.mark.parametrize("name", ["vetfarm", "theatre"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL74, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL74, tmp_path, "coworking")), problems
