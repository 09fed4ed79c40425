"""Builders of the twentieth independent evaluation corpus: five DuckDB files in five small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `petinsure.duckdb`: policyholders (date_of_birth), pets (birth_year), policies (end_date NULL while active),
  claims (amount_paid NULL while pending); every foreign key declared
- `drycleaning.duckdb`: shops, customers, tickets (TIMESTAMPs, collected_at NULL while waiting; tickets.shop_id is
  NOT a declared foreign key), ticket_items (declared FK)
- `bowling.duckdb`: bowlers (birth_date, league_team NULL when not in a league), games (declared FK),
  lane_bookings (review_stars optional, cancelled flag)
- `skirental.duckdb`: customers (birth_year), gear (retired_on NULL while in use), rentals (returned_date NULL while
  out, damage_fee NULL unless damaged; declared FKs); winter seasons from December 2022 to April 2025
- `dancestudio.duckdb`: instructors (left_on NULL while employed), dancers (date_of_birth), classes (declared FK),
  bookings (bookings.dancer_id NOT declared, feedback_score optional)

Usage:
    python eval20/datasets.py OUTDIR

Example:
    >>> from eval20.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval20-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bowling.duckdb', 'dancestudio.duckdb', 'drycleaning.duckdb', 'petinsure.duckdb', 'skirental.duckdb']
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
    """A timestamp on `day` between first_hour:00 and last_hour:55, on a 5-minute grid."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), 5 * rng.randrange(12))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Benedikt", "Carmen", "Dmitri", "Elif", "Finn", "Gemma", "Hugo", "Ines", "Jonas", "Kira", "Lorenzo",
         "Maja", "Niall", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tilda", "Umar", "Vera", "Wyatt", "Zoe"]
LAST = ["Abbott", "Bianchi", "Chen", "Delacroix", "Eklund", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
        "Keller", "Lombardi", "Moreau", "Novak", "O'Brien", "Petrov", "Quigley", "Reyes", "Schmidt", "Tanaka",
        "Umarov", "Vance", "Whitfield", "Young"]

# -------------------------------------------------------------------------------------------- pet insurance
BREEDS = {"dog": ["Labrador", "French Bulldog", "Cocker Spaniel", "Border Collie", "Dachshund", "Mixed"],
          "cat": ["Domestic Shorthair", "Maine Coon", "Siamese", "British Shorthair"],
          "rabbit": ["Lop", "Netherland Dwarf"], "parrot": ["African Grey", "Cockatiel"]}
PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Milo", "Daisy", "Oscar", "Poppy", "Rocky", "Nala", "Teddy",
             "Willow", "Pepper", "Ziggy", "Hazel", "Bruno", "Cleo", "Mochi", "Rusty"]
TIERS = {"Basic": 18.0, "Standard": 32.0, "Premium": 54.0}
CLINICS = ["Riverside Vets", "Oakwood Animal Hospital", "PetCare Central", "Hillview Clinic", "Harbour Vet Group"]


def build_petinsure(path: Path | str) -> None:
    """policyholders (280), pets (400), policies (one or two per pet), claims (2022-2024)."""
    rng = random.Random(2001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE policyholders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, region VARCHAR, paperless BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY,
        holder_id INTEGER REFERENCES policyholders(holder_id), pet_name VARCHAR, species VARCHAR, breed VARCHAR,
        birth_year INTEGER, neutered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE policies(policy_id INTEGER PRIMARY KEY,
        pet_id INTEGER REFERENCES pets(pet_id), plan_tier VARCHAR, monthly_premium DOUBLE, annual_limit INTEGER,
        start_date DATE, end_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY,
        policy_id INTEGER REFERENCES policies(policy_id), claim_date DATE, condition VARCHAR, vet_clinic VARCHAR,
        amount_claimed DOUBLE, amount_paid DOUBLE, status VARCHAR, submitted_online BOOLEAN)""")
    regions = ["North", "South", "East", "West", "Scotland", "Wales"]
    holders = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 280), start=1):
        holders.append((hid, first, last, _day(rng, dt.date(1948, 1, 1), 365 * 52),
                        rng.choices(regions, [22, 20, 18, 16, 14, 10])[0], rng.random() < 0.6,
                        _day(rng, dt.date(2019, 1, 1), 365 * 5)))
    pets = []
    for pid in range(1, 401):
        species = rng.choices(list(BREEDS), [55, 35, 6, 4])[0]
        pets.append((pid, rng.randint(1, 280), rng.choice(PET_NAMES), species, rng.choice(BREEDS[species]),
                     rng.randint(2009, 2023), rng.random() < 0.7))
    policies, claims = [], []
    for pet in pets:
        start = _day(rng, dt.date(2021, 6, 1), 900)
        while start <= dt.date(2024, 12, 31):
            tier = rng.choices(list(TIERS), [40, 40, 20])[0]
            age_factor = 1 + max(0, 2023 - pet[5]) * 0.04
            premium = round(TIERS[tier] * age_factor * (1.3 if pet[3] == "dog" else 1.0), 2)
            ends = rng.random() < 0.3
            end = start + dt.timedelta(days=rng.randint(120, 900)) if ends else None
            if end is not None and end > dt.date(2024, 12, 31):
                end = None
            policies.append((len(policies) + 1, pet[0], tier, premium, {"Basic": 2000, "Standard": 5000,
                             "Premium": 10000}[tier], start, end))
            _claims_for(rng, policies[-1], claims)
            if end is None or rng.random() < 0.6:
                break
            start = end + dt.timedelta(days=rng.randint(10, 200))
    _insert(con, "policyholders", holders)
    _insert(con, "pets", pets)
    _insert(con, "policies", policies)
    _insert(con, "claims", claims)
    con.close()


def _claims_for(rng: random.Random, policy: tuple, claims: list[tuple]) -> None:
    """Append a policy's claims: a few a year between its start (or 2022) and its end (or 2024-12-31)."""
    first = max(policy[5], dt.date(2022, 1, 1))
    last = min(policy[6] or dt.date(2024, 12, 31), dt.date(2024, 12, 31))
    if last <= first:
        return
    for _ in range(rng.choices([0, 1, 2, 3, 4], [30, 30, 20, 12, 8])[0]):
        day = _day(rng, first, (last - first).days + 1)
        condition = rng.choices(["accident", "illness", "dental", "wellness"], [25, 40, 15, 20])[0]
        base = {"accident": 900, "illness": 1200, "dental": 450, "wellness": 120}[condition]
        claimed = round(base * rng.uniform(0.3, 2.2), 2)
        status = "pending" if day > dt.date(2024, 11, 15) else rng.choices(["approved", "denied"], [85, 15])[0]
        paid = None if status == "pending" else 0.0 if status == "denied" else round(claimed * rng.uniform(0.6, 0.9), 2)
        claims.append((len(claims) + 1, policy[0], day, condition, rng.choice(CLINICS), claimed, paid, status,
                       rng.random() < 0.65))


# --------------------------------------------------------------------------------------------- dry cleaners
SHOPS = [(1, "Main Street", "Old Town", dt.date(2011, 4, 1), True), (2, "Station Road", "Riverside",
         dt.date(2016, 9, 12), False), (3, "Market Square", "Old Town", dt.date(2019, 2, 20), True),
         (4, "Parkside", "Northgate", dt.date(2021, 6, 7), False), (5, "Harbour View", "Docklands",
         dt.date(2023, 5, 15), True)]
GARMENTS = {"shirt": 4.5, "suit": 16.0, "dress": 13.0, "coat": 18.5, "trousers": 7.0, "skirt": 7.5,
            "curtains": 28.0, "duvet": 24.0}
SERVICES = {"dry clean": 1.0, "wash and press": 0.7, "press only": 0.45, "alteration": 1.6}


def build_drycleaning(path: Path | str) -> None:
    """shops (5), customers (350), tickets (2023-01 .. 2025-09, shop_id undeclared), ticket_items."""
    rng = random.Random(2002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, district VARCHAR,
        opened_on DATE, offers_delivery BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, loyalty_card BOOLEAN, signup_date DATE, business_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY, shop_id INTEGER,
        customer_id INTEGER REFERENCES customers(customer_id), dropped_off_at TIMESTAMP, promised_date DATE,
        collected_at TIMESTAMP, is_express BOOLEAN, total_amount DOUBLE, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_items(item_id INTEGER PRIMARY KEY,
        ticket_id INTEGER REFERENCES tickets(ticket_id), garment VARCHAR, service VARCHAR, qty INTEGER,
        line_price DOUBLE, stain_treatment BOOLEAN)""")
    customers = [(cid, first, last, rng.random() < 0.4, _day(rng, dt.date(2020, 1, 1), 365 * 5), rng.random() < 0.08)
                 for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 350), start=1)]
    tickets, items = [], []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2025, 9, 30):
        open_shops = [s for s in SHOPS if s[3] <= day]
        for _ in range(0 if day.weekday() == 6 else rng.randint(2, 7)):
            _ticket(rng, rng.choice(open_shops)[0], rng.randint(1, 350), day, tickets, items)
        day += dt.timedelta(days=1)
    _insert(con, "shops", SHOPS)
    _insert(con, "customers", customers)
    _insert(con, "tickets", tickets)
    _insert(con, "ticket_items", items)
    con.close()


def _ticket(rng, shop_id: int, customer_id: int, day: dt.date, tickets: list[tuple], items: list[tuple]) -> None:
    """Append one ticket and its items; collected_at stays NULL for recent or abandoned tickets."""
    tid = len(tickets) + 1
    dropped = _moment(rng, day, 7, 18)
    express = rng.random() < 0.18
    promised = day + dt.timedelta(days=1 if express else rng.choice([2, 3, 3, 4]))
    total = 0.0
    for _ in range(rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]):
        garment = rng.choices(list(GARMENTS), [30, 12, 12, 10, 16, 8, 5, 7])[0]
        service = rng.choices(list(SERVICES), [50, 30, 12, 8])[0]
        qty = rng.choices([1, 2, 3, 5], [60, 20, 12, 8])[0] if garment == "shirt" else rng.choices([1, 2], [85, 15])[0]
        price = round(GARMENTS[garment] * SERVICES[service] * qty, 2)
        total += price
        items.append((len(items) + 1, tid, garment, service, qty, price, rng.random() < 0.12))
    total = round(total + (6.0 if express else 0.0), 2)
    waited = dt.timedelta(days=(promised - day).days + rng.choice([0, 0, 0, 1, 2, 5, 9]), hours=rng.randint(-3, 4))
    collected = dropped + waited
    if collected > dt.datetime(2025, 9, 30, 19) or rng.random() < 0.015:
        collected = None
    tickets.append((tid, shop_id, customer_id, dropped, promised, collected, express, total,
                    rng.choices(["card", "cash", "account"], [70, 22, 8])[0]))


# -------------------------------------------------------------------------------------------- bowling alley
TEAMS = ["Pin Pals", "Gutter Gang", "Split Happens", "Strike Force", "Lucky Strikes", "Alley Cats"]
EVENTS = ["birthday party", "corporate", "casual", "school trip"]


def build_bowling(path: Path | str) -> None:
    """bowlers (160), games (2022-2024, declared FK), lane_bookings (group bookings, optional review)."""
    rng = random.Random(2003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bowlers(bowler_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, league_team VARCHAR, handicap INTEGER, member_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY,
        bowler_id INTEGER REFERENCES bowlers(bowler_id), played_at TIMESTAMP, lane_no INTEGER, score INTEGER,
        strikes INTEGER, spares INTEGER, league_game BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lane_bookings(booking_id INTEGER PRIMARY KEY, booking_name VARCHAR,
        event_type VARCHAR, start_time TIMESTAMP, lanes INTEGER, hours DOUBLE, guests INTEGER, price DOUBLE,
        deposit_paid BOOLEAN, cancelled BOOLEAN, review_stars INTEGER)""")
    bowlers, skill = [], {}
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        team = rng.choice(TEAMS) if rng.random() < 0.55 else None
        skill[bid] = rng.gauss(150, 28) + (15 if team else 0)
        handicap = max(0, int((220 - skill[bid]) * 0.8))
        bowlers.append((bid, first, last, _day(rng, dt.date(1955, 1, 1), 365 * 52), team, handicap,
                        _day(rng, dt.date(2015, 1, 1), 365 * 9)))
    games = []
    for bowler in bowlers:
        for _ in range(rng.randint(5, 70)):
            day = _day(rng, max(bowler[6], dt.date(2022, 1, 1)), 365 * 3)
            if day > dt.date(2024, 12, 31):
                continue
            league = bowler[4] is not None and day.weekday() in (1, 3) and rng.random() < 0.8
            score = int(min(300, max(40, rng.gauss(skill[bowler[0]], 22))))
            strikes = min(12, max(0, int((score - 90) / 16 + rng.randint(-1, 1))))
            spares = min(10 - min(strikes, 10), max(0, int((score - 60) / 30 + rng.randint(-1, 2))))
            games.append((len(games) + 1, bowler[0], _moment(rng, day, 10, 22), rng.randint(1, 16), score, strikes,
                          spares, league))
    bookings = []
    for bid in range(1, 701):
        event = rng.choices(EVENTS, [35, 20, 35, 10])[0]
        day = _day(rng, dt.date(2022, 1, 1), 365 * 3 + 1)
        guests = {"birthday party": rng.randint(6, 16), "corporate": rng.randint(10, 40), "casual": rng.randint(2, 8),
                  "school trip": rng.randint(15, 35)}[event]
        lanes = max(1, round(guests / 6))
        hours = rng.choice([1.0, 1.5, 2.0, 2.0, 3.0])
        cancelled = rng.random() < 0.1
        stars = None if cancelled or rng.random() < 0.5 else rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 40, 37])[0]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if event != "corporate" else rng.choice(
            ["Acme Ltd", "Brightwave", "Northwind", "Globex", "Initech", "Umbrella Co"])
        bookings.append((bid, name, event, _moment(rng, day, 10, 21), lanes, hours, guests,
                         round(lanes * hours * 32.0 + guests * (4.5 if event == "birthday party" else 0), 2),
                         rng.random() < 0.7, cancelled, stars))
    _insert(con, "bowlers", bowlers)
    _insert(con, "games", games)
    _insert(con, "lane_bookings", bookings)
    con.close()


# --------------------------------------------------------------------------------------------- ski rental shop
GEAR = {"skis": (["Atomic", "Rossignol", "Salomon", "Head"], 420.0, 38.0),
        "snowboard": (["Burton", "Salomon", "Jones"], 380.0, 34.0), "boots": (["Atomic", "Salomon", "Nordica"], 220.0,
                                                                             15.0),
        "helmet": (["Smith", "Giro", "POC"], 90.0, 6.0), "poles": (["Leki", "Rossignol"], 45.0, 4.0)}
COUNTRIES = ["Germany", "Netherlands", "UK", "France", "Italy", "Switzerland", "Poland", "USA"]


def _season_days() -> list[dt.date]:
    """Every open day: 10 December to 15 April, seasons 2022/23, 2023/24 and 2024/25."""
    days = []
    for year in (2022, 2023, 2024):
        day = dt.date(year, 12, 10)
        while day <= dt.date(year + 1, 4, 15):
            days.append(day)
            day += dt.timedelta(days=1)
    return days


def build_skirental(path: Path | str) -> None:
    """customers (500, birth_year), gear (260 items), rentals (Dec 2022 .. Apr 2025, declared FKs)."""
    rng = random.Random(2004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_country VARCHAR, ability VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE gear(gear_id INTEGER PRIMARY KEY, gear_type VARCHAR, brand VARCHAR,
        size_label VARCHAR, bought_on DATE, purchase_cost DOUBLE, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), gear_id INTEGER REFERENCES gear(gear_id),
        pickup_date DATE, due_date DATE, returned_date DATE, daily_rate DOUBLE, insurance BOOLEAN,
        damage_fee DOUBLE)""")
    customers = [(cid, first, last, rng.randint(1950, 2015), rng.choices(COUNTRIES, [25, 18, 15, 10, 8, 10, 9, 5])[0],
                  rng.choices(["beginner", "intermediate", "advanced", "expert"], [30, 40, 22, 8])[0])
                 for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1)]
    gear = []
    for gid in range(1, 261):
        gtype = rng.choices(list(GEAR), [30, 15, 30, 15, 10])[0]
        brands, cost, _ = GEAR[gtype]
        bought = _day(rng, dt.date(2019, 9, 1), 365 * 5)
        retired = _day(rng, bought + dt.timedelta(days=400), 900) if rng.random() < 0.2 else None
        retired = retired if retired and retired <= dt.date(2025, 4, 15) else None
        size = {"skis": rng.choice(["150", "160", "170", "180"]), "snowboard": rng.choice(["148", "154", "158", "162"]),
                "boots": str(rng.randint(36, 46)), "helmet": rng.choice(["S", "M", "L"]), "poles": rng.choice(
                    ["110", "120", "130"])}[gtype]
        gear.append((gid, gtype, rng.choice(brands), size, bought, round(cost * rng.uniform(0.9, 1.2), 2), retired))
    rentals = []
    for day in _season_days():
        peak = day.month in (1, 2) or (day.month == 12 and day.day > 20)
        usable = [g for g in gear if g[4] <= day and (g[6] is None or g[6] > day)]
        for _ in range(rng.randint(3, 9) if peak else rng.randint(0, 4)):
            item = rng.choice(usable)
            days = rng.choices([1, 2, 3, 5, 7], [25, 20, 20, 15, 20])[0]
            due = day + dt.timedelta(days=days)
            late = rng.choices([0, 1, 2], [88, 9, 3])[0]
            returned = due + dt.timedelta(days=late)
            returned = None if returned > dt.date(2025, 4, 15) else returned
            insured = rng.random() < 0.45
            damage = round(rng.uniform(20, 180), 2) if returned and rng.random() < 0.05 else None
            rate = round(GEAR[item[1]][2] * (1.15 if peak else 1.0), 2)
            rentals.append((len(rentals) + 1, rng.randint(1, 500), item[0], day, due, returned, rate, insured, damage))
    _insert(con, "customers", customers)
    _insert(con, "gear", gear)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------------ dance studio
INSTRUCTORS = [(1, "Lucia Fernandez", "salsa", 42.0, dt.date(2018, 3, 1), None),
               (2, "Marcus Hale", "hip hop", 38.0, dt.date(2020, 9, 14), None),
               (3, "Svetlana Orlova", "ballet", 55.0, dt.date(2016, 1, 11), None),
               (4, "Diego Alvarez", "tango", 48.0, dt.date(2021, 2, 1), dt.date(2024, 6, 30)),
               (5, "Hannah Brooks", "contemporary", 40.0, dt.date(2022, 8, 22), None),
               (6, "Kwame Mensah", "hip hop", 36.0, dt.date(2023, 1, 9), dt.date(2023, 12, 22)),
               (7, "Yuna Park", "ballroom", 50.0, dt.date(2019, 5, 6), None)]
ROOMS = {"Studio A": 14, "Studio B": 20, "Main Hall": 32}


def build_dancestudio(path: Path | str) -> None:
    """instructors (7), dancers (300), classes (2023-2024, declared FK), bookings (dancer_id undeclared)."""
    rng = random.Random(2005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, full_name VARCHAR,
        specialty VARCHAR, hourly_rate DOUBLE, hired_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE dancers(dancer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, level VARCHAR, has_membership BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), dance_style VARCHAR, starts_at TIMESTAMP,
        duration_minutes INTEGER, studio_room VARCHAR, max_capacity INTEGER, drop_in_price DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        class_id INTEGER REFERENCES classes(class_id), dancer_id INTEGER, booked_at TIMESTAMP, attended BOOLEAN,
        amount_paid DOUBLE, feedback_score INTEGER)""")
    dancers = [(did, first, last, _day(rng, dt.date(1960, 1, 1), 365 * 50),
                rng.choices(["beginner", "improver", "intermediate", "advanced"], [35, 25, 25, 15])[0],
                rng.random() < 0.45, _day(rng, dt.date(2021, 1, 1), 365 * 4))
               for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1)]
    classes, bookings = [], []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 31):
        staff = [i for i in INSTRUCTORS if i[4] <= day and (i[5] is None or i[5] >= day)]
        for _ in range(0 if day.weekday() == 6 else rng.randint(1, 3)):
            teacher = rng.choice(staff)
            room = rng.choices(list(ROOMS), [40, 35, 25])[0]
            start = dt.datetime(day.year, day.month, day.day, rng.choice([9, 11, 17, 18, 19, 20]),
                                rng.choice([0, 30]))
            duration = rng.choice([45, 60, 60, 90])
            classes.append((len(classes) + 1, teacher[0], teacher[2], start, duration, room, ROOMS[room],
                            round(8 + duration * 0.15 + (4 if teacher[2] == "ballet" else 0), 2)))
            _bookings_for(rng, classes[-1], dancers, bookings)
        day += dt.timedelta(days=1)
    _insert(con, "instructors", INSTRUCTORS)
    _insert(con, "dancers", dancers)
    _insert(con, "classes", classes)
    _insert(con, "bookings", bookings)
    con.close()


def _bookings_for(rng: random.Random, cls: tuple, dancers: list[tuple], bookings: list[tuple]) -> None:
    """Append a class's bookings by dancers who had joined by then: members pay nothing, others the drop-in price;
    feedback only now and then."""
    members = [d for d in dancers if d[6] <= cls[3].date()]
    for dancer in rng.sample(members, min(len(members), rng.randint(2, cls[6]))):
        booked = cls[3] - dt.timedelta(hours=rng.randint(2, 24 * 10))
        attended = rng.random() < 0.86
        paid = 0.0 if dancer[5] else cls[7]
        feedback = rng.choices([1, 2, 3, 4, 5], [2, 4, 14, 40, 40])[0] if attended and rng.random() < 0.3 else None
        bookings.append((len(bookings) + 1, cls[0], dancer[0], booked, attended, paid, feedback))


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "petinsure": build_petinsure,
    "drycleaning": build_drycleaning,
    "bowling": build_bowling,
    "skirental": build_skirental,
    "dancestudio": build_dancestudio,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval20-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval20-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval20-dbs"))
