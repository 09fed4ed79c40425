"""Regression tests for the second batch of stop 20's general mechanisms, on the dev schemas eval85-eval87.

Same style as `tests/test_offline_mechanisms15.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: 'how many days does a <thing> last' is its duration and 'by <thing> <column>' breaks down by that column;
'nights' is a stay word only for lodging-like tables; '<verb> the most <measure>' with an irregular verb ranks by the
measure; a pass rate over fail / pass / merit / distinction is every grade but fail; 'and the best <measure>?' after
an average per group is the MAX per group; an hour of day on a table whose date has no time uses the timestamp of
the events named; 'an hour-long <thing>' compares the stored minutes with 60; 'how old is each <person>' is that
person's own age; 'never taken a <thing>' and 'never logged a <thing>' are NOT IN; 'busiest hour for <x> sales'
counts sales; 'busiest <place> for starting a <thing>' counts the rows pointing at it through that key; 'got <verb>ed
in <period>' dates the event table; 'regular' is the other side of a flag; 'by <noun>' prefers the noun's name
column over a booking key; '<verb>ed more than N times' counts the verb's events; 'what proportion of <rows> <numeric
condition>' is a conditional share; 'and how many aren't' negates the last condition; 'least popular' is the bottom;
'and by hour of day?' after a top-1 weekday keeps the top one; 'costliest' ranks by cost or damage; 'failure rate'
is the share of 'fail'; 'still open' is an empty end time; '<table> length' is that table's stored duration;
a question ending in a parenthesis after three linked words no longer crashes the linker.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL85 = corpus.Corpus("eval85", "questions.jsonl", "datasets.py")
EVAL86 = corpus.Corpus("eval86", "questions.jsonl", "datasets.py")
EVAL87 = corpus.Corpus("eval87", "questions.jsonl", "datasets.py")
CORPORA = [EVAL85, EVAL86, EVAL87]
mech16_85_dbs = EVAL85.dbs_fixture("mech16_85_dbs")
mech16_86_dbs = EVAL86.dbs_fixture("mech16_86_dbs")
mech16_87_dbs = EVAL87.dbs_fixture("mech16_87_dbs")

KEG_DAYS = "AVG(date_diff('day', tapped_on, emptied_on))"
POUR_BEERS = "FROM pours p JOIN kegs k USING (keg_id) JOIN beers b USING (beer_id)"
NOT_FAIL = "AVG(CASE WHEN result <> 'fail' THEN 1.0 ELSE 0.0 END)"
HIRE_STATIONS = "FROM hires h JOIN stations s ON s.\"stationId\" = h.\"startStationId\""

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. 'how many days does a <thing> last'; 'by <thing> <column>' breaks down by the column
    ("keg lasts", "taproom", [("on average, how many days does a keg last", f"SELECT {KEG_DAYS} FROM kegs"),
                              ("split by keg size", f"SELECT size_litres, {KEG_DAYS} FROM kegs GROUP BY 1")]),
    # 2. 'nights' of events are no stay
    ("nights", "taproom", [("average tickets sold at quiz nights",
                            "SELECT AVG(tickets_sold) FROM events WHERE event_type = 'quiz'")]),
    # 3. an irregular verb before 'the most <measure>' leaves the measure alone
    ("sold the most", "taproom", [("which 3 beers sold the most pints",
                                   f"SELECT b.beer_name, SUM(p.pints) {POUR_BEERS} GROUP BY 1 "
                                   "ORDER BY 2 DESC LIMIT 3")]),
    # 4. passing is every grade but fail
    ("pass rate", "musicschool", [("pass rate of grade exams per instrument",
                                   f"SELECT instrument, {NOT_FAIL} FROM grade_exams GROUP BY 1")]),
    # 5. 'and the best <measure>?' after an average per group
    ("best per group", "musicschool", [("average exam mark per instrument",
                                        "SELECT instrument, AVG(mark) FROM grade_exams GROUP BY 1"),
                                       ("and the best mark?",
                                        "SELECT instrument, MAX(mark) FROM grade_exams GROUP BY 1")]),
    # 6. an hour of day uses the lessons' timestamp; 'an hour-long lesson' is 60 minutes
    ("hour of day", "musicschool", [("which hour of the day has the most lessons",
                                     "SELECT HOUR(lesson_at), COUNT(*) FROM lessons GROUP BY 1 "
                                     "ORDER BY 2 DESC LIMIT 1")]),
    ("hour long", "musicschool", [("how many hour-long lessons were there",
                                   "SELECT COUNT(*) FROM lessons WHERE duration_min = 60")]),
    # 7. 'how old is each <person>' is their own age
    ("own age", "musicschool", [("how old is each teacher, in years",
                                 "SELECT first_name, last_name, date_sub('year', birth_date, current_date) "
                                 "FROM teachers")]),
    # 8. 'never taken a <thing>' / 'never logged a <thing>'
    ("never taken", "musicschool", [("pupils who have never taken a grade exam: how many",
                                     "SELECT COUNT(*) FROM pupils WHERE pupil_id NOT IN "
                                     "(SELECT pupil_id FROM grade_exams)")]),
    ("never logged", "climbinggym", [("how many members have never logged an ascent",
                                      "SELECT COUNT(*) FROM members WHERE member_id NOT IN "
                                      "(SELECT member_id FROM ascents)")]),
    # 9. busy is how many
    ("busiest sales", "museum", [("busiest weekday for ticket sales",
                                  "SELECT DAYNAME(sold_at), COUNT(*) FROM tickets GROUP BY 1 "
                                  "ORDER BY 2 DESC LIMIT 1")]),
    ("busiest start", "cyclehire", [("the 3 busiest stations for starting a hire",
                                     f"SELECT s.\"stationName\", COUNT(*) {HIRE_STATIONS} GROUP BY 1 "
                                     "ORDER BY 2 DESC LIMIT 3")]),
    # 10. 'got <verb>ed in <period>' dates the event table; 'regular' is the other side of a flag
    ("got hired", "cyclehire", [("how many different bikes got hired in April 2025",
                                 "SELECT COUNT(DISTINCT \"bikeId\") FROM hires "
                                 "WHERE YEAR(\"startedAt\") = 2025 AND MONTH(\"startedAt\") = 4")]),
    ("regular", "cyclehire", [("how many e-bikes do we have", "SELECT COUNT(*) FROM bikes WHERE \"isEbike\""),
                              ("and regular ones?", "SELECT COUNT(*) FROM bikes WHERE NOT \"isEbike\"")]),
    # 11. 'by room' is the rooms' names, not the booking key
    ("name over key", "coworking", [("total attendees by room",
                                     "SELECT room_name, SUM(attendees) FROM room_bookings GROUP BY 1")]),
    # 12. '<verb>ed more than N times' counts the verb's events
    ("times", "vetpharmacy", [("which drugs have been prescribed more than 150 times",
                               "SELECT d.drug_name, COUNT(*) FROM prescriptions p JOIN drugs d USING (drug_id) "
                               "GROUP BY 1 HAVING COUNT(*) > 150")]),
    # 13. a share of rows meeting a numeric condition
    ("share numeric", "busdepot", [("what share of trips had more than 15 boardings",
                                    "SELECT AVG(CASE WHEN boardings > 15 THEN 1.0 ELSE 0.0 END) FROM trips")]),
    # 14. 'and how many aren't' negates the last condition
    ("aren't", "climbinggym", [("how many of our members are belay certified",
                                "SELECT COUNT(*) FROM members WHERE belay_certified"),
                               ("and how many are not?", "SELECT COUNT(*) FROM members WHERE NOT belay_certified")]),
    # 15. 'least popular' is the bottom one
    ("least popular", "airportlounge", [("which item sold the most units in total",
                                         "SELECT \"itemName\", SUM(quantity) FROM \"foodOrders\" GROUP BY 1 "
                                         "ORDER BY 2 DESC LIMIT 1"),
                                        ("and the least popular?",
                                         "SELECT \"itemName\", SUM(quantity) FROM \"foodOrders\" GROUP BY 1 "
                                         "ORDER BY 2 ASC LIMIT 1")]),
    # 16. a new period grain after a top-1 period keeps the top one
    ("period swap", "farmcoop", [("which weekday gets the most deliveries",
                                  "SELECT DAYNAME(delivered_at), COUNT(*) FROM deliveries GROUP BY 1 "
                                  "ORDER BY 2 DESC LIMIT 1"),
                                 ("and which hour?",
                                  "SELECT HOUR(delivered_at), COUNT(*) FROM deliveries GROUP BY 1 "
                                  "ORDER BY 2 DESC LIMIT 1")]),
    # 17. 'costliest'; 'failure rate'; 'still open'
    ("costliest", "firebrigade", [("which incident type was the costliest overall",
                                   "SELECT incident_type, SUM(estimated_damage_gbp) FROM incidents GROUP BY 1 "
                                   "ORDER BY 2 DESC LIMIT 1")]),
    ("failure rate", "firebrigade", [("failure rate of equipment checks per station",
                                      "SELECT station, AVG(CASE WHEN result = 'fail' THEN 1.0 ELSE 0.0 END) "
                                      "FROM equipment_checks GROUP BY 1")]),
    ("still open", "firebrigade", [("how many incidents are still open",
                                    "SELECT COUNT(*) FROM incidents WHERE clear_time IS NULL")]),
    # 18. a merge of three mentions at the end of the question no longer breaks the linker (it raised IndexError)
    ("no crash", "fishingcharter", [("takings per trip type in 2023 (anglers x price)",
                                     "SELECT trip_type, SUM(anglers * price_per_angler_gbp) FROM trips "
                                     "WHERE YEAR(departed_at) = 2023 GROUP BY 1")]),
    # 19. '<table> length' is the table's stored duration
    ("table length", "podcasts", [("median episode length by genre",
                                   "SELECT s.genre, MEDIAN(e.duration_minutes) FROM episodes e JOIN shows s "
                                   "USING (show_id) GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"pass rate of grade exams per instrument", "what share of trips had more than 15 boardings",
          "failure rate of equipment checks per station"}


@pytest.fixture(scope="module")
def mech_urls(mech16_85_dbs, mech16_86_dbs, mech16_87_dbs):
    """db name -> DuckDB URL of its file, for the three corpora."""
    built = [mech16_85_dbs, mech16_86_dbs, mech16_87_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
