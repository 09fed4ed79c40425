"""Regression tests for the offline engine's general mechanisms added today, on the eval8 and eval10 dev schemas.

Same style as `tests/test_offline_mechanisms2.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: HAVING on a child count or a child measure's total ('customers with more than 10 rentals') and
'how many is that?', a top-N cut ('which 4 ... the most', 'just the best 2'), the trailing words of a multi-word
value ('Camden'), 'how many X did <shop> sell' as a sum of the sold quantity, 'never rated' / 'were rated' as
IS NULL / IS NOT NULL and their share, '<people> who never <verb>' then a sum over them, box office = tickets x
price, durations in minutes and ages in years, a date column named by a word ('due'), role-named foreign keys
('pickup branch', 'return branch'), codes as values ('3D', '12A'), follow-ups ('and on normal days?', 'show all of
them', 'show every fuel type', 'and the average per rental?', 'what share of all ... is that'), 'who manages' /
'who captains', years open per entity, same / different columns and abbreviated column names.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL8 = corpus.Corpus("eval8", "questions.jsonl", "datasets.py")
EVAL10 = corpus.Corpus("eval10", "questions.jsonl", "datasets.py")
mech8_dbs = EVAL8.dbs_fixture("mech8_dbs")
mech10_dbs = EVAL10.dbs_fixture("mech10_dbs")

RENTERS = ("SELECT c.first_name, c.last_name, COUNT(*) FROM rentals r JOIN customers c USING (customer_id) "
           "GROUP BY c.customer_id, 1, 2 HAVING COUNT(*) > 10")
PET_OWNERS = ("SELECT c.first_nm, c.last_nm, COUNT(*) FROM pets p JOIN clients c USING (clnt_id) "
              "GROUP BY c.clnt_id, 1, 2 HAVING COUNT(*) >= 4")
BEST_SELLERS = ("SELECT p.product_name, SUM(s.units_sold) FROM daily_sales s JOIN products p USING (product_id) "
                "GROUP BY 1 HAVING SUM(s.units_sold) > 100000")
HIT_FILMS = ("SELECT f.title, SUM(s.\"ticketsSold\") FROM screenings s JOIN films f USING (\"filmId\") "
             "GROUP BY f.\"filmId\", 1 HAVING SUM(s.\"ticketsSold\") > 12000")
SPENDERS = ("SELECT c.first_name, c.last_name, SUM(r.total_amount) FROM rentals r JOIN customers c "
            "USING (customer_id) GROUP BY c.customer_id, 1, 2 ")
SHOP_REVENUE = "SELECT sh.shop_name, SUM(s.revenue) FROM daily_sales s JOIN shops sh USING (shop_id) GROUP BY 1 "
SHOP_SALES = ("SELECT SUM(s.units_sold) FROM daily_sales s JOIN shops sh USING (shop_id) "
              "JOIN products p USING (product_id) ")
NO_SCAN = "holder_id NOT IN (SELECT holder_id FROM lift_scans)"
NO_ORDER = "customer_id NOT IN (SELECT customer_id FROM orders)"
BOX_OFFICE = "SUM(s.\"ticketsSold\" * s.\"ticketPrice\")"
CINEMA_SCREENINGS = "FROM screenings s JOIN cinemas c USING (\"cinemaId\") "
RIDE_MINUTES = "AVG(date_diff('minute', started_at, ended_at))"
RENTALS_2024 = "FROM rentals WHERE YEAR(pickup_at) = 2024"
VEGAN_2024 = "FROM daily_sales s JOIN products p USING (product_id) WHERE YEAR(s.sale_date) = 2024"
FILM_TICKETS = ("SELECT f.title, SUM(s.\"ticketsSold\") FROM screenings s JOIN films f USING (\"filmId\") "
                "GROUP BY f.\"filmId\", 1 ")
SHOP_UNITS = "SELECT sh.shop_name, SUM(s.units_sold) FROM daily_sales s JOIN shops sh USING (shop_id) GROUP BY 1 "
CINEMA_TICKETS = f"SELECT c.\"cinemaName\", SUM(s.\"ticketsSold\") {CINEMA_SCREENINGS}GROUP BY 1"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. HAVING on a child count / a child measure's total after an entity; 'how many is that?' counts the groups
    ("having count", "carrental", [("customers with more than 10 rentals", RENTERS),
                                   ("how many is that?", f"SELECT COUNT(*) FROM ({RENTERS})")]),
    ("having count", "vetclinic", [("clients with 4 or more pets", PET_OWNERS),
                                   ("just the count", f"SELECT COUNT(*) FROM ({PET_OWNERS})")]),
    ("having sum", "bakery", [("products with more than 100000 units sold", BEST_SELLERS),
                              ("how many is that?", f"SELECT COUNT(*) FROM ({BEST_SELLERS})")]),
    ("having sum", "cinemas", [("films that sold more than 12000 tickets", HIT_FILMS),
                               ("just the count", f"SELECT COUNT(*) FROM ({HIT_FILMS})")]),
    # 2. a top-N cut of an entity ranked by a measure, and a narrower cut after it or after a breakdown
    ("top n", "carrental", [("which 4 customers spent the most", SPENDERS + "ORDER BY 3 DESC LIMIT 4"),
                            ("just the best 2", SPENDERS + "ORDER BY 3 DESC LIMIT 2")]),
    ("top n", "bakery", [("total revenue by shop", SHOP_REVENUE),
                         ("just the best 2", SHOP_REVENUE + "ORDER BY 2 DESC LIMIT 2")]),
    ("top n", "cinemas", [("which 3 films sold the most tickets", FILM_TICKETS + "ORDER BY 2 DESC LIMIT 3"),
                          ("just the best 2", FILM_TICKETS + "ORDER BY 2 DESC LIMIT 2")]),
    # 3. the trailing words of a multi-word value name it
    ("trailing words", "bakery", [("total revenue at Camden in 2024",
                                   "SELECT SUM(revenue) FROM daily_sales WHERE shop_id = "
                                   "(SELECT shop_id FROM shops WHERE shop_name = 'Crumb & Co Camden') "
                                   "AND YEAR(sale_date) = 2024")]),
    ("trailing words", "carrental", [("how many rentals were picked up at Union Station?",
                                      "SELECT COUNT(*) FROM rentals r JOIN branches b "
                                      "ON b.branch_id = r.pickup_branch_id "
                                      "WHERE b.branch_name = 'Portland Union Station'")]),
    ("trailing words", "bakery", [("units baked at Mill Road in 2023",
                                   "SELECT SUM(s.units_baked) FROM daily_sales s JOIN shops sh USING (shop_id) "
                                   "WHERE sh.shop_name = 'Crumb & Co Mill Road' AND YEAR(s.sale_date) = 2023")]),
    # 4. 'how many X did <shop> sell' sums the sold quantity; 'kegs ordered per beer' sums the keg quantity
    ("sold quantity", "bakery", [("how many Cinnamon Buns did Jericho sell?",
                                  SHOP_SALES + "WHERE sh.shop_name = 'Crumb & Co Jericho' "
                                  "AND p.product_name = 'Cinnamon Bun'")]),
    ("sold quantity", "brewery", [("how many kegs were ordered per beer?",
                                   "SELECT b.beer_name, SUM(i.quantity) FROM order_items i JOIN beers b "
                                   "USING (beer_id) WHERE i.package = 'keg' GROUP BY 1")]),
    # 5. 'never rated' / 'were rated' on a nullable rating; the share of rated rows; the share of tipped ones
    ("rated", "bikeshare", [("count of trips that were never rated",
                             "SELECT COUNT(*) FROM trips WHERE trip_rating IS NULL"),
                            ("and how many were rated?", "SELECT COUNT(*) FROM trips WHERE trip_rating IS NOT NULL")]),
    ("rated share", "bikeshare", [("what share of trips were rated?",
                                   "SELECT AVG(CASE WHEN trip_rating IS NOT NULL THEN 1.0 ELSE 0.0 END) FROM trips")]),
    ("tip share", "grooming", [("what share of completed appointments got a tip?",
                                "SELECT AVG(CASE WHEN \"tipAmount\" IS NOT NULL THEN 1.0 ELSE 0.0 END) "
                                "FROM appointments WHERE status = 'completed'")]),
    # 6. '<people> who never <verb>' lists names (anti-join); 'what did they pay altogether' sums over them
    ("never verb", "skiresort", [("pass holders that never skied",
                                  f"SELECT first_name, last_name FROM pass_holders WHERE {NO_SCAN}"),
                                 ("what did they pay altogether?",
                                  f"SELECT SUM(price_paid) FROM pass_holders WHERE {NO_SCAN}")]),
    ("never verb", "brewery", [("customers who never bought any beer",
                                f"SELECT customer_name FROM customers WHERE {NO_ORDER}"),
                               ("how many is that?", f"SELECT COUNT(*) FROM customers WHERE {NO_ORDER}")]),
    # 7. box office = tickets sold x ticket price; tickets per screening; attendance = tickets sold
    ("box office", "cinemas", [("revenue per cinema in 2024",
                                f"SELECT c.\"cinemaName\", {BOX_OFFICE} {CINEMA_SCREENINGS}"
                                "WHERE YEAR(s.\"startsAt\") = 2024 GROUP BY 1")]),
    ("box office", "cinemas", [("average tickets per screening by format",
                                "SELECT \"screenFormat\", AVG(\"ticketsSold\") FROM screenings GROUP BY 1"),
                               ("and total attendance by format?",
                                "SELECT \"screenFormat\", SUM(\"ticketsSold\") FROM screenings GROUP BY 1")]),
    ("box office", "cinemas", [("box office revenue by genre in 2023",
                                f"SELECT f.genre, {BOX_OFFICE} FROM screenings s JOIN films f USING (\"filmId\") "
                                "WHERE YEAR(s.\"startsAt\") = 2023 GROUP BY 1")]),
    # 8. a duration in minutes; an age in years without a year breakdown
    ("minutes", "bikeshare", [("what is the average ride length in minutes?", f"SELECT {RIDE_MINUTES} FROM trips"),
                              ("and for electric bikes?",
                               f"SELECT {RIDE_MINUTES} FROM trips WHERE bike_type = 'electric'")]),
    ("age in years", "vetclinic", [("average age of the cats in years",
                                    "SELECT AVG(date_sub('year', birth_dt, current_date)) FROM pets "
                                    "WHERE species = 'cat'")]),
    ("age in years", "vetclinic", [("average age of the dogs in years",
                                    "SELECT AVG(date_sub('year', birth_dt, current_date)) FROM pets "
                                    "WHERE species = 'dog'")]),
    # 9. a word naming a date column ('due') dates the count
    ("date word", "vetclinic", [("how many follow-ups are due in February 2025?",
                                 "SELECT COUNT(*) FROM appts WHERE next_due_dt >= DATE '2025-02-01' "
                                 "AND next_due_dt < DATE '2025-03-01'")]),
    ("date word", "vetclinic", [("number of follow-ups due in 2023",
                                 "SELECT COUNT(*) FROM appts WHERE YEAR(next_due_dt) = 2023")]),
    # 10. a role-named foreign key joins through that key
    ("role key", "carrental", [("revenue by pickup branch in 2023",
                                "SELECT b.branch_name, SUM(r.total_amount) FROM rentals r JOIN branches b "
                                "ON b.branch_id = r.pickup_branch_id WHERE YEAR(r.pickup_at) = 2023 GROUP BY 1")]),
    ("role key", "carrental", [("rentals by return branch",
                                "SELECT b.branch_name, COUNT(*) FROM rentals r JOIN branches b "
                                "ON b.branch_id = r.return_branch_id GROUP BY 1")]),
    ("role key", "carrental", [("average km driven by return branch",
                                "SELECT b.branch_name, AVG(r.km_driven) FROM rentals r JOIN branches b "
                                "ON b.branch_id = r.return_branch_id GROUP BY 1")]),
    # 11. codes such as '3D' / '12A' are values
    ("code value", "cinemas", [("screenings in 3D per cinema",
                                f"SELECT c.\"cinemaName\", COUNT(*) {CINEMA_SCREENINGS}"
                                "WHERE s.\"screenFormat\" = '3D' GROUP BY 1")]),
    ("code value", "cinemas", [("how many 12A films are there?",
                                "SELECT COUNT(*) FROM films WHERE \"ageRating\" = '12A'")]),
    # 12. follow-ups: a negated flag, no limit, a dropped single-value condition, AVG after SUM, a share of the total
    ("normal days", "cinemas", [("mean ticket price on discount days",
                                 "SELECT AVG(\"ticketPrice\") FROM screenings WHERE \"isDiscountDay\""),
                                ("and on normal days?",
                                 "SELECT AVG(\"ticketPrice\") FROM screenings WHERE NOT \"isDiscountDay\"")]),
    ("normal days", "bikeshare", [("average trip distance when it was raining",
                                   "SELECT AVG(distance_km) FROM trips WHERE is_raining"),
                                  ("and on normal days?", "SELECT AVG(distance_km) FROM trips WHERE NOT is_raining")]),
    ("show all", "cinemas", [("which cinema sold the most tickets?", CINEMA_TICKETS + " ORDER BY 2 DESC LIMIT 1"),
                             ("show all of them", CINEMA_TICKETS)]),
    ("show all", "bakery", [("which shop sold the most units?", SHOP_UNITS + "ORDER BY 2 DESC LIMIT 1"),
                            ("show all of them", SHOP_UNITS)]),
    ("every value", "carrental", [("how many electric vehicles are there?",
                                   "SELECT COUNT(*) FROM vehicles WHERE fuel_type = 'electric'"),
                                  ("show every fuel type", "SELECT fuel_type, COUNT(*) FROM vehicles GROUP BY 1")]),
    ("average per row", "carrental", [("total rental revenue in 2024", f"SELECT SUM(total_amount) {RENTALS_2024}"),
                                      ("and the average per rental?", f"SELECT AVG(total_amount) {RENTALS_2024}")]),
    ("average per row", "bikeshare", [("total fares in 2023", "SELECT SUM(fare_usd) FROM trips "
                                                              "WHERE YEAR(started_at) = 2023"),
                                      ("and the average per trip?", "SELECT AVG(fare_usd) FROM trips "
                                                                    "WHERE YEAR(started_at) = 2023")]),
    ("share of total", "bakery", [("how much revenue did vegan products bring in 2024?",
                                   f"SELECT SUM(s.revenue) {VEGAN_2024} AND p.is_vegan"),
                                  ("what share of all 2024 revenue is that?",
                                   "SELECT SUM(CASE WHEN p.is_vegan THEN s.revenue ELSE 0 END) / SUM(s.revenue) "
                                   f"{VEGAN_2024}")]),
    # 13. 'who manages' / 'who captains' name a person column of a non-person table
    ("who manages", "bakery", [("who manages the shop with the highest revenue in 2023?",
                                "SELECT sh.manager_name, SUM(s.revenue) FROM daily_sales s JOIN shops sh "
                                "USING (shop_id) WHERE YEAR(s.sale_date) = 2023 GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("who captains", "fishing", [("who captains the Sea Hawk?", "SELECT capt_nm FROM vessels "
                                                                "WHERE vsl_nm = 'Sea Hawk'")]),
    # 14. years since an opening date, per entity
    ("years open", "bakery", [("for how many years has each shop been open?",
                               "SELECT shop_name, date_sub('year', opened_on, current_date) FROM shops")]),
    ("years open", "cinemas", [("how old is each cinema?",
                                "SELECT \"cinemaName\", date_sub('year', \"openedOn\", current_date) FROM cinemas")]),
    # 15. two columns of one row compared: the same / a different value
    ("same column", "bikeshare", [("how many rides ended at the same station where they started?",
                                   "SELECT COUNT(*) FROM trips WHERE end_station = start_station")]),
    ("different column", "carrental", [("how many rentals were returned to a different branch than the pickup one?",
                                        "SELECT COUNT(*) FROM rentals WHERE return_branch_id <> pickup_branch_id")]),
    ("same column", "bikeshare", [("how many trips started and ended in the same district?",
                                   "SELECT COUNT(*) FROM trips WHERE start_district = end_district")]),
    ("same column", "carrental", [("how many rentals were returned to the same branch they were picked up from?",
                                   "SELECT COUNT(*) FROM rentals WHERE return_branch_id = pickup_branch_id")]),
    # 16. abbreviated table and column names (appts, appt_stat, vet_nm)
    ("abbreviated", "vetclinic", [("number of appointments by species",
                                   "SELECT p.species, COUNT(*) FROM appts a JOIN pets p USING (pet_id) GROUP BY 1")]),
    ("abbreviated", "vetclinic", [("completed appointments per vet",
                                   "SELECT vet_nm, COUNT(*) FROM appts WHERE appt_stat = 'completed' GROUP BY 1")]),
    ("abbreviated", "vetclinic", [("no-show appts per vet",
                                   "SELECT vet_nm, COUNT(*) FROM appts WHERE appt_stat = 'no-show' GROUP BY 1"),
                                  ("and cancelled ones?",
                                   "SELECT vet_nm, COUNT(*) FROM appts WHERE appt_stat = 'cancelled' GROUP BY 1")]),
    # added by the engine's author after the list above: the session's last mechanisms
    ("never with a condition", "brewery", [("which customers never ordered a case?",
                                            "SELECT customer_name FROM customers WHERE customer_id NOT IN (SELECT "
                                            "o.customer_id FROM orders o JOIN order_items i USING (order_id) "
                                            "WHERE i.package = 'case')")]),
    ("never with a condition", "carrental", [("which customers never added insurance?",
                                              "SELECT first_name, last_name FROM customers WHERE customer_id NOT IN "
                                              "(SELECT customer_id FROM rentals WHERE insurance_added)")]),
    ("fewer than", "transit", [("how many days in 2023 did the Red Line run fewer trips than scheduled?",
                                "SELECT COUNT(DISTINCT service_date) FROM route_daily WHERE route_name = 'Red Line' "
                                "AND trips_operated < trips_scheduled AND YEAR(service_date) = 2023")]),
    ("distinct people", "skiresort", [("how many different people skied in the 2022-23 season?",
                                       "SELECT COUNT(DISTINCT holder_id) FROM lift_scans WHERE scanned_at >= "
                                       "TIMESTAMP '2022-07-01' AND scanned_at < TIMESTAMP '2023-07-01'")]),
    ("list by measure", "skiresort", [("rank the lifts by capacity",
                                       "SELECT lift_name, capacity_per_hour FROM lifts ORDER BY 2 DESC")]),
    ("list by measure", "cinemas", [("list the cinemas by screen count",
                                     "SELECT \"cinemaName\", \"screenCount\" FROM cinemas ORDER BY 2 DESC")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of trips were rated?", "what share of completed appointments got a tip?",
          "what share of all 2024 revenue is that?"}


@pytest.fixture(scope="module")
def mech_urls(mech8_dbs, mech10_dbs):
    """db name -> DuckDB URL of its file, for the two corpora."""
    return corpus.corpus_urls([(EVAL8, mech8_dbs), (EVAL10, mech10_dbs)])


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, [EVAL8, EVAL10], SCALED)
