"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval67-eval72.

Same style as `tests/test_offline_mechanisms12.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: '<things> by start hour' groups by the hour of that table's timestamp; a filter-only follow-up ('charity
hirers only') keeps the breakdown; 'how much money is that' after a count sums the counted table's money column; 'how
much of that is ...' keeps the total and adds the condition; 'which <X> have <verb> more than N <unit> in total' is a
HAVING SUM; a value found in two tables followed by one table's noun filters that table, a value word before a table
noun naming one of its flags is the flag ('card machines'); 'how many of those were ...' keeps counting the rows; 'by
quarter instead' keeps the date column; 'still running' / 'still in service' is the removal date missing; revenue is
the sales table's price column; 'across all <table>' is one overall figure; 'average per <unlinked noun>' after a
total per group is the average per group; 'average length of stay before adoption'; plural event nouns date their
table ('adoptions each month'); '<state> that are still unpaid'; 'busiest hour in the cafe'; appointments dated by
their scheduled time; 'which carers did more than N visits in 2024'; 'most often' ranks by row count; 'were there' is
not a pointer to the previous top row; 'which of them have more than N' after a count per group; 'average age of
current <people>' (own end date, birth date even beside an age_group column); 'by <text column> type and <column>' is
two breakdowns; 'and ticketed ones?' negates the free flag; 'how many' after a list counts the listed rows; 'who has
been with us longest' / 'supplying us the longest'; 'lessons did we deliver' leaves out cancelled ones, 'total hours
of <value> lessons' and '<table> hours by <column>' sum minutes / 60; 'in 2024 and over N' replaces a HAVING
threshold; 'list the <things> over N <unit> with their <column>'.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL67 = corpus.Corpus("eval67", "questions.jsonl", "datasets.py")
EVAL70 = corpus.Corpus("eval70", "questions.jsonl", "datasets.py")
EVAL71 = corpus.Corpus("eval71", "questions.jsonl", "datasets.py")
EVAL72 = corpus.Corpus("eval72", "questions.jsonl", "datasets.py")
CORPORA = [EVAL67, EVAL70, EVAL71, EVAL72]
mech13_67_dbs = EVAL67.dbs_fixture("mech13_67_dbs")
mech13_70_dbs = EVAL70.dbs_fixture("mech13_70_dbs")
mech13_71_dbs = EVAL71.dbs_fixture("mech13_71_dbs")
mech13_72_dbs = EVAL72.dbs_fixture("mech13_72_dbs")

BOOKING_HOURS = "AVG(date_diff('minute', b.starts_at, b.ends_at) / 60.0)"
BOOKING_ROOMS = "FROM bookings b JOIN rooms r USING (room_id)"
SALE_SITES = ("FROM sales s JOIN machines m USING (\"machineId\") JOIN locations l USING (\"locationId\")")
MEMBER_SITES = "FROM members m JOIN sites s ON s.site_id = m.home_site_id"
CARER_VISITS = ("SELECT c.first_name, c.last_name, COUNT(*) FROM visits v JOIN carers c USING (carer_id) "
                "WHERE YEAR(v.planned_start) = 2024 GROUP BY c.carer_id, 1, 2")
AGE = "date_sub('year', birth_date, current_date)"
STAY = "date_diff('day', intake_date, adopted_on)"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. '<things> by start hour': the hour of that table's timestamp
    ("start hour", "communitycentre", [("bookings in 2024 by start hour",
                                        "SELECT HOUR(starts_at), COUNT(*) FROM bookings "
                                        "WHERE YEAR(starts_at) = 2024 GROUP BY 1"),
                                       ("recurring ones only",
                                        "SELECT HOUR(starts_at), COUNT(*) FROM bookings "
                                        "WHERE YEAR(starts_at) = 2024 AND recurring GROUP BY 1")]),
    # 2. a filter-only follow-up keeps the breakdown
    ("filter keeps breakdown", "communitycentre", [("average booking length in hours per room",
                                                    f"SELECT r.room_name, {BOOKING_HOURS} {BOOKING_ROOMS} GROUP BY 1"),
                                                   ("charity hirers only",
                                                    f"SELECT r.room_name, {BOOKING_HOURS} {BOOKING_ROOMS} "
                                                    "WHERE b.hirer_type = 'charity' GROUP BY 1")]),
    # 3. 'how much money is that' after a count sums the counted table's money column
    ("money of a count", "communitycentre", [("how many bookings haven't been paid",
                                              "SELECT COUNT(*) FROM bookings WHERE NOT paid"),
                                             ("how much money is that",
                                              "SELECT SUM(fee_gbp) FROM bookings WHERE NOT paid")]),
    ("money of a count", "grooming", [("how many appointments did we have in 2023",
                                       "SELECT COUNT(*) FROM appointments WHERE YEAR(starts_at) = 2023"),
                                      ("how much money is that",
                                       "SELECT SUM(price_gbp) FROM appointments WHERE YEAR(starts_at) = 2023")]),
    # 4. 'how much of that is ...' keeps the total and adds the condition
    ("part of a total", "nursery", [("total amount invoiced in 2024",
                                     "SELECT SUM(amount_due_gbp) FROM invoices WHERE YEAR(invoice_month) = 2024"),
                                    ("how much of that is still unpaid",
                                     "SELECT SUM(amount_due_gbp) FROM invoices "
                                     "WHERE YEAR(invoice_month) = 2024 AND paid_on IS NULL")]),
    # 5. 'which <X> have <verb> more than N <unit> in total': HAVING SUM
    ("having sum", "allotments", [("which crops have produced more than 800 kg in total",
                                   "SELECT crop, SUM(weight_kg) FROM harvest_logs GROUP BY 1 "
                                   "HAVING SUM(weight_kg) > 800")]),
    # 6. a value in two tables before one table's noun filters that table; a value naming a flag is the flag
    ("value and noun", "languageschool", [("how many enrolments came from Spanish students",
                                           "SELECT COUNT(*) FROM enrolments e JOIN students s USING (student_id) "
                                           "WHERE s.nationality = 'Spanish'")]),
    ("value and noun", "vending", [("how many card machines do we have",
                                    "SELECT COUNT(*) FROM machines WHERE \"acceptsCard\""),
                                   ("by machine type", "SELECT \"machineType\", COUNT(*) FROM machines "
                                                       "WHERE \"acceptsCard\" GROUP BY 1")]),
    # 7. 'how many of those were ...' keeps counting the rows
    ("of those", "drivingschool", [("how many lessons were booked in 2024",
                                    "SELECT COUNT(*) FROM lessons WHERE YEAR(starts_at) = 2024"),
                                   ("how many of those were cancelled",
                                    "SELECT COUNT(*) FROM lessons WHERE YEAR(starts_at) = 2024 AND cancelled")]),
    # 8. 'by quarter instead' keeps the date column
    ("quarter instead", "drivingschool", [("learners who signed up each month in 2024",
                                           "SELECT MONTH(signed_up_on), COUNT(*) FROM learners "
                                           "WHERE YEAR(signed_up_on) = 2024 GROUP BY 1"),
                                          ("by quarter instead", "SELECT QUARTER(signed_up_on), COUNT(*) FROM learners "
                                                                 "WHERE YEAR(signed_up_on) = 2024 GROUP BY 1")]),
    # 9. 'still running' / 'still in service': the removal date is missing
    ("still running", "vending", [("how many drink machines are still running",
                                   "SELECT COUNT(*) FROM machines WHERE \"machineType\" = 'drink' "
                                   "AND \"removedDate\" IS NULL")]),
    ("still running", "vending", [("machines still in service by city",
                                   "SELECT l.city, COUNT(*) FROM machines m JOIN locations l USING (\"locationId\") "
                                   "WHERE m.\"removedDate\" IS NULL GROUP BY 1")]),
    # 10. revenue is the sales table's price column, joined up to the locations
    ("revenue", "vending", [("revenue per site type",
                             f"SELECT l.\"siteType\", SUM(s.\"priceGbp\") {SALE_SITES} GROUP BY 1")]),
    # 11. 'across all <table>' is one overall figure
    ("across all", "vending", [("total monthly rent across all locations",
                                "SELECT SUM(\"monthlyRentGbp\") FROM locations")]),
    # 12. 'average per <unlinked noun>' after a total per group
    ("average per", "vending", [("total units loaded by driver",
                                 "SELECT \"driverName\", SUM(\"unitsLoaded\") FROM restocks GROUP BY 1"),
                                ("average per visit",
                                 "SELECT \"driverName\", AVG(\"unitsLoaded\") FROM restocks GROUP BY 1")]),
    # 13. 'average length of stay before adoption'
    ("length of stay", "shelter", [("average length of stay before adoption, per intake reason",
                                    f"SELECT intake_reason, AVG({STAY}) FROM animals GROUP BY 1")]),
    # 14. plural event nouns date their table
    ("event nouns", "shelter", [("number of adoptions each month of 2023",
                                 "SELECT MONTH(adopted_on), COUNT(*) FROM animals "
                                 "WHERE YEAR(adopted_on) = 2023 GROUP BY 1")]),
    # 15. '<state> that are still unpaid'
    ("still unpaid", "grooming", [("how many completed appointments are still unpaid",
                                   "SELECT COUNT(*) FROM appointments WHERE status = 'completed' AND NOT paid")]),
    # 16. 'busiest hour in the cafe'
    ("busiest hour", "farmshop", [("what's the busiest hour in the cafe",
                                   "SELECT HOUR(ordered_at), COUNT(*) FROM cafe_orders "
                                   "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 17. appointments are dated by their scheduled time
    ("scheduled", "dental", [("appointments per month in 2023",
                              "SELECT MONTH(scheduled_at), COUNT(*) FROM appointments "
                              "WHERE YEAR(scheduled_at) = 2023 GROUP BY 1"),
                             ("hygiene only", "SELECT MONTH(scheduled_at), COUNT(*) FROM appointments "
                                              "WHERE YEAR(scheduled_at) = 2023 AND appointment_type = 'hygiene' "
                                              "GROUP BY 1")]),
    # 18. 'which carers did more than N visits in 2024'
    ("carer visits", "homecare", [("which carers did more than 65 visits in 2024",
                                   f"{CARER_VISITS} HAVING COUNT(*) > 65")]),
    # 19. 'most often' ranks by row count
    ("most popular", "carwash", [("which member comes to wash most often",
                                  "SELECT m.first_name, m.last_name, COUNT(*) FROM washes w JOIN members m "
                                  "USING (member_id) GROUP BY m.member_id, 1, 2 ORDER BY 3 DESC LIMIT 1")]),
    # 20. 'were there' is not a pointer to the previous top row
    ("were there", "dental", [("which dentist had the most appointments",
                               "SELECT d.first_name, d.last_name, COUNT(*) FROM appointments a JOIN dentists d "
                               "USING (dentist_id) GROUP BY d.dentist_id, 1, 2 ORDER BY 3 DESC LIMIT 1"),
                              ("how many emergency appointments were there",
                               "SELECT COUNT(*) FROM appointments WHERE appointment_type = 'emergency'")]),
    # 21. 'which of them have more than N' after a count per group
    ("which of them", "carwash", [("loyalty members per site",
                                   f"SELECT s.site_name, COUNT(*) {MEMBER_SITES} GROUP BY 1"),
                                  ("which of them have more than 40",
                                   f"SELECT s.site_name, COUNT(*) {MEMBER_SITES} GROUP BY 1 HAVING COUNT(*) > 40")]),
    # 22. 'average age of current <people>': own end date and birth date
    ("current age", "homecare", [("average age of current clients by care level",
                                  f"SELECT care_level, AVG({AGE}) FROM clients WHERE end_date IS NULL GROUP BY 1")]),
    ("current age", "academy", [("average age of current players",
                                 f"SELECT AVG({AGE}) FROM players WHERE left_on IS NULL")]),
    # 23. 'by <text column> type and <column>' is two breakdowns
    ("two breakdowns", "homecare", [("clients by funding type and care level",
                                     "SELECT funding, care_level, COUNT(*) FROM clients GROUP BY 1, 2")]),
    # 24. 'and ticketed ones?' negates the free flag
    ("ticketed", "taproom", [("how many free events did we hold in 2024",
                              "SELECT COUNT(*) FROM events WHERE \"isFree\" AND YEAR(\"eventDate\") = 2024"),
                             ("and ticketed ones?",
                              "SELECT COUNT(*) FROM events WHERE NOT \"isFree\" AND YEAR(\"eventDate\") = 2024")]),
    # 25. 'how many' after a list counts the listed rows
    ("list then count", "plantnursery", [("list the peat free growers",
                                          "SELECT grower_name FROM growers WHERE peat_free"),
                                         ("how many", "SELECT COUNT(*) FROM growers WHERE peat_free")]),
    # 26. 'who has been with us longest' / 'which grower has supplied us the longest'
    ("longest", "grooming", [("which groomer has been with us longest",
                              "SELECT first_name, last_name FROM groomers ORDER BY hired_on ASC LIMIT 1")]),
    ("longest", "plantnursery", [("which grower has been supplying us the longest",
                                  "SELECT grower_name FROM growers ORDER BY supplying_since ASC LIMIT 1")]),
    # 27. delivered lessons leave out cancelled ones; '<value> lesson hours'; '<table> hours by <column>'
    ("lesson hours", "drivingschool", [("how many lessons did we deliver in 2023",
                                        "SELECT COUNT(*) FROM lessons WHERE NOT cancelled "
                                        "AND YEAR(starts_at) = 2023"),
                                       ("total hours of motorway lessons",
                                        "SELECT SUM(duration_min) / 60.0 FROM lessons WHERE NOT cancelled "
                                        "AND YEAR(starts_at) = 2023 AND lesson_type = 'motorway'")]),
    ("lesson hours", "academy", [("training session hours by focus",
                                  "SELECT focus, SUM(duration_min) / 60.0 FROM training_sessions GROUP BY 1")]),
    # 28. 'in 2024 and over N' replaces the HAVING threshold
    ("having threshold", "vending", [("sites with more than 1000 sales",
                                      f"SELECT l.\"siteName\", COUNT(*) {SALE_SITES} GROUP BY 1 "
                                      "HAVING COUNT(*) > 1000"),
                                     ("in 2024 and over 600",
                                      f"SELECT l.\"siteName\", COUNT(*) {SALE_SITES} "
                                      "WHERE YEAR(s.\"soldAt\") = 2024 GROUP BY 1 HAVING COUNT(*) > 600")]),
    # 29. 'list the <things> over N <unit> with their <column>'
    ("list with", "shelter", [("list the animals over 30 kg with their breed",
                               "SELECT name, breed FROM animals WHERE weight_kg > 30")]),
    ("list with", "homecare", [("list the clients over 90 years old with their care level",
                                f"SELECT first_name, last_name, care_level FROM clients WHERE {AGE} > 90")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED: set[str] = set()


@pytest.fixture(scope="module")
def mech_urls(mech13_67_dbs, mech13_70_dbs, mech13_71_dbs, mech13_72_dbs):
    """db name -> DuckDB URL of its file, for the four corpora."""
    built = [mech13_67_dbs, mech13_70_dbs, mech13_71_dbs, mech13_72_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
