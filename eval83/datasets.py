"""Builders of the eighty-third held-out evaluation corpus: five DuckDB files in leisure and small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `skischool.duckdb`: a ski school's instructors (birth date), pupils (birth year), lessons (by level) and lift passes
  sold (pupil link only implied by its name)
- `phonerepair.duckdb`: a phone repair shop's technicians (birth date), devices, repair tickets (NULL return date
  while still in the shop) and parts used
- `communityradio.duckdb`: a community radio station's presenters (birth year), shows, broadcasts and music plays
  (camelCase columns; NULL listener count when the meter was off)
- `winery.duckdb`: a vineyard winery's blocks (grape variety), picks in tonnes, barrels (NULL emptied date while still
  ageing) and bottlings
- `kennel.duckdb`: a boarding kennel's owners, dogs (breed, birth year), stays (NULL check-out while still boarding)
  and walks

Usage:
    python eval83/datasets.py OUTDIR

Example:
    >>> from eval83.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval83-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['communityradio.duckdb', 'kennel.duckdb', 'phonerepair.duckdb', 'skischool.duckdb', 'winery.duckdb']
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


FIRST = ["Agnes", "Bruno", "Chloe", "Dmitri", "Elodie", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Katja", "Luca",
         "Maelle", "Nico", "Oskar", "Paula", "Quentin", "Romy", "Sven", "Tilda", "Ugo", "Vera", "Wim", "Zoe"]
LAST = ["Abbott", "Brunner", "Castell", "Dufour", "Egger", "Fischer", "Gasser", "Huber", "Imhof", "Jaccard",
        "Keller", "Lambert", "Moser", "Novak", "Ortiz", "Perrin", "Roux", "Steiner", "Thalmann", "Vogel", "Weber",
        "Zanetti"]


# ---------------------------------------------------------------------------------------------- ski school
def _ski_day(rng: random.Random) -> dt.date:
    """A day in one of the three winter seasons (Dec..Apr) from Dec 2022 to Apr 2025."""
    while True:
        day = _day(rng, dt.date(2022, 12, 1), (dt.date(2025, 4, 30) - dt.date(2022, 12, 1)).days + 1)
        if day.month in (12, 1, 2, 3, 4):
            return day


def build_skischool(path: Path | str) -> None:
    """instructors (14, birth_date), pupils (300, birth_year), lessons (~2000), lift_passes (~900, pupil_id only
    implied)."""
    rng = random.Random(8301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, qualification VARCHAR, speaks_english BOOLEAN, hourly_rate_eur DOUBLE,
        hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, home_country VARCHAR, has_own_equipment BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), pupil_id INTEGER REFERENCES pupils(pupil_id),
        starts_at TIMESTAMP, discipline VARCHAR, level VARCHAR, duration_min INTEGER, is_private BOOLEAN,
        price_eur DOUBLE, cancelled BOOLEAN, pupil_rating INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE lift_passes(pass_id INTEGER PRIMARY KEY, pupil_id INTEGER,
        pass_type VARCHAR, sold_at TIMESTAMP, valid_from DATE, valid_to DATE, price_eur DOUBLE,
        sales_channel VARCHAR, insurance_included BOOLEAN)""")
    quals = ["level 1"] * 4 + ["level 2"] * 5 + ["level 3"] * 3 + ["level 4"] * 2
    instructors = [(iid, f, ln, _day(rng, dt.date(1968, 1, 1), 12000), quals[iid - 1], rng.random() < 0.7,
                    round(45 + 12 * int(quals[iid - 1][-1]) + rng.uniform(-6, 6), 2), _day(rng, dt.date(2008, 1, 1),
                                                                                         5000))
                   for iid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    countries = ["UK", "UK", "France", "Germany", "Netherlands", "Belgium", "Switzerland"]
    pupils = [(pid, f, ln, rng.randint(1958, 2019), rng.choice(countries), rng.random() < 0.35,
               _day(rng, dt.date(2022, 10, 1), 900))
              for pid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1)]
    levels = ["beginner"] * 5 + ["intermediate"] * 3 + ["advanced"] * 2
    lessons = []
    for lid in range(1, 2101):
        ins = rng.choice(instructors)
        pup = rng.choice(pupils)
        day = _ski_day(rng)
        private = rng.random() < 0.3
        duration = rng.choice([60, 90, 120, 180]) if private else rng.choice([120, 180, 240])
        price = round(duration / 60 * (ins[6] if private else ins[6] * 0.4) * rng.uniform(0.95, 1.05), 2)
        cancelled = rng.random() < 0.07
        rating = None if cancelled or rng.random() < 0.25 else rng.choices([2, 3, 4, 5], [1, 3, 8, 10])[0]
        lessons.append((lid, ins[0], pup[0], _moment(rng, day, 9, 15), "snowboard" if rng.random() < 0.3 else "ski",
                        rng.choice(levels), duration, private, price, cancelled, rating))
    passes = []
    prices = {"half day": 38.0, "day": 59.0, "6-day": 289.0, "season": 899.0}
    for pid in range(1, 951):
        pup = rng.choice(pupils)
        ptype = rng.choices(list(prices), [2, 6, 4, 1])[0]
        day = _ski_day(rng)
        valid_from = day if ptype != "season" else dt.date(day.year if day.month == 12 else day.year - 1, 12, 1)
        valid_to = {"half day": valid_from, "day": valid_from, "6-day": valid_from + dt.timedelta(days=5),
                    "season": dt.date(valid_from.year + 1, 4, 20)}[ptype]
        age = day.year - pup[3]
        factor = 0.6 if age < 16 else 0.8 if age >= 65 else 1.0
        passes.append((pid, pup[0], ptype, _moment(rng, day, 7, 16), valid_from, valid_to,
                       round(prices[ptype] * factor * (1.04 if day.year >= 2024 else 1.0), 2),
                       rng.choice(["online", "online", "ticket office", "hotel desk"]), rng.random() < 0.4))
    _insert(con, "instructors", instructors)
    _insert(con, "pupils", pupils)
    _insert(con, "lessons", lessons)
    _insert(con, "lift_passes", passes)
    con.close()


# ---------------------------------------------------------------------------------------------- phone repair
FAULTS = {"cracked screen": (55, 2), "battery": (35, 1), "charging port": (30, 2), "water damage": (70, 6),
          "camera": (45, 3), "software": (25, 1)}
PARTS = {"cracked screen": [("screen assembly", 60, 190), ("adhesive kit", 3, 8)],
         "battery": [("battery", 18, 45), ("adhesive kit", 3, 8)], "charging port": [("charging port flex", 8, 25)],
         "water damage": [("logic board", 90, 260), ("charging port flex", 8, 25)],
         "camera": [("rear camera module", 30, 95)], "software": []}


def build_phonerepair(path: Path | str) -> None:
    """technicians (9, birth_date), devices (~700), repair_tickets (~1200, returned_on NULL while still in the
    shop), parts_used (declared FK to tickets)."""
    rng = random.Random(8302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, branch VARCHAR, apple_certified BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE devices(device_id INTEGER PRIMARY KEY, brand VARCHAR, model VARCHAR,
        device_type VARCHAR, release_year INTEGER, owner_name VARCHAR, owner_email VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE repair_tickets(ticket_id INTEGER PRIMARY KEY,
        device_id INTEGER REFERENCES devices(device_id), technician_id INTEGER REFERENCES technicians(technician_id),
        received_at TIMESTAMP, fault_type VARCHAR, express_service BOOLEAN, returned_on DATE, labour_gbp DOUBLE,
        under_warranty BOOLEAN, customer_paid_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE parts_used(part_use_id INTEGER PRIMARY KEY,
        ticket_id INTEGER REFERENCES repair_tickets(ticket_id), part_name VARCHAR, quantity INTEGER,
        unit_cost_gbp DOUBLE, supplier VARCHAR)""")
    branches = ["High Street"] * 4 + ["Station Road"] * 3 + ["Market Square"] * 2
    technicians = [(tid, f, ln, _day(rng, dt.date(1975, 1, 1), 9500), branches[tid - 1], rng.random() < 0.5,
                    _day(rng, dt.date(2015, 1, 1), 2800))
                   for tid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1)]
    models = {"Apple": [("iPhone 12", 2020), ("iPhone 13", 2021), ("iPhone 14", 2022), ("iPhone 15", 2023),
                        ("iPad Air", 2022)],
              "Samsung": [("Galaxy S21", 2021), ("Galaxy S22", 2022), ("Galaxy S23", 2023), ("Galaxy A54", 2023),
                          ("Galaxy Tab S8", 2022)],
              "Google": [("Pixel 6", 2021), ("Pixel 7", 2022), ("Pixel 8", 2023)],
              "Xiaomi": [("Redmi Note 12", 2023), ("Xiaomi 13", 2023)],
              "OnePlus": [("OnePlus 11", 2023), ("Nord 3", 2023)]}
    brand_weights = {"Apple": 5, "Samsung": 4, "Google": 2, "Xiaomi": 1.5, "OnePlus": 1}
    devices = []
    for did, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        brand = rng.choices(list(brand_weights), list(brand_weights.values()))[0]
        model, year = rng.choice(models[brand])
        dtype = "tablet" if "iPad" in model or "Tab" in model else "phone"
        devices.append((did, brand, model, dtype, year, f"{f} {ln}", f"{f.lower()}.{ln.lower()}{did}@mail.example"))
    tickets, parts = [], []
    start, end = dt.date(2023, 1, 1), dt.date(2025, 3, 31)
    for tid in range(1, 1301):
        dev = rng.choice(devices)
        tech = rng.choice(technicians)
        received = _moment(rng, _day(rng, start, (end - start).days + 1), 9, 17)
        fault = rng.choices(list(FAULTS), [6, 4, 3, 1.5, 1.5, 2])[0]
        labour, days = FAULTS[fault]
        express = rng.random() < 0.2
        turnaround = max(0, (0 if express else days) + rng.randint(0, 4 if not express else 1))
        returned = received.date() + dt.timedelta(days=turnaround)
        if returned > end or rng.random() < 0.015:
            returned = None
        warranty = rng.random() < 0.15
        labour_gbp = round(labour * (1.5 if express else 1.0) * rng.uniform(0.9, 1.1), 2)
        cost = 0.0
        for pname, lo, hi in PARTS[fault]:
            if rng.random() < 0.92:
                qty = 1 if pname != "adhesive kit" else rng.randint(1, 2)
                unit = round(rng.uniform(lo, hi) * (1.3 if dev[1] == "Apple" else 1.0), 2)
                cost += qty * unit
                parts.append((len(parts) + 1, tid, pname, qty, unit,
                              rng.choice(["MobileSentrix", "iFixit Pro", "PartsHub"])))
        paid = None if returned is None else (0.0 if warranty else round((labour_gbp + cost) * 1.25, 2))
        tickets.append((tid, dev[0], tech[0], received, fault, express, returned, labour_gbp, warranty, paid))
    _insert(con, "technicians", technicians)
    _insert(con, "devices", devices)
    _insert(con, "repair_tickets", tickets)
    _insert(con, "parts_used", parts)
    con.close()


# ---------------------------------------------------------------------------------------------- community radio
SHOWS = [(1, "Breakfast Brew", "music", 1, 7, 180), (2, "Folk Roots", "music", 2, 19, 120),
         (3, "Local Matters", "talk", 3, 12, 60), (4, "Late Night Jazz", "music", 4, 22, 120),
         (5, "Bassline Sessions", "music", 5, 21, 120), (6, "Sports Roundup", "talk", 6, 17, 60),
         (7, "Town Hall News", "news", 7, 8, 30), (8, "Saturday Rock Block", "music", 8, 14, 180),
         (9, "Kids Corner", "talk", 9, 10, 60), (10, "Hip Hop Hour", "music", 10, 20, 60),
         (11, "Gardeners Question Time", "talk", 11, 11, 60), (12, "Sunday Classics", "music", 12, 9, 120)]
SHOW_GENRES = {1: ["pop", "rock", "indie"], 2: ["folk"], 4: ["jazz"], 5: ["electronic"], 8: ["rock", "indie"],
               10: ["hip hop"], 12: ["classical"], 3: ["pop"], 6: ["rock"], 9: ["pop"], 11: ["folk"], 7: []}
ARTISTS = {"pop": ["Dua Lipa", "Harry Styles", "Lizzo", "Olivia Rodrigo"],
           "rock": ["Foo Fighters", "Arctic Monkeys", "Queens of the Stone Age"],
           "indie": ["Wet Leg", "Fontaines D.C.", "Phoebe Bridgers"],
           "folk": ["Laura Marling", "Sam Lee", "Kate Rusby"], "jazz": ["Nubya Garcia", "Kamasi Washington"],
           "electronic": ["Bicep", "Floating Points", "Jon Hopkins"], "hip hop": ["Little Simz", "Kendrick Lamar"],
           "classical": ["Sheku Kanneh-Mason", "Nicola Benedetti"]}


def build_communityradio(path: Path | str) -> None:
    """presenters (12, birthYear), shows (12), broadcasts (2023-2024, listenerCount NULL when the meter was off),
    musicPlays (camelCase columns throughout)."""
    rng = random.Random(8303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE presenters("presenterId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "isVolunteer" BOOLEAN, "joinedOn" DATE, "homeTown" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE shows("showId" INTEGER PRIMARY KEY, "showName" VARCHAR,
        "showFormat" VARCHAR, "presenterId" INTEGER REFERENCES presenters("presenterId"), "weekday" INTEGER,
        "slotHour" INTEGER, "slotMinutes" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE broadcasts("broadcastId" INTEGER PRIMARY KEY,
        "showId" INTEGER REFERENCES shows("showId"), "airedAt" TIMESTAMP, "durationMin" INTEGER,
        "listenerCount" INTEGER, "isLive" BOOLEAN, "guestCount" INTEGER, "donationsGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "musicPlays"("playId" INTEGER PRIMARY KEY,
        "broadcastId" INTEGER REFERENCES broadcasts("broadcastId"), "artistName" VARCHAR, "trackTitle" VARCHAR,
        "genre" VARCHAR, "trackSeconds" INTEGER, "isLocalArtist" BOOLEAN, "requestedByListener" BOOLEAN)""")
    towns = ["Kendal", "Penrith", "Keswick", "Ambleside"]
    presenters = [(pid, f, ln, rng.randint(1950, 2003), rng.random() < 0.75, _day(rng, dt.date(2012, 1, 1), 4000),
                   rng.choice(towns)) for pid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1)]
    weekday = {}
    shows = []
    for sid, name, fmt, pid, hour, minutes in SHOWS:
        weekday[sid] = rng.randint(0, 6)
        shows.append((sid, name, fmt, pid, weekday[sid], hour, minutes))
    popularity = {1: 420, 2: 160, 3: 210, 4: 120, 5: 140, 6: 230, 7: 300, 8: 260, 9: 110, 10: 150, 11: 180, 12: 170}
    broadcasts, plays = [], []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        for sid, _name, fmt, _pid, hour, minutes in SHOWS:
            if sid not in (1, 7) and day.weekday() != weekday[sid]:
                continue
            if sid in (1, 7) and day.weekday() >= 5:
                continue
            if rng.random() < 0.06:
                continue
            aired = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 0, 2, 5])))
            live = rng.random() < (0.9 if fmt != "music" else 0.7)
            growth = 1.0 + 0.15 * (day.year - 2023) + 0.1 * (day.month in (11, 12, 1))
            listeners = None if rng.random() < 0.05 else int(popularity[sid] * growth * rng.uniform(0.6, 1.4))
            guests = rng.choice([0, 1, 1, 2, 3]) if fmt == "talk" else rng.choice([0, 0, 0, 1])
            donations = round(rng.uniform(0, 80), 2) if live and rng.random() < 0.4 else 0.0
            bid = len(broadcasts) + 1
            broadcasts.append((bid, sid, aired, minutes + rng.choice([0, 0, 0, -2, 3]), listeners, live, guests,
                               donations))
            genres = SHOW_GENRES[sid]
            n = 0 if not genres else (minutes // 15 if fmt == "music" else rng.randint(0, 3))
            for _ in range(n):
                genre = rng.choice(genres)
                artist = rng.choice(ARTISTS[genre] + (["The Kendal Ramblers"] if genre == "folk" else []))
                plays.append((len(plays) + 1, bid, artist, f"Track {rng.randint(1, 40)}", genre,
                              rng.randint(150, 420) if genre != "classical" else rng.randint(300, 900),
                              artist == "The Kendal Ramblers" or rng.random() < 0.08, rng.random() < 0.1))
        day += dt.timedelta(days=1)
    _insert(con, "presenters", presenters)
    _insert(con, "shows", shows)
    _insert(con, "broadcasts", broadcasts)
    _insert(con, "musicPlays", plays)
    con.close()


# ---------------------------------------------------------------------------------------------- winery
BLOCKS = [(1, "North Slope", "Pinot Noir", 2.4, "north", 2004, False),
          (2, "Chapel Row", "Chardonnay", 3.1, "south", 2001, True),
          (3, "Old Vines", "Pinot Noir", 1.6, "south", 1989, False),
          (4, "River Flat", "Sauvignon Blanc", 4.2, "east", 2010, True),
          (5, "Top Terrace", "Syrah", 1.9, "west", 2008, False),
          (6, "Quarry Field", "Riesling", 2.7, "east", 2012, True),
          (7, "Long Acre", "Chardonnay", 3.6, "west", 2015, True),
          (8, "Hermit Hill", "Syrah", 2.2, "south", 1998, False),
          (9, "Willow Bank", "Merlot", 2.9, "north", 2017, True),
          (10, "Stone Wall", "Merlot", 1.4, "south", 2019, False)]
COLOUR = {"Pinot Noir": "red", "Syrah": "red", "Merlot": "red", "Chardonnay": "white", "Sauvignon Blanc": "white",
          "Riesling": "white"}


def build_winery(path: Path | str) -> None:
    """blocks (10, grape_variety), picks (harvests 2022-2024, tonnes), barrels (emptied_on NULL while still ageing),
    bottlings (2023-2025)."""
    rng = random.Random(8304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE blocks(block_id INTEGER PRIMARY KEY, block_name VARCHAR,
        grape_variety VARCHAR, wine_colour VARCHAR, area_ha DOUBLE, aspect VARCHAR, planted_year INTEGER,
        irrigated BOOLEAN, organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE picks(pick_id INTEGER PRIMARY KEY, block_id INTEGER REFERENCES
        blocks(block_id), picked_at TIMESTAMP, tonnes DOUBLE, sugar_brix DOUBLE, hand_picked BOOLEAN,
        crew_size INTEGER, picking_cost_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE barrels(barrel_id INTEGER PRIMARY KEY, pick_id INTEGER REFERENCES
        picks(pick_id), oak_origin VARCHAR, toast VARCHAR, capacity_litres INTEGER, filled_on DATE, emptied_on DATE,
        new_oak BOOLEAN, barrel_cost_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bottlings(bottling_id INTEGER PRIMARY KEY, barrel_id INTEGER REFERENCES
        barrels(barrel_id), bottled_on DATE, bottles_filled INTEGER, bottle_size_ml INTEGER, closure VARCHAR,
        price_per_bottle_eur DOUBLE, reserve BOOLEAN)""")
    blocks = [(*b[:3], COLOUR[b[2]], *b[3:], rng.random() < 0.4) for b in BLOCKS]
    picks, barrels, bottlings = [], [], []
    for year in (2022, 2023, 2024):
        vintage = {2022: 1.0, 2023: 1.15, 2024: 0.85}[year]
        for blk in blocks:
            white = blk[3] == "white"
            for _ in range(rng.randint(5, 9)):
                day = dt.date(year, 9, 1) + dt.timedelta(days=rng.randint(0 if white else 12, 40 if white else 55))
                hand = blk[6] < 2000 or rng.random() < 0.55
                tonnes = round(blk[4] * vintage * rng.uniform(0.6, 1.5), 2)
                crew = rng.randint(6, 18) if hand else rng.randint(1, 3)
                picks.append((len(picks) + 1, blk[0], _moment(rng, day, 6, 13), tonnes,
                              round(rng.uniform(19.5, 24.5) + (0.8 if not white else 0), 1), hand, crew,
                              round(tonnes * (210 if hand else 95) * rng.uniform(0.9, 1.1), 2)))
    for pick in picks:
        litres = pick[3] * 700
        n = max(1, int(litres // 900 * rng.uniform(0.25, 0.45)))
        for _ in range(n):
            filled = pick[2].date() + dt.timedelta(days=rng.randint(10, 40))
            months = rng.randint(8, 22) if blocks[pick[1] - 1][3] == "red" else rng.randint(5, 11)
            emptied = filled + dt.timedelta(days=months * 30 + rng.randint(0, 20))
            if emptied > dt.date(2025, 5, 31):
                emptied = None
            origin = rng.choices(["French", "American", "Hungarian"], [6, 3, 1])[0]
            new = rng.random() < 0.3
            capacity = rng.choice([225, 225, 225, 228, 300, 500])
            barrels.append((len(barrels) + 1, pick[0], origin, rng.choice(["light", "medium", "medium plus", "heavy"]),
                            capacity, filled, emptied, new,
                            round((950 if origin == "French" else 480 if origin == "American" else 700)
                                  * capacity / 225 * (1.0 if new else 0.0) + (0 if new else rng.uniform(60, 150)),
                                  2)))
    for barrel in barrels:
        if barrel[6] is None:
            continue
        bottled = barrel[6] + dt.timedelta(days=rng.randint(1, 14))
        size = rng.choices([750, 1500, 375], [10, 1, 1])[0]
        reserve = barrel[7] and rng.random() < 0.6
        bottlings.append((len(bottlings) + 1, barrel[0], bottled, int(barrel[4] * 0.95 * 1000 / size), size,
                          rng.choice(["cork", "cork", "screwcap"]),
                          round(rng.uniform(14, 26) * (1.6 if reserve else 1.0) * size / 750, 2), reserve))
    _insert(con, "blocks", blocks)
    _insert(con, "picks", picks)
    _insert(con, "barrels", barrels)
    _insert(con, "bottlings", bottlings)
    con.close()


# ---------------------------------------------------------------------------------------------- kennel
BREEDS = {"Labrador": "large", "Cocker Spaniel": "medium", "Border Collie": "medium", "Dachshund": "small",
          "German Shepherd": "large", "French Bulldog": "small", "Jack Russell": "small", "Golden Retriever": "large",
          "Whippet": "medium", "Cockapoo": "medium"}
DOG_NAMES = ["Bella", "Max", "Luna", "Teddy", "Daisy", "Alfie", "Poppy", "Milo", "Bonnie", "Buster", "Rosie",
             "Archie", "Willow", "Otis", "Hazel", "Biscuit", "Pepper", "Scout", "Maisie", "Rolo"]
ROOM_RATE = {"standard": 28.0, "deluxe": 39.0, "suite": 55.0}


def build_kennel(path: Path | str) -> None:
    """owners (160), dogs (230, birth_year), stays (2023-01..2025-02, check_out_on NULL while still boarding), walks."""
    rng = random.Random(8305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, town VARCHAR, phone VARCHAR, loyalty_member BOOLEAN, first_visit_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE dogs(dog_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES
        owners(owner_id), dog_name VARCHAR, breed VARCHAR, size VARCHAR, birth_year INTEGER, sex VARCHAR,
        neutered BOOLEAN, weight_kg DOUBLE, vaccinated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stays(stay_id INTEGER PRIMARY KEY, dog_id INTEGER REFERENCES
        dogs(dog_id), check_in_at TIMESTAMP, check_out_on DATE, room_type VARCHAR, nightly_rate_gbp DOUBLE,
        needs_medication BOOLEAN, booked_via VARCHAR, total_charged_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE walks(walk_id INTEGER PRIMARY KEY, stay_id INTEGER REFERENCES
        stays(stay_id), walked_at TIMESTAMP, distance_km DOUBLE, duration_min INTEGER, walker VARCHAR,
        off_lead BOOLEAN, weather VARCHAR)""")
    towns = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Otley"]
    owners = [(oid, f, ln, rng.choice(towns), f"07{rng.randint(100000000, 999999999)}", rng.random() < 0.3,
               _day(rng, dt.date(2018, 1, 1), 2500))
              for oid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1)]
    dogs = []
    for did in range(1, 231):
        breed = rng.choice(list(BREEDS))
        size = BREEDS[breed]
        weight = {"small": (5, 12), "medium": (10, 22), "large": (25, 42)}[size]
        dogs.append((did, rng.randint(1, 160), rng.choice(DOG_NAMES), breed, size, rng.randint(2009, 2023),
                     rng.choice(["male", "female"]), rng.random() < 0.7, round(rng.uniform(*weight), 1),
                     rng.random() < 0.95))
    stays, walks = [], []
    end = dt.date(2025, 2, 28)
    walkers = ["Amy", "Ben", "Carla", "Dev", "Ella"]
    for sid in range(1, 901):
        dog = rng.choice(dogs)
        check_in = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        nights = rng.choice([1, 2, 3, 3, 4, 5, 7, 7, 10, 14])
        check_out = check_in + dt.timedelta(days=nights)
        room = rng.choices(list(ROOM_RATE), [6, 3, 1])[0]
        rate = round(ROOM_RATE[room] * (1.08 if check_in.year >= 2024 else 1.0) * (1.2 if dog[4] == "large" else 1),
                     2)
        open_stay = check_out > end
        medication = rng.random() < 0.15
        total = None if open_stay else round(nights * rate + (5 * nights if medication else 0), 2)
        stays.append((sid, dog[0], _moment(rng, check_in, 8, 18), None if open_stay else check_out, room, rate,
                      medication, rng.choice(["phone", "website", "website", "walk-in"]), total))
        for k in range(nights):
            day = check_in + dt.timedelta(days=k)
            if day > end:
                break
            for _ in range(rng.choice([1, 2, 2])):
                minutes = rng.choice([20, 30, 30, 45, 60])
                walks.append((len(walks) + 1, sid, _moment(rng, day, 7, 17),
                              round(minutes / 60 * rng.uniform(2.5, 4.5), 2), minutes, rng.choice(walkers),
                              rng.random() < 0.35, rng.choices(["dry", "rain", "snow"], [7, 3, 0.3])[0]))
    _insert(con, "owners", owners)
    _insert(con, "dogs", dogs)
    _insert(con, "stays", stays)
    _insert(con, "walks", walks)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "skischool": build_skischool,
    "phonerepair": build_phonerepair,
    "communityradio": build_communityradio,
    "winery": build_winery,
    "kennel": build_kennel,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval83-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval83-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval83-dbs"))
