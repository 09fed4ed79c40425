"""Builders of the hundred-and-twentieth (held-out) evaluation corpus: five DuckDB files in five small businesses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `hostel.duckdb`: a backpacker hostel's rooms (beds, nightly rate), guests (birth date, nationality), stays
  (check-in/check-out dates, `check_out` NULL while the guest is still in the house) and extras bought during stays
- `golfrange.duckdb`: a golf driving range's bays, customers (birth year, handicap), ball-bucket sessions (timestamps,
  `customerId` NULL for walk-ins) and coaching lessons (camelCase columns)
- `charityshop.duckdb`: a charity shop's volunteers (birth date, `left_on` NULL while still volunteering), donated
  items (category, ticket price), sales and volunteer shifts (`sales.volunteer_id` is only implied by its name,
  not declared)
- `icerink.duckdb`: an ice rink's coaches, skaters (birth date, skill level), skating sessions (start/end timestamps,
  skate hire, `skate_size` NULL when skaters bring their own) and lessons with coaches
- `plumbing.duckdb`: a plumbing call-out service's plumbers (birth year), customers, call-outs (requested, arrival
  and finish timestamps, `finished_at` NULL while the job is still open) and invoices (`paid_on` NULL while unpaid)

Usage:
    python eval120/datasets.py OUTDIR

Example:
    >>> from eval120.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval120-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['charityshop.duckdb', 'golfrange.duckdb', 'hostel.duckdb', 'icerink.duckdb', 'plumbing.duckdb']
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


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The timestamp `day` hour:minute."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


def _shift_year(day: dt.date, year: int) -> dt.date:
    """`day` moved to `year` (29 February becomes 28 February)."""
    return day.replace(year=year, day=min(day.day, 28) if day.month == 2 else day.day)


def _pick(rng: random.Random, weights: dict):
    """One key of `weights` drawn with its weight."""
    return rng.choices(list(weights), list(weights.values()))[0]


FIRST = ["Amara", "Bruno", "Chloe", "Dmitri", "Esme", "Felix", "Gemma", "Hugo", "Ines", "Jasper", "Kaia", "Leon",
         "Mirela", "Nico", "Orla", "Pablo", "Quinn", "Rosa", "Stellan", "Talia", "Ulrich", "Vera", "Wren", "Xavier",
         "Yara", "Zoltan", "Anika", "Callum", "Delphine", "Ebony"]
LAST = ["Abernethy", "Bauer", "Castillo", "Drummond", "Eriksen", "Fairclough", "Garrido", "Holloway", "Ivanova",
        "Jensen", "Kerrigan", "Lindgren", "Moreau", "Novak", "Ogunleye", "Petrakis", "Quigley", "Rasmussen",
        "Stavros", "Tremblay", "Umeh", "Vasquez", "Wainwright", "Yilmaz", "Zielinski", "Achterberg", "Bose",
        "Coutinho", "Duarte", "Easton"]

# ------------------------------------------------------------------------------------------------- hostel
ROOMS = [  # room_id, room_name, room_type, beds, base rate per night (per bed in dorms), floor, ensuite
    (1, "Alfama", "mixed dorm", 8, 21.0, 1, False),
    (2, "Belem", "mixed dorm", 10, 18.5, 1, False),
    (3, "Chiado", "mixed dorm", 6, 24.0, 2, True),
    (4, "Douro", "female dorm", 6, 25.0, 2, True),
    (5, "Estrela", "female dorm", 4, 27.0, 3, False),
    (6, "Graca", "mixed dorm", 12, 16.0, 0, False),
    (7, "Lapa", "private double", 2, 68.0, 3, True),
    (8, "Mouraria", "private double", 2, 62.0, 2, False),
    (9, "Principe Real", "private twin", 2, 64.0, 3, True),
    (10, "Sintra", "private twin", 2, 58.0, 1, False),
    (11, "Tejo", "private double", 2, 75.0, 4, True),
    (12, "Oriente", "mixed dorm", 8, 19.5, 0, True)]
NATIONALITIES = {"Germany": 9, "United Kingdom": 8, "United States": 7, "Australia": 5, "France": 5,
                 "Netherlands": 4, "Brazil": 4, "Spain": 3, "Canada": 3, "Italy": 3, "Japan": 1}
CHANNELS = {"Hostelworld": 9, "Booking.com": 6, "direct": 4, "walk-in": 2}
EXTRAS = {"breakfast": 6.5, "towel hire": 2.0, "locker padlock": 5.0, "walking tour": 12.0, "pub crawl": 15.0,
          "laundry": 4.0, "surf lesson": 35.0}
HOSTEL_END = dt.date(2025, 2, 28)


def build_hostel(path: Path | str) -> None:
    """rooms (12, beds, base_rate_eur), guests (640, birth_date, nationality, is_member), stays (2023-01 to 2025-02,
    check_out NULL while still staying, nightly_rate_eur), extras (bought_at TIMESTAMP, amount_eur)."""
    rng = random.Random(12001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, room_type VARCHAR,
        beds INTEGER, base_rate_eur DOUBLE, floor INTEGER, ensuite BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, nationality VARCHAR, is_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stays(stay_id INTEGER PRIMARY KEY,
        guest_id INTEGER REFERENCES guests(guest_id), room_id INTEGER REFERENCES rooms(room_id), check_in DATE,
        check_out DATE, booking_channel VARCHAR, nightly_rate_eur DOUBLE, prepaid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE extras(extra_id INTEGER PRIMARY KEY,
        stay_id INTEGER REFERENCES stays(stay_id), item VARCHAR, bought_at TIMESTAMP, quantity INTEGER,
        amount_eur DOUBLE)""")
    guests = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 640), start=1):
        born = _day(rng, dt.date(1962, 1, 1), dt.date(2006, 6, 30))
        if born.year < 1985 and rng.random() < 0.5:
            born = _shift_year(born, born.year + 15)
        guests.append((gid, first, last, born, _pick(rng, NATIONALITIES), rng.random() < 0.22))
    room_weights = [r[3] for r in ROOMS]
    stays, extras = [], []
    extra_id = 0
    for sid in range(1, 2701):
        guest = rng.choice(guests)
        room = rng.choices(ROOMS, room_weights)[0]
        check_in = _day(rng, dt.date(2023, 1, 1), HOSTEL_END)
        nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 10, 14], [18, 24, 20, 12, 8, 5, 7, 4, 2])[0]
        check_out = check_in + dt.timedelta(days=nights)
        open_stay = check_out > HOSTEL_END
        season = 1.35 if check_in.month in (6, 7, 8) else 1.1 if check_in.month in (4, 5, 9, 10) else 0.9
        rate = round(room[4] * season * rng.uniform(0.92, 1.08) * (0.9 if guest[5] else 1.0), 2)
        channel = _pick(rng, CHANNELS)
        prepaid = channel in ("Hostelworld", "Booking.com") and rng.random() < 0.7 or rng.random() < 0.1
        stays.append((sid, guest[0], room[0], check_in, None if open_stay else check_out, channel, rate, prepaid))
        last_day = min(check_out - dt.timedelta(days=1), HOSTEL_END)
        for item, price in EXTRAS.items():
            chance = {"breakfast": 0.35, "towel hire": 0.3, "locker padlock": 0.2, "walking tour": 0.15,
                      "pub crawl": 0.12, "laundry": 0.1, "surf lesson": 0.05}[item]
            if item == "surf lesson" and check_in.month in (11, 12, 1, 2):
                chance = 0.01
            if rng.random() >= chance:
                continue
            extra_id += 1
            qty = nights if item == "breakfast" and rng.random() < 0.6 else 1
            if item == "laundry":
                qty = rng.randint(1, 2)
            day = _day(rng, check_in, last_day)
            hour = {"breakfast": 8, "walking tour": 10, "pub crawl": 21, "surf lesson": 9}.get(item, rng.randint(9, 22))
            bought = _at(day, hour, rng.randrange(60))
            extras.append((extra_id, sid, item, bought, qty, round(qty * price, 2)))
    _insert(con, "rooms", ROOMS)
    _insert(con, "guests", guests)
    _insert(con, "stays", stays)
    _insert(con, "extras", extras)
    con.close()


# ------------------------------------------------------------------------------------------------- golf range
BUCKETS = {"small": (40, 5.0), "medium": (70, 8.0), "large": (100, 10.5), "jumbo": (150, 14.0)}
COACHES = {"Ewan Doyle": 5, "Priti Shah": 4, "Gareth Lowe": 3}
LESSON_TYPES = {"beginner": 5, "full swing": 4, "short game": 3, "putting": 2}
LESSON_FEES = {30: 32.0, 45: 45.0, 60: 58.0}


def build_golfrange(path: Path | str) -> None:
    """bays (30, tier, isCovered, hasTracker), customers (460, birthYear, membershipLevel, handicap NULL when none),
    sessions (2023-2024, startedAt/endedAt, bucketSize, customerId NULL for walk-ins), lessons (coachName,
    wasCancelled). camelCase columns."""
    rng = random.Random(12002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bays(bayId INTEGER PRIMARY KEY, bayNumber INTEGER, tier VARCHAR,
        isCovered BOOLEAN, hasTracker BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, membershipLevel VARCHAR, handicap DOUBLE, joinedDate DATE,
        emailOptIn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(sessionId INTEGER PRIMARY KEY,
        bayId INTEGER REFERENCES bays(bayId), customerId INTEGER REFERENCES customers(customerId),
        startedAt TIMESTAMP, endedAt TIMESTAMP, bucketSize VARCHAR, ballCount INTEGER, priceGbp DOUBLE,
        paidByCard BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lessonId INTEGER PRIMARY KEY,
        customerId INTEGER REFERENCES customers(customerId), coachName VARCHAR, lessonStart TIMESTAMP,
        durationMinutes INTEGER, lessonType VARCHAR, feeGbp DOUBLE, wasCancelled BOOLEAN)""")
    bays = [(b, b, "ground" if b <= 18 else "upper", b > 6, rng.random() < 0.6) for b in range(1, 31)]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 460), start=1):
        level = rng.choices(["pay as you go", "silver", "gold"], [6, 3, 1])[0]
        handicap = None if rng.random() < 0.4 else round(rng.uniform(1.0, 36.0), 1)
        customers.append((cid, first, last, rng.randint(1948, 2011), level, handicap,
                          _day(rng, dt.date(2016, 1, 1), dt.date(2024, 10, 31)), rng.random() < 0.55))
    regular_w = [{"gold": 6, "silver": 3}.get(c[4], 1) for c in customers]
    sessions = []
    for sid in range(1, 4301):
        day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        weekend = day.weekday() >= 5
        hour = rng.choices(range(7, 22), [2, 3, 4, 4, 4, 5, 5, 4, 4, 5, 7, 9, 9, 7, 4] if not weekend else
                           [3, 6, 8, 9, 9, 8, 7, 7, 6, 5, 4, 4, 3, 2, 1])[0]
        start = _at(day, hour, rng.randrange(60))
        size = rng.choices(list(BUCKETS), [4, 5, 3, 1])[0]
        balls, price = BUCKETS[size]
        customer = None if rng.random() < 0.25 else rng.choices(customers, regular_w)[0]
        if customer is not None and customer[4] == "gold":
            price = round(price * 0.8, 2)
        elif customer is not None and customer[4] == "silver":
            price = round(price * 0.9, 2)
        end = start + dt.timedelta(minutes=round(balls * rng.uniform(0.35, 0.7)) + rng.randint(2, 10))
        bay = rng.randint(1, 30)
        sessions.append((sid, bay, None if customer is None else customer[0], start, end, size, balls, price,
                         rng.random() < 0.82))
    lessons = []
    for lid in range(1, 681):
        customer = rng.choices(customers, [3 if c[5] is None else 1 for c in customers])[0]
        day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        minutes = rng.choices([30, 45, 60], [5, 3, 4])[0]
        lessons.append((lid, customer[0], _pick(rng, COACHES), _at(day, rng.randint(8, 19), rng.choice([0, 30])),
                        minutes, _pick(rng, LESSON_TYPES), LESSON_FEES[minutes], rng.random() < 0.08))
    _insert(con, "bays", bays)
    _insert(con, "customers", customers)
    _insert(con, "sessions", sessions)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------------- charity shop
CATEGORIES = {  # weight, low and high ticket price
    "clothing": (10, 2.0, 12.0), "books": (8, 0.5, 4.0), "homeware": (5, 1.0, 15.0), "toys": (3, 1.0, 10.0),
    "bric-a-brac": (4, 0.5, 8.0), "electricals": (2, 5.0, 45.0), "shoes": (3, 3.0, 15.0)}
DESCRIPTIONS = {"clothing": ["wool jumper", "denim jacket", "summer dress", "men's shirt", "winter coat"],
                "books": ["paperback novel", "cookery book", "children's book", "hardback biography"],
                "homeware": ["set of mugs", "table lamp", "picture frame", "glass vase", "cushion"],
                "toys": ["jigsaw puzzle", "board game", "teddy bear", "toy car set"],
                "bric-a-brac": ["china figurine", "brass candlestick", "ornament", "trinket box"],
                "electricals": ["kettle", "toaster", "radio", "hair dryer", "food mixer"],
                "shoes": ["leather boots", "trainers", "sandals", "court shoes"]}
TASKS = {"till": 6, "sorting": 5, "steaming": 2, "window display": 1, "stockroom": 3}
SHOP_END = dt.date(2024, 12, 31)


def build_charityshop(path: Path | str) -> None:
    """volunteers (44, birth_date, left_on NULL while still volunteering, till_trained), items (3300 donated 2023-2024,
    category, price_gbp, gift_aid), sales (item sold at most once, discounted, payment_method; volunteer_id is not
    declared as a foreign key), shifts (shift_start TIMESTAMP, hours, task)."""
    rng = random.Random(12003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, started_on DATE, left_on DATE, till_trained BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE items(item_id INTEGER PRIMARY KEY, category VARCHAR, description VARCHAR,
        donated_on DATE, item_condition VARCHAR, price_gbp DOUBLE, gift_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(item_id),
        volunteer_id INTEGER, sold_at TIMESTAMP, sale_price_gbp DOUBLE, discounted BOOLEAN, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY,
        volunteer_id INTEGER REFERENCES volunteers(volunteer_id), shift_start TIMESTAMP, hours DOUBLE,
        task VARCHAR)""")
    volunteers = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 44), start=1):
        born = _day(rng, dt.date(1941, 1, 1), dt.date(2006, 8, 31))
        if rng.random() < 0.45:
            born = _shift_year(born, min(born.year, 1960 - rng.randint(0, 15)))
        started = _day(rng, dt.date(2014, 1, 1), dt.date(2024, 6, 30))
        left = None
        if rng.random() < 0.3:
            left = _day(rng, max(started + dt.timedelta(days=60), dt.date(2023, 3, 1)), dt.date(2024, 12, 20))
        volunteers.append((vid, first, last, born, started, left, rng.random() < 0.5))

    def active(day: dt.date, till: bool = False) -> list[tuple]:
        return [v for v in volunteers if v[4] <= day and (v[5] is None or day <= v[5]) and (v[6] or not till)]

    items, sales = [], []
    for iid in range(1, 3301):
        cat = rng.choices(list(CATEGORIES), [v[0] for v in CATEGORIES.values()])[0]
        _, low, high = CATEGORIES[cat]
        donated = _day(rng, dt.date(2023, 1, 1), SHOP_END)
        condition = rng.choices(["like new", "good", "fair"], [2, 5, 3])[0]
        price = round(rng.uniform(low, high) * (1.3 if condition == "like new" else 0.7 if condition == "fair" else 1),
                      0) - 0.01
        price = max(price, 0.49)
        items.append((iid, cat, rng.choice(DESCRIPTIONS[cat]), donated, condition, round(price, 2),
                      rng.random() < 0.45))
        if rng.random() < (0.55 if cat == "electricals" else 0.78):
            wait = rng.choices([2, 5, 10, 20, 35, 50], [3, 4, 4, 3, 2, 1])[0] + rng.randint(0, 4)
            day = donated + dt.timedelta(days=wait)
            if day.weekday() == 6:  # closed on Sundays
                day += dt.timedelta(days=rng.choice([-1, 1, 2, 3]))
            if day > SHOP_END:
                continue
            discounted = wait > 30 and rng.random() < 0.7
            tills = active(day, till=True) or active(day)
            sales.append((len(sales) + 1, iid, rng.choice(tills)[0], _at(day, rng.randint(9, 16), rng.randrange(60)),
                          round(price / 2, 2) if discounted else price, discounted,
                          rng.choices(["card", "cash"], [6, 4])[0]))
    sales.sort(key=lambda s: s[3])
    sales = [(i, *s[1:]) for i, s in enumerate(sales, start=1)]
    shifts = []
    day = dt.date(2023, 1, 2)
    while day <= SHOP_END:
        if day.weekday() != 6:
            staff = active(day)
            for vol in rng.sample(staff, min(len(staff), rng.randint(2, 5))):
                morning = rng.random() < 0.55
                hours = rng.choice([3.5, 4.0]) if rng.random() < 0.75 else 7.5
                start = _at(day, 9 if morning or hours == 7.5 else 13, 0 if morning else 30)
                task = "till" if vol[6] and rng.random() < 0.5 else _pick(rng, {k: v for k, v in TASKS.items()
                                                                                   if k != "till"})
                shifts.append((len(shifts) + 1, vol[0], start, hours, task))
        day += dt.timedelta(days=1)
    _insert(con, "volunteers", volunteers)
    _insert(con, "items", items)
    _insert(con, "sales", sales)
    _insert(con, "shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------------- ice rink
RINK_COACHES = [  # coach_id, first, last, discipline, hourly_rate_gbp, senior_coach, started_on
    (1, "Marina", "Koval", "figure", 48.0, True, dt.date(2012, 9, 1)),
    (2, "Duncan", "Fairlie", "hockey", 40.0, True, dt.date(2015, 1, 12)),
    (3, "Sienna", "Okoro", "figure", 38.0, False, dt.date(2019, 8, 26)),
    (4, "Tomasz", "Wrobel", "speed", 42.0, True, dt.date(2017, 3, 6)),
    (5, "Holly", "Brannigan", "figure", 34.0, False, dt.date(2022, 9, 5)),
    (6, "Kenji", "Moriyama", "hockey", 36.0, False, dt.date(2021, 10, 4)),
    (7, "Aisling", "Devlin", "figure", 44.0, True, dt.date(2016, 5, 9)),
    (8, "Rory", "Macaulay", "speed", 32.0, False, dt.date(2023, 6, 19))]
SESSION_TYPES = {  # weight, ticket_gbp, usual start hours, minutes
    "public skate": (10, 8.5, [10, 12, 14, 16, 18], 90), "disco skate": (4, 10.0, [19], 120),
    "parent and toddler": (2, 6.0, [9, 10], 60), "adult only": (2, 9.0, [20, 21], 90),
    "hockey drop-in": (2, 11.0, [7, 21], 75)}
RINK_END = dt.date(2025, 3, 31)


def build_icerink(path: Path | str) -> None:
    """coaches (8, discipline, hourly_rate_gbp), skaters (520, birth_date, skill_level, is_member), sessions
    (2023-01 to 2025-03, starts_at/ends_at, session_type, skate_hire, skate_size NULL with own skates), lessons
    (lesson_start, minutes, lesson_format private/group, fee_gbp, attended)."""
    rng = random.Random(12004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE coaches(coach_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, discipline VARCHAR, hourly_rate_gbp DOUBLE, senior_coach BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE skaters(skater_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, skill_level VARCHAR, is_member BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        skater_id INTEGER REFERENCES skaters(skater_id), session_type VARCHAR, starts_at TIMESTAMP,
        ends_at TIMESTAMP, ticket_gbp DOUBLE, skate_hire BOOLEAN, skate_size INTEGER, hire_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        skater_id INTEGER REFERENCES skaters(skater_id), coach_id INTEGER REFERENCES coaches(coach_id),
        lesson_start TIMESTAMP, minutes INTEGER, lesson_format VARCHAR, fee_gbp DOUBLE, attended BOOLEAN)""")
    skaters = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        born = _day(rng, dt.date(1958, 1, 1), dt.date(2019, 12, 31))
        level = rng.choices(["beginner", "improver", "intermediate", "advanced"], [5, 4, 3, 2])[0]
        member = rng.random() < (0.6 if level in ("intermediate", "advanced") else 0.2)
        skaters.append((sid, first, last, born, level, member, _day(rng, dt.date(2018, 1, 1), dt.date(2025, 1, 31))))
    adults = [s for s in skaters if s[3] < dt.date(2005, 1, 1)]
    little = [s for s in skaters if s[3] >= dt.date(2019, 1, 1)]
    regular_w = [3 if s[5] else 1 for s in skaters]
    sessions = []
    for vid in range(1, 4601):
        kind = rng.choices(list(SESSION_TYPES), [v[0] for v in SESSION_TYPES.values()])[0]
        _, ticket, hours, minutes = SESSION_TYPES[kind]
        day = _day(rng, dt.date(2023, 1, 1), RINK_END)
        days_ok = {"disco skate": (4, 5), "parent and toddler": (0, 1, 2, 3, 4)}.get(kind, range(7))
        while day.weekday() not in days_ok:
            day += dt.timedelta(days=1)
        if day > RINK_END:
            day -= dt.timedelta(days=7)
        if kind == "adult only" or kind == "hockey drop-in":
            skater = rng.choice(adults)
        elif kind == "parent and toddler":
            skater = rng.choice(little)
        else:
            skater = rng.choices(skaters, regular_w)[0]
        start = _at(day, rng.choice(hours), rng.choice([0, 0, 15, 30]))
        hire = rng.random() < (0.15 if skater[5] else 0.6)
        size = (rng.randint(6, 12) if skater[3] < dt.date(2010, 1, 1) else rng.randint(1, 5)) if hire else None
        if skater[5]:
            ticket = round(ticket * 0.75, 2)
        sessions.append((vid, skater[0], kind, start, start + dt.timedelta(minutes=minutes), ticket, hire, size,
                         3.5 if hire else 0.0))
    lessons = []
    coach_w = [5, 4, 4, 2, 3, 3, 4, 1]
    for lid in range(1, 941):
        coach = rng.choices(RINK_COACHES, coach_w)[0]
        day = _day(rng, max(dt.date(2023, 1, 1), coach[6]), RINK_END)
        minutes = rng.choices([15, 30, 45, 60], [3, 6, 2, 2])[0]
        fmt = "group" if rng.random() < 0.3 else "private"
        fee = 9.0 if fmt == "group" else round(coach[4] * minutes / 60, 2)
        lessons.append((lid, rng.choice(skaters)[0], coach[0], _at(day, rng.choice([6, 7, 16, 17, 18]),
                        rng.choice([0, 15, 30, 45])), minutes, fmt, fee, rng.random() < 0.91))
    _insert(con, "coaches", RINK_COACHES)
    _insert(con, "skaters", skaters)
    _insert(con, "sessions", sessions)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------------- plumbing
PLUMBERS = [  # plumber_id, first, last, birth_year, gas_safe, hired_on, hourly_rate_gbp
    (1, "Gavin", "Threlfall", 1971, True, dt.date(2009, 4, 1), 62.0),
    (2, "Lucy", "Ambrose", 1988, True, dt.date(2014, 2, 17), 58.0),
    (3, "Mohammed", "Rashid", 1979, True, dt.date(2016, 8, 8), 60.0),
    (4, "Kieran", "Doherty", 1994, False, dt.date(2019, 5, 13), 48.0),
    (5, "Stacey", "Pilling", 1985, False, dt.date(2020, 1, 6), 50.0),
    (6, "Owen", "Griffiths", 1999, False, dt.date(2022, 9, 12), 42.0),
    (7, "Dariusz", "Nowicki", 1976, True, dt.date(2018, 3, 19), 60.0),
    (8, "Callie", "Sutcliffe", 2001, False, dt.date(2023, 7, 3), 38.0),
    (9, "Bernard", "Hebden", 1966, True, dt.date(2011, 11, 21), 64.0)]
TOWNS = {"Leeds": 8, "Bradford": 5, "Wakefield": 3, "Harrogate": 2, "Huddersfield": 3}
JOB_TYPES = {  # weight, emergency chance, minutes low/high, parts fitted max
    "leak": (10, 0.4, 30, 150, 3), "blocked drain": (7, 0.3, 40, 180, 1), "boiler repair": (8, 0.35, 60, 240, 4),
    "burst pipe": (3, 0.95, 60, 300, 4), "toilet repair": (6, 0.1, 30, 120, 3), "radiator": (5, 0.05, 45, 180, 2),
    "tap replacement": (5, 0.0, 30, 90, 2)}
PLUMBING_END = dt.date(2025, 1, 31)


def build_plumbing(path: Path | str) -> None:
    """plumbers (9, birth_year, gas_safe, hourly_rate_gbp), customers (720, town, customer_type), callouts
    (2023-01 to 2025-01, requested_at/arrived_at/finished_at TIMESTAMP, finished_at NULL while still open,
    emergency, parts_fitted), invoices (one per finished call-out, labour/parts/VAT/total, paid_on NULL while
    unpaid)."""
    rng = random.Random(12005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plumbers(plumber_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, gas_safe BOOLEAN, hired_on DATE, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, town VARCHAR, customer_type VARCHAR, phone_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE callouts(callout_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), plumber_id INTEGER REFERENCES plumbers(plumber_id),
        job_type VARCHAR, emergency BOOLEAN, requested_at TIMESTAMP, arrived_at TIMESTAMP, finished_at TIMESTAMP,
        parts_fitted INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        callout_id INTEGER REFERENCES callouts(callout_id), issued_on DATE, labour_gbp DOUBLE, parts_gbp DOUBLE,
        vat_gbp DOUBLE, total_gbp DOUBLE, paid_on DATE, payment_method VARCHAR)""")
    customers = [(cid, first, last, _pick(rng, TOWNS),
                  rng.choices(["homeowner", "landlord", "business"], [12, 4, 2])[0], rng.random() < 0.6)
                 for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 720), start=1)]
    cust_w = [{"landlord": 4, "business": 3}.get(c[4], 1) for c in customers]
    callouts, invoices = [], []
    for cid in range(1, 2401):
        job = _pick(rng, {k: v[0] for k, v in JOB_TYPES.items()})
        _, emergency_p, low, high, max_parts = JOB_TYPES[job]
        requested_day = _day(rng, dt.date(2023, 1, 1), PLUMBING_END)
        if job in ("burst pipe", "boiler repair") and requested_day.month in (4, 5, 6, 7, 8, 9) and rng.random() < 0.5:
            requested_day = requested_day.replace(month=rng.choice([1, 2, 12]), day=min(requested_day.day, 28))
            if requested_day > PLUMBING_END:
                requested_day = _shift_year(requested_day, 2024)
        emergency = rng.random() < emergency_p
        requested = _at(requested_day, rng.randint(0, 23) if emergency else rng.randint(7, 19), rng.randrange(60))
        pool = [p for p in PLUMBERS if p[5] <= requested_day and (p[4] or job != "boiler repair")]
        plumber = rng.choice(pool)
        if emergency:
            arrived = requested + dt.timedelta(minutes=rng.randint(25, 150))
        else:
            arrive_day = requested_day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5]))
            arrived = max(_at(arrive_day, rng.randint(8, 16), rng.randrange(60)),
                          requested + dt.timedelta(minutes=90))
        minutes = rng.randint(low, high)
        finished = arrived + dt.timedelta(minutes=minutes)
        if rng.random() < 0.035 or finished.date() > PLUMBING_END - dt.timedelta(days=2) and rng.random() < 0.7:
            finished = None
        parts = rng.randint(0, max_parts)
        callouts.append((cid, rng.choices(customers, cust_w)[0][0], plumber[0], job, emergency, requested, arrived,
                         finished, parts))
        if finished is None:
            continue
        issued = finished.date() + dt.timedelta(days=rng.choice([0, 0, 1, 2, 3]))
        labour = round(plumber[6] * max(minutes, 60) / 60 + (45.0 if emergency else 0.0), 2)
        parts_gbp = round(sum(rng.uniform(4, 60) if job != "boiler repair" else rng.uniform(20, 180)
                              for _ in range(parts)), 2)
        vat = round((labour + parts_gbp) * 0.2, 2)
        paid = issued + dt.timedelta(days=rng.choices([0, 3, 7, 14, 30, 45], [5, 4, 4, 3, 2, 1])[0])
        if rng.random() < 0.06 or paid > PLUMBING_END:
            paid = None
        method = None if paid is None else rng.choices(["card", "bank transfer", "cash"], [5, 4, 1])[0]
        invoices.append((len(invoices) + 1, cid, issued, labour, parts_gbp, vat, round(labour + parts_gbp + vat, 2),
                         paid, method))
    _insert(con, "plumbers", PLUMBERS)
    _insert(con, "customers", customers)
    _insert(con, "callouts", callouts)
    _insert(con, "invoices", invoices)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "hostel": build_hostel,
    "golfrange": build_golfrange,
    "charityshop": build_charityshop,
    "icerink": build_icerink,
    "plumbing": build_plumbing,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval120-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval120-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval120-dbs"))
