"""Builders of the eval47 development corpus: five DuckDB files in health and care domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).
Every schema's data ends on 2024-12-31.

- `dental.duckdb`: dentists, patients (date_of_birth), appointments (scheduled_at TIMESTAMP, nullable
  checked_in_at and rating, is_emergency; declared FKs)
- `sportsmed.duckdb`: athletes (birth_year), injuries (nullable returned_on while still out, needed_surgery;
  injuries.athlete_id is NOT a declared foreign key)
- `fostercare.duckdb`: carers (nullable deregistered_on, is_kinship), children (date_of_birth, has_disability),
  placements (nullable end_date / end_reason while ongoing; declared FKs)
- `helpline.duckdb`: volunteers (nullable left_on), calls (received_at TIMESTAMP, nullable satisfaction,
  escalated / repeat_caller booleans; declared FK)
- `dialysis.duckdb`: units, patients (date_of_birth, on_transplant_list), sessions (session_start TIMESTAMP,
  nullable complication, missed; declared FKs)

Usage:
    python eval47/datasets.py OUTDIR

Example:
    >>> from eval47.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval47-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['dental.duckdb', 'dialysis.duckdb', 'fostercare.duckdb', 'helpline.duckdb', 'sportsmed.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols, dtype=object))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Aisha", "Ben", "Caitlin", "Dev", "Eleanor", "Finn", "Gemma", "Harvey", "Imogen", "Jack", "Keira", "Liam",
         "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rhys", "Sophie", "Tariq", "Una", "Vikram", "Willow", "Zac",
         "Amir", "Bethany", "Callum", "Daisy", "Ethan", "Freya"]
LAST = ["Ahmed", "Barker", "Coleman", "Dawson", "Ellis", "Fletcher", "Gill", "Hughes", "Iqbal", "Jennings", "Kaur",
        "Lloyd", "Morgan", "Nolan", "Owen", "Patel", "Quigley", "Reid", "Shaw", "Turner", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------------- dental
DENTISTS = [("Dr Helen Marsh", "general", False), ("Dr Omar Siddiqui", "general", False),
            ("Dr Laura Keane", "orthodontics", True), ("Dr Peter Oduya", "endodontics", False),
            ("Dr Grace Lin", "periodontics", True), ("Sam Riley", "hygienist", False)]
TREATMENTS = {"check-up": (28.0, "general"), "cleaning": (65.0, "hygienist"), "filling": (95.0, "general"),
              "extraction": (120.0, "general"), "root canal": (380.0, "endodontics"), "crown": (520.0, "general"),
              "whitening": (250.0, "general"), "braces adjustment": (85.0, "orthodontics"),
              "gum treatment": (160.0, "periodontics")}
DENTAL_CITIES = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford"]


def build_dental(path: Path | str) -> None:
    """dentists, patients and appointments (2022-2024) of a dental practice."""
    rng = random.Random(4701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE dentists(dentist_id INTEGER PRIMARY KEY, full_name VARCHAR, specialty VARCHAR,
        hired_on DATE, is_part_time BOOLEAN)""")
    con.execute("""CREATE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, city VARCHAR, insurance VARCHAR, registered_on DATE)""")
    con.execute("""CREATE TABLE appointments(appt_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), dentist_id INTEGER REFERENCES dentists(dentist_id),
        scheduled_at TIMESTAMP, treatment VARCHAR, fee DOUBLE, status VARCHAR, is_emergency BOOLEAN,
        checked_in_at TIMESTAMP, rating INTEGER)""")
    dentists = [(i, name, spec, _day(rng, dt.date(2008, 1, 1), 5000), part)
                for i, (name, spec, part) in enumerate(DENTISTS, 1)]
    patients = []
    for i, (first, last) in enumerate(_people(rng, 520), 1):
        dob = _day(rng, dt.date(1940, 1, 1), 28000)
        patients.append((i, first, last, dob, rng.choices(DENTAL_CITIES, [40, 20, 15, 15, 10])[0],
                         rng.choices(["NHS", "private", "uninsured"], [60, 30, 10])[0],
                         _day(rng, dt.date(2012, 1, 1), 4000)))
    by_spec = {}
    for d in dentists:
        by_spec.setdefault(d[2], []).append(d[0])
    appts = []
    for i in range(1, 5201):
        treatment = rng.choices(list(TREATMENTS), [30, 22, 16, 7, 5, 4, 3, 8, 5])[0]
        base, spec = TREATMENTS[treatment]
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        while day.weekday() == 6:
            day += dt.timedelta(days=1)
        when = _at(day, rng.randint(8, 17), rng.choice([0, 15, 30, 45]))
        status = rng.choices(["completed", "cancelled", "no-show"], [82, 12, 6])[0]
        emergency = treatment in ("extraction", "root canal", "filling") and rng.random() < 0.3
        checked = when + dt.timedelta(minutes=rng.randint(-15, 10)) if status == "completed" else None
        rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 12, 35, 45])[0] if checked and rng.random() < 0.45 else None
        fee = round(base * rng.uniform(0.85, 1.3) * (1.25 if emergency else 1.0), 2)
        appts.append((i, rng.randint(1, 480), rng.choice(by_spec[spec]), when, treatment, fee, status,
                      emergency, checked, rating))
    _insert(con, "dentists", dentists)
    _insert(con, "patients", patients)
    _insert(con, "appointments", appts)
    con.close()


# ------------------------------------------------------------------------------------------------- sportsmed
SPORTS = ["football", "rugby", "athletics", "tennis", "basketball", "cycling", "swimming"]
BODY_PARTS = {"knee": 60, "ankle": 45, "hamstring": 40, "shoulder": 30, "back": 25, "wrist": 15, "groin": 20,
              "calf": 25, "concussion": 10}
SEVERITY_DAYS = {"minor": (5, 20), "moderate": (21, 60), "severe": (61, 240)}


def build_sportsmed(path: Path | str) -> None:
    """athletes and their injuries (2022-2024) at a sports medicine clinic; athlete_id is not a declared FK."""
    rng = random.Random(4702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE athletes(athlete_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        gender VARCHAR, birth_year INTEGER, sport VARCHAR, level VARCHAR, club VARCHAR)""")
    con.execute("""CREATE TABLE injuries(injury_id INTEGER PRIMARY KEY, athlete_id INTEGER, body_part VARCHAR,
        severity VARCHAR, injured_on DATE, returned_on DATE, needed_surgery BOOLEAN, physio_sessions INTEGER,
        treatment_cost DOUBLE)""")
    clubs = ["Riverside AC", "City Harriers", "Northgate RFC", "Eastfield United", "Lakeside Tennis Club",
             "Valley Wheelers", "Marlins Swim Club"]
    athletes = []
    for i, (first, last) in enumerate(_people(rng, 240), 1):
        sport = rng.choices(SPORTS, [30, 18, 15, 10, 10, 9, 8])[0]
        athletes.append((i, first, last, rng.choice(["F", "M"]), rng.randint(1976, 2008), sport,
                         rng.choices(["amateur", "semi-pro", "professional"], [55, 28, 17])[0], rng.choice(clubs)))
    injuries = []
    for i in range(1, 861):
        severity = rng.choices(list(SEVERITY_DAYS), [55, 32, 13])[0]
        part = rng.choices(list(BODY_PARTS), list(BODY_PARTS.values()))[0]
        injured = _day(rng, dt.date(2022, 1, 1), 1096)
        back = injured + dt.timedelta(days=rng.randint(*SEVERITY_DAYS[severity]))
        returned = back if back <= END and rng.random() < 0.97 else None
        surgery = severity == "severe" and rng.random() < 0.55 or severity == "moderate" and rng.random() < 0.06
        sessions = rng.randint(1, 4) + {"minor": 0, "moderate": 5, "severe": 12}[severity] + rng.randint(0, 6)
        cost = round(sessions * 55.0 + (rng.uniform(2500, 7000) if surgery else 0) + rng.uniform(40, 200), 2)
        injuries.append((i, rng.randint(1, len(athletes)), part, severity, injured, returned, surgery, sessions, cost))
    _insert(con, "athletes", athletes)
    _insert(con, "injuries", injuries)
    con.close()


# ------------------------------------------------------------------------------------------------- fostercare
REGIONS = ["North", "South", "East", "West", "Central"]
PLACEMENT_TYPES = {"emergency": (3, 30, 420.0), "respite": (2, 14, 380.0), "short-term": (30, 300, 450.0),
                   "long-term": (200, 1400, 480.0)}
END_REASONS = ["returned home", "moved placement", "adopted", "turned 18"]
END_WEIGHTS = {"emergency": [55, 45, 0, 0], "respite": [100, 0, 0, 0], "short-term": [45, 40, 8, 7],
               "long-term": [20, 30, 25, 25]}


def build_fostercare(path: Path | str) -> None:
    """carers, children and placements (2022-2024) of a foster care agency."""
    rng = random.Random(4703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE carers(carer_id INTEGER PRIMARY KEY, carer_name VARCHAR, region VARCHAR,
        approved_on DATE, max_children INTEGER, is_kinship BOOLEAN, deregistered_on DATE)""")
    con.execute("""CREATE TABLE children(child_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, gender VARCHAR, has_disability BOOLEAN, referral_source VARCHAR)""")
    con.execute("""CREATE TABLE placements(placement_id INTEGER PRIMARY KEY,
        child_id INTEGER REFERENCES children(child_id), carer_id INTEGER REFERENCES carers(carer_id),
        placement_type VARCHAR, start_date DATE, end_date DATE, end_reason VARCHAR, weekly_allowance DOUBLE)""")
    names = _people(rng, 470)
    carers = []
    for i, (first, last) in enumerate(names[:85], 1):
        approved = _day(rng, dt.date(2010, 1, 1), 5000)
        gone = _day(rng, dt.date(2022, 3, 1), 1000) if rng.random() < 0.12 else None
        carers.append((i, f"{first} {last}", rng.choices(REGIONS, [25, 20, 20, 15, 20])[0], approved,
                       rng.choices([1, 2, 3, 4], [30, 40, 20, 10])[0], rng.random() < 0.2, gone))
    children = []
    for i, (first, last) in enumerate(names[85:], 1):
        children.append((i, first, last, _day(rng, dt.date(2006, 6, 1), 5300), rng.choice(["F", "M"]),
                         rng.random() < 0.14,
                         rng.choices(["social services", "police", "school", "health visitor", "family"],
                                     [45, 15, 18, 10, 12])[0]))
    placements = []
    for i in range(1, 621):
        kind = rng.choices(list(PLACEMENT_TYPES), [25, 20, 35, 20])[0]
        low, high, allowance = PLACEMENT_TYPES[kind]
        start = _day(rng, dt.date(2022, 1, 1), 1090)
        end = start + dt.timedelta(days=rng.randint(low, high))
        ended = end <= END
        reason = rng.choices(END_REASONS, END_WEIGHTS[kind])[0] if ended else None
        placements.append((i, rng.randint(1, len(children)), rng.randint(1, 78), kind, start,
                           end if ended else None, reason, round(allowance * rng.uniform(0.9, 1.25), 2)))
    _insert(con, "carers", carers)
    _insert(con, "children", children)
    _insert(con, "placements", placements)
    con.close()


# ------------------------------------------------------------------------------------------------- helpline
CONCERNS = {"anxiety": 30, "depression": 24, "loneliness": 16, "relationships": 12, "self-harm": 7,
            "substance use": 6, "bereavement": 5}
CHANNELS = {"phone": 60, "text": 22, "web chat": 18}


def build_helpline(path: Path | str) -> None:
    """volunteers and contacts (calls, texts, chats) of a mental health helpline, 2023-2024."""
    rng = random.Random(4704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, volunteer_name VARCHAR,
        joined_on DATE, shift VARCHAR, crisis_trained BOOLEAN, left_on DATE)""")
    con.execute("""CREATE TABLE calls(call_id INTEGER PRIMARY KEY,
        volunteer_id INTEGER REFERENCES volunteers(volunteer_id), received_at TIMESTAMP, channel VARCHAR,
        region VARCHAR, concern VARCHAR, risk_level VARCHAR, wait_seconds INTEGER, duration_seconds INTEGER,
        escalated BOOLEAN, repeat_caller BOOLEAN, satisfaction INTEGER)""")
    volunteers = []
    for i, (first, last) in enumerate(_people(rng, 48), 1):
        joined = _day(rng, dt.date(2019, 1, 1), 1900)
        left = _day(rng, dt.date(2023, 3, 1), 600) if rng.random() < 0.2 else None
        volunteers.append((i, f"{first} {last}", joined, rng.choices(["day", "evening", "night"], [40, 35, 25])[0],
                           rng.random() < 0.4, left))
    calls = []
    for i in range(1, 9001):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        hour = rng.choices(range(24), [3, 2, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 6, 6, 7, 8, 8, 7, 6, 4])[0]
        when = _at(day, hour, rng.randrange(60)) + dt.timedelta(seconds=rng.randrange(60))
        concern = rng.choices(list(CONCERNS), list(CONCERNS.values()))[0]
        risk = rng.choices(["low", "medium", "high"], [35, 40, 25] if concern == "self-harm" else [65, 28, 7])[0]
        channel = rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
        duration = int(rng.uniform(180, 1500) * (1.6 if risk == "high" else 1.0) * (1.4 if channel != "phone" else 1))
        escalated = risk == "high" and rng.random() < 0.45 or risk == "medium" and rng.random() < 0.05
        rating = rng.choices([1, 2, 3, 4, 5], [4, 6, 15, 35, 40])[0] if rng.random() < 0.3 else None
        calls.append((i, rng.randint(1, len(volunteers)), when, channel,
                      rng.choices(REGIONS, [22, 24, 18, 16, 20])[0], concern, risk, int(rng.expovariate(1 / 95)),
                      duration, escalated, rng.random() < 0.28, rating))
    _insert(con, "volunteers", volunteers)
    _insert(con, "calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------- dialysis
UNITS = [(1, "Royal Infirmary Renal Unit", "Sheffield", 24), (2, "Northern General Satellite", "Sheffield", 14),
         (3, "Rotherham Kidney Centre", "Rotherham", 12), (4, "Barnsley Dialysis Unit", "Barnsley", 10),
         (5, "Chesterfield Renal Satellite", "Chesterfield", 8)]
COMPLICATIONS = {"hypotension": 50, "cramps": 30, "access clotting": 8, "nausea": 12}


def build_dialysis(path: Path | str) -> None:
    """units, patients and haemodialysis sessions (2023-2024) of a dialysis centre."""
    rng = random.Random(4705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE units(unit_id INTEGER PRIMARY KEY, unit_name VARCHAR, city VARCHAR,
        chairs INTEGER)""")
    con.execute("""CREATE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, blood_group VARCHAR, unit_id INTEGER REFERENCES units(unit_id), started_on DATE,
        on_transplant_list BOOLEAN)""")
    con.execute("""CREATE TABLE sessions(session_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), session_start TIMESTAMP, duration_min INTEGER,
        pre_weight_kg DOUBLE, post_weight_kg DOUBLE, fluid_removed_l DOUBLE, missed BOOLEAN, complication VARCHAR)""")
    patients, sessions = [], []
    for i, (first, last) in enumerate(_people(rng, 110), 1):
        started = _day(rng, dt.date(2016, 1, 1), 3250)
        unit = rng.choices([u[0] for u in UNITS], [u[3] for u in UNITS])[0]
        patients.append((i, first, last, _day(rng, dt.date(1938, 1, 1), 21000),
                         rng.choices(["O+", "A+", "B+", "AB+", "O-", "A-"], [36, 32, 10, 3, 10, 9])[0], unit, started,
                         rng.random() < 0.3))
        weight = rng.uniform(52, 118)
        day = max(started, dt.date(2023, 1, 2)) + dt.timedelta(days=rng.randrange(2))
        hour = rng.choice([7, 12, 17])
        while day <= END:
            missed = rng.random() < 0.04
            when = _at(day, hour, rng.choice([0, 10, 20, 30]))
            if missed:
                sessions.append((len(sessions) + 1, i, when, None, None, None, None, True, None))
            else:
                fluid = round(rng.uniform(0.8, 3.8), 1)
                pre = round(weight + fluid, 1)
                complication = rng.choices(list(COMPLICATIONS), list(COMPLICATIONS.values()))[0] \
                    if rng.random() < 0.09 else None
                sessions.append((len(sessions) + 1, i, when, rng.choice([210, 225, 240, 240, 255]), pre,
                                 round(pre - fluid, 1), fluid, False, complication))
            day += dt.timedelta(days=2 if day.weekday() in (0, 2) else 3)
    _insert(con, "units", UNITS)
    _insert(con, "patients", patients)
    _insert(con, "sessions", sessions)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dental": build_dental,
    "sportsmed": build_sportsmed,
    "fostercare": build_fostercare,
    "helpline": build_helpline,
    "dialysis": build_dialysis,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval47-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval47-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval47-dbs"))
