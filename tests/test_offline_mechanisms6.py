"""Regression tests for the offline engine's general mechanisms added today, on the eval31-36 dev schemas.

Same style as `tests/test_offline_mechanisms5.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a status value beats 'still' ('still pending' / 'still in review'), 'and the highest?' after an
average or a median is MAX, abbreviations and a degree suffix inside a column phrase (peak temp), rates (a QC
failure rate, a default rate, open and unsubscribe rates over delivered mail, a cracked egg rate, an effective duty
rate), abbreviated columns (int_rate, yob), counting trades and distinct cardholders, a flag that is off, durations
between two dates or timestamps, anti-joins whose period dates the child rows, the biggest single row and who it
was for, a year-of-birth bound and a missing phone, ratings, the most common reason, grouping by the parent table
and not a same-named value, dose numbers, and one total over the rows of a listed set.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL31 = corpus.Corpus("eval31", "questions.jsonl", "datasets.py")
EVAL32 = corpus.Corpus("eval32", "questions.jsonl", "datasets.py")
EVAL33 = corpus.Corpus("eval33", "questions.jsonl", "datasets.py")
EVAL34 = corpus.Corpus("eval34", "questions.jsonl", "datasets.py")
EVAL35 = corpus.Corpus("eval35", "questions.jsonl", "datasets.py")
EVAL36 = corpus.Corpus("eval36", "questions.jsonl", "datasets.py")
CORPORA = [EVAL31, EVAL32, EVAL33, EVAL34, EVAL35, EVAL36]
mech31_dbs = EVAL31.dbs_fixture("mech31_dbs")
mech32_dbs = EVAL32.dbs_fixture("mech32_dbs")
mech33_dbs = EVAL33.dbs_fixture("mech33_dbs")
mech34_dbs = EVAL34.dbs_fixture("mech34_dbs")
mech35_dbs = EVAL35.dbs_fixture("mech35_dbs")
mech36_dbs = EVAL36.dbs_fixture("mech36_dbs")

SCHOLAR_APPS = "FROM applications a JOIN schemes s USING (scheme_id)"
P2P_DEFAULT = "AVG(CASE WHEN default_dt IS NOT NULL THEN 1.0 ELSE 0.0 END)"
QC_FAIL = "AVG(CASE WHEN NOT passed_qc THEN 1.0 ELSE 0.0 END)"
EGGS = "FROM egg_collections e JOIN sheds s USING (shed_id)"
CRACKED_RATE = "SUM(e.cracked) / SUM(e.eggs_collected)"
TRADES = "FROM trades t JOIN securities s USING (ticker)"
NIGHTS = "date_diff('day', check_in, check_out)"
PIZZA_MINUTES = "date_diff('minute', ordered_at, delivered_at)"
NO_URGENT_2023 = ("FROM agents WHERE agent_id NOT IN "
                  "(SELECT agent_id FROM tickets WHERE priority = 'urgent' AND YEAR(opened_at) = 2023)")
NO_RUNS_2025 = "FROM repos WHERE repo_id NOT IN (SELECT repo_id FROM pipeline_runs WHERE YEAR(started_at) = 2025)"
CENTRE_TESTS = "FROM driving_tests t JOIN test_centres c USING (centre_id)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a status value beats 'still': 'still in review' / 'still pending' is the status, not an unset end date
    ("still status", "mortgage", [("how many mortgage applications are still in review?",
                                   "SELECT COUNT(*) FROM applications WHERE status = 'in review'"),
                                  ("split by loan type", "SELECT loan_type, COUNT(*) FROM applications "
                                                         "WHERE status = 'in review' GROUP BY 1")]),
    ("still status", "scholarfund", [("number of applications still pending per scheme",
                                      f"SELECT s.scheme_name, COUNT(*) {SCHOLAR_APPS} WHERE a.status = 'pending' "
                                      "GROUP BY 1")]),
    ("still status", "seeds", [("seed orders still pending by customer region",
                                "SELECT c.region, COUNT(*) FROM orders o JOIN customers c USING (customer_id) "
                                "WHERE o.status = 'pending' GROUP BY 1")]),
    ("still status", "seeds", [("how many seed orders are still pending?",
                                "SELECT COUNT(*) FROM orders WHERE status = 'pending'")]),
    # 2. 'and the highest?' / 'and the lowest?' after an average or a median with no breakdown
    ("and the highest", "stud", [("what's the average stud fee?", "SELECT AVG(stud_fee) FROM horses"),
                                 ("and the highest?", "SELECT MAX(stud_fee) FROM horses")]),
    ("and the lowest", "brokerage", [("median price paid for NVDA",
                                      "SELECT MEDIAN(price) FROM trades WHERE ticker = 'NVDA'"),
                                     ("and the lowest?", "SELECT MIN(price) FROM trades WHERE ticker = 'NVDA'")]),
    ("and the highest", "mortgage", [("median loan amount", "SELECT MEDIAN(loan_amount) FROM applications"),
                                     ("and the highest?", "SELECT MAX(loan_amount) FROM applications")]),
    # 3. an abbreviation and a degree suffix inside a column phrase; 'recorded' is not a total
    ("peak temp", "coldstore", [("the highest peak temp recorded in chamber FZ3",
                                 "SELECT MAX(peak_temp_c) FROM alarms WHERE chamber = 'FZ3'"),
                                ("and in CH1?", "SELECT MAX(peak_temp_c) FROM alarms WHERE chamber = 'CH1'")]),
    ("peak temp", "coldstore", [("the lowest peak temp in °C for each chamber",
                                 "SELECT chamber, MIN(peak_temp_c) FROM alarms GROUP BY 1")]),
    # 4. rates: NOT passed, the default date set, sums over delivered mail, cracked eggs, duty over value
    ("failure rate", "steelmill", [("QC failure rate for each steel grade",
                                    f"SELECT steel_grade, {QC_FAIL} FROM heats GROUP BY 1")]),
    ("default rate", "p2p", [("default rate per listing grade",
                              f"SELECT grade, {P2P_DEFAULT} FROM listings GROUP BY 1")]),
    ("open rate", "emailmkt", [("open rate by campaign type",
                                "SELECT campaign_type, SUM(opens) / SUM(delivered) FROM campaigns GROUP BY 1"),
                               ("and the unsubscribe rate?",
                                "SELECT campaign_type, SUM(unsubscribes) / SUM(delivered) FROM campaigns "
                                "GROUP BY 1")]),
    ("unsubscribe rate", "emailmkt", [("unsubscribe rate per segment in 2024",
                                       "SELECT segment, SUM(unsubscribes) / SUM(delivered) FROM campaigns "
                                       "WHERE YEAR(sent_at) = 2024 GROUP BY 1")]),
    ("cracked rate", "poultry", [("cracked egg rate per shed", f"SELECT s.shed_name, {CRACKED_RATE} {EGGS} GROUP BY 1"),
                                 ("which one is worst?", f"SELECT s.shed_name, {CRACKED_RATE} {EGGS} GROUP BY 1 "
                                                         "ORDER BY 2 DESC LIMIT 1")]),
    ("duty rate", "customs", [("effective duty rate per origin country",
                               "SELECT origin_country, SUM(duty_eur) / SUM(customs_value_eur) FROM declarations "
                               "GROUP BY 1")]),
    # 5. abbreviated columns: int_rate, yob; 'defaulted' = default_dt set
    ("abbreviated column", "p2p", [("average interest rate by purpose",
                                    "SELECT purpose, AVG(int_rate) FROM listings GROUP BY 1")]),
    ("abbreviated column", "p2p", [("what is the average member age?",
                                    "SELECT AVG(YEAR(current_date) - yob) FROM members"),
                                   ("by city", "SELECT city, AVG(YEAR(current_date) - yob) FROM members GROUP BY 1")]),
    ("defaulted", "p2p", [("how many listings have defaulted?",
                           "SELECT COUNT(*) FROM listings WHERE default_dt IS NOT NULL"),
                          ("by grade", "SELECT grade, COUNT(*) FROM listings WHERE default_dt IS NOT NULL "
                                       "GROUP BY 1")]),
    # 6. distinct people on an event table; trades counted by the text key
    ("distinct people", "cards", [("how many different cardholders had international transactions?",
                                   "SELECT COUNT(DISTINCT cardholder_id) FROM card_txns WHERE is_international")]),
    ("distinct people", "cards", [("how many different cardholders disputed a transaction in 2024?",
                                   "SELECT COUNT(DISTINCT cardholder_id) FROM card_txns "
                                   "WHERE is_disputed AND YEAR(txn_ts) = 2024")]),
    ("trade count", "brokerage", [("trade count for each sector", f"SELECT s.sector, COUNT(*) {TRADES} GROUP BY 1")]),
    ("traded most", "brokerage", [("which ticker gets traded most often",
                                   "SELECT ticker, COUNT(*) FROM trades GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("traded least", "brokerage", [("the 3 least traded tickers",
                                    "SELECT ticker, COUNT(*) FROM trades GROUP BY 1 ORDER BY 2 ASC LIMIT 3")]),
    # 7. a flag that is off; an average transaction at a merchant; merchants ranked by their average
    ("flag off", "cards", [("list the cardholders with autopay off",
                            "SELECT first_name, last_name FROM cardholders WHERE NOT autopay_enabled"),
                           ("how many is that?", "SELECT COUNT(*) FROM cardholders WHERE NOT autopay_enabled")]),
    ("flag off", "cards", [("how many cardholders have autopay turned off?",
                            "SELECT COUNT(*) FROM cardholders WHERE NOT autopay_enabled")]),
    ("average transaction", "cards", [("average transaction at Burger Barn",
                                       "SELECT AVG(amount) FROM card_txns WHERE merchant = 'Burger Barn'")]),
    ("average transaction", "cards", [("which merchant has the lowest average transaction?",
                                       "SELECT merchant, AVG(amount) FROM card_txns GROUP BY 1 "
                                       "ORDER BY 2 ASC LIMIT 1")]),
    # 8. durations between two dates or timestamps (not the booking time)
    ("nights", "hotels", [("what is the average length of stay in nights?", f"SELECT AVG({NIGHTS}) FROM bookings")]),
    ("nights", "hotels", [("total nights booked by check-in year",
                           f"SELECT YEAR(check_in), SUM({NIGHTS}) FROM bookings GROUP BY 1")]),
    ("nights", "hotels", [("how many bookings were longer than a week?",
                           f"SELECT COUNT(*) FROM bookings WHERE {NIGHTS} > 7")]),
    ("minutes", "pizza", [("what is the average delivery time in minutes?", f"SELECT AVG({PIZZA_MINUTES}) FROM orders"),
                          ("per store", f"SELECT s.store_name, AVG({PIZZA_MINUTES}) FROM orders o "
                                        "JOIN stores s USING (store_id) GROUP BY 1")]),
    ("nights", "hotels", [("bookings longer than a week by room type",
                           f"SELECT room_type, COUNT(*) FROM bookings WHERE {NIGHTS} > 7 GROUP BY 1")]),
    ("minutes", "pizza", [("count the deliveries that took over an hour",
                           f"SELECT COUNT(*) FROM orders WHERE {PIZZA_MINUTES} > 60")]),
    # 9. anti-joins: the period dates the child rows inside the NOT IN; the parents are listed
    ("anti-join period", "helpdesk", [("which agents had no urgent tickets in 2023?",
                                       f"SELECT full_name {NO_URGENT_2023}"),
                                      ("how many is that?", f"SELECT COUNT(*) {NO_URGENT_2023}")]),
    ("anti-join period", "cicd", [("list the repos with no runs at all in 2025", f"SELECT repo_name {NO_RUNS_2025}")]),
    # 10. the biggest single row, then who or what it was for
    ("biggest single", "irrigation", [("show me the biggest single water order",
                                       "SELECT MAX(megalitres) FROM water_orders"),
                                      ("which farm was it for?",
                                       "SELECT f.farm_name FROM water_orders w JOIN farms f USING (farm_id) "
                                       "ORDER BY w.megalitres DESC LIMIT 1")]),
    ("biggest single", "pizza", [("what's the biggest single order amount?", "SELECT MAX(total_amount) FROM orders"),
                                 ("which store took it?",
                                  "SELECT s.store_name FROM orders o JOIN stores s USING (store_id) "
                                  "ORDER BY o.total_amount DESC LIMIT 1")]),
    ("biggest single", "tractors", [("what was the biggest single tractor sale?",
                                     "SELECT MAX(sale_price) FROM sales"),
                                    ("which rep made that sale?", "SELECT r.first_name, r.last_name FROM sales s "
                                                     "JOIN reps r USING (rep_id) ORDER BY s.sale_price DESC LIMIT 1")]),
    # 11. a year-of-birth bound; a missing phone
    ("born before", "irrigation", [("how many irrigators were born before 1960?",
                                    "SELECT COUNT(*) FROM irrigators WHERE year_of_birth < 1960")]),
    ("born before", "p2p", [("how many members were born before 1970?",
                             "SELECT COUNT(*) FROM members WHERE yob < 1970")]),
    ("no phone", "carboot", [("how many sellers have no phone number?",
                              "SELECT COUNT(*) FROM sellers WHERE phone IS NULL"),
                             ("split by town", "SELECT town, COUNT(*) FROM sellers WHERE phone IS NULL GROUP BY 1")]),
    # 12. ratings: never rated, a range of ratings; a person flag
    ("ratings", "gpsurgery", [("number of consultations that were never rated",
                               "SELECT COUNT(*) FROM consultations WHERE satisfaction IS NULL"),
                              ("and how many were rated 1 or 2?",
                               "SELECT COUNT(*) FROM consultations WHERE satisfaction IN (1, 2)")]),
    ("ratings", "gpsurgery", [("how many consultations got rated 4 or higher?",
                               "SELECT COUNT(*) FROM consultations WHERE satisfaction >= 4"),
                              ("by consultation mode", "SELECT consultation_mode, COUNT(*) FROM consultations "
                                                       "WHERE satisfaction >= 4 GROUP BY 1")]),
    ("smokers", "gpsurgery", [("how many of our patients smoke?", "SELECT COUNT(*) FROM gp_patients WHERE smoker")]),
    # 13. the most common value; the parent table beats a same-named value; dose numbers
    ("most common", "gpsurgery", [("what is the most common reason for a consultation?",
                                   "SELECT reason, COUNT(*) FROM consultations GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("parent group", "drivetest", [("number of van tests per centre",
                                    f"SELECT c.centre_name, COUNT(*) {CENTRE_TESTS} WHERE t.test_type = 'van' "
                                    "GROUP BY 1")]),
    ("dose number", "vaxclinic", [("count of second doses by vaccine",
                                   "SELECT vaccine, COUNT(*) FROM vaccinations WHERE dose_number = 2 GROUP BY 1"),
                                  ("how about third doses?",
                                   "SELECT vaccine, COUNT(*) FROM vaccinations WHERE dose_number = 3 GROUP BY 1")]),
    # 14. a list, then one total over the listed rows
    ("listed total", "drivetest", [("which test centres have a motorcycle area?",
                                    "SELECT centre_name FROM test_centres WHERE has_motorcycle_area"),
                                   ("how many van tests did they do?",
                                    f"SELECT COUNT(*) {CENTRE_TESTS} WHERE c.has_motorcycle_area "
                                    "AND t.test_type = 'van'")]),
    ("listed total", "scholarfund", [("which schemes are renewable?",
                                      "SELECT scheme_name FROM schemes WHERE renewable"),
                                     ("how many applications did they get?",
                                      f"SELECT COUNT(*) {SCHOLAR_APPS} WHERE s.renewable")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"QC failure rate for each steel grade", "default rate per listing grade", "open rate by campaign type",
          "and the unsubscribe rate?", "unsubscribe rate per segment in 2024", "cracked egg rate per shed",
          "which one is worst?", "effective duty rate per origin country"}


@pytest.fixture(scope="module")
def mech_urls(mech31_dbs, mech32_dbs, mech33_dbs, mech34_dbs, mech35_dbs, mech36_dbs):
    """db name -> DuckDB URL of its file, for the six corpora (their database names do not clash)."""
    built = [mech31_dbs, mech32_dbs, mech33_dbs, mech34_dbs, mech35_dbs, mech36_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
