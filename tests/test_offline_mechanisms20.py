"""Regression tests for stop 24's general mechanisms, on the dev schemas eval105-eval107 and eval110-eval112.

Same style as `tests/test_offline_mechanisms19.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: a new-topic opener ('separate question:', 'ok, switching topics,') starts afresh; 'only the ones with
more than N' after a breakdown is a HAVING condition; 'after the 90th minute' and 'the first 10 minutes' bound the
number; 'stoppage time' is no trend; 'off-peak' negates the peak flag; 'born before 1970' compares a person's birth
year; 'how many were A and how many B' breaks down by the values' column; 'items found' and 'lessons completed' name
the found_items and lesson_completions tables; listed values stay in one column; 'June to August' is each month of
the span and 'March to May 2024' one span of dates; 'score', 'outcome' and 'club' are points, status and team; a
table's money named after it ('hire fees'); '<verb>ed the most' with a short verb or a particle counts the rows;
'of our X, what fraction <value>' is a share within X; '<rows> aside' leaves them out; 'cheapest session' is the
price of the sessions; 'which day' after a weekday breakdown stays a weekday; 'which judges' is the judges' name
column; 'how many tyres did we sell' totals the quantity of a sold-items table; '20%' over a column of fractions is
0.2; 'ran past N minutes' is a duration bound; 'not linked to any <parent>' is a missing key; a value of the child
rows counted per a parent's attribute counts those rows; 'saw more than N <unknown rows>' counts the one child
table; 'people' is not the value 'in person'; 'most common hour'; 'by type of X' is by X; an adjective of origin
names its place value; 'order_no' is a key; the average order value of a line table; 'N bags or more'; 'the
standard ones' flips the flag; a verb names its date column ('roast' ->
roastedAt, 'started' -> started_at); 'live in' is no value; 'paid by customers in each area'; the average size of
a parent (rows per parent); a failure rate is the share of 'failed'; 'brought in more than 40k' totals the money.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL105 = corpus.Corpus("eval105", "questions.jsonl", "datasets.py")
EVAL106 = corpus.Corpus("eval106", "questions.jsonl", "datasets.py")
EVAL107 = corpus.Corpus("eval107", "questions.jsonl", "datasets.py")
EVAL110 = corpus.Corpus("eval110", "questions.jsonl", "datasets.py")
EVAL111 = corpus.Corpus("eval111", "questions.jsonl", "datasets.py")
EVAL112 = corpus.Corpus("eval112", "questions.jsonl", "datasets.py")
CORPORA = [EVAL105, EVAL106, EVAL107, EVAL110, EVAL111, EVAL112]
mech20_105_dbs = EVAL105.dbs_fixture("mech20_105_dbs")
mech20_106_dbs = EVAL106.dbs_fixture("mech20_106_dbs")
mech20_107_dbs = EVAL107.dbs_fixture("mech20_107_dbs")
mech20_110_dbs = EVAL110.dbs_fixture("mech20_110_dbs")
mech20_111_dbs = EVAL111.dbs_fixture("mech20_111_dbs")
mech20_112_dbs = EVAL112.dbs_fixture("mech20_112_dbs")

GOALS = "FROM goals g JOIN matches m ON m.match_id = g.match_id"
HIRED = "FROM hires h JOIN boats b ON b.boat_id = h.boat_id"
TYRES = "FROM tyres_sold t JOIN jobs j ON j.job_id = t.job_id"
PASSED = "FROM toll_transactions t JOIN plazas p ON p.plaza_id = t.plaza_id"
BAGS = 'FROM shipments s JOIN roasts r ON r."roastId" = s."roastId"'

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a new-topic opener starts afresh
    ("new topic", "football", [("goals scored in 2023", f"SELECT COUNT(*) {GOALS} WHERE YEAR(m.kickoff) = 2023"),
                               ("separate question: how many goals were headers?",
                                "SELECT COUNT(*) FROM goals WHERE body_part = 'header'")]),
    ("switching topics", "tyregarage", [("how many jobs were there in 2024",
                                         "SELECT COUNT(*) FROM jobs WHERE YEAR(started_at) = 2024"),
                                        ("ok, switching topics, how many fitters are apprentices",
                                         "SELECT COUNT(*) FROM fitters WHERE is_apprentice")]),
    # 2. 'only the ones with more than N' after a breakdown of counts: HAVING
    ("only those with", "football", [("penalties per team", "SELECT t.team_name, COUNT(*) FROM goals g JOIN teams t "
                                      "ON t.team_id = g.team_id WHERE g.is_penalty GROUP BY 1"),
                                     ("only the teams with more than 3",
                                      "SELECT t.team_name, COUNT(*) FROM goals g JOIN teams t ON t.team_id = g.team_id "
                                      "WHERE g.is_penalty GROUP BY 1 HAVING COUNT(*) > 3")]),
    # 3. an ordinal bound; the opening minutes; stoppage time is no trend
    ("ordinal bound", "football", [("how many goals came after the 85th minute",
                                    "SELECT COUNT(*) FROM goals WHERE minute > 85"),
                                   ("and in the first 10 minutes?", "SELECT COUNT(*) FROM goals WHERE minute <= 10")]),
    ("stoppage time", "football", [("number of goals in stoppage time, past the 90th minute",
                                    "SELECT COUNT(*) FROM goals WHERE minute > 90")]),
    # 4. off-peak negates the peak flag; a person's birth year
    ("off-peak", "tollroad", [("average toll for vans off-peak",
                               "SELECT AVG(amount_gbp) FROM toll_transactions WHERE vehicle_class = 'van' "
                               "AND NOT is_peak")]),
    ("birth year", "tollroad", [("number of account holders born before 1970",
                                 "SELECT COUNT(*) FROM tag_accounts WHERE holder_birth_year < 1970")]),
    # 5. 'how many were A and how many B'; a participle after its table's noun
    ("each value counted", "lostproperty", [("of the items found in 2024, how many were returned and how many "
                                             "donated?", "SELECT status, COUNT(*) FROM found_items WHERE "
                                             "YEAR(found_at) = 2024 AND status IN ('returned', 'donated') "
                                             "GROUP BY 1")]),
    ("participle table", "lingo", [("lessons completed per platform",
                                    "SELECT platform, COUNT(*) FROM lesson_completions GROUP BY 1")]),
    # 6. listed values stay in one column
    ("value list", "lostproperty", [("count of lost reports that were not about a phone, wallet or bag",
                                     "SELECT COUNT(*) FROM lost_reports WHERE category NOT IN ('phone', 'wallet', "
                                     "'bag')")]),
    # 7. month spans
    ("month span", "kayak", [("hires each month of 2023", "SELECT MONTH(out_at), COUNT(*) FROM hires "
                              "WHERE YEAR(out_at) = 2023 GROUP BY 1"),
                             ("just May to July", "SELECT MONTH(out_at), COUNT(*) FROM hires WHERE YEAR(out_at) = 2023 "
                              "AND MONTH(out_at) IN (5, 6, 7) GROUP BY 1")]),
    ("dated span", "kayak", [("number of hires from April to June 2024",
                              "SELECT COUNT(*) FROM hires WHERE out_at >= '2024-04-01' AND out_at < '2024-07-01'")]),
    # 8. synonyms: score -> points, club -> team
    ("score is points", "quiz", [("mean score per round type",
                                  "SELECT round_type, AVG(points) FROM round_scores GROUP BY 1")]),
    ("club is team", "football", [("clubs founded after 1950, please list them",
                                   "SELECT team_name FROM teams WHERE founded_year > 1950")]),
    # 9. a table's money named after it; short verbs ranked by their rows
    ("table's money", "kayak", [("hire fees taken in 2023 in total",
                                 "SELECT SUM(amount_gbp) FROM hires WHERE YEAR(out_at) = 2023")]),
    ("hired the most", "kayak", [("top 3 boats hired out the most",
                                  f"SELECT b.boat_name, COUNT(*) {HIRED} GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
    # 10. a share within a group said first; things set aside; a price adjective over the sessions
    ("share within", "tattoo", [("of our Hove clients, what share found us through google?",
                                 "SELECT AVG(CASE WHEN heard_about = 'google' THEN 1.0 ELSE 0.0 END) FROM clients "
                                 "WHERE city = 'Hove'")]),
    ("aside", "tattoo", [("total takings from completed sessions, touch-ups aside",
                          "SELECT SUM(price_gbp) FROM bookings WHERE status = 'completed' AND NOT is_touch_up")]),
    ("cheapest session", "tattoo", [("the cheapest and the priciest session on the back",
                                     "SELECT MIN(price_gbp), MAX(price_gbp) FROM bookings WHERE placement = 'back'")]),
    # 11. a weekday breakdown keeps its grain; judges by name; quantities of sold items
    ("weekday kept", "tattoo", [("number of bookings by weekday", "SELECT DAYNAME(appointment_at), COUNT(*) "
                                 "FROM bookings GROUP BY 1"),
                                ("which day is the quietest?", "SELECT DAYNAME(appointment_at), COUNT(*) FROM bookings "
                                 "GROUP BY 1 ORDER BY 2 LIMIT 1")]),
    ("judges by name", "hackathon", [("which judges give the highest scores on average",
                                      "SELECT judge_name, AVG(score) FROM judge_scores GROUP BY 1 "
                                      "ORDER BY 2 DESC LIMIT 1")]),
    ("sold quantity", "tyregarage", [("how many tyres have we sold altogether, by brand",
                                      "SELECT brand, SUM(quantity) FROM tyres_sold GROUP BY 1")]),
    # 12. a percentage over a column of fractions; a bound on how long something ran
    ("percent of fraction", "fooddelivery", [("restaurants on a commission under 20%",
                                              "SELECT restaurant_name FROM restaurants WHERE commission_rate < 0.2")]),
    ("ran past", "tyregarage", [("number of jobs that ran past 90 minutes",
                                 "SELECT COUNT(*) FROM jobs WHERE date_diff('minute', started_at, finished_at) > 90")]),
    # 13. a missing key; child rows counted per a parent attribute; an unknown noun of child rows
    ("not linked", "tollroad", [("how many vehicles are not linked to an account, by make",
                                 "SELECT make, COUNT(*) FROM vehicles WHERE account_id IS NULL GROUP BY 1")]),
    ("child rows per attribute", "tollroad", [("cash payments at each plaza direction",
                                               f"SELECT p.direction, COUNT(*) {PASSED} WHERE t.payment_method = 'cash' "
                                               "GROUP BY 1")]),
    ("unknown rows", "tollroad", [("plazas that logged over 250 crossings",
                                   f"SELECT p.plaza_name, COUNT(*) {PASSED} GROUP BY 1 HAVING COUNT(*) > 250")]),
    # 14. 'people' is not 'in person'; 'most common hour'; 'by type of X'
    ("people", "lostproperty", [("average age of people reporting a loss, by channel",
                                 "SELECT channel, AVG(date_sub('year', owner_birth_date, current_date)) "
                                 "FROM lost_reports GROUP BY 1")]),
    ("most common hour", "removals", [("the most common start hour for a move",
                                       "SELECT HOUR(started_at), COUNT(*) FROM moves GROUP BY 1 ORDER BY 2 DESC "
                                       "LIMIT 1")]),
    ("type of", "parking", [("count of notices per kind of contravention in 2024",
                             "SELECT contravention, COUNT(*) FROM penalty_notices WHERE YEAR(issued_at) = 2024 "
                             "GROUP BY 1")]),
    # 15. an adjective of origin; an order number is a key; the average order value of line items
    ("demonym", "coffee", [("bags of Colombian coffee shipped in 2023",
                            f"SELECT SUM(s.bags) {BAGS} WHERE r.origin = 'Colombia' "
                            "AND YEAR(s.\"shippedAt\") = 2023")]),
    ("order number", "vinyl", [("orders per year", "SELECT YEAR(sold_at), COUNT(DISTINCT order_no) FROM sales "
                                "GROUP BY 1")]),
    ("line-item order value", "vinyl", [("average order value in 2023",
                                         "SELECT SUM(quantity * unit_price_gbp) / COUNT(DISTINCT order_no) FROM sales "
                                         "WHERE YEAR(sold_at) = 2023")]),
    # 16. 'N or more'; the standard ones; a verb's date column
    ("or more", "coffee", [("average charge on shipments of 3 bags or more",
                            'SELECT AVG("amountCharged") FROM shipments WHERE bags >= 3')]),
    ("standard ones", "coffee", [("number of expedited shipments by carrier",
                                  'SELECT carrier, COUNT(*) FROM shipments WHERE expedited GROUP BY 1'),
                                 ("and the standard ones?",
                                  'SELECT carrier, COUNT(*) FROM shipments WHERE NOT expedited GROUP BY 1')]),
    ("verb's date", "coffee", [("at which hour do we roast most shipments",
                                'SELECT HOUR("roastedAt"), COUNT(*) FROM shipments GROUP BY 1 '
                                'ORDER BY 2 DESC LIMIT 1')]),
    ("started", "printfarm", [("how many print jobs started after 10pm",
                               "SELECT COUNT(*) FROM print_jobs WHERE HOUR(started_at) >= 22")]),
    # 17. 'live in' is no value; an agent phrase before 'in each'; the average size of a parent; a failure rate
    ("live in", "crowdfunding", [("how many backers live in the UK",
                                  "SELECT COUNT(*) FROM backers WHERE country = 'UK'")]),
    ("paid by", "fooddelivery", [("average tip paid by customers in each area",
                                  "SELECT c.area, AVG(o.tip_gbp) FROM orders o JOIN customers c "
                                  "ON c.customer_id = o.customer_id GROUP BY 1")]),
    ("average size", "hackathon", [("average team size per track",
                                    "SELECT t.track, AVG(n) FROM (SELECT t.track, t.team_id, COUNT(*) AS n "
                                    "FROM teams t JOIN participants p ON p.team_id = t.team_id GROUP BY 1, 2) t "
                                    "GROUP BY 1")]),
    ("failure rate", "printfarm", [("failure rate by material",
                                    "SELECT material, AVG(CASE WHEN status = 'failed' THEN 1.0 ELSE 0.0 END) "
                                    "FROM print_jobs GROUP BY 1"),
                                   ("only rush orders", "SELECT material, AVG(CASE WHEN status = 'failed' THEN 1.0 "
                                    "ELSE 0.0 END) FROM print_jobs WHERE rush_order GROUP BY 1")]),
    # 18. money brought in, totalled
    ("brought in", "removals", [("crews that brought in over 35k in 2023",
                                 "SELECT c.crew_name, SUM(m.final_price_gbp) FROM moves m JOIN crews c "
                                 "ON c.crew_id = m.crew_id WHERE YEAR(m.move_date) = 2023 GROUP BY 1 "
                                 "HAVING SUM(m.final_price_gbp) > 35000")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"of our Hove clients, what share found us through google?", "failure rate by material", "only rush orders"}


@pytest.fixture(scope="module")
def mech_urls(mech20_105_dbs, mech20_106_dbs, mech20_107_dbs, mech20_110_dbs, mech20_111_dbs, mech20_112_dbs):
    """db name -> DuckDB URL of its file, for the six corpora."""
    built = [mech20_105_dbs, mech20_106_dbs, mech20_107_dbs, mech20_110_dbs, mech20_111_dbs, mech20_112_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
