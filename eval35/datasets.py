"""Builders of the eval35 development corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `pizza.duckdb`: stores, drivers (birth_date, left_date NULL while employed), orders (TIMESTAMPs, nullable
  driver_id for collections, nullable delivered_at / tip / customer_rating, boolean used_voucher; declared FKs)
- `hotels.duckdb`: hotels, guests (year_of_birth, loyalty_tier), bookings (check_in / check_out DATEs, nullable
  review_score; bookings.guest_id is NOT a declared foreign key, bookings.hotel_id is)
- `gym.duckdb`: clubs (has_pool), members (date_of_birth, cancelled_date NULL while active), visits
  (check_in_at / check_out_at TIMESTAMPs, check_out_at NULL when nobody swiped out; declared FKs)
- `pharmacy.duckdb`: branches, pharmacists (full_name, is_locum), prescriptions (patient_birth_year, nullable
  collected_at, booleans is_repeat / exempt; declared FKs)
- `carboot.duckdb`: events (is_cancelled, visitor_count NULL when cancelled), sellers, pitches (seller_id is NOT
  a declared foreign key, event_id is; nullable takings)

Usage:
    python eval35/datasets.py OUTDIR

Example:
    >>> from eval35.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval35-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['carboot.duckdb', 'gym.duckdb', 'hotels.duckdb', 'pharmacy.duckdb', 'pizza.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random minute of `day` between first_hour:00 and last_hour:59."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Ben", "Callum", "Daisy", "Ethan", "Freya", "George", "Hannah", "Imran", "Jess", "Kieran", "Lily",
         "Mason", "Niamh", "Owen", "Priya", "Quinn", "Rosie", "Sam", "Tara", "Usman", "Vicky", "Will", "Zara"]
LAST = ["Atkinson", "Bailey", "Chowdhury", "Doyle", "Evans", "Fletcher", "Gallagher", "Hughes", "Iqbal", "Jenkins",
        "Kaur", "Lloyd", "McKenzie", "Nolan", "O'Brien", "Patel", "Quigley", "Reid", "Shaw", "Turner", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------------ pizza
PIZZA_STORES = [  # name, city, opened, dine-in
    ("Leeds Central", "Leeds", dt.date(2015, 3, 1), True), ("Headingley", "Leeds", dt.date(2019, 6, 15), False),
    ("Sheffield Kelham", "Sheffield", dt.date(2017, 9, 1), True), ("York Walmgate", "York", dt.date(2020, 2, 1), False),
    ("Bradford North", "Bradford", dt.date(2018, 4, 20), False), ("Manchester Ancoats", "Manchester",
                                                                   dt.date(2016, 11, 5), True),
    ("Salford Quays", "Salford", dt.date(2021, 8, 1), False), ("Hull Marina", "Hull", dt.date(2022, 5, 14), True)]
CHANNELS = ["app", "website", "phone", "walk-in"]
STORE_WEIGHTS = [22, 12, 16, 8, 10, 18, 6, 8]


def build_pizza(path: Path | str) -> None:
    """stores (8), drivers (40, left_date NULL while employed), orders 2022-2024 (declared FKs)."""
    rng = random.Random(3501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(store_id INTEGER PRIMARY KEY, store_name VARCHAR, city VARCHAR,
        opened_date DATE, has_dine_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, store_id INTEGER REFERENCES stores(store_id), hired_date DATE,
        left_date DATE, vehicle VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        store_id INTEGER REFERENCES stores(store_id), driver_id INTEGER REFERENCES drivers(driver_id),
        ordered_at TIMESTAMP, delivered_at TIMESTAMP, channel VARCHAR, order_type VARCHAR, status VARCHAR,
        pizzas INTEGER, total_amount DOUBLE, tip DOUBLE, customer_rating INTEGER, used_voucher BOOLEAN)""")
    stores = [(i, *s) for i, s in enumerate(PIZZA_STORES, start=1)]
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 40), start=1):
        hired = _day(rng, dt.date(2019, 1, 1), 365 * 5)
        left = _day(rng, hired + dt.timedelta(days=90), 700) if rng.random() < 0.35 else None
        left = left if left is None or left <= dt.date(2024, 12, 31) else None
        drivers.append((did, first, last, _day(rng, dt.date(1965, 1, 1), 365 * 40), (did - 1) % 8 + 1, hired, left,
                        rng.choices(["scooter", "car", "e-bike"], [50, 35, 15])[0]))
    orders = []
    for oid in range(1, 6001):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        open_ids = [s[0] for s in stores if s[3] <= day]  # Hull Marina opened in May 2022
        store = rng.choices(open_ids, [STORE_WEIGHTS[i - 1] for i in open_ids])[0]
        ordered = _moment(rng, day, 11, 22)
        channel = rng.choices(CHANNELS, [45, 25, 20, 10])[0]
        otype = "collection" if channel == "walk-in" or rng.random() < 0.3 else "delivery"
        status = "cancelled" if rng.random() < 0.06 else ("delivered" if otype == "delivery" else "collected")
        pool = [d for d in drivers if d[4] == store and d[5] <= day and (d[6] is None or d[6] >= day)] or [
            d for d in drivers if d[4] == store]
        driver = rng.choice(pool)[0] if otype == "delivery" and pool else None
        delivered = ordered + dt.timedelta(minutes=rng.randint(14, 65)) if status == "delivered" and driver else None
        pizzas = rng.choices([1, 2, 3, 4, 5, 6], [30, 35, 15, 12, 5, 3])[0]
        amount = round(pizzas * rng.uniform(8.5, 14.0) + (2.5 if otype == "delivery" else 0), 2)
        tip = round(rng.choice([1.0, 2.0, 2.5, 3.0, 5.0]), 2) if delivered and rng.random() < 0.4 else None
        rating = rng.choices([1, 2, 3, 4, 5], [4, 6, 15, 35, 40])[0] if status != "cancelled" and rng.random() < 0.45 \
            else None
        orders.append((oid, store, driver, ordered, delivered, channel, otype, status, pizzas, amount, tip, rating,
                       rng.random() < 0.2))
    _insert(con, "stores", stores)
    _insert(con, "drivers", drivers)
    _insert(con, "orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------ hotels
HOTELS = [  # name, city, stars, opened_year, rooms
    ("Harbour View", "Bristol", 4, 2008, 120), ("The Grange", "Bath", 5, 1998, 60), ("Cityline Express", "Bristol", 3,
                                                                                  2016, 180),
    ("Riverside Lodge", "Oxford", 3, 2011, 90), ("Castle Court", "Edinburgh", 4, 2004, 140),
    ("Old Mill Inn", "York", 3, 2019, 45), ("Marlowe House", "London", 5, 2001, 210), ("Dockside", "Cardiff", 4, 2014,
                                                                                       110)]
ROOM_RATES = {"single": 85.0, "double": 120.0, "family": 160.0, "suite": 260.0}
BOOKING_CHANNELS = ["direct", "booking.com", "expedia", "travel agent"]
COUNTRIES = ["UK", "USA", "Germany", "France", "Ireland", "Netherlands", "Spain", "Australia"]


def build_hotels(path: Path | str) -> None:
    """hotels (8), guests (700, year_of_birth), bookings 2023-2025 (guest_id undeclared, hotel_id declared)."""
    rng = random.Random(3502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE hotels(hotel_id INTEGER PRIMARY KEY, hotel_name VARCHAR, city VARCHAR,
        star_rating INTEGER, opened_year INTEGER, room_count INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        year_of_birth INTEGER, country VARCHAR, loyalty_tier VARCHAR, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        hotel_id INTEGER REFERENCES hotels(hotel_id), guest_id INTEGER, booked_at TIMESTAMP, check_in DATE,
        check_out DATE, room_type VARCHAR, nightly_rate DOUBLE, booking_channel VARCHAR, status VARCHAR,
        breakfast_included BOOLEAN, review_score DOUBLE)""")
    hotels = [(i, *h) for i, h in enumerate(HOTELS, start=1)]
    guests = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        guests.append((gid, first, last, rng.randint(1948, 2004), rng.choices(COUNTRIES, [45, 12, 8, 8, 7, 6, 8, 6])[0],
                       rng.choices(["none", "silver", "gold", "platinum"], [55, 25, 14, 6])[0], rng.random() < 0.4))
    bookings = []
    for bid in range(1, 4501):
        hotel = rng.choices(hotels, [16, 8, 18, 10, 14, 6, 18, 10])[0]
        check_in = _day(rng, dt.date(2023, 1, 1), 1096)
        nights = rng.choices([1, 2, 3, 4, 5, 7, 10], [25, 30, 18, 10, 7, 7, 3])[0]
        room = rng.choices(list(ROOM_RATES), [20, 50, 18, 12])[0]
        rate = round(ROOM_RATES[room] * (0.6 + 0.3 * hotel[3]) * rng.uniform(0.85, 1.2), 2)
        booked = _moment(rng, check_in - dt.timedelta(days=rng.randint(0, 120)), 0, 23)
        status = rng.choices(["completed", "cancelled", "no-show"], [84, 13, 3])[0]
        score = round(rng.uniform(5.5, 10.0), 1) if status == "completed" and rng.random() < 0.5 else None
        bookings.append((bid, hotel[0], rng.randint(1, 420), booked, check_in, check_in + dt.timedelta(days=nights),
                         room, rate, rng.choices(BOOKING_CHANNELS, [35, 35, 20, 10])[0], status, rng.random() < 0.55,
                         score))
    _insert(con, "hotels", hotels)
    _insert(con, "guests", guests)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------ gym
CLUBS = [("Riverside", "Nottingham", True, dt.date(2012, 1, 10)), ("City Centre", "Nottingham", False,
                                                                   dt.date(2018, 5, 1)),
         ("Beeston", "Nottingham", True, dt.date(2015, 9, 1)), ("Derby Pride Park", "Derby", True, dt.date(2016, 3, 1)),
         ("Leicester Fosse", "Leicester", False, dt.date(2020, 1, 15)), ("Loughborough", "Loughborough", False,
                                                                          dt.date(2021, 6, 1))]
MEMBERSHIPS = {"basic": 24.99, "off-peak": 18.99, "premium": 44.99, "student": 16.99}
ACTIVITIES = ["gym floor", "class", "swim", "spin"]


def build_gym(path: Path | str) -> None:
    """clubs (6), members (500, cancelled_date NULL while active), visits 2023-2024 (declared FKs)."""
    rng = random.Random(3503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clubs(club_id INTEGER PRIMARY KEY, club_name VARCHAR, city VARCHAR,
        has_pool BOOLEAN, opened_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, home_club_id INTEGER REFERENCES clubs(club_id),
        membership_type VARCHAR, monthly_fee DOUBLE, joined_date DATE, cancelled_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), club_id INTEGER REFERENCES clubs(club_id),
        check_in_at TIMESTAMP, check_out_at TIMESTAMP, activity VARCHAR, brought_guest BOOLEAN)""")
    clubs = [(i, *c) for i, c in enumerate(CLUBS, start=1)]
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 360), start=1):
        mtype = rng.choices(list(MEMBERSHIPS), [45, 20, 22, 13])[0]
        born = _day(rng, dt.date(1999, 1, 1), 365 * 7) if mtype == "student" else _day(rng, dt.date(1955, 1, 1),
                                                                                         365 * 48)
        joined = _day(rng, dt.date(2021, 1, 1), 365 * 4)
        cancelled = _day(rng, joined + dt.timedelta(days=60), 900) if rng.random() < 0.3 else None
        cancelled = cancelled if cancelled is None or cancelled <= dt.date(2024, 12, 31) else None
        club = rng.choices(range(1, 7), [25, 20, 18, 17, 12, 8])[0]
        members.append((mid, first, last, born, rng.choice(["F", "M"]), club,
                        mtype, MEMBERSHIPS[mtype], joined, cancelled))
    visits = []
    for vid in range(1, 7001):
        member = rng.choice(members)
        start = max(member[8], dt.date(2023, 1, 1))
        end = member[9] or dt.date(2024, 12, 31)
        if end <= start:
            member = members[vid % 5]
            start, end = max(member[8], dt.date(2023, 1, 1)), member[9] or dt.date(2024, 12, 31)
        day = _day(rng, start, max((end - start).days, 1))
        club = member[5] if rng.random() < 0.8 else rng.randint(1, 6)
        activity = rng.choices(ACTIVITIES, [50, 25, 12, 13])[0]
        if activity == "swim" and not clubs[club - 1][3]:
            activity = "gym floor"
        first_hour = 9 if member[6] == "off-peak" else 6
        last_hour = 15 if member[6] == "off-peak" else 21
        check_in = _moment(rng, day, first_hour, last_hour)
        check_out = check_in + dt.timedelta(minutes=rng.randint(25, 130)) if rng.random() < 0.9 else None
        visits.append((vid, member[0], club, check_in, check_out, activity, rng.random() < 0.05))
    _insert(con, "clubs", clubs)
    _insert(con, "members", members)
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------------ pharmacy
BRANCHES = [("High Street", "Norwich", "East"), ("Riverside", "Ipswich", "East"), ("Market Square", "Cambridge",
                                                                                    "East"),
            ("Station Road", "Reading", "South"), ("Old Town", "Guildford", "South"), ("Harbour", "Brighton", "South"),
            ("Canal Side", "Birmingham", "Midlands"), ("Abbey", "Coventry", "Midlands")]
DRUGS = [  # name, class, unit price
    ("Amoxicillin", "antibiotic", 4.20), ("Doxycycline", "antibiotic", 6.10), ("Atorvastatin", "statin", 2.40),
    ("Simvastatin", "statin", 1.90), ("Paracetamol", "painkiller", 0.90), ("Codeine", "painkiller", 3.60),
    ("Naproxen", "painkiller", 2.80), ("Amlodipine", "antihypertensive", 1.70), ("Ramipril", "antihypertensive", 2.10),
    ("Sertraline", "antidepressant", 3.30), ("Citalopram", "antidepressant", 2.90), ("Salbutamol", "inhaler", 5.50),
    ("Beclometasone", "inhaler", 9.80), ("Metformin", "antidiabetic", 1.60)]
PHARMACIST_NAMES = ["Aisha Rahman", "Brendan Cole", "Catherine Moss", "Deepak Sharma", "Eleanor Price",
                    "Fiona Grant", "Gareth Lewis", "Helen Ward", "Ian Fraser", "Joanne Blake", "Kwame Mensah",
                    "Laura Finch", "Mohammed Aziz", "Nina Petrova"]


def build_pharmacy(path: Path | str) -> None:
    """branches (8), pharmacists (14), prescriptions 2023-2024 (collected_at NULL if never collected)."""
    rng = random.Random(3504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR,
        town VARCHAR, region VARCHAR, open_sundays BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pharmacists(pharmacist_id INTEGER PRIMARY KEY, full_name VARCHAR,
        branch_id INTEGER REFERENCES branches(branch_id), is_locum BOOLEAN, registered_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE prescriptions(rx_id INTEGER PRIMARY KEY,
        branch_id INTEGER REFERENCES branches(branch_id), pharmacist_id INTEGER REFERENCES pharmacists(pharmacist_id),
        dispensed_date DATE, drug_name VARCHAR, drug_class VARCHAR, quantity INTEGER, price DOUBLE,
        patient_birth_year INTEGER, is_repeat BOOLEAN, exempt BOOLEAN, collected_at TIMESTAMP)""")
    branches = [(i, *b, rng.random() < 0.5) for i, b in enumerate(BRANCHES, start=1)]
    pharmacists = [(i, name, (i - 1) % 8 + 1, i > 10, rng.randint(1995, 2021)) for i, name in
                   enumerate(PHARMACIST_NAMES, start=1)]
    rxs = []
    for rid in range(1, 5501):
        branch = rng.choices(range(1, 9), [16, 10, 14, 12, 9, 13, 17, 9])[0]
        staff = [p[0] for p in pharmacists if p[2] == branch]
        drug = rng.choices(DRUGS, [9, 4, 12, 8, 10, 4, 5, 10, 8, 7, 6, 7, 3, 7])[0]
        born = rng.randint(1930, 2020)
        quantity = rng.choice([7, 14, 21, 28, 28, 56, 84]) if drug[1] != "inhaler" else rng.choice([1, 1, 2])
        day = _day(rng, dt.date(2023, 1, 1), 731)
        exempt = born <= 1964 or born >= 2008 or rng.random() < 0.3
        collected = _moment(rng, day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 5])), 9, 17) \
            if rng.random() < 0.93 else None
        rxs.append((rid, branch, rng.choice(staff), day, drug[0], drug[1], quantity,
                    round(drug[2] * quantity * rng.uniform(0.95, 1.05), 2), born,
                    drug[1] in {"statin", "antihypertensive", "antidepressant", "antidiabetic"} and rng.random() < 0.8,
                    exempt, collected))
    _insert(con, "branches", branches)
    _insert(con, "pharmacists", pharmacists)
    _insert(con, "prescriptions", rxs)
    con.close()


# ------------------------------------------------------------------------------------------------ car boot
VENUES = ["Meadow Farm", "Racecourse", "St Mary's School"]
TOWNS = ["Maidstone", "Ashford", "Canterbury", "Tonbridge", "Sevenoaks"]
SELLER_FIRST = FIRST + ["Derek", "Brenda", "Colin", "Maureen", "Trevor", "Sheila"]


def build_carboot(path: Path | str) -> None:
    """events (Sundays 2023-2025, visitor_count NULL when cancelled), sellers (260), pitches (seller_id undeclared)."""
    rng = random.Random(3505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY, event_date DATE, venue VARCHAR,
        weather VARCHAR, is_cancelled BOOLEAN, visitor_count INTEGER, entry_fee DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sellers(seller_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        town VARCHAR, is_trader BOOLEAN, registered_on DATE, phone VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE pitches(pitch_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), seller_id INTEGER, pitch_type VARCHAR, pitch_fee DOUBLE,
        booked_at TIMESTAMP, turned_up BOOLEAN, takings DOUBLE)""")
    events = []
    day = dt.date(2023, 3, 5)
    while day <= dt.date(2025, 10, 26):
        if 3 <= day.month <= 10:
            weather = rng.choices(["sunny", "cloudy", "rain"], [40, 40, 20])[0]
            cancelled = weather == "rain" and rng.random() < 0.35
            visitors = None if cancelled else int(rng.uniform(300, 1400) * (0.5 if weather == "rain" else 1))
            events.append((len(events) + 1, day, rng.choices(VENUES, [50, 30, 20])[0], weather, cancelled, visitors,
                           1.0 if day.year < 2025 else 1.5))
        day += dt.timedelta(days=7)
    sellers = []
    for sid, (first, last) in enumerate(_unique_names(rng, SELLER_FIRST, LAST, 260), start=1):
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.75 else None
        sellers.append((sid, first, last, rng.choice(TOWNS), rng.random() < 0.2,
                        _day(rng, dt.date(2022, 1, 1), 365 * 3), phone))
    pitches = []
    fees = {"car": 10.0, "van": 15.0, "trailer": 20.0}
    for event in events:
        for seller in rng.sample(sellers[:236], rng.randint(12, 30)):  # the last sellers never booked
            ptype = rng.choices(list(fees), [65, 25, 10])[0] if not seller[4] else rng.choice(["van", "trailer"])
            booked = _moment(rng, event[1] - dt.timedelta(days=rng.randint(1, 21)), 7, 22)
            turned = not event[4] and rng.random() < 0.9
            takings = round(rng.uniform(5, 400) * (2 if seller[4] else 1), 2) if turned and rng.random() < 0.6 \
                else None
            pitches.append((len(pitches) + 1, event[0], seller[0], ptype, fees[ptype] + (5 if event[1].year >= 2025
                                                                                          else 0),
                            booked, turned, takings))
    _insert(con, "events", events)
    _insert(con, "sellers", sellers)
    _insert(con, "pitches", pitches)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "pizza": build_pizza,
    "hotels": build_hotels,
    "gym": build_gym,
    "pharmacy": build_pharmacy,
    "carboot": build_carboot,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval35-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval35-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval35-dbs"))
