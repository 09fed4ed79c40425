"""Regression tests for stop 23's general mechanisms, on the dev schemas eval90, eval91, eval96 and eval100-eval102
(and eval8).

Same style as `tests/test_offline_mechanisms18.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: 'how long since <row> was <verb>ed' runs from that date to today; 'minimum / at least N <rows>' set off
after a ranking keeps the groups with that many rows; 'who' on a table with a name column of people ('bowler_name')
ranks by that column; 'by how they <verb>ed' is the channel / method column; a duration between two named dates
(also of a row and the row it points at) runs from the first to the second; a money amount per kilo, tonne or hour
is the ratio of the totals (unless a stored per-unit price sits beside it); a visit's own timestamp dates it; 'came
more than N times' counts the rows; 'time on site' is the stay; tonnes over a column in kg (litres over ml) scale
the sum; blood groups said as 'O negative'; giving is donating on a schema of donations; 'never actually' is still
'never'; 'how far ahead' reaches the referenced row's date; 'N minutes late' (also 'half an hour') is the delay;
'which weekdays' breaks down by day of week; '<superlative> <rows>, top N'; '<rows> each <verb>ed' breaks down by
them; 'list the <rows>' lists each row by its key; '<verb>ed the most' counts the verb's rows; 'oldest at each
<group>' after an average takes the highest per group; 'the 3 cheapest' after a count ranks the counted rows; a role
value ('game masters') is a condition on the people unless the question is about the rows naming that role; a
role key shows a person's first and last name; a date is never summed; 'days before we get paid'; 'different
people' is the one column of people's names.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL8 = corpus.Corpus("eval8", "questions.jsonl", "datasets.py")
EVAL90 = corpus.Corpus("eval90", "questions.jsonl", "datasets.py")
EVAL91 = corpus.Corpus("eval91", "questions.jsonl", "datasets.py")
EVAL96 = corpus.Corpus("eval96", "questions.jsonl", "datasets.py")
EVAL100 = corpus.Corpus("eval100", "questions.jsonl", "datasets.py")
EVAL101 = corpus.Corpus("eval101", "questions.jsonl", "datasets.py")
EVAL102 = corpus.Corpus("eval102", "questions.jsonl", "datasets.py")
CORPORA = [EVAL8, EVAL90, EVAL91, EVAL96, EVAL100, EVAL101, EVAL102]
mech19_8_dbs = EVAL8.dbs_fixture("mech19_8_dbs")
mech19_90_dbs = EVAL90.dbs_fixture("mech19_90_dbs")
mech19_91_dbs = EVAL91.dbs_fixture("mech19_91_dbs")
mech19_96_dbs = EVAL96.dbs_fixture("mech19_96_dbs")
mech19_100_dbs = EVAL100.dbs_fixture("mech19_100_dbs")
mech19_101_dbs = EVAL101.dbs_fixture("mech19_101_dbs")
mech19_102_dbs = EVAL102.dbs_fixture("mech19_102_dbs")

WHEELS = "FROM wholesale_sales s JOIN wheels w ON w.wheel_id = s.wheel_id"
WEIGHED = "FROM weighings w JOIN visits v ON v.visit_id = w.visit_id"
GIVEN = "FROM donations d JOIN donors o ON o.donor_id = d.donor_id"
BOOKED = "FROM tickets t JOIN sailings s ON s.sailing_id = t.sailing_id"
RUN_BY = 'FROM bookings b JOIN staff s ON s."staffId" = b."gameMasterId"'

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. how long since a row's event: from that date to today
    ("since", "bowling", [("how many days since each lane was last resurfaced",
                           "SELECT lane_number, date_diff('day', last_resurfaced, current_date) FROM lanes")]),
    # 2. a count qualifier set off after a ranking; 'who' over a column of people's names
    ("minimum rows", "bowling", [("which bowler has the best average score, minimum 25 games",
                                  "SELECT bowler_name, AVG(score) FROM games GROUP BY 1 HAVING COUNT(*) >= 25 "
                                  "ORDER BY 2 DESC LIMIT 1")]),
    ("who by name column", "bowling", [("who bowls the lowest average score",
                                        "SELECT bowler_name, AVG(score) FROM games GROUP BY 1 ORDER BY 2 LIMIT 1")]),
    # 3. 'by how they <verb>ed': the channel
    ("manner", "bowling", [("share of no-shows broken down by how people booked",
                            "SELECT channel, AVG(CASE WHEN no_show THEN 1.0 ELSE 0.0 END) FROM lane_bookings "
                            "GROUP BY 1")]),
    # 4. a duration between two named dates, of one row or of a row and the row it points at
    ("between dates", "insurance", [("average gap between the incident and reporting, in days, per cause",
                                     "SELECT cause, AVG(date_diff('day', incident_date, reported_at)) FROM claims "
                                     "GROUP BY 1")]),
    ("lead time", "paintball", [("mean lead time between booking and play date",
                                 'SELECT AVG(date_diff(\'day\', CAST("bookedAt" AS DATE), "playDate")) '
                                 "FROM bookings")]),
    ("across tables", "cheesedairy", [("average days between making a wheel and selling it, by cheese type",
                                       f"SELECT w.cheese_type, AVG(date_diff('day', w.make_date, s.sold_at)) "
                                       f"{WHEELS} GROUP BY 1")]),
    # 5. money per kilo / tonne: the ratio of the totals; a stored per-kg price keeps the row-by-row average
    ("ratio of totals", "feedmill", [("average price per tonne for each feed type",
                                      "SELECT b.feed_type, SUM(d.price_gbp) / SUM(d.tonnes) FROM deliveries d "
                                      "JOIN batches b ON b.batch_id = d.batch_id GROUP BY 1")]),
    ("parent's weight", "cheesedairy", [("average price per kg for each cheese type",
                                         f"SELECT w.cheese_type, SUM(s.price_gbp) / SUM(w.weight_kg) {WHEELS} "
                                         "GROUP BY 1")]),
    ("stored rate", "fishing", [("avg price per kg for rockfish",
                                 "SELECT AVG(px_kg) FROM landings WHERE spc_nm = 'Rockfish'")]),
    # 6. a visit dated by its own timestamp; 'came more than N times'; 'time on site'; 'which weekdays'
    ("own timestamp", "recycling", [("distinct vehicle registrations per year",
                                     "SELECT YEAR(arrived_at), COUNT(DISTINCT vehicle_reg) FROM visits GROUP BY 1")]),
    ("times", "recycling", [("which vehicles came more than 13 times",
                             "SELECT vehicle_reg, COUNT(*) FROM visits GROUP BY 1 HAVING COUNT(*) > 13")]),
    ("time on site", "recycling", [("average time on site in minutes for each vehicle type",
                                    "SELECT vehicle_type, AVG(date_diff('second', arrived_at, departed_at) / 60.0) "
                                    "FROM visits GROUP BY 1")]),
    ("which weekdays", "recycling", [("which weekdays see the most visits",
                                      "SELECT DAYNAME(arrived_at), COUNT(*) FROM visits GROUP BY 1 "
                                      "ORDER BY 2 DESC")]),
    # 7. tonnes over kg, litres over ml
    ("tonnes", "recycling", [("total tonnes of material weighed in 2023",
                              f"SELECT SUM(w.weight_kg) / 1000.0 {WEIGHED} WHERE YEAR(v.arrived_at) = 2023")]),
    ("litres", "blooddonation", [("litres collected in 2024",
                                  "SELECT SUM(volume_ml) / 1000.0 FROM donations WHERE YEAR(donated_at) = 2024")]),
    # 8. blood groups in words; giving is donating; 'never actually'
    ("blood group", "blooddonation", [("how many donors are A negative",
                                       "SELECT COUNT(*) FROM donors WHERE blood_type = 'A-'")]),
    ("giving", "blooddonation", [("how many different donors gave in 2023",
                                  "SELECT COUNT(DISTINCT donor_id) FROM donations WHERE YEAR(donated_at) = 2023")]),
    ("never actually", "blooddonation", [("number of donors who never actually gave blood",
                                          "SELECT COUNT(*) FROM donors WHERE donor_id NOT IN "
                                          "(SELECT donor_id FROM donations)")]),
    # 9. 'how far ahead' to the referenced row's date; 'N minutes late' and 'half an hour late'
    ("ahead", "ferry", [("how far ahead are tickets booked, in days, by ticket class",
                         f"SELECT t.ticket_class, AVG(date_diff('day', t.booked_at, s.scheduled_departure)) {BOOKED} "
                         "GROUP BY 1")]),
    ("late", "ferry", [("how many sailings departed over half an hour late in 2024",
                        "SELECT COUNT(*) FROM sailings WHERE date_diff('second', scheduled_departure, "
                        "actual_departure) / 60.0 > 30 AND YEAR(scheduled_departure) = 2024")]),
    ("different people", "ferry", [("how many different people booked a motorbike crossing",
                                    "SELECT COUNT(DISTINCT lead_passenger) FROM tickets "
                                    "WHERE vehicle_type = 'motorbike'")]),
    # 10. '<superlative> <rows>, top N'; '<rows> each <verb>ed'
    ("trailing top", "skihire", [("most rented ski brands, top 2",
                                  "SELECT s.brand, COUNT(*) FROM rentals r JOIN skis s ON s.ski_id = r.ski_id "
                                  "GROUP BY 1 ORDER BY 2 DESC LIMIT 2")]),
    ("each after noun", "grooming", [("how many appointments did the groomers each have in 2024",
                                      "SELECT groomer, COUNT(*) FROM appointments WHERE YEAR(appointment_at) = 2024 "
                                      "GROUP BY 1")]),
    # 11. 'list the <rows>' lists each row; '<verb>ed the most' counts the verb's rows
    ("list rows", "windfarm", [("list the faults still open",
                                "SELECT fault_id FROM faults WHERE resolved_at IS NULL")]),
    ("verbed the most", "pharmacy", [("which medicine got prescribed the most in 2024",
                                      "SELECT m.medicine_name, COUNT(*) FROM prescriptions p JOIN medicines m "
                                      "ON m.medicine_id = p.medicine_id WHERE YEAR(p.issued_on) = 2024 GROUP BY 1 "
                                      "ORDER BY 2 DESC LIMIT 1")]),
    # 12. follow-ups: 'oldest at each <group>' after an average; 'the N cheapest' after a count
    ("oldest per group", "allotment", [("average age of plot holders",
                                        "SELECT AVG(YEAR(current_date) - birth_year) FROM plot_holders"),
                                       ("oldest per site",
                                        "SELECT p.site, MAX(YEAR(current_date) - h.birth_year) FROM plot_holders h "
                                        "JOIN plots p ON p.plot_id = h.plot_id GROUP BY 1")]),
    ("rank counted rows", "allotment", [("how many plots cost over £80 a year",
                                         "SELECT COUNT(*) FROM plots WHERE annual_rent_gbp > 80"),
                                        ("show me the 4 priciest",
                                         "SELECT plot_number, annual_rent_gbp FROM plots ORDER BY 2 DESC LIMIT 4")]),
    # 13. a role value is a condition on the people, or the role key when the rows are counted; names in full
    ("role value", "escaperoom", [("average age of the game masters",
                                   "SELECT AVG(date_sub('year', \"birthDate\", current_date)) FROM staff "
                                   "WHERE role = 'game master'")]),
    ("role key", "escaperoom", [("which game master has run the fewest games",
                                 f'SELECT s."firstName", s."lastName", COUNT(*) {RUN_BY} '
                                 "GROUP BY 1, 2 ORDER BY 3 LIMIT 1")]),
    # 14. a date is never summed; 'days before we get paid'
    ("no sum of dates", "brassband", [("how much are we owed altogether",
                                       'SELECT SUM("feeGbp") FROM engagements WHERE "paidDate" IS NULL')]),
    ("days before", "brassband", [("how many days on average before we get paid, per client",
                                   'SELECT "clientName", AVG(date_diff(\'day\', "engagementDate", "paidDate")) '
                                   "FROM engagements GROUP BY 1")]),
    # 15. 'what % of <rows> <verb>' is the share of the verb's flag; staff do what a non-customer verb says
    ("share of a flag", "escaperoom", [("what % of bookings escape, by room",
                                        'SELECT r."roomName", AVG(CASE WHEN b.escaped THEN 1.0 ELSE 0.0 END) '
                                        'FROM bookings b JOIN rooms r ON r."roomId" = b."roomId" GROUP BY 1')]),
    ("staff doer", "pharmacy", [("who dispensed the most prescriptions in 2023",
                                 "SELECT ph.first_name, ph.last_name, COUNT(*) FROM prescriptions p "
                                 "JOIN pharmacists ph ON ph.pharmacist_id = p.pharmacist_id "
                                 "WHERE YEAR(p.dispensed_at) = 2023 "
                                 "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")]),
    # 16. 'hours <verb>ed' over the one duration in minutes; '<measure> total by <group>'
    ("hours taught", "tutoring", [("total hours taught per subject in 2023",
                                   "SELECT t.subject, SUM(l.duration_minutes) / 60.0 FROM lessons l JOIN tutors t "
                                   "ON t.tutor_id = l.tutor_id WHERE YEAR(l.lesson_start) = 2023 GROUP BY 1")]),
    ("trailing total", "auction", [("hammer total by buyer country",
                                    'SELECT b.country, SUM(s."hammerPrice") FROM sales s JOIN buyers b '
                                    'ON b."buyerId" = s."buyerId" GROUP BY 1')]),
    # 17. people named inside another table's rows; a pronoun follow-up keeps the group condition
    ("people inside rows", "foodbank", [("which volunteers did more than 60 shifts",
                                         "SELECT volunteer_first_name, volunteer_last_name, COUNT(*) "
                                         "FROM volunteer_shifts GROUP BY 1, 2 HAVING COUNT(*) > 60"),
                                        ("what hours did they put in",
                                         "SELECT volunteer_first_name, volunteer_last_name, SUM(hours) "
                                         "FROM volunteer_shifts GROUP BY 1, 2 HAVING COUNT(*) > 60")]),
    # 18. '<things> still out' are the rentals not returned; 'who has them' lists their renters
    ("still out", "skihire", [("how many skis are still out at the moment",
                               "SELECT COUNT(*) FROM rentals WHERE returned_on IS NULL"),
                              ("who has them", "SELECT c.first_name, c.last_name FROM rentals r JOIN customers c "
                                               "ON c.customer_id = r.customer_id WHERE r.returned_on IS NULL")]),
    # 19. '<rows> excluded'; the same measure asked again on its own is one figure; lowest reading per group
    ("excluded", "grooming", [("top 3 owners by spend, no-shows excluded",
                               "SELECT o.first_name, o.last_name, SUM(a.price_gbp) FROM appointments a JOIN dogs d "
                               "ON d.dog_id = a.dog_id JOIN owners o ON o.owner_id = d.owner_id WHERE NOT a.no_show "
                               "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3")]),
    ("lowest reading", "blooddonation", [("highest haemoglobin reading by blood type",
                                          "SELECT o.blood_type, MAX(d.haemoglobin_g_dl) FROM donations d "
                                          "JOIN donors o ON o.donor_id = d.donor_id GROUP BY 1")]),
    # 20. a word before an hour names that date; "we've" is "we have"
    ("date before grain", "courier", [("jobs by pickup hour in 2024",
                                       "SELECT HOUR(pickup_at), COUNT(*) FROM jobs WHERE YEAR(pickup_at) = 2024 "
                                       "GROUP BY 1")]),
    ("contraction", "courier", [("longest distance we've ever done in km",
                                 "SELECT MAX(distance_km) FROM jobs")]),
    # 21. a question whose pieces all live in a table the guessed one cannot reach is about that table; a count
    # whose condition is out of reach counts the condition's table; 'been waiting' runs up to today
    ("reachable table", "allotment", [("among people offered a plot, what share accepted",
                                       "SELECT AVG(CASE WHEN status = 'accepted' THEN 1.0 ELSE 0.0 END) "
                                       "FROM waiting_list WHERE offered_on IS NOT NULL")]),
    ("count the condition's table", "allotment", [("number of people still waiting for a plot",
                                                   "SELECT COUNT(*) FROM waiting_list WHERE status = 'waiting'"),
                                                  ("how long have they been waiting, on average in days",
                                                   "SELECT AVG(date_diff('day', applied_on, current_date)) "
                                                   "FROM waiting_list WHERE status = 'waiting'")]),
    # 22. 'exempt from charges' is the flag alone; an installed thing's age; 'no <column>' is empty; beating a
    # predicted twin
    ("flag complement", "pharmacy", [("share of patients exempt from charges by gp surgery",
                                      "SELECT gp_surgery, AVG(CASE WHEN exempt THEN 1.0 ELSE 0.0 END) FROM patients "
                                      "GROUP BY 1")]),
    ("installed age", "windfarm", [("average age of the turbines in years",
                                    "SELECT AVG(date_sub('year', install_date, current_date)) FROM turbines")]),
    ("no value", "tutoring", [("how many exam results have no predicted grade",
                               "SELECT COUNT(*) FROM exam_results WHERE predicted_grade IS NULL")]),
    ("beat the plan", "tutoring", [("number of exam results that beat their predicted grade",
                                    "SELECT COUNT(*) FROM exam_results WHERE grade > predicted_grade")]),
    # 23. 'in the top N' is a finishing position; the best placing is the lowest; 'which of them' after a distinct
    # count breaks down by it
    ("in the top", "brassband", [("share of contests where we placed in the top 2",
                                  'SELECT AVG(CASE WHEN "placing" <= 2 THEN 1.0 ELSE 0.0 END) FROM contests')]),
    ("best placing", "brassband", [("best placing at the Autumn Open",
                                    "SELECT MIN(\"placing\") FROM contests WHERE \"contestName\" = 'Autumn Open'")]),
    ("which of them", "brassband", [("how many different clients have hired us",
                                     'SELECT COUNT(DISTINCT "clientName") FROM engagements'),
                                    ("which of them hired us more than 26 times",
                                     'SELECT "clientName", COUNT(*) FROM engagements GROUP BY 1 '
                                     "HAVING COUNT(*) > 26")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"share of no-shows broken down by how people booked", "what % of bookings escape, by room",
          "among people offered a plot, what share accepted", "share of patients exempt from charges by gp surgery",
          "share of contests where we placed in the top 2"}


@pytest.fixture(scope="module")
def mech_urls(mech19_8_dbs, mech19_90_dbs, mech19_91_dbs, mech19_96_dbs, mech19_100_dbs, mech19_101_dbs,
              mech19_102_dbs):
    """db name -> DuckDB URL of its file, for the seven corpora."""
    built = [mech19_8_dbs, mech19_90_dbs, mech19_91_dbs, mech19_96_dbs, mech19_100_dbs, mech19_101_dbs,
             mech19_102_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
