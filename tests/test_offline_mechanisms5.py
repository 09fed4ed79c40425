"""Regression tests for the offline engine's general mechanisms added today, on the eval19-24 and eval27-29 dev schemas.

Same style as `tests/test_offline_mechanisms4.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a join through an undeclared abbreviated key (bills.cust_id), a prefixed table named by its head noun
(hk_staff 'staff'), 'under 18s' / 'over 65s' as ages, rows (not kinds) counted under a value filter, two number
columns of a row compared, first / latest timestamps past a joined value, hours and days between two dates,
anti-joins with a condition inside, the top rows by a number, HAVING COUNT with a number that is not a year,
'last year' on a year-number column, rows dated by their occasion or their start, clock times and day names,
one-letter and phrase values, counts of rows rather than of kinds, follow-ups ('and overall?', 'and lost?',
'morning classes only'), and money (a price paid, kg x price per kg, a line price, a customer's total spend).
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL19 = corpus.Corpus("eval19", "questions.jsonl", "datasets.py")
EVAL20 = corpus.Corpus("eval20", "questions.jsonl", "datasets.py")
EVAL21 = corpus.Corpus("eval21", "questions.jsonl", "datasets.py")
EVAL22 = corpus.Corpus("eval22", "questions.jsonl", "datasets.py")
EVAL23 = corpus.Corpus("eval23", "questions.jsonl", "datasets.py")
EVAL24 = corpus.Corpus("eval24", "questions.jsonl", "datasets.py")
EVAL27 = corpus.Corpus("eval27", "questions.jsonl", "datasets.py")
EVAL28 = corpus.Corpus("eval28", "questions.jsonl", "datasets.py")
EVAL29 = corpus.Corpus("eval29", "questions.jsonl", "datasets.py")
CORPORA = [EVAL19, EVAL20, EVAL21, EVAL22, EVAL23, EVAL24, EVAL27, EVAL28, EVAL29]
mech19_dbs = EVAL19.dbs_fixture("mech19_dbs")
mech20_dbs = EVAL20.dbs_fixture("mech20_dbs")
mech21_dbs = EVAL21.dbs_fixture("mech21_dbs")
mech22_dbs = EVAL22.dbs_fixture("mech22_dbs")
mech23_dbs = EVAL23.dbs_fixture("mech23_dbs")
mech24_dbs = EVAL24.dbs_fixture("mech24_dbs")
mech27_dbs = EVAL27.dbs_fixture("mech27_dbs")
mech28_dbs = EVAL28.dbs_fixture("mech28_dbs")
mech29_dbs = EVAL29.dbs_fixture("mech29_dbs")
# eval21 and eval29 both have a 'parking' database: eval21's airport car park is called 'airport_parking' here
RENAMED = {("eval21", "parking"): "airport_parking"}

POWER_BILLS = "FROM bills b JOIN customers c ON c.customer_id = b.cust_id"
STAFF_TASKS = "FROM cln_tasks t JOIN hk_staff s USING (stf_id)"
SCANS = "FROM scans s JOIN scanners sc USING (scanner_id)"
PET_SCANS = f"{SCANS} WHERE sc.modality = 'PET'"
QA_FILMS = "FROM films WHERE film_id NOT IN (SELECT film_id FROM screenings WHERE has_qa)"
RESULTS = "FROM results s JOIN races r USING (race_id)"
CLASSES_2024 = "FROM classes WHERE YEAR(starts_at) = 2024"
OFFICER_TICKETS = "FROM tickets t JOIN officers o USING (officer_id)"
WEATHER_RATE = "AVG(CASE WHEN status = 'weather cancelled' THEN 1.0 ELSE 0.0 END)"
FENCER_BOUTS = "FROM bouts b JOIN fencers f USING (fencer_id)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. an undeclared key named with an abbreviation (bills.cust_id -> customers.customer_id) joins
    ("abbreviated key", "power", [("average kwh per bill by tariff",
                                   f"SELECT c.tariff, AVG(b.kwh_used) {POWER_BILLS} GROUP BY 1"),
                                  ("and by region?", f"SELECT c.region, AVG(b.kwh_used) {POWER_BILLS} GROUP BY 1")]),
    ("abbreviated key", "power", [("top 5 customers by total spend",
                                   f"SELECT c.full_name, SUM(b.amount_gbp) {POWER_BILLS} "
                                   "GROUP BY c.customer_id, 1 ORDER BY 2 DESC LIMIT 5")]),
    # 2. a prefixed table named by its head noun; 'failed inspections' = NOT insp_pass, counted as rows
    ("head noun", "housekeeping", [("number of tasks per staff member",
                                    f"SELECT s.stf_nm, COUNT(*) {STAFF_TASKS} GROUP BY s.stf_id, 1"),
                                   ("how many failed inspections were there in total?",
                                    "SELECT COUNT(*) FROM cln_tasks WHERE NOT insp_pass")]),
    ("head noun", "housekeeping", [("top 5 staff members by number of failed inspections",
                                    f"SELECT s.stf_nm, COUNT(*) {STAFF_TASKS} WHERE NOT t.insp_pass "
                                    "GROUP BY s.stf_id, 1 ORDER BY 2 DESC LIMIT 5")]),
    # 2b. a money verb linked only by a synonym yields to the named rate; a person ranked by the table's own column
    ("named rate", "housekeeping", [("which housekeeper is paid the highest hourly rate?",
                                     "SELECT stf_nm, hrly_rt FROM hk_staff ORDER BY hrly_rt DESC LIMIT 1")]),
    # 2c. "our 5 biggest spenders": customers (a synonym of the table) ranked by the money of their orders
    ("spenders", "optician", [("list our 5 biggest spenders",
                               "SELECT c.first_name, c.last_name, SUM(o.total_price) FROM orders o JOIN customers c "
                               "USING (customer_id) GROUP BY c.customer_id, 1, 2 ORDER BY 3 DESC LIMIT 5")]),
    # 3. 'under 18s' / 'over 65s' are ages; a follow-up replaces the bound
    ("ages", "ambulance", [("how many calls were for patients over 80?",
                            "SELECT COUNT(*) FROM dispatch_calls WHERE patient_age > 80"),
                           ("and for under 18s?", "SELECT COUNT(*) FROM dispatch_calls WHERE patient_age < 18")]),
    ("ages", "imaging", [("number of scans of over 65s by modality",
                          f"SELECT sc.modality, COUNT(*) {SCANS} WHERE s.patient_age > 65 GROUP BY 1")]),
    # 4. rows under a value filter, not COUNT(DISTINCT) of the filtered column
    ("rows not kinds", "airport_parking", [("how many Gold tier bookings are there?",
                                            "SELECT COUNT(*) FROM bookings WHERE loyalty_tier = 'Gold'")]),
    ("rows not kinds", "homecare", [("which district has the largest number of council funded clients?",
                                     "SELECT district, COUNT(*) FROM clients WHERE funding = 'council' "
                                     "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 5. two number columns of the same row compared
    ("two columns", "homecare", [("number of visits that ran longer than planned",
                                  "SELECT COUNT(*) FROM visits WHERE actual_minutes > planned_minutes"),
                                 ("split by visit type", "SELECT visit_type, COUNT(*) FROM visits "
                                                         "WHERE actual_minutes > planned_minutes GROUP BY 1")]),
    ("two columns", "bikeshop", [("how many repair jobs had a higher parts cost than labour cost?",
                                  "SELECT COUNT(*) FROM repair_jobs WHERE parts_cost > labour_cost")]),
    ("two columns", "ambulance", [("number of calls with a longer on-scene time than response time",
                                   "SELECT COUNT(*) FROM dispatch_calls WHERE on_scene_minutes > response_minutes")]),
    ("two columns", "port", [("how many port calls loaded more TEU than they discharged?",
                              "SELECT COUNT(*) FROM port_calls WHERE teu_loaded > teu_discharged")]),
    # 6. first / latest timestamp past a joined value; unset report time; hours and days between two dates
    ("first and latest", "imaging", [("when did the first PET scan take place?", f"SELECT MIN(s.scan_ts) {PET_SCANS}"),
                                     ("and the latest one?", f"SELECT MAX(s.scan_ts) {PET_SCANS}")]),
    ("still waiting", "imaging", [("count the scans still waiting for a report",
                                   "SELECT COUNT(*) FROM scans WHERE reported_ts IS NULL")]),
    ("hours between", "imaging", [("average hours from scan to report by modality",
                                   "SELECT sc.modality, AVG(date_diff('second', s.scan_ts, s.reported_ts) / 3600.0) "
                                   f"{SCANS} GROUP BY 1")]),
    ("days between", "optician", [("number of orders that took more than two weeks to be collected",
                                   "SELECT COUNT(*) FROM orders "
                                   "WHERE date_diff('day', order_date, collected_date) > 14")]),
    # 7. anti-joins with a condition inside
    ("anti-join", "filmfest", [("list the films that never had a screening with a Q&A", f"SELECT title {QA_FILMS}"),
                               ("how many is that?", f"SELECT COUNT(*) {QA_FILMS}")]),
    ("anti-join", "power", [("how many customers never paid a bill late?",
                             "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN "
                             "(SELECT cust_id FROM bills WHERE paid_on > due_date)")]),
    # 8. the top rows by a number, with their names
    ("top rows", "orchestra", [("show the 5 highest salaries",
                                "SELECT first_name, last_name, annual_salary FROM musicians ORDER BY 3 DESC LIMIT 5")]),
    ("top rows", "permits", [("show the biggest renovation permit by estimated cost",
                              "SELECT permit_number, estimated_cost FROM permits WHERE permit_type = 'renovation' "
                              "ORDER BY 2 DESC LIMIT 1")]),
    # 9. a number that is not a year (HAVING COUNT); 'last year' on a finished year-number column
    ("having count", "radio", [("list the shows with more than 2000 plays",
                                "SELECT sh.show_name, COUNT(*) FROM plays p JOIN shows sh USING (show_id) "
                                "GROUP BY sh.show_id, 1 HAVING COUNT(*) > 2000")]),
    ("last year", "filmfest", [("how many films from France were in the festival last year?",
                                "SELECT COUNT(*) FROM films WHERE country = 'France' "
                                "AND festival_year = (SELECT MAX(festival_year) FROM films)")]),
    # 10. rows dated by their occasion or their start; a promised date and a dimension's year do not date events
    ("occasion date", "marathon", [("DNF count per year",
                                    f"SELECT YEAR(r.race_date), COUNT(*) {RESULTS} WHERE s.status = 'DNF' "
                                    "GROUP BY 1")]),
    ("occasion date", "marathon", [("count the different Irish runners who raced in 2024",
                                    f"SELECT COUNT(DISTINCT s.runner_id) {RESULTS} JOIN runners u USING (runner_id) "
                                    "WHERE u.country = 'Ireland' AND YEAR(r.race_date) = 2024")]),
    ("start date", "dancestudio", [("classes per dance style in 2024",
                                    f"SELECT dance_style, COUNT(*) {CLASSES_2024} GROUP BY 1"),
                                   ("morning classes only (before noon)",
                                    f"SELECT dance_style, COUNT(*) {CLASSES_2024} AND HOUR(starts_at) < 12 "
                                    "GROUP BY 1")]),
    ("start date", "dancestudio", [("on which weekday are the most classes held?",
                                    "SELECT dayname(starts_at), COUNT(*) FROM classes GROUP BY 1 "
                                    "ORDER BY 2 DESC LIMIT 1")]),
    ("promised date", "drycleaning", [("revenue per month in 2025",
                                       "SELECT MONTH(dropped_off_at), SUM(total_amount) FROM tickets "
                                       "WHERE YEAR(dropped_off_at) = 2025 GROUP BY 1")]),
    ("dimension year", "greenhouse", [("which greenhouse recorded the most alerts last year?",
                                       "SELECT g.\"greenhouseName\", COUNT(*) FROM readings r JOIN sensors s "
                                       "USING (\"sensorId\") JOIN greenhouses g USING (\"greenhouseId\") "
                                       "WHERE r.\"isAlert\" AND YEAR(r.\"readAt\") = 2024 "
                                       "GROUP BY g.\"greenhouseId\", 1 ORDER BY 2 DESC LIMIT 1")]),
    # 11. clock times and day names
    ("clock time", "furniture", [("number of orders placed after 8pm",
                                  "SELECT COUNT(*) FROM orders WHERE HOUR(order_ts) >= 20")]),
    ("clock time", "lounges", [("number of lounge visits between midnight and 6am",
                                "SELECT COUNT(*) FROM visits WHERE HOUR(checkin_at) < 6")]),
    ("day names", "parking", [("count the tickets written on Sundays",
                               "SELECT COUNT(*) FROM tickets WHERE dayofweek(issued_at) = 0"),
                              ("and on Saturdays?", "SELECT COUNT(*) FROM tickets WHERE dayofweek(issued_at) = 6")]),
    # 12. values: one letter after its column, a status word, a country, a race name, a flag, a phrase
    ("one letter", "parking", [("tickets in zone C only, by contravention",
                                "SELECT contravention, COUNT(*) FROM tickets WHERE zone = 'C' GROUP BY 1")]),
    ("one letter", "fencing", [("how many fencers are rated A or B?",
                                "SELECT COUNT(*) FROM fencers WHERE rating IN ('A', 'B')")]),
    ("status rate", "passport", [("what is the refusal rate for each office?",
                                  "SELECT office, AVG(CASE WHEN status = 'refused' THEN 1.0 ELSE 0.0 END) "
                                  "FROM applications GROUP BY 1")]),
    ("exclude", "lounges", [("members per tier, exclude the UK",
                             "SELECT tier, COUNT(*) FROM members WHERE home_country <> 'United Kingdom' GROUP BY 1")]),
    ("race name", "marathon", [("average finish seconds in the Harbour 10K",
                                f"SELECT AVG(s.finish_seconds) {RESULTS} WHERE r.race_name = 'Harbour 10K'")]),
    ("part-time", "parking", [("how many tickets did part-time officers write?",
                               f"SELECT COUNT(*) {OFFICER_TICKETS} WHERE NOT o.is_full_time")]),
    ("status value", "balloons", [("average passengers per flight by launch site",
                                   "SELECT launch_site, AVG(passengers) FROM flights GROUP BY 1"),
                                  ("only the ones that actually flew",
                                   "SELECT launch_site, AVG(passengers) FROM flights WHERE status = 'flown' "
                                   "GROUP BY 1")]),
    ("status value", "balloons", [("how many flights were cancelled because of weather?",
                                   "SELECT COUNT(*) FROM flights WHERE status = 'weather cancelled'")]),
    # 13. counting rows, not kinds
    ("rows counted", "waste", [("number of bins emptied after 5pm",
                                "SELECT COUNT(*) FROM collections WHERE HOUR(completed_at) >= 17")]),
    ("rows counted", "radio", [("count how many tracks were played in 2024",
                                "SELECT COUNT(*) FROM plays WHERE YEAR(played_at) = 2024")]),
    ("rows counted", "swimpool", [("how many pool visits in 2024?",
                                   "SELECT COUNT(*) FROM visits WHERE YEAR(checkin_at) = 2024")]),
    ("rows counted", "lounges", [("how many lounge visits have there been?", "SELECT COUNT(*) FROM visits")]),
    # 14. follow-ups: 'and overall?' drops the breakdown, 'and lost?' flips the flag; ranking fencers by wins
    ("and overall", "balloons", [("what is the weather cancellation rate at each launch site?",
                                  f"SELECT launch_site, {WEATHER_RATE} FROM flights GROUP BY 1"),
                                 ("and overall?", f"SELECT {WEATHER_RATE} FROM flights")]),
    ("and lost", "fencing", [("how many bouts were won in 2024?",
                              "SELECT COUNT(*) FROM bouts WHERE won AND YEAR(bout_date) = 2024"),
                             ("and lost?", "SELECT COUNT(*) FROM bouts WHERE NOT won AND YEAR(bout_date) = 2024")]),
    ("most wins", "fencing", [("which fencer has won the most bouts?",
                               f"SELECT f.first_name, f.last_name, COUNT(*) {FENCER_BOUTS} WHERE b.won "
                               "GROUP BY f.fencer_id, 1, 2 ORDER BY 3 DESC LIMIT 1")]),
    # 15. money: the price paid, kg x price per kg, a line price, a customer's spend, a donor's total
    ("price paid", "coursehub", [("total revenue per course subject",
                                  "SELECT c.subject, SUM(e.price_paid) FROM enrollments e JOIN courses c "
                                  "USING (course_id) GROUP BY 1")]),
    ("kg x price", "roastery", [("wholesale revenue by client region",
                                 "SELECT c.region, SUM(o.kg * o.price_per_kg) FROM wholesale_orders o "
                                 "JOIN clients c USING (client_id) GROUP BY 1")]),
    ("line price", "drycleaning", [("how much revenue came from alterations?",
                                    "SELECT SUM(line_price) FROM ticket_items WHERE service = 'alteration'")]),
    ("donor total", "foodbank", [("top 3 supermarkets by total weight donated",
                                  "SELECT donor_name, SUM(weight_kg) FROM donations WHERE donor_type = 'supermarket' "
                                  "GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what is the refusal rate for each office?", "what is the weather cancellation rate at each launch site?",
          "and overall?"}


@pytest.fixture(scope="module")
def mech_urls(mech19_dbs, mech20_dbs, mech21_dbs, mech22_dbs, mech23_dbs, mech24_dbs, mech27_dbs, mech28_dbs,
              mech29_dbs):
    """db name -> DuckDB URL of its file, for the nine corpora (eval21's 'parking' as 'airport_parking')."""
    built = [mech19_dbs, mech20_dbs, mech21_dbs, mech22_dbs, mech23_dbs, mech24_dbs, mech27_dbs, mech28_dbs,
             mech29_dbs]
    urls = {}
    for source, dbs in zip(CORPORA, built, strict=True):
        for name in source.datasets.BUILDERS:
            urls[RENAMED.get((source.folder, name), name)] = source.url(dbs, name)
    return urls


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
