"""Regression tests for stop 22's general mechanisms, on the dev schemas eval95-eval97 (and eval13, eval41, eval46,
eval81).

Same style as `tests/test_offline_mechanisms17.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: a verb of one reading ('recorded the strongest gust') takes the highest reading, and speeds and
pressures are not summed; a number said with a column's unit and no comparator is that column's value ('a 25mm
meter', '5k' on a distance in km); a year on a table with no date of its own is the date of the events it refers to
(flights), not of a person's hiring or a thing's purchase; a gerund names a flag by its participle ('removing' ->
bird_nest_removed); '<table> counts' counts that table; '60 m' is metres; '<value> rate' with another filter is the
share of that value among the filtered rows; 'owed' / 'outstanding' are the unpaid rows, and an 'un-' participle with
an irregular verb ('unpaid') finds the empty date; a quantity times the unit cost of the referenced row is the
line's cost; a synonym table gives way to the word of a column already named ('sold the most tickets'); a superlative
follow-up that restates the breakdown ('oldest in each part') takes the extreme per group; 'average build year'
averages the year; 'what about <flag>' swaps one flag for another; an event table dated by its start keeps its own
date; the first word of a table's name is that table, not another table's value ('tours'); '<noun> time' and
'fastest <noun>' are the seconds timing that noun; 'time' is a stored time column when there is one; a value's own
column named after it ('the blue course') is no measure.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL13 = corpus.Corpus("eval13", "questions.jsonl", "datasets.py")
EVAL41 = corpus.Corpus("eval41", "questions.jsonl", "datasets.py")
EVAL46 = corpus.Corpus("eval46", "questions.jsonl", "datasets.py")
EVAL81 = corpus.Corpus("eval81", "questions.jsonl", "datasets.py")
EVAL95 = corpus.Corpus("eval95", "questions.jsonl", "datasets.py")
EVAL96 = corpus.Corpus("eval96", "questions.jsonl", "datasets.py")
EVAL97 = corpus.Corpus("eval97", "questions.jsonl", "datasets.py")
CORPORA = [EVAL13, EVAL41, EVAL46, EVAL81, EVAL95, EVAL96, EVAL97]
mech18_13_dbs = EVAL13.dbs_fixture("mech18_13_dbs")
mech18_41_dbs = EVAL41.dbs_fixture("mech18_41_dbs")
mech18_46_dbs = EVAL46.dbs_fixture("mech18_46_dbs")
mech18_81_dbs = EVAL81.dbs_fixture("mech18_81_dbs")
mech18_95_dbs = EVAL95.dbs_fixture("mech18_95_dbs")
mech18_96_dbs = EVAL96.dbs_fixture("mech18_96_dbs")
mech18_97_dbs = EVAL97.dbs_fixture("mech18_97_dbs")

READINGS = "FROM daily_readings r JOIN stations s ON s.station_id = r.station_id"
DUTY = ("FROM duty_assignments d JOIN crew_members c ON c.crew_id = d.crew_id "
        "JOIN flights f ON f.flight_id = d.flight_id")
DISPENSED = "FROM dispensings d JOIN drugs dr ON dr.drug_id = d.drug_id"
HEATS = "FROM \"heatResults\" r JOIN karts k ON k.\"kartId\" = r.\"kartId\""
BY_DRIVER = ("FROM \"heatResults\" r JOIN bookings b ON b.\"bookingId\" = r.\"bookingId\" "
             "JOIN drivers d ON d.\"driverId\" = b.\"driverId\"")

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a verb of one reading before a superlative takes the single highest reading of a non-additive measure
    ("one reading", "weather", [("which station measured the highest gust of wind",
                                 f"SELECT s.station_name, MAX(r.wind_gust_kmh) {READINGS} GROUP BY 1 "
                                 "ORDER BY 2 DESC LIMIT 1")]),
    ("speed not summed", "weather", [("wind gust by station",
                                      f"SELECT s.station_name, AVG(r.wind_gust_kmh) {READINGS} GROUP BY 1")]),
    # 2. a number with a column's unit and no comparator equals that column
    ("unit number", "water", [("bills for 25mm meters",
                               "SELECT COUNT(*) FROM water_bills WHERE meter_size_mm = 25")]),
    # 3. a year on a table with no date: the referenced events' date, not a hire date or a purchase date
    ("referenced event date", "crewroster", [("duty hours per crew rank in 2023",
                                              f"SELECT c.crew_rank, SUM(d.duty_hours) {DUTY} "
                                              "WHERE YEAR(f.sched_departure) = 2023 GROUP BY 1")]),
    ("acquired date", "foodtrucks", [("covers per truck in 2024",
                                      "SELECT t.truck_name, SUM(s.covers) FROM daily_sales s JOIN trucks t "
                                      "ON t.truck_id = s.truck_id WHERE YEAR(s.sale_date) = 2024 GROUP BY 1")]),
    # 4. a gerund names a flag by its participle; '<table> counts' counts the table
    ("gerund flag", "chimneysweep", [("how many sweeps in 2023 involved removing a nest",
                                      "SELECT COUNT(*) FROM sweeps WHERE bird_nest_removed "
                                      "AND YEAR(started_at) = 2023")]),
    ("table counts", "chimneysweep", [("monthly sweep counts in 2024",
                                       "SELECT MONTH(started_at), COUNT(*) FROM sweeps "
                                       "WHERE YEAR(started_at) = 2024 GROUP BY 1")]),
    # 5. '60 m' is metres on a length in metres
    ("metres", "harbour", [("how many vessels are longer than 60 m",
                            "SELECT COUNT(*) FROM vessels WHERE length_m > 60")]),
    # 6. '<value> rate' with another filter: the share of the value among the filtered rows
    ("value rate", "cricketclub", [("win rate for home games",
                                    "SELECT AVG(CASE WHEN result = 'won' THEN 1.0 ELSE 0.0 END) FROM matches "
                                    "WHERE venue = 'home'"),
                                   ("and away?",
                                    "SELECT AVG(CASE WHEN result = 'won' THEN 1.0 ELSE 0.0 END) FROM matches "
                                    "WHERE venue = 'away'")]),
    # 7. 'owed' is the unpaid rows; 'unpaid' with an irregular verb finds the empty paid date
    ("owed", "chimneysweep", [("how much are customers owed for sweeps",
                               "SELECT SUM(price_gbp) FROM sweeps WHERE NOT paid")]),
    ("unpaid date", "feedmill", [("unpaid deliveries per county",
                                  "SELECT f.county, COUNT(*) FROM deliveries d JOIN farms f ON f.farm_id = d.farm_id "
                                  "WHERE d.invoice_paid_on IS NULL GROUP BY 1")]),
    # 8. quantity x the referenced row's unit cost
    ("cross-table line total", "pharmacy", [("drug spend per ward in 2024",
                                             f"SELECT w.ward_name, SUM(d.quantity * dr.unit_cost_gbp) {DISPENSED} "
                                             "JOIN wards w ON w.ward_id = d.ward_id "
                                             "WHERE YEAR(d.dispensed_at) = 2024 GROUP BY 1")]),
    # 9. a synonym table gives way to the word of a column already named
    ("column over synonym table", "choir", [("top 3 concerts by tickets sold",
                                             "SELECT title, tickets_sold FROM concerts ORDER BY 2 DESC LIMIT 3")]),
    # 10. a superlative follow-up that restates the breakdown takes the extreme per group
    ("restated breakdown", "harbour", [("average age of vessels per flag",
                                        "SELECT flag, AVG(YEAR(current_date) - year_built) FROM vessels GROUP BY 1"),
                                       ("youngest for each flag",
                                        "SELECT flag, MIN(YEAR(current_date) - year_built) FROM vessels "
                                        "GROUP BY 1")]),
    # 11. 'average build year' averages the year; 'what about <flag>' swaps the flag
    ("average year", "chimneysweep", [("mean build year of listed houses",
                                       "SELECT AVG(build_year) FROM houses WHERE listed_building"),
                                      ("what about thatched ones",
                                       "SELECT AVG(build_year) FROM houses WHERE thatched")]),
    # 12. an event table dated by its start keeps its own date
    ("own start date", "scaffolding", [("hire count by month in 2024",
                                        "SELECT MONTH(start_date), COUNT(*) FROM hires "
                                        "WHERE YEAR(start_date) = 2024 GROUP BY 1")]),
    # 13. the first word of a table's name is the table, not another table's value
    ("table first word", "touristoffice", [("number of tours per guide",
                                            "SELECT g.first_name, g.last_name, COUNT(*) FROM tour_bookings b "
                                            "JOIN guides g ON g.guide_id = b.guide_id GROUP BY g.guide_id, 1, 2")]),
    ("label first word", "touristoffice", [("average party size by tour",
                                            "SELECT tour_name, AVG(party_size) FROM tour_bookings GROUP BY 1")]),
    # 14. '<noun> time' and 'fastest <noun>' time that noun
    ("noun time", "karting", [("mean lap time per kart class",
                               f"SELECT k.\"kartClass\", AVG(r.\"avgLapSec\") {HEATS} GROUP BY 1")]),
    ("fastest noun", "karting", [("fastest lap for each skill level",
                                  f"SELECT d.\"skillLevel\", MIN(r.\"bestLapSec\") {BY_DRIVER} GROUP BY 1")]),
    # 15. 'time' is the one stored time column; the value's own column named after it is no measure
    ("time column", "orienteering", [("quickest time on the green course",
                                      "SELECT MIN(\"timeSeconds\") FROM results WHERE \"courseColour\" = 'green'")]),
    # 16. 'missed' is the attendance rows not marked present; '<table> rate' is the share of its one outcome flag
    ("missed", "choir", [("missed rehearsals per voice part",
                          "SELECT s.voice_part, COUNT(*) FROM rehearsal_attendance a JOIN singers s "
                          "ON s.singer_id = a.singer_id WHERE NOT a.present GROUP BY 1")]),
    ("table rate", "choir", [("attendance rate per voice part",
                              "SELECT s.voice_part, AVG(CASE WHEN a.present THEN 1.0 ELSE 0.0 END) "
                              "FROM rehearsal_attendance a JOIN singers s ON s.singer_id = a.singer_id GROUP BY 1")]),
    # 17. 'rate' ending a flag's name after 'how many' is no share; '<value> count' counts the value's rows
    ("flag named rate", "choir", [("how many people pay the concession rate",
                                   "SELECT COUNT(*) FROM singers WHERE pays_concession")]),
    ("value count", "scaffolding", [("pass count by city",
                                     "SELECT s.city, COUNT(*) FROM inspections i JOIN hires h ON h.hire_id = i.hire_id "
                                     "JOIN sites s ON s.site_id = h.site_id WHERE i.result = 'pass' GROUP BY 1")]),
    # 18. a key named with a role before the referenced key (main_ingredient_id) joins the ingredients
    ("role-prefixed key", "feedmill", [("batch count per main ingredient",
                                        "SELECT i.ingredient_name, COUNT(*) FROM batches b JOIN ingredients i "
                                        "ON i.ingredient_id = b.main_ingredient_id GROUP BY 1")]),
    # 19. 'how far ahead' is from the booking to the booked day
    ("how far ahead", "karting", [("on average how far ahead are sessions booked, in days",
                                   "SELECT AVG(date_diff('day', CAST(\"bookedAt\" AS DATE), \"sessionDate\")) "
                                   "FROM bookings")]),
    # 20. 'never <verb> <value of a table above the child>' keeps the condition inside the anti-join
    ("never above child", "pharmacy", [("drugs that were never dispensed on Maternity",
                                        "SELECT drug_name FROM drugs WHERE drug_id NOT IN (SELECT d.drug_id "
                                        "FROM dispensings d JOIN wards w ON w.ward_id = d.ward_id "
                                        "WHERE w.ward_name = 'Maternity')")]),
    # 21. 'spent at <table>' is that table's money; '<x> sales by <y>' is the sales table's takings
    ("spend on table", "gardencentre", [("which customer spent the most on delivery orders",
                                         "SELECT c.first_name, c.last_name, SUM(d.order_value_gbp) "
                                         "FROM delivery_orders d JOIN customers c ON c.customer_id = d.customer_id "
                                         "GROUP BY c.customer_id, 1, 2 ORDER BY 3 DESC LIMIT 1")]),
    ("sales table money", "gardencentre", [("till sales by payment method",
                                            "SELECT payment_method, SUM(amount_gbp) FROM till_sales GROUP BY 1")]),
    # 22. 'who <verb>ed them' after a count lists the people the counted rows refer to
    ("who did them", "gardencentre", [("how many delivery orders are unpaid",
                                       "SELECT COUNT(*) FROM delivery_orders WHERE NOT paid"),
                                      ("who placed them",
                                       "SELECT c.first_name, c.last_name FROM delivery_orders d JOIN customers c "
                                       "ON c.customer_id = d.customer_id WHERE NOT d.paid "
                                       "GROUP BY c.customer_id, 1, 2")]),
    # 23. 'how many kilos did we <verb>': the kg column the verb names, added up
    ("kilos by verb", "roastery", [("how many kilos were roasted in 2023",
                                    "SELECT SUM(\"roastedKg\") FROM roasts WHERE YEAR(\"roastStartedAt\") = 2023")]),
    # 24. 'sent back' is 'returned'; '<rows> had <participle column>' is the rows where it is set
    ("sent back", "pharmacy", [("how many dispensings in 2024 had some stock sent back",
                                "SELECT COUNT(*) FROM dispensings WHERE returned_qty IS NOT NULL "
                                "AND YEAR(dispensed_at) = 2024")]),
    # 25. 'how many days did each work here' is the employment duration
    ("worked here", "pharmacy", [("how many days did each pharmacist who has left work here",
                                  "SELECT first_name, last_name, date_diff('day', hired_on, left_on) FROM pharmacists "
                                  "WHERE left_on IS NOT NULL")]),
    # 26. '<n> <unit> or bigger' is at least n; a tie between two tables' durations goes to the named table
    ("unit or bigger", "gardencentre", [("how many plants come in pots of 3 litres or larger",
                                         "SELECT COUNT(*) FROM plants WHERE pot_size_litres >= 3")]),
    ("named table duration", "halls", [("students who moved out: how many days did they stay, on average",
                                        "SELECT AVG(date_diff('day', moved_in_on, moved_out_on)) FROM students "
                                        "WHERE moved_out_on IS NOT NULL")]),
    # 27. the most frequent people are ranked by the rows that refer to them; a split keeps an IN condition
    ("most frequent", "refillshop", [("4 most frequent customers",
                                      "SELECT c.first_name, c.last_name, COUNT(*) FROM refill_sales s JOIN customers c "
                                      "ON c.customer_id = s.customer_id GROUP BY c.customer_id, 1, 2 "
                                      "ORDER BY 3 DESC LIMIT 4")]),
    ("split keeps in", "harbour", [("movements for repairs or bunkering",
                                    "SELECT COUNT(*) FROM movements WHERE purpose IN ('repairs', 'bunkering')"),
                                   ("by purpose",
                                    "SELECT purpose, COUNT(*) FROM movements WHERE purpose IN ('repairs', 'bunkering') "
                                    "GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"win rate for home games", "and away?", "attendance rate per voice part"}


@pytest.fixture(scope="module")
def mech_urls(mech18_13_dbs, mech18_41_dbs, mech18_46_dbs, mech18_81_dbs, mech18_95_dbs, mech18_96_dbs,
              mech18_97_dbs):
    """db name -> DuckDB URL of its file, for the seven corpora."""
    built = [mech18_13_dbs, mech18_41_dbs, mech18_46_dbs, mech18_81_dbs, mech18_95_dbs, mech18_96_dbs, mech18_97_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
