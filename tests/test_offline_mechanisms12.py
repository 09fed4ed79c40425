"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval65-eval67.

Same style as `tests/test_offline_mechanisms11.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a table's own started_at TIMESTAMP is its event date; '<noun> time in hours' is the derived duration of
the table whose date the noun names, 'in hours' converting whatever follows; flag antonyms (manual / automated,
owned / leased, shared / private); a date named like 'orderedAt' is the order date, a due date a plan; 'never
delivered' is the table's own date missing; a word naming a whole table wins over a value of another table; 'days
of the week' / 'time of day' / 'hour of the day' are breakdowns; 'annual subscription fees by
membership category'; 'leave X out' / 'leave out X and Y' exclude; 'how many days were they with us' (start to end)
and 'how many days have they been with us' (start to today); 'current tenants' (end date missing); 'volunteer hours'
summed and ranked by volunteer; a bare unit as a total ('kg donated', 'the most tonnes'); 'the most overtime shifts'
counts shifts; 'short picked' (a two-word flag) as a share; 'tee times' is the table and 'ended up cancelled' a
status share; 'guest green fee income'; 'session revenue', 'ticket revenue' (tickets x price), 'monthly fee income';
'lowest and highest'; 'ended in a withdrawal / cancellation'; 'lessons have been booked' counts lessons; 'which lead
grade' groups by grade filtered on the discipline; 'people who have since cancelled' is a condition; 'each leased
van' groups by van; 'diesel' is fuel; 'late pickups' / 'absences' count flagged rows; 'check-ins by hour of the day'.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL65 = corpus.Corpus("eval65", "questions.jsonl", "datasets.py")
EVAL66 = corpus.Corpus("eval66", "questions.jsonl", "datasets.py")
EVAL67 = corpus.Corpus("eval67", "questions.jsonl", "datasets.py")
CORPORA = [EVAL65, EVAL66, EVAL67]
mech12_65_dbs = EVAL65.dbs_fixture("mech12_65_dbs")
mech12_66_dbs = EVAL66.dbs_fixture("mech12_66_dbs")
mech12_67_dbs = EVAL67.dbs_fixture("mech12_67_dbs")

RUN_HOURS = "date_diff('minute', b.started_at, b.finished_at) / 60.0"
DERBY_BATCHES = "FROM batches b JOIN production_lines l USING (line_id) WHERE l.plant = 'Derby'"
DELIVERY_HOURS = "date_diff('minute', received_at, delivered_at) / 60.0"
TEE_COURSES = "FROM tee_times t JOIN courses c USING (course_id)"
CANCELLED_SHARE = "AVG(CASE WHEN status = 'cancelled' THEN 1.0 ELSE 0.0 END)"
SHORT_SHARE = "AVG(CASE WHEN l.short_pick THEN 1.0 ELSE 0.0 END)"
LINE_LISTS = "FROM pick_lines l JOIN pick_lists p USING (pick_list_id) WHERE YEAR(p.created_at) = 2024"
ASCENT_ROUTES = "FROM ascents a JOIN routes r USING (route_id)"
CHILD_ROOMS = "FROM attendance a JOIN children c USING (child_id) JOIN rooms r USING (room_id)"
LEASED_WEIGHT = "SELECT v.registration, SUM(p.weight_kg) FROM parcels p JOIN vans v USING (van_id) WHERE v.leased"


def who_most(measure: str, source: str, key: str, where: str = "", order: str = "DESC", n: int = 1) -> str:
    """Gold of 'who <did> the most <measure>': first and last name with the measure, ranked, the top n.

    >>> who_most("COUNT(*)", "shifts s JOIN pickers p USING (picker_id)", "p.picker_id", "s.overtime")[-50:]
    'GROUP BY p.picker_id, 1, 2 ORDER BY 3 DESC LIMIT 1'
    """
    cond = f" WHERE {where}" if where else ""
    return (f"SELECT first_name, last_name, {measure} FROM {source}{cond} "
            f"GROUP BY {key}, 1, 2 ORDER BY 3 {order} LIMIT {n}")


# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a table's own started_at TIMESTAMP is its event date
    ("started_at", "qualitycontrol", [("units produced by month in 2023",
                                       "SELECT MONTH(started_at), SUM(units_produced) FROM batches "
                                       "WHERE YEAR(started_at) = 2023 GROUP BY 1"),
                                      ("night shift only", "SELECT MONTH(started_at), SUM(units_produced) FROM batches "
                                                           "WHERE YEAR(started_at) = 2023 AND shift = 'night' "
                                                           "GROUP BY 1")]),
    # 2. '<noun> time in hours': the duration of the table whose date the noun names; 'in hours' before more words
    ("time in hours", "courierdepot", [("median delivery time in hours per postcode area",
                                        f"SELECT postcode_area, MEDIAN({DELIVERY_HOURS}) FROM parcels GROUP BY 1")]),
    ("time in hours", "qualitycontrol", [("average batch run time in hours at the Derby plant",
                                          f"SELECT AVG({RUN_HOURS}) {DERBY_BATCHES}"),
                                         ("median instead", f"SELECT MEDIAN({RUN_HOURS}) {DERBY_BATCHES}")]),
    # 3. flag antonyms: manual / automated, owned / leased, shared / private
    ("antonym", "qualitycontrol", [("how many batches ran on manual lines in 2024",
                                    "SELECT COUNT(*) FROM batches b JOIN production_lines l USING (line_id) "
                                    "WHERE NOT l.automated AND YEAR(b.started_at) = 2024")]),
    ("antonym", "courierdepot", [("parcels carried by owned vans in 2024",
                                  "SELECT COUNT(*) FROM parcels p JOIN vans v USING (van_id) "
                                  "WHERE NOT v.leased AND YEAR(p.received_at) = 2024")]),
    ("antonym", "swimcentre", [("private lessons per instructor",
                                "SELECT instructor, COUNT(*) FROM lessons WHERE \"isPrivate\" GROUP BY 1"),
                               ("and shared ones?",
                                "SELECT instructor, COUNT(*) FROM lessons WHERE NOT \"isPrivate\" GROUP BY 1")]),
    # 4. a date named like 'orderedAt' is the order date; a due date is a plan
    ("orderedAt", "printshop", [("print jobs per month in 2023",
                                 "SELECT MONTH(\"orderedAt\"), COUNT(*) FROM \"printJobs\" "
                                 "WHERE YEAR(\"orderedAt\") = 2023 GROUP BY 1"),
                                ("rush only", "SELECT MONTH(\"orderedAt\"), COUNT(*) FROM \"printJobs\" "
                                              "WHERE YEAR(\"orderedAt\") = 2023 AND \"isRush\" GROUP BY 1")]),
    # 5. 'never delivered': the table's own date is missing, before any child-row absence
    ("never delivered", "courierdepot", [("how many next day parcels were never delivered",
                                          "SELECT COUNT(*) FROM parcels "
                                          "WHERE service = 'next day' AND delivered_at IS NULL"),
                                         ("by sender type", "SELECT sender_type, COUNT(*) FROM parcels "
                                                            "WHERE service = 'next day' AND delivered_at IS NULL "
                                                            "GROUP BY 1")]),
    # 6. a word that is the whole name of a table wins over a value of another table (speedBand 'lessons')
    ("table over value", "swimcentre", [("how many lessons were there last year",
                                         "SELECT COUNT(*) FROM lessons WHERE YEAR(\"lessonAt\") = 2024"),
                                        ("attended only", "SELECT COUNT(*) FROM lessons "
                                                          "WHERE YEAR(\"lessonAt\") = 2024 AND attended")]),
    # 7. 'days of the week', 'time of day' are breakdowns ('hour of the day': 27.)
    ("day breakdown", "climbinggym", [("ascents by days of the week",
                                       "SELECT DAYNAME(climbed_at), COUNT(*) FROM ascents GROUP BY 1"),
                                      ("sends only", "SELECT DAYNAME(climbed_at), COUNT(*) FROM ascents "
                                                     "WHERE sent GROUP BY 1")]),
    ("day breakdown", "climbinggym", [("visits by time of day",
                                       "SELECT HOUR(checked_in_at), COUNT(*) FROM visits GROUP BY 1")]),
    # 8. 'annual subscription fees' is annual_fee_gbp; 'membership category' is the category column
    ("annual fee", "golf", [("average annual subscription fee by membership category",
                             "SELECT category, AVG(annual_fee_gbp) FROM members GROUP BY 1")]),
    # 9. 'leave X out' excludes; 'leave out the X and the Y' excludes the list
    ("leave out", "golf", [("total annual subscription fees by gender",
                            "SELECT gender, SUM(annual_fee_gbp) FROM members GROUP BY 1"),
                           ("leave seniors out", "SELECT gender, SUM(annual_fee_gbp) FROM members "
                                                 "WHERE category <> 'senior' GROUP BY 1")]),
    ("leave out", "climbinggym", [("ascents per wall in 2024",
                                   f"SELECT r.wall, COUNT(*) {ASCENT_ROUTES} WHERE YEAR(a.climbed_at) = 2024 "
                                   "GROUP BY 1"),
                                  ("leave out the arete and the slab",
                                   f"SELECT r.wall, COUNT(*) {ASCENT_ROUTES} WHERE YEAR(a.climbed_at) = 2024 "
                                   "AND r.wall NOT IN ('arete', 'slab') GROUP BY 1")]),
    # 10. 'how many days were they with us' (start to end), 'how many days have they been with us' (start to today)
    ("with us", "courierdepot", [("which couriers have left",
                                  "SELECT first_name, last_name FROM couriers WHERE left_on IS NOT NULL"),
                                 ("how many days were they with us on average",
                                  "SELECT AVG(date_diff('day', started_on, left_on)) FROM couriers "
                                  "WHERE left_on IS NOT NULL")]),
    ("with us", "communitycentre", [("for volunteers who have left, how many days were they with us on average",
                                     "SELECT AVG(date_diff('day', joined_on, left_on)) FROM volunteers "
                                     "WHERE left_on IS NOT NULL")]),
    ("with us", "courierdepot", [("couriers still with the depot",
                                  "SELECT first_name, last_name FROM couriers WHERE left_on IS NULL"),
                                 ("how many days have they been with us on average",
                                  "SELECT AVG(date_diff('day', started_on, current_date)) FROM couriers "
                                  "WHERE left_on IS NULL")]),
    # 11. 'current tenants': the end date (tenancy_end) is missing
    ("current", "allotments", [("how many current tenants are there",
                                "SELECT COUNT(*) FROM tenants WHERE tenancy_end IS NULL"),
                               ("organic only", "SELECT COUNT(*) FROM tenants WHERE tenancy_end IS NULL AND organic")]),
    # 12. 'volunteer hours' sums the hours of volunteer_hours; 'who gave the most' ranks the volunteers
    ("volunteer hours", "communitycentre", [("total volunteer hours per month in 2023",
                                             "SELECT MONTH(work_date), SUM(hours) FROM volunteer_hours "
                                             "WHERE YEAR(work_date) = 2023 GROUP BY 1")]),
    ("volunteer hours", "communitycentre", [("which volunteer gave the fewest volunteer hours in 2024",
                                             who_most("SUM(h.hours)", "volunteer_hours h JOIN volunteers v "
                                                      "USING (volunteer_id)", "v.volunteer_id",
                                                      "YEAR(h.work_date) = 2024", "ASC"))]),
    # 13. a bare unit as the measure is a total, and the amount, not a price per unit
    ("bare unit", "allotments", [("kg donated to the food bank by month in 2024",
                                  "SELECT MONTH(logged_at), SUM(weight_kg) FROM harvest_logs "
                                  "WHERE donated_to_food_bank AND YEAR(logged_at) = 2024 GROUP BY 1")]),
    ("bare unit", "recycling", [("which buyer bought the most tonnes",
                                 "SELECT b.buyer_name, SUM(s.tonnes) FROM sales s JOIN buyers b USING (buyer_id) "
                                 "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
                                ("in 2024", "SELECT b.buyer_name, SUM(s.tonnes) FROM sales s JOIN buyers b "
                                            "USING (buyer_id) WHERE YEAR(s.sold_on) = 2024 "
                                            "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 14. 'worked the most overtime shifts' counts the shifts (not hours_worked)
    ("overtime shifts", "picking", [("which picker worked the most overtime shifts last year",
                                     who_most("COUNT(*)", "shifts s JOIN pickers p USING (picker_id)", "p.picker_id",
                                              "s.overtime AND YEAR(s.shift_date) = 2024")),
                                    ("top 2", who_most("COUNT(*)", "shifts s JOIN pickers p USING (picker_id)",
                                                       "p.picker_id", "s.overtime AND YEAR(s.shift_date) = 2024",
                                                       n=2))]),
    # 15. 'short picked': the short_pick flag, a share of rows
    ("short picked", "picking", [("what share of pick lines were short picked in 2024",
                                  f"SELECT {SHORT_SHARE} {LINE_LISTS}"),
                                 ("by order channel", f"SELECT p.order_channel, {SHORT_SHARE} {LINE_LISTS} "
                                                      "GROUP BY 1")]),
    # 16. 'tee times' is the table; 'ended up cancelled' is the share of status 'cancelled'
    ("tee times", "golf", [("tee times per course in 2023",
                            f"SELECT c.course_name, COUNT(*) {TEE_COURSES} WHERE YEAR(t.tee_off_at) = 2023 GROUP BY 1"),
                           ("booked online only", f"SELECT c.course_name, COUNT(*) {TEE_COURSES} "
                                                  "WHERE YEAR(t.tee_off_at) = 2023 AND t.booked_online GROUP BY 1")]),
    ("tee times", "golf", [("what fraction of tee time bookings in 2024 ended up cancelled",
                            f"SELECT {CANCELLED_SHARE} FROM tee_times WHERE YEAR(tee_off_at) = 2024"),
                           ("on the Heath Course", f"SELECT {CANCELLED_SHARE} {TEE_COURSES} WHERE "
                                                   "YEAR(t.tee_off_at) = 2024 AND c.course_name = 'Heath Course'")]),
    # 17. gross_score is not money; 'guest green fee income' is guest_fees_gbp
    ("green fee", "golf", [("guest green fee income per course in 2024",
                            f"SELECT c.course_name, SUM(t.guest_fees_gbp) {TEE_COURSES} "
                            "WHERE YEAR(t.tee_off_at) = 2024 GROUP BY 1")]),
    ("green fee", "golf", [("lowest and highest gross score on the Heath Course",
                            "SELECT MIN(r.gross_score), MAX(r.gross_score) FROM rounds r JOIN courses c "
                            "USING (course_id) WHERE c.course_name = 'Heath Course'")]),
    # 18. 'session revenue' is the sessions' money; 'ticket revenue' is tickets x price; 'monthly fee income'
    ("revenue", "tutoring", [("monthly session revenue in 2024",
                              "SELECT MONTH(\"startsAt\"), SUM(\"chargeGbp\") FROM sessions "
                              "WHERE YEAR(\"startsAt\") = 2024 GROUP BY 1"),
                             ("online only", "SELECT MONTH(\"startsAt\"), SUM(\"chargeGbp\") FROM sessions "
                                             "WHERE YEAR(\"startsAt\") = 2024 AND mode = 'online' GROUP BY 1")]),
    ("revenue", "communitycentre", [("ticket revenue by month in 2024",
                                     "SELECT MONTH(starts_at), SUM(tickets_sold * ticket_price_gbp) FROM events "
                                     "WHERE YEAR(starts_at) = 2024 GROUP BY 1")]),
    ("revenue", "climbinggym", [("monthly fee income from student members",
                                 "SELECT SUM(monthly_fee_gbp) FROM members WHERE membership_type = 'student'")]),
    # 19. 'lowest and highest' gives MIN and MAX
    ("min and max", "languageschool", [("lowest and highest score on oral exams in 2024",
                                        "SELECT MIN(score), MAX(score) FROM exam_results "
                                        "WHERE exam_type = 'oral' AND YEAR(exam_taken_at) = 2024"),
                                       ("written?", "SELECT MIN(score), MAX(score) FROM exam_results "
                                                    "WHERE exam_type = 'written' AND YEAR(exam_taken_at) = 2024")]),
    # 20. 'ended in a withdrawal' / 'ended in a cancellation': that date is set
    ("ended in", "languageschool", [("enrolments that ended in a withdrawal per course level",
                                     "SELECT c.level, COUNT(*) FROM enrolments e JOIN courses c USING (course_id) "
                                     "WHERE e.withdrawn_on IS NOT NULL GROUP BY 1")]),
    ("ended in", "communitycentre", [("how many bookings ended in a cancellation, per hirer type",
                                      "SELECT hirer_type, COUNT(*) FROM bookings "
                                      "WHERE cancelled_on IS NOT NULL GROUP BY 1")]),
    # 21. 'lessons have been booked' counts lessons, not another table's days_booked
    ("booked", "snowschool", [("how many lessons have been booked in 2023",
                               "SELECT COUNT(*) FROM lessons WHERE YEAR(starts_at) = 2023"),
                              ("kids club only", "SELECT COUNT(*) FROM lessons "
                                                 "WHERE YEAR(starts_at) = 2023 AND lesson_type = 'kids club'")]),
    # 22. 'which lead grade': grouped by grade, the discipline a filter
    ("value grade", "climbinggym", [("which lead grade has the most ascents",
                                     f"SELECT r.grade, COUNT(*) {ASCENT_ROUTES} WHERE r.discipline = 'lead' "
                                     "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 23. 'by people who have since cancelled their membership' is a condition
    ("since cancelled", "climbinggym", [("how many sends were made by people who have since cancelled their membership",
                                         "SELECT COUNT(*) FROM ascents a JOIN members m USING (member_id) "
                                         "WHERE a.sent AND m.cancelled_on IS NOT NULL")]),
    # 24. 'each leased van': grouped by van, leased a filter
    ("each flagged", "courierdepot", [("total weight carried by each leased van", f"{LEASED_WEIGHT} GROUP BY 1"),
                                      ("top 3", f"{LEASED_WEIGHT} GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
    # 25. 'diesel' names a fuel column
    ("diesel", "recycling", [("total diesel used by council in 2024",
                              "SELECT council, SUM(fuel_litres) FROM collections "
                              "WHERE YEAR(collected_on) = 2024 GROUP BY 1")]),
    # 26. 'late pickups', 'absences': the flagged rows counted
    ("flagged rows", "nursery", [("late pickups by month in 2024",
                                  "SELECT MONTH(session_date), COUNT(*) FROM attendance "
                                  "WHERE late_pickup AND YEAR(session_date) = 2024 GROUP BY 1")]),
    ("flagged rows", "nursery", [("absences per room", f"SELECT r.room_name, COUNT(*) {CHILD_ROOMS} "
                                                       "WHERE a.absent GROUP BY 1"),
                                 ("in 2023", f"SELECT r.room_name, COUNT(*) {CHILD_ROOMS} "
                                             "WHERE a.absent AND YEAR(a.session_date) = 2023 GROUP BY 1")]),
    # 27. 'check-ins by hour of the day'
    ("check-ins", "nursery", [("check-ins by hour of the day",
                               "SELECT HOUR(checked_in_at), COUNT(*) FROM attendance "
                               "WHERE checked_in_at IS NOT NULL GROUP BY 1"),
                              ("morning sessions only", "SELECT HOUR(checked_in_at), COUNT(*) FROM attendance "
                                                        "WHERE checked_in_at IS NOT NULL "
                                                        "AND session_type = 'morning' GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of pick lines were short picked in 2024", "by order channel",
          "what fraction of tee time bookings in 2024 ended up cancelled", "on the Heath Course"}


@pytest.fixture(scope="module")
def mech_urls(mech12_65_dbs, mech12_66_dbs, mech12_67_dbs):
    """db name -> DuckDB URL of its file, for the three corpora."""
    built = [mech12_65_dbs, mech12_66_dbs, mech12_67_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
