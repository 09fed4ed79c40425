"""Builders of the eval44 held-out evaluation corpus: five DuckDB files in people-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `staffing.duckdb`: a temp staffing agency (workers with a birth date, clients, assignments; declared FKs,
  end date NULL while an assignment is ongoing, optional client rating)
- `translation.duckdb`: a translation agency (translators with a year of birth, jobs with TIMESTAMPs;
  the translator reference of a job is NOT a declared foreign key)
- `freelance.duckdb`: a freelance marketplace (freelancers, contracts; declared FK, NULL completion while open)
- `training.duckdb`: a corporate training provider (courses, sessions, enrolments; declared FKs, NULL feedback)
- `relocation.duckdb`: a relocation service (one wide relocations table, expenses with a declared FK)

Usage:
    python eval44/datasets.py OUTDIR

Example:
    >>> from eval44.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval44-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['freelance.duckdb', 'relocation.duckdb', 'staffing.duckdb', 'training.duckdb', 'translation.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

END = dt.date(2024, 12, 31)


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _stamp(rng: random.Random, day: dt.date, hours: tuple[int, int] = (8, 19)) -> dt.datetime:
    """A timestamp on `day` between the given hours, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randrange(*hours), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Gemma", "Hugo", "Ines", "Jonas", "Kasia", "Liam",
         "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Will", "Zoe",
         "Amara", "Callum", "Freya", "Mateo"]
LAST = ["Adeyemi", "Baker", "Chowdhury", "Doyle", "Evans", "Fischer", "Gallagher", "Hughes", "Iqbal", "Jensen",
        "Kaur", "Lopez", "McKenzie", "Novak", "O'Brien", "Patel", "Quinlan", "Reyes", "Schmidt", "Turner",
        "Walsh", "Yilmaz"]

# ------------------------------------------------------------------------------------------------ staffing
BRANCHES = ["Leeds", "Manchester", "Birmingham", "Bristol", "Glasgow"]
SKILLS = {  # skill -> (job titles, pay rate range)
    "warehouse": (["Picker Packer", "Forklift Driver", "Warehouse Operative"], (11.5, 14.5)),
    "hospitality": (["Kitchen Porter", "Waiter", "Barista", "Chef de Partie"], (11.0, 15.0)),
    "admin": (["Receptionist", "Data Entry Clerk", "Office Administrator"], (12.0, 16.0)),
    "healthcare": (["Care Assistant", "Support Worker", "Nurse"], (12.5, 24.0)),
    "driving": (["Van Driver", "HGV Driver", "Delivery Driver"], (12.5, 19.0)),
}
CLIENTS = [
    ("Northgate Logistics", "logistics"), ("Parcelwise", "logistics"), ("Harbour Freight", "logistics"),
    ("Greenleaf Foods", "retail"), ("Brightmart", "retail"), ("Urban Threads", "retail"),
    ("The Crown Hotel", "hospitality"), ("Riverside Events", "hospitality"), ("Copper Kettle Cafes", "hospitality"),
    ("St Anne's Care Home", "healthcare"), ("Meadowview Clinic", "healthcare"), ("Oakfield Care Group", "healthcare"),
    ("Apex Components", "manufacturing"), ("Bolton Steelworks", "manufacturing"), ("Kinetic Plastics", "manufacturing"),
    ("Sterling Insurance", "finance"), ("Lakeside Bank", "finance"), ("Crestview Council", "public sector"),
    ("Westshire NHS Trust", "healthcare"), ("Swiftway Couriers", "logistics"),
]
INDUSTRY_SKILLS = {"logistics": ["warehouse", "driving"], "retail": ["warehouse", "admin", "driving"],
                   "hospitality": ["hospitality"], "healthcare": ["healthcare", "admin"],
                   "manufacturing": ["warehouse", "driving"], "finance": ["admin"],
                   "public sector": ["admin", "driving", "healthcare"]}


def build_staffing(path: Path | str) -> None:
    """workers (220), clients (20), assignments 2022-2024 (declared FKs, end_date NULL while ongoing)."""
    rng = random.Random(4401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE workers(worker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, branch VARCHAR, skill_category VARCHAR, registered_on DATE,
        has_own_transport BOOLEAN, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        industry VARCHAR, city VARCHAR, account_manager VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE assignments(assignment_id INTEGER PRIMARY KEY,
        worker_id INTEGER REFERENCES workers(worker_id), client_id INTEGER REFERENCES clients(client_id),
        job_title VARCHAR, shift_type VARCHAR, start_date DATE, end_date DATE, hours_worked DOUBLE,
        pay_rate DOUBLE, bill_rate DOUBLE, billed_amount DOUBLE, client_rating INTEGER, ended_early BOOLEAN)""")
    managers = ["Sophie Grant", "Raj Mehta", "Daniel Price", "Hannah Cole"]
    clients = [(cid, name, ind, rng.choice(BRANCHES), rng.choice(managers))
               for cid, (name, ind) in enumerate(CLIENTS, start=1)]
    workers = []
    for wid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        born = _day(rng, dt.date(1962, 1, 1), 365 * 42)
        skill = rng.choices(list(SKILLS), [35, 20, 18, 15, 12])[0]
        registered = _day(rng, dt.date(2019, 1, 1), 365 * 5 + 300)
        workers.append((wid, first, last, born, rng.choices(BRANCHES, [26, 24, 20, 16, 14])[0], skill, registered,
                        rng.random() < 0.4, rng.random() < 0.82))
    by_skill: dict[str, list[tuple]] = {s: [] for s in SKILLS}
    for w in workers:
        by_skill[w[5]].append(w)
    client_weights = [rng.randint(2, 12) for _ in clients]
    assignments = []
    for _ in range(1700):
        client = rng.choices(clients, client_weights)[0]
        skill = rng.choice(INDUSTRY_SKILLS[client[2]])
        worker = rng.choice(by_skill[skill])
        start = _day(rng, max(worker[6], dt.date(2022, 1, 1)), 365 * 3)
        if start > END:
            continue
        titles, (lo, hi) = SKILLS[skill]
        title = rng.choice(titles)
        shift = rng.choices(["day", "night", "weekend"], [65, 20, 15])[0]
        weeks = rng.choice([1, 1, 2, 3, 4, 6, 8, 12, 26])
        end = start + dt.timedelta(days=7 * weeks - 1)
        ongoing = end > END
        days = ((END if ongoing else end) - start).days + 1
        ended_early = not ongoing and rng.random() < 0.09
        if ended_early:
            end = start + dt.timedelta(days=max(0, rng.randrange(days) - 1))
            days = (end - start).days + 1
        hours = round(days * 5 / 7 * rng.uniform(6.5, 9.0), 1)
        pay = round(rng.uniform(lo, hi) * (1.15 if shift == "night" else 1.0) * (1 + 0.04 * (start.year - 2022)), 2)
        bill = round(pay * rng.uniform(1.22, 1.45), 2)
        rating = None if ongoing or rng.random() < 0.45 else rng.choices([1, 2, 3, 4, 5], [3, 6, 18, 40, 33])[0]
        assignments.append((len(assignments) + 1, worker[0], client[0], title, shift, start, None if ongoing else end,
                            hours, pay, bill, round(hours * bill, 2), rating, ended_early))
    _insert(con, "workers", workers)
    _insert(con, "clients", clients)
    _insert(con, "assignments", assignments)
    con.close()


# --------------------------------------------------------------------------------------------- translation
LANGUAGES = ["German", "French", "Spanish", "Italian", "Polish", "Japanese", "Chinese", "Portuguese"]
SUBJECTS = {"legal": 0.14, "medical": 0.15, "technical": 0.11, "marketing": 0.10, "financial": 0.13,
            "literary": 0.12}
CLIENT_TYPES = ["law firm", "hospital", "software company", "publisher", "government", "manufacturer"]
TRANSLATOR_NAMES = [
    "Anna Keller", "Luc Moreau", "Marta Nowak", "Giulia Ferri", "Hiroshi Sato", "Wei Zhang", "Carlos Ruiz",
    "Sofia Almeida", "Jan Kowalczyk", "Claire Dubois", "Matthias Braun", "Yuki Mori", "Lina Costa", "Pablo Navarro",
    "Mei Chen", "Elisa Romano", "Tomasz Wojcik", "Helene Petit", "Jonas Weber", "Ana Lima", "Kenji Ito",
    "Beatriz Soto", "Paolo Greco", "Xiu Li", "Sabine Krause", "Amelie Laurent", "Piotr Zielinski", "Rita Sousa",
    "Daniela Vega", "Franco Bianchi", "Akiko Noda", "Hao Wang", "Greta Vogel", "Ines Carvalho", "Lucas Martin",
    "Ewa Lewandowska", "Marco Conti", "Nuria Gil", "Taro Suzuki", "Yan Liu",
]
NATIVE = {0: "German", 1: "French", 2: "Polish", 3: "Italian", 4: "Japanese", 5: "Chinese", 6: "Spanish",
          7: "Portuguese"}


def build_translation(path: Path | str) -> None:
    """translators (40), jobs 2023-2024 (translator_id NOT declared as FK; delivered_at NULL when not delivered)."""
    rng = random.Random(4402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE translators(translator_id INTEGER PRIMARY KEY, full_name VARCHAR,
        native_language VARCHAR, year_of_birth INTEGER, tier VARCHAR, is_sworn BOOLEAN, country VARCHAR,
        joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY, translator_id INTEGER,
        client_type VARCHAR, source_language VARCHAR, target_language VARCHAR, subject VARCHAR, word_count INTEGER,
        price_eur DOUBLE, ordered_at TIMESTAMP, due_date DATE, delivered_at TIMESTAMP, status VARCHAR,
        is_rush BOOLEAN, review_score DOUBLE)""")
    countries = {"German": "Germany", "French": "France", "Polish": "Poland", "Italian": "Italy", "Japanese": "Japan",
                 "Chinese": "China", "Spanish": "Spain", "Portuguese": "Portugal"}
    translators = []
    for tid, name in enumerate(TRANSLATOR_NAMES, start=1):
        native = NATIVE[(tid - 1) % 8] if tid <= 32 else rng.choice(LANGUAGES)
        tier = rng.choices(["junior", "senior", "lead"], [40, 45, 15])[0]
        translators.append((tid, name, native, rng.randint(1960, 1998), tier, rng.random() < 0.3, countries[native],
                            _day(rng, dt.date(2015, 1, 1), 365 * 8)))
    by_lang: dict[str, list[tuple]] = {lang: [t for t in translators if t[2] == lang] for lang in LANGUAGES}
    jobs = []
    day = dt.date(2023, 1, 2)
    while day <= END:
        for _ in range(rng.choice([0, 1, 2, 3, 4, 5]) if day.weekday() < 5 else rng.choice([0, 0, 1])):
            target = rng.choices(LANGUAGES, [22, 18, 17, 10, 8, 9, 9, 7])[0]
            into_english = rng.random() < 0.25
            translator = rng.choice(by_lang[target])
            subject = rng.choices(list(SUBJECTS), [22, 15, 25, 18, 12, 8])[0]
            ctype = {"legal": "law firm", "medical": "hospital", "literary": "publisher"}.get(
                subject, rng.choice(CLIENT_TYPES))
            words = int(rng.lognormvariate(7.8, 0.8)) // 10 * 10 + 100
            rush = rng.random() < 0.15
            rate = SUBJECTS[subject] * {"junior": 0.9, "senior": 1.0, "lead": 1.15}[translator[4]] * (
                1.3 if rush else 1.0)
            ordered = _stamp(rng, day)
            due = day + dt.timedelta(days=max(1, words // (3000 if rush else 1800)) + (1 if rush else 3))
            status = "delivered"
            if (due - END).days > -20 and rng.random() < 0.6:
                status = "in progress"
            elif rng.random() < 0.05:
                status = "cancelled"
            delivered = None
            if status == "delivered":
                lateness = rng.choices([-2, -1, 0, 1, 3], [25, 30, 30, 10, 5])[0]
                delivered = _stamp(rng, max(day, due + dt.timedelta(days=lateness)), (9, 23))
            score = round(rng.uniform(6.5, 10.0), 1) if status == "delivered" and rng.random() < 0.55 else None
            source, dest = (target, "English") if into_english else ("English", target)
            jobs.append((len(jobs) + 1, translator[0], ctype, source, dest, subject, words,
                         round(words * rate, 2), ordered, due, delivered, status, rush, score))
        day += dt.timedelta(days=1)
    _insert(con, "translators", translators)
    _insert(con, "jobs", jobs)
    con.close()


# ------------------------------------------------------------------------------------------------ freelance
CATEGORIES = {"web development": 45, "graphic design": 32, "copywriting": 28, "data analysis": 50,
              "video editing": 35, "mobile apps": 55}
COUNTRIES = ["India", "Ukraine", "Philippines", "Brazil", "Pakistan", "United States", "Nigeria", "Poland"]
CLIENT_COUNTRIES = ["United States", "United Kingdom", "Germany", "Australia", "Canada", "Netherlands"]


def build_freelance(path: Path | str) -> None:
    """freelancers (260), contracts 2022-2024 (declared FK; completed_on NULL while active or cancelled)."""
    rng = random.Random(4403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE freelancers(freelancer_id INTEGER PRIMARY KEY, username VARCHAR,
        first_name VARCHAR, last_name VARCHAR, country VARCHAR, category VARCHAR, hourly_rate DOUBLE,
        joined_on DATE, is_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE contracts(contract_id INTEGER PRIMARY KEY,
        freelancer_id INTEGER REFERENCES freelancers(freelancer_id), client_country VARCHAR, contract_type VARCHAR,
        posted_at TIMESTAMP, started_on DATE, completed_on DATE, amount_usd DOUBLE, platform_fee_usd DOUBLE,
        status VARCHAR, client_rating DOUBLE, repeat_client BOOLEAN)""")
    freelancers = []
    for fid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        cat = rng.choices(list(CATEGORIES), [30, 20, 15, 12, 10, 13])[0]
        rate = round(CATEGORIES[cat] * rng.uniform(0.5, 1.8), 0)
        username = f"{first.lower()}{last.lower().replace(chr(39), '')[:4]}{fid}"
        freelancers.append((fid, username, first, last, rng.choices(COUNTRIES, [25, 12, 14, 10, 8, 13, 8, 10])[0],
                            cat, rate, _day(rng, dt.date(2019, 1, 1), 365 * 4 + 200), rng.random() < 0.55))
    weights = [0.0 if rng.random() < 0.06 else min(6.0, rng.paretovariate(1.5)) for _ in freelancers]
    contracts = []
    for cid in range(1, 3201):
        fr = rng.choices(freelancers, weights)[0]
        posted_day = _day(rng, dt.date(2022, 1, 1), 365 * 3 + 1)
        if posted_day < fr[7]:
            posted_day = fr[7] + dt.timedelta(days=rng.randrange(1, 60))
        posted = _stamp(rng, posted_day, (0, 24))
        started = min(END, posted_day + dt.timedelta(days=rng.randint(0, 10)))
        ctype = rng.choices(["fixed price", "hourly"], [60, 40])[0]
        weeks = rng.choice([1, 2, 3, 4, 6, 8, 12])
        amount = round(fr[6] * rng.uniform(8, 25) * weeks * (0.8 if ctype == "fixed price" else 1.0), 2)
        planned_end = started + dt.timedelta(days=7 * weeks)
        if planned_end > END:
            status = "active"
        else:
            status = rng.choices(["completed", "cancelled", "disputed"], [86, 9, 5])[0]
        completed = planned_end + dt.timedelta(days=rng.randint(-3, 10)) if status == "completed" else None
        if completed is not None and completed > END:
            completed = END
        rating = round(rng.choices([5.0, 4.5, 4.0, 3.5, 3.0, 2.0, 1.0], [40, 20, 15, 8, 7, 6, 4])[0]
                       - (1.0 if fr[8] is False and rng.random() < 0.2 else 0), 1)
        rating = max(1.0, rating) if status == "completed" and rng.random() < 0.7 else None
        fee_rate = 0.10 if amount >= 500 else 0.20
        contracts.append((cid, fr[0], rng.choices(CLIENT_COUNTRIES, [40, 18, 12, 12, 10, 8])[0], ctype, posted,
                          started, completed, amount, round(amount * fee_rate, 2), status, rating,
                          rng.random() < 0.3))
    _insert(con, "freelancers", freelancers)
    _insert(con, "contracts", contracts)
    con.close()


# ------------------------------------------------------------------------------------------------- training
COURSES = [
    # name, topic, delivery_mode, duration_days, list_price
    ("Leading High-Performance Teams", "Leadership", "classroom", 2, 1150.0),
    ("First-Time Manager Essentials", "Leadership", "blended", 3, 1390.0),
    ("Coaching Skills for Managers", "Leadership", "virtual", 1, 520.0),
    ("Excel Advanced Formulas", "Data & Excel", "virtual", 1, 290.0),
    ("Power BI Fundamentals", "Data & Excel", "classroom", 2, 780.0),
    ("Data Storytelling", "Data & Excel", "virtual", 1, 410.0),
    ("Cyber Security Awareness", "Cybersecurity", "virtual", 1, 240.0),
    ("Phishing Defence Workshop", "Cybersecurity", "classroom", 1, 350.0),
    ("ISO 27001 Lead Implementer", "Cybersecurity", "classroom", 5, 2450.0),
    ("PRINCE2 Foundation", "Project Management", "classroom", 3, 1290.0),
    ("Agile Scrum Master", "Project Management", "blended", 2, 990.0),
    ("Project Planning Basics", "Project Management", "virtual", 1, 380.0),
    ("Consultative Selling", "Sales", "classroom", 2, 890.0),
    ("Negotiation Masterclass", "Sales", "classroom", 2, 1050.0),
    ("Key Account Management", "Sales", "blended", 2, 960.0),
    ("GDPR Essentials", "Compliance", "virtual", 1, 260.0),
    ("Anti-Money Laundering", "Compliance", "virtual", 1, 310.0),
    ("Health and Safety at Work", "Compliance", "classroom", 1, 330.0),
]
TRAINERS = ["Helen Marsh", "Gareth Lloyd", "Priya Nair", "Oliver Stone", "Fiona Reid", "Marcus Bell", "Chloe Dunn"]
COMPANIES = ["Acme Utilities", "Brightwater Bank", "Castlegate Retail", "Delta Pharma", "Evergreen Housing",
             "Fulcrum Engineering", "Granite Insurance", "Horizon Telecom", "Ironbridge Council", "Juniper Media",
             "Keystone Logistics", "Lumen Software"]
CITIES = ["London", "Manchester", "Birmingham", "Edinburgh", "Bristol"]


def build_training(path: Path | str) -> None:
    """courses (18), sessions 2023-2024 (declared FK), enrolments (declared FK; feedback_score NULL without survey)."""
    rng = random.Random(4404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR, topic VARCHAR,
        delivery_mode VARCHAR, duration_days INTEGER, list_price DOUBLE, is_accredited BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        course_id INTEGER REFERENCES courses(course_id), trainer_name VARCHAR, city VARCHAR, start_date DATE,
        capacity INTEGER, is_cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE enrolments(enrolment_id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions(session_id), participant_name VARCHAR, company VARCHAR,
        job_level VARCHAR, booked_at TIMESTAMP, price_paid DOUBLE, attended BOOLEAN, passed_assessment BOOLEAN,
        feedback_score INTEGER)""")
    courses = [(i, *c, c[3] >= 2 and rng.random() < 0.6) for i, c in enumerate(COURSES, start=1)]
    company_weights = [12, 10, 8, 9, 5, 7, 9, 11, 4, 5, 6, 8]
    levels = ["junior", "manager", "senior manager", "director"]
    people = [(f"{f} {la}", rng.choices(COMPANIES, company_weights)[0], rng.choices(levels, [45, 35, 14, 6])[0])
              for f, la in _unique_names(rng, FIRST, LAST, 420)]
    sessions, enrolments = [], []
    for course in courses:
        day = _day(rng, dt.date(2023, 1, 9), 40)
        while day <= END:
            city = "Online" if course[3] == "virtual" else rng.choices(CITIES, [40, 20, 15, 12, 13])[0]
            capacity = 20 if course[3] == "virtual" else rng.choice([12, 14, 16])
            cancelled = rng.random() < 0.08
            sid = len(sessions) + 1
            sessions.append((sid, course[0], rng.choice(TRAINERS), city, day, capacity, cancelled))
            for _ in range(0 if cancelled else rng.randint(3, capacity)):
                participant, company, level = rng.choice(people)
                booked = _stamp(rng, day - dt.timedelta(days=rng.randint(3, 75)))
                price = round(course[5] * rng.choice([1.0, 1.0, 1.0, 0.9, 0.85]), 2)
                attended = rng.random() < 0.9
                passed = attended and rng.random() < 0.8
                feedback = rng.choices([5, 4, 3, 2, 1], [42, 35, 14, 6, 3])[0] if attended and rng.random() < 0.6 \
                    else None
                enrolments.append((len(enrolments) + 1, sid, participant, company, level, booked, price,
                                   attended, passed, feedback))
            day += dt.timedelta(days=rng.choice([21, 28, 35, 42, 56]))
    _insert(con, "courses", courses)
    _insert(con, "sessions", sessions)
    _insert(con, "enrolments", enrolments)
    con.close()


# ----------------------------------------------------------------------------------------------- relocation
DESTINATIONS = [("Amsterdam", "Netherlands"), ("Berlin", "Germany"), ("Munich", "Germany"), ("Paris", "France"),
                ("London", "United Kingdom"), ("Dublin", "Ireland"), ("Singapore", "Singapore"),
                ("New York", "United States"), ("Toronto", "Canada"), ("Zurich", "Switzerland"),
                ("Hamburg", "Germany"), ("Lyon", "France"), ("Manchester", "United Kingdom"),
                ("San Francisco", "United States"), ("Vancouver", "Canada")]
EMPLOYERS = ["Northwind Pharma", "Vantage Energy", "Bluepeak Software", "Meridian Bank", "Solace Automotive",
             "Quantum Consulting"]
CONSULTANTS = ["Ingrid Olsen", "Mark Feeney", "Sara Lindgren", "Tom Whitaker", "Noor Haddad"]
EXPENSE_TYPES = {"removals": 6500, "temporary housing": 3800, "flights": 1400, "storage": 900, "visa fees": 1100,
                 "school search": 1500, "home finding": 2200}


def build_relocation(path: Path | str) -> None:
    """relocations 2022-2024 (one wide table; move_date NULL until moved), expenses (declared FK)."""
    rng = random.Random(4405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE relocations(relocation_id INTEGER PRIMARY KEY, employee_name VARCHAR,
        employer VARCHAR, origin_city VARCHAR, origin_country VARCHAR, destination_city VARCHAR,
        destination_country VARCHAR, move_type VARCHAR, service_level VARCHAR, household_size INTEGER,
        has_pets BOOLEAN, needs_visa BOOLEAN, consultant VARCHAR, opened_on DATE, move_date DATE, budget_eur DOUBLE,
        satisfaction_score INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE expenses(expense_id INTEGER PRIMARY KEY,
        relocation_id INTEGER REFERENCES relocations(relocation_id), expense_type VARCHAR, vendor VARCHAR,
        amount_eur DOUBLE, expense_date DATE, reimbursed BOOLEAN)""")
    names = [f"{f} {la}" for f, la in _unique_names(rng, FIRST, LAST, 560)]
    vendors = {"removals": ["Crown Relocations", "Santa Fe Movers", "Atlas Van Lines"],
               "temporary housing": ["Cityflat Suites", "StayWell Apartments"], "flights": ["KLM", "Lufthansa",
                                                                                         "British Airways"],
               "storage": ["SafeStore", "Big Yellow"], "visa fees": ["Government"],
               "school search": ["EduMove"], "home finding": ["Homefinders Intl", "Keys & Co"]}
    relocations, expenses = [], []
    for rid, name in enumerate(names, start=1):
        origin = rng.choice(DESTINATIONS)
        domestic = [d for d in DESTINATIONS if d[1] == origin[1] and d != origin]
        if domestic and rng.random() < 0.45:
            dest = rng.choice(domestic)
        else:
            dest = rng.choice([d for d in DESTINATIONS if d[1] != origin[1]])
        international = origin[1] != dest[1]
        level = rng.choices(["basic", "standard", "premium"], [30, 50, 20])[0]
        household = rng.choices([1, 2, 3, 4, 5], [35, 25, 18, 15, 7])[0]
        opened = _day(rng, dt.date(2022, 1, 1), 365 * 3)
        moved = opened + dt.timedelta(days=rng.randint(20, 120))
        not_moved = moved > END or rng.random() < 0.04
        visa = international and dest[1] in {"United States", "Canada", "Singapore", "Switzerland",
                                             "United Kingdom"} and rng.random() < 0.85
        budget = round({"basic": 9000, "standard": 16000, "premium": 28000}[level] * (1 + 0.15 * (household - 1))
                       * (1.3 if international else 1.0) * rng.uniform(0.9, 1.1), -2)
        score = None if not_moved or rng.random() < 0.35 else rng.choices(range(1, 11), [1, 1, 2, 3, 5, 8, 15, 25,
                                                                                         22, 18])[0]
        relocations.append((rid, name, rng.choices(EMPLOYERS, [22, 15, 25, 18, 10, 10])[0], origin[0], origin[1],
                            dest[0], dest[1], "international" if international else "domestic", level, household,
                            rng.random() < 0.3, visa, rng.choice(CONSULTANTS), opened,
                            None if not_moved else moved, budget, score))
        types = ["removals", "flights", "home finding"] + (["visa fees"] if visa else []) + (
            ["school search"] if household >= 3 and rng.random() < 0.7 else []) + (
            ["temporary housing"] if level != "basic" else []) + (["storage"] if rng.random() < 0.3 else [])
        for kind in types:
            day = opened + dt.timedelta(days=rng.randint(3, 110))
            if day > END:
                continue
            amount = round(EXPENSE_TYPES[kind] * rng.uniform(0.6, 1.5) * (1 + 0.1 * (household - 1)
                                                                          if kind in {"removals", "flights"} else 1), 2)
            expenses.append((len(expenses) + 1, rid, kind, rng.choice(vendors[kind]), amount, day,
                             day < END - dt.timedelta(days=30) or rng.random() < 0.3))
    _insert(con, "relocations", relocations)
    _insert(con, "expenses", expenses)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "staffing": build_staffing,
    "translation": build_translation,
    "freelance": build_freelance,
    "training": build_training,
    "relocation": build_relocation,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval44-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval44-dbs')
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, builder in BUILDERS.items():
        final = out / f"{name}.duckdb"
        if final.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        builder(tmp)
        tmp.rename(final)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval44-dbs"))
