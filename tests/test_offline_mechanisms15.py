"""Regression tests for the offline engine's general mechanisms added in stop 20, on the dev schemas eval77-eval82.

Same style as `tests/test_offline_mechanisms14.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: 'how many days does it take on average to <verb>' and 'how many days were they <members / in service>'
are average durations; 'days between <a date> and the <table>' runs from the named date to the table's own date;
'<size adjective> <mass noun>' for each group sums the amount, 'how much <kind>' weighs it; 'hours spent <verb>ing'
sums that activity's minutes; 'X rather than the number of Y' replaces the count; a number column with a handful of
values after 'which' is the breakdown; a column named 'total price' is the amount, never multiplied by a quantity;
'cubic metres' is m3; an unlinked plural starting one table's name names that table; 'swam' dates the swim
sessions; months joined by 'and' are any of them; '<flag> vs <other word>' breaks down by the flag; 'which of our
<things>' lists them; 'how old' uses a planting / purchase date; 'Dr <name>' drops the title; a follow-up year
swaps the year inside a named value ('City Marathon 2024' -> 2023) and 'the <name> in 2024' finds that edition;
'exclude those two' negates the last value condition; 'youngest and oldest?' gives both; 'lowest and highest fee
ever charged' gives both; 'fastest' with no speed column is the shortest time; 'longest <thing> each year' is MAX;
a bare year on a machine's table moves to the money's date; 'what about <Capitalised>' prefers the value written so;
'leave out ...' is a follow-up; 'which of them <verb> more than N' after a sum per group is HAVING; 'raise that to
N' moves a HAVING bound; 'which <people> spent over N' is HAVING SUM; a due date never dates a loan; 'came back
late' compares the return with the due date; 'most borrowed <thing>' counts its loans; 'how many' after 'which
<things> are out' counts the listed things; 'most valuable' ranks by value; '<adjective> instead' switches to the
column the adjective names.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL77 = corpus.Corpus("eval77", "questions.jsonl", "datasets.py")
EVAL80 = corpus.Corpus("eval80", "questions.jsonl", "datasets.py")
EVAL81 = corpus.Corpus("eval81", "questions.jsonl", "datasets.py")
EVAL82 = corpus.Corpus("eval82", "questions.jsonl", "datasets.py")
CORPORA = [EVAL77, EVAL80, EVAL81, EVAL82]
mech15_77_dbs = EVAL77.dbs_fixture("mech15_77_dbs")
mech15_80_dbs = EVAL80.dbs_fixture("mech15_80_dbs")
mech15_81_dbs = EVAL81.dbs_fixture("mech15_81_dbs")
mech15_82_dbs = EVAL82.dbs_fixture("mech15_82_dbs")

HARVEST_VARIETIES = "FROM harvests h JOIN trees t USING (tree_id) JOIN varieties v USING (variety_id)"
CLEAN_ROOMS = "FROM cleans c JOIN rooms r USING (room_id)"
LOAN_TOOLS = "FROM loans l JOIN tools t ON t.\"toolId\" = l.\"toolId\""
AGE = "YEAR(current_date) - birth_year"
RESULT_RACES = "FROM results r JOIN races c USING (race_id)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. 'how many days ... on average' is an average duration, also after "how many days were they members"
    ("days on average", "courier", [("how many days on average does a complaint take to get resolved",
                                     "SELECT AVG(date_diff('day', filed_on, resolved_on)) FROM complaints")]),
    ("days on average", "swimpool", [("members who cancelled: how many days were they members on average",
                                      "SELECT AVG(date_diff('day', joined_on, cancelled_on)) FROM members "
                                      "WHERE cancelled_on IS NOT NULL")]),
    ("days on average", "apiary", [("hives that have been removed: how many days were they in service, on average",
                                    "SELECT AVG(date_diff('day', installed_on, removed_on)) FROM hives "
                                    "WHERE removed_on IS NOT NULL")]),
    # 2. 'days between <a date> and the <table>': from the named date to the table's own date
    ("days between", "dental", [("mean days between booking and the appointment, by appointment type",
                                 "SELECT appointment_type, AVG(date_diff('day', booked_on, scheduled_at)) "
                                 "FROM appointments GROUP BY 1")]),
    # 3. a size adjective before a mass noun ranks groups by the amount; 'how much <kind>' weighs it
    ("mass noun", "orchard", [("which block gave the biggest harvest",
                               "SELECT t.block, SUM(h.weight_kg) FROM harvests h JOIN trees t USING (tree_id) "
                               "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("amount of a kind", "orchard", [("how much fruit did we pick in 2023 for each fruit",
                                      f"SELECT v.fruit, SUM(h.weight_kg) {HARVEST_VARIETIES} "
                                      "WHERE YEAR(h.picked_on) = 2023 GROUP BY 1")]),
    # 4. 'hours spent <verb>ing' sums that activity's minutes, in hours
    ("hours spent", "housekeeping", [("total hours spent cleaning accessible rooms",
                                      f"SELECT SUM(c.minutes) / 60.0 {CLEAN_ROOMS} WHERE r.is_accessible")]),
    # 5. 'X rather than the number of Y' replaces the count and keeps the ranking
    ("rather than", "housekeeping", [("which housekeepers did the most cleans? top 3",
                                      "SELECT h.first_name, h.last_name, COUNT(*) FROM cleans c "
                                      "JOIN housekeepers h USING (housekeeper_id) GROUP BY h.housekeeper_id, 1, 2 "
                                      "ORDER BY 3 DESC LIMIT 3"),
                                     ("by total minutes rather than number of cleans",
                                      "SELECT h.first_name, h.last_name, SUM(c.minutes) FROM cleans c "
                                      "JOIN housekeepers h USING (housekeeper_id) GROUP BY h.housekeeper_id, 1, 2 "
                                      "ORDER BY 3 DESC LIMIT 3")]),
    # 6. 'which floor' (a number column of a handful of values) is the breakdown
    ("few numbers", "housekeeping", [("which floor takes longest to clean, on average",
                                      f"SELECT r.floor, AVG(c.minutes) {CLEAN_ROOMS} GROUP BY 1 "
                                      "ORDER BY 2 DESC LIMIT 1")]),
    # 7. 'total price' is already an amount; 'cubic metres' is m3
    ("total price", "sawmill", [("order value by customer type in 2023",
                                 "SELECT \"customerType\", SUM(\"totalPriceGbp\") FROM \"customerOrders\" "
                                 "WHERE YEAR(\"orderDate\") = 2023 GROUP BY 1")]),
    ("cubic metres", "sawmill", [("which customers bought more than 250 cubic metres in total",
                                  "SELECT \"customerName\", SUM(\"quantityM3\") FROM \"customerOrders\" "
                                  "GROUP BY 1 HAVING SUM(\"quantityM3\") > 250")]),
    # 8. an unlinked plural starting one table's name names it; 'swam' dates the swim sessions
    ("first word", "sawmill", [("cubic metres of logs delivered per species",
                                "SELECT s.\"speciesName\", SUM(l.\"volumeM3\") FROM \"logDeliveries\" l "
                                "JOIN species s ON s.\"speciesId\" = l.\"speciesId\" GROUP BY 1")]),
    ("irregular verb", "swimpool", [("how many different members swam in March 2024",
                                     "SELECT COUNT(DISTINCT member_id) FROM swim_sessions "
                                     "WHERE YEAR(started_at) = 2024 AND MONTH(started_at) = 3")]),
    # 9. months joined by 'and' are any of them
    ("months", "weddingvenue", [("average guest count in May, June and September",
                                 "SELECT AVG(guest_count) FROM weddings WHERE MONTH(wedding_date) IN (5, 6, 9)")]),
    # 10. '<flag> vs <other word>' breaks down by the flag; 'which of our <things>' lists them
    ("flag vs", "foodtrucks", [("average covers on rainy vs dry days",
                                "SELECT rained, AVG(covers) FROM daily_sales GROUP BY 1")]),
    ("which of our", "foodtrucks", [("which of our trucks are not electric",
                                     "SELECT truck_name FROM trucks WHERE NOT electric")]),
    # 11. 'how old' uses a planting or purchase date
    ("how old", "orchard", [("average tree age in years by block",
                             "SELECT block, AVG(date_sub('year', planted_on, current_date)) FROM trees GROUP BY 1")]),
    # 12. 'Dr <name>' drops the title
    ("title", "dental", [("how many appointments did Dr Okafor have in 2024",
                          "SELECT COUNT(*) FROM appointments a JOIN dentists d USING (dentist_id) "
                          "WHERE d.last_name = 'Okafor' AND YEAR(a.scheduled_at) = 2024")]),
    # 13. a year inside a named value: the follow-up swaps it; 'the <name> in <year>' finds that edition
    ("named edition", "marathon", [("median finish seconds at the City Marathon 2024",
                                    f"SELECT MEDIAN(r.finish_seconds) {RESULT_RACES} "
                                    "WHERE c.race_name = 'City Marathon 2024'"),
                                   ("and 2023?",
                                    f"SELECT MEDIAN(r.finish_seconds) {RESULT_RACES} "
                                    "WHERE c.race_name = 'City Marathon 2023'")]),
    ("named edition", "marathon", [("average finish seconds in the Riverside Half in 2023",
                                    f"SELECT AVG(r.finish_seconds) {RESULT_RACES} "
                                    "WHERE c.race_name = 'Riverside Half 2023'")]),
    # 14. 'exclude those two' negates the last value condition
    ("exclude those", "marathon", [("injuries by year, knee and hamstring only",
                                    "SELECT YEAR(reported_on), COUNT(*) FROM injuries "
                                    "WHERE injury_type IN ('knee', 'hamstring') GROUP BY 1"),
                                   ("now exclude those two",
                                    "SELECT YEAR(reported_on), COUNT(*) FROM injuries "
                                    "WHERE injury_type NOT IN ('knee', 'hamstring') GROUP BY 1")]),
    # 15. two aggregates side by side
    ("two aggregates", "bakery", [("average age of the bakers", f"SELECT AVG({AGE}) FROM bakers"),
                                  ("youngest and oldest?", f"SELECT MIN({AGE}), MAX({AGE}) FROM bakers")]),
    ("two aggregates", "dental", [("lowest and highest fee ever charged for a crown",
                                   "SELECT MIN(fee_gbp), MAX(fee_gbp) FROM treatments WHERE treatment = 'crown'")]),
    # 16. 'longest <thing> each year' is one row's MAX, not a sum
    ("longest each", "marathon", [("shortest race each year, in km",
                                   "SELECT YEAR(race_date), MIN(distance_km) FROM races GROUP BY 1")]),
    # 17. a bare year moves to the money's own date
    ("money date", "laundry", [("how much did we take from the dryers in 2023",
                                "SELECT SUM(c.price_gbp) FROM cycles c JOIN machines m USING (machine_id) "
                                "WHERE m.machine_type = 'dryer' AND YEAR(c.started_at) = 2023")]),
    # 18. 'leave out ...' continues; 'which of them <verb> more than N' after a sum per group is HAVING
    ("leave out", "courier", [("total km per vehicle type",
                               "SELECT c.vehicle, SUM(d.distance_km) FROM deliveries d JOIN couriers c "
                               "USING (courier_id) GROUP BY 1"),
                              ("leave out failed deliveries",
                               "SELECT c.vehicle, SUM(d.distance_km) FROM deliveries d JOIN couriers c "
                               "USING (courier_id) WHERE d.status <> 'failed' GROUP BY 1")]),
    # 19. 'raise that to N' moves the HAVING bound
    ("raise that", "bakery", [("which shops supplied more than 500 batches",
                               "SELECT s.shop_name, COUNT(*) FROM batches b JOIN shops s USING (shop_id) "
                               "GROUP BY 1 HAVING COUNT(*) > 500"),
                              ("raise that to 620",
                               "SELECT s.shop_name, COUNT(*) FROM batches b JOIN shops s USING (shop_id) "
                               "GROUP BY 1 HAVING COUNT(*) > 620")]),
    # 20. a due date never dates a loan; 'came back late' compares return and due dates
    ("due date", "toollibrary", [("loans per quarter in 2024",
                                  "SELECT QUARTER(\"borrowedAt\"), COUNT(*) FROM loans "
                                  "WHERE YEAR(\"borrowedAt\") = 2024 GROUP BY 1")]),
    ("came back late", "toollibrary", [("how many loans were returned late",
                                        "SELECT COUNT(*) FROM loans WHERE \"returnedDate\" > \"dueDate\"")]),
    # 21. 'most valuable <thing>' ranks by its value
    ("valuable", "toollibrary", [("our 3 most valuable tools",
                                  "SELECT \"toolName\", \"replacementValue\" FROM tools ORDER BY 2 DESC LIMIT 3")]),
    # 22. '<adjective> instead' switches to the column the adjective names
    ("adjective instead", "physio", [("average weight by squad",
                                      "SELECT squad, AVG(\"weightKg\") FROM athletes GROUP BY 1"),
                                     ("tallest instead", "SELECT squad, MAX(\"heightCm\") FROM athletes GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED: set[str] = set()


@pytest.fixture(scope="module")
def mech_urls(mech15_77_dbs, mech15_80_dbs, mech15_81_dbs, mech15_82_dbs):
    """db name -> DuckDB URL of its file, for the four corpora."""
    built = [mech15_77_dbs, mech15_80_dbs, mech15_81_dbs, mech15_82_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
