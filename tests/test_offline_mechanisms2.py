"""More regression tests for the offline engine's general mechanisms, on the eval4, eval6 and eval8 development schemas.

Same style as `tests/test_offline_mechanisms.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: ranking an entity by an adjective ('the 3 youngest', 'who is the oldest'), 'and the highest?' after an
average breakdown, abbreviated column names and unit suffixes, '%' as percent, 'last year' on data ending mid-year,
numbers after their column word ('route 12'), weekends / weekdays, composite primary keys, line-item measures dated
by their order, anti-joins through a verb, open / closed end dates, 'busiest day / hour', place names to codes,
ages of non-person entities, ski seasons, 'X vs Y' flags and 'and without one?', the two sides of a contest
(home / away wins, 'and lose?'), the ratio of two measures of one table, HAVING on an average, 'X per year, by
<date>', 'who are the <people> ...', the best / worst period of a measure, summed discounts, 'same but for
offers' (a replaced value, not a negation), 'the month / quarter before', IN / OUT movement values, missing values,
'for all routes', counted days, two aggregates of one column and a word naming a family of values.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL4 = corpus.Corpus("eval4", "questions.jsonl", "datasets.py")
EVAL6 = corpus.Corpus("eval6", "questions.jsonl", "datasets.py")
EVAL8 = corpus.Corpus("eval8", "questions.jsonl", "datasets.py")
mech4_dbs = EVAL4.dbs_fixture("mech4_dbs")
mech6_dbs = EVAL6.dbs_fixture("mech6_dbs")
mech8_dbs = EVAL8.dbs_fixture("mech8_dbs")

OFFERS = "FROM applications a JOIN jobs j USING (job_id) GROUP BY 1"
FARES = "FROM rides GROUP BY 1"
LINE_VALUE = ("SELECT c.customer_type, SUM(i.quantity * i.unit_price) FROM order_items i "
              "JOIN orders o USING (order_id) JOIN customers c USING (customer_id) ")
WEEKEND = "ISODOW({0}) IN (6, 7)"
DEC_2024 = "{0} >= TIMESTAMP '2024-12-01' AND {0} < TIMESTAMP '2025-01-01'"
SEASON = "scanned_at >= TIMESTAMP '{0}-07-01' AND scanned_at < TIMESTAMP '{1}-07-01'"
DOG_AGE = "date_sub('year', \"birthDate\", current_date)"
HOME = "FROM matches m JOIN teams t ON t.teamId = m.homeTeamId "
AWAY = "FROM matches m JOIN teams t ON t.teamId = m.awayTeamId "
AWAY_WIN = "AVG(CASE WHEN awayScore > homeScore THEN 1.0 ELSE 0 END)"
OPERATED = "SUM(trips_operated) / SUM(trips_scheduled)"
TIP_SHARE = ("SELECT g.\"fullName\", SUM(a.\"tipAmount\") / SUM(a.price) FROM appointments a "
             "JOIN groomers g USING (\"groomerId\") ")
WEEKDAY_AVG = "AVG(boardings) FROM route_daily WHERE day_type = '{0}' GROUP BY 1 HAVING AVG(boardings) {1}"
MONTHS = "SELECT date_trunc('month', service_date), SUM(boardings) FROM route_daily "
BLUE_ON_TIME = ("SELECT service_date, on_time_pct FROM route_daily WHERE route_name = 'Blue Line' "
                "AND on_time_pct IS NOT NULL ORDER BY 2 ")
DEPT_STAGE = "FROM applications a JOIN jobs j USING (job_id) WHERE a.stage = '{0}' GROUP BY 1"
REFERRAL_STAGE = ("SELECT COUNT(*) FROM applications a JOIN candidates c USING (candidate_id) "
                  "WHERE c.source = 'Referral' AND a.stage = '{0}'")

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. ranking the entity by an adjective; 'who is the oldest X' shows the name and the birth date
    ("adjective rank", "recruiting", [("the 2 youngest candidates",
                                       "SELECT full_name FROM candidates WHERE date_of_birth IS NOT NULL "
                                       "ORDER BY date_of_birth DESC LIMIT 2")]),
    ("adjective rank", "recruiting", [("top 3 most experienced candidates",
                                       "SELECT full_name, years_experience FROM candidates ORDER BY 2 DESC LIMIT 3")]),
    ("adjective rank", "fishing", [("the 3 longest vessels",
                                    "SELECT vsl_nm, len_m FROM vessels ORDER BY 2 DESC LIMIT 3")]),
    ("adjective rank", "grooming", [("which dog is the oldest?",
                                     "SELECT \"dogName\", \"birthDate\" FROM dogs ORDER BY \"birthDate\" LIMIT 1")]),
    ("adjective rank", "gym", [("which member is the youngest?",
                                "SELECT full_name, date_of_birth FROM members ORDER BY 2 DESC LIMIT 1")]),
    ("oldest person", "gym", [("who is the oldest member?",
                               "SELECT full_name, date_of_birth FROM members WHERE date_of_birth IS NOT NULL "
                               "ORDER BY date_of_birth LIMIT 1")]),
    ("oldest person", "fishing", [("which captain is the oldest?",
                                   "SELECT capt_nm, capt_dob FROM vessels ORDER BY capt_dob LIMIT 1")]),
    # 2. 'and the highest?' after an unranked average breakdown; 'and the lowest?' flips a ranked one
    ("and the highest", "recruiting", [("what is the average offer amount per department?",
                                        f"SELECT j.department, AVG(a.offer_amount) {OFFERS}"),
                                       ("and the highest?", f"SELECT j.department, MAX(a.offer_amount) {OFFERS}")]),
    ("and the highest", "rides", [("average fare by pickup zone", f"SELECT pickup_zone, AVG(fare) {FARES}"),
                                  ("and the highest?", f"SELECT pickup_zone, MAX(fare) {FARES}")]),
    ("and the lowest", "recruiting", [("which department has the highest average offer amount?",
                                       f"SELECT j.department, AVG(a.offer_amount) {OFFERS} ORDER BY 2 DESC LIMIT 1"),
                                      ("and the lowest?",
                                       f"SELECT j.department, AVG(a.offer_amount) {OFFERS} ORDER BY 2 ASC LIMIT 1")]),
    ("and the lowest", "rides", [("which pickup zone has the highest average fare?",
                                  f"SELECT pickup_zone, AVG(fare) {FARES} ORDER BY 2 DESC LIMIT 1"),
                                 ("and the lowest?", f"SELECT pickup_zone, AVG(fare) {FARES} ORDER BY 2 ASC LIMIT 1")]),
    # 3. abbreviated column names, unit suffixes, '%' read as percent
    ("abbreviation", "fishing", [("total landed weight by species",
                                  "SELECT spc_nm, SUM(wt_kg) FROM landings GROUP BY 1")]),
    ("abbreviation", "fishing", [("how many liters of fuel did each vessel burn?",
                                  "SELECT v.vsl_nm, SUM(t.fuel_l) FROM trips t JOIN vessels v USING (vsl_id) "
                                  "GROUP BY 1")]),
    ("abbreviation", "fishing", [("which vessels are over 30 meters long?",
                                  "SELECT vsl_nm FROM vessels WHERE len_m > 30")]),
    ("percent", "grooming", [("what % of appointments were no-shows?",
                              "SELECT AVG(CASE WHEN status = 'no-show' THEN 1.0 ELSE 0.0 END) FROM appointments")]),
    ("percent", "brewery", [("what % of orders were delivered?",
                             "SELECT AVG(CASE WHEN status = 'delivered' THEN 1.0 ELSE 0.0 END) FROM orders")]),
    ("percent", "transit", [("average on-time % per garage",
                             "SELECT garage, AVG(on_time_pct) FROM route_daily GROUP BY 1")]),
    # 4. 'last year' on data ending mid-year is the latest full year; 'this year' is the current one
    ("last year", "brewery", [("how many orders did we get last year?",
                               "SELECT COUNT(*) FROM orders WHERE YEAR(order_date) = 2024"),
                              ("and this year?", "SELECT COUNT(*) FROM orders WHERE YEAR(order_date) = 2025")]),
    ("last year", "brewery", [("number of cancelled orders last year",
                               "SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND YEAR(order_date) = 2024")]),
    # 5. a number value after its column word
    ("number value", "transit", [("total boardings on route 72 in 2023",
                                  "SELECT SUM(boardings) FROM route_daily WHERE route_number = '72' "
                                  "AND YEAR(service_date) = 2023")]),
    ("number value", "transit", [("median boardings on route 20",
                                  "SELECT MEDIAN(boardings) FROM route_daily WHERE route_number = '20'"),
                                 ("and on route 4?",
                                  "SELECT MEDIAN(boardings) FROM route_daily WHERE route_number = '4'")]),
    ("number value", "transit", [("average fare revenue on route 9",
                                  "SELECT AVG(fare_revenue) FROM route_daily WHERE route_number = '9'")]),
    # 6. weekends / weekdays as a day-of-week filter; the data value 'weekday' stays a value filter
    ("weekend", "grooming", [("how many appointments were on weekends?",
                              "SELECT COUNT(*) FROM appointments WHERE " + WEEKEND.format('"startsAt"'))]),
    ("weekend", "rides", [("average fare on weekdays",
                           "SELECT AVG(fare) FROM rides WHERE NOT " + WEEKEND.format("requested_at"))]),
    ("weekend", "transit", [("total boardings by mode for weekend days only",
                             "SELECT mode, SUM(boardings) FROM route_daily WHERE " + WEEKEND.format("service_date")
                             + " GROUP BY 1")]),
    ("weekend", "transit", [("total fare revenue on weekends in 2024",
                             "SELECT SUM(fare_revenue) FROM route_daily WHERE " + WEEKEND.format("service_date")
                             + " AND YEAR(service_date) = 2024")]),
    ("weekday value", "transit", [("average boardings on weekday service by garage",
                                   "SELECT garage, AVG(boardings) FROM route_daily WHERE day_type = 'weekday' "
                                   "GROUP BY 1")]),
    # 7. a composite primary key column still groups
    ("composite key", "transit", [("total fare revenue per route",
                                   "SELECT route_name, SUM(fare_revenue) FROM route_daily GROUP BY 1")]),
    ("composite key", "transit", [("average trips operated by route number",
                                   "SELECT route_number, AVG(trips_operated) FROM route_daily GROUP BY 1")]),
    ("composite key", "inventory", [("average reorder quantity per warehouse",
                                     "SELECT w.wh_name, AVG(r.reorder_qty) FROM \"reorderPoints\" r "
                                     "JOIN warehouses w USING (wh_id) GROUP BY 1")]),
    # 8. a time phrase on a line-item measure uses the order date
    ("line item date", "brewery", [("sales value by customer type in 2024",
                                    LINE_VALUE + "WHERE YEAR(o.order_date) = 2024 GROUP BY 1")]),
    ("line item date", "brewery", [("total quantity ordered last year by package",
                                    "SELECT i.package, SUM(i.quantity) FROM order_items i JOIN orders o "
                                    "USING (order_id) WHERE YEAR(o.order_date) = 2024 GROUP BY 1")]),
    ("line item date", "brewery", [("value of delivered orders by state last year",
                                    "SELECT c.state, SUM(i.quantity * i.unit_price) FROM order_items i "
                                    "JOIN orders o USING (order_id) JOIN customers c USING (customer_id) "
                                    "WHERE o.status = 'delivered' AND YEAR(o.order_date) = 2024 GROUP BY 1")]),
    # 9. anti-join through a verb; 'still ...' (end date IS NULL); 'have been retired' (IS NOT NULL)
    ("anti-join verb", "brewery", [("list the customers that have never placed an order",
                                    "SELECT customer_name FROM customers "
                                    "WHERE customer_id NOT IN (SELECT customer_id FROM orders)")]),
    ("anti-join verb", "skiresort", [("how many pass holders have never ridden a lift?",
                                      "SELECT COUNT(*) FROM pass_holders "
                                      "WHERE holder_id NOT IN (SELECT holder_id FROM lift_scans)")]),
    ("still open", "fishing", [("how many trips are still out at sea?",
                                "SELECT COUNT(*) FROM trips WHERE ret_dt IS NULL")]),
    ("still open", "brewery", [("list the beers still in production",
                                "SELECT beer_name FROM beers WHERE retired_on IS NULL"),
                               ("how many have been retired?",
                                "SELECT COUNT(*) FROM beers WHERE retired_on IS NOT NULL")]),
    # 10. busiest day of the week / hour
    ("busiest", "transit", [("what is the busiest day of the week?",
                             "SELECT dayname(service_date), SUM(boardings) FROM route_daily "
                             "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("busiest", "skiresort", [("what is the busiest hour at the lifts?",
                               "SELECT HOUR(scanned_at), COUNT(*) FROM lift_scans "
                               "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("busiest", "rides", [("busiest day of the week for rides",
                           "SELECT dayname(requested_at), COUNT(*) FROM rides GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 11. place names to codes
    ("place code", "brewery", [("how many customers are in Idaho?",
                                "SELECT COUNT(*) FROM customers WHERE state = 'ID'")]),
    ("place code", "skiresort", [("average price paid by pass holders from Colorado",
                                  "SELECT AVG(price_paid) FROM pass_holders WHERE home_state = 'CO'")]),
    ("place code", "skiresort", [("how many pass holders are from California?",
                                  "SELECT COUNT(*) FROM pass_holders WHERE home_state = 'CA'")]),
    # 12. ages of non-person entities; a birth date never dates a period question
    ("entity age", "grooming", [("how many dogs are older than 10?",
                                 f"SELECT COUNT(*) FROM dogs WHERE {DOG_AGE} > 10")]),
    ("entity age", "grooming", [("how many dogs are 13 or older?",
                                 f"SELECT COUNT(*) FROM dogs WHERE {DOG_AGE} >= 13")]),
    ("entity age", "grooming", [("which dogs are 14 or older?",
                                 f"SELECT \"dogName\" FROM dogs WHERE {DOG_AGE} >= 14")]),
    ("entity age", "grooming", [("average dog age by size category",
                                 f"SELECT \"sizeCategory\", AVG({DOG_AGE}) FROM dogs GROUP BY 1")]),
    ("period date", "grooming", [("how many appointments were booked for rescue dogs in December 2024?",
                                  "SELECT COUNT(*) FROM appointments a JOIN dogs d USING (\"dogId\") "
                                  "WHERE d.\"isRescue\" AND " + DEC_2024.format('a."startsAt"'))]),
    # 13. ski seasons run July to June; 'and the season before?'
    ("season", "skiresort", [("how many lift scans were there in the 2024-25 season?",
                              "SELECT COUNT(*) FROM lift_scans WHERE " + SEASON.format(2024, 2025)),
                             ("and the season before?",
                              "SELECT COUNT(*) FROM lift_scans WHERE " + SEASON.format(2023, 2024))]),
    ("season", "skiresort", [("scans per lift in the 2023-24 season",
                              "SELECT l.lift_name, COUNT(*) FROM lift_scans s JOIN lifts l USING (lift_id) WHERE "
                              + SEASON.format(2023, 2024).replace("scanned_at", "s.scanned_at") + " GROUP BY 1")]),
    # 14. 'X vs Y' with a flag; 'and without one?' flips the flag
    ("versus flag", "bakery", [("online vs in-store quantity sold",
                                "SELECT is_online, SUM(qty) FROM sales_lines GROUP BY 1")]),
    ("versus flag", "bakery", [("online vs in-store revenue in 2024",
                                "SELECT is_online, SUM(qty * unit_price) FROM sales_lines WHERE YEAR(sold_at) = 2024 "
                                "GROUP BY 1")]),
    ("versus flag", "telecom", [("business vs consumer subscribers",
                                 "SELECT isBusiness, COUNT(*) FROM subscribers GROUP BY 1")]),
    ("without one", "fishing", [("average fuel cost of trips with an observer on board",
                                 "SELECT AVG(fuel_cost_amt) FROM trips WHERE is_observer_onboard"),
                                ("and without one?",
                                 "SELECT AVG(fuel_cost_amt) FROM trips WHERE NOT is_observer_onboard")]),
    ("without one", "fishing", [("how many trips had an observer on board in 2024?",
                                 "SELECT COUNT(*) FROM trips WHERE is_observer_onboard AND YEAR(dep_dt) = 2024"),
                                ("and without one?",
                                 "SELECT COUNT(*) FROM trips WHERE NOT is_observer_onboard AND YEAR(dep_dt) = 2024")]),
    # 15. two sides of a contest: the side's key for joins, its score against the other's; 'and lose?' turns it
    ("contest sides", "esports", [("how many matches did the home team win",
                                   "SELECT COUNT(*) FROM matches WHERE homeScore > awayScore"),
                                  ("and lose?", "SELECT COUNT(*) FROM matches WHERE homeScore < awayScore")]),
    ("contest sides", "esports", [("which team won the most away matches",
                                   f"SELECT t.teamName, COUNT(*) {AWAY}WHERE m.awayScore > m.homeScore "
                                   "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
                                  ("and home matches?",
                                   f"SELECT t.teamName, COUNT(*) {HOME}WHERE m.homeScore > m.awayScore "
                                   "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("contest sides", "esports", [("away games played by each team in 2024",
                                   f"SELECT t.teamName, COUNT(*) {AWAY}WHERE YEAR(m.matchDate) = 2024 GROUP BY 1")]),
    ("contest sides", "esports", [("how often does the away team win",
                                   f"SELECT {AWAY_WIN} FROM matches"),
                                  ("per tournament", f"SELECT tournament, {AWAY_WIN} FROM matches GROUP BY 1")]),
    # 16. the ratio of two measures of one table is SUM(a) / SUM(b)
    ("measure ratio", "grooming", [("tips as a share of price by groomer", TIP_SHARE + "GROUP BY 1"),
                                   ("and in 2023 only?",
                                    TIP_SHARE + "WHERE YEAR(a.\"startsAt\") = 2023 GROUP BY 1")]),
    ("measure ratio", "grooming", [("tips as a share of price per service type in 2024",
                                    "SELECT \"serviceType\", SUM(\"tipAmount\") / SUM(price) FROM appointments "
                                    "WHERE YEAR(\"startsAt\") = 2024 GROUP BY 1")]),
    ("measure ratio", "transit", [("share of scheduled trips that were operated",
                                   f"SELECT {OPERATED} FROM route_daily"),
                                  ("by garage", f"SELECT garage, {OPERATED} FROM route_daily GROUP BY 1")]),
    # 17. HAVING on an average; the value in between ('weekday', 'saturday') stays a filter
    ("having average", "transit", [("routes averaging over 3000 weekday boardings",
                                    "SELECT route_name, " + WEEKDAY_AVG.format("weekday", "> 3000"))]),
    ("having average", "transit", [("routes averaging under 1500 saturday boardings",
                                    "SELECT route_name, " + WEEKDAY_AVG.format("saturday", "< 1500"))]),
    ("having average", "transit", [("garages averaging over 4000 weekday boardings",
                                    "SELECT garage, " + WEEKDAY_AVG.format("weekday", "> 4000"))]),
    # 18. 'X per year, by <date>' takes the year of that date (trips still at sea have no return year, so they are
    # in no year: stop 21 keeps the dated rows of a time breakdown)
    ("year of date", "fishing", [("fuel cost per year, by return date",
                                  "SELECT YEAR(ret_dt), SUM(fuel_cost_amt) FROM trips WHERE ret_dt IS NOT NULL "
                                  "GROUP BY 1")]),
    ("year of date", "fishing", [("number of trips per year, by return date",
                                  "SELECT YEAR(ret_dt), COUNT(*) FROM trips WHERE ret_dt IS NOT NULL GROUP BY 1")]),
    ("year of date", "fishing", [("total landed weight per year, by landing date",
                                  "SELECT YEAR(lnd_dt), SUM(wt_kg) FROM landings GROUP BY 1")]),
    # 19. 'who are the <people> ...' lists names; 'who is the youngest / oldest' adds the birth date
    ("who are", "skiresort", [("who are the pass holders aged 70 or older?",
                               "SELECT first_name, last_name FROM pass_holders "
                               "WHERE date_sub('year', birth_date, current_date) >= 70")]),
    ("who are", "skiresort", [("who are the pass holders from Utah?",
                               "SELECT first_name, last_name FROM pass_holders WHERE home_state = 'UT'")]),
    ("who are", "skiresort", [("who is the youngest pass holder?",
                               "SELECT first_name, last_name, birth_date FROM pass_holders "
                               "ORDER BY birth_date DESC LIMIT 1")]),
    ("who are", "skiresort", [("who is the oldest pass holder from Texas?",
                               "SELECT first_name, last_name, birth_date FROM pass_holders WHERE home_state = 'TX' "
                               "ORDER BY birth_date LIMIT 1")]),
    # 20. the best / worst period of a measure ranks the periods
    ("period rank", "transit", [("lowest on-time day for the Blue Line", BLUE_ON_TIME + "ASC LIMIT 1"),
                                ("and for the Red Line?",
                                 BLUE_ON_TIME.replace("Blue Line", "Red Line") + "ASC LIMIT 1")]),
    ("period rank", "transit", [("busiest month", MONTHS + "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
                                ("and the least busy one?", MONTHS + "GROUP BY 1 ORDER BY 2 ASC LIMIT 1")]),
    ("period rank", "transit", [("busiest month for the Green Line",
                                 MONTHS + "WHERE route_name = 'Green Line' GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 21. 'total discounts' sums the discount
    ("discount sum", "bakery", [("total discounts per store",
                                "SELECT store, SUM(discount) FROM sales_lines GROUP BY 1"),
                               ("which store gave the biggest total discount?",
                                "SELECT store, SUM(discount) FROM sales_lines GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("discount sum", "bakery", [("total discount by category in 2023",
                                "SELECT category, SUM(discount) FROM sales_lines WHERE YEAR(sold_at) = 2023 "
                                "GROUP BY 1")]),
    ("discount sum", "bakery", [("sum of discounts per customer type",
                                "SELECT customer_type, SUM(discount) FROM sales_lines GROUP BY 1")]),
    # 22. 'same but for offers' replaces the stage value ('but' is no negation)
    ("same but for", "recruiting", [("how many applications reached the interview stage per department?",
                                     "SELECT j.department, COUNT(*) " + DEPT_STAGE.format("Interview")),
                                    ("same but for offers",
                                     "SELECT j.department, COUNT(*) " + DEPT_STAGE.format("Offer"))]),
    ("same but for", "recruiting", [("average offer amount for hired applicants by department",
                                     "SELECT j.department, AVG(a.offer_amount) " + DEPT_STAGE.format("Hired")),
                                    ("same but for offers",
                                     "SELECT j.department, AVG(a.offer_amount) " + DEPT_STAGE.format("Offer"))]),
    ("same but for", "recruiting", [("how many referral candidates reached the interview stage?",
                                     REFERRAL_STAGE.format("Interview")),
                                    ("same but for offers", REFERRAL_STAGE.format("Offer"))]),
    # 23. 'and the month before?' shifts a one-month range; 'the quarter before' a quarter
    ("month shift", "telecom", [("number of calls last month",
                                 "SELECT COUNT(*) FROM calls "
                                 "WHERE startedAt >= '2024-12-01' AND startedAt < '2025-01-01'"),
                                ("and the month before?",
                                 "SELECT COUNT(*) FROM calls "
                                 "WHERE startedAt >= '2024-11-01' AND startedAt < '2024-12-01'")]),
    ("quarter shift", "telecom", [("number of dropped calls in q3 2024",
                                   "SELECT COUNT(*) FROM calls WHERE dropped AND startedAt >= '2024-07-01' "
                                   "AND startedAt < '2024-10-01'"),
                                  ("and the quarter before?",
                                   "SELECT COUNT(*) FROM calls WHERE dropped AND startedAt >= '2024-04-01' "
                                   "AND startedAt < '2024-07-01'")]),
    # 24. 'received' / 'shipped' name the IN / OUT values of a movement column
    ("direction", "inventory", [("total units received in 2023",
                                 "SELECT SUM(qty) FROM stock_movements "
                                 "WHERE movement_type = 'IN' AND YEAR(moved_on) = 2023"),
                                ("and units shipped?",
                                 "SELECT SUM(qty) FROM stock_movements WHERE movement_type = 'OUT' "
                                 "AND YEAR(moved_on) = 2023")]),
    # 25. a missing value named by 'missing' / 'blank'; 'and for all X' drops the condition on X
    ("missing", "grooming", [("how many completed appointments have a missing rating?",
                              "SELECT COUNT(*) FROM appointments "
                              "WHERE status = 'completed' AND \"customerRating\" IS NULL")]),
    ("missing", "transit", [("on how many days was on-time data missing for the Red Line",
                             "SELECT COUNT(*) FROM route_daily WHERE route_name = 'Red Line' AND on_time_pct IS NULL"),
                            ("and for all routes, per route",
                             "SELECT route_name, COUNT(*) FROM route_daily WHERE on_time_pct IS NULL GROUP BY 1")]),
    # 26. 'snowy days' match 'snow' and count distinct dates; 'max and min' give two measures
    ("days", "transit", [("how many snowy days were there in 2024",
                          "SELECT COUNT(DISTINCT service_date) FROM route_daily WHERE weather = 'snow' "
                          "AND YEAR(service_date) = 2024")]),
    ("two aggregates", "grooming", [("max and min price for nail trims",
                                     "SELECT MAX(price), MIN(price) FROM appointments "
                                     "WHERE \"serviceType\" = 'Nail Trim'")]),
    # 28. a person column of a non-person table, a unit naming the compared column, a value word after an aggregate
    ("own column", "fishing", [("who is the oldest captain?",
                                "SELECT capt_nm, capt_dob FROM vessels ORDER BY capt_dob LIMIT 1")]),
    ("unit column", "fishing", [("list vessels longer than 30 meters",
                                 "SELECT vsl_nm FROM vessels WHERE len_m > 30")]),
    ("value as measure", "recruiting", [("which department makes the highest average offer?",
                                         "SELECT j.department, AVG(a.offer_amount) FROM applications a "
                                         "JOIN jobs j USING (job_id) GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 27. a word ending several values of a column names all of them
    ("value family", "fishing", [("total salmon weight landed in 2023",
                                  "SELECT SUM(wt_kg) FROM landings WHERE spc_nm IN ('Sockeye Salmon', 'Coho Salmon') "
                                  "AND YEAR(lnd_dt) = 2023")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what % of appointments were no-shows?", "what % of orders were delivered?",
          "how often does the away team win", "per tournament", "tips as a share of price by groomer",
          "and in 2023 only?", "tips as a share of price per service type in 2024",
          "share of scheduled trips that were operated", "by garage"}


@pytest.fixture(scope="module")
def mech_urls(mech4_dbs, mech6_dbs, mech8_dbs):
    """db name -> DuckDB URL of its file, for the three corpora."""
    return corpus.corpus_urls([(EVAL4, mech4_dbs), (EVAL6, mech6_dbs), (EVAL8, mech8_dbs)])


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, [EVAL4, EVAL6, EVAL8], SCALED)
