"""Builders of the hundred-and-ninth (held-out) evaluation corpus: five DuckDB files in five community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `newspaper.duckdb`: a newspaper subscription desk's plans, subscribers (birth date, cancelled_on NULL while
  active), home deliveries (delivered_at NULL when missed) and complaints (resolved_on NULL while open)
- `dance.duckdb`: a dance competition circuit's dancers (birth date), couples (splitDate NULL while together),
  events and judges' marks (camelCase columns)
- `market.duckdb`: a farmers' market's traders (birth year), stalls, market days and pitch bookings with fees and
  takings (`pitch_bookings.stall_id` is only implied by its name, not declared)
- `schoolbus.duckdb`: a school bus operator's routes, drivers (birth date), trips (late minutes, bus details) and
  pupils (birth date, left_on NULL while still riding)
- `birdcount.duckdb`: a citizen-science bird count's volunteers (birth year), sites, surveys and species sightings

Usage:
    python eval109/datasets.py OUTDIR

Example:
    >>> from eval109.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval109-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['birdcount.duckdb', 'dance.duckdb', 'market.duckdb', 'newspaper.duckdb', 'schoolbus.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour (inclusive), to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Agnes", "Barnaby", "Celine", "Dmitri", "Esme", "Finlay", "Gwen", "Hector", "Ingrid", "Jasper", "Kirsty",
         "Leon", "Morag", "Nikhil", "Orla", "Piers", "Rosalind", "Stellan", "Tamsin", "Umar", "Verity", "Wilf",
         "Ximena", "Yvette", "Zoltan", "Beatrix", "Callum", "Delphine"]
MALE = {"Barnaby", "Dmitri", "Finlay", "Hector", "Jasper", "Leon", "Nikhil", "Piers", "Stellan", "Umar", "Wilf",
        "Zoltan", "Callum"}
LAST = ["Abernethy", "Blackwood", "Carmichael", "Dunmore", "Eastwood", "Fairclough", "Grieve", "Holloway",
        "Ingleby", "Jessop", "Kilbride", "Lockhart", "Mottram", "Nairn", "Oakes", "Pryce", "Quayle", "Redfern",
        "Sowerby", "Tremayne", "Urquhart", "Venables", "Wainwright", "Yardley"]

# ------------------------------------------------------------------------------------------------ newspaper
PLANS = [(1, "Seven Day", "print", 9.80, False, 7), (2, "Weekday", "print", 7.40, False, 6),
         (3, "Weekend", "print", 4.60, False, 2), (4, "Sunday Only", "print", 2.70, False, 1),
         (5, "Digital Only", "digital", 2.99, True, 0), (6, "Print and Digital", "print", 11.50, True, 7)]
PLAN_WEIGHTS = [22, 14, 18, 9, 20, 10]
DISTRICTS = {"Northgate": 5, "Riverside": 4, "Old Town": 3, "Hillcrest": 3, "Westfield": 4, "Harbourside": 2}
ROUNDS = {"Northgate": "North", "Hillcrest": "North", "Riverside": "South", "Harbourside": "South",
          "Old Town": "Central", "Westfield": "West"}
COMPLAINTS = {"missed paper": 9, "late delivery": 7, "damaged paper": 4, "wrong paper": 2, "billing": 5}


def _delivery_day(rng: random.Random, plan_id: int, lo: dt.date, hi: dt.date) -> dt.date:
    """A day in [lo, hi] on which plan `plan_id` delivers (weekday plan: Mon-Sat, weekend: Sat/Sun, Sunday)."""
    allowed = {1: range(7), 6: range(7), 2: range(6), 3: (5, 6), 4: (6,)}[plan_id]
    day = _day(rng, lo, max(1, (hi - lo).days + 1))
    while day.weekday() not in allowed:
        day += dt.timedelta(days=1)
    return day - dt.timedelta(days=7) if day > hi and day - dt.timedelta(days=7) >= lo else day


def build_newspaper(path: Path | str) -> None:
    """plans (6, weekly price), subscribers (900, birth_date, cancelled_on NULL while active), deliveries
    (2023-01 to 2025-02, delivered_at NULL when missed), complaints (resolved_on NULL while open)."""
    rng = random.Random(10901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plans(plan_id INTEGER PRIMARY KEY, plan_name VARCHAR, format VARCHAR,
        weekly_price_gbp DOUBLE, digital_access BOOLEAN, days_delivered INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, district VARCHAR, plan_id INTEGER REFERENCES plans(plan_id),
        started_on DATE, cancelled_on DATE, payment_method VARCHAR, auto_renew BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        subscriber_id INTEGER REFERENCES subscribers(subscriber_id), delivery_date DATE, round_name VARCHAR,
        delivered_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE complaints(complaint_id INTEGER PRIMARY KEY,
        subscriber_id INTEGER REFERENCES subscribers(subscriber_id),
        delivery_id INTEGER REFERENCES deliveries(delivery_id), opened_at TIMESTAMP, category VARCHAR,
        channel VARCHAR, resolved_on DATE, credit_gbp DOUBLE)""")
    subscribers = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        born = _day(rng, dt.date(1938, 1, 1), 24000)
        plan = rng.choices(PLANS, PLAN_WEIGHTS)[0]
        if born.year > 1985 and plan[2] == "print" and rng.random() < 0.5:
            plan = PLANS[4]
        started = _day(rng, dt.date(2016, 1, 1), 3300)
        cancelled = None
        if rng.random() < 0.3:
            cancelled = _day(rng, max(started + dt.timedelta(days=30), dt.date(2023, 1, 1)), 700)
            if cancelled > dt.date(2025, 2, 28):
                cancelled = None
        method = rng.choices(["direct debit", "card", "cash"], [6, 3, 1 if born.year > 1960 else 3])[0]
        subscribers.append((sid, first, last, born, rng.choices(list(DISTRICTS), list(DISTRICTS.values()))[0],
                            plan[0], started, cancelled, method, method != "cash" and rng.random() < 0.75))
    printed = [s for s in subscribers if s[5] != 5]
    deliveries = []
    for did in range(1, 3601):
        s = rng.choice(printed)
        lo = max(s[6], dt.date(2023, 1, 1))
        hi = min(s[7] or dt.date(2025, 2, 28), dt.date(2025, 2, 28))
        if lo >= hi:
            lo = dt.date(2023, 1, 1)
        day = _delivery_day(rng, s[5], lo, hi)
        winter = day.month in (11, 12, 1, 2)
        missed = rng.random() < (0.06 if winter else 0.025)
        at = None if missed else dt.datetime.combine(day, dt.time(5, 0)) + dt.timedelta(
            minutes=int(rng.triangular(0, 200, 70 if day.weekday() < 6 else 110)))
        deliveries.append((did, s[0], day, ROUNDS[s[4]], at))
    by_sub: dict[int, list[tuple]] = {}
    for d in deliveries:
        by_sub.setdefault(d[1], []).append(d)
    complaints = []
    for cid in range(1, 421):
        cat = rng.choices(list(COMPLAINTS), list(COMPLAINTS.values()))[0]
        if cat == "billing":
            s = rng.choice(subscribers)
            delivery, opened = None, _moment(rng, _day(rng, dt.date(2023, 1, 1), 790), 8, 19)
        else:
            pool = [d for d in deliveries if d[4] is None] if cat == "missed paper" else deliveries
            if cat == "late delivery":
                pool = [d for d in deliveries if d[4] is not None and d[4].hour >= 7]
            d = rng.choice(pool)
            s = subscribers[d[1] - 1]
            delivery = d[0]
            opened = _moment(rng, d[2], 7, 12 if d[2].weekday() >= 5 else 18)
        resolve_days = rng.choices([0, 1, 2, 4, 9, 21], [18, 25, 20, 15, 8, 4])[0]
        resolved = opened.date() + dt.timedelta(days=resolve_days)
        if resolved > dt.date(2025, 2, 28) or rng.random() < 0.04:
            resolved = None
        credit = 0.0
        if cat in ("missed paper", "damaged paper") and rng.random() < 0.6:
            credit = rng.choice([1.50, 1.50, 2.70, 3.50])
        elif cat == "billing" and rng.random() < 0.4:
            credit = round(rng.uniform(3, 25), 2)
        channel = rng.choices(["phone", "email", "web form"], [5 if s[3].year < 1960 else 2, 3, 3])[0]
        complaints.append((cid, s[0], delivery, opened, cat, channel, resolved, credit))
    _insert(con, "plans", PLANS)
    _insert(con, "subscribers", subscribers)
    _insert(con, "deliveries", deliveries)
    complaints.sort(key=lambda c: c[3])
    _insert(con, "complaints", [(i, *c[1:]) for i, c in enumerate(complaints, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------ dance circuit
CLUBS = {"Starlight Dance Club": "Leeds", "Tower Ballroom Academy": "Blackpool", "Riverside Dancesport": "Bristol",
         "Thistle Dance Studio": "Glasgow", "Dragon Dancesport": "Cardiff", "Capital Ballroom": "London"}
DIVISIONS = {"Youth": (2003, 2009), "Amateur": (1985, 2002), "Senior": (1955, 1978), "Professional": (1980, 2000)}
DANCES = {"Ballroom": ["waltz", "tango", "foxtrot", "quickstep", "viennese waltz"],
          "Latin": ["cha cha", "samba", "rumba", "paso doble", "jive"]}
EVENTS = [("Northern Winter Classic", "Leeds"), ("Blackpool Spring Festival", "Blackpool"),
          ("Severn Open", "Bristol"), ("Scottish Dancesport Championships", "Glasgow"),
          ("Welsh Open", "Cardiff"), ("London Autumn Ball", "London"), ("Midlands Masters", "Birmingham")]


def build_dance(path: Path | str) -> None:
    """dancers (150, birthDate), couples (70, splitDate NULL while still together), events (2023-01 to 2025-03),
    marks (each judge's score per couple, dance and round). camelCase columns."""
    rng = random.Random(10902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dancers(dancerId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, gender VARCHAR, clubName VARCHAR, isProfessional BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE couples(coupleId INTEGER PRIMARY KEY,
        leaderId INTEGER REFERENCES dancers(dancerId), followerId INTEGER REFERENCES dancers(dancerId),
        division VARCHAR, formedDate DATE, splitDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE events(eventId INTEGER PRIMARY KEY, eventName VARCHAR, city VARCHAR,
        eventDate DATE, style VARCHAR, entryFeeGbp DOUBLE, isChampionship BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE marks(markId INTEGER PRIMARY KEY,
        eventId INTEGER REFERENCES events(eventId), coupleId INTEGER REFERENCES couples(coupleId),
        judgeCode VARCHAR, dance VARCHAR, roundName VARCHAR, score DOUBLE, markedAt TIMESTAMP)""")
    men = [f for f in FIRST if f in MALE]
    names = {"M": _unique_names(rng, men, LAST, 66), "F": _unique_names(rng, [f for f in FIRST if f not in men],
                                                                         LAST, 66)}
    dancers, couples = [], []
    division_list = rng.choices(list(DIVISIONS), [14, 26, 16, 10], k=66)
    did = 0
    for cid, division in enumerate(division_list, start=1):
        lo, hi = DIVISIONS[division]
        club = rng.choice(list(CLUBS))
        pair = []
        for gender in ("M", "F"):
            did += 1
            first, last = names[gender][cid - 1]
            born = dt.date(rng.randint(lo, hi), 1, 1) + dt.timedelta(days=rng.randrange(365))
            pair.append((did, first, last, born, gender, club, division == "Professional"))
        dancers.extend(pair)
        formed = _day(rng, dt.date(2017, 1, 1), 2500)
        split = None
        if rng.random() < 0.2:
            split = _day(rng, max(formed, dt.date(2023, 3, 1)), 600)
        couples.append((cid, pair[0][0], pair[1][0], division, formed, split))
    events, eid = [], 0
    for year in (2023, 2024, 2025):
        for month, (name, city) in zip((2, 3, 5, 7, 9, 10, 11), EVENTS, strict=True):
            if year == 2025 and month > 3:
                continue
            saturday = dt.date(year, month, 1) + dt.timedelta(days=rng.randrange(22))
            saturday += dt.timedelta(days=(5 - saturday.weekday()) % 7)
            for style in ("Ballroom", "Latin"):
                eid += 1
                day = saturday + dt.timedelta(days=1 if style == "Latin" else 0)
                champ = name.startswith(("Scottish", "Blackpool")) or (name == "Welsh Open" and style == "Latin")
                fee = (38.0 if champ else 26.0) + (4.0 if year >= 2024 else 0.0)
                events.append((eid, name, city, day, style, fee, champ))
    judges = ["A", "B", "C", "D", "E", "F", "G", "H", "J"]
    harsh = {"A": -0.3, "B": 0.1, "C": 0.4, "D": -0.1, "E": 0.0, "F": 0.2, "G": -0.5, "H": 0.3, "J": 0.05}
    skill = {c[0]: rng.gauss(0, 0.8) + {"Professional": 1.2, "Amateur": 0.3}.get(c[3], 0.0) for c in couples}
    marks, mid = [], 0
    for ev in events:
        active = [c for c in couples if c[4] <= ev[3] and (c[5] is None or c[5] > ev[3])]
        entrants = rng.sample(active, min(len(active), rng.randint(10, 16)))
        panel = rng.sample(judges, 5)
        dances = rng.sample(DANCES[ev[4]], 3)
        ranked = sorted(entrants, key=lambda c: -skill[c[0]] - rng.gauss(0, 0.4))
        rounds = [("heat", ranked), ("semi-final", ranked[:8]), ("final", ranked[:6])]
        start = dt.datetime.combine(ev[3], dt.time(10, 0))
        for r_i, (round_name, couples_in) in enumerate(rounds):
            for d_i, dance in enumerate(dances):
                for couple in couples_in:
                    for judge in panel:
                        mid += 1
                        score = 7.0 + skill[couple[0]] + harsh[judge] + rng.gauss(0, 0.5) + 0.3 * r_i
                        score = round(min(10.0, max(4.0, score)) * 2) / 2
                        at = start + dt.timedelta(minutes=150 * r_i + 40 * d_i + rng.randint(0, 35))
                        marks.append((mid, ev[0], couple[0], judge, dance, round_name, score, at))
    _insert(con, "dancers", dancers)
    _insert(con, "couples", couples)
    _insert(con, "events", events)
    _insert(con, "marks", marks)
    con.close()


# ------------------------------------------------------------------------------------------------ farmers' market
PRODUCTS = {"vegetables": (9, 380), "meat": (5, 620), "dairy": (4, 420), "bakery": (6, 340), "fish": (2, 560),
            "plants": (4, 260), "crafts": (5, 180), "street food": (7, 520)}
AREAS = {"Market Square": (14, False, 28.0), "Church Lane": (8, False, 22.0), "Covered Hall": (10, True, 36.0)}
SPECIALS = {(12, 1): "Christmas fair", (12, 2): "Christmas fair", (10, 3): "Harvest festival",
            (4, 1): "Easter market", (6, 3): "Summer fete"}


def build_market(path: Path | str) -> None:
    """traders (42, birth_year), stalls (32 pitches in three areas), market_days (Saturdays 2023-01 to 2025-03,
    special_event NULL on ordinary days), pitch_bookings (fee, takings NULL when not reported; stall_id is only
    implied by its name, not declared)."""
    rng = random.Random(10903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE traders(trader_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, business_name VARCHAR, product_type VARCHAR, birth_year INTEGER, joined_on DATE,
        organic_certified BOOLEAN, miles_from_market INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE stalls(stall_id INTEGER PRIMARY KEY, pitch_code VARCHAR, area VARCHAR,
        covered BOOLEAN, has_power BOOLEAN, size_sq_m DOUBLE, standard_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE market_days(market_day_id INTEGER PRIMARY KEY, market_date DATE,
        weather VARCHAR, footfall INTEGER, special_event VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE pitch_bookings(booking_id INTEGER PRIMARY KEY,
        market_day_id INTEGER REFERENCES market_days(market_day_id), trader_id INTEGER REFERENCES traders(trader_id),
        stall_id INTEGER, booked_at TIMESTAMP, fee_gbp DOUBLE, fee_paid BOOLEAN, attended BOOLEAN,
        takings_gbp DOUBLE)""")
    suffix = {"vegetables": ["Fresh Veg", "Market Garden", "Greens"], "meat": ["Butchers", "Farm Meats"],
              "dairy": ["Dairy", "Cheeses"], "bakery": ["Bakehouse", "Loaves"], "fish": ["Fish Co"],
              "plants": ["Nursery", "Plants"], "crafts": ["Crafts", "Woodwork"],
              "street food": ["Kitchen", "Street Food", "Grill"]}
    traders, tid = [], 0
    names = _unique_names(rng, FIRST, LAST, 42)
    for product, (n, _) in PRODUCTS.items():
        for _ in range(n):
            tid += 1
            first, last = names[tid - 1]
            organic = product in ("vegetables", "meat", "dairy", "bakery") and rng.random() < 0.45
            business = f"{last}'s {rng.choice(suffix[product])}"
            if business in {t[3] for t in traders}:
                business = f"{first} {business}"
            traders.append((tid, first, last, business, product, rng.randint(1952, 1999),
                            _day(rng, dt.date(2012, 3, 1), 4600), organic, rng.randint(2, 45)))
    gave_up = {t[0]: _day(rng, dt.date(2023, 9, 1), 480) for t in rng.sample(traders, 5)}
    stalls, sid = [], 0
    for area, (n, covered, fee) in AREAS.items():
        for k in range(1, n + 1):
            sid += 1
            size = rng.choice([6.0, 9.0, 9.0, 12.0])
            power = covered or rng.random() < 0.3
            stalls.append((sid, f"{area[0]}{k:02d}", area, covered, power, size,
                           round(fee + (size - 9.0) * 1.5 + (4.0 if power else 0.0), 2)))
    days, bookings = [], []
    day, bid = dt.date(2023, 1, 7), 0
    while day <= dt.date(2025, 3, 29):
        winter = day.month in (12, 1, 2)
        weather = rng.choices(["sunny", "cloudy", "rainy", "windy"], [2, 4, 4, 2] if winter else [5, 4, 2, 1])[0]
        special = SPECIALS.get((day.month, (day.day - 1) // 7 + 1))
        footfall = int(rng.gauss(1800, 250) * {"sunny": 1.25, "cloudy": 1.0, "rainy": 0.7, "windy": 0.85}[weather]
                       * (1.6 if special else 1.0) * (0.8 if winter else 1.0))
        days.append((len(days) + 1, day, weather, footfall, special))
        trading = [t for t in traders if t[6] <= day and gave_up.get(t[0], day) >= day]
        present = rng.sample(trading, min(len(trading), rng.randint(18, 27) if special is None else 30))
        pitches = rng.sample(stalls, len(present))
        for trader, stall in zip(present, pitches, strict=True):
            bid += 1
            booked = _moment(rng, day - dt.timedelta(days=rng.randint(1, 21)), 7, 21)
            fee = stall[6] * (1.5 if special else 1.0)
            attended = rng.random() > (0.12 if weather == "rainy" else 0.04)
            paid = attended or rng.random() < 0.5
            if day > dt.date(2025, 3, 15) and rng.random() < 0.4:
                paid = False
            base = PRODUCTS[trader[4]][1] * footfall / 1800 * rng.uniform(0.6, 1.4)
            takings = round(base * (1.3 if stall[3] and weather == "rainy" else 1.0), 2) if attended else None
            if takings is not None and rng.random() < 0.08:
                takings = None
            bookings.append((bid, len(days), trader[0], stall[0], booked, round(fee, 2), paid, attended, takings))
        day += dt.timedelta(days=7)
    _insert(con, "traders", traders)
    _insert(con, "stalls", stalls)
    _insert(con, "market_days", days)
    _insert(con, "pitch_bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------ school buses
ROUTES = [(1, "R1", "Kingsmead Academy", "Ashby Parva", 14.2, True),
          (2, "R2", "Kingsmead Academy", "Brampton", 9.8, False),
          (3, "R3", "Kingsmead Academy", "Coldharbour", 18.5, True),
          (4, "R4", "St Aidan's High", "Dunsford", 7.1, False),
          (5, "R5", "St Aidan's High", "Elmstead", 12.6, True),
          (6, "R6", "St Aidan's High", "Fenwick", 21.3, True),
          (7, "R7", "Westbrook Primary", "Greyfriars", 4.9, False),
          (8, "R8", "Westbrook Primary", "Holt End", 6.4, False),
          (9, "R9", "Valley College", "Ivybridge", 16.0, True),
          (10, "R10", "Valley College", "Juniper Hill", 11.3, False)]
BUSES = [("YX19 KMA", "double deck", 72), ("YX19 KMB", "double deck", 72), ("BU68 TRE", "single deck", 45),
         ("BU68 TRF", "single deck", 45), ("BU70 WDS", "single deck", 49), ("LN66 OPQ", "minibus", 16),
         ("LN66 OPR", "minibus", 16), ("YX23 EVA", "single deck", 41)]


def _school_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Weekdays from start to end outside August, the Christmas fortnight and the Easter fortnight."""
    days, day = [], start
    while day <= end:
        holiday = day.month == 8 or (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 4) \
            or (day.month == 4 and day.day < 15) or (day.month == 7 and day.day > 22)
        if day.weekday() < 5 and not holiday:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def build_schoolbus(path: Path | str) -> None:
    """routes (10, one school each), drivers (14, birth_date, contract_type), trips (term days 2023-01 to 2024-12,
    late_minutes NULL when cancelled, bus registration and type), pupils (380, birth_date, left_on NULL while
    still using the bus)."""
    rng = random.Random(10904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_code VARCHAR,
        school_name VARCHAR, start_village VARCHAR, distance_km DOUBLE, rural BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, contract_type VARCHAR, first_aid_trained BOOLEAN,
        hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        route_id INTEGER REFERENCES routes(route_id), driver_id INTEGER REFERENCES drivers(driver_id),
        trip_date DATE, run VARCHAR, scheduled_departure TIMESTAMP, cancelled BOOLEAN, late_minutes INTEGER,
        bus_registration VARCHAR, bus_type VARCHAR, pupils_on_board INTEGER, fuel_cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, school_year INTEGER, route_id INTEGER REFERENCES routes(route_id),
        fare_paying BOOLEAN, term_fare_gbp DOUBLE, registered_on DATE, left_on DATE)""")
    names = _unique_names(rng, FIRST, LAST, 394)
    drivers, contracts = [], ["permanent"] * 8 + ["part-time"] * 3 + ["agency"] * 3
    rng.shuffle(contracts)
    for i in range(1, 15):
        first, last = names[i - 1]
        contract = contracts[i - 1]
        rate = {"permanent": 14.2, "part-time": 13.6, "agency": 16.8}[contract] + rng.choice([0.0, 0.4, 0.9])
        drivers.append((i, first, last, _day(rng, dt.date(1958, 1, 1), 14000), _day(rng, dt.date(2008, 1, 1), 5800),
                        contract, rng.random() < 0.55, round(rate, 2)))
    regular = {r[0]: rng.sample(drivers, 2) for r in ROUTES}
    route_bus = {r[0]: BUSES[(r[0] - 1) % len(BUSES)] for r in ROUTES}
    trips, tid = [], 0
    for day in _school_days(dt.date(2023, 1, 4), dt.date(2024, 12, 20)):
        for route in ROUTES:
            for run, hour in (("morning", 7), ("afternoon", 15)):
                if rng.random() > 0.16:
                    continue
                tid += 1
                driver = rng.choice(regular[route[0]]) if rng.random() < 0.85 else rng.choice(drivers)
                bus = route_bus[route[0]] if rng.random() < 0.9 else rng.choice(BUSES)
                minute = {"morning": 35 - int(route[4]), "afternoon": 25}[run]
                scheduled = dt.datetime.combine(day, dt.time(hour, max(0, minute)))
                winter = day.month in (11, 12, 1, 2)
                cancelled = rng.random() < (0.04 if winter else 0.015)
                late = None
                if not cancelled:
                    late = 0 if rng.random() < 0.55 else int(rng.expovariate(1 / (9 if winter else 5))) + 1
                    if driver[5] == "agency":
                        late += rng.choice([0, 1, 3])
                pupils = 0 if cancelled else min(bus[2], max(1, int(rng.gauss(bus[2] * 0.55, bus[2] * 0.15))))
                per_km = {"double deck": 0.62, "single deck": 0.45, "minibus": 0.24}[bus[1]]
                fuel = 0.0 if cancelled else round(route[4] * 2 * per_km * rng.uniform(0.9, 1.1), 2)
                trips.append((tid, route[0], driver[0], day, run, scheduled, cancelled, late, bus[0], bus[1], pupils,
                              fuel))
    pupils = []
    for pid in range(1, 381):
        first, last = names[13 + pid]
        year = rng.randint(1, 13)
        route = rng.choice([r for r in ROUTES if (r[2] == "Westbrook Primary") == (year <= 6)])
        born = dt.date(2024 - year - 5, 9, 1) + dt.timedelta(days=rng.randrange(365))
        paying = not route[5] and rng.random() < 0.7
        registered = _day(rng, dt.date(2019, 9, 1), 1900)
        left = None
        if rng.random() < 0.25:
            left = registered + dt.timedelta(days=rng.randint(120, 900))
            if left > dt.date(2024, 12, 20):
                left = None
        pupils.append((pid, first, last, born, year, route[0], paying, 185.0 if paying else 0.0, registered, left))
    _insert(con, "routes", ROUTES)
    _insert(con, "drivers", drivers)
    _insert(con, "trips", trips)
    _insert(con, "pupils", pupils)
    con.close()


# ------------------------------------------------------------------------------------------------ bird count
SITES = [(1, "Alder Carr", "woodland", "Norfolk", 42.0, True),
         (2, "Broad Fen", "wetland", "Norfolk", 120.5, True),
         (3, "Castle Meadows", "farmland", "Suffolk", 65.0, False),
         (4, "Dunwich Shore", "coastal", "Suffolk", 30.2, True),
         (5, "Elm Park", "urban park", "Norfolk", 12.4, False),
         (6, "Fowlmere Pits", "wetland", "Cambridgeshire", 48.3, True),
         (7, "Grange Farm", "farmland", "Cambridgeshire", 88.0, False),
         (8, "Hatfield Wood", "woodland", "Suffolk", 55.7, False),
         (9, "Ivy Lane Allotments", "urban park", "Cambridgeshire", 6.1, False),
         (10, "Joist Fen", "wetland", "Suffolk", 95.0, True),
         (11, "Kelling Heath", "woodland", "Norfolk", 70.9, True),
         (12, "Lowestoft Denes", "coastal", "Suffolk", 18.6, False),
         (13, "Mill Common", "farmland", "Norfolk", 33.3, False),
         (14, "Ness Point", "coastal", "Suffolk", 9.4, False)]
SPECIES = {"woodland": [("great spotted woodpecker", "woodpeckers", "green"), ("nuthatch", "songbirds", "green"),
                        ("marsh tit", "songbirds", "red"), ("tawny owl", "owls", "amber"),
                        ("blue tit", "songbirds", "green"), ("sparrowhawk", "raptors", "amber")],
           "wetland": [("lapwing", "waders", "red"), ("redshank", "waders", "amber"), ("teal", "waterfowl", "amber"),
                       ("mallard", "waterfowl", "amber"), ("marsh harrier", "raptors", "amber"),
                       ("reed bunting", "songbirds", "amber"), ("bittern", "herons", "amber")],
           "farmland": [("skylark", "songbirds", "red"), ("yellowhammer", "songbirds", "red"),
                        ("grey partridge", "gamebirds", "red"), ("kestrel", "raptors", "amber"),
                        ("woodpigeon", "pigeons", "amber"), ("rook", "corvids", "amber")],
           "coastal": [("oystercatcher", "waders", "amber"), ("herring gull", "gulls", "red"),
                       ("turnstone", "waders", "amber"), ("little tern", "terns", "amber"),
                       ("black-headed gull", "gulls", "amber"), ("ringed plover", "waders", "red")],
           "urban park": [("house sparrow", "songbirds", "red"), ("starling", "songbirds", "red"),
                          ("blackbird", "songbirds", "green"), ("robin", "songbirds", "green"),
                          ("magpie", "corvids", "green"), ("woodpigeon", "pigeons", "amber")]}


def build_birdcount(path: Path | str) -> None:
    """volunteers (58, birth_year, left_on NULL while active), sites (14 by habitat), surveys (2023-01 to 2025-02,
    started_at/finished_at TIMESTAMP, travel_claim_gbp), sightings (species, group, conservation status, count)."""
    rng = random.Random(10905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, experience_level VARCHAR, joined_on DATE, left_on DATE,
        has_car BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, habitat VARCHAR,
        county VARCHAR, area_ha DOUBLE, nature_reserve BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE surveys(survey_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(site_id), volunteer_id INTEGER REFERENCES volunteers(volunteer_id),
        survey_date DATE, started_at TIMESTAMP, finished_at TIMESTAMP, weather VARCHAR, temperature_c DOUBLE,
        travel_claim_gbp DOUBLE, complete_count BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sightings(sighting_id INTEGER PRIMARY KEY,
        survey_id INTEGER REFERENCES surveys(survey_id), species_name VARCHAR, species_group VARCHAR,
        conservation_status VARCHAR, bird_count INTEGER, breeding_evidence BOOLEAN, heard_only BOOLEAN)""")
    volunteers = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 58), start=1):
        joined = _day(rng, dt.date(2015, 1, 1), 3500)
        left = None
        if rng.random() < 0.22:
            left = _day(rng, max(joined + dt.timedelta(days=60), dt.date(2023, 2, 1)), 700)
            if left > dt.date(2025, 2, 28):
                left = None
        level = rng.choices(["beginner", "intermediate", "expert"], [3, 4, 2])[0]
        volunteers.append((vid, first, last, rng.randint(1944, 2004), level, joined, left, rng.random() < 0.7))
    activity = {v[0]: rng.choice([1, 1, 2, 3, 5]) for v in volunteers}
    surveys, sightings, sgid = [], [], 0
    for svid in range(1, 1101):
        day = _day(rng, dt.date(2023, 1, 1), 790)
        active = [v for v in volunteers if v[5] <= day and (v[6] is None or v[6] > day)]
        v = rng.choices(active, [activity[a[0]] for a in active])[0]
        site = rng.choice(SITES)
        summer = day.month in (5, 6, 7)
        started = dt.datetime.combine(day, dt.time(rng.choice([5, 6, 6, 7, 8] if summer else [7, 8, 8, 9, 10]),
                                                   rng.choice([0, 15, 30, 45])))
        minutes = int(rng.triangular(45, 240, 110) * (1.3 if site[4] > 60 else 1.0))
        weather = rng.choices(["clear", "overcast", "light rain", "windy", "fog"], [5, 6, 2, 2, 1])[0]
        complete = weather not in ("light rain", "fog") or rng.random() < 0.7
        if not complete:
            minutes = int(minutes * 0.5)
        temp = round(rng.gauss({1: 4, 2: 5, 3: 8, 4: 11, 5: 14, 6: 17, 7: 19, 8: 19, 9: 16, 10: 12, 11: 8, 12: 5}
                               [day.month] + (-2 if started.hour < 7 else 0), 2.5), 1)
        claim = round(rng.uniform(3, 28), 2) if v[7] and rng.random() < 0.45 else 0.0
        surveys.append((svid, site[0], v[0], day, started, started + dt.timedelta(minutes=minutes), weather, temp,
                        claim, complete))
        for species, group, status in rng.sample(SPECIES[site[2]], rng.randint(2, len(SPECIES[site[2]]))):
            sgid += 1
            flock = group in ("waders", "waterfowl", "gulls", "pigeons", "corvids") or species == "starling"
            count = int(rng.expovariate(1 / (18 if flock else 3))) + 1
            if site[2] == "wetland" and group == "waterfowl" and day.month in (11, 12, 1, 2):
                count *= 3
            breeding = summer and group not in ("gulls",) and rng.random() < 0.3
            heard = group in ("songbirds", "owls", "herons", "woodpeckers") and rng.random() < 0.35
            sightings.append((sgid, svid, species, group, status, count, breeding, heard))
    _insert(con, "volunteers", volunteers)
    _insert(con, "sites", SITES)
    _insert(con, "surveys", surveys)
    _insert(con, "sightings", sightings)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "newspaper": build_newspaper,
    "dance": build_dance,
    "market": build_market,
    "schoolbus": build_schoolbus,
    "birdcount": build_birdcount,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval109-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval109-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval109-dbs"))
