"""The hundred-and-fourteenth development corpus (eval114/questions.jsonl over eval114/datasets.py), to improve general
mechanisms.

- the corpus has the promised size and mix (>= 95 conversations, >= 195 turns, >= 95 follow-ups, >= 15 conversations
  on each of the five schemas, >= 8 rate turns);
- every gold query runs through the project's execute path (`db.executor.run_query`) and returns rows;
- top-N golds have no tie at the cut and HAVING golds keep a strict subset of the groups;
- the schemas have the promised traits (an undeclared foreign key next to declared ones, booleans, DATE and
  TIMESTAMP columns, NULLs with a meaning, people with names and a birth date or year, camelCase in one schema,
  data from 2023 to 2024/2025);
- the builders are deterministic, `build_all` builds only missing files and leaves no temporary file.

No accuracy floor: this corpus measures, it does not gate.
"""
from __future__ import annotations

import pytest

from db.engines import get_database
from tests import corpus

EVAL114 = corpus.Corpus("eval114", "questions.jsonl", "datasets.py")

eval114_dbs = EVAL114.dbs_fixture("eval114_dbs")  # every DuckDB file, built once, closed after


def test_corpus_size_and_mix():
    assert len(EVAL114.cases) >= 95 and len(EVAL114.turns) >= 195 and EVAL114.followups >= 95
    assert not (problems := corpus.shape_problems(EVAL114)), problems
    golds = " ".join(turn["sql"] for _, _, turn in EVAL114.turns)
    for feature in (" JOIN ", " HAVING ", "COUNT(DISTINCT", "MEDIAN(", "IS NULL", "IS NOT NULL", "NOT IN (",
                    " LIMIT ", "HOUR(", "DAYNAME(", "QUARTER(", "MONTH(", "YEAR(", "date_diff(", "date_sub('year'",
                    "- birthYear", "- birth_year", " DESC LIMIT ", " ASC LIMIT ", "MAX(", "MIN(", "AVG(", "SUM(",
                    " <> ", "NOT ", "UNION ALL"):
        assert feature in golds, f"no gold query uses {feature.strip()}"
    assert sum(bool(turn.get("accept_scaled")) for _, _, turn in EVAL114.turns) >= 8, "too few rate questions"
    assert {case["db"] for case in EVAL114.cases} == set(EVAL114.datasets.BUILDERS)
    for name in EVAL114.datasets.BUILDERS:
        assert sum(case["db"] == name for case in EVAL114.cases) >= 15, f"too few conversations on {name}"


def test_every_gold_query_runs_and_returns_rows(eval114_dbs):
    assert not (bad := corpus.gold_queries_without_rows(EVAL114, eval114_dbs)), f"gold queries without rows: {bad}"


def test_top_n_golds_have_no_tie_at_the_cut(eval114_dbs):
    """`ORDER BY k DESC LIMIT n`: the n-th and (n+1)-th values differ, so the expected rows are well defined."""
    seen, ties = corpus.top_n_ties(EVAL114, eval114_dbs)
    assert seen >= 10 and not ties, f"tie at the top-N cut: {ties}"


def test_order_by_expression_golds_have_no_tie_at_the_cut(eval114_dbs):
    """Golds ordered by a column or expression that is not selected (`ORDER BY birth_date LIMIT 1`,
    `ORDER BY SUM(...) DESC LIMIT 5`): the ordering key has no tie at the cut either."""
    checked = 0
    for case, i, turn in EVAL114.turns:
        sql = turn["sql"]
        if " LIMIT " not in sql or corpus.TOP_N.search(sql):
            continue
        head, _, tail = sql.rpartition(" ORDER BY ")
        key, _, n = tail.rpartition(" LIMIT ")
        select_from = head[head.index(" FROM "):]
        keyed = f"SELECT {key.removesuffix(' DESC').removesuffix(' ASC')} AS k{select_from} ORDER BY {key}"
        values = EVAL114.run(eval114_dbs, case["db"], keyed).iloc[:, 0]
        checked += 1
        if len(values) > int(n):
            assert values.iloc[int(n) - 1] != values.iloc[int(n)], f"{case['id']}#{i}: tie at the cut"
    assert checked >= 5


def test_having_golds_keep_a_strict_subset(eval114_dbs):
    assert not (problems := corpus.having_problems(EVAL114, eval114_dbs)), problems


def test_nursery_delivery_supplier_foreign_key_is_only_implied(eval114_dbs):
    """deliveries.supplier_id is NOT declared (only implied by its name); the other links are declared."""
    deliveries = get_database(EVAL114.url(eval114_dbs, "nursery")).schema().tables["deliveries"]
    declared = {fk.column for fk in deliveries.foreign_keys if not fk.inferred}
    assert "supplier_id" not in declared and "plant_id" in declared
    for name, table, ref in [("choir", "attendance", "singers"), ("choir", "attendance", "rehearsals"),
                             ("choir", "rehearsals", "concerts"), ("bikecourier", "jobs", "clients"),
                             ("bikecourier", "jobs", "couriers"), ("bikecourier", "damage_claims", "jobs"),
                             ("nursery", "sales_lines", "plants"), ("chess", "games", "tournaments"),
                             ("chess", "games", "members"), ("lettings", "properties", "landlords"),
                             ("lettings", "tenancies", "properties"), ("lettings", "rent_payments", "tenancies")]:
        fks = get_database(EVAL114.url(eval114_dbs, name)).schema().tables[table].foreign_keys
        assert [fk for fk in fks if not fk.inferred and fk.ref_table.lower() == ref], f"{name}.{table}"


def test_schemas_have_the_promised_column_kinds(eval114_dbs):
    kinds = {(name, table, column): kind for name, table, column, kind in [
        ("choir", "singers", "birth_date", "date"), ("choir", "singers", "left_on", "date"),
        ("choir", "rehearsals", "starts_at", "datetime"), ("choir", "attendance", "present", "bool"),
        ("choir", "concerts", "ticket_price_gbp", "number"), ("choir", "concerts", "charity_event", "bool"),
        ("bikecourier", "jobs", "pickup_at", "datetime"), ("bikecourier", "jobs", "dropoff_at", "datetime"),
        ("bikecourier", "jobs", "cancelled", "bool"), ("bikecourier", "couriers", "birth_year", "number"),
        ("bikecourier", "damage_claims", "settled_on", "date"), ("nursery", "sales_lines", "sold_at", "datetime"),
        ("nursery", "deliveries", "delivered_on", "date"), ("nursery", "plants", "peat_free", "bool"),
        ("nursery", "plants", "retail_price_gbp", "number"), ("chess", "games", "playedAt", "datetime"),
        ("chess", "members", "leftDate", "date"), ("chess", "tournaments", "isRated", "bool"),
        ("chess", "members", "birthYear", "number"), ("lettings", "tenancies", "end_date", "date"),
        ("lettings", "tenancies", "tenant_birth_date", "date"), ("lettings", "rent_payments", "paid_on", "date"),
        ("lettings", "properties", "furnished", "bool"), ("lettings", "landlords", "birth_date", "date")]}
    for (name, table, column), kind in kinds.items():
        col = get_database(EVAL114.url(eval114_dbs, name)).schema().tables[table].column(column)
        assert col is not None and col.kind == kind, f"{name}.{table}.{column}"


def test_nulls_carry_a_meaning_and_data_spans_2023_to_2024_or_2025(eval114_dbs):
    for name, sql in [("choir", "SELECT COUNT(*) - COUNT(left_on) FROM singers"),
                      ("choir", "SELECT COUNT(*) - COUNT(section) FROM rehearsals"),
                      ("bikecourier", "SELECT COUNT(*) - COUNT(dropoff_at) FROM jobs"),
                      ("bikecourier", "SELECT COUNT(*) - COUNT(settled_on) FROM damage_claims"),
                      ("nursery", "SELECT COUNT(*) - COUNT(refunded_on) FROM sales_lines"),
                      ("chess", "SELECT COUNT(*) - COUNT(tournamentId) FROM games"),
                      ("chess", "SELECT COUNT(*) - COUNT(leftDate) FROM members"),
                      ("lettings", "SELECT COUNT(*) - COUNT(end_date) FROM tenancies"),
                      ("lettings", "SELECT COUNT(*) - COUNT(paid_on) FROM rent_payments")]:
        assert EVAL114.run(eval114_dbs, name, sql).iloc[0, 0] > 0, f"{name}: no NULLs in {sql}"
    for name, sql in [("bikecourier", "SELECT COUNT(*) FROM jobs WHERE cancelled <> (pickup_at IS NULL) "
                                      "OR cancelled <> (dropoff_at IS NULL) OR (cancelled AND fee_gbp <> 0)"),
                      ("bikecourier", "SELECT COUNT(*) FROM damage_claims WHERE (settled_on IS NULL) "
                                      "<> (payout_gbp IS NULL)"),
                      ("choir", "SELECT COUNT(*) FROM rehearsals WHERE (rehearsal_type = 'sectional') "
                                "<> (section IS NOT NULL)"),
                      ("lettings", "SELECT COUNT(*) FROM (SELECT property_id FROM tenancies WHERE end_date IS NULL "
                                   "GROUP BY property_id HAVING COUNT(*) > 1)")]:
        assert EVAL114.run(eval114_dbs, name, sql).iloc[0, 0] == 0, f"{name}: {sql}"
    for name, sql, span in [("choir", "SELECT MIN(YEAR(starts_at)), MAX(YEAR(starts_at)) FROM rehearsals",
                             (2023, 2024)),
                            ("bikecourier", "SELECT MIN(YEAR(booked_at)), MAX(YEAR(booked_at)) FROM jobs",
                             (2023, 2025)),
                            ("nursery", "SELECT MIN(YEAR(sold_at)), MAX(YEAR(sold_at)) FROM sales_lines",
                             (2023, 2024)),
                            ("chess", "SELECT MIN(YEAR(playedAt)), MAX(YEAR(playedAt)) FROM games", (2023, 2025)),
                            ("lettings", "SELECT MIN(YEAR(due_date)), MAX(YEAR(due_date)) FROM rent_payments",
                             (2023, 2025))]:
        assert tuple(EVAL114.run(eval114_dbs, name, sql).iloc[0]) == span, name


def test_only_the_chess_schema_is_camel_case(eval114_dbs):
    for name in EVAL114.datasets.BUILDERS:
        tables = get_database(EVAL114.url(eval114_dbs, name)).schema().tables.values()
        camel = [c.name for t in tables for c in t.columns if c.name != c.name.lower()]
        assert bool(camel) == (name == "chess"), f"{name}: {camel[:5]}"


@pytest.mark.parametrize("name", ["choir", "bikecourier", "nursery", "chess", "lettings"])
def test_builders_are_deterministic(tmp_path, name):
    first, second = corpus.build_twice(EVAL114, name, tmp_path)
    assert corpus.fingerprint(first) == corpus.fingerprint(second)


def test_build_all_builds_only_missing_files(tmp_path):
    assert not (problems := corpus.build_all_problems(EVAL114, tmp_path, "lettings")), problems


def test_engine_accuracy_floor(eval114_dbs):
    """A regression floor, not a target, about three points under the engine's score when it was set (160/240 turns,
    81/132 follow-ups): the engine's authors read this development corpus's failures (the honest figures come from
    the held-out corpora)."""
    assert not (short := corpus.below_floor(EVAL114, eval114_dbs, 0.63, 0.58)), short
