"""Regression tests for stop 21's general mechanisms, on the dev schemas eval90-eval92 (and eval40 / eval62).

Same style as `tests/test_offline_mechanisms16.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: 'within N hours' bounds a duration, and a share of it counts among the rows whose end is set; '6 to 8
am' is an hour range; 'drop-offs' is no write request; 'large lockers' finds the size code 'L'; 'the 2 who got the
fewest' is a bottom-N; 'the 3 months before that' moves the period by its length; a make said in the plural ('the
Porsches') finds its one value; a date column is not named by the object in its middle ('the club' is no
leftClubDate); 'approvals' are the 'approved' rows and a table counted by its plural is counted by rows ('decisions
per month'); 'show everyone' lifts the limit; 'hours of <activity>' sums the stored minutes in hours; 'which <group>
had more than N <rows>' is a HAVING count; a share of a sometimes-empty event date is the share with it set;
'<word> cost' finds '<word>_cost_gbp'; 'built before 1950' compares the build year; 'same quarter last year' moves the
period back a year; a booking is dated by its play date, a claim by its report; 'how many days do <rows> take to
<verb>' is the table's own start-to-end duration; 'weekdays vs weekends' is one group for each, and a time breakdown
of a sometimes-empty date keeps the dated rows; 'by type of <thing>' is that thing's type column; a person named
'holder_first_name' / 'holder_last_name' is listed with both parts; 'unreleased' negates a flag; 'days to get
paid' ends at the paid date; '25m' on a height in metres is 25; 'including VAT' adds the VAT to the amount;
'average <measure> for each' replaces the previous measure; attendance is dated by its class; a mass noun that
starts a table's name ('milk' for milk_intakes) is that table's amount; 'still ripening' is an empty end date;
'<person> ages' lists each one's age; a table named as a time ('stage time') is its stored seconds, the best
time the lowest; a unit after the breakdown ('by make, cc') is no second breakdown; 'the MGs' is 'MG'; '<rows> with
their build year' lists the rows; '<verb>ed a <thing> more than N times' counts the verb's events; 'the best
month' ranks by money; 'change from 2023 to 2024' and 'year over year' are one figure per year.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL40 = corpus.Corpus("eval40", "questions.jsonl", "datasets.py")
EVAL62 = corpus.Corpus("eval62", "questions.jsonl", "datasets.py")
EVAL90 = corpus.Corpus("eval90", "questions.jsonl", "datasets.py")
EVAL91 = corpus.Corpus("eval91", "questions.jsonl", "datasets.py")
EVAL92 = corpus.Corpus("eval92", "questions.jsonl", "datasets.py")
CORPORA = [EVAL40, EVAL62, EVAL90, EVAL91, EVAL92]
mech17_40_dbs = EVAL40.dbs_fixture("mech17_40_dbs")
mech17_62_dbs = EVAL62.dbs_fixture("mech17_62_dbs")
mech17_90_dbs = EVAL90.dbs_fixture("mech17_90_dbs")
mech17_91_dbs = EVAL91.dbs_fixture("mech17_91_dbs")
mech17_92_dbs = EVAL92.dbs_fixture("mech17_92_dbs")

SETTLED_IN_3_DAYS = "AVG(CASE WHEN date_diff('minute', reported_at, resolved_at) <= 4320 THEN 1.0 ELSE 0.0 END)"
WEEKPART = "CASE WHEN ISODOW(collected_at) IN (6, 7) THEN 'weekend' ELSE 'weekday' END"
CLASS_ATTENDANCE = "FROM attendance a JOIN classes c ON c.class_id = a.class_id"
STAGE_CARS = "FROM \"stageTimes\" s JOIN cars c ON c.\"carId\" = s.\"carId\""
STAGE_RALLIES = "FROM \"stageTimes\" s JOIN rallies r ON r.\"rallyId\" = s.\"rallyId\""
INVOICED_JOBS = "FROM invoices i JOIN jobs j ON j.\"jobId\" = i.\"jobId\""

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. 'within N days' on two timestamps, as a share among the resolved rows
    ("within", "parish", [("what share of reports got resolved within 3 days",
                           f"SELECT {SETTLED_IN_3_DAYS} FROM issue_reports WHERE resolved_at IS NOT NULL")]),
    # 2. an hour range said '6 to 8 am'; 'drop-offs' is a noun; 'large' is the size code 'L'
    ("hour range", "parcellockers", [("parcels dropped off from 6 to 8 am",
                                      "SELECT COUNT(*) FROM parcels WHERE HOUR(dropped_off_at) >= 6 "
                                      "AND HOUR(dropped_off_at) < 8")]),
    ("drop-offs", "parcellockers", [("drop-offs per weekday",
                                     "SELECT DAYNAME(dropped_off_at), COUNT(*) FROM parcels GROUP BY 1")]),
    ("size code", "parcellockers", [("how many parcels went into large lockers",
                                     "SELECT COUNT(*) FROM parcels p JOIN lockers l ON l.locker_id = p.locker_id "
                                     "WHERE l.size = 'L'")]),
    # 3. 'the 2 who got the fewest' after a ranking
    ("the N fewest", "bowling", [("which bowlers knocked down the most strikes",
                                  "SELECT bowler_name, SUM(strikes) FROM games GROUP BY 1 ORDER BY 2 DESC"),
                                 ("and the 2 who got the fewest",
                                  "SELECT bowler_name, SUM(strikes) FROM games GROUP BY 1 ORDER BY 2 ASC LIMIT 2")]),
    # 4. 'the 3 months before that' moves a quarter back by three months
    ("months before", "insurance", [("claims reported in the first quarter of 2025",
                                     "SELECT COUNT(*) FROM claims WHERE reported_at >= '2025-01-01' "
                                     "AND reported_at < '2025-04-01'"),
                                    ("and the 3 months before that",
                                     "SELECT COUNT(*) FROM claims WHERE reported_at >= '2024-10-01' "
                                     "AND reported_at < '2025-01-01'")]),
    # 5. a make in the plural; 'the club' names no date
    ("plural make", "rallyclub", [("how many Porsches are in the club",
                                   "SELECT COUNT(*) FROM cars WHERE make = 'Porsche'")]),
    ("club", "rallyclub", [("how many drivers does the club have", "SELECT COUNT(*) FROM drivers")]),
    # 6. 'approvals' are 'approved' decisions; decisions are counted by rows
    ("noun of a value", "buildingpermits", [("how many approvals were there in 2024",
                                             "SELECT COUNT(*) FROM decisions WHERE decision = 'approved' "
                                             "AND YEAR(decided_on) = 2024")]),
    ("rows of a table", "buildingpermits", [("decisions per month in 2024",
                                             "SELECT DATE_TRUNC('month', decided_on), COUNT(*) FROM decisions "
                                             "WHERE YEAR(decided_on) = 2024 GROUP BY 1")]),
    # 7. 'show everyone' after a top one; 'hours of coaching'
    ("show everyone", "tennisclub", [("which coach ran the most sessions",
                                      "SELECT coach_name, COUNT(*) FROM coaching_sessions GROUP BY 1 "
                                      "ORDER BY 2 DESC LIMIT 1"),
                                     ("show everyone",
                                      "SELECT coach_name, COUNT(*) FROM coaching_sessions GROUP BY 1 "
                                      "ORDER BY 2 DESC")]),
    ("hours of", "tennisclub", [("total hours of coaching in 2024 by session type",
                                 "SELECT session_type, SUM(duration_min) / 60.0 FROM coaching_sessions "
                                 "WHERE YEAR(session_date) = 2024 GROUP BY 1")]),
    # 8. 'which <group> had more than N <rows>'
    ("having rows", "hostel", [("which rooms had more than 150 stays",
                                "SELECT r.room_name, COUNT(*) FROM stays s JOIN rooms r ON r.room_id = s.room_id "
                                "GROUP BY 1 HAVING COUNT(*) > 150")]),
    # 9. a share of a sometimes-empty date; '<word> cost'; 'built before'
    ("installed share", "energyaudits", [("what percentage of upgrades have been installed, by type",
                                          "SELECT upgrade_type, AVG(CASE WHEN installed_on IS NOT NULL THEN 1.0 "
                                          "ELSE 0.0 END) FROM upgrades GROUP BY 1")]),
    ("estimated cost", "energyaudits", [("average estimated cost per upgrade type",
                                         "SELECT upgrade_type, AVG(estimated_cost_gbp) FROM upgrades GROUP BY 1")]),
    ("built before", "energyaudits", [("how many houses were built before 1950",
                                       "SELECT COUNT(*) FROM houses WHERE build_year < 1950")]),
    # 10. 'same quarter last year'; bookings are dated by their play date
    ("same quarter", "paintball", [("bookings in Q2 2024",
                                    "SELECT COUNT(*) FROM bookings WHERE \"playDate\" >= '2024-04-01' "
                                    "AND \"playDate\" < '2024-07-01'"),
                                   ("same quarter last year",
                                    "SELECT COUNT(*) FROM bookings WHERE \"playDate\" >= '2023-04-01' "
                                    "AND \"playDate\" < '2023-07-01'")]),
    # 11. 'how many days do <rows> take to <verb>': the table's own start and end
    ("days to arrive", "chocolatefactory", [("on average, how many days do shipments take to get to shops",
                                             "SELECT AVG(date_diff('day', shipped_on, delivered_on)) "
                                             "FROM shipments")]),
    # 12. 'weekdays vs weekends', keeping the rows with a date
    ("weekpart", "pharmacy", [("collections on weekdays vs weekends",
                               f"SELECT {WEEKPART}, COUNT(*) FROM prescriptions WHERE collected_at IS NOT NULL "
                               "GROUP BY 1")]),
    # 13. 'by type of pass'; a person named by prefixed name parts
    ("type of", "yogastudio", [("average price by type of pass",
                                "SELECT pass_type, AVG(price_gbp) FROM class_passes GROUP BY 1")]),
    ("holder names", "yogastudio", [("who bought a monthly unlimited pass in 2023",
                                     "SELECT DISTINCT holder_first_name, holder_last_name FROM class_passes "
                                     "WHERE pass_type = 'monthly unlimited' AND YEAR(purchased_on) = 2023")]),
    # 14. attendance is dated by its class
    ("class date", "yogastudio", [("check-ins per weekday",
                                   f"SELECT DAYNAME(c.starts_at), COUNT(*) {CLASS_ATTENDANCE} WHERE a.checked_in "
                                   "GROUP BY 1")]),
    # 15. 'unreleased' negates the released flag
    ("un- flag", "recordingstudio", [("how many tracks are unreleased",
                                      "SELECT COUNT(*) FROM tracks WHERE NOT released")]),
    # 16. 'days to get paid'; '25m' is metres; 'including VAT'
    ("days to get paid", "treesurgery", [("average days to get paid by payment method",
                                          "SELECT \"paymentMethod\", AVG(date_diff('day', \"issuedDate\", "
                                          "\"paidDate\")) FROM invoices GROUP BY 1")]),
    ("metres", "treesurgery", [("jobs on trees over 25m", "SELECT COUNT(*) FROM jobs WHERE \"treeHeightM\" > 25")]),
    ("including VAT", "treesurgery", [("total invoiced including VAT by client type",
                                       "SELECT j.\"clientType\", SUM(i.\"netAmountGbp\" + i.\"vatGbp\") "
                                       f"{INVOICED_JOBS} GROUP BY 1")]),
    # 17. a mass noun naming a table by its first word is its amount; 'still <verb>ing' is an empty end date
    ("mass noun", "cheesedairy", [("which farm supplied the most milk in 2024",
                                   "SELECT f.farm_name, SUM(m.litres) FROM milk_intakes m JOIN farms f "
                                   "ON f.farm_id = m.farm_id WHERE YEAR(m.intake_date) = 2024 GROUP BY 1 "
                                   "ORDER BY 2 DESC LIMIT 1")]),
    ("still ripening", "cheesedairy", [("how many wheels are still ripening in each cellar",
                                        "SELECT cellar, COUNT(*) FROM wheels WHERE released_on IS NULL "
                                        "GROUP BY 1")]),
    # 18. '<person> ages' lists each one's age
    ("ages", "rallyclub", [("ages of the drivers",
                            "SELECT \"firstName\", \"lastName\", YEAR(current_date) - \"birthYear\" FROM drivers")]),
    # 19. a participle naming a child table counts the rows it refers to; a share with a numeric condition and no
    # measure named is the share of rows meeting it
    ("audited", "energyaudits", [("number of houses that have been audited",
                                  "SELECT COUNT(*) FROM houses WHERE house_id IN (SELECT house_id FROM audits)")]),
    ("share within", "parcellockers", [("share of parcels collected within 12 hours, by locker size",
                                        "SELECT l.size, AVG(CASE WHEN date_diff('minute', p.dropped_off_at, "
                                        "p.picked_up_at) <= 720 THEN 1.0 ELSE 0.0 END) FROM parcels p "
                                        "JOIN lockers l ON l.locker_id = p.locker_id GROUP BY 1")]),
    # 20. 'yearly' before a per-year column is the column's own rate, and yearly savings add up
    ("yearly", "energyaudits", [("yearly kwh savings expected from double glazing recommendations",
                                 "SELECT SUM(est_saving_kwh_per_year) FROM upgrades "
                                 "WHERE upgrade_type = 'double glazing'")]),
    # 21. a table named as a time is its stored seconds; the best time is the lowest, the worst the highest
    ("stage time", "rallyclub", [("median stage time per car class",
                                  f"SELECT c.\"carClass\", MEDIAN(s.\"stageSeconds\") {STAGE_CARS} GROUP BY 1")]),
    ("best time", "rallyclub", [("which region has the best average stage time",
                                 f"SELECT r.region, AVG(s.\"stageSeconds\") {STAGE_RALLIES} GROUP BY 1 "
                                 "ORDER BY 2 ASC LIMIT 1"),
                                ("and the worst",
                                 f"SELECT r.region, AVG(s.\"stageSeconds\") {STAGE_RALLIES} GROUP BY 1 "
                                 "ORDER BY 2 DESC LIMIT 1")]),
    # 22. a unit after the breakdown is no second breakdown; a short make in the plural; '<rows> with their <year>'
    ("unit after by", "rallyclub", [("average engine size by make, cc",
                                     "SELECT make, AVG(\"engineCc\") FROM cars GROUP BY 1")]),
    ("short plural", "rallyclub", [("how many MGs are in the club", "SELECT COUNT(*) FROM cars WHERE make = 'MG'")]),
    ("with their", "rallyclub", [("list the Bentleys with their build year",
                                  "SELECT \"carId\", \"buildYear\" FROM cars WHERE make = 'Bentley'")]),
    # 23. '<verb>ed a <thing> more than N times': the verb before its object counts its events
    ("verb before object", "tennisclub", [("members who booked a court more than 13 times",
                                           "SELECT m.first_name, m.last_name, COUNT(*) FROM court_bookings b "
                                           "JOIN members m ON m.member_id = b.member_id "
                                           "GROUP BY m.member_id, 1, 2 HAVING COUNT(*) > 13")]),
    # 24. 'the best month' on a table that takes money ranks by the money; 'change from <year> to <year>' is one
    # figure per year; 'year over year' is by year
    ("best month", "hostel", [("which was the best month for stays in 2024",
                               "SELECT DATE_TRUNC('month', check_in), SUM(amount_paid_eur) FROM stays "
                               "WHERE YEAR(check_in) = 2024 GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("change between years", "hostel", [("how did stay revenue change from 2023 to 2024",
                                         "SELECT YEAR(check_in), SUM(amount_paid_eur) FROM stays "
                                         "WHERE YEAR(check_in) IN (2023, 2024) GROUP BY 1")]),
    ("year over year", "hostel", [("number of stays year over year",
                                   "SELECT YEAR(check_in), COUNT(*) FROM stays GROUP BY 1")]),
    # 25. 'average <measure> for each' replaces the count
    ("for each", "treesurgery", [("jobs per crew",
                                  "SELECT c.\"crewName\", COUNT(*) FROM jobs j JOIN crews c ON c.\"crewId\" = "
                                  "j.\"crewId\" GROUP BY 1"),
                                 ("average hours worked for each",
                                  "SELECT c.\"crewName\", AVG(j.\"hoursWorked\") FROM jobs j JOIN crews c ON "
                                  "c.\"crewId\" = j.\"crewId\" GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of reports got resolved within 3 days",
          "share of parcels collected within 12 hours, by locker size",
          "what percentage of upgrades have been installed, by type"}


@pytest.fixture(scope="module")
def mech_urls(mech17_40_dbs, mech17_62_dbs, mech17_90_dbs, mech17_91_dbs, mech17_92_dbs):
    """db name -> DuckDB URL of its file, for the five corpora."""
    built = [mech17_40_dbs, mech17_62_dbs, mech17_90_dbs, mech17_91_dbs, mech17_92_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
