"""Builders of the ninety-third held-out evaluation corpus: five DuckDB files in leisure and venue domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `campsite.duckdb`: a campsite's pitches, campers (birth year), bookings (arrival/departure dates, NULL
  cancelled_on unless cancelled) and site shop sales (booking link only implied by its name, NULL for walk-ins)
- `zoo.duckdb`: a city zoo's enclosures, animals (birth date, NULL departed_on while still at the zoo),
  keepers (birth date) and feedings in kg
- `evcharging.duckdb`: an EV charging network's stations, tariffs, drivers (birth date) and charging sessions
  (start/end timestamps, kWh; NULL ended_at while a session was still running at the extract)
- `concerthall.duckdb`: a concert hall's concerts, seating sections, customers (birth year) and tickets
  (price, refunded flag, NULL refunded_on unless refunded)
- `astronomy.duckdb`: an amateur astronomy society's members (birth year, join date), telescopes, observation
  nights (cloud cover percent) and logged objects (camelCase columns)

Usage:
    python eval93/datasets.py OUTDIR

Example:
    >>> from eval93.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval93-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['astronomy.duckdb', 'campsite.duckdb', 'concerthall.duckdb', 'evcharging.duckdb', 'zoo.duckdb']
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


FIRST = ["Aisling", "Bryn", "Callum", "Delphine", "Eamon", "Freya", "Gareth", "Hollie", "Isaac", "Jessamy", "Kieran",
         "Lorna", "Magnus", "Nadia", "Owain", "Priya", "Quentin", "Rosalind", "Stellan", "Thea", "Ulrich", "Vanya",
         "Wilf", "Xanthe", "Yusuf", "Zelda"]
LAST = ["Abernethy", "Beaumont", "Cartwright", "Drummond", "Ellery", "Faulkner", "Gillespie", "Hargreaves", "Iredale",
        "Jardine", "Kettering", "Lindqvist", "Moffat", "Nicholls", "Ormerod", "Prentice", "Quarrie", "Rowntree",
        "Sinclair", "Thwaite", "Underwood", "Vickers", "Whitlock"]

# ------------------------------------------------------------------------------------------------ campsite
PITCH_TYPES = {"tent": (18.0, 4), "caravan": (32.0, 6), "campervan": (28.0, 4), "glamping pod": (65.0, 4)}
AREAS = ["riverside", "woodland", "meadow"]
COUNTRIES = ["UK", "UK", "UK", "UK", "Netherlands", "Germany", "France", "Ireland"]
SHOP = {"firewood": (6.5, 1, 3), "food": (4.0, 1, 8), "gas": (14.0, 1, 2), "ice cream": (2.5, 1, 6),
        "souvenirs": (9.0, 1, 3)}


def build_campsite(path: Path | str) -> None:
    """pitches (48), campers (420, birth_year), bookings (2023-2024; cancelled_on NULL unless cancelled),
    shop_sales (booking_id only implied by its name, NULL for walk-in day visitors)."""
    rng = random.Random(9301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pitches(pitch_id INTEGER PRIMARY KEY, pitch_code VARCHAR,
        pitch_type VARCHAR, area VARCHAR, has_electric_hookup BOOLEAN, dogs_allowed BOOLEAN, nightly_rate_gbp DOUBLE,
        max_guests INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE campers(camper_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_country VARCHAR, email_opt_in BOOLEAN, first_visit_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        pitch_id INTEGER REFERENCES pitches(pitch_id), camper_id INTEGER REFERENCES campers(camper_id),
        booked_at TIMESTAMP, arrival_date DATE, departure_date DATE, guests INTEGER, brought_dog BOOLEAN,
        total_gbp DOUBLE, status VARCHAR, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE shop_sales(sale_id INTEGER PRIMARY KEY, booking_id INTEGER,
        sold_at TIMESTAMP, category VARCHAR, quantity INTEGER, amount_gbp DOUBLE, paid_by_card BOOLEAN)""")
    pitches = []
    for pid in range(1, 49):
        ptype = rng.choices(list(PITCH_TYPES), [40, 25, 22, 13])[0]
        area = AREAS[pid % 3]
        rate, guests = PITCH_TYPES[ptype]
        pitches.append((pid, f"{area[0].upper()}{pid:02d}", ptype, area,
                        ptype != "tent" or rng.random() < 0.4, rng.random() < 0.5,
                        round(rate * rng.uniform(0.9, 1.2) + (5 if area == "riverside" else 0), 2), guests))
    campers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        campers.append((cid, first, last, rng.randint(1945, 2004), rng.choice(COUNTRIES), rng.random() < 0.45,
                        _day(rng, dt.date(2012, 1, 1), 4000)))
    bookings, booked = [], {}
    end = dt.date(2024, 12, 31)
    while len(bookings) < 1600:
        pitch = rng.choice(pitches)
        month = rng.choices(range(1, 13), [1, 1, 3, 6, 8, 10, 14, 15, 8, 5, 2, 3])[0]
        year = rng.choice([2023, 2024])
        arrival = dt.date(year, month, rng.randint(1, 28))
        nights = rng.choices([1, 2, 3, 4, 5, 7, 10, 14], [14, 24, 18, 12, 10, 12, 6, 4])[0]
        departure = arrival + dt.timedelta(days=nights)
        if departure > end + dt.timedelta(days=14):
            continue
        days = {arrival + dt.timedelta(days=k) for k in range(nights)}
        if days & booked.setdefault(pitch[0], set()):
            continue
        booked[pitch[0]] |= days
        camper = rng.choice(campers)
        booked_at = _moment(rng, arrival - dt.timedelta(days=rng.randint(1, 150)), 6, 23)
        status = rng.choices(["completed", "cancelled", "no-show"], [86, 11, 3])[0]
        cancelled = None
        if status == "cancelled":
            cancelled = booked_at.date() + dt.timedelta(days=rng.randint(0, max(0, (arrival - booked_at.date()).days)))
        guests = rng.randint(1, pitch[7])
        dog = pitch[5] and rng.random() < 0.35
        total = round(pitch[6] * nights + (3.0 * nights if dog else 0.0), 2)
        bookings.append((len(bookings) + 1, pitch[0], camper[0], booked_at, arrival, departure, guests, dog, total,
                         status, cancelled))
    sales = []
    stays = [b for b in bookings if b[9] == "completed"]
    while len(sales) < 2400:
        walk_in = rng.random() < 0.15
        if walk_in:
            day, booking = _day(rng, dt.date(2023, 4, 1), 640), None
            if day.month in (11, 12, 1, 2):
                continue
        else:
            b = rng.choice(stays)
            day, booking = b[4] + dt.timedelta(days=rng.randrange((b[5] - b[4]).days)), b[0]
        category = rng.choices(list(SHOP), [22, 34, 10, 20, 14])[0]
        price, low, high = SHOP[category]
        qty = rng.randint(low, high)
        sales.append((len(sales) + 1, booking, _moment(rng, day, 8, 20), category, qty,
                      round(qty * price * rng.uniform(0.9, 1.15), 2), rng.random() < 0.72))
    _insert(con, "pitches", pitches)
    _insert(con, "campers", campers)
    _insert(con, "bookings", bookings)
    _insert(con, "shop_sales", sales)
    con.close()


# ----------------------------------------------------------------------------------------------------- zoo
ENCLOSURES = [(1, "Savannah Plains", "Africa", 12000, False), (2, "Gorilla Forest", "Africa", 4500, False),
              (3, "Tiger Valley", "Asia", 6000, False), (4, "Monsoon House", "Asia", 1800, True),
              (5, "Amazon Dome", "Americas", 2500, True), (6, "Pampas Paddock", "Americas", 5200, False),
              (7, "Outback Trail", "Australasia", 7000, False), (8, "Reptile House", "Americas", 900, True),
              (9, "Penguin Cove", "Americas", 1500, False)]
SPECIES = {  # species: (class, diet, enclosure ids, kg per feed, food types, adult weight kg)
    "giraffe": ("mammal", "herbivore", [1], (8, 14), ["hay", "browse", "pellets"], 900),
    "zebra": ("mammal", "herbivore", [1], (5, 9), ["hay", "pellets"], 350),
    "lion": ("mammal", "carnivore", [1], (5, 9), ["meat"], 180),
    "western lowland gorilla": ("mammal", "omnivore", [2], (3, 6), ["fruit", "browse", "vegetables"], 150),
    "sumatran tiger": ("mammal", "carnivore", [3], (4, 7), ["meat"], 120),
    "red panda": ("mammal", "herbivore", [4], (0.6, 1.2), ["bamboo", "fruit"], 5),
    "binturong": ("mammal", "omnivore", [4], (0.5, 1.0), ["fruit", "meat"], 18),
    "golden lion tamarin": ("mammal", "omnivore", [5], (0.05, 0.12), ["fruit", "insects"], 0.6),
    "scarlet macaw": ("bird", "herbivore", [5], (0.1, 0.2), ["fruit", "seeds"], 1.1),
    "capybara": ("mammal", "herbivore", [6], (2, 3.5), ["hay", "vegetables"], 50),
    "rhea": ("bird", "omnivore", [6], (0.6, 1.1), ["pellets", "vegetables"], 25),
    "red kangaroo": ("mammal", "herbivore", [7], (2, 4), ["hay", "pellets"], 70),
    "emu": ("bird", "omnivore", [7], (0.8, 1.5), ["pellets", "vegetables"], 40),
    "green anaconda": ("reptile", "carnivore", [8], (3, 6), ["meat"], 60),
    "poison dart frog": ("amphibian", "carnivore", [8], (0.002, 0.006), ["insects"], 0.003),
    "humboldt penguin": ("bird", "carnivore", [9], (0.4, 0.8), ["fish"], 4.5),
}
ANIMAL_NAMES = ["Asha", "Bongo", "Cleo", "Dizzy", "Enzo", "Fia", "Gus", "Hattie", "Iggy", "Juno", "Kito", "Luna",
                "Mango", "Nala", "Ozzy", "Pip", "Quill", "Rafi", "Suki", "Taz", "Uma", "Vito", "Willow", "Yara",
                "Ziggy", "Amber", "Boris", "Coco", "Dotty", "Echo", "Fern", "Gizmo", "Hugo", "Indi", "Jasper",
                "Kiki", "Loki", "Milo", "Nemo", "Olive", "Peanut", "Rio", "Sable", "Toffee", "Nova", "Kaya",
                "Marlo", "Sasha", "Bramble", "Cosmo", "Dusty", "Ember", "Flint", "Ginger", "Hazel", "Ivy", "Jinx",
                "Kobe", "Lyra", "Moss", "Nutmeg", "Onyx", "Pebble", "Rusty", "Saffy", "Tilly", "Zuri", "Biscuit"]


def build_zoo(path: Path | str) -> None:
    """enclosures (9), animals (68, birth_date, departed_on NULL while still at the zoo), keepers (14, birth_date),
    feedings (2023-01..2025-03, amount_kg, refused)."""
    rng = random.Random(9302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE enclosures(enclosure_id INTEGER PRIMARY KEY, enclosure_name VARCHAR,
        zone VARCHAR, area_m2 INTEGER, indoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id INTEGER PRIMARY KEY, name VARCHAR, species VARCHAR,
        animal_class VARCHAR, diet VARCHAR, sex VARCHAR, birth_date DATE,
        enclosure_id INTEGER REFERENCES enclosures(enclosure_id), arrived_on DATE, departed_on DATE,
        weight_kg DOUBLE, endangered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE keepers(keeper_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, senior BOOLEAN, section VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE feedings(feeding_id INTEGER PRIMARY KEY,
        animal_id INTEGER REFERENCES animals(animal_id), keeper_id INTEGER REFERENCES keepers(keeper_id),
        fed_at TIMESTAMP, food_type VARCHAR, amount_kg DOUBLE, refused BOOLEAN)""")
    endangered = {"sumatran tiger", "western lowland gorilla", "red panda", "golden lion tamarin", "humboldt penguin",
                  "binturong"}
    animals = []
    names = list(ANIMAL_NAMES)
    rng.shuffle(names)
    for species, (cls, diet, encl, _, _, weight) in SPECIES.items():
        for _ in range(rng.randint(2, 6)):
            if not names:
                break
            born = _day(rng, dt.date(2003, 1, 1), 7600)
            arrived = max(born, _day(rng, dt.date(2008, 1, 1), 5600))
            departed = _day(rng, dt.date(2023, 3, 1), 700) if rng.random() < 0.12 else None
            animals.append((len(animals) + 1, names.pop(), species, cls, diet, rng.choice(["male", "female"]), born,
                            encl[0], arrived, departed, round(weight * rng.uniform(0.7, 1.2), 3),
                            species in endangered))
    keepers = []
    sections = ["Africa", "Asia", "Americas", "Australasia"]
    for kid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        keepers.append((kid, first, last, _day(rng, dt.date(1965, 1, 1), 13000), _day(rng, dt.date(2005, 1, 1), 6500),
                        rng.random() < 0.35, sections[kid % 4]))
    zone = {e[0]: e[2] for e in ENCLOSURES}
    feedings = []
    start, end = dt.date(2023, 1, 1), dt.date(2025, 3, 31)
    while len(feedings) < 3600:
        animal = rng.choice(animals)
        day = _day(rng, start, (end - start).days + 1)
        if animal[9] is not None and day >= animal[9]:
            continue
        spec = SPECIES[animal[2]]
        staff = [k for k in keepers if k[6] == zone[animal[7]]] or keepers
        refused = rng.random() < 0.06
        feedings.append((len(feedings) + 1, animal[0], rng.choice(staff)[0], _moment(rng, day, 7, 17),
                         rng.choice(spec[4]), round(rng.uniform(*spec[3]), 3), refused))
    _insert(con, "enclosures", ENCLOSURES)
    _insert(con, "animals", animals)
    _insert(con, "keepers", keepers)
    _insert(con, "feedings", feedings)
    con.close()


# --------------------------------------------------------------------------------------------- EV charging
EV_STATIONS = [(1, "Canal Wharf Hub", "Bristol", "VoltPoint", 12, dt.date(2019, 5, 1), True),
               (2, "Temple Meads Car Park", "Bristol", "ChargeWay", 6, dt.date(2020, 3, 1), False),
               (3, "Cribbs Causeway", "Bristol", "VoltPoint", 10, dt.date(2021, 7, 1), True),
               (4, "Cathedral Quarter", "Exeter", "ChargeWay", 4, dt.date(2020, 11, 1), False),
               (5, "Sandy Park", "Exeter", "GridGo", 8, dt.date(2022, 2, 1), True),
               (6, "Royal Crescent Lane", "Bath", "GridGo", 4, dt.date(2019, 9, 1), False),
               (7, "Lansdown Park and Ride", "Bath", "VoltPoint", 6, dt.date(2021, 4, 1), False),
               (8, "Kingsway Services", "Gloucester", "ChargeWay", 14, dt.date(2018, 6, 1), True),
               (9, "Quayside", "Gloucester", "GridGo", 5, dt.date(2022, 9, 1), False)]
TARIFFS = [(1, "standard", 0.69, 0.10, False), (2, "off-peak", 0.45, 0.10, False), (3, "subscriber", 0.52, 0.05, True),
           (4, "fleet", 0.48, 0.0, True)]
MODELS = ["Tesla Model 3", "Nissan Leaf", "Kia EV6", "VW ID.3", "MG4", "Hyundai Ioniq 5", "Polestar 2"]


def build_evcharging(path: Path | str) -> None:
    """stations (9), tariffs (4), drivers (300, birth_date), charging_sessions (2023-2024; ended_at NULL while
    still running at the extract)."""
    rng = random.Random(9303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        city VARCHAR, operator VARCHAR, bays INTEGER, opened_on DATE, rapid_hub BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tariffs(tariff_id INTEGER PRIMARY KEY, tariff_name VARCHAR,
        price_per_kwh_gbp DOUBLE, idle_fee_per_min_gbp DOUBLE, needs_subscription BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, car_model VARCHAR, registered_on DATE, company_car BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE charging_sessions(session_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), driver_id INTEGER REFERENCES drivers(driver_id),
        tariff_id INTEGER REFERENCES tariffs(tariff_id), started_at TIMESTAMP, ended_at TIMESTAMP, energy_kwh DOUBLE,
        cost_gbp DOUBLE, connector VARCHAR, payment_failed BOOLEAN)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1952, 1, 1), 19000), rng.choice(MODELS),
                        _day(rng, dt.date(2020, 1, 1), 1400), rng.random() < 0.2))
    weights = [rng.uniform(0.3, 3) for _ in drivers]
    sessions = []
    extract = dt.datetime(2024, 12, 31, 23, 59)
    while len(sessions) < 3800:
        station = rng.choices(EV_STATIONS, [s[4] for s in EV_STATIONS])[0]
        driver = rng.choices(drivers, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day < driver[5]:
            continue
        started = _moment(rng, day, 0, 23) if rng.random() < 0.25 else _moment(rng, day, 7, 20)
        offpeak = started.hour < 7 or started.hour >= 22
        tariff = TARIFFS[3] if driver[6] else TARIFFS[1] if offpeak else rng.choices(
            [TARIFFS[0], TARIFFS[2]], [65, 35])[0]
        connector = rng.choices(["CCS", "CHAdeMO", "Type 2"], [60, 10, 30] if station[6] else [30, 10, 60])[0]
        if connector == "Type 2":
            minutes = rng.randint(40, 480)
            energy = min(7.2 * minutes / 60, rng.uniform(15, 60))
        else:
            minutes = rng.randint(12, 70)
            energy = min(90 * minutes / 60, rng.uniform(20, 70))
        energy = round(energy * rng.uniform(0.93, 1.03), 2)
        ended = started + dt.timedelta(minutes=minutes)
        if ended > extract:
            ended = None
        cost = round(energy * tariff[2] * (1.05 if day.year == 2024 else 1.0), 2)
        sessions.append((len(sessions) + 1, station[0], driver[0], tariff[0], started, ended, energy, cost, connector,
                         rng.random() < 0.03))
    sessions.append((len(sessions) + 1, 8, 7, 1, dt.datetime(2024, 12, 31, 23, 20), None, 18.4, 13.33, "CCS", False))
    _insert(con, "stations", EV_STATIONS)
    _insert(con, "tariffs", TARIFFS)
    _insert(con, "drivers", drivers)
    _insert(con, "charging_sessions", sessions)
    con.close()


# -------------------------------------------------------------------------------------------- concert hall
SECTIONS = [(1, "Stalls", 620, 38.0), (2, "Grand Tier", 240, 52.0), (3, "Circle", 310, 30.0),
            (4, "Balcony", 280, 18.0), (5, "Boxes", 40, 75.0), (6, "Choir Seats", 150, 15.0)]
PERFORMERS = {"classical": ["City Philharmonic", "Hallé Strings", "Aurora Quartet", "Northern Sinfonia"],
              "jazz": ["Blue Note Collective", "Ellis Marsh Trio"], "rock": ["The Copper Tides", "Static Lions"],
              "pop": ["Nova Lane", "Juniper Kite"], "folk": ["Fenland Fiddlers", "The Heather Lads"]}
CHANNELS = ["online", "box office", "phone"]


def build_concerthall(path: Path | str) -> None:
    """concerts (2023-09..2025-06), sections (6), customers (700, birth_year), tickets (refunded flag,
    refunded_on NULL unless refunded)."""
    rng = random.Random(9304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE concerts(concert_id INTEGER PRIMARY KEY, title VARCHAR, performer VARCHAR,
        genre VARCHAR, concert_date DATE, doors_open_at TIMESTAMP, duration_min INTEGER, matinee BOOLEAN,
        sold_out BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sections(section_id INTEGER PRIMARY KEY, section_name VARCHAR,
        seats INTEGER, base_price_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, postcode_area VARCHAR, friends_scheme BOOLEAN, signed_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        concert_id INTEGER REFERENCES concerts(concert_id), section_id INTEGER REFERENCES sections(section_id),
        customer_id INTEGER REFERENCES customers(customer_id), sold_at TIMESTAMP, price_gbp DOUBLE,
        sales_channel VARCHAR, concession BOOLEAN, refunded BOOLEAN, refunded_on DATE)""")
    concerts = []
    day = dt.date(2023, 9, 2)
    while day <= dt.date(2025, 6, 28):
        genre = rng.choices(list(PERFORMERS), [40, 15, 15, 15, 15])[0]
        performer = rng.choice(PERFORMERS[genre])
        matinee = day.weekday() == 6 and rng.random() < 0.6
        doors = dt.datetime.combine(day, dt.time(14, 0) if matinee else dt.time(rng.choice([18, 19]),
                                                                                   rng.choice([0, 30])))
        title = f"{performer} {rng.choice(['in Concert', 'Live', 'Gala Night', 'Spring Tour', 'Winter Tour'])}"
        concerts.append([len(concerts) + 1, title, performer, genre, day, doors, rng.choice([90, 110, 120, 150]),
                         matinee, False])
        day += dt.timedelta(days=rng.randint(3, 8))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1):
        customers.append((cid, first, last, rng.randint(1940, 2006), rng.choice(["LS", "BD", "HX", "HD", "WF", "YO"]),
                          rng.random() < 0.2, _day(rng, dt.date(2015, 1, 1), 3400)))
    loyal = [rng.uniform(0.2, 3) for _ in customers]
    tickets = []
    for concert in concerts:
        popularity = rng.uniform(0.15, 0.5)
        for section in SECTIONS:
            sold = int(section[2] * popularity * rng.uniform(0.6, 1.2) / 10)
            if concert[0] % 17 == 0:
                sold = section[2] // 10
                concert[8] = True
            for _ in range(sold):
                customer = rng.choices(customers, loyal)[0]
                sold_at = _moment(rng, concert[4] - dt.timedelta(days=rng.randint(0, 90)), 8, 22)
                concession = rng.random() < 0.18
                price = round(section[3] * (1.25 if concert[3] in ("rock", "pop") else 1.0) *
                              (0.8 if concession else 1.0), 2)
                refunded = rng.random() < 0.05
                refunded_on = sold_at.date() + dt.timedelta(days=rng.randint(1, 20)) if refunded else None
                if refunded_on is not None and refunded_on > concert[4]:
                    refunded_on = concert[4]
                tickets.append((len(tickets) + 1, concert[0], section[0], customer[0], sold_at, price,
                                rng.choices(CHANNELS, [65, 20, 15])[0], concession, refunded, refunded_on))
    _insert(con, "concerts", [tuple(c) for c in concerts])
    _insert(con, "sections", SECTIONS)
    _insert(con, "customers", customers)
    _insert(con, "tickets", tickets)
    con.close()


# ----------------------------------------------------------------------------------------------- astronomy
SCOPE_TYPES = {"refractor": (80, 150), "reflector": (130, 250), "Dobsonian": (200, 400),
               "Schmidt-Cassegrain": (150, 300)}
OBJECTS = {"galaxy": ["M31", "M33", "M51", "M81", "M82", "M101", "NGC 891", "M64"],
           "nebula": ["M42", "M57", "M27", "M1", "NGC 7000", "M8"],
           "planet": ["Jupiter", "Saturn", "Mars", "Venus", "Uranus"],
           "double star": ["Albireo", "Mizar", "Castor", "Epsilon Lyrae"],
           "cluster": ["M45", "M13", "M44", "Double Cluster", "M92"]}
SITES = ["club observatory", "dark sky site", "back garden"]


def build_astronomy(path: Path | str) -> None:
    """members (60, birthYear, joinedOn), telescopes (owned by members), observationNights (2023-01..2025-02;
    cloudCoverPct, endedAt NULL when the log was left open), loggedObjects. camelCase columns."""
    rng = random.Random(9305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, joinedOn DATE, experienceLevel VARCHAR, isCommittee BOOLEAN, leftOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE telescopes(telescopeId INTEGER PRIMARY KEY, telescopeName VARCHAR,
        scopeType VARCHAR, apertureMm INTEGER, focalLengthMm INTEGER, isGoTo BOOLEAN,
        ownerId INTEGER REFERENCES members(memberId), purchasedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE observationNights(nightId INTEGER PRIMARY KEY,
        memberId INTEGER REFERENCES members(memberId), telescopeId INTEGER REFERENCES telescopes(telescopeId),
        site VARCHAR, startedAt TIMESTAMP, endedAt TIMESTAMP, cloudCoverPct INTEGER, seeingRating INTEGER,
        moonUp BOOLEAN, tempC DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE loggedObjects(logId INTEGER PRIMARY KEY,
        nightId INTEGER REFERENCES observationNights(nightId), objectName VARCHAR, objectType VARCHAR,
        magnitude DOUBLE, loggedAt TIMESTAMP, sketched BOOLEAN, photographed BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        joined = _day(rng, dt.date(2008, 1, 1), 6200)
        left = _day(rng, dt.date(2023, 6, 1), 600) if rng.random() < 0.12 else None
        members.append((mid, first, last, rng.randint(1948, 2006), joined,
                        rng.choices(["beginner", "intermediate", "expert"], [40, 38, 22])[0], mid % 9 == 0, left))
    scopes = []
    brands = ["Skywatcher", "Celestron", "Meade", "Orion", "Explore"]
    for member in members:
        for _ in range(rng.choices([0, 1, 2], [20, 60, 20])[0]):
            stype = rng.choice(list(SCOPE_TYPES))
            aperture = rng.randrange(*SCOPE_TYPES[stype], 10)
            scopes.append((len(scopes) + 1, f"{rng.choice(brands)} {aperture}{stype[0].upper()}", stype, aperture,
                           aperture * rng.choice([5, 6, 8, 10]), stype == "Schmidt-Cassegrain" or rng.random() < 0.3,
                           member[0], _day(rng, dt.date(2012, 1, 1), 4000)))
    owners = {}
    for scope in scopes:
        owners.setdefault(scope[6], []).append(scope[0])
    nights, logs = [], []
    start, end = dt.date(2023, 1, 1), dt.date(2025, 2, 28)
    keen = [rng.uniform(0.2, 3) for _ in members]
    while len(nights) < 900:
        member = rng.choices(members, keen)[0]
        if member[0] not in owners:
            continue
        day = _day(rng, start, (end - start).days + 1)
        if member[7] is not None and day >= member[7]:
            continue
        dark = 17 if day.month in (11, 12, 1, 2) else 19 if day.month in (3, 4, 9, 10) else 21
        started = dt.datetime.combine(day, dt.time(rng.randint(dark, 23), rng.randrange(60)))
        hours = rng.uniform(0.8, 5)
        ended = started + dt.timedelta(minutes=int(hours * 60)) if rng.random() > 0.04 else None
        cloud = min(100, max(0, int(rng.gauss(35, 25))))
        night = (len(nights) + 1, member[0], rng.choice(owners[member[0]]), rng.choices(SITES, [40, 25, 35])[0],
                 started, ended, cloud, rng.randint(1, 5), rng.random() < 0.5, round(rng.gauss(6, 6), 1))
        nights.append(night)
        for _ in range(max(0, int((100 - cloud) / 100 * rng.randint(1, 9)))):
            otype = rng.choices(list(OBJECTS), [25, 20, 25, 10, 20])[0]
            logged = started + dt.timedelta(minutes=rng.randint(0, int(hours * 60)))
            mag = round(rng.uniform(-2.5, 1.5) if otype == "planet" else rng.uniform(2.0, 10.5), 1)
            logs.append((len(logs) + 1, night[0], rng.choice(OBJECTS[otype]), otype, mag, logged,
                         rng.random() < 0.25, rng.random() < 0.2))
    _insert(con, "members", members)
    _insert(con, "telescopes", scopes)
    _insert(con, "observationNights", nights)
    _insert(con, "loggedObjects", logs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "campsite": build_campsite,
    "zoo": build_zoo,
    "evcharging": build_evcharging,
    "concerthall": build_concerthall,
    "astronomy": build_astronomy,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval93-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval93-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval93-dbs"))
