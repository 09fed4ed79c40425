"""Builders of the eleventh held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `dental.duckdb`: dentists, patients (date_of_birth, nullable insurance_plan), appointments (TIMESTAMP, status,
  nullable duration_min and satisfaction_score;
  declared FKs)
- `parking.duckdb`: garages, tickets (abbreviated snake_case names; tickets.grg_id is NOT a declared foreign key;
  exit_ts and amt_pd NULL while the vehicle is still inside)
- `escape.duckdb`: rooms, gameMasters, bookings (camelCase names; nullable retiredOn, finishMinutes and
  customerRating; declared FKs)
- `solar.duckdb`: one wide `installations` table (nullable install_date, incentive_amt and permit_days; booleans)
- `loyalty.duckdb`: members (birth_year, nullable closed_on), flight_activity, redemptions (nullable partner_name;
  declared FKs), 2023-2025

Usage:
    python eval11/datasets.py OUTDIR

Example:
    >>> from eval11.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval11-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['dental.duckdb', 'escape.duckdb', 'loyalty.duckdb', 'parking.duckdb', 'solar.duckdb']
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


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abigail", "Benedict", "Camila", "Dmitri", "Eleanor", "Farid", "Gemma", "Hugo", "Ingrid", "Jonah", "Keira",
         "Lorenzo", "Maeve", "Nikolai", "Olivia", "Priya", "Quentin", "Rosa", "Samir", "Tamsin", "Umar", "Vera",
         "William", "Zara", "Aaron", "Bianca", "Connor", "Delia"]
LAST = ["Abbott", "Bergstrom", "Cardenas", "Delaney", "Esposito", "Fitzgerald", "Gallagher", "Hartmann", "Iverson",
        "Jimenez", "Kaplan", "Lombardi", "McAllister", "Novak", "Ortega", "Petrov", "Quinlan", "Rahman", "Schultz",
        "Takahashi", "Underwood", "Vasquez", "Whitaker", "Yilmaz"]

# ------------------------------------------------------------------------------------------------- dental
DENTISTS = [
    # first, last, specialty, hire_date, part time
    ("Helen", "Marsden", "General", dt.date(2012, 3, 1), False),
    ("Rajiv", "Chandra", "General", dt.date(2016, 9, 12), False),
    ("Sofia", "Lindgren", "Orthodontics", dt.date(2018, 1, 8), False),
    ("Patrick", "O'Neill", "Endodontics", dt.date(2015, 6, 1), True),
    ("Mei", "Huang", "Periodontics", dt.date(2020, 2, 3), True),
    ("Daniel", "Okoye", "General", dt.date(2022, 5, 16), False),
    ("Laura", "Bianchi", "Hygiene", dt.date(2019, 4, 1), False),
    ("Tomasz", "Wrobel", "Hygiene", dt.date(2023, 1, 9), True),
]
TREATMENTS = {
    # treatment: (fee, minutes, specialties that do it)
    "Check-up": (65.0, 30, ("General",)),
    "Cleaning": (90.0, 45, ("Hygiene",)),
    "Filling": (180.0, 45, ("General",)),
    "Extraction": (220.0, 40, ("General",)),
    "Crown": (950.0, 90, ("General",)),
    "Root canal": (1100.0, 90, ("Endodontics",)),
    "Gum treatment": (420.0, 60, ("Periodontics",)),
    "Braces adjustment": (150.0, 30, ("Orthodontics",)),
    "Whitening": (350.0, 60, ("General", "Hygiene")),
}
TREATMENT_WEIGHTS = [22, 24, 14, 5, 4, 3, 5, 9, 3]
INSURERS = ["Delta Dental", "Cigna", "MetLife", "Aetna", "Guardian"]


def build_dental(path: Path | str) -> None:
    """dentists (8), patients (420, date_of_birth, insurance_plan NULL = self-pay), appointments 2022-2024."""
    rng = random.Random(1101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dentists(dentist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, specialty VARCHAR, hire_date DATE, is_part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, sex VARCHAR, city VARCHAR, insurance_plan VARCHAR,
        registered_on DATE, sms_reminders BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), dentist_id INTEGER REFERENCES dentists(dentist_id),
        appointment_ts TIMESTAMP, treatment VARCHAR, status VARCHAR, duration_min INTEGER, billed_amount DOUBLE,
        insurance_paid DOUBLE, satisfaction_score INTEGER)""")
    dentists = [(i, *d) for i, d in enumerate(DENTISTS, start=1)]
    cities = ["Springfield", "Riverton", "Oakdale", "Maple Grove", "Fairview"]
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        born = _day(rng, dt.date(1940, 1, 1), 365 * 78)
        plan = None if rng.random() < 0.22 else rng.choices(INSURERS, [30, 20, 18, 17, 15])[0]
        patients.append((pid, first, last, born, rng.choice(["F", "M"]), rng.choices(cities, [35, 20, 20, 15, 10])[0],
                         plan, _day(rng, dt.date(2018, 1, 1), 365 * 6), rng.random() < 0.7))
    by_specialty: dict[str, list[int]] = {}
    for d in dentists:
        by_specialty.setdefault(d[3], []).append(d[0])
    appointments = []
    start, days = dt.date(2022, 1, 1), (dt.date(2024, 12, 31) - dt.date(2022, 1, 1)).days + 1
    for _ in range(5200):
        day = _day(rng, start, days)
        if day.weekday() == 6:
            day += dt.timedelta(days=1)
        patient = rng.choice(patients)
        treatment = rng.choices(list(TREATMENTS), TREATMENT_WEIGHTS)[0]
        fee, minutes, specs = TREATMENTS[treatment]
        pool = [d for s in specs for d in by_specialty[s] if dentists[d - 1][4] <= day]
        dentist = rng.choice(pool)
        status = rng.choices(["completed", "cancelled", "no-show"], [84, 11, 5])[0]
        when = _at(day, rng.randint(8, 17), rng.choice([0, 15, 30, 45]))
        price = round(fee * (1 + 0.05 * (day.year - 2022)) * rng.uniform(0.95, 1.1), 2)
        if status == "completed":
            billed = price
            covered = 0.0 if patient[6] is None else round(billed * rng.choice([0.5, 0.7, 0.8, 1.0]), 2)
            score = rng.choices([5, 4, 3, 2, 1], [45, 30, 13, 7, 5])[0] if rng.random() < 0.4 else None
            length = minutes + rng.choice([-5, 0, 0, 5, 10, 15])
        else:
            billed = 40.0 if status == "no-show" else 0.0
            covered, score, length = 0.0, None, None
        appointments.append((0, patient[0], dentist, when, treatment, status, length, billed, covered, score))
    appointments.sort(key=lambda a: (a[3], a[1]))
    appointments = [(i, *a[1:]) for i, a in enumerate(appointments, start=1)]
    _insert(con, "dentists", dentists)
    _insert(con, "patients", patients)
    _insert(con, "appointments", appointments)
    con.close()


# ------------------------------------------------------------------------------------------------ parking
GARAGES = [
    # grg_nm, city, cap, opn_dt, ev_chrg, hrly_rt, daily_max
    ("Harbor Point", "Seattle", 420, dt.date(2009, 5, 1), True, 6.0, 38.0),
    ("Pike Street", "Seattle", 260, dt.date(2014, 3, 15), True, 7.0, 42.0),
    ("Stadium East", "Seattle", 800, dt.date(2002, 8, 1), False, 4.0, 25.0),
    ("Pearl District", "Portland", 310, dt.date(2011, 10, 1), True, 4.5, 28.0),
    ("Lloyd Center", "Portland", 520, dt.date(1998, 4, 20), False, 3.0, 18.0),
    ("Airport Economy", "Portland", 1200, dt.date(2005, 1, 10), False, 2.5, 16.0),
    ("Union Square", "San Francisco", 650, dt.date(2000, 6, 1), True, 9.0, 55.0),
    ("Mission Bay", "San Francisco", 380, dt.date(2019, 9, 1), True, 6.5, 36.0),
    ("Civic Center", "San Francisco", 450, dt.date(2007, 2, 1), False, 5.5, 32.0),
]


def _parking_ticket(rng: random.Random, grg: tuple, tid: int, entry: dt.datetime, end: dt.datetime) -> tuple:
    """One ticket row: exit_ts and amt_pd NULL when the vehicle is still inside at `end`."""
    veh = rng.choices(["car", "suv", "motorcycle", "van"], [60, 28, 5, 7])[0]
    mthd = rng.choices(["card", "app", "cash", "permit"], [48, 27, 12, 13])[0]
    hours = max(0.25, min(30.0, rng.lognormvariate(0.8, 0.8)))
    exit_ts = entry + dt.timedelta(minutes=round(hours * 60))
    vldtd = mthd != "permit" and rng.random() < 0.15
    if exit_ts > end:
        return (tid, grg[0], entry, None, veh, mthd, None, vldtd)
    if mthd == "permit":
        amt = 0.0
    else:
        amt = min(grg[7], grg[6] * max(1, -(-round(hours * 60) // 60))) * (0.8 if vldtd else 1.0)
    return (tid, grg[0], entry, exit_ts, veh, mthd, round(amt, 2), vldtd)


def build_parking(path: Path | str) -> None:
    """garages (9), tickets 2023-2024 (grg_id NOT declared as a foreign key; exit_ts NULL = still parked)."""
    rng = random.Random(1102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE garages(grg_id INTEGER PRIMARY KEY, grg_nm VARCHAR, city VARCHAR,
        cap INTEGER, opn_dt DATE, ev_chrg BOOLEAN, hrly_rt DOUBLE, daily_max DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(tkt_id INTEGER PRIMARY KEY, grg_id INTEGER, entry_ts TIMESTAMP,
        exit_ts TIMESTAMP, veh_typ VARCHAR, pmt_mthd VARCHAR, amt_pd DOUBLE, vldtd BOOLEAN)""")
    garages = [(i, *g) for i, g in enumerate(GARAGES, start=1)]
    end = dt.datetime(2024, 12, 31, 23, 59)
    start, days = dt.date(2023, 1, 1), 731
    weights = [g[3] for g in garages]
    raw = []
    for _ in range(36000):
        grg = rng.choices(garages, weights)[0]
        day = _day(rng, start, days)
        hour = rng.choices(range(24), [1, 1, 1, 1, 1, 2, 4, 8, 10, 9, 7, 6, 7, 6, 5, 5, 6, 7, 6, 5, 4, 3, 2, 1])[0]
        raw.append((grg, _at(day, hour, rng.randrange(60))))
    for _ in range(25):  # a few late entries on the last evening, some still inside at the end of the data
        raw.append((rng.choice(garages), _at(dt.date(2024, 12, 31), rng.randint(17, 23), rng.randrange(60))))
    raw.sort(key=lambda r: (r[1], r[0][0]))
    tickets = [_parking_ticket(rng, grg, tid, entry, end) for tid, (grg, entry) in enumerate(raw, start=1)]
    _insert(con, "garages", garages)
    _insert(con, "tickets", tickets)
    con.close()


# ------------------------------------------------------------------------------------------- escape rooms
ROOMS = [
    # roomName, theme, difficulty, maxPlayers, pricePerPerson, openedOn, retiredOn
    ("The Pharaoh's Tomb", "Adventure", "medium", 6, 32.0, dt.date(2019, 4, 1), None),
    ("Asylum 13", "Horror", "hard", 5, 35.0, dt.date(2019, 4, 1), dt.date(2023, 8, 31)),
    ("Bank Heist", "Crime", "medium", 6, 30.0, dt.date(2020, 7, 15), None),
    ("Submarine Down", "Sci-Fi", "expert", 4, 38.0, dt.date(2021, 3, 1), None),
    ("Wizard's Library", "Fantasy", "easy", 8, 28.0, dt.date(2021, 11, 20), None),
    ("Murder at the Manor", "Mystery", "hard", 6, 34.0, dt.date(2022, 5, 6), None),
    ("Space Station Omega", "Sci-Fi", "medium", 5, 33.0, dt.date(2023, 9, 15), None),
    ("The Haunted Nursery", "Horror", "expert", 4, 39.0, dt.date(2024, 2, 10), None),
]
GAME_MASTERS = [
    ("Jasmine", "Fowler", dt.date(2019, 3, 1), True), ("Kevin", "Adeyemi", dt.date(2020, 6, 15), True),
    ("Lucy", "Brannigan", dt.date(2021, 9, 1), False), ("Marcus", "Eklund", dt.date(2022, 1, 10), True),
    ("Nora", "Castellano", dt.date(2022, 10, 3), False), ("Owen", "Pritchard", dt.date(2023, 6, 19), False),
]
SUCCESS = {"easy": 0.85, "medium": 0.62, "hard": 0.42, "expert": 0.25}
FASTEST = {"easy": 31, "medium": 38, "hard": 44, "expert": 49}  # minutes; every room is a 60-minute game
GM_EFFECT = [0.08, 0.03, -0.02, 0.05, -0.06, 0.0]  # how much each game master's hints help a group escape


def build_escape(path: Path | str) -> None:
    """rooms (8, retiredOn NULL while running), gameMasters (6), bookings 2022-2024 (camelCase, declared FKs)."""
    rng = random.Random(1103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms("roomId" INTEGER PRIMARY KEY, "roomName" VARCHAR, theme VARCHAR,
        difficulty VARCHAR, "maxPlayers" INTEGER, "pricePerPerson" DOUBLE, "openedOn" DATE, "retiredOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE "gameMasters"("gameMasterId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "hiredOn" DATE, "isFullTime" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings("bookingId" INTEGER PRIMARY KEY,
        "roomId" INTEGER REFERENCES rooms("roomId"), "gameMasterId" INTEGER REFERENCES "gameMasters"("gameMasterId"),
        "startTime" TIMESTAMP, "groupSize" INTEGER, "totalPrice" DOUBLE, "bookingChannel" VARCHAR,
        "isCorporate" BOOLEAN, escaped BOOLEAN, "finishMinutes" INTEGER, "hintsUsed" INTEGER,
        "customerRating" INTEGER)""")
    rooms = [(i, *r) for i, r in enumerate(ROOMS, start=1)]
    masters = [(i, *m) for i, m in enumerate(GAME_MASTERS, start=1)]
    bookings = []
    start, days = dt.date(2022, 1, 1), 1096
    while len(bookings) < 4300:
        day = _day(rng, start, days)
        if day.weekday() < 4 and rng.random() < 0.45:  # Monday to Thursday are quieter than the weekend
            continue
        open_rooms = [r for r in rooms if r[6] <= day and (r[7] is None or day <= r[7])]
        room = rng.choice(open_rooms)
        gm = rng.choice([m for m in masters if m[3] <= day])
        weekend = day.weekday() >= 5
        hour = rng.choice([10, 12, 14, 16, 18, 20] if weekend else [16, 18, 18, 20, 20])
        corporate = not weekend and rng.random() < 0.18
        size = rng.randint(4 if corporate else 2, room[4])
        channel = "corporate" if corporate else rng.choices(["website", "phone", "walk-in", "gift voucher"],
                                                            [62, 14, 9, 15])[0]
        price = round(size * room[5] * (1 + 0.05 * (day.year - 2022)) * (0.9 if corporate else 1.0), 2)
        hints = rng.choices([0, 1, 2, 3, 4, 5], [15, 25, 25, 18, 10, 7])[0]
        escaped = rng.random() < SUCCESS[room[3]] + GM_EFFECT[gm[0] - 1] + 0.03 * (size - 3) - 0.02 * hints
        minutes = rng.randint(FASTEST[room[3]] + rng.randint(0, 3), 60) if escaped else None
        rating = rng.choices([5, 4, 3, 2, 1], [50 if escaped else 25, 30, 12, 5, 3])[0] if rng.random() < 0.55 else None
        bookings.append((0, room[0], gm[0], _at(day, hour, 0), size, price, channel, corporate, escaped, minutes,
                         hints, rating))
    bookings.sort(key=lambda b: (b[3], b[1]))
    bookings = [(i, *b[1:]) for i, b in enumerate(bookings, start=1)]
    _insert(con, "rooms", rooms)
    _insert(con, "gameMasters", masters)
    _insert(con, "bookings", bookings)
    con.close()


# ---------------------------------------------------------------------------------------------------- solar
STATES = {"CA": ["Sacramento", "Fresno", "San Diego", "Riverside"], "AZ": ["Phoenix", "Tucson", "Mesa"],
          "TX": ["Austin", "San Antonio", "El Paso"], "NV": ["Las Vegas", "Reno"], "CO": ["Denver", "Boulder"]}
STATE_WEIGHTS = [38, 20, 22, 10, 10]
REPS = ["Megan Doyle", "Carlos Mendez", "Ashley Nguyen", "Brian Foster", "Fatima Haddad", "Tyler Brooks"]
CREWS = ["Crew Alpha", "Crew Bravo", "Crew Charlie", "Crew Delta", "Crew Echo"]
BRANDS = {"SunPower": 1.15, "REC": 1.0, "Qcells": 0.95, "Canadian Solar": 0.9, "LG": 1.05}
KWH_PER_KW = {"CA": 1550, "AZ": 1750, "TX": 1500, "NV": 1700, "CO": 1450}


def _solar_row(rng: random.Random, pid: int) -> tuple:
    """One installation project (contract signed 2022-2024)."""
    state = rng.choices(list(STATES), STATE_WEIGHTS)[0]
    segment = rng.choices(["Residential", "Commercial", "Agricultural"], [78, 15, 7])[0]
    size = round(rng.uniform(4, 14) if segment == "Residential" else rng.uniform(25, 250), 1)
    panels = max(8, round(size * 1000 / rng.choice([400, 410, 430])))
    brand = rng.choices(list(BRANDS), [20, 18, 26, 22, 14])[0]
    battery = rng.random() < (0.35 if segment == "Residential" else 0.15)
    signed = _day(rng, dt.date(2022, 1, 1), 1096)
    value = round(size * 1000 * rng.uniform(2.6, 3.3) * BRANDS[brand] * (0.85 if segment != "Residential" else 1)
                  + (11500 if battery else 0), 2)
    permit = rng.randint(7, 75)
    lead = permit + rng.randint(10, 50)
    install = signed + dt.timedelta(days=lead)
    if rng.random() < 0.08:
        status, install, permit = "cancelled", None, None
    elif install > dt.date(2024, 12, 31):
        status, install = ("scheduled", None) if rng.random() < 0.6 else ("permitting", None)
        permit = None if status == "permitting" else permit
    else:
        status = "installed"
    incentive = round(value * rng.uniform(0.05, 0.15), 2) if rng.random() < 0.55 and status != "cancelled" else None
    roof_weights = [50, 22, 13, 15] if segment == "Residential" else [5, 5, 35, 55]
    roof = "ground mount" if segment == "Agricultural" else rng.choices(
        ["asphalt shingle", "tile", "metal", "flat"], roof_weights)[0]
    inspected = status == "installed" and rng.random() < 0.93
    return (pid, segment, state, rng.choice(STATES[state]), rng.choice(REPS), rng.choice(CREWS), brand,
            rng.choices(["string", "microinverter", "hybrid"], [45, 35, 20])[0], size, panels, battery,
            rng.choices(["cash", "loan", "lease", "PPA"], [30, 40, 18, 12])[0], roof, signed, permit, install, status,
            value, incentive, round(size * KWH_PER_KW[state] * rng.uniform(0.92, 1.05)), inspected,
            rng.random() < 0.12)


def build_solar(path: Path | str) -> None:
    """One wide `installations` table: projects signed 2022-2024 (install_date NULL until installed)."""
    rng = random.Random(1104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE installations(project_id INTEGER PRIMARY KEY, customer_segment VARCHAR,
        state VARCHAR, city VARCHAR, sales_rep VARCHAR, install_crew VARCHAR, panel_brand VARCHAR,
        inverter_type VARCHAR, system_size_kw DOUBLE, panel_count INTEGER, battery_included BOOLEAN,
        financing VARCHAR, roof_type VARCHAR, contract_date DATE, permit_days INTEGER, install_date DATE,
        status VARCHAR, contract_value DOUBLE, incentive_amt DOUBLE, est_annual_kwh INTEGER,
        passed_inspection BOOLEAN, referral BOOLEAN)""")
    rows = sorted((_solar_row(rng, 0) for _ in range(1800)), key=lambda r: (r[13], r[8]))
    _insert(con, "installations", [(i, *r[1:]) for i, r in enumerate(rows, start=1)])
    con.close()


# -------------------------------------------------------------------------------------------------- loyalty
AIRPORTS = {"JFK": 40, "ORD": 25, "LAX": 30, "ATL": 20, "DFW": 15, "SEA": 12, "BOS": 14, "DEN": 10}
ROUTES_MI = {frozenset(p): mi for p, mi in [
    (("JFK", "LAX"), 2475), (("JFK", "ORD"), 740), (("JFK", "ATL"), 760), (("JFK", "BOS"), 187),
    (("JFK", "SEA"), 2422), (("JFK", "DFW"), 1391), (("JFK", "DEN"), 1626), (("ORD", "LAX"), 1745),
    (("ORD", "ATL"), 606), (("ORD", "DFW"), 802), (("ORD", "SEA"), 1721), (("ORD", "DEN"), 888),
    (("ORD", "BOS"), 867), (("LAX", "ATL"), 1946), (("LAX", "DFW"), 1235), (("LAX", "SEA"), 954),
    (("LAX", "DEN"), 862), (("LAX", "BOS"), 2611), (("ATL", "DFW"), 731), (("ATL", "SEA"), 2182),
    (("ATL", "DEN"), 1199), (("ATL", "BOS"), 946), (("DFW", "SEA"), 1660), (("DFW", "DEN"), 641),
    (("DFW", "BOS"), 1562), (("SEA", "DEN"), 1024), (("SEA", "BOS"), 2496), (("DEN", "BOS"), 1754)]}
CABINS = {"Economy": (1.0, 0.16), "Premium Economy": (1.5, 0.27), "Business": (2.5, 0.55), "First": (3.0, 0.8)}
REWARDS = ["award flight", "upgrade", "hotel", "car rental", "merchandise"]
TIER_BONUS = {"Blue": 0.0, "Silver": 0.25, "Gold": 0.5, "Platinum": 1.0}


def _loyalty_members(rng: random.Random) -> list[tuple]:
    """600 members: birth_year, tier, home airport; closed_on NULL while the account is open."""
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        joined = _day(rng, dt.date(2012, 1, 1), 365 * 13 + 3)
        closed = None
        if rng.random() < 0.1:
            closed = max(joined, dt.date(2023, 1, 1)) + dt.timedelta(days=rng.randrange(600))
        members.append((mid, first, last, rng.randint(1948, 2004),
                        rng.choices(list(TIER_BONUS), [55, 25, 14, 6])[0],
                        rng.choices(list(AIRPORTS), list(AIRPORTS.values()))[0], joined, rng.random() < 0.3, closed))
    return members


def build_loyalty(path: Path | str) -> None:
    """members (600), flight_activity and redemptions 2023-2025 (declared FKs; partner_name NULL = own airline)."""
    rng = random.Random(1105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, tier VARCHAR, home_airport VARCHAR, enrolled_on DATE,
        has_cobrand_card BOOLEAN, closed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE flight_activity(activity_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), flight_date DATE, flight_no VARCHAR, origin VARCHAR,
        destination VARCHAR, cabin VARCHAR, distance_mi INTEGER, fare_usd DOUBLE, miles_earned INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE redemptions(redemption_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), redeemed_at TIMESTAMP, reward_type VARCHAR,
        miles_redeemed INTEGER, partner_name VARCHAR)""")
    members = _loyalty_members(rng)
    flights, redemptions = [], []
    first, last = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
    for m in members:
        begin = max(first, m[6])
        stop = m[8] or last
        if begin > stop:
            continue
        span = (stop - begin).days + 1
        trips = rng.randint(0, {"Blue": 6, "Silver": 14, "Gold": 24, "Platinum": 40}[m[4]])
        for _ in range(trips):
            dest = rng.choice([a for a in AIRPORTS if a != m[5]])
            day = _day(rng, begin, span)
            cabin = rng.choices(list(CABINS), [70, 14, 13, 3] if m[4] in ("Blue", "Silver") else [45, 20, 28, 7])[0]
            dist = ROUTES_MI[frozenset((m[5], dest))]
            mult, per_mile = CABINS[cabin]
            fare = round(dist * per_mile * rng.uniform(0.7, 1.5) + 40, 2)
            earned = round(dist * mult * (1 + TIER_BONUS[m[4]]))
            origin, destination = (m[5], dest) if rng.random() < 0.5 else (dest, m[5])
            flight_no = f"SK{rng.randint(100, 2999)}"
            flights.append((0, m[0], day, flight_no, origin, destination, cabin, dist, fare, earned))
        for _ in range(rng.choices([0, 1, 2, 3, 5], [45, 25, 15, 10, 5])[0]):
            reward = rng.choices(REWARDS, [45, 25, 14, 8, 8])[0]
            partner = {"hotel": rng.choice(["Marriott", "Hilton", "Hyatt"]), "car rental": rng.choice(["Hertz", "Avis"])
                       }.get(reward)
            if reward == "award flight" and rng.random() < 0.2:
                partner = rng.choice(["Lufthansa", "Qantas"])
            miles = {"award flight": rng.choice([12500, 25000, 35000, 60000]),
                     "upgrade": rng.choice([10000, 15000, 20000]), "hotel": rng.choice([8000, 16000, 24000]),
                     "car rental": rng.choice([5000, 7500]), "merchandise": rng.randint(20, 120) * 100}[reward]
            day = _day(rng, begin, span)
            redemptions.append((0, m[0], _at(day, rng.randint(6, 23), rng.randrange(60)), reward, miles, partner))
    flights.sort(key=lambda f: (f[2], f[1]))
    redemptions.sort(key=lambda r: (r[2], r[1]))
    _insert(con, "members", members)
    _insert(con, "flight_activity", [(i, *f[1:]) for i, f in enumerate(flights, start=1)])
    _insert(con, "redemptions", [(i, *r[1:]) for i, r in enumerate(redemptions, start=1)])
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dental": build_dental,
    "parking": build_parking,
    "escape": build_escape,
    "solar": build_solar,
    "loyalty": build_loyalty,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval11-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval11-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval11-dbs"))
