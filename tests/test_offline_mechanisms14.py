"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval70-eval77.

Same style as `tests/test_offline_mechanisms13.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: '<things other tables point at> <condition>' on a small table is a list of names, and 'how many per
<parent>' then counts the listed rows per parent; 'count them' after a list is a count with the same condition and
'break it down by <column>' a count per column; 'who <verb>ed more than one <thing>' names the people table named
after the verb (HAVING COUNT > 1); 'which site made the most money' is the sales price column, not a rent; '<things>
older / newer than <year>' compares the thing's year column; 'still up right now' is the end date missing; 'lowest
X instead' after an average per group is MIN, 'what about the oldest' after an average age is MAX age; a singular
mass noun ('harvest by block') sums the table's weight; 'lift passes did we sell in 2024' dates the pass by its own
purchase date; 'the most drop offs' counts that table and 'weight instead' sums its weight; '<difficulty> 6 or
harder' is >= 6, 'hardest' is MAX; 'not counting A <table>s or the B' is NOT IN; 'what share of <value> <things> got
cancelled'; 'tickets came in last year' and 'tickets by day of week' use the tickets' own opening time; 'error rate',
'fewest errors' and 'errors of each type' are rows with an error type; 'pickers who worked more than N shifts' is a
HAVING COUNT of shifts; 'year 9 pupils' / 'table 12' are number columns ('what about year 11'); 'competition
rounds' and 'events with no florist booked' test a foreign key for NULL; 'weddings did we host' leave out cancelled
events; a gift is a donation ('average gift by channel', 'how much did we raise');
'<table> minutes by <column>' sums the minutes, 'in hours' divides by 60; 'appointments were missed' is NOT attended;
'replies did customers send' is the from-customer flag.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL70 = corpus.Corpus("eval70", "questions.jsonl", "datasets.py")
EVAL72 = corpus.Corpus("eval72", "questions.jsonl", "datasets.py")
EVAL75 = corpus.Corpus("eval75", "questions.jsonl", "datasets.py")
EVAL76 = corpus.Corpus("eval76", "questions.jsonl", "datasets.py")
EVAL77 = corpus.Corpus("eval77", "questions.jsonl", "datasets.py")
CORPORA = [EVAL70, EVAL72, EVAL75, EVAL76, EVAL77]
mech14_70_dbs = EVAL70.dbs_fixture("mech14_70_dbs")
mech14_72_dbs = EVAL72.dbs_fixture("mech14_72_dbs")
mech14_75_dbs = EVAL75.dbs_fixture("mech14_75_dbs")
mech14_76_dbs = EVAL76.dbs_fixture("mech14_76_dbs")
mech14_77_dbs = EVAL77.dbs_fixture("mech14_77_dbs")

SALE_SITES = "FROM sales s JOIN machines m USING (\"machineId\") JOIN locations l USING (\"locationId\")"
CUSTOMER_ROUNDS = "FROM customers c JOIN rounds r USING (round_id)"
DROP_SITES = "FROM drop_offs d JOIN sites s USING (site_id)"
PICKER_SHIFTS = ("SELECT p.first_name, p.last_name, COUNT(*) FROM shifts s JOIN pickers p USING (picker_id) "
                 "GROUP BY p.picker_id, 1, 2")
ERROR = "CASE WHEN error_type IS NOT NULL THEN 1.0 ELSE 0.0 END"
CANCELLED = "CASE WHEN cancelled_at IS NOT NULL THEN 1.0 ELSE 0.0 END"
AGE = "date_sub('year', birth_date, current_date)"
GIFT_CHANNELS = "FROM donations d JOIN campaigns c USING (campaign_id)"
MINUTES = "SELECT \"physioName\", SUM(\"durationMin\")"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. '<things other tables point at> <condition>' on a small table is listed; 'how many per <parent>' counts them
    ("list then per parent", "windowcleaning", [("customers who joined in 2023",
                                                 "SELECT first_name, last_name FROM customers "
                                                 "WHERE YEAR(joined_on) = 2023"),
                                                ("how many per round",
                                                 f"SELECT r.round_name, COUNT(*) {CUSTOMER_ROUNDS} "
                                                 "WHERE YEAR(c.joined_on) = 2023 GROUP BY 1")]),
    ("list then per parent", "cinema", [("films that are longer than 2 and a half hours",
                                         "SELECT title FROM films WHERE runtime_min > 150")]),
    # 2. 'count them' after a list: the same condition; 'break it down by <column>'
    ("count them", "cinema", [("films with certificate 15",
                               "SELECT title FROM films WHERE certificate = '15'"),
                              ("count them", "SELECT COUNT(*) FROM films WHERE certificate = '15'"),
                              ("break it down by genre",
                               "SELECT genre, COUNT(*) FROM films WHERE certificate = '15' GROUP BY 1")]),
    ("count them", "windowcleaning", [("customers who cancelled in 2024",
                                       "SELECT first_name, last_name FROM customers "
                                       "WHERE YEAR(cancelled_on) = 2024"),
                                      ("count them", "SELECT COUNT(*) FROM customers WHERE YEAR(cancelled_on) = 2024"),
                                      ("break it down by property type",
                                       "SELECT property_type, COUNT(*) FROM customers "
                                       "WHERE YEAR(cancelled_on) = 2024 GROUP BY 1")]),
    # 3. 'who <verb>ed more than one <thing>' names the people table named after the verb
    ("more than one", "shelter", [("who has adopted more than one animal",
                                   "SELECT a.first_name, a.last_name, COUNT(*) FROM animals n "
                                   "JOIN adopters a USING (adopter_id) GROUP BY a.adopter_id, 1, 2 "
                                   "HAVING COUNT(*) > 1")]),
    # 4. 'made the most money' is the sales price column, not a monthly rent
    ("most money", "vending", [("which site has made the most money",
                                f"SELECT l.\"siteName\", SUM(s.\"priceGbp\") {SALE_SITES} "
                                "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 5. '<things> older / newer than <year>': the thing's year column
    ("older than a year", "bikeworkshop", [("how many bikes are older than 2012",
                                            "SELECT COUNT(*) FROM bikes WHERE \"purchaseYear\" < 2012")]),
    ("older than a year", "bikeworkshop", [("bikes newer than 2020 by type",
                                            "SELECT \"bikeType\", COUNT(*) FROM bikes "
                                            "WHERE \"purchaseYear\" > 2020 GROUP BY 1")]),
    # 6. 'still up right now': the end date is missing
    ("right now", "bouldergym", [("count of routes still up right now",
                                  "SELECT COUNT(*) FROM routes WHERE \"strippedOn\" IS NULL"),
                                 ("by wall type", "SELECT \"wallType\", COUNT(*) FROM routes "
                                                  "WHERE \"strippedOn\" IS NULL GROUP BY 1")]),
    # 7. 'lowest X instead' after an average per group is MIN; 'what about the oldest' after an average age is MAX
    ("lowest instead", "canteen", [("average top up amount by method",
                                    "SELECT method, AVG(amount_gbp) FROM top_ups GROUP BY 1"),
                                   ("lowest amount instead",
                                    "SELECT method, MIN(amount_gbp) FROM top_ups GROUP BY 1")]),
    ("oldest", "warehouse", [("average age of pickers per contract type",
                              f"SELECT contract_type, AVG({AGE}) FROM pickers GROUP BY 1"),
                             ("what about the oldest",
                              f"SELECT contract_type, MAX({AGE}) FROM pickers GROUP BY 1")]),
    # 8. a singular mass noun sums the table's weight
    ("mass noun", "orchard", [("harvest per block",
                               "SELECT t.block, SUM(h.weight_kg) FROM harvests h JOIN trees t USING (tree_id) "
                               "GROUP BY 1")]),
    # 9. passes sold are dated by their own purchase date
    ("own date", "alpineresort", [("how many lift passes did we sell in 2023",
                                   "SELECT COUNT(*) FROM lift_passes WHERE YEAR(purchased_on) = 2023")]),
    # 10. 'the most drop offs' counts that table; 'weight instead' sums its weight
    ("most rows", "recyclingcentre", [("which site had the most drop offs",
                                       f"SELECT s.site_name, COUNT(*) {DROP_SITES} "
                                       "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("weight instead", "recyclingcentre", [("number of drop offs per material",
                                            "SELECT material, COUNT(*) FROM drop_offs GROUP BY 1"),
                                           ("weight instead",
                                            "SELECT material, SUM(weight_kg) FROM drop_offs GROUP BY 1")]),
    # 11. '<difficulty> 6 or harder' is >= 6; 'hardest difficulty' is MAX
    ("or harder", "bouldergym", [("how many routes are difficulty 6 or harder",
                                  "SELECT COUNT(*) FROM routes WHERE difficulty >= 6")]),
    ("hardest", "bouldergym", [("hardest difficulty per setter",
                                "SELECT \"setterName\", MAX(difficulty) FROM routes GROUP BY 1")]),
    # 12. 'not counting A <table>s or the B' is NOT IN (A, B)
    ("not counting", "alpineresort", [("total capacity per hour not counting drag lifts or the magic carpet",
                                       "SELECT SUM(capacity_per_hour) FROM lifts "
                                       "WHERE lift_type NOT IN ('drag', 'magic carpet')")]),
    # 13. 'what share of <value> <things> got cancelled'
    ("share cancelled", "alpineresort", [("what share of snowboard lessons got cancelled",
                                          f"SELECT AVG({CANCELLED}) FROM lessons WHERE discipline = 'snowboard'")]),
    # 14. tickets are dated by their own opening time
    ("own date", "supportdesk", [("how many support tickets came in last year",
                                  "SELECT COUNT(*) FROM tickets WHERE YEAR(opened_at) = 2024")]),
    ("own date", "supportdesk", [("tickets by day of the week",
                                  "SELECT DAYNAME(opened_at), COUNT(*) FROM tickets GROUP BY 1")]),
    # 15. errors are rows with an error type
    ("errors", "warehouse", [("error rate by zone", f"SELECT zone, AVG({ERROR}) FROM pick_lines GROUP BY 1"),
                             ("which zone has the fewest errors",
                              "SELECT zone, COUNT(*) FROM pick_lines WHERE error_type IS NOT NULL "
                              "GROUP BY 1 ORDER BY 2 ASC LIMIT 1")]),
    ("errors", "warehouse", [("how many errors of each type",
                              "SELECT error_type, COUNT(*) FROM pick_lines WHERE error_type IS NOT NULL GROUP BY 1")]),
    # 16. 'which pickers worked more than N shifts': HAVING COUNT of shifts
    ("having shifts", "warehouse", [("which pickers worked more than 40 shifts",
                                     f"{PICKER_SHIFTS} HAVING COUNT(*) > 40")]),
    # 17. 'year 9 pupils' / 'table 12' are number columns
    ("number column", "canteen", [("how many year 9 pupils get free meals",
                                   "SELECT COUNT(*) FROM pupils WHERE year_group = 9 AND free_meals"),
                                  ("what about year 11",
                                   "SELECT COUNT(*) FROM pupils WHERE year_group = 11 AND free_meals")]),
    ("number column", "farmshop", [("how much did table 12 spend in the cafe",
                                    "SELECT SUM(total_gbp) FROM cafe_orders WHERE table_number = 12")]),
    # 18. 'competition rounds' / 'no florist booked' test a foreign key for NULL
    ("foreign key null", "golfcourse", [("how many competition rounds were played in 2024",
                                         "SELECT COUNT(*) FROM rounds WHERE competition_id IS NOT NULL "
                                         "AND YEAR(played_on) = 2024")]),
    ("foreign key null", "weddingvenue", [("how many events in 2024 had no florist booked",
                                           "SELECT COUNT(*) FROM events WHERE florist_id IS NULL "
                                           "AND YEAR(event_date) = 2024")]),
    # 19. 'weddings did we host' leave out cancelled events
    ("hosted", "weddingvenue", [("how many weddings did we host in 2023",
                                 "SELECT COUNT(*) FROM events WHERE event_type = 'wedding' "
                                 "AND cancelled_on IS NULL AND YEAR(event_date) = 2023")]),
    # 20. a gift is a donation, not the gift aid flag
    ("gift", "fundraising", [("average gift size by channel",
                              f"SELECT c.channel, AVG(d.amount_gbp) {GIFT_CHANNELS} GROUP BY 1"),
                             ("how much did we raise in 2024",
                              "SELECT SUM(amount_gbp) FROM donations WHERE YEAR(donated_at) = 2024")]),
    # 21. '<table> minutes by <column>' sums the minutes; 'in hours' divides by 60
    ("minutes", "physio", [("total treatment minutes by physio", f"{MINUTES} FROM \"treatmentSessions\" GROUP BY 1"),
                           ("in hours", f"{MINUTES} / 60.0 FROM \"treatmentSessions\" GROUP BY 1")]),
    # 22. 'appointments were missed' is NOT attended
    ("missed", "physio", [("what proportion of physio appointments were missed",
                           "SELECT AVG(CASE WHEN NOT attended THEN 1.0 ELSE 0.0 END) FROM \"treatmentSessions\"")]),
    # 23. 'replies did customers send' is the from-customer flag
    ("from customer", "supportdesk", [("how many replies did customers send",
                                       "SELECT COUNT(*) FROM replies WHERE from_customer")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of snowboard lessons got cancelled", "error rate by zone",
          "what proportion of physio appointments were missed"}


@pytest.fixture(scope="module")
def mech_urls(mech14_70_dbs, mech14_72_dbs, mech14_75_dbs, mech14_76_dbs, mech14_77_dbs):
    """db name -> DuckDB URL of its file, for the five corpora."""
    built = [mech14_70_dbs, mech14_72_dbs, mech14_75_dbs, mech14_76_dbs, mech14_77_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
