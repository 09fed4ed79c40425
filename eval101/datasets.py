"""Builders of the 101st development evaluation corpus: five DuckDB files in hobby and local-service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `pottery.duckdb`: a pottery studio's members (birth date), kilns, firings (start/end TIMESTAMP) and pieces
- `skihire.duckdb`: a ski hire shop's skis (length cm), customers (birth year, height, shoe size) and rentals
- `grooming.duckdb`: a dog grooming salon's owners, dogs (breed, weight kg) and appointments (no-show flag)
- `recycling.duckdb`: a municipal recycling centre's visits, materials, weighings (material link only implied), fines
- `brassband.duckdb`: a brass band's players, contests, engagements and engagement line-ups (camelCase columns)

Usage:
    python eval101/datasets.py OUTDIR

Example:
    >>> from eval101.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval101-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['brassband.duckdb', 'grooming.duckdb', 'pottery.duckdb', 'recycling.duckdb', 'skihire.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import string
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Agnes", "Boris", "Cerys", "Declan", "Elodie", "Fergus", "Greta", "Hamish", "Isla", "Joaquin", "Kasia",
         "Lorcan", "Maeve", "Niamh", "Oskar", "Petra", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Winifred",
         "Xavier", "Yusuf", "Zofia", "Anouk", "Bram", "Clementine"]
LAST = ["Ackroyd", "Baptiste", "Calloway", "Dunmore", "Ellery", "Farquhar", "Gillespie", "Hargreaves", "Iqbal",
        "Jessop", "Kowalczyk", "Lindqvist", "McAllister", "Nakamura", "Okonkwo", "Pennington", "Rafferty",
        "Sutcliffe", "Thorne", "Underwood", "Varga", "Whitlock", "Yates", "Zimmerman"]

# ------------------------------------------------------------------------------------------ pottery studio
KILNS = [(1, "Big Bertha", "electric", 280, 1300, dt.date(2015, 4, 1)),
         (2, "Little Kiln", "electric", 90, 1280, dt.date(2019, 9, 12)),
         (3, "Gas Kiln", "gas", 400, 1320, dt.date(2012, 6, 20)),
         (4, "Raku Drum", "raku", 60, 1050, dt.date(2021, 3, 5))]
FORMS = {"mug": (350, 600), "bowl": (300, 1200), "plate": (500, 1500), "vase": (600, 2500), "sculpture": (800, 4000),
         "teapot": (700, 1600)}
GLAZES = ["celadon", "tenmoku", "shino", "clear", "matt white", "copper red"]
CLAYS = ["stoneware", "porcelain", "earthenware"]


def build_pottery(path: Path | str) -> None:
    """members (140, birth_date, left_on NULL while a member), kilns (4), firings (started_at/finished_at TIMESTAMP,
    finished_at NULL while the firing runs), pieces (glaze NULL when unglazed, firing_id NULL until fired)."""
    rng = random.Random(10101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, left_on DATE,
        has_key_access BOOLEAN, monthly_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE kilns(kiln_id INTEGER PRIMARY KEY, kiln_name VARCHAR, fuel VARCHAR,
        capacity_litres INTEGER, max_temp_c INTEGER, installed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE firings(firing_id INTEGER PRIMARY KEY,
        kiln_id INTEGER REFERENCES kilns(kiln_id), firing_type VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
        peak_temp_c INTEGER, energy_kwh DOUBLE, loaded_by INTEGER REFERENCES members(member_id), failed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pieces(piece_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), firing_id INTEGER REFERENCES firings(firing_id),
        form VARCHAR, clay_body VARCHAR, glaze VARCHAR, weight_g INTEGER, made_on DATE, status VARCHAR,
        firing_fee_gbp DOUBLE, for_sale BOOLEAN)""")
    members = []
    fees = {"full": 85.0, "off-peak": 55.0, "student": 40.0, "associate": 25.0}
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        kind = rng.choices(list(fees), [40, 30, 15, 15])[0]
        birth = _day(rng, dt.date(1950, 1, 1), 19000) if kind != "student" else _day(rng, dt.date(1996, 1, 1), 3600)
        joined = _day(rng, dt.date(2019, 1, 1), 2000)
        left = joined + dt.timedelta(days=rng.randint(150, 1200)) if rng.random() < 0.25 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        members.append((mid, first, last, birth, kind, joined, left, kind == "full" or rng.random() < 0.2,
                        fees[kind]))
    firings = []
    end = dt.datetime(2024, 12, 31, 23, 0)
    for fid in range(1, 521):
        kiln = rng.choices(KILNS, [40, 30, 20, 10])[0]
        ftype = "raku" if kiln[2] == "raku" else rng.choices(["bisque", "glaze"], [45, 55])[0]
        start = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 7, 20)
        if fid == 520:  # the last firing of the data is still running
            start = dt.datetime(2024, 12, 31, 15, 10)
        hours = rng.uniform(2.5, 5) if ftype == "raku" else rng.uniform(7, 11) if ftype == "bisque" else \
            rng.uniform(9, 14)
        finish = start + dt.timedelta(minutes=int(hours * 60))
        if finish > end or fid == 520:
            finish = None
        if ftype == "glaze":
            peak = rng.randint(1180, min(kiln[4], 1300) - 5)
        else:
            peak = rng.randint(900, 1010) if ftype == "raku" else rng.randint(960, 1010)
        kwh = round(kiln[3] * hours * rng.uniform(0.05, 0.08), 1) if kiln[2] == "electric" else None
        active = [m for m in members if m[5] <= start.date() and (m[6] is None or m[6] > start.date()) and m[7]]
        firings.append((fid, kiln[0], ftype, start, finish, peak, kwh, rng.choice(active)[0],
                        rng.random() < 0.05))
    pieces = []
    for pid in range(1, 2401):
        made = _day(rng, dt.date(2023, 1, 1), 731)
        active = [m for m in members if m[5] <= made and (m[6] is None or m[6] > made)]
        member = rng.choice(active)
        form = rng.choices(list(FORMS), [30, 28, 14, 12, 6, 10])[0]
        clay = rng.choices(CLAYS, [60, 25, 15])[0]
        weight = rng.randint(*FORMS[form])
        later = [f for f in firings if made < f[3].date() <= made + dt.timedelta(days=40)]
        status = rng.choices(["greenware", "bisqued", "finished", "cracked"], [8, 12, 70, 10])[0]
        firing = None if status == "greenware" or not later else rng.choice(later)
        if firing is None:
            status = "greenware"
        glaze = rng.choice(GLAZES) if status in ("finished", "cracked") and rng.random() < 0.88 else None
        if firing is not None and firing[2] == "raku":
            glaze = "raku crackle"
        fee = round(weight / 1000 * (6.0 if clay == "porcelain" else 4.5), 2) if firing is not None else 0.0
        pieces.append((pid, member[0], None if firing is None else firing[0], form, clay, glaze, weight, made, status,
                       fee, status == "finished" and rng.random() < 0.3))
    _insert(con, "members", members)
    _insert(con, "kilns", KILNS)
    _insert(con, "firings", firings)
    _insert(con, "pieces", pieces)
    con.close()


# ------------------------------------------------------------------------------------------ ski hire
BRANDS = {"Rossignol": ["Experience 82", "Hero Elite", "Black Ops"], "Atomic": ["Redster", "Vantage 90", "Bent 100"],
          "Salomon": ["S/Max", "Stance 88", "QST 106"], "Head": ["Supershape", "Kore 93", "Joy 9"],
          "Volkl": ["Deacon", "Mantra M6", "Blaze 94"]}
SKI_TYPES = ["beginner", "piste", "all-mountain", "freeride"]
COUNTRIES = {"UK": 35, "France": 18, "Netherlands": 14, "Germany": 12, "Belgium": 8, "Denmark": 6, "USA": 7}


def build_skihire(path: Path | str) -> None:
    """skis (160, length_cm, retired_on NULL while in service), customers (900, birth_year, height_cm, shoe size),
    rentals (winter seasons Dec 2022 to Apr 2025; returned_on NULL while still out, damage_charge_eur NULL
    unless damaged)."""
    rng = random.Random(10102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE skis(ski_id INTEGER PRIMARY KEY, brand VARCHAR, model VARCHAR,
        ski_type VARCHAR, length_cm INTEGER, purchased_on DATE, purchase_price_eur DOUBLE, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, height_cm INTEGER, weight_kg INTEGER,
        shoe_size_eu DOUBLE, ability VARCHAR, newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), ski_id INTEGER REFERENCES skis(ski_id),
        out_date DATE, due_date DATE, returned_on DATE, days_charged INTEGER, daily_rate_eur DOUBLE,
        rental_total_eur DOUBLE, insurance BOOLEAN, damage_charge_eur DOUBLE, boots_included BOOLEAN)""")
    skis = []
    base_rate = {"beginner": 18.0, "piste": 26.0, "all-mountain": 30.0, "freeride": 36.0}
    for sid in range(1, 161):
        brand = rng.choice(list(BRANDS))
        stype = rng.choices(SKI_TYPES, [25, 35, 28, 12])[0]
        bought = _day(rng, dt.date(2018, 6, 1), 2200)
        retired = None
        if rng.random() < 0.15:
            retired = _day(rng, dt.date(2023, 5, 1), 600)
        skis.append((sid, brand, rng.choice(BRANDS[brand]), stype, rng.choice(range(140, 191, 5)), bought,
                     round(rng.uniform(320, 780), 2), retired))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        height = rng.randint(145, 198)
        customers.append((cid, first, last, rng.randint(1950, 2012), rng.choices(list(COUNTRIES),
                          list(COUNTRIES.values()))[0], height, int(height * rng.uniform(0.38, 0.5)),
                          float(rng.choice(range(72, 94)) / 2), rng.choices(["beginner", "intermediate", "advanced"],
                                                                             [30, 45, 25])[0], rng.random() < 0.4))
    seasons = [(dt.date(2022, 12, 10), 130), (dt.date(2023, 12, 9), 132), (dt.date(2024, 12, 7), 120)]
    rentals = []
    for rid in range(1, 2601):
        start, span = rng.choices(seasons, [30, 38, 32])[0]
        out = _day(rng, start, span)
        customer = rng.choice(customers)
        wanted = {"beginner": ["beginner", "piste"], "intermediate": ["piste", "all-mountain"],
                  "advanced": ["all-mountain", "freeride"]}[customer[8]]
        pool = [s for s in skis if s[3] in wanted and s[5] <= out and (s[7] is None or s[7] > out)]
        ski = rng.choice(pool)
        days = rng.choice([1, 2, 3, 5, 6, 6, 6, 7])
        due = out + dt.timedelta(days=days)
        returned = due + dt.timedelta(days=rng.choice([0, 0, 0, 0, 0, 0, -1, 1, 2]))
        returned = max(returned, out)
        if returned > dt.date(2025, 4, 6):
            returned = None
        charged = days if returned is None else max(1, (returned - out).days)
        rate = base_rate[ski[3]] * (1.08 if out >= dt.date(2024, 6, 1) else 1.0)
        insured = rng.random() < 0.55
        damage = None
        if returned is not None and rng.random() < 0.08:
            damage = round(rng.choice([25.0, 40.0, 60.0, 90.0, 150.0]) * (0.3 if insured else 1.0), 2)
        rentals.append((rid, customer[0], ski[0], out, due, returned, charged, round(rate, 2), round(rate * charged, 2),
                        insured, damage, rng.random() < 0.7))
    _insert(con, "skis", skis)
    _insert(con, "customers", customers)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------ dog grooming
BREEDS = {"Cockapoo": (7, 12, "medium"), "Labrador": (25, 36, "large"), "Shih Tzu": (4, 8, "small"),
          "Cocker Spaniel": (12, 16, "medium"), "Border Collie": (14, 20, "medium"), "Golden Retriever": (27, 34,
                                                                                                         "large"),
          "Dachshund": (7, 12, "small"), "Bichon Frise": (5, 8, "small"), "Standard Poodle": (20, 30, "large"),
          "Jack Russell": (5, 8, "small")}
SERVICES = {"full groom": 45.0, "bath and brush": 30.0, "nail trim": 12.0, "puppy intro": 20.0, "hand strip": 55.0}
GROOMERS = ["Becky", "Tariq", "Lou", "Morgan"]
TOWNS = ["Ashford", "Bramley", "Cranleigh", "Dunsfold", "Ewhurst"]
DOG_NAMES = ["Bella", "Max", "Luna", "Teddy", "Daisy", "Alfie", "Poppy", "Milo", "Bailey", "Coco", "Ruby", "Buster",
             "Rosie", "Archie", "Willow", "Biscuit", "Pepper", "Ziggy", "Maple", "Otis"]


def build_grooming(path: Path | str) -> None:
    """owners (320), dogs (420, breed, weight_kg, birth_date, died_on NULL), appointments (2023-2024, appointment_at
    TIMESTAMP, service, price_gbp, no_show, paid_at NULL unless paid)."""
    rng = random.Random(10103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, town VARCHAR, registered_on DATE, sms_reminders BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dogs(dog_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES
        owners(owner_id), dog_name VARCHAR, breed VARCHAR, size VARCHAR, weight_kg DOUBLE, birth_date DATE,
        neutered BOOLEAN, nervous BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        dog_id INTEGER REFERENCES dogs(dog_id), appointment_at TIMESTAMP, service VARCHAR, groomer VARCHAR,
        duration_min INTEGER, price_gbp DOUBLE, tip_gbp DOUBLE, no_show BOOLEAN, paid_at TIMESTAMP)""")
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        owners.append((oid, first, last, rng.choices(TOWNS, [30, 25, 20, 15, 10])[0],
                       _day(rng, dt.date(2020, 1, 1), 1700), rng.random() < 0.65))
    dogs = []
    for did in range(1, 421):
        breed = rng.choices(list(BREEDS), [22, 12, 10, 10, 8, 7, 9, 7, 6, 9])[0]
        low, high, size = BREEDS[breed]
        owner = owners[did - 1] if did <= len(owners) else rng.choice(owners)
        dogs.append((did, owner[0], rng.choice(DOG_NAMES), breed, size, round(rng.uniform(low, high), 1),
                     _day(rng, dt.date(2010, 1, 1), 5100), rng.random() < 0.7, rng.random() < 0.15))
    appts = []
    booked = dogs[:396]  # the last dogs registered have not been booked in yet
    for aid in range(1, 3201):
        dog = rng.choice(booked)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        at = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 15, 30, 45])))
        service = rng.choices(list(SERVICES), [40, 28, 18, 6, 8])[0]
        size_mult = {"small": 0.85, "medium": 1.0, "large": 1.35}[dog[4]]
        price = round(SERVICES[service] * (size_mult if service != "nail trim" else 1.0)
                      * (1.06 if day.year == 2024 else 1.0), 2)
        minutes = {"full groom": 120, "bath and brush": 75, "nail trim": 15, "puppy intro": 45, "hand strip": 150}
        no_show = rng.random() < (0.12 if dog[8] else 0.06)
        paid = None if no_show or rng.random() < 0.03 else at + dt.timedelta(minutes=minutes[service] + rng.randint(0,
                                                                                                                     20))
        tip = 0.0 if paid is None or rng.random() < 0.6 else float(rng.choice([2, 3, 5, 5, 10]))
        appts.append((aid, dog[0], at, service, rng.choices(GROOMERS, [35, 30, 20, 15])[0], minutes[service],
                      price, tip, no_show, paid))
    _insert(con, "owners", owners)
    _insert(con, "dogs", dogs)
    _insert(con, "appointments", appts)
    con.close()


# ------------------------------------------------------------------------------------------ recycling centre
MATERIALS = [(1, "Garden waste", "organic", True, 18.0), (2, "Cardboard", "paper", True, -35.0),
             (3, "Mixed paper", "paper", True, -20.0), (4, "Scrap metal", "metal", True, -140.0),
             (5, "Glass bottles", "glass", True, -15.0), (6, "Wood", "bulky", True, 42.0),
             (7, "Rubble", "inert", False, 30.0), (8, "General waste", "residual", False, 105.0),
             (9, "Electricals", "WEEE", True, 55.0), (10, "Plasterboard", "inert", False, 85.0),
             (11, "Textiles", "textiles", True, -60.0)]
FINE_REASONS = {"trade waste": 150.0, "unsorted load": 50.0, "no permit": 75.0, "fly-tipping at gate": 400.0}


def _reg(rng: random.Random) -> str:
    """A UK-style vehicle registration like 'AB12 CDE'."""
    letters = string.ascii_uppercase
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74):02d} "
            f"{''.join(rng.choice(letters) for _ in range(3))}")


def build_recycling(path: Path | str) -> None:
    """visits (2023-01 to 2025-03, arrived_at/departed_at TIMESTAMP, vehicle_reg, vehicle_type, is_resident),
    materials (11), weighings (visit_id declared, material_id only implied, weight_kg), fines (paid_on NULL while
    unpaid)."""
    rng = random.Random(10104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE materials(material_id INTEGER PRIMARY KEY, material_name VARCHAR,
        category VARCHAR, recyclable BOOLEAN, gate_fee_per_tonne_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, vehicle_reg VARCHAR,
        vehicle_type VARCHAR, arrived_at TIMESTAMP, departed_at TIMESTAMP, is_resident BOOLEAN, site_bay INTEGER,
        booked_slot BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE weighings(weighing_id INTEGER PRIMARY KEY,
        visit_id INTEGER REFERENCES visits(visit_id), material_id INTEGER, weight_kg DOUBLE, contaminated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fines(fine_id INTEGER PRIMARY KEY, visit_id INTEGER REFERENCES
        visits(visit_id), reason VARCHAR, amount_gbp DOUBLE, issued_on DATE, paid_on DATE)""")
    regulars = [(_reg(rng), rng.choices(["car", "van", "car with trailer"], [70, 15, 15])[0]) for _ in range(260)]
    visits, weighings, fines = [], [], []
    end = dt.date(2025, 3, 31)
    for vid in range(1, 3601):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        if day.weekday() in (1, 2) and rng.random() < 0.6:  # quieter midweek
            day = day + dt.timedelta(days=3)
        if day > end:
            day = end
        reg, vtype = rng.choice(regulars) if rng.random() < 0.6 else (_reg(rng), rng.choices(
            ["car", "van", "car with trailer"], [60, 25, 15])[0])
        arrived = _moment(rng, day, 8, 17)
        departed = arrived + dt.timedelta(minutes=rng.randint(6, 40))
        resident = rng.random() < (0.95 if vtype == "car" else 0.8)
        visits.append((vid, reg, vtype, arrived, departed, resident, rng.randint(1, 8), day.year >= 2024
                       and rng.random() < 0.7))
        for material in rng.sample(MATERIALS, rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]):
            scale = 2.5 if vtype != "car" else 1.0
            weight = round(rng.uniform(5, 120) * scale * (4 if material[2] in ("inert", "organic") else 1), 1)
            weighings.append((len(weighings) + 1, vid, material[0], weight, rng.random() < 0.07))
        if vtype == "van" and rng.random() < 0.12 or rng.random() < 0.015:
            reason = rng.choices(list(FINE_REASONS), [45, 30, 20, 5])[0]
            paid = day + dt.timedelta(days=rng.randint(3, 60)) if rng.random() < 0.72 else None
            if paid is not None and paid > end:
                paid = None
            fines.append((len(fines) + 1, vid, reason, FINE_REASONS[reason], day, paid))
    _insert(con, "materials", MATERIALS)
    _insert(con, "visits", visits)
    _insert(con, "weighings", weighings)
    _insert(con, "fines", fines)
    con.close()


# ------------------------------------------------------------------------------------------ brass band (camelCase)
INSTRUMENTS = {"cornet": ("cornets", 10), "flugelhorn": ("cornets", 1), "tenor horn": ("horns", 3),
               "baritone": ("baritones", 2), "euphonium": ("baritones", 2), "trombone": ("trombones", 3),
               "bass": ("basses", 4), "percussion": ("percussion", 3)}
CONTESTS = ["Spring Festival", "Area Championship", "Whit Friday", "Autumn Open", "Entertainment Contest",
            "County Championship", "Christmas Cracker"]
ENGAGEMENT_TYPES = {"concert": 900.0, "church service": 250.0, "parade": 400.0, "wedding": 600.0,
                    "fete": 350.0, "remembrance": 0.0}


def build_brassband(path: Path | str) -> None:
    """players (45, birthDate, joinedDate, leftDate NULL while playing), contests (2023-2024, placing, points),
    engagements (2023-2024, feeGbp, paidDate NULL while unpaid), engagementPlayers (who played each engagement)."""
    rng = random.Random(10105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE players("playerId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "instrument" VARCHAR, "section" VARCHAR, "joinedDate" DATE,
        "leftDate" DATE, "isPrincipal" BOOLEAN, "annualSubsGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE contests("contestId" INTEGER PRIMARY KEY, "contestName" VARCHAR,
        "contestDate" DATE, "venue" VARCHAR, "category" VARCHAR, "bandsCompeting" INTEGER, "placing" INTEGER,
        "points" INTEGER, "prizeMoneyGbp" DOUBLE, "testPiece" VARCHAR, "entryFeeGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE engagements("engagementId" INTEGER PRIMARY KEY, "engagementDate" DATE,
        "startTime" TIMESTAMP, "engagementType" VARCHAR, "clientName" VARCHAR, "town" VARCHAR,
        "feeGbp" DOUBLE, "durationHours" DOUBLE, "travelMiles" INTEGER, "paidDate" DATE, "outdoor" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "engagementPlayers"("engagementId" INTEGER REFERENCES
        engagements("engagementId"), "playerId" INTEGER REFERENCES players("playerId"), "expensesGbp" DOUBLE)""")
    players = []
    slots = [i for i, (_, n) in INSTRUMENTS.items() for _ in range(n)]
    slots += [rng.choice(["cornet", "trombone", "bass", "tenor horn", "percussion"]) for _ in range(45 - len(slots))]
    principal_done: set[str] = set()
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        instrument = slots[pid - 1]
        joined = _day(rng, dt.date(1995, 1, 1), 10800)
        left = _day(rng, dt.date(2023, 2, 1), 690) if rng.random() < 0.2 else None
        principal = instrument not in principal_done
        principal_done.add(instrument)
        players.append((pid, first, last, _day(rng, dt.date(1950, 1, 1), 21000), instrument,
                        INSTRUMENTS[instrument][0], joined, left, principal, rng.choice([60.0, 120.0, 120.0, 30.0])))
    players = [p if p[6] < (p[7] or dt.date(2030, 1, 1)) else p[:6] + (p[6], None) + p[8:] for p in players]
    contests = []
    venues = ["Blackpool Winter Gardens", "Huddersfield Town Hall", "Saddleworth", "Buxton Pavilion", "Leeds Town Hall"]
    pieces = ["Connotations", "Le Roi d'Ys", "Pageantry", "Vienna Nights", "Salute to Youth", "Kensington Concerto"]
    for cid in range(1, 59):
        name = rng.choice(CONTESTS)
        date = _day(rng, dt.date(2023, 1, 1), 731)
        bands = rng.randint(8, 24) if name != "Whit Friday" else rng.randint(30, 60)
        placing = min(bands, max(1, int(rng.triangular(1, bands, 4))))
        points = max(150, 198 - placing * 2 - rng.randint(0, 6))
        prize = {1: 500.0, 2: 300.0, 3: 150.0}.get(placing, 0.0)
        contests.append((cid, name, date, "Saddleworth" if name == "Whit Friday" else rng.choice(venues),
                         rng.choices(["own-choice", "set test", "march"], [40, 40, 20])[0], bands, placing, points,
                         prize, None if name == "Whit Friday" else rng.choice(pieces), rng.choice([40.0, 55.0, 75.0])))
    clients = ["St Mary's Church", "Holmfirth Council", "Rotary Club", "Royal British Legion", "Private client",
               "Summer Festival Ltd", "Village Fete Committee", "Hotel Majestic"]
    towns = ["Holmfirth", "Marsden", "Slaithwaite", "Hebden Bridge", "Huddersfield"]
    engagements, line_ups = [], []
    for eid in range(1, 211):
        etype = rng.choices(list(ENGAGEMENT_TYPES), [30, 15, 15, 12, 18, 10])[0]
        date = _day(rng, dt.date(2023, 1, 1), 731)
        if etype == "remembrance":
            date = dt.date(rng.choice([2023, 2024]), 11, rng.randint(8, 14))
        start = dt.datetime.combine(date, dt.time(rng.choice([10, 11, 14, 15, 19]), rng.choice([0, 30])))
        fee = round(ENGAGEMENT_TYPES[etype] * rng.uniform(0.8, 1.3) / 10) * 10.0
        paid = date + dt.timedelta(days=rng.randint(5, 70)) if fee > 0 and rng.random() < 0.88 else None
        if paid is not None and paid > dt.date(2024, 12, 31):
            paid = None
        engagements.append((eid, date, start, etype, rng.choice(clients), rng.choice(towns), fee,
                            rng.choice([1.0, 1.5, 2.0, 2.5, 3.0]), rng.randint(2, 60), paid,
                            etype in ("parade", "fete", "remembrance") or rng.random() < 0.2))
        active = [p for p in players if p[6] <= date and (p[7] is None or p[7] > date)]
        for p in rng.sample(active, min(len(active), rng.randint(18, 30))):
            line_ups.append((eid, p[0], round(rng.choice([0.0, 0.0, 5.0, 8.5, 12.0]), 2)))
    _insert(con, "players", players)
    _insert(con, "contests", contests)
    _insert(con, "engagements", engagements)
    _insert(con, "engagementPlayers", line_ups)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "pottery": build_pottery,
    "skihire": build_skihire,
    "grooming": build_grooming,
    "recycling": build_recycling,
    "brassband": build_brassband,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval101-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval101-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval101-dbs"))
