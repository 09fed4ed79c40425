"""Regression tests for the offline engine's general mechanisms added today, on the eval12/13/15/16/18/19 dev schemas.

Same style as `tests/test_offline_mechanisms3.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: an actual date later than the planned one of the same row ('paid after the due date', 'left later than
scheduled'), a derived delay in minutes, '<people> who had a <event> in 2023' as a distinct count, 'still' /
'currently' / 'have left' on an end date, abbreviated names and values ('amt', 'rgn', 'Trade Acct'), HAVING on a
per-entity total or count, durations with units ('over 12 minutes' on seconds, days between two dates), a rate from
a flag or from a set end date, plural event nouns counted by their date, 'unpaid' and 'used a promo code',
short reference tables listed, a join through a key not named *_id ('rm_no'), follow-ups ('and for sales with no
customer on them', 'average age for each', 'total seats across them', 'and by everyone else'), and the sale price
(not a trade-in value or a list price) as revenue.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL12 = corpus.Corpus("eval12", "questions.jsonl", "datasets.py")
EVAL13 = corpus.Corpus("eval13", "questions.jsonl", "datasets.py")
EVAL15 = corpus.Corpus("eval15", "questions.jsonl", "datasets.py")
EVAL16 = corpus.Corpus("eval16", "questions.jsonl", "datasets.py")
EVAL18 = corpus.Corpus("eval18", "questions.jsonl", "datasets.py")
EVAL19 = corpus.Corpus("eval19", "questions.jsonl", "datasets.py")
CORPORA = [EVAL12, EVAL13, EVAL15, EVAL16, EVAL18, EVAL19]
mech12_dbs = EVAL12.dbs_fixture("mech12_dbs")
mech13_dbs = EVAL13.dbs_fixture("mech13_dbs")
mech15_dbs = EVAL15.dbs_fixture("mech15_dbs")
mech16_dbs = EVAL16.dbs_fixture("mech16_dbs")
mech18_dbs = EVAL18.dbs_fixture("mech18_dbs")
mech19_dbs = EVAL19.dbs_fixture("mech19_dbs")

LATE_BILLS = "FROM water_bills WHERE paid_on > due_date"
LATE_TRAINS = "FROM trips WHERE \"actualDeparture\" > \"scheduledDeparture\""
FERRY_DELAY = "AVG(date_diff('minute', s.sched_dep_ts, s.act_dep_ts))"
STILL_HERE = "FROM animals WHERE departure_date IS NULL"
CURRENT_AGENTS = "FROM agents WHERE leave_date IS NULL"
HW_SALES = "FROM sales_txns t JOIN prods p USING (prod_id)"
HW_REGION = "FROM sales_txns t JOIN stores st USING (store_id)"
BIG_DEPTS = f"SELECT p.dept, SUM(t.amt) {HW_SALES} GROUP BY 1 HAVING SUM(t.amt) > 150000"
BIG_VENDORS = ("SELECT v.vendor_name, SUM(r.gross_sales) FROM stall_reports r JOIN vendors v USING (vendor_id) "
               "GROUP BY v.vendor_id, 1 HAVING SUM(r.gross_sales) > 100000")
FREQUENT_PATIENTS = ("SELECT p.first_name, p.last_name, COUNT(*) FROM admissions a JOIN patients p USING (patient_id) "
                     "GROUP BY p.patient_id, 1, 2 HAVING COUNT(*) >= 4")
SLOW_AGENTS = ("SELECT a.first_name, a.last_name, AVG(c.handle_seconds) FROM calls c JOIN agents a USING (agent_id) "
               "GROUP BY a.agent_id, 1, 2 HAVING AVG(c.handle_seconds) > 900")
BIG_WARDS = "FROM wards WHERE bed_count > 25"
ROOM_TASKS = "FROM cln_tasks t JOIN rooms r ON r.rm_no = t.rm_no"
ENGINEERING = "FROM programs WHERE faculty = 'Engineering'"
EV_SESSIONS = "SELECT AVG(s.\"energyKwh\") FROM \"chargingSessions\" s JOIN drivers d USING (\"driverId\") WHERE "
ENROLLED_2023 = "FROM participants WHERE YEAR(\"enrolledAt\") = 2023"
EVENT_COUNTS = "SELECT \"eventTerm\", COUNT(*) FROM \"adverseEvents\" GROUP BY 1 "
BOOK_SALES = "FROM sales s JOIN books b USING (book_id)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 2. an actual date later than the planned date of the same row
    ("later than planned", "water", [("how many water bills were paid after their due date?",
                                      f"SELECT COUNT(*) {LATE_BILLS}"),
                                     ("and by district?", f"SELECT district, COUNT(*) {LATE_BILLS} GROUP BY 1")]),
    ("later than planned", "trains", [("how many trips departed later than scheduled?",
                                       f"SELECT COUNT(*) {LATE_TRAINS}"),
                                      ("split by train type", f"SELECT \"trainType\", COUNT(*) {LATE_TRAINS} "
                                                              "GROUP BY 1")]),
    # 3. a delay derived from the scheduled and actual timestamps
    ("derived delay", "ferries", [("average departure delay in minutes per route",
                                   f"SELECT r.rte_cd, {FERRY_DELAY} FROM sailings s JOIN routes r USING (rte_id) "
                                   "GROUP BY 1")]),
    ("derived delay", "ferries", [("what was the average departure delay in minutes in 2023?",
                                   f"SELECT {FERRY_DELAY} FROM sailings s WHERE YEAR(s.sched_dep_ts) = 2023")]),
    # 4. people who had an event in a year: a distinct count of the event table's key, dated by the event
    ("distinct people", "tutoring", [("how many students had a session in 2023?",
                                      "SELECT COUNT(DISTINCT \"studentId\") FROM sessions "
                                      "WHERE YEAR(\"startTime\") = 2023")]),
    ("distinct people", "scooters", [("how many riders took at least one trip in 2024?",
                                      "SELECT COUNT(DISTINCT rdr_id) FROM trips WHERE YEAR(start_ts) = 2024")]),
    # 5. 'still' / 'current' / 'currently' = no end date; 'have left' / 'retired' = an end date; dated by it
    ("still", "zoo", [("how many animals are still at the zoo?", f"SELECT COUNT(*) {STILL_HERE}"),
                      ("and by animal class?", f"SELECT animal_class, COUNT(*) {STILL_HERE} GROUP BY 1")]),
    ("left in year", "zoo", [("number of animals that departed the zoo during 2023",
                              "SELECT COUNT(*) FROM animals WHERE YEAR(departure_date) = 2023")]),
    ("current", "callcentre", [("number of current agents per team",
                                f"SELECT team, COUNT(*) {CURRENT_AGENTS} GROUP BY 1"),
                               ("how many agents have left?",
                                "SELECT COUNT(*) FROM agents WHERE leave_date IS NOT NULL")]),
    ("currently", "greenhouse", [("how many sensors are currently installed in each greenhouse?",
                                  "SELECT g.\"greenhouseName\", COUNT(*) FROM sensors s JOIN greenhouses g "
                                  "USING (\"greenhouseId\") WHERE s.\"removedOn\" IS NULL GROUP BY 1")]),
    ("retired", "laundry", [("count the machines that have been retired",
                             "SELECT COUNT(*) FROM machines WHERE retire_dt IS NOT NULL")]),
    # 6. abbreviated column names (amt, disc_amt, rgn, pay_mthd, qty) and values ('Trade Acct')
    ("abbreviations", "hardware", [("total revenue per region",
                                    f"SELECT st.rgn, SUM(t.amt) {HW_REGION} GROUP BY 1"),
                                   ("and the total discount per region?",
                                    f"SELECT st.rgn, SUM(t.disc_amt) {HW_REGION} GROUP BY 1")]),
    ("abbreviations", "hardware", [("which 5 products had the highest sales amt?",
                                    f"SELECT p.prod_nm, SUM(t.amt) {HW_SALES} GROUP BY p.prod_id, 1 "
                                    "ORDER BY 2 DESC LIMIT 5")]),
    ("abbreviations", "hardware", [("total sales by payment method in 2023",
                                    "SELECT pay_mthd, SUM(amt) FROM sales_txns WHERE YEAR(txn_ts) = 2023 GROUP BY 1")]),
    ("abbreviations", "hardware", [("how much was paid on a trade account?",
                                    "SELECT SUM(amt) FROM sales_txns WHERE pay_mthd = 'Trade Acct'")]),
    ("abbreviations", "hardware", [("total quantity sold per department",
                                    f"SELECT p.dept, SUM(t.qty) {HW_SALES} GROUP BY 1")]),
    # 7. HAVING on a per-entity total or count
    ("having sum", "hardware", [("departments with over 150k in total sales", BIG_DEPTS),
                                ("how many is that?", f"SELECT COUNT(*) FROM ({BIG_DEPTS})")]),
    ("having sum", "market", [("which vendors have over 100k in total gross sales?", BIG_VENDORS)]),
    ("having count", "hospital", [("patients who had 4 or more admissions", FREQUENT_PATIENTS),
                                  ("how many is that?", f"SELECT COUNT(*) FROM ({FREQUENT_PATIENTS})")]),
    # 8. durations with units: minutes on a seconds column, minutes / days between two timestamps, a stored duration
    ("seconds column", "callcentre", [("number of calls with a handle time over 12 minutes",
                                       "SELECT COUNT(*) FROM calls WHERE handle_seconds > 720")]),
    ("seconds column", "callcentre", [("agents with an average handle time over 15 minutes", SLOW_AGENTS)]),
    ("minutes between", "taxi", [("average minutes from request to pickup",
                                  "SELECT AVG(date_diff('minute', requested_at, pickup_at)) FROM trips")]),
    ("days between", "admissions", [("average days from submission to decision",
                                     "SELECT AVG(date_diff('day', submitted_on, decision_date)) FROM applications")]),
    ("stored duration", "tennis", [("avg booking length in minutes by court surface",
                                    "SELECT c.surface, AVG(b.duration_minutes) FROM court_bookings b JOIN courts c "
                                    "USING (court_id) GROUP BY 1")]),
    # 9. a rate from a flag (not a reason column) or from a set end date
    ("flag rate", "trains", [("cancellation rate for each route",
                              "SELECT r.\"routeName\", AVG(CASE WHEN t.\"isCancelled\" THEN 1.0 ELSE 0.0 END) "
                              "FROM trips t JOIN routes r USING (\"routeId\") GROUP BY 1")]),
    ("end date rate", "trials", [("withdrawal rate in each study arm",
                                  "SELECT \"studyArm\", AVG(CASE WHEN \"withdrawnOn\" IS NOT NULL THEN 1.0 "
                                  "ELSE 0.0 END) FROM participants GROUP BY 1")]),
    # 10. plural event nouns counted by their date; the most frequent event kind
    ("event noun", "trials", [("enrollments per quarter in 2023",
                               f"SELECT QUARTER(\"enrolledAt\"), COUNT(*) {ENROLLED_2023} GROUP BY 1")]),
    ("event noun", "trials", [("number of enrollments by weekday",
                               "SELECT dayname(\"enrolledAt\"), COUNT(*) FROM participants GROUP BY 1")]),
    ("event kind", "trials", [("which adverse event was reported most often?",
                               EVENT_COUNTS + "ORDER BY 2 DESC LIMIT 1")]),
    # 11. 'unpaid' negates the flag ending in paid; 'used a promo code' / 'on a plan' = a text column set
    ("unpaid", "weddings", [("how many bookings are unpaid by hall?",
                             "SELECT hall, COUNT(*) FROM bookings WHERE NOT deposit_paid GROUP BY 1")]),
    ("unpaid", "market", [("total unpaid stall fees per vendor",
                           "SELECT v.vendor_name, SUM(r.stall_fee) FROM stall_reports r JOIN vendors v "
                           "USING (vendor_id) WHERE NOT r.fee_paid GROUP BY v.vendor_id, 1")]),
    ("text set", "scooters", [("count of trips that used a promo code",
                               "SELECT COUNT(*) FROM trips WHERE promo_cd IS NOT NULL")]),
    ("text set", "carwash", [("number of customers on a plan",
                              "SELECT COUNT(*) FROM custs WHERE plan_typ IS NOT NULL")]),
    # 12. short reference tables listed, then counted per group / in all
    ("listed", "hospital", [("show wards with more than 25 beds", f"SELECT ward_name {BIG_WARDS}"),
                            ("by specialty", f"SELECT specialty, COUNT(*) {BIG_WARDS} GROUP BY 1")]),
    ("listed", "hospital", [("list the wards that have more than 25 beds", f"SELECT ward_name {BIG_WARDS}"),
                            ("how many are there?", f"SELECT COUNT(*) {BIG_WARDS}")]),
    # 13. a join through a key named like another table's key (rm_no), not *_id
    ("non-id key", "housekeeping", [("tasks per room type", f"SELECT r.rm_typ, COUNT(*) {ROOM_TASKS} GROUP BY 1")]),
    ("non-id key", "housekeeping", [("total cleaning minutes in smoking rooms",
                                     f"SELECT SUM(t.mins) {ROOM_TASKS} WHERE r.is_smoking")]),
    # 14. follow-ups: a dropped customer-table condition, a kept breakdown, a total over a list, a flipped flag
    ("no customer", "hardware", [("total sales amt to trade customers",
                                  "SELECT SUM(t.amt) FROM sales_txns t JOIN custs c USING (cust_id) "
                                  "WHERE c.cust_type = 'Trade'"),
                                 ("and for sales with no customer on them",
                                  "SELECT SUM(amt) FROM sales_txns WHERE cust_id IS NULL")]),
    ("average age for each", "callcentre", [("number of agents per team", "SELECT team, COUNT(*) FROM agents "
                                                                          "GROUP BY 1"),
                                            ("average age for each",
                                             "SELECT team, AVG(date_sub('year', date_of_birth, current_date)) "
                                             "FROM agents GROUP BY 1")]),
    ("total across them", "admissions", [("list the engineering programs", f"SELECT program_name {ENGINEERING}"),
                                         ("total seats across them", f"SELECT SUM(seats) {ENGINEERING}")]),
    ("total across them", "hospital", [("which wards have more than 25 beds?", f"SELECT ward_name {BIG_WARDS}"),
                                       ("total beds across them", f"SELECT SUM(bed_count) {BIG_WARDS}")]),
    ("everyone else", "evcharge", [("average energy per session for drivers with a subscription",
                                    EV_SESSIONS + "d.\"hasSubscription\""),
                                   ("and by everyone else", EV_SESSIONS + "NOT d.\"hasSubscription\"")]),
    # 15. revenue = the sale price (not a trade-in value); the price paid = the sales' unit price; copies = quantity
    ("sale price", "dealership", [("total revenue by payment type",
                                   "SELECT payment_type, SUM(sale_price) FROM sales GROUP BY 1")]),
    ("sale price", "dealership", [("revenue per showroom in 2023",
                                   "SELECT p.showroom, SUM(s.sale_price) FROM sales s JOIN salespeople p "
                                   "USING (salesperson_id) WHERE YEAR(s.sale_date) = 2023 GROUP BY 1")]),
    ("price paid", "bookstores", [("what is the average price paid for a hardback book?",
                                   f"SELECT AVG(s.unit_price) {BOOK_SALES} WHERE b.format = 'hardback'")]),
    ("copies", "bookstores", [("how many copies were sold per genre?",
                               f"SELECT b.genre, SUM(s.quantity) {BOOK_SALES} GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"cancellation rate for each route", "withdrawal rate in each study arm"}


@pytest.fixture(scope="module")
def mech_urls(mech12_dbs, mech13_dbs, mech15_dbs, mech16_dbs, mech18_dbs, mech19_dbs):
    """db name -> DuckDB URL of its file, for the six corpora."""
    built = [mech12_dbs, mech13_dbs, mech15_dbs, mech16_dbs, mech18_dbs, mech19_dbs]
    return corpus.corpus_urls(list(zip(CORPORA, built, strict=True)))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
