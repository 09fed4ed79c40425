"""Builders of the hundred-and-fifteenth development evaluation corpus: five DuckDB files in five local domains.

Deterministic (one fixed `random.Random(seed)` per schema, no current time) and atomic (each file is written to a
temporary name, then renamed).

- `vetclinic.duckdb`: a veterinary practice's vets, owners (birth date), pets (species, birth date, date of death)
  and consultations (fee, diagnosis, paid_on NULL while unpaid)
- `skischool.duckdb`: a ski school's instructors (birth date), pupils (birth year), lessons (level, duration) and
  equipment rentals (`rentals.pupil_id` is only implied by its name, not declared; returned_on NULL while still out)
- `solarcoop.duckdb`: a community solar co-op's members (left_on NULL while still a member), installations,
  monthly generation readings in kWh and payouts
- `boardgames.duckdb`: a board-game cafe's tables, customers (birth year), visits (arrival/departure TIMESTAMPs,
  games played) and food orders (camelCase columns)
- `recycling.duckdb`: a recycling round's crews, streets, collections (weight by material) and missed-bin reports
  (`missed_bins.crew_id` is only implied by its name, not declared; resolved_on NULL while open)

Usage:
    python eval115/datasets.py OUTDIR

Example:
    >>> from eval115.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval115-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['boardgames.duckdb', 'recycling.duckdb', 'skischool.duckdb', 'solarcoop.duckdb', 'vetclinic.duckdb']
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


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The timestamp `hour`:`minute` on `day`."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Alfie", "Beatrix", "Callum", "Delphine", "Ewan", "Freya", "Gideon", "Harriet", "Imran", "Jessamy",
         "Kofi", "Leonie", "Magnus", "Nell", "Oskar", "Phoebe", "Quentin", "Rosa", "Stellan", "Tamsin", "Umar",
         "Verity", "Wilf", "Ximena", "Yara", "Zac"]
LAST = ["Abernethy", "Bellamy", "Cartwright", "Dunmore", "Easton", "Fairbairn", "Gillespie", "Holloway", "Ingram",
        "Jepson", "Kettering", "Lockhart", "Moffat", "Northcott", "Oyelaran", "Prendergast", "Quigley", "Ramsden",
        "Strachan", "Tennant", "Upton", "Villiers", "Wardle", "Yeoman"]

# ------------------------------------------------------------------------------------------------- vet clinic
VETS = [(1, "Morag", "Cullen", "general practice", 2004, dt.date(2011, 3, 1), True, False),
        (2, "Tomasz", "Wrona", "surgery", 2009, dt.date(2014, 9, 15), True, False),
        (3, "Aisha", "Barker", "general practice", 2015, dt.date(2017, 1, 9), False, False),
        (4, "Henry", "Lowther", "dentistry", 2012, dt.date(2018, 5, 21), False, True),
        (5, "Sophie", "Marchetti", "exotics", 2016, dt.date(2019, 11, 4), False, False),
        (6, "Rory", "Fenwick", "general practice", 2019, dt.date(2021, 8, 2), False, False),
        (7, "Lena", "Haug", "dermatology", 2014, dt.date(2022, 2, 14), False, True),
        (8, "Daniel", "Okonjo", "general practice", 2021, dt.date(2023, 6, 5), False, False)]
SPECIES = {"dog": (46, ["Labrador", "Border Collie", "Cocker Spaniel", "Staffie", "Dachshund", "crossbreed"], 15),
           "cat": (36, ["domestic shorthair", "Maine Coon", "Siamese", "Bengal", "Ragdoll"], 18),
           "rabbit": (9, ["Lop", "Netherland Dwarf", "Rex"], 9),
           "guinea pig": (5, ["Abyssinian", "American"], 6),
           "bird": (4, ["budgerigar", "cockatiel", "African grey"], 20)}
PET_NAMES = ["Bella", "Milo", "Luna", "Teddy", "Poppy", "Alfie", "Daisy", "Bailey", "Willow", "Ollie", "Maisie",
             "Buster", "Nala", "Oscar", "Pepper", "Rosie", "Simba", "Tilly", "Toby", "Ziggy", "Biscuit", "Hazel",
             "Juniper", "Kiwi", "Mango", "Pip", "Smudge", "Sooty", "Winston", "Coco"]
CONSULT_TYPES = {"check-up": (22, 48.0, 48.0), "vaccination": (20, 62.0, 62.0), "illness": (26, 55.0, 140.0),
                 "injury": (14, 70.0, 320.0), "dental": (8, 220.0, 620.0), "surgery": (10, 380.0, 1900.0)}
DIAGNOSES = {"illness": ["ear infection", "gastroenteritis", "skin allergy", "kidney disease", "arthritis",
                         "conjunctivitis"],
             "injury": ["laceration", "fracture", "sprain", "bite wound"],
             "dental": ["dental disease"], "surgery": ["neutering", "lump removal", "fracture", "foreign body"]}


def build_vetclinic(path: Path | str) -> None:
    """vets (8), owners (380, birth_date), pets (620, species, birth_date, deceased_on NULL while alive),
    consultations (2023-2024, consult_at TIMESTAMP, fee_gbp, diagnosis, paid_on NULL while unpaid)."""
    rng = random.Random(11501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vets(vet_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        specialty VARCHAR, qualified_year INTEGER, hired_on DATE, is_partner BOOLEAN, part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, town VARCHAR, registered_on DATE, newsletter_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), pet_name VARCHAR, species VARCHAR, breed VARCHAR,
        sex VARCHAR, birth_date DATE, neutered BOOLEAN, insured BOOLEAN, deceased_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE consultations(consultation_id INTEGER PRIMARY KEY,
        pet_id INTEGER REFERENCES pets(pet_id), vet_id INTEGER REFERENCES vets(vet_id), consult_at TIMESTAMP,
        consult_type VARCHAR, diagnosis VARCHAR, fee_gbp DOUBLE, is_emergency BOOLEAN, paid_on DATE)""")
    towns = ["Hexham", "Corbridge", "Prudhoe", "Haltwhistle", "Ponteland"]
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        owners.append((oid, first, last, _day(rng, dt.date(1941, 1, 1), 23000),
                       rng.choices(towns, [9, 5, 6, 3, 4])[0], _day(rng, dt.date(2008, 1, 1), 6200),
                       rng.random() < 0.4))
    pets = []
    for pid in range(1, 621):
        owner = owners[pid - 1] if pid <= len(owners) else rng.choice(owners)
        species = rng.choices(list(SPECIES), [v[0] for v in SPECIES.values()])[0]
        _, breeds, max_age = SPECIES[species]
        born = _day(rng, dt.date(2024, 10, 1) - dt.timedelta(days=365 * max_age), 365 * max_age - 30)
        age_2024 = (dt.date(2024, 6, 30) - born).days / 365
        died = None
        if rng.random() < min(0.5, 0.02 + age_2024 / max_age * 0.35):
            died = _day(rng, max(dt.date(2023, 3, 1), born + dt.timedelta(days=200)), 300)
            if died > dt.date(2024, 12, 20):
                died = None
        pets.append((pid, owner[0], rng.choice(PET_NAMES), species, rng.choice(breeds), rng.choice(["male", "female"]),
                     born, rng.random() < (0.75 if species in ("dog", "cat") else 0.3),
                     rng.random() < (0.55 if species == "dog" else 0.4 if species == "cat" else 0.1), died))
    consults = []
    start, end = dt.date(2023, 1, 2), dt.date(2024, 12, 31)
    cid = 0
    while cid < 2600:
        pet = rng.choice(pets)
        day = _day(rng, start, (end - start).days + 1)
        if day <= pet[6] or (pet[9] is not None and day > pet[9]) or day.weekday() == 6:
            continue
        if day.weekday() == 5 and rng.random() < 0.55:  # Saturday mornings only
            continue
        ctype = rng.choices(list(CONSULT_TYPES), [v[0] for v in CONSULT_TYPES.values()])[0]
        if ctype == "dental" and pet[3] in ("bird", "guinea pig"):
            ctype = "illness"
        emergency = ctype in ("illness", "injury") and rng.random() < 0.18
        hour = rng.randint(0, 23) if emergency else rng.randint(8, 17 if day.weekday() < 5 else 11)
        when = _at(day, hour, rng.choice([0, 10, 20, 30, 40, 50]))
        if pet[3] in ("rabbit", "guinea pig", "bird"):
            vet = 5 if rng.random() < 0.7 else rng.choice([1, 3, 6])
        elif ctype == "surgery":
            vet = 2 if rng.random() < 0.75 else 1
        elif ctype == "dental":
            vet = 4
        elif ctype == "illness" and rng.random() < 0.25:
            vet = 7
        else:
            vet = rng.choices([1, 3, 6, 8], [3, 5, 5, 4])[0]
        if vet == 8 and day < VETS[7][5]:
            vet = 6
        if ctype in DIAGNOSES:
            diagnosis = rng.choice(DIAGNOSES[ctype])
            if vet == 7:
                diagnosis = "skin allergy"
        else:
            diagnosis = "healthy" if rng.random() < 0.8 else rng.choice(["obesity", "dental disease", "arthritis"])
        _, lo, hi = CONSULT_TYPES[ctype]
        fee = round(rng.uniform(lo, hi) * (1.08 if day.year == 2024 else 1.0) + (95.0 if emergency else 0.0), 2)
        paid = None
        if rng.random() < 0.95 and not (day > dt.date(2024, 12, 10) and rng.random() < 0.6):
            paid = day + dt.timedelta(days=rng.choices([0, 0, 0, 7, 14, 30], [40, 20, 10, 12, 10, 8])[0])
        cid += 1
        consults.append((cid, pet[0], vet, when, ctype, diagnosis, fee, emergency, paid))
    consults.sort(key=lambda c: (c[3], c[0]))
    consults = [(i, *c[1:]) for i, c in enumerate(consults, start=1)]
    _insert(con, "vets", VETS)
    _insert(con, "owners", owners)
    _insert(con, "pets", pets)
    _insert(con, "consultations", consults)
    con.close()


# ------------------------------------------------------------------------------------------------- ski school
SEASONS = [(dt.date(2023, 1, 2), dt.date(2023, 4, 16)), (dt.date(2023, 12, 9), dt.date(2024, 4, 14)),
           (dt.date(2024, 12, 7), dt.date(2025, 4, 13))]
LEVELS = {"beginner": 9, "intermediate": 7, "advanced": 4, "off-piste": 1}
EQUIPMENT = {"skis": (10, 28.0), "snowboard": (4, 30.0), "boots": (12, 14.0), "helmet": (8, 6.0), "poles": (5, 4.0)}


def build_skischool(path: Path | str) -> None:
    """instructors (14, birth_date, discipline, certification level), pupils (520, birth_year, home_country),
    lessons (three seasons 2023-2025, lesson_start TIMESTAMP, level, duration_minutes, price_eur, cancelled),
    rentals (rented_on/returned_on DATE, returned_on NULL while still out; pupil_id is not a declared FK)."""
    rng = random.Random(11502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, discipline VARCHAR, cert_level INTEGER, hourly_rate_eur DOUBLE,
        seasonal BOOLEAN, speaks_french BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_country VARCHAR, registered_on DATE, own_equipment BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), pupil_id INTEGER REFERENCES pupils(pupil_id),
        lesson_start TIMESTAMP, duration_minutes INTEGER, level VARCHAR, lesson_type VARCHAR, price_eur DOUBLE,
        cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY, pupil_id INTEGER,
        equipment VARCHAR, rented_on DATE, returned_on DATE, daily_rate_eur DOUBLE, damaged BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 534)
    instructors = []
    for iid, (first, last) in enumerate(names[:14], start=1):
        discipline = "snowboard" if iid in (3, 7, 11, 14) else "ski"
        level = [4, 3, 2, 2, 1, 3, 1, 4, 2, 1, 3, 2, 1, 2][iid - 1]
        born = _day(rng, dt.date(1968, 1, 1), 11500)
        first_winter = max(dt.date(2008, 11, 1), dt.date(born.year + 19, 11, 1))
        instructors.append((iid, first, last, born, discipline, level, {1: 42.0, 2: 50.0, 3: 60.0, 4: 72.0}[level],
                            level <= 2 and rng.random() < 0.7, rng.random() < 0.5,
                            _day(rng, first_winter, max(30, (dt.date(2022, 11, 28) - first_winter).days))))
    countries = {"UK": 12, "Netherlands": 5, "Belgium": 3, "Germany": 3, "France": 2, "Ireland": 2}
    pupils = []
    for pid, (first, last) in enumerate(names[14:], start=1):
        born = rng.randint(2008, 2019) if rng.random() < 0.35 else rng.randint(1956, 2007)
        pupils.append((pid, first, last, born, rng.choices(list(countries), list(countries.values()))[0],
                       _day(rng, dt.date(2019, 1, 1), 2100), rng.random() < 0.3))
    lessons = []
    for lid in range(1, 2801):
        season = rng.choices(SEASONS, [3, 5, 5])[0]
        day = _day(rng, season[0], (season[1] - season[0]).days + 1)
        pupil = rng.choice(pupils)
        level = rng.choices(list(LEVELS), list(LEVELS.values()))[0]
        if pupil[3] >= 2012 and level == "off-piste":
            level = "intermediate"
        private = rng.random() < (0.35 if level in ("beginner", "intermediate") else 0.7)
        if level == "off-piste":
            private = True
        minutes = rng.choices([60, 90, 120, 180], [4, 3, 5, 2] if private else [1, 2, 6, 4])[0]
        board = rng.random() < 0.22
        pool = [i for i in instructors if (i[4] == "snowboard") == board and (level != "off-piste" or i[5] >= 3)]
        inst = rng.choice(pool)
        slot = rng.choice([(9, 0), (9, 30), (11, 0), (13, 30), (14, 0), (15, 30)])
        price = round(inst[6] * minutes / 60, 2) if private else round(34.0 * minutes / 60, 2)
        lessons.append((lid, inst[0], pupil[0], _at(day, *slot), minutes, level, "private" if private else "group",
                        price, rng.random() < 0.05))
    lessons.sort(key=lambda r: (r[3], r[0]))
    lessons = [(i, *r[1:]) for i, r in enumerate(lessons, start=1)]
    rentals = []
    renters = [p for p in pupils if not p[6]]
    for rid in range(1, 1451):
        season = rng.choices(SEASONS, [3, 5, 5])[0]
        day = _day(rng, season[0], (season[1] - season[0]).days + 1)
        equip = rng.choices(list(EQUIPMENT), [v[0] for v in EQUIPMENT.values()])[0]
        days = rng.choices([1, 2, 3, 5, 6, 7], [8, 5, 4, 5, 6, 3])[0]
        back = day + dt.timedelta(days=days)
        if back > dt.date(2025, 4, 13) or rng.random() < 0.005:
            back = None
        rate = EQUIPMENT[equip][1] * (1.1 if day.year == 2025 or day >= dt.date(2024, 12, 1) else 1.0)
        rentals.append((rid, rng.choice(renters)[0], equip, day, back, round(rate, 2),
                        rng.random() < (0.06 if equip in ("skis", "snowboard") else 0.02)))
    rentals.sort(key=lambda r: (r[3], r[0]))
    rentals = [(i, *r[1:]) for i, r in enumerate(rentals, start=1)]
    _insert(con, "instructors", instructors)
    _insert(con, "pupils", pupils)
    _insert(con, "lessons", lessons)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------------- solar co-op
VILLAGES = {"Ashby": 7, "Birchfield": 5, "Caldmore": 4, "Dunmere": 3}
SITES = ["Village Hall", "Primary School", "Old Mill Barn", "Church Hall", "Cricket Pavilion", "Fire Station",
         "Farm Shed", "Health Centre", "Scout Hut"]
MONTH_SUN = [0.25, 0.4, 0.7, 1.0, 1.25, 1.35, 1.3, 1.15, 0.85, 0.55, 0.3, 0.2]


def build_solarcoop(path: Path | str) -> None:
    """members (240, birth_date, shares, left_on NULL while still a member), installations (36, capacity_kwp,
    roof_type, commissioned_on), generation_readings (monthly 2023-01 to 2025-02, kwh_generated, kwh_exported,
    estimated), payouts (paid_on, amount_gbp, payout_type, reinvested)."""
    rng = random.Random(11503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, village VARCHAR, joined_on DATE, shares INTEGER, is_founder BOOLEAN,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE installations(installation_id INTEGER PRIMARY KEY,
        host_member_id INTEGER REFERENCES members(member_id), site_name VARCHAR, village VARCHAR, roof_type VARCHAR,
        capacity_kwp DOUBLE, panel_count INTEGER, inverter_brand VARCHAR, commissioned_on DATE, has_battery BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE generation_readings(reading_id INTEGER PRIMARY KEY,
        installation_id INTEGER REFERENCES installations(installation_id), reading_month DATE, kwh_generated DOUBLE,
        kwh_exported DOUBLE, estimated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE payouts(payout_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), paid_on DATE, amount_gbp DOUBLE, payout_type VARCHAR,
        reinvested BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        joined = _day(rng, dt.date(2014, 6, 1), 3700)
        founder = joined < dt.date(2015, 6, 1)
        left = _day(rng, dt.date(2023, 2, 1), 700) if rng.random() < 0.11 else None
        if left is not None and left <= joined:
            left = None
        members.append((mid, first, last, _day(rng, dt.date(1940, 1, 1), 24000),
                        rng.choices(list(VILLAGES), list(VILLAGES.values()))[0], joined,
                        rng.choices([1, 2, 5, 10, 20, 50], [20, 18, 25, 18, 12, 7])[0] * (2 if founder else 1),
                        founder, left))
    installs = []
    hosts = rng.sample([m for m in members if m[8] is None], 36)
    roofs = {"pitched": 6, "flat": 3, "ground mount": 2}
    sites: dict[str, None] = {}
    for iid, host in enumerate(hosts, start=1):
        roof = rng.choices(list(roofs), list(roofs.values()))[0]
        panels = rng.randint(40, 160) if roof == "ground mount" else rng.randint(10, 60)
        site = f"{host[2]} roof, {host[4]}"
        if iid <= 18:
            site = next(f"{host[4]} {s}" for s in SITES[iid % 9:] + SITES if f"{host[4]} {s}" not in sites)
        sites[site] = None
        commissioned = _day(rng, dt.date(2015, 3, 1), 3200) if iid != 36 else dt.date(2024, 5, 14)
        installs.append((iid, host[0], site, host[4], roof, round(panels * 0.41, 2), panels,
                         rng.choices(["SolarEdge", "Fronius", "SMA", "Huawei"], [4, 3, 3, 2])[0], commissioned,
                         rng.random() < 0.3))
    readings = []
    rid = 0
    for inst in installs:
        quality = rng.uniform(0.85, 1.1) * (1.08 if inst[4] == "ground mount" else 1.0)
        for k in range(26):
            month = dt.date(2023 + k // 12, k % 12 + 1, 1)
            if month <= inst[8]:
                continue
            rid += 1
            kwh = inst[5] * 78 * MONTH_SUN[month.month - 1] * quality * rng.uniform(0.8, 1.2)
            exported = kwh * (rng.uniform(0.25, 0.45) if inst[9] else rng.uniform(0.5, 0.7))
            readings.append((rid, inst[0], month, round(kwh, 1), round(exported, 1), rng.random() < 0.07))
    payouts = []
    pid = 0
    for year in (2023, 2024):
        for quarter_end in (dt.date(year, 3, 31), dt.date(year, 6, 30), dt.date(year, 9, 30), dt.date(year, 12, 31)):
            for m in members:
                if m[5] > quarter_end or (m[8] is not None and m[8] < quarter_end):
                    continue
                pid += 1
                paid = quarter_end + dt.timedelta(days=rng.randint(8, 20))
                rate = 0.04 if year == 2023 else 0.045
                payouts.append((pid, m[0], paid, round(m[6] * 50 * rate / 4, 2), "share interest",
                                rng.random() < 0.15))
        for m in members:
            if m[5] > dt.date(year, 12, 31) or (m[8] is not None and m[8] < dt.date(year, 12, 31)):
                continue
            if rng.random() < 0.8:
                pid += 1
                payouts.append((pid, m[0], dt.date(year + 1, 1, rng.randint(20, 31)),
                                round(rng.uniform(18, 65) * (1.2 if year == 2024 else 1.0), 2), "energy rebate",
                                False))
        for m in members:
            if m[7] and (m[8] is None or m[8] > dt.date(year, 7, 1)):
                pid += 1
                payouts.append((pid, m[0], dt.date(year, 7, 15), 100.0 if year == 2023 else 120.0, "founder bonus",
                                rng.random() < 0.3))
    payouts.sort(key=lambda p: (p[2], p[0]))
    payouts = [(i, *p[1:]) for i, p in enumerate(payouts, start=1)]
    _insert(con, "members", members)
    _insert(con, "installations", installs)
    _insert(con, "generation_readings", readings)
    _insert(con, "payouts", payouts)
    con.close()


# ------------------------------------------------------------------------------------------------- board-game cafe
GAMES = {"Catan": "strategy", "Ticket to Ride": "family", "Pandemic": "cooperative", "Codenames": "party",
         "Wingspan": "strategy", "Carcassonne": "family", "Dixit": "party", "Azul": "family",
         "Spirit Island": "cooperative", "Dominion": "deck building", "Terraforming Mars": "strategy",
         "Just One": "party"}
GAME_WEIGHTS = [10, 9, 6, 8, 7, 8, 5, 9, 3, 4, 5, 6]
MENU = [("Flat white", "hot drink", 3.40, True), ("Hot chocolate", "hot drink", 3.60, False),
        ("Pot of tea", "hot drink", 2.90, True), ("Cola", "soft drink", 2.80, True),
        ("Elderflower presse", "soft drink", 3.10, True), ("Pale ale", "beer", 5.20, True),
        ("Stout", "beer", 5.50, True), ("Nachos", "snack", 6.50, False), ("Loaded fries", "snack", 5.90, True),
        ("Halloumi wrap", "main", 9.50, False), ("Veggie chilli", "main", 10.50, True),
        ("Toastie", "main", 7.80, False), ("Brownie", "dessert", 4.20, False),
        ("Vegan cookie", "dessert", 3.20, True)]
MENU_WEIGHTS = [12, 6, 7, 8, 4, 9, 4, 7, 8, 4, 3, 6, 5, 3]


def build_boardgames(path: Path | str) -> None:
    """gameTables (14, seats, zone), customers (460, birthYear, memberSince NULL for non-members), visits
    (2023-03 to 2025-02, arrivedAt/departedAt TIMESTAMP, departedAt NULL while still playing, gamesPlayed),
    foodOrders (quantity x unitPrice). camelCase columns."""
    rng = random.Random(11504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE gameTables(tableId INTEGER PRIMARY KEY, tableName VARCHAR,
        seats INTEGER, zone VARCHAR, isBookable BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, homeTown VARCHAR, isMember BOOLEAN, memberSince DATE,
        marketingOptIn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visitId INTEGER PRIMARY KEY,
        customerId INTEGER REFERENCES customers(customerId), tableId INTEGER REFERENCES gameTables(tableId),
        arrivedAt TIMESTAMP, departedAt TIMESTAMP, partySize INTEGER, mainGame VARCHAR, gameGenre VARCHAR,
        gamesPlayed INTEGER, coverCharge DOUBLE, wasBooked BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE foodOrders(orderId INTEGER PRIMARY KEY,
        visitId INTEGER REFERENCES visits(visitId), orderedAt TIMESTAMP, itemName VARCHAR, itemCategory VARCHAR,
        quantity INTEGER, unitPrice DOUBLE, isVegan BOOLEAN)""")
    zones = ["window", "window", "main floor", "main floor", "main floor", "main floor", "main floor", "back room",
             "back room", "back room", "mezzanine", "mezzanine", "mezzanine", "main floor"]
    names = ["Meeple", "Dice Tower", "Rook", "Pawn", "Knight", "Bishop", "Queen", "King", "Wizard", "Dragon",
             "Goblin", "Castle", "Harbour", "Lighthouse"]
    tables = [(i, names[i - 1], [2, 2, 4, 4, 4, 4, 6, 6, 8, 10, 4, 4, 6, 6][i - 1], zones[i - 1],
               zones[i - 1] in ("back room", "mezzanine")) for i in range(1, 15)]
    towns = {"Leeds": 12, "Bradford": 4, "Wakefield": 3, "Harrogate": 2, "Otley": 2}
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 460), start=1):
        member = rng.random() < 0.3
        since = _day(rng, dt.date(2019, 5, 1), 2000) if member else None
        customers.append((cid, first, last, rng.randint(1962, 2006), rng.choices(list(towns), list(towns.values()))[0],
                          member, since, rng.random() < 0.45))
    weights = [6 if c[5] else 1 for c in customers]
    visits = []
    start, end = dt.date(2023, 3, 1), dt.date(2025, 2, 28)
    while len(visits) < 2600:
        day = _day(rng, start, (end - start).days + 1)
        if day.weekday() == 0:  # closed on Mondays
            continue
        cust = rng.choices(customers, weights)[0]
        party = rng.choices([1, 2, 3, 4, 5, 6, 8], [2, 14, 8, 10, 4, 4, 1])[0]
        fits = [t for t in tables if party <= t[2] <= party + 3] or [tables[9]]
        table = rng.choice(fits)
        weekend = day.weekday() >= 4
        hour = rng.choices(range(12, 22), [2, 3, 3, 3, 4, 5, 9, 10, 6, 2] if not weekend else
                           [5, 6, 6, 5, 5, 6, 8, 8, 5, 2])[0]
        arrived = _at(day, hour, rng.randrange(0, 60, 5))
        minutes = rng.randint(60, 300)
        departed = arrived + dt.timedelta(minutes=minutes)
        if departed > _at(day, 23, 30):
            departed = _at(day, 23, 30)
        game = rng.choices(list(GAMES), GAME_WEIGHTS)[0]
        played = max(1, round(minutes / rng.choice([60, 75, 90, 120])))
        member = cust[5] and cust[6] <= day
        cover = round(party * (4.0 if member else 6.0) * (1.0 if day < dt.date(2024, 4, 1) else 1.25), 2)
        visits.append([0, cust[0], table[0], arrived, departed, party, game, GAMES[game], played, cover,
                       table[4] and rng.random() < 0.6 or rng.random() < 0.1])
    visits.sort(key=lambda v: (v[3], v[1]))
    for i, v in enumerate(visits, start=1):
        v[0] = i
    for v in visits[-6:]:
        if v[3].date() == end:
            v[4] = None
    orders = []
    oid = 0
    for v in visits:
        for _ in range(rng.choices([0, 1, 2, 3, 4], [3, 5, 5, 3, 2])[0]):
            oid += 1
            item = rng.choices(MENU, MENU_WEIGHTS)[0]
            last = v[4] if v[4] is not None else v[3] + dt.timedelta(minutes=45)
            span = max(1, int((last - v[3]).total_seconds() // 60) - 10)
            orders.append((oid, v[0], v[3] + dt.timedelta(minutes=5 + rng.randrange(span)), item[0], item[1],
                           rng.choices([1, 2, 3, 4], [10, 5, 2, 1])[0], item[2] * (1.0 if v[3].year == 2023 else 1.1)
                           if item[1] != "beer" else item[2], item[3]))
    orders = [(*o[:6], round(o[6], 2), o[7]) for o in orders]
    _insert(con, "gameTables", tables)
    _insert(con, "customers", customers)
    _insert(con, "visits", [tuple(v) for v in visits])
    _insert(con, "foodOrders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- recycling round
WARDS = {"Abbey": 14, "Castle": 12, "Eastgate": 16, "Riverside": 15, "Westfield": 13}
MATERIALS = {"paper and card": (9, 180, 420), "glass": (7, 150, 380), "plastics": (8, 60, 160),
             "cans": (5, 30, 90), "garden waste": (6, 200, 700), "food waste": (7, 90, 260)}
REASONS = {"not put out": 9, "blocked access": 4, "crew missed": 6, "contaminated": 4, "overfilled": 2}
CREWS = [(1, "Red", "Gary", "Pickering", dt.date(1971, 4, 12), "Northgate", "diesel", "YJ19 KXA", 3, False),
         (2, "Blue", "Shona", "McAllister", dt.date(1983, 9, 30), "Northgate", "electric", "YJ22 EVB", 3, False),
         (3, "Green", "Dev", "Mistry", dt.date(1990, 1, 17), "Northgate", "diesel", "YK18 LDC", 2, True),
         (4, "Amber", "Paul", "Hargreaves", dt.date(1966, 11, 3), "Riverside", "diesel", "YK17 PHD", 3, False),
         (5, "Purple", "Kerry", "Blackwood", dt.date(1978, 6, 25), "Riverside", "electric", "YJ23 EVE", 3, False),
         (6, "Silver", "Jamal", "Osei", dt.date(1995, 2, 8), "Riverside", "electric", "YJ23 EVF", 2, True),
         (7, "Orange", "Linda", "Thwaite", dt.date(1974, 8, 19), "Northgate", "diesel", "YK16 GHG", 3, False)]
STREET_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Terrace", "Grove"]
STREET_STEM = ["Abbey", "Bridge", "Chapel", "Dale", "Elm", "Foundry", "Garden", "Hill", "Kiln", "Mill", "Orchard",
               "Priory", "Queen", "Rope", "Station", "Tanner", "Victoria", "Weaver", "Willow", "York"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def build_recycling(path: Path | str) -> None:
    """crews (7, leader names and birth date, vehicle_type), streets (70, ward, households, collection_day),
    collections (2023-2024, collected_at TIMESTAMP, material, weight_kg, contaminated), missed_bins (reported_on,
    reason, resolved_on NULL while open; crew_id is not a declared FK)."""
    rng = random.Random(11505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR,
        leader_first_name VARCHAR, leader_last_name VARCHAR, leader_birth_date DATE, depot VARCHAR,
        vehicle_type VARCHAR, vehicle_reg VARCHAR, crew_size INTEGER, agency_staff BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE streets(street_id INTEGER PRIMARY KEY, street_name VARCHAR, ward VARCHAR,
        households INTEGER, collection_day VARCHAR, has_communal_bins BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE collections(collection_id INTEGER PRIMARY KEY,
        crew_id INTEGER REFERENCES crews(crew_id), street_id INTEGER REFERENCES streets(street_id),
        collected_at TIMESTAMP, material VARCHAR, weight_kg DOUBLE, contaminated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE missed_bins(report_id INTEGER PRIMARY KEY,
        street_id INTEGER REFERENCES streets(street_id), crew_id INTEGER, reported_on DATE, house_number INTEGER,
        material VARCHAR, reason VARCHAR, resolved_on DATE)""")
    streets = []
    used: dict[str, None] = {}
    ward_list = list(WARDS)
    while len(streets) < 70:
        name = f"{rng.choice(STREET_STEM)} {rng.choice(STREET_SUFFIX)}"
        if name in used:
            continue
        used[name] = None
        ward = rng.choices(ward_list, list(WARDS.values()))[0]
        communal = rng.random() < 0.2
        streets.append((len(streets) + 1, name, ward, rng.randint(60, 260) if communal else rng.randint(18, 120),
                        WEEKDAYS[ward_list.index(ward)], communal))
    crew_of_ward = {"Abbey": [1, 2], "Castle": [3, 7], "Eastgate": [2, 1], "Riverside": [4, 5], "Westfield": [6, 4]}
    collections = []
    for cid in range(1, 3201):
        street = rng.choice(streets)
        day = _day(rng, dt.date(2023, 1, 2), 722)
        while day.strftime("%A") != street[4]:
            day += dt.timedelta(days=1)
        crew = crew_of_ward[street[2]][0] if rng.random() < 0.8 else crew_of_ward[street[2]][1]
        material = rng.choices(list(MATERIALS), [v[0] for v in MATERIALS.values()])[0]
        if material == "garden waste" and day.month in (12, 1, 2):
            material = "food waste"
        _, lo, hi = MATERIALS[material]
        kg = rng.uniform(lo, hi) * street[3] / 70 * (1.3 if material == "glass" and day.month == 12 else 1.0)
        collections.append((cid, crew, street[0], _at(day, rng.randint(6, 14), rng.randrange(60)), material,
                            round(kg, 1), rng.random() < (0.12 if material == "plastics" else 0.04)))
    collections.sort(key=lambda c: (c[3], c[0]))
    collections = [(i, *c[1:]) for i, c in enumerate(collections, start=1)]
    missed = []
    for rid in range(1, 521):
        street = rng.choice(streets)
        day = _day(rng, dt.date(2023, 1, 2), 722)
        while day.strftime("%A") != street[4]:
            day += dt.timedelta(days=1)
        reported = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        reason = rng.choices(list(REASONS), list(REASONS.values()))[0]
        crew = crew_of_ward[street[2]][0] if rng.random() < 0.8 else crew_of_ward[street[2]][1]
        if reason == "crew missed" and rng.random() < 0.35:
            crew = 3
        resolved = reported + dt.timedelta(days=rng.choices([1, 2, 3, 5, 8], [10, 8, 5, 3, 1])[0])
        if rng.random() < 0.05 or resolved > dt.date(2025, 1, 3):
            resolved = None
        missed.append((rid, street[0], crew, reported, rng.randint(1, 140),
                       rng.choices(list(MATERIALS), [v[0] for v in MATERIALS.values()])[0], reason, resolved))
    missed.sort(key=lambda m: (m[3], m[0]))
    missed = [(i, *m[1:]) for i, m in enumerate(missed, start=1)]
    _insert(con, "crews", CREWS)
    _insert(con, "streets", streets)
    _insert(con, "collections", collections)
    _insert(con, "missed_bins", missed)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "vetclinic": build_vetclinic,
    "skischool": build_skischool,
    "solarcoop": build_solarcoop,
    "boardgames": build_boardgames,
    "recycling": build_recycling,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval115-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval115-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval115-dbs"))
