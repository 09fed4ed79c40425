"""Regression tests for the offline engine's general mechanisms, on the eval4 and eval6 development schemas.

Each conversation runs in one `Pipeline` session on a DuckDB file built by the corpus builders; every turn's result
must contain the gold query's columns row-aligned (`tests.test_offline_engine.result_matches`). The questions are
new (not copied from eval4/eval6 questions.jsonl): they pin mechanisms, the corpora measure accuracy.
Mechanisms: derived columns (age, days between dates, qty x unit_price), anti-joins and missing keys, 'who'
questions and 'top N donors', payment tables as money, opposites of flags and end dates, 'among X', country
adjectives, two-column comparisons, day names, time units, 'last month/quarter', follow-ups.
A few dialect checks render specs with `absent`, `empty`, `cmp_col` filters and derived measures for DuckDB, SQLite
and PostgreSQL and pass them through `db.guard.check_sql` (and run them on real DuckDB / SQLite databases).
"""
from __future__ import annotations

import re
import sqlite3

import duckdb
import pytest

from agents.nl_sql import render_sql
from db.engines import get_database
from db.executor import run_query
from db.guard import check_sql
from tests import corpus
from tests.test_offline_engine import result_matches

EVAL4 = corpus.Corpus("eval4", "questions.jsonl", "datasets.py")
EVAL6 = corpus.Corpus("eval6", "questions.jsonl", "datasets.py")
mech4_dbs = EVAL4.dbs_fixture("mech4_dbs")
mech6_dbs = EVAL6.dbs_fixture("mech6_dbs")

AGE = "date_sub('year', date_of_birth, current_date)"  # completed years today
Q4_2024 = ">= DATE '2024-10-01' AND {0} < DATE '2025-01-01'"
DEC_2024 = ">= DATE '2024-12-01' AND {0} < DATE '2025-01-01'"
DONOR_MONEY = "SELECT d.full_name, SUM(x.amount) FROM donations x JOIN donors d USING (donor_id) "
APPEAL_MONEY = "SELECT a.appeal_name, SUM(d.amount) FROM donations d JOIN appeals a USING (appeal_id) "

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. derived columns: age from a birth date, days between start and end dates, qty x unit_price
    ("age", "gym", [("what is the average age of members per home club?",
                     f"SELECT home_club, AVG({AGE}) FROM members GROUP BY home_club")]),
    ("age", "gym", [("how many members are over 50 years old?", f"SELECT COUNT(*) FROM members WHERE {AGE} > 50")]),
    ("age", "recruiting", [("average candidate age by source",
                            f"SELECT source, AVG({AGE}) FROM candidates GROUP BY source")]),
    ("age", "esports", [("how many players are under 21?",
                         "SELECT COUNT(*) FROM players WHERE date_sub('year', birthDate, current_date) < 21")]),
    ("days", "recruiting", [("average days to close a job by department",
                             "SELECT department, AVG(date_diff('day', opened_on, closed_on)) FROM jobs GROUP BY 1")]),
    ("line total", "bakery", [("total sales per store",
                               "SELECT store, SUM(qty * unit_price) FROM sales_lines GROUP BY 1")]),
    ("line total", "bakery", [("what were total sales of cakes in 2024?",
                               "SELECT SUM(qty * unit_price) FROM sales_lines "
                               "WHERE category = 'Cake' AND YEAR(sold_at) = 2024")]),
    # 2. anti-joins and missing keys
    ("anti-join", "charity", [("how many donors have never donated?",
                               "SELECT COUNT(*) FROM donors WHERE donor_id NOT IN (SELECT donor_id FROM donations)")]),
    ("anti-join", "telecom", [("list subscribers who never made a call",
                               "SELECT fullName FROM subscribers "
                               "WHERE subscriberId NOT IN (SELECT subscriberId FROM calls)")]),
    ("anti-join", "gym", [("which members have no bookings?",
                           "SELECT full_name FROM members "
                           "WHERE member_id NOT IN (SELECT member_id FROM class_bookings)")]),
    ("missing key", "charity", [("total amount of donations made outside of any appeal",
                                 "SELECT SUM(amount) FROM donations WHERE appeal_id IS NULL")]),
    ("missing key", "charity", [("how many donations were given outside of an appeal?",
                                 "SELECT COUNT(*) FROM donations WHERE appeal_id IS NULL")]),
    # 3. 'who' answers with a person; 'top N donors' ranks by child-table money
    ("who", "rides", [("who earned the most in fares?",
                       "SELECT d.driver_name, SUM(r.fare) FROM rides r JOIN drivers d USING (driver_id) "
                       "GROUP BY d.driver_id, 1 ORDER BY 2 DESC LIMIT 1")]),
    ("who", "telecom", [("who made the most calls?",
                         "SELECT s.fullName, COUNT(*) FROM calls c JOIN subscribers s USING (subscriberId) "
                         "GROUP BY s.subscriberId, 1 ORDER BY 2 DESC LIMIT 1")]),
    ("who", "charity", [("which donor gave the most money?",
                         DONOR_MONEY + "GROUP BY d.donor_id, 1 ORDER BY 2 DESC LIMIT 1")]),
    ("top donors", "charity", [("top 3 donors", DONOR_MONEY + "GROUP BY d.donor_id, 1 ORDER BY 2 DESC LIMIT 3")]),
    ("top donors", "telecom", [("top 5 subscribers",
                                "SELECT s.fullName, SUM(c.chargeEur) FROM calls c JOIN subscribers s "
                                "USING (subscriberId) GROUP BY s.subscriberId, 1 ORDER BY 2 DESC LIMIT 5")]),
    # 4. payment tables mean money
    ("money", "charity", [("total donations in 2023",
                           "SELECT SUM(amount) FROM donations WHERE YEAR(donated_on) = 2023")]),
    ("money", "charity", [("donations by year", "SELECT YEAR(donated_on), SUM(amount) FROM donations GROUP BY 1")]),
    ("money", "charity", [("how much did each channel raise?",
                           "SELECT a.channel, SUM(d.amount) FROM donations d JOIN appeals a USING (appeal_id) "
                           "GROUP BY 1")]),
    ("money", "charity", [("which appeals raised less than 20k?",
                           APPEAL_MONEY + "GROUP BY 1 HAVING SUM(d.amount) < 20000")]),
    # 5. opposites of flags and end dates, missing values
    ("opposite", "rides", [("how many completed rides were there in 2024?",
                            "SELECT COUNT(*) FROM rides WHERE NOT cancelled AND YEAR(requested_at) = 2024")]),
    ("opposite", "rides", [("completed rides by payment method",
                            "SELECT payment_method, COUNT(*) FROM rides WHERE NOT cancelled GROUP BY 1")]),
    ("opposite", "gym", [("how many active members per tier?",
                          "SELECT membership_tier, COUNT(*) FROM members WHERE cancelled_on IS NULL GROUP BY 1")]),
    ("opposite", "telecom", [("how many active subscribers are there in Lyon?",
                              "SELECT COUNT(*) FROM subscribers WHERE churnedOn IS NULL AND homeCity = 'Lyon'")]),
    ("opposite", "gym", [("how many no-shows were there in 2023?",
                          "SELECT COUNT(*) FROM class_bookings WHERE NOT attended AND YEAR(class_date) = 2023")]),
    ("opposite", "telecom", [("how many domestic calls were dropped?",
                              "SELECT COUNT(*) FROM calls WHERE NOT isInternational AND dropped")]),
    ("still open", "parking", [("how many vehicles are still parked?",
                                "SELECT COUNT(*) FROM sessions WHERE exited_at IS NULL")]),
    ("still open", "parking", [("sessions still open by lot",
                                "SELECT l.lot_name, COUNT(*) FROM sessions s JOIN lots l USING (lot_id) "
                                "WHERE s.exited_at IS NULL GROUP BY 1")]),
    ("still open", "recruiting", [("how many jobs are still open?",
                                   "SELECT COUNT(*) FROM jobs WHERE closed_on IS NULL")]),
    ("missing value", "rides", [("how many rides had no tip?",
                                 "SELECT COUNT(*) FROM rides WHERE tip IS NULL OR tip = 0")]),
    ("missing value", "charity", [("how many donors are without an email?",
                                   "SELECT COUNT(*) FROM donors WHERE email IS NULL OR email = ''")]),
    # 6. 'among X', country adjectives, two-column comparisons
    ("among", "charity", [("among recurring donors, how many live in Canada?",
                           "SELECT COUNT(*) FROM donors WHERE is_recurring AND country = 'Canada'")]),
    ("among", "rides", [("among cash rides, what is the average fare by pickup zone?",
                         "SELECT pickup_zone, AVG(fare) FROM rides WHERE payment_method = 'Cash' GROUP BY 1")]),
    ("country", "charity", [("how many canadian donors are recurring?",
                             "SELECT COUNT(*) FROM donors WHERE country = 'Canada' AND is_recurring")]),
    ("country", "charity", [("total donations from australian donors",
                             "SELECT SUM(x.amount) FROM donations x JOIN donors d USING (donor_id) "
                             "WHERE d.country = 'Australia'")]),
    ("country", "telecom", [("how many calls went to italy or to spanish numbers?",
                             "SELECT COUNT(*) FROM calls WHERE destinationCountry IN ('Italy', 'Spain')")]),
    ("two columns", "rides", [("how many rides had a tip greater than 15% of the fare?",
                               "SELECT COUNT(*) FROM rides WHERE tip > 0.15 * fare")]),
    # 7. day names, time units, 'last month/quarter' on data ending with a whole month
    ("day names", "rides", [("number of rides by day of week",
                             "SELECT dayname(requested_at), COUNT(*) FROM rides GROUP BY 1")]),
    ("day names", "bakery", [("sales by weekday",
                              "SELECT dayname(sold_at), SUM(qty * unit_price) FROM sales_lines GROUP BY 1")]),
    ("time unit", "telecom", [("total call time in hours by city",
                               "SELECT s.homeCity, SUM(c.durationSec) / 3600.0 FROM calls c "
                               "JOIN subscribers s USING (subscriberId) GROUP BY 1")]),
    ("time unit", "telecom", [("average call length in minutes by plan",
                               "SELECT p.planName, AVG(c.durationSec / 60.0) FROM calls c JOIN subscribers s "
                               "USING (subscriberId) JOIN plans p USING (planId) GROUP BY 1")]),
    ("time unit", "rides", [("average ride duration in hours", "SELECT AVG(duration_min) / 60.0 FROM rides")]),
    ("last period", "charity", [("how much was donated last month?",
                                 "SELECT SUM(amount) FROM donations WHERE donated_on "
                                 + DEC_2024.format("donated_on"))]),
    ("last period", "pharmacy", [("how many prescriptions were filled last quarter?",
                                  "SELECT COUNT(*) FROM rx WHERE filled_dt " + Q4_2024.format("filled_dt"))]),
    ("last period", "parking", [("parking revenue last month by city",
                                 "SELECT l.city, SUM(s.fee) FROM sessions s JOIN lots l USING (lot_id) "
                                 "WHERE s.entered_at " + DEC_2024.format("s.entered_at") + " GROUP BY 1")]),
    # 8. follow-ups
    ("new year", "rides", [("how many rides were requested in 2024?",
                            "SELECT COUNT(*) FROM rides WHERE YEAR(requested_at) = 2024"),
                           ("how about 2023?", "SELECT COUNT(*) FROM rides WHERE YEAR(requested_at) = 2023")]),
    ("new year", "charity", [("total donations by appeal in 2024",
                              APPEAL_MONEY + "WHERE YEAR(d.donated_on) = 2024 GROUP BY 1"),
                             ("and in 2022?", APPEAL_MONEY + "WHERE YEAR(d.donated_on) = 2022 GROUP BY 1")]),
    ("new year", "gym", [("how many members joined in 2023?",
                          "SELECT COUNT(*) FROM members WHERE YEAR(joined_on) = 2023"),
                         ("and in 2022?", "SELECT COUNT(*) FROM members WHERE YEAR(joined_on) = 2022")]),
    ("new having", "parking", [("which lots had more than 600 sessions?",
                                "SELECT l.lot_name, COUNT(*) FROM sessions s JOIN lots l USING (lot_id) "
                                "GROUP BY 1 HAVING COUNT(*) > 600"),
                               ("and which had fewer than 500?",
                                "SELECT l.lot_name, COUNT(*) FROM sessions s JOIN lots l USING (lot_id) "
                                "GROUP BY 1 HAVING COUNT(*) < 500")]),
    ("sibling", "rides", [("number of rides by pickup zone", "SELECT pickup_zone, COUNT(*) FROM rides GROUP BY 1"),
                          ("now the same for dropoff zones", "SELECT dropoff_zone, COUNT(*) FROM rides GROUP BY 1")]),
    ("median after top-1", "rides", [("what was the highest fare?", "SELECT MAX(fare) FROM rides"),
                                     ("and what's the median?", "SELECT MEDIAN(fare) FROM rides")]),
    ("median after top-1", "telecom", [("longest call in seconds", "SELECT MAX(durationSec) FROM calls"),
                                       ("what about the median?", "SELECT MEDIAN(durationSec) FROM calls")]),
    ("how many of them", "charity", [("list the appeals launched in 2023",
                                      "SELECT appeal_name FROM appeals WHERE YEAR(launched_on) = 2023"),
                                     ("how many of them were online?",
                                      "SELECT COUNT(*) FROM appeals WHERE YEAR(launched_on) = 2023 "
                                      "AND channel = 'Online'")]),
    ("how many of them", "rides", [("list drivers with a rating above 4.8",
                                    "SELECT driver_name FROM drivers WHERE rating > 4.8"),
                                   ("how many of them drive electric cars?",
                                    "SELECT COUNT(*) FROM drivers WHERE rating > 4.8 AND vehicle_type = 'Electric'")]),
    ("people who gave", "charity", [("how much did the Flood Relief appeal raise?",
                                     "SELECT SUM(d.amount) FROM donations d JOIN appeals a USING (appeal_id) "
                                     "WHERE a.appeal_name = 'Flood Relief'"),
                                    ("how many people donated to it?",
                                     "SELECT COUNT(DISTINCT d.donor_id) FROM donations d JOIN appeals a "
                                     "USING (appeal_id) WHERE a.appeal_name = 'Flood Relief'")]),
    ("people who gave", "charity", [("total donations to the Spring Gala appeal",
                                     "SELECT SUM(d.amount) FROM donations d JOIN appeals a USING (appeal_id) "
                                     "WHERE a.appeal_name = 'Spring Gala'"),
                                    ("and how many people gave to it?",
                                     "SELECT COUNT(DISTINCT d.donor_id) FROM donations d JOIN appeals a "
                                     "USING (appeal_id) WHERE a.appeal_name = 'Spring Gala'")]),
]


@pytest.fixture(scope="module")
def mech_urls(mech4_dbs, mech6_dbs):
    """db name -> DuckDB URL of its file, for both corpora."""
    urls = {name: EVAL4.url(mech4_dbs, name) for name in EVAL4.datasets.BUILDERS}
    urls.update({name: EVAL6.url(mech6_dbs, name) for name in EVAL6.datasets.BUILDERS})
    return urls


@pytest.fixture(scope="module")
def pipelines(mech_urls):
    """One Pipeline per database, built on first use (a new session per conversation)."""
    return corpus.pipeline_cache(mech_urls)


def test_conversation_count_and_mix():
    turns = sum(len(t) for _, _, t in CONVERSATIONS)
    assert 35 <= len(CONVERSATIONS) and turns >= 45
    questions = {corpus.plain(t["q"]) for _, _, t in EVAL4.turns + EVAL6.turns}
    copied = [q for _, _, ts in CONVERSATIONS for q, _ in ts if corpus.plain(q) in questions]
    assert not copied, f"questions copied from the corpora: {copied}"


def test_golds_are_well_defined(mech_urls):
    """Top-N golds have no tie at the cut; HAVING golds keep a strict, non-empty subset of the groups."""
    problems = []
    for _, db_name, turns in CONVERSATIONS:
        database = get_database(mech_urls[db_name])
        for question, sql in turns:
            if m := corpus.TOP_N.search(sql):
                col, n = int(m.group(1)) - 1, int(m.group(3))
                ranked = run_query(database, sql[: m.start()] + f"ORDER BY {col + 1} {m.group(2)}").data
                if len(ranked) > n and ranked.iloc[n - 1, col] == ranked.iloc[n, col]:
                    problems.append(f"tie at the cut: {question!r}")
            if " HAVING " in sql:
                kept = len(run_query(database, sql).data)
                every = len(run_query(database, re.sub(r" HAVING .*$", "", sql)).data)
                if not 0 < kept < every:
                    problems.append(f"HAVING keeps {kept} of {every} groups: {question!r}")
    assert not problems, problems


@pytest.mark.parametrize("case", CONVERSATIONS, ids=corpus.case_id)
def test_mechanism(case, pipelines, mech_urls):
    _, db_name, turns = case
    pipeline = pipelines(db_name)
    session = pipeline.new_session()
    for question, gold_sql in turns:
        result = pipeline.ask(question, session)
        assert result.error is None, f"{question!r}: {result.error}"
        gold = corpus.result_rows(run_query(get_database(mech_urls[db_name]), gold_sql, max_rows=100_000).data)
        assert gold, f"gold of {question!r} returns no row"
        pred = corpus.result_rows(result.data)
        assert result_matches(gold, pred, "LIMIT" in gold_sql.upper()), (
            f"{question!r}\n  got  {result.sql}\n  gold {gold_sql}\n  rows {pred[:3]} vs {gold[:3]}")


# ------------------------------------------------------------------------------------------------ dialects
DONORS_SPEC = {"fact": "donors", "measures": [{"kind": "count", "agg": "count", "table": "donors", "column": None}],
               "dimensions": [], "having": [], "order": None, "limit": None,
               "filters": [{"table": "donors", "column": "donor_id", "op": "absent", "value": ["gifts", "donor_id"]},
                           {"table": "donors", "column": "email", "op": "empty"}]}
LINES_SPEC = {"fact": "lines", "dimensions": [], "having": [], "order": None, "limit": None,
              "measures": [{"kind": "agg", "agg": "sum", "table": "lines", "column": "@line_total(qty,unit_price)"},
                           {"kind": "agg", "agg": "max", "table": "lines", "column": "@age_date(born_on)"}],
              "filters": [{"table": "lines", "column": "discount", "op": "cmp_col",
                           "value": [">", "lines", "unit_price", 0.2]},
                          {"table": "lines", "column": "tip", "op": "empty"}]}
KINDS = {("donors", "email"): "text", ("lines", "tip"): "number", ("lines", "discount"): "number"}
TABLES = {"donors", "gifts", "lines"}
DDL = ["CREATE TABLE donors(donor_id INTEGER PRIMARY KEY, email VARCHAR)",
       "CREATE TABLE gifts(gift_id INTEGER PRIMARY KEY, donor_id INTEGER, amount DOUBLE)",
       "CREATE TABLE lines(line_id INTEGER PRIMARY KEY, qty INTEGER, unit_price DOUBLE, discount DOUBLE, "
       "tip DOUBLE, born_on DATE)"]
ROWS = ["INSERT INTO donors VALUES (1, NULL), (2, ''), (3, 'a@b.c'), (4, NULL)",
        "INSERT INTO gifts VALUES (1, 4, 10.0), (2, NULL, 5.0)",
        "INSERT INTO lines VALUES (1, 2, 10.0, 3.0, NULL, '1990-01-01'), (2, 3, 5.0, 0.5, 0, '2000-01-01'), "
        "(3, 4, 10.0, 5.0, 1.5, '1980-01-01'), (4, 1, 8.0, 4.0, 0, '1970-06-30')"]


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite", "postgres"])
@pytest.mark.parametrize("spec", [DONORS_SPEC, LINES_SPEC], ids=["absent-empty", "line-total-age-cmp-col"])
def test_new_filters_and_derived_measures_pass_the_guard(spec, dialect):
    sql = render_sql(spec, {}, dialect, KINDS)
    guarded = check_sql(sql, dialect=dialect, allowed_tables=TABLES, max_rows=1000)
    assert set(guarded.tables) <= TABLES


def _expected_age(born: str) -> int:
    """Completed years today of a person born on `born` (YYYY-MM-DD)."""
    import datetime as dt

    today, b = dt.date.today(), dt.date.fromisoformat(born)
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def test_new_filters_and_derived_measures_run_on_sqlite_and_duckdb(tmp_path):
    """Donors 1 and 2 have no gift and no email (4 gave, 3 has an email); lines 1 and 4 have a discount over 20%
    of the price and no tip: 2 x 10 + 1 x 8 = 28, the older of them born 1970-06-30."""
    expected = [[(2,)], [(28.0, _expected_age("1970-06-30"))]]
    lite = sqlite3.connect(tmp_path / "mech.sqlite")
    duck = duckdb.connect()
    try:
        for statement in DDL + ROWS:
            lite.execute(statement)
            duck.execute(statement)
        for spec, want in zip([DONORS_SPEC, LINES_SPEC], expected, strict=True):
            assert lite.execute(render_sql(spec, {}, "sqlite", KINDS)).fetchall() == want
            assert duck.execute(render_sql(spec, {}, "duckdb", KINDS)).fetchall() == want
    finally:
        lite.close()
        duck.close()
