"""Builders of the hundred-and-eleventh development evaluation corpus: five DuckDB files in five service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `lingo.duckdb`: a language-learning app's learners (birth date), courses, lesson completions (minutes spent)
  and subscriptions (ended_on NULL while still active)
- `parking.duckdb`: a parking enforcement office's wardens (birth year), streets, penalty notices and appeals
  (`penalty_notices.warden_id` is only implied by its name, not declared)
- `drones.duckdb`: a drone delivery trial's drones, flights (takeoff/landing timestamps), parcels and weather holds
  (camelCase columns)
- `tailor.duckdb`: an alterations tailor's tailors, customers, garments and jobs (promised, ready and collected dates)
- `scuba.duckdb`: a scuba diving centre's divers (birth date), instructors, dives (depth, minutes) and certifications

Usage:
    python eval111/datasets.py OUTDIR

Example:
    >>> from eval111.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval111-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['drones.duckdb', 'lingo.duckdb', 'parking.duckdb', 'scuba.duckdb', 'tailor.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols, dtype=object))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(max(1, span_days)))


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Benedikt", "Carmen", "Dmitri", "Esme", "Felipe", "Gwen", "Haruto", "Ingrid", "Jonas", "Kavya",
         "Leon", "Mireille", "Nico", "Orla", "Pablo", "Quinn", "Rosa", "Soren", "Tamsin", "Umar", "Valentina",
         "Wren", "Ximena", "Yara", "Zeke"]
LAST = ["Abernethy", "Bautista", "Cartwright", "Duarte", "Eriksen", "Fairbairn", "Gonzaga", "Holloway", "Ishikawa",
        "Jankowski", "Kerrigan", "Lindgren", "Moreau", "Nwosu", "Oyelaran", "Prescott", "Quint", "Rosales",
        "Stavros", "Tremblay", "Uddin", "Vasquez", "Wainwright", "Zielinski"]

# ------------------------------------------------------------------------------------------------- language app
COURSES = [(1, "Spanish from Zero", "Spanish", "beginner", 60, dt.date(2021, 3, 1)),
           (2, "Spanish Conversations", "Spanish", "intermediate", 45, dt.date(2021, 9, 15)),
           (3, "Spanish for Business", "Spanish", "advanced", 30, dt.date(2023, 4, 3)),
           (4, "French Essentials", "French", "beginner", 55, dt.date(2021, 3, 1)),
           (5, "French in Paris", "French", "intermediate", 40, dt.date(2022, 5, 9)),
           (6, "German Basics", "German", "beginner", 50, dt.date(2021, 6, 1)),
           (7, "German Grammar Deep Dive", "German", "advanced", 35, dt.date(2023, 1, 16)),
           (8, "Japanese Kana and Kanji", "Japanese", "beginner", 70, dt.date(2022, 2, 1)),
           (9, "Japanese for Travel", "Japanese", "intermediate", 38, dt.date(2023, 10, 2)),
           (10, "Italian Starter", "Italian", "beginner", 48, dt.date(2022, 8, 22)),
           (11, "Korean Hangul", "Korean", "beginner", 42, dt.date(2024, 2, 5)),
           (12, "Portuguese Everyday", "Portuguese", "intermediate", 44, dt.date(2022, 11, 7))]
COURSE_WEIGHTS = [16, 9, 3, 12, 6, 9, 2, 8, 4, 7, 5, 4]
COUNTRIES = {"Brazil": 7, "Mexico": 6, "Germany": 5, "India": 8, "Japan": 4, "United States": 9, "France": 4,
             "Poland": 3}
PLANS = {"monthly": 12.99, "annual": 6.99, "family": 9.99}


def build_lingo(path: Path | str) -> None:
    """learners (600, birth_date, country), courses (12, target_language, level), lesson_completions (2023-2024,
    minutes_spent, score_pct), subscriptions (plan, monthly_fee_usd, ended_on and cancel_reason NULL while active)."""
    rng = random.Random(11101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE learners(learner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, country VARCHAR, signed_up_on DATE, daily_goal_minutes INTEGER,
        notifications_on BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR,
        target_language VARCHAR, level VARCHAR, lesson_count INTEGER, launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lesson_completions(completion_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), course_id INTEGER REFERENCES courses(course_id),
        completed_at TIMESTAMP, minutes_spent INTEGER, score_pct INTEGER, xp_earned INTEGER, used_hints BOOLEAN,
        platform VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE subscriptions(subscription_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), plan VARCHAR, started_on DATE, ended_on DATE,
        monthly_fee_usd DOUBLE, auto_renew BOOLEAN, cancel_reason VARCHAR)""")
    learners = []
    for lid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        born = _day(rng, dt.date(1958, 1, 1), 18000)
        signed = _day(rng, dt.date(2022, 6, 1), 880)
        learners.append((lid, first, last, born, rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0], signed,
                         rng.choice([5, 10, 10, 15, 20]), rng.random() < 0.62))
    activity = [rng.choice([1, 1, 2, 3, 5, 8, 13]) for _ in learners]
    completions = []
    for cid in range(1, 6401):
        learner = rng.choices(learners, activity)[0]
        course = rng.choices(COURSES, COURSE_WEIGHTS)[0]
        lo = max(learner[5], course[5], dt.date(2023, 1, 1))
        if lo > dt.date(2024, 12, 20):
            lo = dt.date(2024, 12, 20)
        day = _day(rng, lo, (dt.date(2024, 12, 31) - lo).days + 1)
        hour = rng.choices(range(24), [1, 1, 0, 0, 0, 1, 3, 6, 7, 4, 3, 3, 5, 5, 3, 3, 4, 5, 6, 8, 9, 8, 5, 2])[0]
        when = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        minutes = max(2, int(rng.gauss(11 if course[3] == "beginner" else 16, 5)))
        score = min(100, max(35, int(rng.gauss(82 if course[3] != "advanced" else 74, 11))))
        hints = rng.random() < (0.45 if score < 75 else 0.18)
        xp = 10 + minutes + (15 if score >= 95 else 0) - (5 if hints else 0)
        completions.append((cid, learner[0], course[0], when, minutes, score, xp, hints,
                            rng.choices(["ios", "android", "web"], [5, 6, 2])[0]))
    subs, sid = [], 0
    reasons = {"too expensive": 5, "not enough time": 6, "switched app": 2, "reached my goal": 2}
    for learner in learners:
        if rng.random() > 0.42:
            continue
        sid += 1
        plan = rng.choices(list(PLANS), [6, 4, 2])[0]
        start = max(learner[5], dt.date(2023, 1, 1)) + dt.timedelta(days=rng.randint(0, 120))
        if start > dt.date(2024, 12, 28):
            start = dt.date(2024, 12, 28) - dt.timedelta(days=rng.randint(0, 300))
        promo = rng.random() < 0.2
        fee = round(PLANS[plan] * (0.7 if promo else 1.0), 2)
        months = rng.randint(1, 26) if plan == "monthly" else rng.choice([12, 24])
        end = start + dt.timedelta(days=30 * months)
        if end > dt.date(2024, 12, 31) or rng.random() < 0.1:
            end, reason = None, None
        else:
            reason = rng.choices(list(reasons), list(reasons.values()))[0]
        subs.append((sid, learner[0], plan, start, end, fee, end is None and rng.random() < 0.8 or
                     end is not None and rng.random() < 0.2, reason))
    _insert(con, "learners", learners)
    _insert(con, "courses", COURSES)
    _insert(con, "lesson_completions", completions)
    _insert(con, "subscriptions", subs)
    con.close()


# ------------------------------------------------------------------------------------------------- parking office
STREETS = {"town centre": ["High Street", "Market Place", "Bridge Street", "Church Lane", "Castle Walk",
                           "Queen Street", "Cornhill", "Silver Street", "Abbey Road", "Guildhall Square"],
           "residential": ["Elmfield Avenue", "Rowan Close", "Beech Grove", "Larkspur Way", "Hawthorn Road",
                           "Maple Crescent", "Foxglove Drive", "Chestnut Rise", "Willow Bank", "Orchard Street",
                           "Linden Gardens", "Primrose Hill Road"],
           "seafront": ["Marine Parade", "Esplanade", "Harbour Road", "Pier Approach", "Lighthouse Lane",
                        "Promenade West"],
           "retail park": ["Riverside Retail Park", "Westgate Centre Road", "Commerce Way", "Forge Lane"]}
CONTRAVENTIONS = {"expired meter": (30, False), "no valid permit": (22, False), "double yellow lines": (20, True),
                  "loading bay": (9, True), "disabled bay": (6, True), "bus stop": (4, True),
                  "outside marked bay": (9, False)}
GROUNDS = {"signage unclear": 6, "had a valid permit": 5, "loading or unloading": 4, "medical emergency": 2,
           "vehicle stolen": 1, "other": 3}


def build_parking(path: Path | str) -> None:
    """wardens (18, birth_year, team), streets (32, zone, tariff), penalty_notices (2023-01 to 2025-03, issued_at,
    charge_gbp, paid_on NULL while unpaid; warden_id is not declared as a foreign key), appeals (outcome and
    decided_on NULL while pending)."""
    rng = random.Random(11102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wardens(warden_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, team VARCHAR, hired_on DATE, on_bike BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE streets(street_id INTEGER PRIMARY KEY, street_name VARCHAR, zone VARCHAR,
        tariff_per_hour_gbp DOUBLE, resident_permits BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE penalty_notices(notice_id INTEGER PRIMARY KEY, warden_id INTEGER,
        street_id INTEGER REFERENCES streets(street_id), issued_at TIMESTAMP, contravention VARCHAR,
        vehicle_reg VARCHAR, charge_gbp DOUBLE, paid_on DATE, amount_paid_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appeals(appeal_id INTEGER PRIMARY KEY,
        notice_id INTEGER REFERENCES penalty_notices(notice_id), lodged_on DATE, ground VARCHAR, stage VARCHAR,
        outcome VARCHAR, decided_on DATE)""")
    wardens = []
    for wid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        team = ["North", "South", "Central"][wid % 3]
        wardens.append((wid, first, last, rng.randint(1963, 2002), team,
                        _day(rng, dt.date(2012, 1, 1), 4300 if wid < 16 else 400), rng.random() < 0.3))
    wardens[15] = wardens[15][:5] + (dt.date(2023, 6, 5),) + wardens[15][6:]
    streets, sid = [], 0
    for zone, names in STREETS.items():
        for name in names:
            sid += 1
            tariff = {"town centre": rng.choice([2.2, 2.5, 3.0]), "residential": 0.0,
                      "seafront": rng.choice([1.8, 2.0, 3.5]), "retail park": 1.0}[zone]
            streets.append((sid, name, zone, tariff, zone == "residential" or (zone == "town centre" and sid % 4 == 0)))
    street_w = [{"town centre": 6, "residential": 2, "seafront": 4, "retail park": 3}[s[2]] for s in streets]
    warden_w = [rng.randint(3, 12) for _ in wardens]
    notices = []
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    regs = sorted({f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} {''.join(rng.sample(letters, 3))}"
                   for _ in range(2600)})
    reg_w = [rng.choice([1, 1, 1, 1, 2, 3, 8]) for _ in regs]
    for nid in range(1, 4201):
        street = rng.choices(streets, street_w)[0]
        kinds = [k for k in CONTRAVENTIONS if not (k == "no valid permit" and not street[4])
                 and not (k == "expired meter" and street[3] == 0)]
        kind = rng.choices(kinds, [CONTRAVENTIONS[k][0] for k in kinds])[0]
        day = _day(rng, dt.date(2023, 1, 1), 821)
        if street[2] == "seafront" and day.month in (6, 7, 8) and rng.random() < 0.5:
            day = _day(rng, dt.date(day.year, 7, 1), 62)
        eligible = [w for w in wardens if w[5] <= day]
        warden = rng.choices(eligible, [warden_w[w[0] - 1] for w in eligible])[0]
        issued = _moment(rng, day, 7, 20)
        charge = 70.0 if CONTRAVENTIONS[kind][1] else 50.0
        reg = rng.choices(regs, reg_w)[0]
        notices.append([nid, warden[0], street[0], issued, kind, reg, charge, None, None, False])
    appeals, aid = [], 0
    for n in notices:
        issued = n[3].date()
        if rng.random() < 0.17:
            aid += 1
            lodged = issued + dt.timedelta(days=rng.randint(1, 27))
            ground = rng.choices(list(GROUNDS), list(GROUNDS.values()))[0]
            stage = rng.choices(["informal", "formal", "tribunal"], [10, 4, 1])[0]
            decided = lodged + dt.timedelta(days=rng.randint(5, {"informal": 30, "formal": 60, "tribunal": 120}[stage]))
            upheld = rng.random() < {"signage unclear": 0.45, "had a valid permit": 0.6, "medical emergency": 0.7,
                                     "vehicle stolen": 0.8}.get(ground, 0.2)
            if decided > dt.date(2025, 3, 31):
                outcome, decided = None, None
            else:
                outcome = "upheld" if upheld else "rejected"
            appeals.append((aid, n[0], lodged, ground, stage, outcome, decided))
            if outcome == "upheld":
                n[9] = True
                continue
            start = decided or lodged
        else:
            start = issued
        if rng.random() < 0.82:
            paid = start + dt.timedelta(days=rng.choice([2, 5, 9, 12, 16, 21, 28, 40]))
            if paid <= dt.date(2025, 3, 31):
                n[7] = paid
                n[8] = n[6] / 2 if (paid - issued).days <= 14 else n[6]
    _insert(con, "wardens", wardens)
    _insert(con, "streets", streets)
    _insert(con, "penalty_notices", [tuple(n) for n in notices])
    _insert(con, "appeals", appeals)
    con.close()


# ------------------------------------------------------------------------------------------------- drone trial
DRONES = [(1, "SKY-01", "Skylark S2", 2.5, dt.date(2023, 9, 4), True, 18500.0),
          (2, "SKY-02", "Skylark S2", 2.5, dt.date(2023, 9, 4), False, 18500.0),
          (3, "SKY-03", "Skylark S2", 2.5, dt.date(2023, 9, 18), False, 18500.0),
          (4, "SKY-04", "Skylark S3", 3.0, dt.date(2024, 1, 15), False, 22900.0),
          (5, "SKY-05", "Skylark S3", 3.0, dt.date(2024, 1, 15), False, 22900.0),
          (6, "SKY-06", "Skylark S3", 3.0, dt.date(2024, 4, 8), False, 22900.0),
          (7, "HRN-01", "Heron VTOL", 5.0, dt.date(2023, 10, 2), False, 41000.0),
          (8, "HRN-02", "Heron VTOL", 5.0, dt.date(2024, 3, 11), True, 41000.0),
          (9, "HRN-03", "Heron VTOL", 5.0, dt.date(2024, 7, 1), False, 43500.0),
          (10, "KES-01", "Kestrel Mini", 1.2, dt.date(2023, 11, 20), False, 9800.0),
          (11, "KES-02", "Kestrel Mini", 1.2, dt.date(2024, 5, 6), False, 9800.0)]
ROUTES = {"Hospital Loop": (6.5, 9), "Harbour Run": (9.8, 5), "Campus Shuttle": (3.2, 6), "Farm Drop": (14.5, 3),
          "Island Hop": (21.0, 2)}
PILOTS = [("Maren", "Holt"), ("Idris", "Calloway"), ("Sunita", "Rao"), ("Gethin", "Pryce"), ("Lotte", "Brandt"),
          ("Cian", "Mulvaney")]
PARCEL_TYPES = {"prescriptions": (0.1, 0.8, 8), "lab samples": (0.2, 1.2, 5), "groceries": (0.8, 4.5, 4),
                "documents": (0.05, 0.5, 3), "spare parts": (0.3, 4.8, 3)}


def build_drones(path: Path | str) -> None:
    """drones (11, model, maxPayloadKg, isRetired), flights (2023-09 to 2025-02, takeoffAt/landingAt TIMESTAMP,
    route, pilot names, isAborted), parcels (weightKg, deliveryFeeGbp, deliveredAt NULL when not delivered),
    weatherHolds (per route, liftedAt NULL while still in force). camelCase columns."""
    rng = random.Random(11103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drones(droneId INTEGER PRIMARY KEY, callSign VARCHAR, model VARCHAR,
        maxPayloadKg DOUBLE, commissionedDate DATE, isRetired BOOLEAN, purchasePriceGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flightId INTEGER PRIMARY KEY,
        droneId INTEGER REFERENCES drones(droneId), route VARCHAR, pilotFirstName VARCHAR, pilotLastName VARCHAR,
        takeoffAt TIMESTAMP, landingAt TIMESTAMP, distanceKm DOUBLE, batteryUsedPct INTEGER, isAborted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcelId INTEGER PRIMARY KEY,
        flightId INTEGER REFERENCES flights(flightId), contents VARCHAR, weightKg DOUBLE, deliveryFeeGbp DOUBLE,
        isFragile BOOLEAN, deliveredAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE weatherHolds(holdId INTEGER PRIMARY KEY, route VARCHAR, reason VARCHAR,
        startedAt TIMESTAMP, liftedAt TIMESTAMP, maxGustKph DOUBLE)""")
    retired = {1: dt.date(2024, 8, 30), 8: dt.date(2024, 11, 14)}
    holds, hid = [], 0
    day = dt.date(2023, 9, 10)
    while day <= dt.date(2025, 2, 27):
        winter = day.month in (11, 12, 1, 2)
        if rng.random() < (0.3 if winter else 0.12):
            hid += 1
            reason = rng.choices(["high wind", "heavy rain", "fog", "thunderstorm", "icing"],
                                 [8, 5, 3, 2 if not winter else 0, 3 if winter else 0])[0]
            start = _moment(rng, day, 6, 15)
            lifted = start + dt.timedelta(minutes=rng.randint(40, 600))
            gust = round(rng.uniform(45, 85) if reason in ("high wind", "thunderstorm") else rng.uniform(15, 40), 1)
            holds.append((hid, rng.choices(list(ROUTES), [r[1] for r in ROUTES.values()])[0], reason, start, lifted,
                          gust))
        day += dt.timedelta(days=1)
    holds.append((hid + 1, "Island Hop", "high wind", dt.datetime(2025, 2, 28, 7, 40), None, 78.5))
    holds.append((hid + 2, "Farm Drop", "fog", dt.datetime(2025, 2, 28, 8, 15), None, 12.0))
    flights, parcels = [], []
    fid = pid = 0
    for _ in range(1900):
        route = rng.choices(list(ROUTES), [r[1] for r in ROUTES.values()])[0]
        day = _day(rng, dt.date(2023, 9, 11), 535)
        takeoff = _moment(rng, day, 7, 19)
        blocked = any(h[1] == route and h[3] <= takeoff and (h[4] is None or takeoff < h[4]) for h in holds)
        if blocked:
            continue
        fleet = [d for d in DRONES if d[4] <= day and (d[0] not in retired or day < retired[d[0]])]
        if route in ("Farm Drop", "Island Hop"):
            fleet = [d for d in fleet if d[3] >= 3.0] or fleet
        drone = rng.choice(fleet)
        fid += 1
        km, _ = ROUTES[route]
        aborted = rng.random() < 0.05
        dist = round(km * (rng.uniform(0.3, 0.7) if aborted else rng.uniform(1.9, 2.1)), 1)
        speed = {"Skylark S2": 0.9, "Skylark S3": 1.0, "Heron VTOL": 1.25, "Kestrel Mini": 0.8}[drone[2]]
        minutes = dist / speed + rng.uniform(3, 7)
        landing = takeoff + dt.timedelta(minutes=round(minutes))
        pilot = rng.choices(PILOTS, [9, 8, 6, 5, 4, 2])[0]
        flights.append((fid, drone[0], route, pilot[0], pilot[1], takeoff, landing, dist,
                        min(98, int(dist * 4 + rng.randint(5, 15))), aborted))
        load = 0.0
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            kind = rng.choices(list(PARCEL_TYPES), [p[2] for p in PARCEL_TYPES.values()])[0]
            lo, hi, _ = PARCEL_TYPES[kind]
            weight = round(rng.uniform(lo, hi), 2)
            if load + weight > drone[3]:
                break
            load += weight
            pid += 1
            fee = round(4.5 + 0.35 * km + 1.5 * weight + (2.0 if kind == "lab samples" else 0.0), 2)
            missed = aborted or rng.random() < 0.03
            delivered = None if missed else takeoff + dt.timedelta(minutes=round(minutes / 2) + rng.randint(0, 1))
            parcels.append((pid, fid, kind, weight, fee, kind == "lab samples" or rng.random() < 0.15, delivered))
    _insert(con, "drones", DRONES)
    _insert(con, "flights", flights)
    _insert(con, "parcels", parcels)
    _insert(con, "weatherHolds", holds)
    con.close()


# ------------------------------------------------------------------------------------------------- alterations tailor
TAILORS = [(1, "Beatrice", "Okonkwo", 1968, "bridal", 38.0, dt.date(2009, 3, 2), False),
           (2, "Giuseppe", "Lombardi", 1959, "suits", 42.0, dt.date(2005, 9, 12), False),
           (3, "Hana", "Sato", 1987, "general", 28.0, dt.date(2017, 5, 8), False),
           (4, "Callum", "Reid", 1994, "general", 24.0, dt.date(2021, 1, 11), True),
           (5, "Dolores", "Ferreira", 1975, "leather", 35.0, dt.date(2014, 6, 30), False),
           (6, "Tomasz", "Wrobel", 1990, "suits", 31.0, dt.date(2019, 10, 1), True),
           (7, "Ngozi", "Adeyemi", 1999, "general", 22.0, dt.date(2023, 8, 14), True)]
GARMENTS = {"trousers": 22, "jeans": 14, "dress": 12, "suit jacket": 10, "shirt": 9, "coat": 6, "skirt": 7,
            "wedding dress": 3, "leather jacket": 3}
FABRIC = {"trousers": ["wool", "cotton", "linen"], "jeans": ["denim"], "dress": ["cotton", "silk", "linen"],
          "suit jacket": ["wool", "linen"], "shirt": ["cotton", "linen", "silk"], "coat": ["wool"],
          "skirt": ["cotton", "wool", "silk"], "wedding dress": ["silk"], "leather jacket": ["leather"]}
ALTERATIONS = {"trousers": ["hem", "take in", "let out", "zip replacement"], "jeans": ["hem", "zip replacement",
               "repair"], "dress": ["hem", "take in", "let out", "repair"], "suit jacket": ["shorten sleeves",
               "take in", "let out"], "shirt": ["shorten sleeves", "take in"], "coat": ["shorten sleeves", "repair",
               "zip replacement"], "skirt": ["hem", "take in", "zip replacement"], "wedding dress": ["take in", "hem"],
               "leather jacket": ["repair", "zip replacement", "shorten sleeves"]}
BASE_PRICE = {"hem": 14.0, "take in": 24.0, "let out": 26.0, "zip replacement": 18.0, "shorten sleeves": 22.0,
              "repair": 16.0}


def build_tailor(path: Path | str) -> None:
    """tailors (7, birth_year, speciality, hourly_rate_gbp), customers (480, birth_date, town, loyalty_card),
    garments (garment_type, fabric), jobs (2023-2024, received_on/promised_on, ready_on NULL while in work,
    collected_on NULL while awaiting collection, price_gbp, express)."""
    rng = random.Random(11104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tailors(tailor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, speciality VARCHAR, hourly_rate_gbp DOUBLE, started_on DATE,
        part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, town VARCHAR, joined_on DATE, loyalty_card BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE garments(garment_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), garment_type VARCHAR, fabric VARCHAR,
        designer_label BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        garment_id INTEGER REFERENCES garments(garment_id), tailor_id INTEGER REFERENCES tailors(tailor_id),
        alteration VARCHAR, received_on DATE, promised_on DATE, ready_on DATE, collected_on DATE, price_gbp DOUBLE,
        express BOOLEAN)""")
    towns = {"Harrogate": 8, "Knaresborough": 4, "Ripon": 3, "Wetherby": 2}
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 480), start=1):
        customers.append((cid, first, last, _day(rng, dt.date(1940, 1, 1), 24000),
                          rng.choices(list(towns), list(towns.values()))[0], _day(rng, dt.date(2015, 1, 1), 3600),
                          rng.random() < 0.35))
    garments = []
    for gid in range(1, 1501):
        kind = rng.choices(list(GARMENTS), list(GARMENTS.values()))[0]
        garments.append((gid, rng.choice(customers)[0], kind, rng.choice(FABRIC[kind]), rng.random() < 0.12))
    jobs, jid = [], 0
    for g in garments:
        for _ in range(rng.choices([1, 2], [5, 1])[0]):
            jid += 1
            alteration = rng.choice(ALTERATIONS[g[2]])
            if g[2] == "wedding dress":
                tailor = 1
            elif g[2] == "leather jacket" or g[3] == "leather":
                tailor = 5
            elif g[2] in ("suit jacket", "coat"):
                tailor = rng.choice([2, 2, 6, 3])
            else:
                tailor = rng.choices([1, 3, 4, 6, 7, 2], [1, 6, 4, 3, 3, 1])[0]
            received = _day(rng, dt.date(2023, 1, 3), 728)
            if tailor == 7 and received < dt.date(2023, 8, 14):
                tailor = 3
            while received.weekday() == 6:
                received += dt.timedelta(days=1)
            express = rng.random() < 0.15
            promised = received + dt.timedelta(days=(2 if express else 7 if g[2] != "wedding dress" else 21))
            ready = received + dt.timedelta(days=max(1, int(rng.gauss((promised - received).days - 0.5, 2.2))))
            if ready > dt.date(2024, 12, 31):
                ready = None
            collected = None
            if ready is not None and rng.random() < 0.96:
                collected = ready + dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 8, 14, 30]))
                if collected > dt.date(2024, 12, 31):
                    collected = None
            price = BASE_PRICE[alteration] * (1.5 if express else 1.0)
            if g[2] == "wedding dress":
                price *= 4.5
            elif g[3] in ("silk", "leather"):
                price *= 1.4
            jobs.append((jid, g[0], tailor, alteration, received, promised, ready, collected, round(price, 2),
                         express))
    _insert(con, "tailors", TAILORS)
    _insert(con, "customers", customers)
    _insert(con, "garments", garments)
    _insert(con, "jobs", jobs)
    con.close()


# ------------------------------------------------------------------------------------------------- dive centre
INSTRUCTORS = [(1, "Marisol", "Ortega", 1982, "PADI", dt.date(2014, 4, 1), False, 180.0),
               (2, "Khaled", "Mansour", 1976, "PADI", dt.date(2011, 2, 14), False, 195.0),
               (3, "Freya", "Lindholm", 1991, "SSI", dt.date(2018, 10, 8), True, 160.0),
               (4, "Tane", "Whitiora", 1988, "PADI", dt.date(2016, 5, 23), False, 175.0),
               (5, "Ahmed", "Samir", 1995, "SSI", dt.date(2021, 3, 1), False, 150.0),
               (6, "Olivia", "Barrington", 1979, "BSAC", dt.date(2013, 7, 15), True, 170.0),
               (7, "Renzo", "Castellano", 1998, "PADI", dt.date(2023, 4, 3), True, 140.0),
               (8, "Signe", "Dahl", 1985, "SSI", dt.date(2019, 11, 11), False, 165.0),
               (9, "Jerome", "Achebe", 1972, "BSAC", dt.date(2010, 1, 4), False, 200.0)]
SITES = {"Coral Garden": (12, 8), "Blue Hole": (32, 4), "Hermes Wreck": (26, 5), "North Wall": (22, 6),
         "Seal Rock": (15, 4), "Turtle Bay": (9, 7)}
CERT_LEVELS = {"Open Water": (10, 420.0), "Advanced Open Water": (6, 360.0), "Rescue Diver": (3, 450.0),
               "Nitrox": (4, 190.0), "Divemaster": (1, 950.0)}
NATIONALITIES = {"United Kingdom": 9, "Germany": 6, "Netherlands": 4, "France": 3, "Egypt": 3, "United States": 3,
                 "Italy": 2}


def build_scuba(path: Path | str) -> None:
    """divers (380, birth_date, nationality, own_equipment), instructors (9, birth_year, agency, day_rate_gbp),
    dives (2023-01 to 2025-02, dive_start, max_depth_m, bottom_minutes, instructor_id NULL for unguided buddy
    dives, fee_gbp), certifications (level, certified_on NULL while still training, course_fee_gbp)."""
    rng = random.Random(11105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE divers(diver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, nationality VARCHAR, joined_on DATE, own_equipment BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, agency VARCHAR, hired_on DATE, freelance BOOLEAN,
        day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE dives(dive_id INTEGER PRIMARY KEY,
        diver_id INTEGER REFERENCES divers(diver_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        site VARCHAR, dive_start TIMESTAMP, max_depth_m DOUBLE, bottom_minutes INTEGER, water_temp_c DOUBLE,
        night_dive BOOLEAN, nitrox BOOLEAN, fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE certifications(certification_id INTEGER PRIMARY KEY,
        diver_id INTEGER REFERENCES divers(diver_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        level VARCHAR, started_on DATE, certified_on DATE, course_fee_gbp DOUBLE)""")
    divers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        divers.append((did, first, last, _day(rng, dt.date(1955, 1, 1), 19500),
                       rng.choices(list(NATIONALITIES), list(NATIONALITIES.values()))[0],
                       _day(rng, dt.date(2019, 1, 1), 2150), rng.random() < 0.3))
    instr_w = [9, 8, 5, 7, 6, 3, 4, 5, 2]
    certs, cid = [], 0
    for d in divers:
        levels = ["Open Water", "Advanced Open Water", "Rescue Diver", "Divemaster"]
        depth = rng.choices([0, 1, 2, 3, 4], [5, 6, 4, 2, 1])[0]
        chosen = levels[:depth] + (["Nitrox"] if rng.random() < 0.25 else [])
        for level in chosen:
            cid += 1
            start = _day(rng, max(d[5], dt.date(2023, 1, 1)), 700)
            if start > dt.date(2025, 2, 20):
                start = _day(rng, dt.date(2024, 3, 1), 300)
            eligible = [i for i in INSTRUCTORS if i[5] <= start]
            instructor = rng.choices(eligible, [instr_w[i[0] - 1] for i in eligible])[0]
            length = {"Open Water": 4, "Advanced Open Water": 3, "Rescue Diver": 5, "Nitrox": 1, "Divemaster": 40}
            done = start + dt.timedelta(days=length[level] + rng.randint(0, 6))
            if done > dt.date(2025, 2, 28) or rng.random() < 0.04:
                done = None
            fee = CERT_LEVELS[level][1] * (0.9 if d[6] else 1.0)
            certs.append((cid, d[0], instructor[0], level, start, done, round(fee, 2)))
    dives = []
    diver_w = [rng.choice([1, 1, 2, 3, 6, 10]) for _ in divers]
    for dive_id in range(1, 3401):
        d = rng.choices(divers, diver_w)[0]
        site = rng.choices(list(SITES), [s[1] for s in SITES.values()])[0]
        day = _day(rng, max(d[5], dt.date(2023, 1, 1)), 790)
        if day > dt.date(2025, 2, 28):
            day = _day(rng, dt.date(2024, 6, 1), 270)
        night = rng.random() < 0.08
        start = dt.datetime.combine(day, dt.time(rng.choice([19, 20]) if night else rng.choice([8, 9, 10, 11, 14, 15]),
                                                 rng.choice([0, 15, 30, 45])))
        depth = round(min(44.0, max(4.0, rng.gauss(SITES[site][0] * 0.8, 4))), 1)
        minutes = int(max(18, min(70, rng.gauss(62 - depth, 6))))
        guided = rng.random() < (0.85 if site in ("Blue Hole", "Hermes Wreck") or night else 0.55)
        eligible = [i for i in INSTRUCTORS if i[5] <= day]
        instructor = rng.choices(eligible, [instr_w[i[0] - 1] for i in eligible])[0][0] if guided else None
        summer = day.month in (6, 7, 8, 9)
        temp = round(rng.uniform(25, 29) if summer else rng.uniform(21, 25), 1)
        nitrox = rng.random() < 0.2
        fee = 45.0 + (20.0 if guided else 0.0) + (10.0 if night else 0.0) + (8.0 if nitrox else 0.0) + \
            (0.0 if d[6] else 12.0)
        dives.append((dive_id, d[0], instructor, site, start, depth, minutes, temp, night, nitrox, fee))
    _insert(con, "divers", divers)
    _insert(con, "instructors", INSTRUCTORS)
    _insert(con, "dives", dives)
    _insert(con, "certifications", certs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "lingo": build_lingo,
    "parking": build_parking,
    "drones": build_drones,
    "tailor": build_tailor,
    "scuba": build_scuba,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval111-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval111-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval111-dbs"))
