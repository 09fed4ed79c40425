"""Builders of the hundred-and-third held-out evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `climbingwall.duckdb`: a climbing wall's members (birth date), routes (grade, setter; NULL strip date while up),
  ascents (attempts, topped flag) and day passes sold
- `canalboats.duckdb`: a canal boat hire firm's boats (berths, length in feet), hirers (birth year), hires
  (start/end dates, price, locks passed) and breakdowns (boat link only implied by its name; NULL fix while open)
- `canteen.duckdb`: a school canteen's pupils (birth date, year group), allergies, meals served and account top-ups
- `dentallab.duckdb`: a dental lab's dentists (clients), technicians (birth year), cases (received/due/shipped dates,
  NULL shipped while in production) and remakes
- `radio.duckdb`: a local radio station's presenters (birth date), shows (start/end times), tracks played
  (durations in seconds) and listener calls (camelCase columns)

Usage:
    python eval103/datasets.py OUTDIR

Example:
    >>> from eval103.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval103-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['canalboats.duckdb', 'canteen.duckdb', 'climbingwall.duckdb', 'dentallab.duckdb', 'radio.duckdb']
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
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aled", "Bethan", "Callum", "Delyth", "Eilidh", "Finlay", "Gwen", "Hamish", "Isla", "Jago", "Keira",
         "Lachlan", "Mairi", "Nico", "Ottilie", "Priya", "Quinn", "Rory", "Saoirse", "Tobias", "Una", "Vikram",
         "Wren", "Xander", "Yusuf", "Zara"]
LAST = ["Abernethy", "Bramley", "Cropper", "Drummond", "Ellwood", "Farrant", "Gilchrist", "Hebden", "Ives",
        "Jephcott", "Kilbride", "Lomax", "Mottram", "Nuttall", "Ormerod", "Prendergast", "Quayle", "Rushworth",
        "Sowerby", "Thwaite", "Underwood", "Varley", "Whitworth", "Yardley"]

# ---------------------------------------------------------------------------------------------- climbing wall
SECTIONS = ["cave", "slab", "overhang", "comp wall"]
SETTERS = ["Jess Rowley", "Tom Haigh", "Anya Bell", "Marcus Dunn", "Lily Okafor"]
BOULDER = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7"]
ROPE = ["5", "5+", "6a", "6a+", "6b", "6b+", "6c", "7a"]
WORDS = ["Crimp", "Sloper", "Jug", "Arete", "Dyno", "Mantle", "Pinch", "Crack", "Roof", "Flake", "Gaston", "Heel"]
WORDS2 = ["Party", "Problem", "Line", "Traverse", "Madness", "Direct", "Groove", "Project", "Highway", "Dream",
          "Wall", "Arch", "Ladder", "Rib", "Corner", "Chimney"]
CLIMB_END = dt.date(2025, 2, 28)


def build_climbingwall(path: Path | str) -> None:
    """members (220, birth_date), routes (160; stripped_on NULL while still up), ascents (2023-01..2025-02,
    attempts, topped), day_passes."""
    rng = random.Random(10301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, belay_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_name VARCHAR,
        wall_section VARCHAR, route_type VARCHAR, grade VARCHAR, difficulty_level INTEGER, setter_name VARCHAR,
        set_on DATE, stripped_on DATE, height_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE ascents(ascent_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), route_id INTEGER REFERENCES routes(route_id),
        climbed_at TIMESTAMP, attempts INTEGER, topped BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE day_passes(pass_id INTEGER PRIMARY KEY, sold_at TIMESTAMP,
        pass_type VARCHAR, price_gbp DOUBLE, shoe_hire BOOLEAN, payment_method VARCHAR)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        kind = rng.choices(["monthly", "annual", "student", "off-peak"], [40, 22, 24, 14])[0]
        born = _day(rng, dt.date(2000, 1, 1), 2500) if kind == "student" else _day(rng, dt.date(1962, 1, 1), 14000)
        members.append((mid, first, last, born, kind, _day(rng, dt.date(2019, 1, 1), 2150), rng.random() < 0.45))
    routes, names = [], set()
    for rid in range(1, 161):
        section = rng.choices(SECTIONS, [30, 22, 30, 18])[0]
        rtype = "boulder" if section in ("cave", "comp wall") else rng.choice(["top rope", "lead"])
        level = rng.choices(range(8), [10, 16, 18, 17, 14, 11, 8, 6])[0]
        while (name := f"{rng.choice(WORDS)} {rng.choice(WORDS2)}") in names:
            pass
        names.add(name)
        set_on = _day(rng, dt.date(2022, 10, 1), 860)
        stripped = set_on + dt.timedelta(days=rng.randint(35, 160))
        if stripped > CLIMB_END:
            stripped = None
        height = round(rng.uniform(3.5, 4.5), 1) if rtype == "boulder" else round(rng.uniform(10, 15), 1)
        routes.append((rid, name, section, rtype, (BOULDER if rtype == "boulder" else ROPE)[level], level + 1,
                       rng.choices(SETTERS, [28, 24, 20, 16, 12])[0], set_on, stripped, height))
    ascents = []
    while len(ascents) < 2600:
        route = rng.choice(routes)
        end = route[8] or CLIMB_END
        if (end - route[7]).days < 1:
            continue
        day = _day(rng, route[7], (end - route[7]).days)
        if day.year < 2023:
            continue
        member = rng.choice(members)
        if member[5] > day:
            continue
        hour = rng.choices(range(7, 23), [2, 3, 3, 3, 4, 6, 5, 4, 4, 5, 8, 12, 14, 12, 8, 4])[0]
        attempts = max(1, int(rng.expovariate(1 / (1 + route[5] * 0.8))) + 1)
        topped = rng.random() < max(0.15, 0.95 - route[5] * 0.09)
        ascents.append((len(ascents) + 1, member[0], route[0],
                        dt.datetime.combine(day, dt.time(hour, rng.randrange(60))), attempts, topped))
    passes = []
    for pid in range(1, 1401):
        day = _day(rng, dt.date(2023, 1, 1), (CLIMB_END - dt.date(2023, 1, 1)).days + 1)
        ptype = rng.choices(["adult", "child", "concession", "family"], [50, 22, 18, 10])[0]
        price = {"adult": 13.5, "child": 9.0, "concession": 11.0, "family": 38.0}[ptype] + (1 if day.year >= 2024
                                                                                          else 0)
        shoes = rng.random() < 0.55
        passes.append((pid, _moment(rng, day, 9, 21), ptype, price + (4.0 if shoes else 0.0), shoes,
                       rng.choices(["card", "cash", "online"], [60, 12, 28])[0]))
    _insert(con, "members", members)
    _insert(con, "routes", routes)
    _insert(con, "ascents", ascents)
    _insert(con, "day_passes", passes)
    con.close()


# ---------------------------------------------------------------------------------------------- canal boats
BOATS = [("Kingfisher", 4, 45, "narrowboat", "Llangollen Wharf"), ("Heron", 6, 57, "narrowboat", "Llangollen Wharf"),
         ("Otter", 2, 35, "narrowboat", "Llangollen Wharf"), ("Dragonfly", 8, 68, "narrowboat", "Llangollen Wharf"),
         ("Moorhen", 4, 48, "narrowboat", "Skipton Basin"), ("Swallow", 6, 58, "widebeam", "Skipton Basin"),
         ("Water Vole", 10, 70, "widebeam", "Skipton Basin"), ("Mallard", 2, 32, "cruiser", "Skipton Basin"),
         ("Coot", 4, 50, "narrowboat", "Stoke Bruerne"), ("Grebe", 6, 60, "narrowboat", "Stoke Bruerne"),
         ("Lapwing", 8, 66, "widebeam", "Stoke Bruerne"), ("Teal", 2, 30, "cruiser", "Stoke Bruerne"),
         ("Bittern", 5, 55, "narrowboat", "Stoke Bruerne"), ("Wagtail", 4, 42, "cruiser", "Skipton Basin")]
ROUTES = {"Llangollen Wharf": ["Llangollen ring", "Chirk and back", "Ellesmere out and back"],
          "Skipton Basin": ["Leeds and Liverpool east", "Bingley Five Rise", "Gargrave loop"],
          "Stoke Bruerne": ["Grand Union north", "Blisworth tunnel run", "Foxton locks"]}
BOAT_END = dt.date(2025, 4, 30)


def build_canalboats(path: Path | str) -> None:
    """boats (14), hirers (300, birth_year), hires (2023-03..2025-04), breakdowns (boat_id NOT declared as a foreign
    key; fixed_at NULL while still broken down)."""
    rng = random.Random(10302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, berths INTEGER,
        length_ft INTEGER, boat_class VARCHAR, home_marina VARCHAR, dogs_allowed BOOLEAN, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE hirers(hirer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, first_time_boater BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), hirer_id INTEGER REFERENCES hirers(hirer_id),
        start_date DATE, end_date DATE, route_name VARCHAR, party_size INTEGER, price_gbp DOUBLE,
        locks_passed INTEGER, damage_deposit_kept BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE breakdowns(breakdown_id INTEGER PRIMARY KEY, boat_id INTEGER,
        reported_at TIMESTAMP, fault_type VARCHAR, fixed_at TIMESTAMP, callout_cost_gbp DOUBLE,
        engineer_attended BOOLEAN)""")
    boats = [(i, b[0], b[1], b[2], b[3], b[4], rng.random() < 0.5, rng.randint(1988, 2020))
             for i, b in enumerate(BOATS, start=1)]
    hirers = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        hirers.append((hid, first, last, rng.randint(1945, 2002),
                       rng.choices(["UK", "Germany", "Netherlands", "USA", "Australia"], [62, 12, 10, 9, 7])[0],
                       rng.random() < 0.4))
    hires = []
    for boat in boats:
        day = dt.date(2023, 3, 1) + dt.timedelta(days=rng.randint(0, 10))
        while day < BOAT_END:
            if day.month in (11, 12, 1, 2) and rng.random() < 0.8:
                day += dt.timedelta(days=rng.randint(7, 20))
                continue
            nights = rng.choice([3, 4, 7, 7, 7, 10, 14])
            end = day + dt.timedelta(days=nights)
            if end > BOAT_END:
                break
            summer = day.month in (6, 7, 8)
            price = round(boat[2] * 28 * nights * (1.35 if summer else 1.0) * (1.06 if day.year >= 2024 else 1.0)
                          * rng.uniform(0.92, 1.08), 2)
            hirer = rng.choice(hirers)
            hires.append((len(hires) + 1, boat[0], hirer[0], day, end, rng.choice(ROUTES[boat[5]]),
                          rng.randint(max(1, boat[2] - 3), boat[2]), price, int(nights * rng.uniform(2, 9)),
                          rng.random() < (0.12 if hirer[5] else 0.05)))
            day = end + dt.timedelta(days=rng.randint(0, 6))
    breakdowns = []
    for bid in range(1, 181):
        hire = rng.choice(hires)
        day = _day(rng, hire[3], (hire[4] - hire[3]).days)
        fault = rng.choices(["engine overheating", "flat battery", "fouled propeller", "bilge pump", "gearbox"],
                            [20, 28, 30, 12, 10])[0]
        reported = _moment(rng, day, 8, 20)
        hours = {"engine overheating": 20, "flat battery": 5, "fouled propeller": 3, "bilge pump": 8,
                 "gearbox": 48}[fault]
        fixed = reported + dt.timedelta(minutes=int(rng.uniform(0.3, 2.0) * hours * 60))
        if fixed.date() > BOAT_END - dt.timedelta(days=1) or rng.random() < 0.04:
            fixed = None
        engineer = fault != "fouled propeller" or rng.random() < 0.3
        breakdowns.append((bid, hire[1], reported, fault, fixed,
                           round(rng.uniform(60, 450) if engineer else 0.0, 2), engineer))
    breakdowns.sort(key=lambda b: b[2])
    breakdowns = [(i,) + b[1:] for i, b in enumerate(breakdowns, start=1)]
    _insert(con, "boats", boats)
    _insert(con, "hirers", hirers)
    _insert(con, "hires", hires)
    _insert(con, "breakdowns", breakdowns)
    con.close()


# ---------------------------------------------------------------------------------------------- school canteen
MEALS = {"hot dinner": 2.65, "jacket potato": 2.30, "sandwich": 2.10, "salad bar": 2.40, "pasta pot": 2.20}
CANTEEN_END = dt.date(2024, 12, 20)


def _school_day(rng: random.Random) -> dt.date:
    """A weekday in term time (no August, no Christmas week) between 2023-01-04 and 2024-12-20."""
    while True:
        day = _day(rng, dt.date(2023, 1, 4), (CANTEEN_END - dt.date(2023, 1, 4)).days + 1)
        if day.weekday() < 5 and day.month != 8 and not (day.month == 12 and day.day > 20):
            return day


def build_canteen(path: Path | str) -> None:
    """pupils (240, birth_date, year_group 7-11), allergies, meals (2023-01..2024-12), top_ups."""
    rng = random.Random(10303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, year_group INTEGER, house VARCHAR, free_school_meals BOOLEAN,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE allergies(allergy_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), allergen VARCHAR, severity VARCHAR, epipen BOOLEAN,
        recorded_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE meals(meal_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), served_at TIMESTAMP, meal_type VARCHAR, vegetarian BOOLEAN,
        price_gbp DOUBLE, pudding BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE top_ups(top_up_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), topped_up_at TIMESTAMP, amount_gbp DOUBLE, method VARCHAR)""")
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        year_group = rng.randint(7, 11)
        born = dt.date(2024 - year_group - 5 - 1, 9, 1) + dt.timedelta(days=rng.randrange(365))
        left = _day(rng, dt.date(2023, 3, 1), 600) if rng.random() < 0.06 else None
        pupils.append((pid, first, last, born, year_group, rng.choice(["Brunel", "Curie", "Darwin", "Fry"]),
                       rng.random() < 0.22, left))
    allergies = []
    for pupil in pupils:
        if rng.random() < 0.2:
            for allergen in rng.sample(["nuts", "gluten", "dairy", "egg", "sesame", "fish"], rng.choice([1, 1, 2])):
                severe = rng.random() < 0.3
                allergies.append((len(allergies) + 1, pupil[0], allergen, "severe" if severe else "mild",
                                  severe and allergen in ("nuts", "sesame", "fish", "egg"),
                                  _day(rng, dt.date(2016, 1, 1), 2900)))
    meals = []
    while len(meals) < 3200:
        pupil = rng.choice(pupils)
        day = _school_day(rng)
        if pupil[7] and day > pupil[7]:
            continue
        meal = rng.choices(list(MEALS), [38, 18, 20, 12, 12])[0]
        price = 0.0 if pupil[6] else round(MEALS[meal] + (0.15 if day >= dt.date(2024, 9, 1) else 0), 2)
        pudding = rng.random() < 0.35
        if pudding and not pupil[6]:
            price = round(price + 0.6, 2)
        meals.append((len(meals) + 1, pupil[0], dt.datetime.combine(day, dt.time(12, rng.randint(0, 59))),
                      meal, meal == "salad bar" or rng.random() < 0.25, price, pudding))
    meals.sort(key=lambda m: m[2])
    meals = [(i,) + m[1:] for i, m in enumerate(meals, start=1)]
    top_ups = []
    for tid in range(1, 901):
        pupil = rng.choice([p for p in pupils if not p[6]])
        day = _day(rng, dt.date(2023, 1, 1), (CANTEEN_END - dt.date(2023, 1, 1)).days + 1)
        method = rng.choices(["online", "cash", "cheque"], [70, 24, 6])[0]
        top_ups.append((tid, pupil[0], _moment(rng, day, 6, 22) if method == "online" else _moment(rng, day, 8, 9),
                        float(rng.choice([5, 10, 10, 15, 20, 20, 25, 30, 40, 50])), method))
    _insert(con, "pupils", pupils)
    _insert(con, "allergies", allergies)
    _insert(con, "meals", meals)
    _insert(con, "top_ups", top_ups)
    con.close()


# ---------------------------------------------------------------------------------------------- dental lab
PRACTICES = [("Riverside Dental", "Shrewsbury"), ("Castle Smiles", "Ludlow"), ("Abbey Dental Care", "Shrewsbury"),
             ("Wrekin Dental", "Telford"), ("Oswestry Family Dentists", "Oswestry"), ("The Tooth Studio", "Telford"),
             ("Bridgnorth Dental", "Bridgnorth")]
CASE_TYPES = {"crown": (["zirconia", "e.max", "PFM"], 95, 1), "bridge": (["zirconia", "PFM"], 260, 3),
              "denture": (["acrylic", "chrome cobalt"], 180, 1), "veneer": (["e.max", "composite"], 120, 2),
              "implant crown": (["zirconia", "titanium"], 310, 1)}
LAB_END = dt.date(2025, 3, 31)


def build_dentallab(path: Path | str) -> None:
    """dentists (18, clients), technicians (9, birth_year), cases (2023-01..2025-03; shipped_on NULL while in
    production), remakes."""
    rng = random.Random(10304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dentists(dentist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, practice_name VARCHAR, town VARCHAR, nhs_contract BOOLEAN, client_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, specialty VARCHAR, full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cases(case_id INTEGER PRIMARY KEY,
        dentist_id INTEGER REFERENCES dentists(dentist_id), technician_id INTEGER REFERENCES technicians(technician_id),
        case_type VARCHAR, material VARCHAR, units INTEGER, received_on DATE, due_on DATE, shipped_on DATE,
        materials_cost_gbp DOUBLE, fee_gbp DOUBLE, rush BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE remakes(remake_id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES cases(case_id), requested_on DATE, reason VARCHAR, chargeable BOOLEAN,
        remake_cost_gbp DOUBLE)""")
    names = _unique_names(rng, FIRST, LAST, 27)
    dentists = []
    for did, (first, last) in enumerate(names[:18], start=1):
        practice, town = PRACTICES[(did - 1) % len(PRACTICES)]
        dentists.append((did, first, last, practice, town, rng.random() < 0.6, _day(rng, dt.date(2012, 1, 1), 3800)))
    specialties = ["crown and bridge"] * 4 + ["dentures"] * 3 + ["implants"] * 2
    technicians = [(tid, first, last, rng.randint(1960, 1999), specialties[tid - 1], rng.random() < 0.7)
                   for tid, (first, last) in enumerate(names[18:], start=1)]
    weights = [rng.uniform(0.3, 3) for _ in dentists]
    cases = []
    for cid in range(1, 1501):
        dentist = rng.choices(dentists, weights)[0]
        received = _day(rng, dt.date(2023, 1, 2), (LAB_END - dt.date(2023, 1, 2)).days + 1)
        ctype = rng.choices(list(CASE_TYPES), [45, 15, 18, 12, 10])[0]
        materials, base, units = CASE_TYPES[ctype]
        material = rng.choice(materials)
        n_units = rng.randint(units, units + 2) if ctype in ("bridge", "veneer") else 1
        rush = rng.random() < 0.12
        due = received + dt.timedelta(days=rng.randint(3, 5) if rush else rng.randint(7, 14))
        shipped = due + dt.timedelta(days=rng.choice([-3, -2, -1, -1, 0, 0, 0, 1, 2, 4]))
        shipped = max(shipped, received + dt.timedelta(days=2))
        if shipped > LAB_END:
            shipped = None
        pool = {"denture": ["dentures"], "implant crown": ["implants", "crown and bridge"]}.get(ctype,
                                                                                             ["crown and bridge"])
        tech = rng.choice([t for t in technicians if t[4] in pool])
        cost = round(n_units * base * rng.uniform(0.18, 0.32) * (1.6 if material in ("zirconia", "titanium") else 1),
                     2)
        fee = round(n_units * base * rng.uniform(0.95, 1.1) * (1.25 if rush else 1), 2)
        cases.append((cid, dentist[0], tech[0], ctype, material, n_units, received, due, shipped, cost, fee, rush))
    cases.sort(key=lambda c: c[6])
    cases = [(i,) + c[1:] for i, c in enumerate(cases, start=1)]
    remakes = []
    for case in cases:
        if case[8] is None or rng.random() > 0.08:
            continue
        requested = case[8] + dt.timedelta(days=rng.randint(3, 30))
        if requested > LAB_END:
            continue
        reason = rng.choices(["poor fit", "shade mismatch", "fractured", "bite too high"], [40, 25, 15, 20])[0]
        chargeable = reason == "shade mismatch" and rng.random() < 0.6
        remakes.append((len(remakes) + 1, case[0], requested, reason, chargeable, round(case[9] * 1.1, 2)))
    _insert(con, "dentists", dentists)
    _insert(con, "technicians", technicians)
    _insert(con, "cases", cases)
    _insert(con, "remakes", remakes)
    con.close()


# ---------------------------------------------------------------------------------------------- radio station
SHOWS = [("Wake Up Wensleydale", "breakfast", 6, 3, False), ("Dales Drive", "drivetime", 16, 3, False),
         ("Folk Roots", "folk", 19, 2, True), ("Late Night Jazz", "jazz", 22, 2, True),
         ("Community Hour", "talk", 12, 1, False), ("Saturday Indie Session", "indie", 14, 3, True)]
ARTISTS = ["The Unthanks", "Kate Rusby", "Arctic Monkeys", "Nina Simone", "Elbow", "Self Esteem",
           "Corinne Bailey Rae", "The Beautiful South", "Richard Hawley", "Miles Davis", "Bill Withers",
           "The Wensleydale Three", "Swaledale Fiddlers", "Hebden Bridge Band", "Yorkshire Tea Party"]
LOCAL = {"The Wensleydale Three", "Swaledale Fiddlers", "Hebden Bridge Band", "Yorkshire Tea Party", "Kate Rusby",
         "The Unthanks", "Richard Hawley", "Corinne Bailey Rae", "Arctic Monkeys"}
RADIO_END = dt.date(2024, 12, 31)


def build_radio(path: Path | str) -> None:
    """presenters (10, birthDate), shows (2023-2024 broadcasts with startTime/endTime), tracksPlayed
    (durationSeconds), listenerCalls (camelCase columns)."""
    rng = random.Random(10305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE presenters("presenterId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "isVolunteer" BOOLEAN, "joinedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE shows("showId" INTEGER PRIMARY KEY, "showTitle" VARCHAR, "genre" VARCHAR,
        "presenterId" INTEGER REFERENCES presenters("presenterId"), "startTime" TIMESTAMP, "endTime" TIMESTAMP,
        "isLive" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "tracksPlayed"("playId" INTEGER PRIMARY KEY,
        "showId" INTEGER REFERENCES shows("showId"), "playedAt" TIMESTAMP, "artistName" VARCHAR,
        "trackTitle" VARCHAR, "durationSeconds" INTEGER, "isLocalArtist" BOOLEAN, "wasRequested" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "listenerCalls"("callId" INTEGER PRIMARY KEY,
        "showId" INTEGER REFERENCES shows("showId"), "callerTown" VARCHAR, "calledAt" TIMESTAMP, "callType" VARCHAR,
        "wentOnAir" BOOLEAN, "callSeconds" INTEGER)""")
    presenters = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 10), start=1):
        presenters.append((pid, first, last, _day(rng, dt.date(1958, 1, 1), 15000), pid > 4,
                           _day(rng, dt.date(2010, 1, 1), 4500)))
    host = {s[0]: rng.sample(range(1, 11), 2) for s in SHOWS}
    shows = []
    for _ in range(700):
        title, genre, hour, length, _pre = rng.choice(SHOWS)
        day = _day(rng, dt.date(2023, 1, 1), (RADIO_END - dt.date(2023, 1, 1)).days)
        start = dt.datetime.combine(day, dt.time(hour, 0))
        end = start + dt.timedelta(hours=length, minutes=rng.choice([-2, 0, 0, 0, 3, 5]))
        shows.append((title, genre, rng.choices(host[title], [75, 25])[0], start, end, rng.random() < 0.8))
    shows = sorted(set({(s[0], s[3]): s for s in shows}.values()), key=lambda s: s[3])
    shows = [(i, s[0], s[1], s[2], s[3], s[4], s[5]) for i, s in enumerate(shows, start=1)]
    tracks, calls = [], []
    towns = ["Hawes", "Leyburn", "Askrigg", "Richmond", "Bedale", "Reeth"]
    for show in shows:
        if rng.random() < 0.55:
            minute = 0
            while minute < (show[5] - show[4]).seconds // 60 - 5:
                artist = rng.choice(ARTISTS)
                secs = rng.randint(150, 330) if show[2] != "jazz" else rng.randint(240, 540)
                tracks.append((len(tracks) + 1, show[0], show[4] + dt.timedelta(minutes=minute), artist,
                               f"{rng.choice(WORDS)} {rng.choice(WORDS2)}", secs, artist in LOCAL,
                               rng.random() < 0.12))
                minute += secs // 60 + rng.randint(4, 12)
        for _ in range(rng.choices([0, 1, 2, 3], [40, 30, 20, 10])[0]):
            ctype = rng.choices(["request", "competition", "complaint", "on-air chat"], [40, 25, 10, 25])[0]
            aired = ctype == "on-air chat" or (ctype != "complaint" and rng.random() < 0.4)
            calls.append((len(calls) + 1, show[0], rng.choice(towns),
                          show[4] + dt.timedelta(minutes=rng.randint(0, 100)), ctype, aired,
                          rng.randint(30, 420) if aired else rng.randint(20, 200)))
    _insert(con, "presenters", presenters)
    _insert(con, "shows", shows)
    _insert(con, "tracksPlayed", tracks)
    _insert(con, "listenerCalls", calls)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "climbingwall": build_climbingwall,
    "canalboats": build_canalboats,
    "canteen": build_canteen,
    "dentallab": build_dentallab,
    "radio": build_radio,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval103-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval103-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval103-dbs"))
