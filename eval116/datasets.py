"""Builders of the hundred-and-sixteenth development evaluation corpus: five DuckDB files in five leisure and
service domains.

Deterministic (one fixed `random.Random(seed)` per schema) and atomic (each file is written to a temporary name,
then renamed). Standalone: it imports nothing from the project.

- `escaperoom.duckdb`: an escape-room venue's rooms (difficulty), game masters (birth year), teams (organiser birth
  date) and games (start/end timestamps, escaped, hints used; `games.game_master_id` is only implied by its name,
  not declared)
- `bloodbank.duckdb`: a blood donation service's donors (birth date, blood group), sessions, donations (volume,
  issued to a hospital or still in stock) and deferrals (`deferred_until` NULL for an indefinite deferral)
- `bakery.duckdb`: a wholesale bakery's products, cafes (customers), orders (`paid_on` NULL while unpaid) and order
  items (returned quantity and reason)
- `runclub.duckdb`: a marathon training club's runners, training runs, races and race results (camelCase columns;
  `finishSeconds` NULL for a did-not-finish)
- `makerspace.duckdb`: a library makerspace's tools (`retired_on` NULL while in service), members (birth date),
  bookings and incident reports (`resolved_on` NULL while open)

Usage:
    python eval116/datasets.py OUTDIR

Example:
    >>> from eval116.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval116-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakery.duckdb', 'bloodbank.duckdb', 'escaperoom.duckdb', 'makerspace.duckdb', 'runclub.duckdb']
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


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Abigail", "Arjun", "Bethany", "Callum", "Daisy", "Ewan", "Farah", "Gareth", "Hannah", "Idris", "Jasmine",
         "Kieran", "Lydia", "Mohammed", "Nina", "Oscar", "Phoebe", "Quentin", "Rosie", "Stefan", "Tilly", "Umar",
         "Verity", "Wesley", "Ximena", "Yvonne", "Zac", "Amelia", "Connor", "Freya"]
LAST = ["Abbott", "Bamford", "Carver", "Dunmore", "Egan", "Fairclough", "Gilmore", "Haworth", "Ibbotson", "Jessop",
        "Kaur", "Lockwood", "Mahmood", "Nuttall", "Oakes", "Prentice", "Quayle", "Ramsden", "Schofield", "Tennant",
        "Underwood", "Vasquez", "Wainwright", "Yeadon", "Zielinski", "Barraclough", "Coates", "Duffy"]

# ------------------------------------------------------------------------------------------------- escape rooms
ROOMS = [(1, "The Pharaoh's Tomb", "adventure", "medium", 60, 6, 24.0, dt.date(2019, 5, 4), True),
         (2, "Asylum Ward 13", "horror", "hard", 60, 6, 26.0, dt.date(2020, 10, 30), False),
         (3, "The Bank Job", "heist", "hard", 75, 8, 28.0, dt.date(2021, 6, 12), True),
         (4, "Murder at Hollow Manor", "mystery", "medium", 60, 6, 24.0, dt.date(2019, 5, 4), True),
         (5, "Starship Odyssey", "sci-fi", "expert", 90, 5, 32.0, dt.date(2022, 2, 19), False),
         (6, "The Toymaker's Workshop", "adventure", "easy", 45, 6, 20.0, dt.date(2021, 12, 1), True),
         (7, "The Detective's Office", "mystery", "easy", 60, 5, 22.0, dt.date(2020, 3, 7), True),
         (8, "Submarine Sabotage", "sci-fi", "hard", 60, 6, 27.0, dt.date(2024, 3, 16), False)]
ROOM_WEIGHTS = [14, 10, 9, 13, 5, 12, 8, 9]
ESCAPE_RATE = {"easy": 0.8, "medium": 0.6, "hard": 0.4, "expert": 0.22}
GAME_MASTERS = [(1, "Lottie", "Kerr", 1996, dt.date(2019, 4, 1), False),
                (2, "Dominic", "Achterberg", 1989, dt.date(2019, 4, 1), False),
                (3, "Priya", "Sandhu", 2001, dt.date(2021, 9, 13), True),
                (4, "Marcus", "Okoye", 1993, dt.date(2020, 2, 24), False),
                (5, "Elena", "Petrova", 1998, dt.date(2022, 7, 4), True),
                (6, "Jake", "Holroyd", 2003, dt.date(2024, 5, 1), True),
                (7, "Sophie", "Lindgren", 1985, dt.date(2021, 1, 11), False)]
GM_WEIGHTS = [12, 10, 6, 11, 5, 8, 9]
ADJECTIVES = ["Clueless", "Sneaky", "Mighty", "Puzzled", "Brainy", "Locked", "Lucky", "Cunning", "Curious",
              "Fearless", "Jolly", "Quick", "Secret", "Wandering", "Crafty", "Sleepy", "Wily", "Bold", "Red", "Rusty"]
NOUNS = ["Pandas", "Owls", "Detectives", "Foxes", "Keys", "Sleuths", "Escapees", "Ninjas", "Badgers", "Goblins",
         "Mongooses", "Riddlers", "Llamas", "Cats", "Otters", "Wizards", "Hedgehogs", "Penguins", "Ravens", "Squids"]


def build_escaperoom(path: Path | str) -> None:
    """rooms (8, difficulty, price_per_player), game_masters (7, birth_year), teams (520, organiser names and
    birth date, booking channel, corporate flag), games (2023-2024, started_at/ended_at TIMESTAMP, escaped,
    hints_used, amount_paid, rating NULL when the team left none; game_master_id is not a declared foreign key)."""
    rng = random.Random(11601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, theme VARCHAR,
        difficulty VARCHAR, time_limit_minutes INTEGER, max_players INTEGER, price_per_player DOUBLE,
        opened_on DATE, wheelchair_accessible BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE game_masters(game_master_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, hired_on DATE, part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR,
        organiser_first_name VARCHAR, organiser_last_name VARCHAR, organiser_birth_date DATE,
        booking_channel VARCHAR, is_corporate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), team_id INTEGER REFERENCES teams(team_id),
        game_master_id INTEGER, started_at TIMESTAMP, ended_at TIMESTAMP, players INTEGER, escaped BOOLEAN,
        hints_used INTEGER, amount_paid DOUBLE, rating INTEGER)""")
    team_names: dict[str, None] = {}
    while len(team_names) < 520:
        name = f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        team_names.setdefault(name if name not in team_names else f"{name} {rng.randint(2, 9)}", None)
    organisers = _unique_names(rng, 520)
    channels = ["website", "phone", "walk-in", "gift voucher"]
    teams = []
    for tid, (name, (first, last)) in enumerate(zip(team_names, organisers), start=1):
        teams.append((tid, name, first, last, _day(rng, dt.date(1962, 1, 1), dt.date(2006, 12, 31)),
                      rng.choices(channels, [56, 14, 9, 21])[0], rng.random() < 0.12))
    team_weights = [rng.choice([1, 1, 1, 2, 3]) for _ in teams]
    games = []
    for gid in range(1, 2301):
        day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        while day.weekday() < 4 and rng.random() < 0.45:
            day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        open_rooms = [r for r in ROOMS if r[7] <= day]
        room = rng.choices(open_rooms, [ROOM_WEIGHTS[r[0] - 1] for r in open_rooms])[0]
        team = rng.choices(teams, team_weights)[0]
        masters = [g for g in GAME_MASTERS if g[4] <= day]
        master = rng.choices(masters, [GM_WEIGHTS[g[0] - 1] for g in masters])[0]
        weekend = day.weekday() >= 5
        hour = rng.randint(10, 20) if weekend else rng.choices([12, 15, 17, 18, 19, 20], [1, 2, 4, 5, 5, 3])[0]
        started = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])))
        players = min(room[5], rng.choices([2, 3, 4, 5, 6, 7, 8], [14, 18, 26, 20, 14, 5, 3])[0])
        hints = rng.choices([0, 1, 2, 3, 4, 5, 6], [14, 20, 22, 18, 12, 8, 6])[0]
        chance = ESCAPE_RATE[room[3]] + 0.03 * (players - 4) - 0.02 * max(0, hints - 3)
        escaped = rng.random() < chance
        limit = room[4]
        minutes = rng.randint(int(limit * 0.55), limit - 1) if escaped else limit
        ended = started + dt.timedelta(minutes=minutes)
        paid = round(players * room[6] * (0.85 if team[6] else 1.0), 2)
        rating = None if rng.random() < 0.35 else rng.choices([1, 2, 3, 4, 5],
                                                               [1, 2, 6, 14, 22] if escaped else [3, 5, 10, 12, 8])[0]
        games.append((gid, room[0], team[0], master[0], started, ended, players, escaped, hints, paid, rating))
    games.sort(key=lambda g: g[4])
    games = [(i, *g[1:]) for i, g in enumerate(games, start=1)]
    _insert(con, "rooms", ROOMS)
    _insert(con, "game_masters", GAME_MASTERS)
    _insert(con, "teams", teams)
    _insert(con, "games", games)
    con.close()


# ------------------------------------------------------------------------------------------------- blood bank
TOWNS = {"Leeds": 9, "Bradford": 6, "York": 4, "Harrogate": 3, "Wakefield": 4}
BLOOD_GROUPS = {"O+": 35, "A+": 30, "B+": 8, "AB+": 2, "O-": 13, "A-": 8, "B-": 2, "AB-": 1}
SESSION_TYPES = {"community": 9, "workplace": 4, "university": 3, "donor centre": 5}
DEFERRAL_REASONS = {"low haemoglobin": (38, 90), "recent travel": (14, 120), "medication": (14, 14),
                    "illness": (20, 21), "new tattoo": (8, 120)}


def build_bloodbank(path: Path | str) -> None:
    """donors (650, birth_date, blood_group, home_town), sessions (2023-01 to 2025-03, town, session_type,
    venue_cost_gbp), donations (donated_at TIMESTAMP, donation_type, volume_ml, issued_to_hospital_on NULL while the
    unit is still in stock), deferrals (reason, deferred_until NULL for an indefinite deferral)."""
    rng = random.Random(11602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, blood_group VARCHAR, home_town VARCHAR,
        registered_on DATE, sms_reminders BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY, venue_name VARCHAR,
        town VARCHAR, session_type VARCHAR, session_date DATE, slots INTEGER, venue_cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), session_id INTEGER REFERENCES sessions(session_id),
        donated_at TIMESTAMP, donation_type VARCHAR, volume_ml INTEGER, haemoglobin_g_dl DOUBLE,
        adverse_reaction BOOLEAN, issued_to_hospital_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE deferrals(deferral_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), session_id INTEGER REFERENCES sessions(session_id),
        deferred_on DATE, reason VARCHAR, deferred_until DATE)""")
    donors = []
    for did, (first, last) in enumerate(_unique_names(rng, 650), start=1):
        born = _day(rng, dt.date(1958, 1, 1), dt.date(2006, 6, 30))
        registered = _day(rng, max(dt.date(2008, 1, 1), dt.date(born.year + 17, 1, 1)), dt.date(2024, 10, 31))
        donors.append((did, first, last, born, rng.choice(["F", "M"]),
                       rng.choices(list(BLOOD_GROUPS), list(BLOOD_GROUPS.values()))[0],
                       rng.choices(list(TOWNS), list(TOWNS.values()))[0], registered, rng.random() < 0.68))
    venues = {"community": "{} Community Hall", "workplace": "{} Business Park", "university": "{} University",
              "donor centre": "{} Donor Centre"}
    sessions = []
    for sid in range(1, 251):
        day = _day(rng, dt.date(2023, 1, 2), dt.date(2025, 3, 29))
        while day.weekday() == 6:
            day -= dt.timedelta(days=1)
        town = rng.choices(list(TOWNS), list(TOWNS.values()))[0]
        stype = rng.choices(list(SESSION_TYPES), list(SESSION_TYPES.values()))[0]
        if stype == "donor centre" and town not in ("Leeds", "Bradford"):
            stype = "community"
        cost = 0.0 if stype == "donor centre" else float(rng.randrange(120, 420, 10))
        sessions.append((sid, venues[stype].format(town), town, stype, day, rng.randrange(20, 50, 5), cost))
    sessions.sort(key=lambda s: s[4])
    sessions = [(i, *s[1:]) for i, s in enumerate(sessions, start=1)]
    donations, deferrals = [], []
    last_stock_day = dt.date(2025, 3, 31)
    for s in sessions:
        eligible = [d for d in donors if d[7] <= s[4]]
        local = [d for d in eligible if d[6] == s[2]]
        count = min(len(eligible), rng.randint(int(s[5] * 0.3), int(s[5] * 0.6)))
        chosen: dict[int, tuple] = {}
        while len(chosen) < count:
            d = rng.choice(local) if local and rng.random() < 0.75 else rng.choice(eligible)
            chosen.setdefault(d[0], d)
        for d in chosen.values():
            if rng.random() < 0.1:
                reason = rng.choices(list(DEFERRAL_REASONS), [v[0] for v in DEFERRAL_REASONS.values()])[0]
                if reason == "low haemoglobin" and d[4] == "M" and rng.random() < 0.5:
                    reason = "illness"
                days = DEFERRAL_REASONS[reason][1]
                until = None if rng.random() < 0.08 else s[4] + dt.timedelta(days=days + rng.randint(0, days // 2))
                deferrals.append((len(deferrals) + 1, d[0], s[0], s[4], reason, until))
                continue
            dtype = "whole blood"
            if s[3] == "donor centre":
                dtype = rng.choices(["whole blood", "plasma", "platelets"], [55, 25, 20])[0]
            volume = {"whole blood": rng.randint(455, 480), "plasma": rng.randint(600, 760),
                      "platelets": rng.randint(200, 300)}[dtype]
            hb = round(max(12.5 if d[4] == "F" else 13.5, rng.gauss(13.6 if d[4] == "F" else 14.9, 0.9)), 1)
            at = dt.datetime.combine(s[4], dt.time(rng.randint(9, 19), rng.randrange(60)))
            shelf = {"whole blood": 35, "plasma": 60, "platelets": 5}[dtype]
            issued = s[4] + dt.timedelta(days=rng.randint(1, shelf))
            if issued > last_stock_day or rng.random() < 0.03:
                issued = None
            donations.append((len(donations) + 1, d[0], s[0], at, dtype, volume, hb, rng.random() < 0.03, issued))
    _insert(con, "donors", donors)
    _insert(con, "sessions", sessions)
    _insert(con, "donations", donations)
    _insert(con, "deferrals", deferrals)
    con.close()


# ------------------------------------------------------------------------------------------------- bakery
PRODUCTS = [(1, "Sourdough loaf", "bread", 3.40, 1.10, True, 3, dt.date(2018, 3, 1)),
            (2, "Seeded rye loaf", "bread", 3.80, 1.30, True, 4, dt.date(2018, 3, 1)),
            (3, "White bloomer", "bread", 2.60, 0.80, True, 2, dt.date(2018, 3, 1)),
            (4, "Focaccia slab", "bread", 5.50, 1.90, True, 2, dt.date(2020, 5, 1)),
            (5, "Baguette", "bread", 1.70, 0.50, True, 1, dt.date(2018, 3, 1)),
            (6, "Butter croissant", "viennoiserie", 1.45, 0.48, False, 1, dt.date(2018, 3, 1)),
            (7, "Pain au chocolat", "viennoiserie", 1.65, 0.55, False, 1, dt.date(2018, 3, 1)),
            (8, "Almond croissant", "viennoiserie", 2.10, 0.80, False, 2, dt.date(2019, 9, 1)),
            (9, "Cinnamon bun", "viennoiserie", 1.90, 0.62, False, 2, dt.date(2019, 9, 1)),
            (10, "Cardamom knot", "viennoiserie", 2.00, 0.70, False, 2, dt.date(2023, 10, 2)),
            (11, "Lemon drizzle slice", "cake", 1.80, 0.55, False, 4, dt.date(2018, 3, 1)),
            (12, "Chocolate brownie", "cake", 1.95, 0.60, False, 5, dt.date(2018, 3, 1)),
            (13, "Carrot cake slice", "cake", 2.20, 0.75, False, 4, dt.date(2019, 2, 1)),
            (14, "Vegan banana bread", "cake", 2.05, 0.70, True, 5, dt.date(2021, 1, 11)),
            (15, "Victoria sponge (whole)", "cake", 14.00, 4.60, False, 3, dt.date(2018, 3, 1)),
            (16, "Oat and raisin cookie", "cookie", 1.10, 0.30, True, 7, dt.date(2018, 3, 1)),
            (17, "Double chocolate cookie", "cookie", 1.25, 0.38, False, 7, dt.date(2018, 3, 1)),
            (18, "Shortbread finger", "cookie", 0.90, 0.25, False, 10, dt.date(2020, 5, 1)),
            (19, "Sausage roll", "savoury", 2.40, 0.95, False, 2, dt.date(2018, 3, 1)),
            (20, "Cheese and onion pasty", "savoury", 2.80, 1.05, False, 2, dt.date(2019, 2, 1)),
            (21, "Spinach and feta swirl", "savoury", 2.60, 0.98, False, 2, dt.date(2022, 4, 4)),
            (22, "Vegan sausage roll", "savoury", 2.50, 1.00, True, 2, dt.date(2023, 1, 9))]
PRODUCT_WEIGHTS = [14, 7, 6, 4, 10, 16, 12, 6, 8, 4, 5, 7, 5, 4, 1, 5, 6, 3, 9, 6, 3, 4]
DISTRICTS = {"Old Town": 9, "Harbourside": 7, "University Quarter": 8, "Station Road": 5, "Riverside": 6}
CAFE_NAMES = ["Bean There", "The Daily Grind", "Kettle & Crumb", "Harbour Lights Cafe", "Pages Book Cafe",
              "Espresso Lane", "The Copper Pot", "Little Fig", "Steam Room Coffee", "Two Sisters Deli",
              "The Lookout", "Moss & Stone", "Brew Brothers", "Cafe Nero Station Road", "Cafe Nero Old Town",
              "Greggsy's Corner", "The Reading Room", "Saltwater Coffee", "Quay Street Kitchen", "Ground Control",
              "Bloom & Bake", "Tin Roof Cafe", "Campus Corner", "The Sidings", "Platform Nine Coffee",
              "Willow Tree Tearoom", "Anchor Coffee House", "Cuppa Joy", "Fern & Fig", "The Old Post Office",
              "Lantern Cafe", "Riverbank Roasters", "Costa Harbourside", "Costa University", "Lazy Sunday",
              "Pebble Cafe", "Honeycomb", "The Green Door", "Oak & Ivy", "Wheelhouse Coffee"]


def build_bakery(path: Path | str) -> None:
    """products (22, category, wholesale_price, unit_cost, is_vegan), cafes (40, district, owner names,
    payment_terms, is_chain), orders (2023-2024, ordered_at TIMESTAMP, delivery_date DATE, standing_order,
    delivery_fee, paid_on NULL while unpaid), order_items (quantity, unit_price charged, returned_qty,
    return_reason NULL when nothing was returned)."""
    rng = random.Random(11603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, wholesale_price DOUBLE, unit_cost DOUBLE, is_vegan BOOLEAN, shelf_life_days INTEGER,
        launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE cafes(cafe_id INTEGER PRIMARY KEY, cafe_name VARCHAR, district VARCHAR,
        owner_first_name VARCHAR, owner_last_name VARCHAR, customer_since DATE, payment_terms VARCHAR,
        is_chain BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        cafe_id INTEGER REFERENCES cafes(cafe_id), ordered_at TIMESTAMP, delivery_date DATE,
        standing_order BOOLEAN, delivery_fee DOUBLE, paid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE order_items(item_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), product_id INTEGER REFERENCES products(product_id),
        quantity INTEGER, unit_price DOUBLE, returned_qty INTEGER, return_reason VARCHAR)""")
    owners = _unique_names(rng, len(CAFE_NAMES))
    cafes = []
    for cid, (name, (first, last)) in enumerate(zip(CAFE_NAMES, owners), start=1):
        chain = name.startswith(("Cafe Nero", "Costa"))
        district = rng.choices(list(DISTRICTS), list(DISTRICTS.values()))[0]
        for word, place in (("Station", "Station Road"), ("Old Town", "Old Town"), ("Harbour", "Harbourside"),
                            ("University", "University Quarter"), ("Campus", "University Quarter")):
            if word in name:
                district = place
        since = _day(rng, dt.date(2017, 6, 1), dt.date(2024, 8, 31))
        terms = "30 days" if chain else rng.choices(["prepaid", "14 days", "30 days"], [4, 5, 2])[0]
        cafes.append((cid, name, district, first, last, since, terms, chain))
    cafe_weights = [4 if c[7] else rng.choice([1, 2, 2, 3]) for c in cafes]
    orders, items = [], []
    for _ in range(2900):
        delivery = _day(rng, dt.date(2023, 1, 2), dt.date(2024, 12, 31))
        while delivery.weekday() == 6:
            delivery = _day(rng, dt.date(2023, 1, 2), dt.date(2024, 12, 31))
        live = [c for c in cafes if c[5] <= delivery]
        cafe = rng.choices(live, [cafe_weights[c[0] - 1] for c in live])[0]
        ordered = dt.datetime.combine(delivery - dt.timedelta(days=1), dt.time(rng.randint(9, 21), rng.randrange(60)))
        fee = 0.0 if cafe[7] else rng.choice([4.5, 4.5, 6.0])
        if cafe[6] == "prepaid":
            paid = ordered.date()
        else:
            paid = delivery + dt.timedelta(days=rng.randint(2, 14 if cafe[6] == "14 days" else 30) + rng.choice(
                [0, 0, 0, 0, 5, 12, 30]))
        if paid > dt.date(2024, 12, 31) or rng.random() < 0.015:
            paid = None
        orders.append([None, cafe[0], ordered, delivery, rng.random() < 0.55, fee, paid])
    orders.sort(key=lambda o: o[2])
    for oid, order in enumerate(orders, start=1):
        order[0] = oid
        delivery = order[3]
        offered = [p for p in PRODUCTS if p[7] <= delivery]
        picks: dict[int, tuple] = {}
        for _ in range(rng.choices([1, 2, 3, 4, 5], [10, 25, 30, 22, 13])[0]):
            p = rng.choices(offered, [PRODUCT_WEIGHTS[p[0] - 1] for p in offered])[0]
            picks.setdefault(p[0], p)
        for p in picks.values():
            qty = rng.randint(1, 3) if p[0] == 15 else rng.randrange(6, 49, 6)
            price = round(p[3] * (1.06 if delivery.year == 2024 else 1.0), 2)
            returned, reason = 0, None
            if rng.random() < 0.09:
                returned = rng.randint(1, max(1, qty // 4))
                reason = rng.choices(["stale", "damaged", "wrong item", "surplus"], [9, 5, 2, 6])[0]
            items.append((len(items) + 1, oid, p[0], qty, price, returned, reason))
    _insert(con, "products", PRODUCTS)
    _insert(con, "cafes", cafes)
    _insert(con, "orders", [tuple(o) for o in orders])
    _insert(con, "order_items", items)
    con.close()


# ------------------------------------------------------------------------------------------------- run club
RUN_TYPES = {"easy": (40, 5.0, 10.0, 0.6), "long run": (14, 14.0, 32.0, 0.7), "tempo": (15, 6.0, 12.0, -0.35),
             "intervals": (12, 5.0, 10.0, -0.6), "recovery": (19, 3.0, 6.0, 1.1)}
PACE_GROUPS = {"beginner": (6.3, 2), "intermediate": (5.4, 3), "advanced": (4.6, 4)}
RACES = [(1, "Leeds 10K 2023", dt.date(2023, 3, 12), "Leeds", "10K", 10.0, 28.0),
         (2, "Harrogate Half Marathon 2023", dt.date(2023, 4, 2), "Harrogate", "half marathon", 21.1, 36.0),
         (3, "London Marathon 2023", dt.date(2023, 4, 23), "London", "marathon", 42.2, 79.0),
         (4, "Roundhay parkrun Summer Special 2023", dt.date(2023, 6, 17), "Leeds", "5K", 5.0, 8.0),
         (5, "York 10K 2023", dt.date(2023, 8, 6), "York", "10K", 10.0, 30.0),
         (6, "Great North Run 2023", dt.date(2023, 9, 10), "Newcastle", "half marathon", 21.1, 62.0),
         (7, "Yorkshire Marathon 2023", dt.date(2023, 10, 15), "York", "marathon", 42.2, 72.0),
         (8, "Abbey Dash 2023", dt.date(2023, 11, 19), "Leeds", "10K", 10.0, 32.0),
         (9, "Brass Monkey Half 2024", dt.date(2024, 1, 14), "York", "half marathon", 21.1, 35.0),
         (10, "Manchester Marathon 2024", dt.date(2024, 4, 14), "Manchester", "marathon", 42.2, 75.0),
         (11, "Leeds 10K 2024", dt.date(2024, 5, 12), "Leeds", "10K", 10.0, 29.0),
         (12, "Kirkstall 5K 2024", dt.date(2024, 6, 22), "Leeds", "5K", 5.0, 10.0),
         (13, "Great North Run 2024", dt.date(2024, 9, 8), "Newcastle", "half marathon", 21.1, 64.0),
         (14, "Yorkshire Marathon 2024", dt.date(2024, 10, 20), "York", "marathon", 42.2, 74.0),
         (15, "Abbey Dash 2024", dt.date(2024, 11, 17), "Leeds", "10K", 10.0, 33.0),
         (16, "Brass Monkey Half 2025", dt.date(2025, 1, 12), "York", "half marathon", 21.1, 37.0),
         (17, "Valentine's 5K 2025", dt.date(2025, 2, 15), "Harrogate", "5K", 5.0, 12.0)]


def build_runclub(path: Path | str) -> None:
    """camelCase columns. runners (110, birthYear, paceGroup, isCoach, annualFee), trainingRuns (2023-01 to
    2025-02, startedAt TIMESTAMP, distanceKm, durationMinutes, paceMinPerKm, runType, surface, avgHeartRate NULL
    without a watch), races (17, raceDate DATE, raceType, entryFee), raceResults (finishSeconds NULL for a
    did-not-finish, personalBest)."""
    rng = random.Random(11604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE runners("runnerId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, gender VARCHAR, "joinedDate" DATE, "paceGroup" VARCHAR,
        "isCoach" BOOLEAN, "annualFee" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "trainingRuns"("runId" INTEGER PRIMARY KEY,
        "runnerId" INTEGER REFERENCES runners("runnerId"), "startedAt" TIMESTAMP, "distanceKm" DOUBLE,
        "durationMinutes" DOUBLE, "paceMinPerKm" DOUBLE, "runType" VARCHAR, surface VARCHAR,
        "avgHeartRate" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE races("raceId" INTEGER PRIMARY KEY, "raceName" VARCHAR,
        "raceDate" DATE, city VARCHAR, "raceType" VARCHAR, "distanceKm" DOUBLE, "entryFee" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "raceResults"("resultId" INTEGER PRIMARY KEY,
        "raceId" INTEGER REFERENCES races("raceId"), "runnerId" INTEGER REFERENCES runners("runnerId"),
        "bibNumber" INTEGER, "finishSeconds" INTEGER, "personalBest" BOOLEAN)""")
    runners = []
    for rid, (first, last) in enumerate(_unique_names(rng, 110), start=1):
        group = rng.choices(list(PACE_GROUPS), [5, 8, 4])[0]
        coach = rid in (3, 17, 42, 66, 90)
        if coach:
            group = "advanced"
        born = rng.randint(1958, 2004)
        fee = 0.0 if coach else (30.0 if born >= 2000 or born <= 1959 else 48.0)
        runners.append((rid, first, last, born, rng.choice(["F", "M"]), _day(rng, dt.date(2014, 1, 1),
                                                                            dt.date(2024, 9, 30)),
                        group, coach, fee))
    base = {r[0]: PACE_GROUPS[r[6]][0] + (max(0, 2024 - r[3] - 40) * 0.02) + rng.uniform(-0.3, 0.3)
            for r in runners}
    runs = []
    end = dt.date(2025, 2, 28)
    for r in runners:
        start = max(dt.date(2023, 1, 1), r[5])
        weeks = (end - start).days / 7
        n = int(weeks * PACE_GROUPS[r[6]][1] * rng.uniform(0.1, 0.18))
        for _ in range(n):
            day = _day(rng, start, end)
            rtype = rng.choices(list(RUN_TYPES), [v[0] for v in RUN_TYPES.values()])[0]
            if day.weekday() == 6 and rng.random() < 0.6:
                rtype = "long run"
            _, lo, hi, delta = RUN_TYPES[rtype]
            dist = round(rng.uniform(lo, hi if r[6] != "beginner" else (lo + hi) / 2), 2)
            pace = round(max(3.4, base[r[0]] + delta + rng.gauss(0, 0.2)), 2)
            hour = rng.choice([8, 9, 10]) if day.weekday() >= 5 else rng.choice([6, 6, 7, 12, 17, 18, 18, 19])
            surface = rng.choices(["road", "trail", "track", "treadmill"], [60, 20, 5, 10])[0]
            if rtype == "intervals" and rng.random() < 0.6:
                surface = "track"
            hr = None if rng.random() < 0.22 else int(rng.gauss(150 if rtype in ("tempo", "intervals") else 138, 8))
            runs.append((None, r[0], dt.datetime.combine(day, dt.time(hour, rng.randrange(60))), dist,
                         round(dist * pace, 1), pace, rtype, surface, hr))
    runs.sort(key=lambda x: (x[2], x[1]))
    runs = [(i, *x[1:]) for i, x in enumerate(runs, start=1)]
    results = []
    for race in RACES:
        field = [r for r in runners if r[5] < race[2]]
        if race[4] == "marathon":
            field = [r for r in field if r[6] != "beginner"]
        entrants = rng.sample(field, min(len(field), {"marathon": 14, "half marathon": 26, "10K": 34,
                                                      "5K": 22}[race[4]] + rng.randint(-4, 4)))
        for k, r in enumerate(sorted(entrants, key=lambda x: x[0]), start=1):
            dnf = rng.random() < (0.07 if race[4] == "marathon" else 0.02)
            fade = {"marathon": 0.25, "half marathon": 0.0, "10K": -0.3, "5K": -0.45}[race[4]]
            seconds = None if dnf else int(race[5] * (base[r[0]] + fade + rng.gauss(0, 0.15)) * 60)
            results.append((len(results) + 1, race[0], r[0], 100 + k * rng.randint(3, 9), seconds,
                            not dnf and rng.random() < 0.24))
    _insert(con, "runners", runners)
    _insert(con, "trainingRuns", runs)
    _insert(con, "races", RACES)
    _insert(con, "raceResults", results)
    con.close()


# ------------------------------------------------------------------------------------------------- makerspace
TOOLS = [(1, "Prusa MK4 printer A", "3D printing", 3.0, 1100.0, dt.date(2023, 4, 3), True, None),
         (2, "Prusa MK4 printer B", "3D printing", 3.0, 1100.0, dt.date(2023, 4, 3), True, None),
         (3, "Ultimaker 2+ printer", "3D printing", 2.5, 2200.0, dt.date(2018, 9, 10), True, dt.date(2023, 9, 29)),
         (4, "Bambu X1 printer", "3D printing", 4.0, 1450.0, dt.date(2024, 2, 12), True, None),
         (5, "Resin printer", "3D printing", 5.0, 780.0, dt.date(2021, 6, 1), True, None),
         (6, "Glowforge laser cutter", "laser cutting", 8.0, 5600.0, dt.date(2019, 1, 21), True, None),
         (7, "Trotec laser cutter", "laser cutting", 12.0, 14500.0, dt.date(2022, 11, 7), True, None),
         (8, "Vinyl cutter", "laser cutting", 3.0, 420.0, dt.date(2019, 1, 21), False, None),
         (9, "Bandsaw", "woodwork", 4.0, 890.0, dt.date(2018, 9, 10), True, None),
         (10, "Scroll saw", "woodwork", 2.0, 310.0, dt.date(2018, 9, 10), True, dt.date(2024, 6, 28)),
         (11, "Pillar drill", "woodwork", 2.5, 540.0, dt.date(2018, 9, 10), True, None),
         (12, "Wood lathe", "woodwork", 4.5, 1250.0, dt.date(2020, 3, 2), True, None),
         (13, "Router table", "woodwork", 3.5, 620.0, dt.date(2021, 6, 1), True, None),
         (14, "Hand tool bench", "woodwork", 0.0, 350.0, dt.date(2018, 9, 10), False, None),
         (15, "Soldering station 1", "electronics", 1.0, 120.0, dt.date(2018, 9, 10), False, None),
         (16, "Soldering station 2", "electronics", 1.0, 120.0, dt.date(2018, 9, 10), False, None),
         (17, "Oscilloscope", "electronics", 2.0, 480.0, dt.date(2020, 3, 2), False, None),
         (18, "PCB mill", "electronics", 5.0, 2600.0, dt.date(2022, 11, 7), True, None),
         (19, "Sewing machine A", "textiles", 1.5, 340.0, dt.date(2019, 1, 21), False, None),
         (20, "Sewing machine B", "textiles", 1.5, 340.0, dt.date(2019, 1, 21), False, None),
         (21, "Overlocker", "textiles", 2.0, 560.0, dt.date(2021, 6, 1), True, None),
         (22, "Embroidery machine", "textiles", 4.0, 1900.0, dt.date(2023, 4, 3), True, None),
         (23, "Heat press", "textiles", 2.5, 390.0, dt.date(2020, 3, 2), True, dt.date(2024, 11, 15)),
         (24, "CNC router", "woodwork", 10.0, 7800.0, dt.date(2022, 11, 7), True, None)]
TOOL_WEIGHTS = [9, 8, 4, 7, 4, 9, 6, 3, 4, 2, 3, 3, 2, 3, 5, 4, 2, 2, 6, 5, 3, 3, 2, 3]
PURPOSES = {"personal project": 40, "school work": 14, "small business": 12, "repair": 18, "community group": 8}


def build_makerspace(path: Path | str) -> None:
    """tools (24, category, hourly_rate, purchase_price, needs_induction, retired_on NULL while in service),
    members (380, birth_date, membership_type, safety_inducted), bookings (2023-2024, starts_at/ends_at TIMESTAMP,
    attended, fee_charged, purpose), incidents (reported_at TIMESTAMP, incident_type, severity, resolved_on NULL
    while open, repair_cost NULL when nothing was repaired)."""
    rng = random.Random(11605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tools(tool_id INTEGER PRIMARY KEY, tool_name VARCHAR, category VARCHAR,
        hourly_rate DOUBLE, purchase_price DOUBLE, purchased_on DATE, needs_induction BOOLEAN, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, safety_inducted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), tool_id INTEGER REFERENCES tools(tool_id),
        starts_at TIMESTAMP, ends_at TIMESTAMP, attended BOOLEAN, fee_charged DOUBLE, purpose VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY,
        booking_id INTEGER REFERENCES bookings(booking_id), tool_id INTEGER REFERENCES tools(tool_id),
        reported_at TIMESTAMP, incident_type VARCHAR, severity VARCHAR, resolved_on DATE, repair_cost DOUBLE)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, 380), start=1):
        born = _day(rng, dt.date(1944, 1, 1), dt.date(2011, 12, 31))
        age = 2024 - born.year
        mtype = "youth" if age < 18 else "senior" if age >= 65 else (
            "student" if age <= 24 and rng.random() < 0.7 else "adult")
        members.append((mid, first, last, born, mtype, _day(rng, dt.date(2019, 1, 1), dt.date(2024, 10, 31)),
                        rng.random() < 0.72))
    discount = {"youth": 0.5, "student": 0.5, "senior": 0.5, "adult": 1.0}
    bookings = []
    for _ in range(3400):
        day = _day(rng, dt.date(2023, 1, 3), dt.date(2024, 12, 31))
        while day.weekday() == 0:
            day = _day(rng, dt.date(2023, 1, 3), dt.date(2024, 12, 31))
        in_service = [t for t in TOOLS if t[5] <= day and (t[7] is None or t[7] > day)]
        tool = rng.choices(in_service, [TOOL_WEIGHTS[t[0] - 1] for t in in_service])[0]
        pool = [m for m in members if m[5] <= day and (m[6] or not tool[6])]
        member = rng.choice(pool)
        closing = 17 if day.weekday() >= 5 else 21
        hour = rng.choices(range(10, closing - 1), [3, 4, 4, 5, 5, 4, 4, 6, 7, 5][:closing - 11])[0]
        start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30])))
        hours = min(rng.choices([1, 1.5, 2, 3, 4], [30, 15, 30, 15, 10])[0], closing - start.hour - 0.5)
        purpose = rng.choices(list(PURPOSES), list(PURPOSES.values()))[0]
        if member[4] == "youth" and purpose == "small business":
            purpose = "school work"
        bookings.append([None, member[0], tool[0], start, start + dt.timedelta(minutes=int(hours * 60)),
                         rng.random() < 0.89, round(hours * tool[3] * discount[member[4]], 2), purpose])
    bookings.sort(key=lambda b: (b[3], b[2]))
    for bid, b in enumerate(bookings, start=1):
        b[0] = bid
    attended = [b for b in bookings if b[5]]
    incidents = []
    for b in sorted(rng.sample(attended, 170), key=lambda x: x[0]):
        tool = TOOLS[b[2] - 1]
        kind = rng.choices(["damage", "malfunction", "injury", "misuse"], [5, 7, 2, 3])[0]
        severity = rng.choices(["minor", "moderate", "serious"], [10, 5, 1 if kind != "injury" else 2])[0]
        reported = b[4] - dt.timedelta(minutes=rng.randint(0, 50))
        fix_days = {"minor": 5, "moderate": 16, "serious": 40}[severity]
        resolved = reported.date() + dt.timedelta(days=rng.randint(0, fix_days))
        if resolved > dt.date(2024, 12, 31) or rng.random() < 0.04:
            resolved = None
        cost = None
        if kind in ("damage", "malfunction") and rng.random() < 0.75:
            cost = round(min(tool[4] * 0.4, {"minor": 25, "moderate": 120, "serious": 450}[severity]
                             * rng.uniform(0.4, 1.6)), 2)
        incidents.append((len(incidents) + 1, b[0], b[2], reported, kind, severity, resolved, cost))
    _insert(con, "tools", TOOLS)
    _insert(con, "members", members)
    _insert(con, "bookings", [tuple(b) for b in bookings])
    _insert(con, "incidents", incidents)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "escaperoom": build_escaperoom,
    "bloodbank": build_bloodbank,
    "bakery": build_bakery,
    "runclub": build_runclub,
    "makerspace": build_makerspace,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval116-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval116-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval116-dbs"))
