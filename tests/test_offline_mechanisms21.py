"""Regression tests for stop 25's general mechanisms, on the dev schemas eval114-eval116.

Same style as `tests/test_offline_mechanisms20.py` (one `Pipeline` session per conversation on DuckDB files built by
the corpus builders; each turn's result must hold the gold columns row-aligned). The questions are new.
Mechanisms: a follow-up asking one more fact about the rows just listed ('what do they charge', 'when did they
join', 'where do they live', 'who owns them', 'who's the owner?', 'what's the address?', 'which team were they on',
'show their owners too', 'who leads that crew?') adds that column and keeps the list; 'how old are they' after a
ranking keeps the ranking and adds the age; after a count of people it lists them with their ages; a new bound on
the same aggregate replaces the old HAVING; 'over all the years' drops the year; a lower bound above every row's
value is a condition on the total; 'which of them ...' after a count names the counted rows; 'which <rows> ...' with
a condition lists them, and so does '<rows> - list them'; 'never had a <word> <child>' is an absence; 'and across
all X, how many' counts the list; quantity x unit cost is a cost, not sales; 'sales channel' is the channel column;
a trailing plural word of one name is no value; 'which current tenant' names the tenant and keeps the top one; 'who
are our 5 biggest spending pupils' ranks the pupils named; 'a level 4 instructor' is the instructors' level number;
a plain quantity beside a returned quantity makes the line total; 'top 5 products by units sold'; 'which cities had
more than 2' after counts is HAVING; 'how many ... did each of them' keeps the list; 'more than 5 an hour' is the
hourly rate; a first name comes with the last name; a flag named like a value ('contaminated'); 'Saturday and
Sunday' is either day; 'leave out D and E' after a breakdown by rating; 'the three who were late most often';
'how many of those have given a donation' keeps those with one; 'members' of a club with one table of people;
'owe' is unpaid; 'had a deposit' holds a value; 'outside the playoffs' flips the flag; 'on how many different days'
counts calendar days; 'split by where they live' is the town; attendance x ticket price is the gate takings; 'what
are the 2 item formats ... most' ranks the formats; 'finished in 2023' dates by completion; 'leave out
cancellations'; 'adults' after an age bound; 'which clubs do they play for'; 'the highest price among them' after a
median; 'more than 20 per hour'; 'sign-ups' are registrations.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL114 = corpus.Corpus("eval114", "questions.jsonl", "datasets.py")
EVAL115 = corpus.Corpus("eval115", "questions.jsonl", "datasets.py")
EVAL116 = corpus.Corpus("eval116", "questions.jsonl", "datasets.py")
EVAL118 = corpus.Corpus("eval118", "questions.jsonl", "datasets.py")
EVAL119 = corpus.Corpus("eval119", "questions.jsonl", "datasets.py")
CORPORA = [EVAL114, EVAL115, EVAL116, EVAL118, EVAL119]
mech21_114_dbs = EVAL114.dbs_fixture("mech21_114_dbs")
mech21_115_dbs = EVAL115.dbs_fixture("mech21_115_dbs")
mech21_116_dbs = EVAL116.dbs_fixture("mech21_116_dbs")
mech21_118_dbs = EVAL118.dbs_fixture("mech21_118_dbs")
mech21_119_dbs = EVAL119.dbs_fixture("mech21_119_dbs")

AGE = "YEAR(current_date) - birth_year"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. one more fact about the listed rows
    ("what do they charge", "skischool", [
        ("which instructors are seasonal", "SELECT first_name, last_name FROM instructors WHERE seasonal"),
        ("what do they charge per hour",
         "SELECT first_name, last_name, hourly_rate_eur FROM instructors WHERE seasonal")]),
    ("when did they join", "solarcoop", [
        ("which members are founders", "SELECT first_name, last_name FROM members WHERE is_founder"),
        ("when did they join", "SELECT first_name, last_name, joined_on FROM members WHERE is_founder")]),
    ("where do they live", "bloodbank", [
        ("which donors are in blood group AB-", "SELECT first_name, last_name FROM donors WHERE blood_group = 'AB-'"),
        ("where do they live", "SELECT first_name, last_name, home_town FROM donors WHERE blood_group = 'AB-'")]),
    ("who owns them", "vetclinic", [
        ("which pets are insured rabbits", "SELECT pet_name FROM pets WHERE insured AND species = 'rabbit'"),
        ("who owns them", "SELECT p.pet_name, o.first_name, o.last_name FROM pets p JOIN owners o "
         "ON o.owner_id = p.owner_id WHERE p.insured AND p.species = 'rabbit'")]),
    ("who's the owner", "bakery", [
        ("which cafe has the highest total delivery fees?", "SELECT c.cafe_name, SUM(o.delivery_fee) FROM orders o "
         "JOIN cafes c ON c.cafe_id = o.cafe_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
        ("who's the owner?", "SELECT c.cafe_name, c.owner_first_name, c.owner_last_name FROM orders o JOIN cafes c "
         "ON c.cafe_id = o.cafe_id GROUP BY 1, 2, 3 ORDER BY SUM(o.delivery_fee) DESC LIMIT 1")]),
    ("show their owners too", "bakery", [
        ("which cafes are chains", "SELECT cafe_name FROM cafes WHERE is_chain"),
        ("show their owners too", "SELECT cafe_name, owner_first_name, owner_last_name FROM cafes WHERE is_chain")]),
    ("who leads that crew", "recycling", [
        ("which crew collected the most kg of glass?", "SELECT cr.crew_name, SUM(c.weight_kg) FROM collections c "
         "JOIN crews cr ON cr.crew_id = c.crew_id WHERE c.material = 'glass' GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
        ("who leads that crew?", "SELECT cr.leader_first_name, cr.leader_last_name FROM collections c JOIN crews cr "
         "ON cr.crew_id = c.crew_id WHERE c.material = 'glass' GROUP BY 1, 2 ORDER BY SUM(c.weight_kg) DESC "
         "LIMIT 1")]),
    ("how old are they, ranked", "runclub", [
        ("who are the 3 runners with the most training runs?",
         'SELECT r."firstName", r."lastName", COUNT(*) FROM "trainingRuns" t JOIN runners r '
         'ON r."runnerId" = t."runnerId" GROUP BY r."runnerId", 1, 2 ORDER BY 3 DESC LIMIT 3'),
        ("how old are they?", 'SELECT r."firstName", r."lastName", YEAR(current_date) - r."birthYear" '
         'FROM "trainingRuns" t JOIN runners r ON r."runnerId" = t."runnerId" '
         'GROUP BY r."runnerId", 1, 2, 3 ORDER BY COUNT(*) DESC LIMIT 3')]),
    ("how old are they, counted", "lettings", [
        ("how many landlords live abroad?", "SELECT COUNT(*) FROM landlords WHERE lives_abroad"),
        ("how old are they?", "SELECT first_name, last_name, date_sub('year', birth_date, current_date) "
         "FROM landlords WHERE lives_abroad")]),
    # 2. the new bound replaces the old HAVING; 'over all the years' drops the year
    ("new bound", "runclub", [
        ("which cities hosted more than 3 races?",
         "SELECT city, COUNT(*) FROM races GROUP BY 1 HAVING COUNT(*) > 3"),
        ("and which hosted more than 1 in 2024?",
         'SELECT city, COUNT(*) FROM races WHERE YEAR("raceDate") = 2024 GROUP BY 1 HAVING COUNT(*) > 1')]),
    ("over all the years", "bloodbank", [
        ("which towns hosted more than 25 sessions in 2024?",
         "SELECT town, COUNT(*) FROM sessions WHERE YEAR(session_date) = 2024 GROUP BY 1 HAVING COUNT(*) > 25"),
        ("more than 50 over all the years?", "SELECT town, COUNT(*) FROM sessions GROUP BY 1 HAVING COUNT(*) > 50")]),
    # 3. a bound no single row reaches is on the total
    ("above every row", "recycling", [
        ("which wards have we collected more than 8000 kg of cans from",
         "SELECT s.ward, SUM(c.weight_kg) FROM collections c JOIN streets s ON s.street_id = c.street_id "
         "WHERE c.material = 'cans' GROUP BY 1 HAVING SUM(c.weight_kg) > 8000")]),
    # 4. the counted rows named
    ("which of them", "makerspace", [
        ("how many members have done the safety induction?", "SELECT COUNT(*) FROM members WHERE safety_inducted"),
        ("which of them are on a student membership?", "SELECT first_name, last_name FROM members "
         "WHERE safety_inducted AND membership_type = 'student'")]),
    ("which rows", "escaperoom", [
        ("which rooms are wheelchair accessible and cost more than 25 per player?",
         "SELECT room_name FROM rooms WHERE wheelchair_accessible AND price_per_player > 25")]),
    ("list them", "bakery", [
        ("vegan products - list them", "SELECT product_name FROM products WHERE is_vegan")]),
    # 5. an absence past an unknown word; a trailing 'how many' counts the list
    ("never had", "makerspace", [
        ("which members have never made a workshop booking",
         "SELECT first_name, last_name FROM members WHERE member_id NOT IN (SELECT member_id FROM bookings)"),
        ("and how many", "SELECT COUNT(*) FROM members WHERE member_id NOT IN (SELECT member_id FROM bookings)")]),
    # 6. money words
    ("cost is not sales", "nursery", [
        ("total sales per plant type in 2024", "SELECT p.plant_type, SUM(s.quantity * s.unit_price_gbp) "
         "FROM sales_lines s JOIN plants p ON p.plant_id = s.plant_id WHERE YEAR(s.sold_at) = 2024 GROUP BY 1")]),
    ("sales channel", "nursery", [
        ("units by sales channel", "SELECT channel, SUM(quantity) FROM sales_lines GROUP BY 1")]),
    ("plural word of a name", "nursery", [
        ("how many deliveries came from growers in Kent?", "SELECT COUNT(*) FROM deliveries d JOIN suppliers s "
         "ON s.supplier_id = d.supplier_id WHERE s.county = 'Kent'")]),
    # 7. names of people
    ("which current tenant", "lettings", [
        ("which current tenant has the biggest deposit?", "SELECT tenant_first_name, tenant_last_name, deposit_gbp "
         "FROM tenancies WHERE end_date IS NULL ORDER BY 3 DESC LIMIT 1")]),
    ("who are our pupils", "skischool", [
        ("who are our 3 biggest spending pupils?", "SELECT p.first_name, p.last_name, SUM(l.price_eur) FROM lessons l "
         "JOIN pupils p ON p.pupil_id = l.pupil_id GROUP BY p.pupil_id, 1, 2 ORDER BY 3 DESC LIMIT 3")]),
    ("full names", "escaperoom", [
        ("list the part-time game masters", "SELECT first_name, last_name FROM game_masters WHERE part_time")]),
    # 8. numbers of columns
    ("level 3 instructor", "skischool", [
        ("how many lessons did level 3 instructors give?", "SELECT COUNT(*) FROM lessons l JOIN instructors i "
         "ON i.instructor_id = l.instructor_id WHERE i.cert_level = 3")]),
    ("units sold", "bakery", [
        ("top 3 products by units sold", "SELECT p.product_name, SUM(i.quantity) FROM order_items i JOIN products p "
         "ON p.product_id = i.product_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3"),
        ("and by revenue?", "SELECT p.product_name, SUM(i.quantity * i.unit_price) FROM order_items i "
         "JOIN products p ON p.product_id = i.product_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
    ("an hour", "makerspace", [
        ("which tools cost less than 4 an hour?", "SELECT tool_name FROM tools WHERE hourly_rate < 4")]),
    # 9. follow-ups on a breakdown or a list
    ("which groups had more", "bloodbank", [
        ("number of donors per blood group", "SELECT blood_group, COUNT(*) FROM donors GROUP BY 1"),
        ("which groups had more than 40?", "SELECT blood_group, COUNT(*) FROM donors GROUP BY 1 "
         "HAVING COUNT(*) > 40")]),
    ("each of them", "makerspace", [
        ("which tools need an induction?", "SELECT tool_name FROM tools WHERE needs_induction"),
        ("how many bookings did each get in 2023?", "SELECT t.tool_name, COUNT(*) FROM bookings b JOIN tools t "
         "ON t.tool_id = b.tool_id WHERE t.needs_induction AND YEAR(b.starts_at) = 2023 GROUP BY 1")]),
    ("letters of the breakdown", "lettings", [
        ("properties per EPC rating", "SELECT epc_rating, COUNT(*) FROM properties GROUP BY 1"),
        ("without D and E", "SELECT epc_rating, COUNT(*) FROM properties WHERE epc_rating NOT IN ('D', 'E') "
         "GROUP BY 1")]),
    ("most often", "choir", [
        ("how many different singers have sent apologies?",
         "SELECT COUNT(DISTINCT singer_id) FROM attendance WHERE sent_apologies"),
        ("list the three who did it most often", "SELECT s.first_name, s.last_name, COUNT(*) FROM attendance a "
         "JOIN singers s ON s.singer_id = a.singer_id WHERE a.sent_apologies GROUP BY s.singer_id, 1, 2 "
         "ORDER BY 3 DESC LIMIT 3")]),
    ("of those with a child row", "bloodbank", [
        ("how many donors registered in 2023?", "SELECT COUNT(*) FROM donors WHERE YEAR(registered_on) = 2023"),
        ("how many of those have had a deferral?", "SELECT COUNT(*) FROM donors WHERE YEAR(registered_on) = 2023 "
         "AND donor_id IN (SELECT donor_id FROM deferrals)")]),
    # 10. flags and days
    ("flag named like a value", "recycling", [
        ("collections per material", "SELECT material, COUNT(*) FROM collections GROUP BY 1"),
        ("contaminated ones only", "SELECT material, COUNT(*) FROM collections WHERE contaminated GROUP BY 1")]),
    ("either day", "boardgames", [
        ('visits on Friday and Saturday', 'SELECT COUNT(*) FROM visits WHERE DAYNAME("arrivedAt") '
         "IN ('Friday', 'Saturday')")]),
    # 11. later in the stop
    ("owe", "libraryvan", [
        ("which 3 borrowers owe the most money in fines?",
         "SELECT b.first_name, b.last_name, SUM(f.amount_gbp) FROM fines f JOIN loans l ON l.loan_id = f.loan_id "
         "JOIN borrowers b ON b.borrower_id = l.borrower_id "
         "WHERE f.paid_on IS NULL GROUP BY b.borrower_id, 1, 2 ORDER BY 3 DESC LIMIT 3")]),
    ("had a value", "costumehire", [
        ("how many hires had a deposit", "SELECT COUNT(*) FROM hires WHERE deposit_gbp IS NOT NULL")]),
    ("outside", "derby", [
        ("average attendance at playoff bouts", "SELECT AVG(attendance) FROM bouts WHERE is_playoff"),
        ("and outside the playoffs?", "SELECT AVG(attendance) FROM bouts WHERE NOT is_playoff")]),
    ("distinct days", "escooter", [
        ("on how many different days were rides started in Old Town in 2024?",
         'SELECT COUNT(DISTINCT CAST("startedAt" AS DATE)) FROM rides WHERE "startZone" = \'Old Town\' '
         'AND YEAR("startedAt") = 2024')]),
    ("where they live", "sailing", [
        ("how many club members are there", "SELECT COUNT(*) FROM students WHERE club_member"),
        ("split by where they live", "SELECT home_town, COUNT(*) FROM students WHERE club_member GROUP BY 1")]),
    ("gate takings", "derby", [
        ("ticket revenue from playoff bouts", "SELECT SUM(attendance * ticket_price_gbp) FROM bouts "
         "WHERE is_playoff")]),
    ("which N", "libraryvan", [
        ("what are the 2 item formats large print readers borrow most",
         "SELECT l.item_format, COUNT(*) FROM loans l JOIN borrowers b ON b.borrower_id = l.borrower_id "
         "WHERE b.large_print_reader GROUP BY 1 ORDER BY 2 DESC LIMIT 2")]),
    ("finished", "treesurgery", [
        ("how many felling jobs were finished in 2023?", "SELECT COUNT(*) FROM jobs WHERE job_type = 'felling' "
         "AND YEAR(completed_on) = 2023")]),
    ("leave out cancellations", "cricketnets", [
        ("bookings per surface", "SELECT l.surface, COUNT(*) FROM bookings b JOIN lanes l ON l.lane_id = b.lane_id "
         "GROUP BY 1"),
        ("leave out cancellations", "SELECT l.surface, COUNT(*) FROM bookings b JOIN lanes l "
         "ON l.lane_id = b.lane_id WHERE b.cancelled_at IS NULL GROUP BY 1")]),
    ("adults", "cricketnets", [
        ("how many players under 18 are there at each club", "SELECT club, COUNT(*) FROM players "
         "WHERE date_sub('year', birth_date, current_date) < 18 GROUP BY 1"),
        ("and adults?", "SELECT club, COUNT(*) FROM players WHERE date_sub('year', birth_date, current_date) >= 18 "
         "GROUP BY 1")]),
    ("which do they play for", "cricketnets", [
        ("who are the 3 players with the most coaching sessions?", "SELECT p.first_name, p.last_name, COUNT(*) "
         "FROM coaching_sessions c JOIN players p ON p.player_id = c.player_id GROUP BY p.player_id, 1, 2 "
         "ORDER BY 3 DESC LIMIT 3"),
        ("which clubs do they play for", "SELECT p.first_name, p.last_name, p.club FROM coaching_sessions c "
         "JOIN players p ON p.player_id = c.player_id GROUP BY p.player_id, 1, 2, 3 ORDER BY COUNT(*) DESC LIMIT 3")]),
    ("highest among them", "sailing", [
        ("median course price", "SELECT MEDIAN(price_gbp) FROM courses"),
        ("for advanced courses?", "SELECT MEDIAN(price_gbp) FROM courses WHERE level = 'advanced'"),
        ("and the highest price among them", "SELECT MAX(price_gbp) FROM courses WHERE level = 'advanced'")]),
    ("per person", "coworking", [
        ("which spaces cost more than 20 per hour?", "SELECT space_name FROM spaces WHERE hourly_rate_gbp > 20")]),
    ("sign-ups", "sailing", [
        ("student sign-ups per year for club members", "SELECT YEAR(registered_on), COUNT(*) FROM students "
         "WHERE club_member GROUP BY 1")]),
    ("members of the club", "runclub", [
        ("how many members does the club have who are coaches?", 'SELECT COUNT(*) FROM runners WHERE "isCoach"')]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED: set[str] = set()


@pytest.fixture(scope="module")
def mech_urls(mech21_114_dbs, mech21_115_dbs, mech21_116_dbs, mech21_118_dbs, mech21_119_dbs):
    """db name -> DuckDB URL of its file, for the five corpora."""
    built = [mech21_114_dbs, mech21_115_dbs, mech21_116_dbs, mech21_118_dbs, mech21_119_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
