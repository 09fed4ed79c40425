"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval57-eval62.

Same style as `tests/test_offline_mechanisms10.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: after 'per' / 'by' / 'each' a word naming both a column and a value is the column ('per river' groups by
releases.river, not water_source = 'river'), and 'number of fish released' sums fish_released; 'days from X to Y'
runs from the date X names to the date Y names; 'still pending' / 'outstanding' / 'awaited' is the named column
missing (IS NULL), and 'how many results' then counts rows; 'who has been fined the most' ranks by the total of the
column the verb names, while 'been <verb>ed' with no ranking word means the value is set; 'more than N cancellations'
counts the rows of the flag the noun names (HAVING), and '<measure> per <own table's noun>' is the average over its
rows; 'the 3 newest <things>' on a table with only a year number ranks by the latest year.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL57 = corpus.Corpus("eval57", "questions.jsonl", "datasets.py")
EVAL58 = corpus.Corpus("eval58", "questions.jsonl", "datasets.py")
EVAL59 = corpus.Corpus("eval59", "questions.jsonl", "datasets.py")
EVAL60 = corpus.Corpus("eval60", "questions.jsonl", "datasets.py")
EVAL62 = corpus.Corpus("eval62", "questions.jsonl", "datasets.py")
CORPORA = [EVAL57, EVAL58, EVAL59, EVAL60, EVAL62]
mech11_57_dbs = EVAL57.dbs_fixture("mech11_57_dbs")
mech11_58_dbs = EVAL58.dbs_fixture("mech11_58_dbs")
mech11_59_dbs = EVAL59.dbs_fixture("mech11_59_dbs")
mech11_60_dbs = EVAL60.dbs_fixture("mech11_60_dbs")
mech11_62_dbs = EVAL62.dbs_fixture("mech11_62_dbs")

FISH_SPECIES = "FROM releases r JOIN batches b USING (batch_id)"
TEST_DAYS = "MAX(date_diff('day', tested_on, result_date))"
ORDER_DAYS = "AVG(date_diff('day', CAST(ordered_at AS DATE), collected_on))"
STAY_DAYS = "AVG(date_diff('day', \"admittedOn\", \"dischargedOn\"))"
RENT_DAYS = "AVG(date_diff('day', due_date, paid_date))"
# minutes between timestamps as date_diff('minute') counts them (stop 25: the blind corpora's golds use it about ten
# times as often as elapsed seconds / 60)
ARRIVAL_MIN = "AVG(date_diff('minute', call_received_at, arrived_at))"
CLAIM_DAYS = "AVG(date_diff('day', \"expenseDate\", CAST(\"submittedAt\" AS DATE)))"
RESIDENT_INCIDENTS = "FROM incidents i JOIN residents r USING (\"residentId\")"
DEFENDANT_FINES = "FROM outcomes o JOIN cases c USING (case_id) JOIN defendants d USING (defendant_id)"
DRIVER_TIPS = ("SELECT d.\"firstName\", d.\"lastName\", SUM(r.\"tipAmt\") FROM rides r "
               "JOIN drivers d ON d.\"driverId\" = r.\"driverId\" GROUP BY d.\"driverId\", 1, 2 ORDER BY 3 DESC")
OWNER_VISITS = "FROM visits v JOIN pets p USING (pet_id) JOIN owners o USING (owner_id)"


def newest(name: str, year: str, table: str, where: str = "", n: int = 1, order: str = "DESC") -> str:
    """Gold of 'the <n> newest <things>' on a table with only a year number: the latest years first.

    >>> newest("vessel_name", "year_built", "vessels", n=2)
    'SELECT vessel_name, year_built FROM vessels ORDER BY 2 DESC LIMIT 2'
    """
    return f"SELECT {name}, {year} FROM {table}{f' WHERE {where}' if where else ''} ORDER BY 2 {order} LIMIT {n}"


# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. after 'per' / 'by' / 'each' a word naming a column and a value is the column; 'number of fish released'
    ("per column", "hatchery", [("releases per river", "SELECT river, COUNT(*) FROM releases GROUP BY 1"),
                                ("tagged only", "SELECT river, COUNT(*) FROM releases WHERE tagged GROUP BY 1")]),
    ("per column", "hatchery", [("average fish length per river",
                                 "SELECT river, AVG(avg_length_mm) FROM releases GROUP BY 1"),
                                ("smolts only", "SELECT river, AVG(avg_length_mm) FROM releases "
                                                "WHERE life_stage = 'smolt' GROUP BY 1")]),
    ("per column", "hatchery", [("how many fish were released per river in 2023",
                                 "SELECT river, SUM(fish_released) FROM releases "
                                 "WHERE YEAR(released_on) = 2023 GROUP BY 1")]),
    ("per column", "hatchery", [("number of fish released for each species",
                                 f"SELECT b.species, SUM(r.fish_released) {FISH_SPECIES} GROUP BY 1"),
                                ("and per river?", "SELECT river, SUM(fish_released) FROM releases GROUP BY 1")]),
    ("per column", "wastecollection", [("missed bins per street",
                                        "SELECT \"streetName\", COUNT(*) FROM \"missedBins\" GROUP BY 1"),
                                       ("valid complaints only", "SELECT \"streetName\", COUNT(*) FROM \"missedBins\" "
                                                                 "WHERE \"validComplaint\" GROUP BY 1")]),
    ("per column", "ambulance", [("calls by vehicle", "SELECT w.vehicle_type, COUNT(*) FROM calls c "
                                                      "JOIN crews w USING (crew_id) GROUP BY 1")]),
    # 2. 'days from X to Y' runs from the date X names to the date Y names
    ("from to", "bloodbank", [("maximum days from test to result", f"SELECT {TEST_DAYS} FROM screenings"),
                              ("for syphilis", f"SELECT {TEST_DAYS} FROM screenings WHERE test_name = 'syphilis'")]),
    ("from to", "opticians", [("average days from order to collection", f"SELECT {ORDER_DAYS} FROM spectacle_orders"),
                              ("varifocals only", f"SELECT {ORDER_DAYS} FROM spectacle_orders "
                                                  "WHERE lens_type = 'varifocal'")]),
    ("from to", "carehome", [("average days from admission to discharge", f"SELECT {STAY_DAYS} FROM residents"),
                             ("per wing", f"SELECT wing, {STAY_DAYS} FROM residents GROUP BY 1")]),
    ("from to", "lettings", [("average days from due date to paid date", f"SELECT {RENT_DAYS} FROM rent_payments"),
                             ("by method", f"SELECT method, {RENT_DAYS} FROM rent_payments GROUP BY 1")]),
    ("from to", "firebrigade", [("average minutes from call to arrival", f"SELECT {ARRIVAL_MIN} FROM callouts"),
                                ("per incident type",
                                 f"SELECT incident_type, {ARRIVAL_MIN} FROM callouts GROUP BY 1")]),
    ("from to", "expenses", [("average days from expense to submission by category",
                              f"SELECT category, {CLAIM_DAYS} FROM claims GROUP BY 1")]),
    # 3. 'still pending' / 'outstanding' / 'awaited': the named column is missing; 'how many results' counts rows
    ("pending", "bloodbank", [("how many results are still awaited",
                               "SELECT COUNT(*) FROM screenings WHERE result IS NULL"),
                              ("by test", "SELECT test_name, COUNT(*) FROM screenings "
                                          "WHERE result IS NULL GROUP BY 1")]),
    ("pending", "bloodbank", [("how many results are still pending by site",
                               "SELECT d.site, COUNT(*) FROM screenings s JOIN donations d USING (donation_id) "
                               "WHERE s.result IS NULL GROUP BY 1")]),
    ("pending", "lettings", [("how many rent payments are still outstanding",
                              "SELECT COUNT(*) FROM rent_payments WHERE paid_date IS NULL")]),
    ("pending", "carehome", [("how many incident resolutions are still outstanding",
                              "SELECT COUNT(*) FROM incidents WHERE \"resolvedOn\" IS NULL"),
                             ("per wing", f"SELECT r.wing, COUNT(*) {RESIDENT_INCIDENTS} "
                                          "WHERE i.\"resolvedOn\" IS NULL GROUP BY 1")]),
    ("pending", "opticians", [("how many orders have collection still outstanding",
                               "SELECT COUNT(*) FROM spectacle_orders WHERE collected_on IS NULL"),
                              ("by frame brand", "SELECT frame_brand, COUNT(*) FROM spectacle_orders "
                                                 "WHERE collected_on IS NULL GROUP BY 1")]),
    # 4. 'who has been fined the most' ranks by the total the verb names; 'been <verb>ed' alone: the value is set
    ("been fined", "magistrates", [("which offence category has been fined the least",
                                    "SELECT c.offence_category, SUM(o.fine_gbp) FROM outcomes o JOIN cases c "
                                    "USING (case_id) GROUP BY 1 ORDER BY 2 ASC LIMIT 1")]),
    ("been fined", "magistrates", [("which home town has been fined the most",
                                    f"SELECT d.home_town, SUM(o.fine_gbp) {DEFENDANT_FINES} "
                                    "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
                                   ("in 2023", f"SELECT d.home_town, SUM(o.fine_gbp) {DEFENDANT_FINES} "
                                               "WHERE YEAR(c.charged_on) = 2023 GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("been fined", "taxidispatch", [("which driver has been tipped the most", f"{DRIVER_TIPS} LIMIT 1"),
                                    ("top 3", f"{DRIVER_TIPS} LIMIT 3")]),
    ("been fined", "vetclinic", [("which owner has been charged the most",
                                  f"SELECT o.first_name, o.last_name, SUM(v.charge_gbp) {OWNER_VISITS} "
                                  "GROUP BY o.owner_id, 1, 2 ORDER BY 3 DESC LIMIT 1")]),
    ("been fined", "magistrates", [("how many defendants have been fined",
                                    "SELECT COUNT(DISTINCT c.defendant_id) FROM outcomes o JOIN cases c "
                                    "USING (case_id) WHERE o.fine_gbp IS NOT NULL")]),
    ("been fined", "bikeshare", [("how many bikes have been retired",
                                  "SELECT COUNT(*) FROM bikes WHERE retired_on IS NOT NULL"),
                                 ("by bike type", "SELECT bike_type, COUNT(*) FROM bikes "
                                                  "WHERE retired_on IS NOT NULL GROUP BY 1")]),
    # 5. 'more than N cancellations' counts the flag's rows (HAVING); '<measure> per <own noun>' is the average
    ("flag count", "citybus", [("routes that had more than 10 cancellations",
                                "SELECT r.route_name, COUNT(*) FROM trips t JOIN routes r USING (route_id) "
                                "WHERE t.cancelled GROUP BY 1 HAVING COUNT(*) > 10")]),
    ("flag count", "grainelevator", [("crops with more than 20 rejections",
                                      "SELECT crop, COUNT(*) FROM deliveries WHERE rejected GROUP BY 1 "
                                      "HAVING COUNT(*) > 20"),
                                     ("and more than 30?", "SELECT crop, COUNT(*) FROM deliveries WHERE rejected "
                                                           "GROUP BY 1 HAVING COUNT(*) > 30")]),
    ("flag count", "carehome", [("residents with more than 2 hospitalisations",
                                 f"SELECT r.\"firstName\", r.\"lastName\", COUNT(*) {RESIDENT_INCIDENTS} "
                                 "WHERE i.hospitalised GROUP BY r.\"residentId\", 1, 2 HAVING COUNT(*) > 2")]),
    ("per own row", "vetclinic", [("charge per visit by reason",
                                   "SELECT reason, AVG(charge_gbp) FROM visits GROUP BY 1"),
                                  ("in 2024", "SELECT reason, AVG(charge_gbp) FROM visits "
                                              "WHERE YEAR(visit_at) = 2024 GROUP BY 1")]),
    ("per own row", "dairy", [("yield per milking by breed",
                               "SELECT c.breed, AVG(m.yield_litres) FROM milkings m JOIN cows c USING (cow_id) "
                               "GROUP BY 1")]),
    ("per own row", "citybus", [("passengers per trip by district",
                                 "SELECT r.district, AVG(t.passengers) FROM trips t JOIN routes r USING (route_id) "
                                 "GROUP BY 1")]),
    # 6. 'the N newest <things>' on a table with only a year number: the latest years
    ("newest by year", "ferryline", [("which vessel is the oldest",
                                      newest("vessel_name", "year_built", "vessels", order="ASC")),
                                     ("and the 2 newest?", newest("vessel_name", "year_built", "vessels", n=2))]),
    ("newest by year", "citybus", [("the 3 newest routes", newest("route_name", "launched_year", "routes", n=3)),
                                   ("night routes only", newest("route_name", "launched_year", "routes",
                                                                "is_night_route", n=3))]),
    ("newest by year", "citybus", [("newest route in the North district",
                                    newest("route_name", "launched_year", "routes", "district = 'North'"))]),
    ("newest by year", "firebrigade", [("the 5 newest stations",
                                        newest("station_name", "opened_year", "stations", n=5))]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED: set[str] = set()


@pytest.fixture(scope="module")
def mech_urls(mech11_57_dbs, mech11_58_dbs, mech11_59_dbs, mech11_60_dbs, mech11_62_dbs):
    """db name -> DuckDB URL of its file, for the five corpora."""
    built = [mech11_57_dbs, mech11_58_dbs, mech11_59_dbs, mech11_60_dbs, mech11_62_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
