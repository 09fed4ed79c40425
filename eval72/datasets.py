"""Builders of the seventy-second development evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `drivingschool.duckdb`: a driving school's instructors (birth date), learners (birth date), lessons, test attempts
- `vending.duckdb`: a vending machine operator's locations, machines, restocks and sales (camelCase columns)
- `shelter.duckdb`: a pet adoption shelter's animals, adopters (birth date), vet checks and fosters (animal link
  only implied by its name)
- `cinema.duckdb`: a cinema multiplex's films, screenings, ticket sales and concessions
- `windowcleaning.duckdb`: a window cleaning round's cleaners (birth year), rounds, customers and jobs

Usage:
    python eval72/datasets.py OUTDIR

Example:
    >>> from eval72.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval72-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cinema.duckdb', 'drivingschool.duckdb', 'shelter.duckdb', 'vending.duckdb', 'windowcleaning.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Bartek", "Callum", "Delphine", "Emeka", "Fern", "Gareth", "Hana", "Idris", "Jodie", "Kofi",
         "Lena", "Mahmoud", "Niamh", "Oskar", "Priya", "Rhys", "Saoirse", "Tobias", "Uma", "Vikram", "Willa",
         "Yusuf", "Zara"]
LAST = ["Ashworth", "Bhatt", "Crowther", "Duffy", "Egan", "Fairbairn", "Gallagher", "Hussain", "Iqbal", "Jennings",
        "Kowalczyk", "Lomax", "McBride", "Nwosu", "O'Hara", "Pritchard", "Rooney", "Sutcliffe", "Thornton",
        "Varga", "Whitaker", "Yates"]

# ------------------------------------------------------------------------------------------- driving school
CENTRES = {"Northfield": 0.44, "Riverside": 0.52, "Kingsway": 0.47, "Hillcrest": 0.58}
LESSON_TYPES = {"standard": 70, "motorway": 8, "night": 6, "mock test": 16}


def build_drivingschool(path: Path | str) -> None:
    """instructors (12, birth_date, left_on NULL while working), learners (420, birth_date, declared FK),
    lessons (starts_at TIMESTAMP, cancelled), test_attempts (passed, faults), 2023-2024."""
    rng = random.Random(7201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, transmission VARCHAR, hourly_rate_gbp DOUBLE, adi_grade VARCHAR,
        joined_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE learners(learner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, instructor_id INTEGER REFERENCES instructors(instructor_id),
        signed_up_on DATE, theory_passed BOOLEAN, intensive_course BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        starts_at TIMESTAMP, duration_min INTEGER, lesson_type VARCHAR, fee_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE test_attempts(attempt_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), test_date DATE, test_centre VARCHAR,
        minor_faults INTEGER, serious_faults INTEGER, passed BOOLEAN)""")
    instructors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        left = _day(rng, dt.date(2024, 3, 1), 280) if iid in (4, 9) else None
        instructors.append((iid, first, last, _day(rng, dt.date(1962, 1, 1), 12000),
                            "automatic" if iid % 3 == 0 else "manual", float(rng.choice([34, 36, 38, 40, 42, 45])),
                            rng.choice(["A", "A", "B"]), _day(rng, dt.date(2012, 1, 1), 3800), left))
    learners = []
    for lid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        inst = rng.choice(instructors)
        learners.append((lid, first, last, _day(rng, dt.date(1975, 1, 1), 11500), inst[0],
                         _day(rng, dt.date(2023, 1, 1), 640), rng.random() < 0.7, rng.random() < 0.12))
    lessons, attempts = [], []
    for ln in learners:
        inst = next(i for i in instructors if i[0] == ln[4])
        for _ in range(rng.randint(3, 22)):
            day = ln[5] + dt.timedelta(days=rng.randrange(200))
            if day > dt.date(2024, 12, 31) or (inst[8] and day > inst[8]):
                continue
            kind = rng.choices(list(LESSON_TYPES), list(LESSON_TYPES.values()))[0]
            dur = rng.choice([60, 90, 120, 120]) if kind != "mock test" else 60
            start = _moment(rng, day, 7, 20) if kind != "night" else _moment(rng, day, 18, 21)
            lessons.append((len(lessons) + 1, ln[0], inst[0], start, dur, kind,
                            round(inst[5] * dur / 60, 2), rng.random() < 0.07))
        if ln[6] and rng.random() < 0.75:
            day = ln[5] + dt.timedelta(days=rng.randint(60, 300))
            for _ in range(rng.choice([1, 1, 2, 3])):
                if day > dt.date(2024, 12, 31):
                    break
                centre = rng.choice(list(CENTRES))
                passed = rng.random() < CENTRES[centre]
                serious = 0 if passed else rng.choice([1, 1, 2, 3])
                attempts.append((len(attempts) + 1, ln[0], day, centre, rng.randint(0, 15 if passed else 19),
                                 serious, passed))
                if passed:
                    break
                day += dt.timedelta(days=rng.randint(30, 110))
    _insert(con, "instructors", instructors)
    _insert(con, "learners", learners)
    _insert(con, "lessons", lessons)
    _insert(con, "test_attempts", attempts)
    con.close()


# ------------------------------------------------------------------------------------------ vending (camelCase)
SITES = [(1, "Halden Court Offices", "office", "Leeds", 45.0), (2, "St Mary's Hospital", "hospital", "Leeds", 120.0),
         (3, "Parkside Academy", "school", "Bradford", 30.0), (4, "FitHub Gym", "gym", "Leeds", 55.0),
         (5, "Central Station", "station", "Leeds", 180.0), (6, "Aire Valley Business Park", "office", "Bradford",
                                                               40.0),
         (7, "Bradford Royal Infirmary", "hospital", "Bradford", 110.0), (8, "Wakefield Westgate", "station",
                                                                          "Wakefield", 150.0),
         (9, "Pulse Leisure Centre", "gym", "Wakefield", 50.0), (10, "Kirkgate College", "school", "Wakefield", 35.0),
         (11, "Riverside House", "office", "Wakefield", 45.0), (12, "Headingley Campus", "school", "Leeds", 60.0),
         (13, "York Road Depot", "office", "York", 25.0), (14, "York Hospital", "hospital", "York", 115.0),
         (15, "York Station", "station", "York", 170.0), (16, "Iron Works Gym", "gym", "York", 40.0)]
PRODUCTS = [("Ready Salted Crisps", "crisps", 1.1), ("Cheese & Onion Crisps", "crisps", 1.1),
            ("Salt & Vinegar Crisps", "crisps", 1.1), ("Milk Chocolate Bar", "chocolate", 1.3),
            ("Caramel Bar", "chocolate", 1.35), ("Peanut Bar", "chocolate", 1.4), ("Cola 500ml", "soft drink", 1.6),
            ("Orange Fizz 500ml", "soft drink", 1.5), ("Energy Drink", "soft drink", 1.9),
            ("Still Water 500ml", "water", 1.0), ("Sparkling Water", "water", 1.1), ("Flat White", "coffee", 2.2),
            ("Latte", "coffee", 2.3), ("Hot Chocolate", "coffee", 2.0), ("Protein Bar", "healthy snack", 2.1),
            ("Fruit & Nut Mix", "healthy snack", 1.8)]
MODELS = {"snack": ["SnackPro 500", "Spiral S7"], "drink": ["ChillMax 40", "CoolDrop"],
          "coffee": ["BrewStation 3"], "combo": ["DuoVend X"]}


def build_vending(path: Path | str) -> None:
    """locations (16), machines (40, removedDate NULL while in service, acceptsCard), restocks (restockedAt),
    sales (soldAt TIMESTAMP, productCategory, paymentType cash/card/mobile, refunded), 2023-01 to 2025-03."""
    rng = random.Random(7202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE locations(locationId INTEGER PRIMARY KEY, siteName VARCHAR,
        siteType VARCHAR, city VARCHAR, monthlyRentGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE machines(machineId INTEGER PRIMARY KEY, serialNo VARCHAR,
        machineType VARCHAR, modelName VARCHAR, locationId INTEGER REFERENCES locations(locationId),
        installedDate DATE, removedDate DATE, acceptsCard BOOLEAN, capacityUnits INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE restocks(restockId INTEGER PRIMARY KEY,
        machineId INTEGER REFERENCES machines(machineId), restockedAt TIMESTAMP, driverName VARCHAR,
        unitsLoaded INTEGER, stockCostGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sales(saleId INTEGER PRIMARY KEY,
        machineId INTEGER REFERENCES machines(machineId), soldAt TIMESTAMP, productName VARCHAR,
        productCategory VARCHAR, priceGbp DOUBLE, paymentType VARCHAR, refunded BOOLEAN)""")
    machines = []
    for mid in range(1, 41):
        site = SITES[(mid - 1) % len(SITES)] if mid <= 32 else rng.choice(SITES)
        kind = rng.choice(["snack", "snack", "drink", "drink", "coffee", "combo"])
        installed = _day(rng, dt.date(2021, 3, 1), 900) if mid <= 30 else _day(rng, dt.date(2023, 2, 1), 500)
        removed = _day(rng, dt.date(2024, 1, 1), 400) if mid in (3, 11, 17, 26, 29) else None
        machines.append((mid, f"VM-{10400 + mid * 7}", kind, rng.choice(MODELS[kind]), site[0], installed, removed,
                         rng.random() < 0.8, rng.choice([240, 300, 360, 420])))
    cats = {"snack": ["crisps", "chocolate", "healthy snack"], "drink": ["soft drink", "water"],
            "coffee": ["coffee"], "combo": ["crisps", "chocolate", "soft drink", "water"]}
    busy = {"station": 3.0, "hospital": 2.2, "office": 1.4, "school": 1.1, "gym": 1.0}
    sales, restocks = [], []
    end = dt.date(2025, 3, 31)
    for m in machines:
        site = SITES[m[4] - 1]
        first = max(m[5], dt.date(2023, 1, 1))
        last = min(m[6] or end, end)
        span = (last - first).days
        if span <= 0:
            continue
        products = [p for p in PRODUCTS if p[1] in cats[m[2]]]
        for _ in range(int(span / 365 * 110 * busy[site[2]])):
            day = _day(rng, first, span)
            hour = rng.choices(range(6, 23), [2, 5, 8, 6, 5, 6, 9, 8, 6, 6, 7, 5, 4, 3, 2, 2, 1])[0]
            prod = rng.choice(products)
            pay = rng.choices(["cash", "card", "mobile"], [3, 5, 3] if m[7] else [1, 0, 0])[0]
            at = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
            sales.append((len(sales) + 1, m[0], at, prod[0], prod[1], prod[2], pay, rng.random() < 0.02))
        day = first + dt.timedelta(days=rng.randint(1, 9))
        while day < last:
            units = rng.randint(40, m[8] // 2)
            restocks.append((len(restocks) + 1, m[0], _moment(rng, day, 6, 15),
                             rng.choice(["Dave Kirby", "Sunita Rao", "Lee Marsh", "Gosia Nowak"]), units,
                             round(units * rng.uniform(0.45, 0.7), 2)))
            day += dt.timedelta(days=rng.randint(7, 24))
    sales.sort(key=lambda s: s[2])
    sales = [(i, *s[1:]) for i, s in enumerate(sales, start=1)]
    _insert(con, "locations", SITES)
    _insert(con, "machines", machines)
    _insert(con, "restocks", restocks)
    _insert(con, "sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------ pet adoption shelter
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Nala", "Biscuit", "Pepper", "Ziggy",
             "Willow", "Bramble", "Socks", "Mabel", "Otis", "Poppy", "Ruby", "Toffee", "Winnie", "Shadow", "Hazel",
             "Juniper", "Pickle", "Clover", "Dexter", "Fudge", "Maple", "Scout", "Tilly"]
SPECIES = {"dog": (["Staffordshire Bull Terrier", "Labrador", "Jack Russell", "Collie", "Greyhound", "Crossbreed"],
                   (6, 35), 75.0, 40),
           "cat": (["Domestic Shorthair", "Domestic Longhair", "Siamese", "Bengal"], (2.5, 6.5), 65.0, 36),
           "rabbit": (["Lop", "Lionhead", "Netherland Dwarf", "Rex"], (1.0, 3.5), 30.0, 14),
           "guinea pig": (["Abyssinian", "American", "Peruvian"], (0.7, 1.3), 20.0, 10)}
VETS = ["Dr Okafor", "Dr Lindqvist", "Dr Shah", "Dr Morrow"]
CHECKS = {"vaccination": (35, 55), "general": (30, 60), "dental": (90, 260), "microchip": (15, 25),
          "neutering": (80, 220)}


def build_shelter(path: Path | str) -> None:
    """animals (650, birth_year, intake_date, adopted_on NULL while still in care, adopter_id declared FK),
    adopters (birth_date), vet_checks (checked_at TIMESTAMP), fosters (animal_id only implied, end_date NULL while
    ongoing), 2023-2024."""
    rng = random.Random(7203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE adopters(adopter_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, town VARCHAR, has_garden BOOLEAN, has_children BOOLEAN,
        home_checked_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id INTEGER PRIMARY KEY, name VARCHAR, species VARCHAR,
        breed VARCHAR, sex VARCHAR, birth_year INTEGER, intake_date DATE, intake_reason VARCHAR, weight_kg DOUBLE,
        neutered BOOLEAN, adoption_fee_gbp DOUBLE, adopted_on DATE,
        adopter_id INTEGER REFERENCES adopters(adopter_id))""")
    con.execute("""CREATE OR REPLACE TABLE vet_checks(check_id INTEGER PRIMARY KEY,
        animal_id INTEGER REFERENCES animals(animal_id), checked_at TIMESTAMP, vet_name VARCHAR, check_type VARCHAR,
        cost_gbp DOUBLE, issue_found BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fosters(foster_id INTEGER PRIMARY KEY, animal_id INTEGER,
        carer_name VARCHAR, start_date DATE, end_date DATE, daily_allowance_gbp DOUBLE)""")
    towns = ["Norwich", "Wymondham", "Dereham", "Aylsham", "Diss", "Cromer"]
    adopters = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        adopters.append((aid, first, last, _day(rng, dt.date(1948, 1, 1), 19000), rng.choice(towns),
                         rng.random() < 0.68, rng.random() < 0.35, _day(rng, dt.date(2022, 10, 1), 800)))
    free = list(adopters)
    rng.shuffle(free)
    used: list[int] = []
    animals, checks, fosters = [], [], []
    last_day = dt.date(2024, 12, 31)
    for aid in range(1, 651):
        species = rng.choices(list(SPECIES), [42, 38, 13, 7])[0]
        breeds, (lo, hi), fee, stay = SPECIES[species]
        intake = _day(rng, dt.date(2023, 1, 1), 731)
        reason = rng.choices(["stray", "surrendered", "transfer", "born in care"], [35, 40, 17, 8])[0]
        born = intake.year if reason == "born in care" else intake.year - rng.choice([0, 1, 1, 2, 3, 4, 6, 8, 11])
        adopted = intake + dt.timedelta(days=int(rng.expovariate(1 / stay)) + 7)
        if adopted > last_day or rng.random() < 0.06:
            adopted = None
        adopter = None
        if adopted is not None and rng.random() < 0.85:
            adopter = rng.choice(used) if used and (not free or rng.random() < 0.12) else free.pop()[0]
            used.append(adopter)
        if adopter is None:
            adopted = None
        animals.append((aid, rng.choice(PET_NAMES), species, rng.choice(breeds), rng.choice(["male", "female"]), born,
                        intake, reason, round(rng.uniform(lo, hi), 1), rng.random() < 0.6,
                        fee if born < intake.year - 7 else fee * (1.4 if species in ("dog", "cat") else 1.0), adopted,
                        adopter))
        stay_end = adopted or last_day
        for _ in range(rng.randint(1, 4)):
            span = (stay_end - intake).days + 1
            kind = rng.choice(list(CHECKS)) if species in ("dog", "cat") else rng.choice(["general", "neutering"])
            lo_c, hi_c = CHECKS[kind]
            checks.append((len(checks) + 1, aid, _moment(rng, _day(rng, intake, span), 9, 17), rng.choice(VETS),
                           kind, round(rng.uniform(lo_c, hi_c), 2), rng.random() < 0.18))
        if rng.random() < 0.3 and (stay_end - intake).days > 10:
            start = intake + dt.timedelta(days=rng.randint(1, 8))
            end = start + dt.timedelta(days=rng.randint(5, 60))
            end = None if end > stay_end or (adopted is None and rng.random() < 0.5) else end
            fosters.append((len(fosters) + 1, aid, rng.choice(["Jan Moss", "Reza Karimi", "Polly Brent",
                                                              "Ade Ogun", "Sian Lloyd", "Tom Fairley"]),
                            start, end, 4.0 if species in ("dog", "cat") else 2.0))
    checks.sort(key=lambda c: c[2])
    checks = [(i, *c[1:]) for i, c in enumerate(checks, start=1)]
    _insert(con, "adopters", adopters)
    _insert(con, "animals", animals)
    _insert(con, "vet_checks", checks)
    _insert(con, "fosters", fosters)
    con.close()


# ------------------------------------------------------------------------------------------ cinema multiplex
SCREENS = [("Screen 1", "standard", 220), ("Screen 2", "standard", 180), ("Screen 3", "premium", 90),
           ("Screen 4", "IMAX", 340), ("Screen 5", "standard", 140), ("Screen 6", "kids", 110)]
GENRES = ["action", "comedy", "drama", "horror", "family", "sci-fi", "animation"]
WORDS = ["Midnight", "River", "Echo", "Crimson", "Last", "Silent", "Golden", "Iron", "Paper", "Wild", "Hidden",
         "Broken", "Northern", "Glass", "Electric", "Velvet"]
NOUNS = ["Harbour", "Protocol", "Garden", "Frontier", "Signal", "Kingdom", "Heist", "Summer", "Orbit", "Promise",
         "Storm", "Circus"]
CERT = {"action": "12A", "comedy": "15", "drama": "15", "horror": "18", "family": "U", "sci-fi": "12A",
        "animation": "PG"}
ITEMS = [("Small Popcorn", "snack", 4.5), ("Large Popcorn", "snack", 6.9), ("Nachos", "snack", 5.8),
         ("Hot Dog", "hot food", 6.2), ("Cola Regular", "drink", 3.9), ("Cola Large", "drink", 4.8),
         ("Bottled Water", "drink", 2.5), ("Ice Cream Tub", "dessert", 4.2), ("Pick n Mix", "snack", 3.8),
         ("Popcorn & Drink Combo", "combo", 9.5)]


def build_cinema(path: Path | str) -> None:
    """films (70, genre, certificate, runtime_min), screenings (screen name/type, starts_at TIMESTAMP, is_3d),
    ticket_sales (ticket_type, tickets, amount_gbp, channel, refunded), concessions (screening_id NULL when
    bought without a screening), 2023-07 to 2025-06."""
    rng = random.Random(7204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, genre VARCHAR,
        certificate VARCHAR, runtime_min INTEGER, release_date DATE, distributor VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE screenings(screening_id INTEGER PRIMARY KEY,
        film_id INTEGER REFERENCES films(film_id), screen_name VARCHAR, screen_type VARCHAR, seats INTEGER,
        starts_at TIMESTAMP, is_3d BOOLEAN, subtitled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY,
        screening_id INTEGER REFERENCES screenings(screening_id), sold_at TIMESTAMP, ticket_type VARCHAR,
        tickets INTEGER, amount_gbp DOUBLE, channel VARCHAR, refunded BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE concessions(concession_id INTEGER PRIMARY KEY,
        screening_id INTEGER REFERENCES screenings(screening_id), sold_at TIMESTAMP, item VARCHAR, category VARCHAR,
        quantity INTEGER, amount_gbp DOUBLE)""")
    films, titles = [], set()
    for fid in range(1, 71):
        title = f"The {rng.choice(WORDS)} {rng.choice(NOUNS)}"
        while title in titles:
            title = f"{rng.choice(WORDS)} {rng.choice(NOUNS)}"
        titles.add(title)
        genre = rng.choice(GENRES)
        films.append((fid, title, genre, CERT[genre] if rng.random() < 0.8 else rng.choice(["PG", "12A", "15"]),
                      rng.randint(85, 165), _day(rng, dt.date(2023, 6, 1), 730),
                      rng.choice(["Northlight", "Pinewood Pictures", "Meridian", "Blue Kite"])))
    screenings, tickets, snacks = [], [], []
    prices = {"adult": 11.5, "child": 7.5, "senior": 8.5, "student": 9.0}
    for _ in range(2200):
        film = rng.choice(films)
        day = film[5] + dt.timedelta(days=rng.randrange(42))
        if day > dt.date(2025, 6, 30) or day < dt.date(2023, 7, 1):
            continue
        screen = rng.choice(SCREENS[:5]) if film[2] not in ("family", "animation") else rng.choice(SCREENS)
        start = dt.datetime.combine(day, dt.time(rng.choice([11, 13, 14, 16, 17, 18, 19, 20, 21]),
                                                 rng.choice([0, 15, 30, 45])))
        sid = len(screenings) + 1
        is3d = film[2] in ("action", "sci-fi", "animation") and rng.random() < 0.3
        screenings.append((sid, film[0], screen[0], screen[1], screen[2], start, is3d, rng.random() < 0.08))
        mult = (1.6 if screen[1] == "IMAX" else 1.35 if screen[1] == "premium" else 1.0) + (0.2 if is3d else 0.0)
        mult *= 0.75 if start.weekday() == 1 else 1.0
        for _ in range(rng.randint(2, 14 if start.weekday() >= 4 else 8)):
            kind = rng.choices(list(prices), [55, 20 if film[2] in ("family", "animation") else 6, 10, 12])[0]
            n = rng.choice([1, 1, 2, 2, 2, 3, 4])
            when = start - dt.timedelta(minutes=rng.randint(5, 60 * 24 * 6))
            channel = rng.choices(["online", "box office", "kiosk"], [55, 25, 20])[0]
            tickets.append((len(tickets) + 1, sid, when, kind, n, round(prices[kind] * mult * n, 2), channel,
                            rng.random() < 0.03))
        for _ in range(rng.randint(0, 3)):
            item = rng.choice(ITEMS)
            q = rng.choice([1, 1, 1, 2, 3])
            snacks.append((len(snacks) + 1, sid, start - dt.timedelta(minutes=rng.randint(2, 30)), item[0], item[1],
                           q, round(item[2] * q, 2)))
    for _ in range(400):
        item = rng.choice(ITEMS)
        at = _moment(rng, _day(rng, dt.date(2023, 7, 1), 731), 10, 21)
        snacks.append((len(snacks) + 1, None, at, item[0], item[1], 1, item[2]))
    _insert(con, "films", films)
    _insert(con, "screenings", screenings)
    _insert(con, "ticket_sales", tickets)
    _insert(con, "concessions", snacks)
    con.close()


# ------------------------------------------------------------------------------------------ window cleaning round
ROUNDS = [(1, "Monday Town Centre", "Town Centre", 1), (2, "Tuesday Westfield", "Westfield", 2),
          (3, "Wednesday Oakridge", "Oakridge", 3), (4, "Thursday Millbrook", "Millbrook", 1),
          (5, "Friday Harbourside", "Harbourside", 4), (6, "Saturday Villages", "Villages", 5),
          (7, "Tuesday Business Park", "Business Park", 3), (8, "Thursday Eastgate", "Eastgate", 2)]
PROPERTIES = {"terraced": 12.0, "semi-detached": 16.0, "detached": 24.0, "bungalow": 14.0, "flat": 8.0,
              "commercial": 35.0}
STREETS = ["Acacia Avenue", "Beech Road", "Church Lane", "Dale Street", "Elm Grove", "Fore Street", "Grange Close",
           "High Street", "Kings Road", "Mill Lane", "Orchard Way", "Station Road"]


def build_windowcleaning(path: Path | str) -> None:
    """cleaners (6, birth_year, left_on NULL while working), rounds (8, declared FK), customers (460,
    cancelled_on NULL while active), jobs (job_date, paid, paid_on NULL while unpaid, payment_method), 2023-2024."""
    rng = random.Random(7205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cleaners(cleaner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, started_on DATE, left_on DATE, uses_water_fed_pole BOOLEAN,
        day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE rounds(round_id INTEGER PRIMARY KEY, round_name VARCHAR, area VARCHAR,
        cleaner_id INTEGER REFERENCES cleaners(cleaner_id))""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, address VARCHAR, property_type VARCHAR, round_id INTEGER REFERENCES rounds(round_id),
        frequency_weeks INTEGER, price_gbp DOUBLE, joined_on DATE, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), cleaner_id INTEGER REFERENCES cleaners(cleaner_id),
        job_date DATE, price_gbp DOUBLE, inside_too BOOLEAN, gutters_cleared BOOLEAN, minutes_on_site INTEGER,
        paid BOOLEAN, paid_on DATE, payment_method VARCHAR)""")
    cleaners = [(1, "Gary", "Pollard", 1971, dt.date(2009, 4, 1), None, True, 140.0),
                (2, "Kasia", "Zielinska", 1990, dt.date(2016, 9, 12), None, True, 120.0),
                (3, "Dean", "Morton", 1984, dt.date(2019, 2, 4), None, False, 115.0),
                (4, "Shona", "Reid", 1996, dt.date(2021, 5, 17), None, True, 110.0),
                (5, "Marcus", "Bellingham", 2001, dt.date(2023, 3, 6), dt.date(2024, 8, 30), False, 95.0),
                (6, "Tariq", "Hollis", 1979, dt.date(2024, 9, 2), None, True, 125.0)]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 460), start=1):
        rnd = rng.choice(ROUNDS)
        ptype = "commercial" if rnd[0] == 7 else rng.choices(list(PROPERTIES)[:5], [30, 30, 15, 12, 13])[0]
        joined = _day(rng, dt.date(2018, 1, 1), 2400) if rng.random() < 0.7 else _day(rng, dt.date(2023, 1, 1), 700)
        cancelled = _day(rng, max(joined, dt.date(2023, 1, 1)) + dt.timedelta(days=30), 400) \
            if rng.random() < 0.14 else None
        if cancelled is not None and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        customers.append((cid, first, last, f"{rng.randint(1, 140)} {rng.choice(STREETS)}", ptype, rnd[0],
                          rng.choice([4, 4, 4, 8, 8, 12]), round(PROPERTIES[ptype] * rng.uniform(0.9, 1.3)),
                          joined, cancelled))
    jobs = []
    for c in customers:
        rnd = ROUNDS[c[5] - 1]
        day = max(c[8], dt.date(2023, 1, 1)) + dt.timedelta(days=rng.randrange(7 * c[6]))
        stop = min(c[9] or dt.date(2024, 12, 31), dt.date(2024, 12, 31))
        while day <= stop:
            cleaner = rnd[3]
            if cleaner == 5 and day > dt.date(2024, 8, 30):
                cleaner = 6
            if rng.random() < 0.08:
                cleaner = rng.choice([1, 2, 3, 4])
            inside = rng.random() < 0.1
            gutters = rng.random() < 0.05
            price = c[7] + (c[7] if inside else 0) + (30 if gutters else 0)
            unpaid = rng.random() < (0.06 if day.year == 2023 else 0.11 + 0.25 * (day > dt.date(2024, 11, 15)))
            paid_on = None if unpaid else day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 7, 14, 28]))
            method = None if unpaid else rng.choices(["cash", "bank transfer", "card", "direct debit"], [3, 4, 2, 2])[0]
            jobs.append((len(jobs) + 1, c[0], cleaner, day, float(price), inside, gutters,
                         int(price * rng.uniform(0.9, 1.6)), not unpaid, paid_on, method))
            day += dt.timedelta(days=7 * c[6] + rng.randint(-3, 3))
    jobs.sort(key=lambda j: (j[3], j[1]))
    jobs = [(i, *j[1:]) for i, j in enumerate(jobs, start=1)]
    _insert(con, "cleaners", cleaners)
    _insert(con, "rounds", ROUNDS)
    _insert(con, "customers", customers)
    _insert(con, "jobs", jobs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "drivingschool": build_drivingschool,
    "vending": build_vending,
    "shelter": build_shelter,
    "cinema": build_cinema,
    "windowcleaning": build_windowcleaning,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval72-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval72-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval72-dbs"))
