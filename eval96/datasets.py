"""Builders of the ninety-sixth development evaluation corpus: five DuckDB files in trade, leisure and visitor domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `scaffolding.duckdb`: a scaffolding hire firm's sites, scaffold sets, hires (end_date NULL while on hire) and
  inspections (pass/fail)
- `choir.duckdb`: a community choir's singers (birth year), rehearsals, rehearsal attendance and concerts
- `feedmill.duckdb`: an animal feed mill's ingredients, batches (main ingredient link only implied), customer farms
  and deliveries (invoice_paid_on NULL while unpaid)
- `karting.duckdb`: an indoor karting track's drivers (birth date), karts, bookings and heat results (camelCase)
- `touristoffice.duckdb`: a city tourist office's guides (birth date), visitors (birth year), enquiries and tours

Usage:
    python eval96/datasets.py OUTDIR

Example:
    >>> from eval96.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval96-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['choir.duckdb', 'feedmill.duckdb', 'karting.duckdb', 'scaffolding.duckdb', 'touristoffice.duckdb']
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


FIRST = ["Aoife", "Barnaby", "Chiara", "Declan", "Elif", "Fergus", "Greta", "Hamish", "Imogen", "Joaquin", "Keira",
         "Lorcan", "Maeve", "Niamh", "Otto", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Winifred",
         "Xavier", "Yusuf", "Zara", "Callum", "Delphine", "Ewan"]
LAST = ["Achterberg", "Blackwood", "Coulson", "Dunmore", "Ellery", "Farrant", "Gallagher", "Hartigan", "Iqbal",
        "Jennings", "Kowalczyk", "Lockhart", "McAllister", "Nakamura", "Osei", "Pemberton", "Quayle", "Rossiter",
        "Sandoval", "Thorburn", "Underwood", "Varga", "Whitlock", "Ystad"]

# ------------------------------------------------------------------------------------------------ scaffolding
CITIES = {"Leeds": 12, "York": 8, "Bradford": 9, "Wakefield": 6, "Harrogate": 5}
SITE_TYPES = ["residential", "commercial", "industrial"]
CLIENTS = ["Hallam Homes", "Ridings Construction", "Aire Valley Roofing", "Minster Restorations",
           "Calder Civil", "Northern Build Co", "Wharfe Developments", "Pennine Property"]
SET_TYPES = {"tube and fitting": (48.0, 14, 30), "system": (62.0, 10, 25), "mobile tower": (28.0, 4, 12),
             "cantilever": (95.0, 12, 20)}
INSPECTORS = ["Gary Holt", "Sandra Pike", "Liam Burke", "Meena Shah", "Owen Price"]


def build_scaffolding(path: Path | str) -> None:
    """sites (40), scaffold_sets (120), hires (2023-01 to 2025-06, end_date NULL while still on hire),
    inspections (inspected_at TIMESTAMP, result pass/fail)."""
    rng = random.Random(9601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, client_name VARCHAR,
        city VARCHAR, site_type VARCHAR, requires_permit BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE scaffold_sets(set_id INTEGER PRIMARY KEY, set_code VARCHAR,
        set_type VARCHAR, height_m DOUBLE, weight_tonnes DOUBLE, list_daily_rate_gbp DOUBLE, purchased_on DATE,
        retired BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        set_id INTEGER REFERENCES scaffold_sets(set_id), site_id INTEGER REFERENCES sites(site_id),
        start_date DATE, end_date DATE, daily_rate_gbp DOUBLE, delivery_fee_gbp DOUBLE, damaged BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        hire_id INTEGER REFERENCES hires(hire_id), inspected_at TIMESTAMP, inspector VARCHAR, result VARCHAR,
        defects_found INTEGER)""")
    streets = ["Mill Lane", "Station Road", "Church Street", "Park View", "Canal Wharf", "High Street",
               "Victoria Road", "Kirkgate", "Albion Place", "Moor Road"]
    sites = []
    for city, count in CITIES.items():
        for _ in range(count):
            sid = len(sites) + 1
            sites.append((sid, f"{rng.randint(1, 220)} {rng.choice(streets)}, {city}", rng.choice(CLIENTS), city,
                          rng.choices(SITE_TYPES, [50, 35, 15])[0], rng.random() < 0.3))
    sets = []
    for sid in range(1, 121):
        set_type = rng.choices(list(SET_TYPES), [45, 30, 18, 7])[0]
        rate, lo, hi = SET_TYPES[set_type]
        height = round(rng.uniform(lo, hi), 1)
        weight = round(height * rng.uniform(0.08, 0.16) * (0.4 if set_type == "mobile tower" else 1.0), 2)
        sets.append((sid, f"SC-{sid:03d}", set_type, height, weight, round(rate * rng.uniform(0.9, 1.2), 2),
                     _day(rng, dt.date(2015, 1, 1), 2900), rng.random() < 0.08))
    hires, inspections = [], []
    cutoff = dt.date(2025, 6, 30)
    for hid in range(1, 901):
        start = _day(rng, dt.date(2023, 1, 3), 905)
        scaffold = rng.choice(sets)
        site = rng.choice(sites)
        length = rng.choice([rng.randint(5, 30), rng.randint(20, 120)])
        end = start + dt.timedelta(days=length)
        end = None if end > cutoff else end
        rate = round(scaffold[5] * rng.uniform(0.85, 1.05), 2)
        hires.append((hid, scaffold[0], site[0], start, end, rate, rng.choice([45.0, 60.0, 75.0, 90.0, 120.0]),
                      end is not None and rng.random() < 0.07))
        last = end or cutoff
        day = start + dt.timedelta(days=1)
        while day <= last and day <= cutoff:
            failed = rng.random() < 0.11
            defects = rng.randint(1, 5) if failed else rng.choice([0, 0, 0, 1])
            inspections.append((len(inspections) + 1, hid, _moment(rng, day, 7, 16), rng.choice(INSPECTORS),
                                "fail" if failed else "pass", defects))
            day += dt.timedelta(days=rng.randint(7, 21))
    _insert(con, "sites", sites)
    _insert(con, "scaffold_sets", sets)
    _insert(con, "hires", hires)
    _insert(con, "inspections", inspections)
    con.close()


# ------------------------------------------------------------------------------------------------------ choir
VOICE_PARTS = {"soprano": 30, "alto": 32, "tenor": 14, "bass": 18}
CONCERTS = [("Spring Sing", dt.date(2023, 4, 22), "St Mary's Church", 260, 12.0, False, "secular"),
            ("Haydn Creation", dt.date(2023, 6, 17), "Town Hall", 480, 18.0, False, "sacred"),
            ("Songs from the Shows", dt.date(2023, 10, 14), "Corn Exchange", 350, 15.0, True, "musicals"),
            ("Carols by Candlelight", dt.date(2023, 12, 16), "St Mary's Church", 260, 10.0, True, "carols"),
            ("Mozart Requiem", dt.date(2024, 3, 23), "Town Hall", 480, 20.0, False, "sacred"),
            ("Summer Serenade", dt.date(2024, 6, 29), "Corn Exchange", 350, 14.0, False, "secular"),
            ("Hospice Benefit Concert", dt.date(2024, 9, 21), "St Mary's Church", 260, 12.0, True, "secular"),
            ("Broadway Nights", dt.date(2024, 11, 9), "Corn Exchange", 350, 16.0, False, "musicals"),
            ("Carols for All", dt.date(2024, 12, 14), "Cathedral", 600, 12.0, True, "carols"),
            ("Elgar and Vaughan Williams", dt.date(2023, 11, 25), "Cathedral", 600, 22.0, False, "sacred"),
            ("Folk Songs of the Isles", dt.date(2024, 5, 11), "Village Hall", 140, 8.0, False, "secular")]


def build_choir(path: Path | str) -> None:
    """singers (95, birth_year, left_on NULL while still singing), rehearsals (2023-2024, TIMESTAMP),
    rehearsal_attendance (declared FKs, present / arrived_late), concerts (ticket sales)."""
    rng = random.Random(9602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE singers(singer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, voice_part VARCHAR, joined_on DATE, left_on DATE,
        section_leader BOOLEAN, pays_concession BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rehearsals(rehearsal_id INTEGER PRIMARY KEY, starts_at TIMESTAMP,
        venue VARCHAR, duration_min INTEGER, extra_session BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rehearsal_attendance(attendance_id INTEGER PRIMARY KEY,
        rehearsal_id INTEGER REFERENCES rehearsals(rehearsal_id), singer_id INTEGER REFERENCES singers(singer_id),
        present BOOLEAN, arrived_late BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE concerts(concert_id INTEGER PRIMARY KEY, title VARCHAR,
        concert_date DATE, venue VARCHAR, capacity INTEGER, ticket_price_gbp DOUBLE, tickets_sold INTEGER,
        charity_fundraiser BOOLEAN, programme_type VARCHAR)""")
    singers = []
    leaders: set[str] = set()
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 95), start=1):
        part = rng.choices(list(VOICE_PARTS), list(VOICE_PARTS.values()))[0]
        joined = _day(rng, dt.date(2008, 1, 1), 6200)
        left = _day(rng, max(joined, dt.date(2023, 1, 1)) + dt.timedelta(days=30), 500) if rng.random() < 0.2 \
            else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        leader = part not in leaders and left is None and joined.year < 2018
        if leader:
            leaders.add(part)
        singers.append((sid, first, last, rng.randint(1946, 2003), part, joined, left, leader, rng.random() < 0.22))
    rehearsals = []
    day = dt.date(2023, 1, 3)
    while day <= dt.date(2024, 12, 31):
        if day.month != 8:
            venue = "St Mary's Church Hall" if rng.random() < 0.8 else "Northgate School"
            rehearsals.append((len(rehearsals) + 1, dt.datetime.combine(day, dt.time(19, 30)), venue,
                               rng.choice([90, 120, 120]), False))
        day += dt.timedelta(days=7)
    for concert in CONCERTS:
        extra = concert[1] - dt.timedelta(days=concert[1].weekday() + 2)
        rehearsals.append((len(rehearsals) + 1, dt.datetime.combine(extra, dt.time(rng.choice([10, 14]), 0)),
                           concert[2], rng.choice([150, 180, 240]), True))
    rehearsals.sort(key=lambda r: r[1])
    rehearsals = [(i, *r[1:]) for i, r in enumerate(rehearsals, start=1)]
    attendance = []
    for reh in rehearsals:
        day = reh[1].date()
        for s in singers:
            if s[5] <= day and (s[6] is None or s[6] > day):
                present = rng.random() < (0.9 if s[7] else 0.78)
                attendance.append((len(attendance) + 1, reh[0], s[0], present, present and rng.random() < 0.1))
    concerts = []
    for cid, (title, when, venue, capacity, price, charity, kind) in enumerate(CONCERTS, start=1):
        sold = min(capacity, int(capacity * rng.uniform(0.55, 1.0)))
        concerts.append((cid, title, when, venue, capacity, price, sold, charity, kind))
    _insert(con, "singers", singers)
    _insert(con, "rehearsals", rehearsals)
    _insert(con, "rehearsal_attendance", attendance)
    _insert(con, "concerts", concerts)
    con.close()


# --------------------------------------------------------------------------------------------------- feed mill
INGREDIENTS = [(1, "Feed wheat", "grain", 205.0, False), (2, "Barley", "grain", 190.0, False),
               (3, "Maize", "grain", 240.0, False), (4, "Oats", "grain", 185.0, True),
               (5, "Soya bean meal", "protein", 420.0, False), (6, "Rapeseed meal", "protein", 290.0, False),
               (7, "Sunflower meal", "protein", 265.0, False), (8, "Field beans", "protein", 255.0, True),
               (9, "Wheatfeed", "by-product", 175.0, False), (10, "Sugar beet pulp", "by-product", 230.0, False),
               (11, "Molasses", "by-product", 210.0, False), (12, "Limestone flour", "mineral", 95.0, False),
               (13, "Dicalcium phosphate", "mineral", 610.0, False), (14, "Salt", "mineral", 120.0, False),
               (15, "Soya oil", "oil", 980.0, False), (16, "Organic peas", "protein", 340.0, True)]
FEED_TYPES = {"layer pellets": (16.5, 1.2, [1, 3, 5], 290.0), "dairy nuts": (18.0, 1.5, [2, 6, 10], 305.0),
              "pig grower": (17.0, 1.0, [1, 5, 2], 320.0), "sheep nuts": (15.0, 1.2, [2, 9, 8], 285.0),
              "calf rearer": (19.0, 1.0, [5, 3, 7], 365.0), "beef finisher": (14.0, 1.0, [2, 10, 11], 275.0)}
LIVESTOCK = {"dairy": ["dairy nuts", "calf rearer"], "beef": ["beef finisher", "calf rearer"],
             "poultry": ["layer pellets"], "pig": ["pig grower"], "sheep": ["sheep nuts"]}
COUNTIES = ["Shropshire", "Cheshire", "Staffordshire", "Herefordshire", "Powys"]
DRIVERS = ["Dave Morris", "Karen Hughes", "Tomasz Nowak", "Phil Edwards", "Jess Lloyd"]


def build_feedmill(path: Path | str) -> None:
    """ingredients (16), batches (2023-01 to 2025-03, tonnes, protein_pct; main_ingredient_id NOT declared as a
    foreign key), farms (70), deliveries (declared FKs, invoice_paid_on NULL while unpaid)."""
    rng = random.Random(9603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE ingredients(ingredient_id INTEGER PRIMARY KEY, ingredient_name VARCHAR,
        category VARCHAR, cost_per_tonne_gbp DOUBLE, organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY, batch_no VARCHAR, feed_type VARCHAR,
        produced_at TIMESTAMP, tonnes DOUBLE, protein_pct DOUBLE, moisture_pct DOUBLE, main_ingredient_id INTEGER,
        passed_qc BOOLEAN, line INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE farms(farm_id INTEGER PRIMARY KEY, farm_name VARCHAR, county VARCHAR,
        livestock VARCHAR, herd_size INTEGER, account_opened DATE, organic_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(batch_id), farm_id INTEGER REFERENCES farms(farm_id),
        delivered_on DATE, tonnes DOUBLE, price_gbp DOUBLE, driver VARCHAR, bulk BOOLEAN, invoice_paid_on DATE)""")
    batches = []
    for bid in range(1, 761):
        day = _day(rng, dt.date(2023, 1, 2), 820)
        feed = rng.choices(list(FEED_TYPES), [22, 26, 14, 14, 8, 16])[0]
        protein, spread, mains, _ = FEED_TYPES[feed]
        tonnes = round(rng.uniform(8, 30), 1)
        batches.append((bid, f"B{day:%y%m}-{bid:04d}", feed, _moment(rng, day, 5, 21), tonnes,
                        round(rng.gauss(protein, spread / 2), 1), round(rng.uniform(10.5, 14.5), 1),
                        rng.choice(mains), rng.random() < 0.94, rng.choice([1, 2, 3])))
    words = ["Ash", "Brook", "Cherry", "Dale", "Elm", "Fern", "Glebe", "Hill", "Ivy", "Lower", "Manor", "Oak",
             "Pool", "Rowan", "Stone", "Upper", "Well", "Yew"]
    ends = ["Farm", "House Farm", "Bank Farm", "Grange", "Court Farm"]
    farm_names = _unique_names(rng, words, ends, 70)
    farms = []
    for fid, (a, b) in enumerate(farm_names, start=1):
        kind = rng.choices(list(LIVESTOCK), [30, 20, 15, 10, 25])[0]
        herd = {"dairy": (80, 400), "beef": (40, 300), "poultry": (2000, 16000), "pig": (200, 1500),
                "sheep": (150, 1200)}[kind]
        farms.append((fid, f"{a} {b}", rng.choice(COUNTIES), kind, rng.randint(*herd),
                      _day(rng, dt.date(2005, 1, 1), 6700), rng.random() < 0.12))
    by_feed: dict[str, list[tuple]] = {}
    for b in batches:
        if b[8]:
            by_feed.setdefault(b[2], []).append(b)
    deliveries = []
    for did in range(1, 1601):
        farm = rng.choice(farms)
        batch = rng.choice(by_feed[rng.choice(LIVESTOCK[farm[3]])])
        delivered = batch[3].date() + dt.timedelta(days=rng.randint(0, 9))
        if delivered > dt.date(2025, 3, 31):
            delivered = dt.date(2025, 3, 31)
        tonnes = round(min(batch[4], rng.uniform(1.0, 12.0)), 1)
        price = round(tonnes * FEED_TYPES[batch[2]][3] * rng.uniform(0.95, 1.08), 2)
        paid = delivered + dt.timedelta(days=rng.randint(7, 60))
        if paid > dt.date(2025, 4, 15) or rng.random() < 0.04:
            paid = None
        deliveries.append((did, batch[0], farm[0], delivered, tonnes, price, rng.choice(DRIVERS),
                           tonnes >= 4.0 and rng.random() < 0.8, paid))
    _insert(con, "ingredients", INGREDIENTS)
    _insert(con, "batches", batches)
    _insert(con, "farms", farms)
    _insert(con, "deliveries", deliveries)
    con.close()


# ------------------------------------------------------------------------------------------------------ karting
PACKAGES = {"arrive and drive": (2, 35.0), "grand prix": (3, 55.0), "endurance": (4, 80.0), "party": (2, 30.0)}


def build_karting(path: Path | str) -> None:
    """drivers (480, birthDate), karts (32), bookings (2023-2024, bookedAt TIMESTAMP, cancelled), heatResults
    (declared FKs, heatStart TIMESTAMP, laps, bestLapSec, avgLapSec, finishPos). camelCase columns."""
    rng = random.Random(9604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers("driverId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "skillLevel" VARCHAR, "isMember" BOOLEAN, "signedUp" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE karts("kartId" INTEGER PRIMARY KEY, "kartNo" INTEGER, "kartClass" VARCHAR,
        "engineCc" INTEGER, "inService" BOOLEAN, "commissionedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings("bookingId" INTEGER PRIMARY KEY,
        "driverId" INTEGER REFERENCES drivers("driverId"), "bookedAt" TIMESTAMP, "sessionDate" DATE,
        "packageType" VARCHAR, "groupSize" INTEGER, "priceGbp" DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "heatResults"("resultId" INTEGER PRIMARY KEY,
        "bookingId" INTEGER REFERENCES bookings("bookingId"), "kartId" INTEGER REFERENCES karts("kartId"),
        "heatStart" TIMESTAMP, laps INTEGER, "bestLapSec" DOUBLE, "avgLapSec" DOUBLE, "finishPos" INTEGER)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 480), start=1):
        birth = _day(rng, dt.date(1962, 1, 1), 18600)
        skill = rng.choices(["novice", "intermediate", "pro"], [55, 33, 12])[0]
        drivers.append((did, first, last, birth, skill, rng.random() < (0.7 if skill == "pro" else 0.2),
                        _day(rng, dt.date(2019, 1, 1), 2150)))
    karts = []
    for kid in range(1, 33):
        kclass = "junior" if kid <= 8 else ("twin" if kid > 28 else "adult")
        cc = {"junior": 200, "adult": rng.choice([270, 270, 390]), "twin": 270}[kclass]
        karts.append((kid, kid + 10, kclass, cc, rng.random() < 0.88, _day(rng, dt.date(2017, 1, 1), 2400)))
    bookings, results = [], []
    skill_pace = {"novice": 47.0, "intermediate": 43.5, "pro": 40.5}
    for bid in range(1, 1251):
        driver = rng.choice(drivers)
        session = _day(rng, dt.date(2023, 1, 2), 729)
        booked = _moment(rng, session - dt.timedelta(days=rng.randint(0, 40)), 7, 22)
        package = rng.choices(list(PACKAGES), [45, 25, 12, 18])[0]
        heats, price = PACKAGES[package]
        group = rng.randint(1, 12) if package != "party" else rng.randint(6, 16)
        cancelled = rng.random() < 0.06
        bookings.append((bid, driver[0], booked, session, package, group, round(price * group, 2), cancelled))
        if cancelled:
            continue
        start = dt.datetime.combine(session, dt.time(rng.randint(10, 21), rng.choice([0, 15, 30, 45])))
        age = (session - driver[3]).days / 365.25
        kart_pool = karts[:8] if age < 15 else karts[8:]
        for h in range(heats):
            kart = rng.choice(kart_pool)
            pace = skill_pace[driver[4]] + (3.0 if kart[2] == "junior" else 0.0) - (1.5 if kart[3] == 390 else 0.0)
            best = round(pace * rng.uniform(0.96, 1.06), 3)
            avg = round(best * rng.uniform(1.03, 1.12), 3)
            laps = int(600 / avg) if package != "endurance" else int(1500 / avg)
            results.append((len(results) + 1, bid, kart[0], start + dt.timedelta(minutes=20 * h), laps, best, avg,
                            rng.randint(1, 10)))
    _insert(con, "drivers", drivers)
    _insert(con, "karts", karts)
    _insert(con, "bookings", bookings)
    _insert(con, "heatResults", results)
    con.close()


# ------------------------------------------------------------------------------------------------ tourist office
COUNTRIES = {"UK": 40, "USA": 14, "Germany": 10, "France": 9, "Netherlands": 6, "Australia": 6, "China": 5,
             "Spain": 5, "Italy": 5}
CHANNELS = ["walk-in", "phone", "email", "web chat"]
TOPICS = ["accommodation", "transport", "tours", "events", "maps"]
TOURS = {"Old Town Walk": (12.0, 90), "Castle and Cathedral": (22.0, 150), "Ghost Walk": (15.0, 75),
         "River Cruise": (28.0, 120), "Food Tour": (45.0, 180)}


def build_touristoffice(path: Path | str) -> None:
    """guides (14, birth_date, left_on NULL while still guiding), visitors (600, birth_year), enquiries
    (2023-01 to 2025-03, enquired_at TIMESTAMP, channel), tour_bookings (declared FKs, cancelled_on NULL unless
    cancelled)."""
    rng = random.Random(9605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE guides(guide_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, languages_spoken INTEGER, hired_on DATE, left_on DATE, blue_badge BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visitors(visitor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_country VARCHAR, first_contact DATE, newsletter_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE enquiries(enquiry_id INTEGER PRIMARY KEY,
        visitor_id INTEGER REFERENCES visitors(visitor_id), enquired_at TIMESTAMP, channel VARCHAR, topic VARCHAR,
        resolved BOOLEAN, response_minutes INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE tour_bookings(booking_id INTEGER PRIMARY KEY,
        visitor_id INTEGER REFERENCES visitors(visitor_id), guide_id INTEGER REFERENCES guides(guide_id),
        tour_name VARCHAR, tour_date DATE, party_size INTEGER, price_gbp DOUBLE, paid BOOLEAN, cancelled_on DATE)""")
    guides = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        hired = _day(rng, dt.date(2010, 1, 1), 4500)
        left = _day(rng, dt.date(2023, 9, 1), 500) if gid in (4, 9, 12) else None
        guides.append((gid, first, last, _day(rng, dt.date(1958, 1, 1), 13500), rng.randint(1, 4), hired, left,
                       rng.random() < 0.5))
    visitors = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        visitors.append((vid, first, last, rng.randint(1945, 2006),
                         rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0],
                         _day(rng, dt.date(2022, 10, 1), 900), rng.random() < 0.3))
    enquiries = []
    end = dt.date(2025, 3, 31)
    for eid in range(1, 2601):
        visitor = rng.choice(visitors)
        day = _day(rng, max(visitor[5], dt.date(2023, 1, 1)), 820)
        day = min(day, end)
        channel = rng.choices(CHANNELS, [40, 25, 20, 15])[0]
        at = _moment(rng, day, 9, 16) if channel in ("walk-in", "phone") else _moment(rng, day, 0, 23)
        resolved = rng.random() < 0.9
        minutes = {"walk-in": rng.randint(2, 15), "phone": rng.randint(3, 25), "email": rng.randint(30, 2880),
                   "web chat": rng.randint(1, 40)}[channel]
        enquiries.append((eid, visitor[0], at, channel, rng.choices(TOPICS, [20, 25, 30, 15, 10])[0], resolved,
                          minutes))
    bookings = []
    for bid in range(1, 1401):
        visitor = rng.choice(visitors)
        tour = rng.choices(list(TOURS), [35, 20, 20, 15, 10])[0]
        day = min(_day(rng, dt.date(2023, 1, 1), 820), end)
        guide = rng.choice([g for g in guides if g[5] <= day and (g[6] is None or g[6] > day)])
        party = rng.choices([1, 2, 3, 4, 5, 6], [15, 40, 12, 18, 8, 7])[0]
        cancelled = day - dt.timedelta(days=rng.randint(1, 20)) if rng.random() < 0.08 else None
        bookings.append((bid, visitor[0], guide[0], tour, day, party, round(TOURS[tour][0] * party, 2),
                         cancelled is None and rng.random() < 0.95, cancelled))
    _insert(con, "guides", guides)
    _insert(con, "visitors", visitors)
    _insert(con, "enquiries", enquiries)
    _insert(con, "tour_bookings", bookings)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "scaffolding": build_scaffolding,
    "choir": build_choir,
    "feedmill": build_feedmill,
    "karting": build_karting,
    "touristoffice": build_touristoffice,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval96-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval96-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval96-dbs"))
