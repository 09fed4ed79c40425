"""Builders of the fourteenth held-out evaluation corpus: five DuckDB files, one per business domain.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).
The schema details are documented in eval14/README.md.

Usage:
    python eval14/datasets.py OUTDIR

Example:
    >>> from eval14.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval14-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['appmetrics.duckdb', 'drivingschool.duckdb', 'lawfirm.duckdb', 'shelter.duckdb', 'venue.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The timestamp of `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(GIVEN), rng.choice(FAMILY)), None)
    return list(seen)


GIVEN = ["Amara", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Gemma", "Hugo", "Ingrid", "Jonah", "Keira", "Luca",
         "Maya", "Nils", "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Will", "Zoe",
         "Aaron", "Bianca", "Callum", "Daria", "Ethan", "Fiona"]
FAMILY = ["Abbott", "Barker", "Chen", "Delaney", "Ellison", "Fischer", "Gallagher", "Hughes", "Iqbal", "Jensen",
          "Khan", "Lambert", "Murphy", "Novak", "O'Neill", "Patel", "Quinlan", "Reyes", "Schmidt", "Turner",
          "Ueda", "Vasquez", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------ concert venue
ARTISTS = [
    ("The Velvet Parade", "Indie"), ("Northern Lights Trio", "Jazz"), ("Rust & Bone", "Rock"),
    ("DJ Solace", "Electronic"), ("Marigold", "Folk"), ("Iron Tundra", "Metal"), ("Kaya Blue", "Pop"),
    ("Low Tide Collective", "Indie"), ("MC Verse", "Hip-Hop"), ("Saltmarsh", "Folk"), ("Neon Harbor", "Electronic"),
    ("The Cinders", "Rock"), ("Blue Mesa Quartet", "Jazz"), ("Glass Animals Tribute", "Indie"),
    ("Grave Signal", "Metal"), ("Lila Moon", "Pop"), ("Stereo Ghosts", "Electronic"), ("Big Brass Union", "Jazz"),
    ("Hollow Pines", "Folk"), ("Concrete Kids", "Hip-Hop"), ("Red Canyon", "Rock"), ("Sunday Static", "Indie"),
    ("Aurora Vale", "Pop"), ("Deep Current", "Electronic"), ("The Wrecking Crew", "Rock"), ("Bass Theory", "Hip-Hop"),
    ("Wild Clover", "Folk"), ("Obsidian Crown", "Metal"), ("Honey & Smoke", "Jazz"), ("Paper Satellites", "Pop"),
]
COUNTRIES = ["UK", "Ireland", "USA", "Germany", "Sweden", "Australia", "Canada"]
STAGES = {"Main Hall": 1200, "Club Room": 350, "Courtyard": 600}


def build_venue(path: Path | str) -> None:
    """artists, shows (2022-2024; declared FK), ticket_sales (declared FK; scanned_at NULL for no-shows)."""
    rng = random.Random(1401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR,
        genre VARCHAR, home_country VARCHAR, is_local BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY,
        artist_id INTEGER REFERENCES artists(artist_id), show_date DATE, doors_open TIMESTAMP, stage VARCHAR,
        capacity INTEGER, base_price DECIMAL(8,2), status VARCHAR, promoter VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(ticket_id INTEGER PRIMARY KEY,
        show_id INTEGER REFERENCES shows(show_id), sold_at TIMESTAMP, channel VARCHAR, ticket_type VARCHAR,
        price_paid DECIMAL(8,2), scanned_at TIMESTAMP, refunded BOOLEAN)""")
    artists = []
    for aid, (name, genre) in enumerate(ARTISTS, start=1):
        country = rng.choices(COUNTRIES, [45, 10, 15, 8, 7, 7, 8])[0]
        artists.append((aid, name, genre, country, country == "UK" and rng.random() < 0.5))
    shows, tickets = [], []
    promoters = ["Live Nation", "SJM Concerts", "In-house", "Metropolis Music"]
    for _ in range(420):
        artist = rng.choice(artists)
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        stage = rng.choices(list(STAGES), [35, 45, 20])[0]
        if stage == "Courtyard" and day.month in (11, 12, 1, 2, 3):
            stage = "Club Room"
        cap = STAGES[stage]
        base = round(rng.choice([18, 22, 25, 28, 32, 35, 40, 45, 55]) * (1 + 0.05 * (day.year - 2022)), 2)
        status = rng.choices(["completed", "cancelled", "postponed"], [90, 6, 4])[0]
        sid = len(shows) + 1
        shows.append((sid, artist[0], day, _at(day, rng.choice([18, 19, 19, 20]), rng.choice([0, 30])), stage, cap,
                      base, status, rng.choices(promoters, [30, 20, 35, 15])[0]))
        demand = rng.uniform(0.04, 0.12)
        for _ in range(int(cap * demand)):
            sold = _at(day - dt.timedelta(days=rng.randint(0, 90)), rng.randint(8, 23), rng.randint(0, 59))
            ttype = rng.choices(["GA", "VIP", "Balcony"], [75, 10, 15])[0]
            price = round(base * {"GA": 1.0, "VIP": 2.5, "Balcony": 1.3}[ttype] * rng.choice([1.0, 1.0, 0.85]), 2)
            channel = rng.choices(["online", "box office", "app", "partner"], [50, 15, 25, 10])[0]
            refunded = status == "cancelled" or rng.random() < 0.02
            scanned = None
            if status != "cancelled" and not refunded and rng.random() < 0.91:
                scanned = shows[-1][3] + dt.timedelta(minutes=rng.randint(0, 150))
            tickets.append((len(tickets) + 1, sid, sold, channel, ttype, price, scanned, refunded))
    _insert(con, "artists", artists)
    _insert(con, "shows", shows)
    _insert(con, "ticket_sales", tickets)
    con.close()


# ------------------------------------------------------------------------------------ mobile app analytics
SKUS = {"coins_small": 1.99, "coins_large": 9.99, "remove_ads": 4.99, "season_pass": 14.99}
VERSIONS = [("3.8", dt.date(2023, 1, 1)), ("3.9", dt.date(2023, 5, 15)), ("4.0", dt.date(2023, 11, 1)),
            ("4.1", dt.date(2024, 4, 10)), ("4.2", dt.date(2024, 9, 20))]


def _app_version(day: dt.date) -> str:
    """The latest release out on `day`."""
    return [v for v, released in VERSIONS if released <= day][-1]


def build_appmetrics(path: Path | str) -> None:
    """camelCase: appUsers, appSessions, inAppPurchases (2023-2024; declared FKs; nullable birthYear, premiumSince)."""
    rng = random.Random(1402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE appUsers("userId" INTEGER PRIMARY KEY, "signupDate" DATE,
        "country" VARCHAR, "platform" VARCHAR, "acquisitionChannel" VARCHAR, "isPremium" BOOLEAN,
        "premiumSince" DATE, "birthYear" INTEGER, "pushOptIn" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appSessions("sessionId" INTEGER PRIMARY KEY,
        "userId" INTEGER REFERENCES appUsers("userId"), "startedAt" TIMESTAMP, "durationSec" INTEGER,
        "screenViews" INTEGER, "appVersion" VARCHAR, "hadCrash" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inAppPurchases("purchaseId" INTEGER PRIMARY KEY,
        "userId" INTEGER REFERENCES appUsers("userId"), "purchasedAt" TIMESTAMP, "productSku" VARCHAR,
        "priceUsd" DOUBLE, "isRefunded" BOOLEAN)""")
    countries = ["United States", "Brazil", "India", "Germany", "United Kingdom", "Japan", "Mexico"]
    channels = ["organic", "paid_social", "search_ads", "referral"]
    users, sessions, purchases = [], [], []
    for uid in range(1, 901):
        signup = _day(rng, dt.date(2023, 1, 1), 700)
        premium = rng.random() < 0.18
        since = signup + dt.timedelta(days=rng.randint(0, 60)) if premium else None
        birth = rng.randint(1965, 2008) if rng.random() < 0.7 else None
        platform = rng.choices(["iOS", "Android"], [45, 55])[0]
        users.append((uid, signup, rng.choices(countries, [30, 15, 20, 8, 10, 7, 10])[0], platform,
                      rng.choices(channels, [45, 25, 15, 15])[0], premium, since, birth, rng.random() < 0.6))
        activity = rng.choice([1, 2, 4, 8, 15, 30]) * (2 if premium else 1)
        for _ in range(activity):
            day = signup + dt.timedelta(days=int(rng.expovariate(1 / 90)))
            if day > dt.date(2024, 12, 31):
                continue
            start = _at(day, rng.choices(range(24), [1] * 7 + [3] * 5 + [2] * 5 + [4] * 5 + [2] * 2)[0],
                        rng.randint(0, 59))
            dur = max(5, int(rng.lognormvariate(5.2, 0.8)))
            version = _app_version(day)
            crash = rng.random() < (0.07 if version == "4.0" else 0.02)
            sessions.append((len(sessions) + 1, uid, start, dur, max(1, dur // rng.randint(15, 40)), version, crash))
        for _ in range(rng.choices([0, 1, 2, 4], [60, 20, 12, 8])[0] + (1 if premium else 0)):
            day = signup + dt.timedelta(days=rng.randint(0, 300))
            if day > dt.date(2024, 12, 31):
                continue
            sku = rng.choices(list(SKUS), [40, 20, 25, 15])[0]
            purchases.append((len(purchases) + 1, uid, _at(day, rng.randint(0, 23), rng.randint(0, 59)), sku,
                              SKUS[sku], rng.random() < 0.04))
    _insert(con, "appUsers", users)
    _insert(con, "appSessions", sessions)
    _insert(con, "inAppPurchases", purchases)
    con.close()


# -------------------------------------------------------------------------------------- law firm billing
LEVELS = {"Partner": (650, 900), "Senior Associate": (420, 560), "Associate": (280, 400), "Paralegal": (140, 190)}
DEPTS = ["Litigation", "Corporate", "Employment", "Real Estate", "IP"]
CLIENTS = [("Harbor Bank", "Banking"), ("Crestview Health", "Healthcare"), ("Pinnacle Software", "Technology"),
           ("Greenfield Foods", "Retail"), ("Atlas Energy", "Energy"), ("Northgate Properties", "Real Estate"),
           ("Bluewater Shipping", "Logistics"), ("Summit Insurance", "Banking"), ("Orion Labs", "Technology"),
           ("Maple Grocers", "Retail"), ("Redwood Clinics", "Healthcare"), ("Keystone Builders", "Real Estate"),
           ("Vector Analytics", "Technology"), ("Silverline Rail", "Logistics"), ("Cobalt Mining", "Energy"),
           ("Lakeside Hotels", "Hospitality"), ("Brightpath Schools", "Education"), ("Falcon Airlines", "Logistics"),
           ("Evergreen Pharma", "Healthcare"), ("Ironclad Security", "Technology"), ("Sunrise Bakeries", "Retail"),
           ("Granite Capital", "Banking"), ("Westbrook Media", "Media"), ("Polar Freight", "Logistics"),
           ("Meridian Hotels", "Hospitality"), ("Nova Biotech", "Healthcare")]
TASKS = ["Research", "Drafting", "Court Appearance", "Client Meeting", "Document Review", "Travel"]


def build_lawfirm(path: Path | str) -> None:
    """Abbreviated names: tkpr (dob), clnt, mtr (close_dt NULL while open), tm_entry, inv (paid_dt NULL while unpaid).

    The id columns that point at another table (clnt_id, mtr_id, tkpr_id, resp_tkpr_id) are NOT declared as
    foreign keys: the links are implied by the names only.
    """
    rng = random.Random(1403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tkpr(tkpr_id INTEGER PRIMARY KEY, tkpr_nm VARCHAR, tkpr_lvl VARCHAR,
        dept VARCHAR, std_rt DOUBLE, dob DATE, hire_dt DATE, active_flg BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clnt(clnt_id INTEGER PRIMARY KEY, clnt_nm VARCHAR, industry VARCHAR,
        rgn VARCHAR, onbrd_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE mtr(mtr_id INTEGER PRIMARY KEY, clnt_id INTEGER, mtr_nm VARCHAR,
        prac_area VARCHAR, fee_arr VARCHAR, open_dt DATE, close_dt DATE, resp_tkpr_id INTEGER, budget_amt DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE tm_entry(entry_id INTEGER PRIMARY KEY, mtr_id INTEGER, tkpr_id INTEGER,
        wrk_dt DATE, task_cd VARCHAR, hrs DOUBLE, rt DOUBLE, amt DOUBLE, billable_flg BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inv(inv_id INTEGER PRIMARY KEY, mtr_id INTEGER, inv_dt DATE,
        inv_amt DOUBLE, paid_dt DATE, wrt_off_amt DOUBLE)""")
    tkprs = []
    for tid, (first, last) in enumerate(_people(rng, 34), start=1):
        lvl = rng.choices(list(LEVELS), [7, 8, 12, 7])[0]
        lo, hi = LEVELS[lvl]
        born = _day(rng, dt.date(1962 if lvl == "Partner" else 1975, 1, 1), 365 * 22)
        hired = _day(rng, dt.date(2008 if lvl == "Partner" else 2015, 1, 1), 365 * 8)
        tkprs.append((tid, f"{first} {last}", lvl, rng.choice(DEPTS), float(rng.randrange(lo, hi, 10)), born, hired,
                      rng.random() < 0.9))
    regions = ["Northeast", "Midwest", "South", "West"]
    clients = [(cid, name, ind, rng.choices(regions, [40, 20, 20, 20])[0], _day(rng, dt.date(2015, 1, 1), 3000))
               for cid, (name, ind) in enumerate(CLIENTS, start=1)]
    areas = {"Litigation": "Litigation", "Corporate": "M&A", "Employment": "Employment", "Real Estate": "Real Estate",
             "IP": "Patents"}
    matters, entries, invoices = [], [], []
    for mid in range(1, 161):
        client = rng.choice(clients)
        lead = rng.choice([t for t in tkprs if t[2] in ("Partner", "Senior Associate")])
        area = areas[lead[3]]
        opened = _day(rng, dt.date(2023, 1, 1), 700)
        closed = opened + dt.timedelta(days=rng.randint(30, 420))
        closed = None if closed > dt.date(2024, 12, 31) or rng.random() < 0.1 else closed
        fee = rng.choices(["Hourly", "Fixed Fee", "Contingency"], [75, 15, 10])[0]
        budget = float(rng.randrange(20_000, 400_000, 5_000)) if rng.random() < 0.6 else None
        kind = rng.choice(["Dispute", "Advice", "Transaction", "Review", "Claim"])
        matters.append((mid, client[0], f"{client[1]} - {area} {kind} {mid}", area, fee, opened, closed, lead[0],
                        budget))
        team = [lead] + rng.sample([t for t in tkprs if t[3] == lead[3] and t is not lead] or tkprs, k=2)
        last_day = closed or dt.date(2024, 12, 31)
        span = (last_day - opened).days + 1
        for _ in range(rng.randint(8, 40)):
            who = rng.choices(team, [2, 3, 3])[0]
            hrs = round(rng.choice([0.2, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0]), 1)
            billable = rng.random() < 0.88
            entries.append((len(entries) + 1, mid, who[0], opened + dt.timedelta(days=rng.randrange(span)),
                            rng.choices(TASKS, [25, 25, 8, 15, 20, 7])[0], hrs, who[4],
                            round(hrs * who[4], 2) if billable else 0.0, billable))
        month = dt.date(opened.year, opened.month, 1)
        while True:
            month = (month + dt.timedelta(days=32)).replace(day=1)
            if month > last_day or month > dt.date(2024, 12, 1):
                break
            if rng.random() < 0.45:
                continue
            amount = float(rng.randrange(2_000, 60_000, 50))
            paid = month + dt.timedelta(days=rng.randint(10, 95))
            paid = None if paid > dt.date(2024, 12, 31) or rng.random() < 0.06 else paid
            write_off = float(rng.randrange(100, 3_000, 50)) if rng.random() < 0.12 else 0.0
            invoices.append((len(invoices) + 1, mid, month + dt.timedelta(days=4), amount, paid, write_off))
    _insert(con, "tkpr", tkprs)
    _insert(con, "clnt", clients)
    _insert(con, "mtr", matters)
    _insert(con, "tm_entry", entries)
    _insert(con, "inv", invoices)
    con.close()


# ----------------------------------------------------------------------------------------- animal shelter
SPECIES = {"Dog": (["Labrador Mix", "Staffordshire Terrier", "German Shepherd", "Beagle", "Chihuahua", "Collie Mix",
                    "Greyhound"], (4.0, 40.0), 95.0),
           "Cat": (["Domestic Shorthair", "Domestic Longhair", "Siamese", "Maine Coon"], (2.0, 7.0), 60.0),
           "Rabbit": (["Lop", "Netherland Dwarf", "Rex"], (1.0, 4.5), 30.0),
           "Guinea Pig": (["American", "Abyssinian"], (0.6, 1.3), 15.0),
           "Bird": (["Budgerigar", "Cockatiel", "Lovebird"], (0.03, 0.12), 20.0)}
DOG_WEIGHTS = {"Labrador Mix": (22.0, 36.0), "Staffordshire Terrier": (11.0, 17.0), "German Shepherd": (25.0, 40.0),
               "Beagle": (9.0, 14.0), "Chihuahua": (1.5, 3.0), "Collie Mix": (14.0, 25.0), "Greyhound": (24.0, 34.0)}
PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Daisy", "Rocky", "Coco", "Pepper", "Shadow", "Ginger",
             "Oreo", "Buddy", "Nala", "Simba", "Rosie", "Tiger", "Willow", "Bear", "Poppy", "Smudge", "Toffee",
             "Ziggy", "Maple", "Pickles", "Bramble", "Olive", "Juniper", "Scout", "Hazel"]


def build_shelter(path: Path | str) -> None:
    """One wide table `animals` (intakes 2022-2024; outcome_date/outcome_type NULL while still at the shelter)."""
    rng = random.Random(1404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id VARCHAR PRIMARY KEY, animal_name VARCHAR,
        species VARCHAR, breed VARCHAR, sex VARCHAR, color VARCHAR, est_birth_date DATE, intake_date DATE,
        intake_type VARCHAR, intake_condition VARCHAR, weight_kg DOUBLE, is_neutered BOOLEAN,
        is_microchipped BOOLEAN, kennel_zone VARCHAR, in_foster BOOLEAN, outcome_date DATE, outcome_type VARCHAR,
        adoption_fee DOUBLE)""")
    colors = ["Black", "White", "Brown", "Tabby", "Black and White", "Ginger", "Grey", "Tricolor"]
    zones = {"Dog": "Kennel Block A", "Cat": "Cattery", "Rabbit": "Small Animals", "Guinea Pig": "Small Animals",
             "Bird": "Small Animals"}
    rows = []
    for i in range(1, 2201):
        species = rng.choices(list(SPECIES), [45, 38, 9, 5, 3])[0]
        breeds, (lo, hi), fee = SPECIES[species]
        breed = rng.choice(breeds)
        lo, hi = DOG_WEIGHTS.get(breed, (lo, hi))
        intake = _day(rng, dt.date(2022, 1, 1), 1096)
        born = intake - dt.timedelta(days=rng.randint(60, 365 * (12 if species in ("Dog", "Cat") else 5)))
        itype = rng.choices(["Stray", "Owner Surrender", "Transfer In", "Return"], [45, 30, 15, 10])[0]
        cond = rng.choices(["Healthy", "Injured", "Sick", "Underweight"], [65, 10, 15, 10])[0]
        zone = zones[species]
        if species == "Dog" and rng.random() < 0.4:
            zone = "Kennel Block B"
        days = int(rng.expovariate(1 / (35 if species == "Cat" else 28))) + 1
        out = intake + dt.timedelta(days=days)
        if out > dt.date(2024, 12, 31):
            out_date, outcome, adoption_fee = None, None, None
        else:
            outcome = rng.choices(["Adoption", "Return to Owner", "Transfer Out", "Euthanasia", "Died"],
                                  [62, 15 if itype == "Stray" else 3, 12, 4, 2])[0]
            out_date = out
            adoption_fee = round(fee * rng.choice([1.0, 1.0, 0.5, 0.0]), 2) if outcome == "Adoption" else None
        name = rng.choice(PET_NAMES) if itype != "Stray" or rng.random() < 0.4 else None
        rows.append((f"A{22000 + i}", name, species, breed, rng.choice(["Male", "Female"]),
                     rng.choice(colors), born, intake, itype, cond, round(rng.uniform(lo, hi), 2),
                     rng.random() < 0.55, rng.random() < (0.35 if itype == "Stray" else 0.7), zone,
                     out_date is None and rng.random() < 0.3 or rng.random() < 0.05, out_date, outcome, adoption_fee))
    _insert(con, "animals", rows)
    con.close()


# ----------------------------------------------------------------------------------------- driving school
TOWNS = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford"]
CENTRES = ["Leeds Harehills", "Leeds Horsforth", "York", "Heckmondwike"]


def build_drivingschool(path: Path | str) -> None:
    """instructors (left_date NULL while employed), learners (birth_year), lessons, driving_tests (declared FKs).

    Data from January 2023 to June 2025.
    """
    rng = random.Random(1405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, gearbox VARCHAR, hourly_rate DOUBLE, hired_date DATE, left_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE learners(learner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, town VARCHAR, signup_date DATE, package VARCHAR,
        theory_passed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        start_time TIMESTAMP, duration_mins INTEGER, lesson_type VARCHAR, price DOUBLE, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE driving_tests(test_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), test_date DATE, test_centre VARCHAR, attempt_no INTEGER,
        passed BOOLEAN, minor_faults INTEGER, serious_faults INTEGER)""")
    names = _people(rng, 362)
    instructors = []
    for iid, (first, last) in enumerate(names[:12], start=1):
        hired = _day(rng, dt.date(2015, 1, 1), 3000)
        left = _day(rng, dt.date(2023, 6, 1), 700) if rng.random() < 0.25 else None
        instructors.append((iid, first, last, "automatic" if iid % 3 == 0 else "manual",
                            float(rng.choice([34, 36, 38, 40, 42])), hired, left))
    learners, lessons, tests = [], [], []
    end = dt.date(2025, 6, 30)
    for lid, (first, last) in enumerate(names[12:], start=1):
        signup = _day(rng, dt.date(2023, 1, 1), 880)
        package = rng.choices(["Pay As You Go", "10 Hour Block", "Intensive"], [55, 35, 10])[0]
        learners.append((lid, first, last, rng.choices([rng.randint(1998, 2008), rng.randint(1970, 1997)], [75, 25])[0],
                         rng.choices(TOWNS, [40, 20, 12, 15, 13])[0], signup, package, rng.random() < 0.7))
        teacher = rng.choice([i for i in instructors if i[6] is None or i[6] > signup])
        day = signup + dt.timedelta(days=rng.randint(1, 14))
        for _ in range(rng.randint(3, 30)):
            if day > end:
                break
            if teacher[6] is not None and day >= teacher[6]:
                teacher = rng.choice([i for i in instructors if i[6] is None])
            dur = rng.choices([60, 90, 120], [40, 35, 25])[0]
            ltype = rng.choices(["Standard", "Motorway", "Night Driving", "Mock Test"], [75, 8, 7, 10])[0]
            status = rng.choices(["completed", "cancelled", "no-show"], [85, 11, 4])[0]
            price = round(teacher[4] * dur / 60 * (0.9 if package == "10 Hour Block" else 1.0), 2)
            lessons.append((len(lessons) + 1, lid, teacher[0], _at(day, rng.randint(7, 19), rng.choice([0, 30])),
                            dur, ltype, price, status))
            day += dt.timedelta(days=rng.randint(2 if package == "Intensive" else 4, 12))
        attempt, test_day = 1, day + dt.timedelta(days=rng.randint(10, 60))
        while test_day <= end and attempt <= 4 and rng.random() < 0.8:
            minors = rng.randint(0, 15)
            serious = rng.choices([0, 1, 2], [55, 35, 10])[0]
            passed = serious == 0 and minors <= 15
            tests.append((len(tests) + 1, lid, test_day, rng.choice(CENTRES), attempt, passed, minors, serious))
            if passed:
                break
            attempt, test_day = attempt + 1, test_day + dt.timedelta(days=rng.randint(30, 120))
    _insert(con, "instructors", instructors)
    _insert(con, "learners", learners)
    _insert(con, "lessons", lessons)
    _insert(con, "driving_tests", tests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "venue": build_venue,
    "appmetrics": build_appmetrics,
    "lawfirm": build_lawfirm,
    "shelter": build_shelter,
    "drivingschool": build_drivingschool,
}


def build_all(outdir: Path | str) -> Path:
    """Build every missing database of the corpus into `outdir` (atomically) and return the folder.

    Example:
        >>> build_all("/tmp/eval14-dbs").joinpath("venue.duckdb").exists()   # doctest: +SKIP
        True
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, builder in BUILDERS.items():
        target = out / f"{name}.duckdb"
        if target.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        builder(tmp)
        tmp.rename(target)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval14-dbs"))
