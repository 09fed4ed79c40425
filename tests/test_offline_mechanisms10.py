"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval53-eval61.

Same style as `tests/test_offline_mechanisms9.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a column whose name starts with a number word is named by that phrase ('three dart average',
'180s'); 'and the oldest / youngest in each?' after an average age per group; 'ever' as a filler word ('longest
delay ever recorded'); 'total expenses' sums the money column, not a date named by the same word; a seasonal 'last
year' (harvests ending in October); 'number of <plural noun> <participle>' sums a count column so named ('bins
filled'); a negated list follow-up ('and which aren't?'); 'week day' in two words as a weekday; a duration from a
birth date to an end date (how long culled cows lived); a substance named by its table's activity ('how much milk');
'how much did we take in ticket sales'; 'a fee of N' as an equality and 'free of charge' / 'for free' as a zero fee.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL53 = corpus.Corpus("eval53", "questions.jsonl", "datasets.py")
EVAL57 = corpus.Corpus("eval57", "questions.jsonl", "datasets.py")
EVAL58 = corpus.Corpus("eval58", "questions.jsonl", "datasets.py")
EVAL60 = corpus.Corpus("eval60", "questions.jsonl", "datasets.py")
EVAL61 = corpus.Corpus("eval61", "questions.jsonl", "datasets.py")
CORPORA = [EVAL53, EVAL57, EVAL58, EVAL60, EVAL61]
mech10_53_dbs = EVAL53.dbs_fixture("mech10_53_dbs")
mech10_57_dbs = EVAL57.dbs_fixture("mech10_57_dbs")
mech10_58_dbs = EVAL58.dbs_fixture("mech10_58_dbs")
mech10_60_dbs = EVAL60.dbs_fixture("mech10_60_dbs")
mech10_61_dbs = EVAL61.dbs_fixture("mech10_61_dbs")

DARTS = "FROM appearances a JOIN players p USING (player_id) JOIN teams t USING (team_id)"
AGE = "date_sub('year', birth_date, current_date)"
CAMEL_AGE = "date_sub('year', \"birthDate\", current_date)"
STAFF_CLAIMS = "FROM claims c JOIN employees e ON e.\"employeeId\" = c.\"employeeId\""
VINE_PICKS = "FROM picks p JOIN blocks b USING (block_id)"
PICKER_PICKS = "FROM picks p JOIN pickers k USING (picker_id)"
LIFE_DAYS = "AVG(date_diff('day', birth_date, culled_on))"
COW_MILK = "FROM milkings m JOIN cows c USING (cow_id)"
SHOW_SALES = "FROM ticket_sales s JOIN performances f USING (performance_id) JOIN productions p USING (production_id)"
OBJECT_LOANS = "FROM loans l JOIN objects o USING (object_id)"


def age_per_group(agg: str, group: str, table: str, age: str = AGE) -> str:
    """Gold of '<agg> age of <people> per <group>': one age aggregate per group.

    >>> age_per_group("MAX", "depot", "drivers", "age")
    'SELECT depot, MAX(age) FROM drivers GROUP BY 1'
    """
    return f"SELECT {group}, {agg}({age}) FROM {table} GROUP BY 1"


# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a column whose name starts with a number word is named by that phrase
    ("three dart average", "darts", [("three dart average per competition",
                                      "SELECT competition, AVG(three_dart_avg) FROM appearances GROUP BY 1"),
                                     ("home games only", "SELECT competition, AVG(three_dart_avg) FROM appearances "
                                                         "WHERE home_game GROUP BY 1")]),
    ("three dart average", "darts", [("maximum three dart average per throwing hand",
                                      "SELECT p.throwing_hand, MAX(a.three_dart_avg) "
                                      "FROM appearances a JOIN players p USING (player_id) GROUP BY 1")]),
    ("180s", "darts", [("how many 180s were thrown in each competition",
                        "SELECT competition, SUM(count_180s) FROM appearances GROUP BY 1"),
                       ("and in 2023?", "SELECT competition, SUM(count_180s) FROM appearances "
                                        "WHERE YEAR(match_date) = 2023 GROUP BY 1")]),
    ("180s", "darts", [("180s hit per division in 2024",
                        f"SELECT t.division, SUM(a.count_180s) {DARTS} WHERE YEAR(a.match_date) = 2024 GROUP BY 1")]),
    # 2. 'and the oldest / youngest in each?' after an average age per group
    ("oldest per group", "citybus", [("average driver age by depot", age_per_group("AVG", "depot", "drivers")),
                                     ("and the youngest in each?", age_per_group("MIN", "depot", "drivers"))]),
    ("oldest per group", "drivingschool", [("average age of instructors per branch",
                                            age_per_group("AVG", "branch", "instructors")),
                                           ("and the oldest in each?", age_per_group("MAX", "branch", "instructors"))]),
    ("oldest per group", "expenses", [("average age of employees per department",
                                       age_per_group("AVG", "department", "employees", CAMEL_AGE)),
                                      ("and the oldest in each?",
                                       age_per_group("MAX", "department", "employees", CAMEL_AGE))]),
    # 3. 'ever' is a filler word
    ("ever", "citybus", [("what's the longest delay ever recorded?", "SELECT MAX(delay_min) FROM trips")]),
    ("ever", "angling", [("heaviest catch ever recorded", "SELECT MAX(weight_kg) FROM catches"),
                         ("per species", "SELECT species, MAX(weight_kg) FROM catches GROUP BY 1")]),
    ("ever", "darts", [("highest checkout ever recorded", "SELECT MAX(highest_checkout) FROM appearances")]),
    # 4. 'total expenses' sums the money column, not the date column named by the same word
    ("total expenses", "expenses", [("total expenses per department",
                                     f"SELECT e.department, SUM(c.\"amountGbp\") {STAFF_CLAIMS} GROUP BY 1")]),
    ("total expenses", "expenses", [("total expenses by category",
                                     "SELECT category, SUM(\"amountGbp\") FROM claims GROUP BY 1"),
                                    ("approved ones only", "SELECT category, SUM(\"amountGbp\") FROM claims "
                                                           "WHERE status = 'approved' GROUP BY 1")]),
    # 5. a seasonal 'last year': the harvests end in October, so last year is 2024
    ("seasonal last year", "vineyard", [("kg picked last year per variety",
                                         f"SELECT b.variety, SUM(p.kg_picked) {VINE_PICKS} "
                                         "WHERE YEAR(p.pick_date) = 2024 GROUP BY 1")]),
    ("seasonal last year", "vineyard", [("how many hours did the pickers work last year?",
                                         "SELECT SUM(hours_worked) FROM picks WHERE YEAR(pick_date) = 2024"),
                                        ("and the year before?",
                                         "SELECT SUM(hours_worked) FROM picks WHERE YEAR(pick_date) = 2023")]),
    # 6. 'number of <plural noun> <participle>' sums a count column so named
    ("count column", "vineyard", [("number of bins filled per crew",
                                   f"SELECT k.crew, SUM(p.bins_filled) {PICKER_PICKS} GROUP BY 1")]),
    ("count column", "hatchery", [("number of fish released per life stage",
                                   "SELECT life_stage, SUM(fish_released) FROM releases GROUP BY 1")]),
    ("count column", "hatchery", [("number of eggs stocked per species",
                                   "SELECT species, SUM(eggs_stocked) FROM batches GROUP BY 1")]),
    ("count column", "darts", [("number of legs won per competition",
                                "SELECT competition, SUM(legs_won) FROM appearances GROUP BY 1")]),
    # 7. a negated list follow-up
    ("negated list", "vineyard", [("list the irrigated blocks", "SELECT block_name FROM blocks WHERE irrigated"),
                                  ("and the ones that aren't", "SELECT block_name FROM blocks WHERE NOT irrigated")]),
    ("negated list", "hatchery", [("which tanks are heated?", "SELECT tank_code FROM tanks WHERE heated"),
                                  ("and which aren't?", "SELECT tank_code FROM tanks WHERE NOT heated")]),
    ("negated list", "citybus", [("which routes are night routes?", "SELECT route_name FROM routes "
                                                                    "WHERE is_night_route"),
                                 ("and which aren't?", "SELECT route_name FROM routes WHERE NOT is_night_route")]),
    # 8. 'week day' in two words is a weekday
    ("week day", "vineyard", [("picks per week day", "SELECT DAYNAME(pick_date), COUNT(*) FROM picks GROUP BY 1")]),
    ("week day", "vineyard", [("kg picked per week day",
                               "SELECT DAYNAME(pick_date), SUM(kg_picked) FROM picks GROUP BY 1")]),
    ("week day", "citybus", [("trips by week day",
                              "SELECT DAYNAME(scheduled_departure), COUNT(*) FROM trips GROUP BY 1")]),
    # 9. a duration from a birth date to an end date runs from the birth
    ("birth to end", "dairy", [("how long did the culled cows live in days, per breed",
                                f"SELECT breed, {LIFE_DAYS} FROM cows GROUP BY 1")]),
    ("birth to end", "dairy", [("average lifespan in days of culled cows per herd group",
                                f"SELECT herd_group, {LIFE_DAYS} FROM cows GROUP BY 1")]),
    # 10. a substance named by its table's activity
    ("how much milk", "dairy", [("how much milk did each breed produce",
                                 f"SELECT c.breed, SUM(m.yield_litres) {COW_MILK} GROUP BY 1")]),
    ("how much milk", "dairy", [("which cow produced the most milk in 2023",
                                 f"SELECT c.cow_name, SUM(m.yield_litres) {COW_MILK} "
                                 "WHERE YEAR(m.milked_at) = 2023 GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("how much milk", "dairy", [("how much milk per month in 2024",
                                 "SELECT MONTH(milked_at), SUM(yield_litres) FROM milkings "
                                 "WHERE YEAR(milked_at) = 2024 GROUP BY 1")]),
    # 11. 'how much did we take in ticket sales' sums the sales table's money
    ("ticket sales", "theatre", [("how much did we take in ticket sales per channel",
                                  "SELECT channel, SUM(amount_gbp) FROM ticket_sales GROUP BY 1")]),
    ("ticket sales", "theatre", [("how much did we take in ticket sales last year?",
                                  "SELECT SUM(amount_gbp) FROM ticket_sales WHERE YEAR(sold_at) = 2024"),
                                 ("and the year before?",
                                  "SELECT SUM(amount_gbp) FROM ticket_sales WHERE YEAR(sold_at) = 2023")]),
    ("ticket sales", "theatre", [("how much did we take in ticket sales for each genre",
                                  f"SELECT p.genre, SUM(s.amount_gbp) {SHOW_SALES} GROUP BY 1")]),
    # 12. 'a fee of N' is an equality; 'free of charge' / 'for free' is a zero fee
    ("fee of", "museumloans", [("how many loans had a fee of 0?", "SELECT COUNT(*) FROM loans WHERE loan_fee_gbp = 0"),
                               ("by department", f"SELECT o.department, COUNT(*) {OBJECT_LOANS} "
                                                 "WHERE l.loan_fee_gbp = 0 GROUP BY 1")]),
    ("fee of", "museumloans", [("how many loans did we give for free?",
                                "SELECT COUNT(*) FROM loans WHERE loan_fee_gbp = 0")]),
    ("fee of", "museumloans", [("which borrower type had the most loans free of charge",
                                "SELECT b.borrower_type, COUNT(*) FROM loans l JOIN borrowers b "
                                "ON b.borrower_id = l.borrower_id WHERE l.loan_fee_gbp = 0 "
                                "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("fee of", "squash", [("how many court bookings were free of charge in 2024?",
                           "SELECT COUNT(*) FROM bookings WHERE fee = 0 AND YEAR(start_ts) = 2024")]),
    ("fee of", "drivingschool", [("how many lessons had a fee of 42?",
                                  "SELECT COUNT(*) FROM lessons WHERE fee_gbp = 42")]),
    ("fee of", "triathlon", [("how many races had an entry fee of 55?",
                              "SELECT COUNT(*) FROM races WHERE entry_fee = 55")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED: set[str] = set()


@pytest.fixture(scope="module")
def mech_urls(mech10_53_dbs, mech10_57_dbs, mech10_58_dbs, mech10_60_dbs, mech10_61_dbs):
    """db name -> DuckDB URL of its file, for the five corpora."""
    built = [mech10_53_dbs, mech10_57_dbs, mech10_58_dbs, mech10_60_dbs, mech10_61_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
