"""Regression tests for the offline engine's general mechanisms added this morning, on the dev schemas.

Same style as `tests/test_offline_mechanisms7.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a clause that only includes rows ('including those who left') makes no condition, 'still active' after
a count of members, 'in service' / 'working' machines, 'not recorded' / 'never got a review' as IS NULL, a numeric
column as a condition on people, average days between a start and an end date, an event table dated by its
occasion, 'grant' as a data word, ended tenancies, a flag as a noun, a percentage column, a HAVING on an average and
a share follow-up, people named by first and last name, domain synonyms (rainfall, magnitude type), overdue loans,
an anti-join by year, ages then their average, a total after a breakdown, builds counted by colour, 'who wrote the
most books' as a data question, a season column, chartered architects, SLA / planned flags, HAVING on a group's total
and durations in hours.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL18 = corpus.Corpus("eval18", "questions.jsonl", "datasets.py")
EVAL39 = corpus.Corpus("eval39", "questions.jsonl", "datasets.py")
EVAL40 = corpus.Corpus("eval40", "questions.jsonl", "datasets.py")
EVAL41 = corpus.Corpus("eval41", "questions.jsonl", "datasets.py")
EVAL42 = corpus.Corpus("eval42", "questions.jsonl", "datasets.py")
EVAL45 = corpus.Corpus("eval45", "questions.jsonl", "datasets.py")
EVAL48 = corpus.Corpus("eval48", "questions.jsonl", "datasets.py")
CORPORA = [EVAL18, EVAL39, EVAL40, EVAL41, EVAL42, EVAL45, EVAL48]
mech8_18_dbs = EVAL18.dbs_fixture("mech8_18_dbs")
mech8_39_dbs = EVAL39.dbs_fixture("mech8_39_dbs")
mech8_40_dbs = EVAL40.dbs_fixture("mech8_40_dbs")
mech8_41_dbs = EVAL41.dbs_fixture("mech8_41_dbs")
mech8_42_dbs = EVAL42.dbs_fixture("mech8_42_dbs")
mech8_45_dbs = EVAL45.dbs_fixture("mech8_45_dbs")
mech8_48_dbs = EVAL48.dbs_fixture("mech8_48_dbs")

COMPLETED_NO_REVIEW = "WHERE status = 'completed' AND review_score IS NULL"
RACE_RESULTS = "FROM race_results rr JOIN races r USING (race_id)"
BRIDGE_RESULTS = "FROM results r JOIN players p USING (player_id)"
VISITS = "FROM maintenance_visits v JOIN technicians t USING (technician_id)"
AGE = "YEAR(current_date) - birth_year"
POOR = "WHERE condition = 'poor'"
P2_MISSED = "WHERE priority = 'P2' AND NOT within_sla"
HIRES = "FROM hires h JOIN equipment e USING (equip_id)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a clause that only includes rows makes no condition
    ("including", "tennis", [("how many members have we had, including those who left?",
                              "SELECT COUNT(*) FROM members"),
                             ("how many are still active?", "SELECT COUNT(*) FROM members WHERE left_on IS NULL")]),
    ("including", "laundry", [("count the machines by type, retired ones included",
                               "SELECT mach_typ, COUNT(*) FROM machines GROUP BY 1")]),
    # 2. 'still active' after a count of members: the members' own leaving date
    ("still active", "tennis", [("what is the total number of club members ever?", "SELECT COUNT(*) FROM members"),
                                ("how many are still active?", "SELECT COUNT(*) FROM members WHERE left_on IS NULL")]),
    # 3. machines in service / working / in use = no retirement date
    ("in service", "laundry", [("how many working machines do we have?",
                                "SELECT COUNT(*) FROM machines WHERE retire_dt IS NULL"),
                               ("split by type", "SELECT mach_typ, COUNT(*) FROM machines "
                                                 "WHERE retire_dt IS NULL GROUP BY 1")]),
    ("in service", "laundry", [("how many machines are in use, per brand?",
                                "SELECT brand_nm, COUNT(*) FROM machines WHERE retire_dt IS NULL GROUP BY 1")]),
    # 4. 'not recorded' / 'never got a review' = IS NULL; 'did get one' flips it
    ("is null", "market", [("count the market days where footfall was not recorded",
                            "SELECT COUNT(*) FROM market_days WHERE footfall IS NULL")]),
    ("is null", "weddings", [("number of completed weddings that never got a review",
                              f"SELECT COUNT(*) FROM bookings {COMPLETED_NO_REVIEW}"),
                             ("and how many did get one?", "SELECT COUNT(*) FROM bookings "
                                                           "WHERE status = 'completed' AND review_score IS NOT NULL")]),
    # 5. a numeric column as a condition on people lists their names
    ("people condition", "tennis", [("who has a skill rating above 6?",
                                     "SELECT first_name, last_name FROM members WHERE skill_rating > 6")]),
    # 6. average days from a start to an end date
    ("average stay", "helitours", [("on average, how many days did the pilots who left stay with us?",
                                    "SELECT AVG(date_diff('day', hired_on, left_on)) FROM pilots "
                                    "WHERE left_on IS NOT NULL")]),
    ("average stay", "tollroad", [("on average how many days were the closed accounts open?",
                                   "SELECT AVG(date_diff('day', opened_on, closed_on)) FROM accounts "
                                   "WHERE closed_on IS NOT NULL")]),
    # 7. lead time: booking date to start date
    ("lead time", "canalboats", [("how many days ahead do customers book on average?",
                                  "SELECT AVG(date_diff('day', booked_on, start_date)) FROM hires")]),
    # 8. an event table without its own date is dated by its occasion
    ("occasion date", "gokart", [("monthly fee income in 2024",
                                  f"SELECT DATE_TRUNC('month', r.race_start), SUM(rr.fee_paid) {RACE_RESULTS} "
                                  "WHERE YEAR(r.race_start) = 2024 GROUP BY 1")]),
    ("occasion date", "gokart", [("how many distinct drivers raced in 2024?",
                                  f"SELECT COUNT(DISTINCT rr.driver_id) {RACE_RESULTS} "
                                  "WHERE YEAR(r.race_start) = 2024")]),
    ("occasion date", "carauction", [("how many lots sold in 2023?",
                                      "SELECT COUNT(*) FROM lots l JOIN auctions a USING (auction_id) "
                                      "WHERE l.sold AND YEAR(a.auction_date) = 2023")]),
    ("registration year", "carauction", [("average hammer price of cars registered before 2012",
                                          "SELECT AVG(hammer_price) FROM lots WHERE reg_year < 2012")]),
    # 9. 'grant' is a data word on the parish schema, not a GRANT command
    ("grant", "parish", [("total grant money per category", "SELECT category, SUM(amount) FROM grants GROUP BY 1")]),
    # 10. finished / ended tenancies = end date set
    ("ended", "allotments", [("finished tenancies broken down by end reason",
                              "SELECT end_reason, COUNT(*) FROM tenancies WHERE end_date IS NOT NULL GROUP BY 1"),
                             ("how many tenancies have ended in all?",
                              "SELECT COUNT(*) FROM tenancies WHERE end_date IS NOT NULL")]),
    # 11. a flag as a noun; one percentage column; HAVING on an average; a share follow-up
    ("flag noun", "bridge", [("what is the number of life members?",
                              "SELECT COUNT(*) FROM players WHERE life_member")]),
    ("percentage", "bridge", [("how many results were over 55%?", "SELECT COUNT(*) FROM results WHERE score_pct > 55"),
                              ("as a share of all results?",
                               "SELECT AVG(CASE WHEN score_pct > 55 THEN 1.0 ELSE 0.0 END) FROM results")]),
    ("having average", "bridge", [("which players average above 55%?",
                                   f"SELECT p.first_name, p.last_name, AVG(r.score_pct) {BRIDGE_RESULTS} "
                                   "GROUP BY p.player_id, 1, 2 HAVING AVG(r.score_pct) > 55")]),
    # 12. people are named by first and last name
    ("names", "weather", [("which technician did the fewest maintenance visits?",
                           f"SELECT t.first_name, t.last_name, COUNT(*) {VISITS} "
                           "GROUP BY t.technician_id, 1, 2 ORDER BY 3 ASC LIMIT 1")]),
    # 13. domain synonyms
    ("rainfall", "weather", [("what was the total rainfall in 2023?",
                              "SELECT SUM(precipitation_mm) FROM daily_readings WHERE YEAR(reading_date) = 2023")]),
    ("magnitude", "seismology", [("count the events per magnitude type",
                                  "SELECT mag_type, COUNT(*) FROM events GROUP BY 1")]),
    ("magnitude", "seismology", [("how many events were above magnitude 4?",
                                  "SELECT COUNT(*) FROM events WHERE magnitude > 4"),
                                 ("by magnitude type", "SELECT mag_type, COUNT(*) FROM events "
                                                       "WHERE magnitude > 4 GROUP BY 1")]),
    ("depth", "seismology", [("how many events were deeper than 50 km?",
                              "SELECT COUNT(*) FROM events WHERE depth_km > 50"),
                             ("events with magnitude 3 or more by region",
                              "SELECT region, COUNT(*) FROM events WHERE magnitude >= 3 GROUP BY 1")]),
    # 14. specimens per year, late returns, loans still out
    ("herbarium", "herbarium", [("number of specimens collected per year",
                                 "SELECT YEAR(collected_date), COUNT(*) FROM specimens GROUP BY 1")]),
    ("late loans", "herbarium", [("how many loans were returned after their due date?",
                                  "SELECT COUNT(*) FROM loans WHERE returned_date > due_date")]),
    # 15. an anti-join by year; ages then their average
    ("anti-join", "ringing", [("which ringers caught no birds in 2024?",
                               "SELECT first_name, last_name FROM ringers WHERE ringer_id NOT IN "
                               "(SELECT ringer_id FROM captures WHERE YEAR(capture_time) = 2024)")]),
    ("ages", "ringing", [("how old are the C permit holders?",
                          f"SELECT first_name, last_name, {AGE} FROM ringers WHERE permit_level = 'C permit'"),
                         ("and the average age?", f"SELECT AVG({AGE}) FROM ringers WHERE permit_level = 'C permit'")]),
    # 16. a total after a breakdown
    ("total", "herbarium", [("how many specimens in poor condition are there per family?",
                             f"SELECT family, COUNT(*) FROM specimens {POOR} GROUP BY 1"),
                            ("and the total?", f"SELECT COUNT(*) FROM specimens {POOR}")]),
    # 17. frames by colour counts frame builds
    ("builds", "bikefactory", [("number of frames by colour", "SELECT colour, COUNT(*) FROM frame_builds GROUP BY 1")]),
    # 18. 'who wrote the most books' is a data question
    ("data question", "publisher", [("which author wrote the most books?",
                                     "SELECT a.first_name, a.last_name, COUNT(*) FROM books b "
                                     "JOIN authors a USING (author_id) GROUP BY a.author_id, 1, 2 "
                                     "ORDER BY 3 DESC LIMIT 1")]),
    # 19. a season column
    ("season", "esports", [("what was the average match duration in the 2024 season?",
                            "SELECT AVG(duration_min) FROM matches WHERE season = 2024"),
                           ("when was the shortest match of the 2023 season?",
                            "SELECT played_at FROM matches WHERE season = 2023 ORDER BY duration_min LIMIT 1")]),
    # 20. chartered architects: the flag, no grade condition
    ("chartered", "archpractice", [("how many chartered architects work in each office?",
                                    "SELECT office, COUNT(*) FROM architects WHERE is_chartered GROUP BY 1")]),
    # 21. SLA and planned flags; HAVING on a yearly total; durations in hours
    ("sla", "facilities", [("how many P2 jobs missed their SLA?", f"SELECT COUNT(*) FROM work_orders {P2_MISSED}"),
                           ("reactive jobs only", f"SELECT COUNT(*) FROM work_orders {P2_MISSED} AND NOT is_planned")]),
    ("having total", "facilities", [("which sites spent over 80k in 2023?",
                                     "SELECT site, SUM(cost_gbp) FROM work_orders WHERE YEAR(raised_at) = 2023 "
                                     "GROUP BY 1 HAVING SUM(cost_gbp) > 80000")]),
    ("hours", "facilities", [("how many jobs took longer than 24 hours to complete?",
                              "SELECT COUNT(*) FROM work_orders WHERE completed_at - raised_at > INTERVAL 24 HOUR")]),
    # 22. HAVING on the hire charges
    ("having total", "equiphire", [("which equipment categories brought in more than 100k?",
                                    f"SELECT e.category, SUM(h.charge_gbp) {HIRES} GROUP BY 1 "
                                    "HAVING SUM(h.charge_gbp) > 100000")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"as a share of all results?"}


@pytest.fixture(scope="module")
def mech_urls(mech8_18_dbs, mech8_39_dbs, mech8_40_dbs, mech8_41_dbs, mech8_42_dbs, mech8_45_dbs, mech8_48_dbs):
    """db name -> DuckDB URL of its file, for the seven corpora (their database names do not clash)."""
    built = [mech8_18_dbs, mech8_39_dbs, mech8_40_dbs, mech8_41_dbs, mech8_42_dbs, mech8_45_dbs, mech8_48_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
