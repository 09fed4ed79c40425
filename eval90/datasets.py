"""Builders of the ninetieth development evaluation corpus: five DuckDB files in leisure, trade and service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `tennisclub.duckdb`: a tennis club's members (birth date), courts, court bookings and coaching sessions
- `chocolatefactory.duckdb`: a chocolate factory's cocoa origins, production batches, quality checks and shipments
- `energyaudits.duckdb`: home energy audits: houses (build year), auditors (birth year), audits and recommended
  upgrades (the upgrade -> audit link is only implied by its name)
- `bowling.duckdb`: a bowling alley's lanes, leagues, games with scores and lane bookings
- `treesurgery.duckdb`: a tree surgery firm's crews (lead's birth year), tree species, jobs and invoices (camelCase)

Usage:
    python eval90/datasets.py OUTDIR

Example:
    >>> from eval90.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval90-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bowling.duckdb', 'chocolatefactory.duckdb', 'energyaudits.duckdb', 'tennisclub.duckdb', 'treesurgery.duckdb']
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


FIRST = ["Anouk", "Barnaby", "Celeste", "Desmond", "Elodie", "Fergus", "Greta", "Hamish", "Isolde", "Joaquin",
         "Kirsty", "Lorcan", "Maeve", "Nikolai", "Odette", "Piers", "Rhiannon", "Silas", "Thea", "Umar", "Verity",
         "Wendell", "Xanthe", "Yusuf", "Zora"]
LAST = ["Ashworth", "Blackwood", "Crowther", "Dalgleish", "Ellison", "Fairbairn", "Gillespie", "Hargreaves",
        "Iqbal", "Jessop", "Kowalczyk", "Lockhart", "Macaulay", "Nakamura", "Ormerod", "Pemberton", "Rafferty",
        "Sutcliffe", "Thorne", "Underwood", "Varga", "Whitlock"]

# ------------------------------------------------------------------------------------------------- tennis club
COURTS = [(1, "Centre Court", "grass", False, True, 18.0), (2, "Court 2", "grass", False, False, 15.0),
          (3, "Court 3", "clay", False, True, 14.0), (4, "Court 4", "clay", False, False, 12.0),
          (5, "Court 5", "hard", False, True, 11.0), (6, "Court 6", "hard", False, True, 11.0),
          (7, "Indoor 1", "hard", True, True, 22.0), (8, "Indoor 2", "artificial grass", True, True, 20.0)]
COACHES = ["Marta Ferreira", "Tom Aldridge", "Priya Nair", "Ollie Grant"]
MEMBERSHIPS = {"junior": 22, "adult": 45, "senior": 18, "family": 15}


def build_tennisclub(path: Path | str) -> None:
    """members (380, birth_date, left_on NULL while still a member), courts (8, surface), court_bookings
    (start_time/end_time TIMESTAMP, 2023-2024), coaching_sessions (fee_gbp, paid)."""
    rng = random.Random(9001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, left_on DATE,
        plays_competitively BOOLEAN, annual_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE courts(court_id INTEGER PRIMARY KEY, court_name VARCHAR,
        surface VARCHAR, indoor BOOLEAN, floodlit BOOLEAN, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE court_bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), court_id INTEGER REFERENCES courts(court_id),
        start_time TIMESTAMP, end_time TIMESTAMP, match_type VARCHAR, cost_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE coaching_sessions(session_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), court_id INTEGER REFERENCES courts(court_id),
        coach_name VARCHAR, session_date DATE, session_type VARCHAR, duration_min INTEGER, fee_gbp DOUBLE,
        paid BOOLEAN)""")
    fees = {"junior": 120.0, "adult": 385.0, "senior": 260.0, "family": 640.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        kind = rng.choices(list(MEMBERSHIPS), list(MEMBERSHIPS.values()))[0]
        if kind == "junior":
            born = _day(rng, dt.date(2007, 1, 1), 3600)
        elif kind == "senior":
            born = _day(rng, dt.date(1940, 1, 1), 7300)
        else:
            born = _day(rng, dt.date(1960, 1, 1), 13500)
        joined = _day(rng, dt.date(2012, 1, 1), 4700)
        left = joined + dt.timedelta(days=rng.randint(200, 3000)) if rng.random() < 0.25 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        members.append((mid, first, last, born, kind, joined, left, rng.random() < 0.3, fees[kind]))
    bookings = []
    for bid in range(1, 2601):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [m for m in members if m[5] <= day and (m[6] is None or m[6] > day)]
        member = rng.choice(active)
        outdoor_ok = day.month in (4, 5, 6, 7, 8, 9)
        court = rng.choices(COURTS, [6 if outdoor_ok else 1, 5 if outdoor_ok else 0, 6, 5, 8, 8, 9, 7])[0]
        start = dt.datetime.combine(day, dt.time(rng.randint(7, 21), rng.choice([0, 0, 30])))
        minutes = rng.choice([60, 60, 60, 90, 90, 120])
        match = rng.choices(["singles", "doubles", "practice"], [50, 35, 15])[0]
        bookings.append((bid, member[0], court[0], start, start + dt.timedelta(minutes=minutes), match,
                         round(court[5] * minutes / 60, 2), rng.random() < 0.08))
    sessions = []
    for sid in range(1, 901):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [m for m in members if m[5] <= day and (m[6] is None or m[6] > day)]
        member = rng.choice(active)
        kind = "junior clinic" if member[4] == "junior" and rng.random() < 0.6 else rng.choice(["private", "group"])
        minutes = rng.choice([45, 60, 60, 90]) if kind != "junior clinic" else 60
        rate = {"private": 48.0, "group": 18.0, "junior clinic": 12.0}[kind]
        coach = rng.choices(COACHES, [35, 30, 20, 15])[0]
        sessions.append((sid, member[0], rng.choice([3, 4, 5, 6, 7]), coach, day, kind, minutes,
                         round(rate * minutes / 60, 2), rng.random() < 0.87))
    _insert(con, "members", members)
    _insert(con, "courts", COURTS)
    _insert(con, "court_bookings", bookings)
    _insert(con, "coaching_sessions", sessions)
    con.close()


# ------------------------------------------------------------------------------------------- chocolate factory
ORIGINS = [(1, "Ghana", "Ashanti", "Kuapa Kokoo", True, 3.9), (2, "Ivory Coast", "San-Pedro", "Ecookim", False, 3.6),
           (3, "Ecuador", "Manabi", "Fortaleza del Valle", True, 5.2), (4, "Peru", "Piura", "Norandino", True, 5.6),
           (5, "Madagascar", "Sambirano", "Akesson", False, 7.1), (6, "Dominican Republic", "Duarte", "Conacado",
                                                                  True, 4.8),
           (7, "Venezuela", "Sur del Lago", "Chuao Growers", False, 8.3), (8, "Vietnam", "Ben Tre", "Marou Farms",
                                                                          False, 5.9)]
PRODUCTS = {"dark": 40, "milk": 35, "white": 12, "ruby": 6, "hazelnut praline": 7}
SHOPS = [("Cocoa & Co", "Bristol"), ("The Sweet Tooth", "Leeds"), ("Truffle Lane", "London"),
         ("Bean There", "London"), ("Marchpane", "Edinburgh"), ("Nibs & Bits", "Manchester"),
         ("The Choc Box", "Cardiff"), ("Cacao Corner", "Bristol"), ("Fondant Fancies", "York"),
         ("Praline Parlour", "Edinburgh"), ("Sugar Loaf", "Manchester"), ("Wrapped", "London")]
CHECKS = ["taste", "temper", "moisture", "foreign matter"]
INSPECTORS = ["Hannah Oduya", "Piotr Zielinski", "Grace McBride", "Luis Romero"]


def build_chocolatefactory(path: Path | str) -> None:
    """cocoa_origins (8, fair_trade), batches (2023 - 2025-03, batch_kg, production line), quality_checks
    (checked_at TIMESTAMP, passed BOOLEAN), shipments (shipped_on, delivered_on NULL while in transit)."""
    rng = random.Random(9002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cocoa_origins(origin_id INTEGER PRIMARY KEY, country VARCHAR,
        region VARCHAR, cooperative VARCHAR, fair_trade BOOLEAN, bean_price_usd_per_kg DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY,
        origin_id INTEGER REFERENCES cocoa_origins(origin_id), product VARCHAR, production_line VARCHAR,
        produced_on DATE, batch_kg DOUBLE, cocoa_percent INTEGER, conching_hours INTEGER, organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE quality_checks(check_id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(batch_id), checked_at TIMESTAMP, check_type VARCHAR,
        inspector VARCHAR, passed BOOLEAN, moisture_pct DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE shipments(shipment_id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(batch_id), shop_name VARCHAR, shop_city VARCHAR, shipped_on DATE,
        delivered_on DATE, quantity_kg DOUBLE, invoice_value_gbp DOUBLE, chilled BOOLEAN)""")
    cocoa = {"dark": (70, 85), "milk": (30, 45), "white": (28, 35), "ruby": (40, 50), "hazelnut praline": (35, 55)}
    batches, checks, shipments = [], [], []
    for bid in range(1, 621):
        day = _day(rng, dt.date(2023, 1, 2), 818)
        product = rng.choices(list(PRODUCTS), list(PRODUCTS.values()))[0]
        origin = rng.choices(ORIGINS, [20, 18, 14, 10, 6, 12, 4, 6])[0]
        line = rng.choices(["Line A", "Line B", "Line C"], [45, 35, 20])[0]
        kg = round(rng.uniform(180, 900) * (1.3 if line == "Line A" else 1.0), 1)
        batches.append((bid, origin[0], product, line, day, kg, rng.randint(*cocoa[product]),
                        rng.choice([12, 24, 36, 48, 72]), rng.random() < 0.22))
        for check in CHECKS:
            if check == "foreign matter" and rng.random() < 0.5:
                continue
            fail_p = 0.05 + (0.08 if line == "Line C" else 0.0) + (0.05 if check == "temper" else 0.0)
            moisture = round(rng.uniform(0.6, 2.2), 2) if check == "moisture" else None
            checks.append((len(checks) + 1, bid, _moment(rng, day + dt.timedelta(days=rng.randint(0, 2)), 6, 22),
                           check, rng.choice(INSPECTORS), rng.random() >= fail_p, moisture))
        remaining = kg * 0.95
        while remaining > 60 and rng.random() < 0.8:
            shop, city = rng.choices(SHOPS, [9, 7, 12, 8, 6, 7, 5, 6, 4, 5, 6, 10])[0]
            qty = round(min(remaining, rng.uniform(40, 260)), 1)
            remaining -= qty
            shipped = day + dt.timedelta(days=rng.randint(3, 21))
            delivered = shipped + dt.timedelta(days=rng.randint(1, 6))
            if delivered > dt.date(2025, 3, 31):
                delivered = None
            price = {"dark": 21.0, "milk": 17.5, "white": 16.0, "ruby": 26.0, "hazelnut praline": 24.0}[product]
            shipments.append((len(shipments) + 1, bid, shop, city, min(shipped, dt.date(2025, 3, 31)), delivered,
                              qty, round(qty * price * rng.uniform(0.95, 1.05), 2), rng.random() < 0.35))
    _insert(con, "cocoa_origins", ORIGINS)
    _insert(con, "batches", batches)
    _insert(con, "quality_checks", checks)
    _insert(con, "shipments", shipments)
    con.close()


# ------------------------------------------------------------------------------------------- home energy audits
PROPERTY_TYPES = {"detached": 22, "semi-detached": 30, "terraced": 28, "flat": 12, "bungalow": 8}
HEATING = {"gas boiler": 62, "oil boiler": 10, "heat pump": 9, "electric storage": 12, "LPG": 7}
TOWNS = ["Norwich", "Ipswich", "Colchester", "Cambridge", "Bury St Edmunds", "King's Lynn"]
UPGRADES = {"loft insulation": (450, 1200), "cavity wall insulation": (1200, 3200), "double glazing": (4500, 11000),
            "heat pump": (8000, 14500), "solar panels": (5200, 9800), "draught proofing": (150, 600),
            "smart thermostat": (180, 320)}


def build_energyaudits(path: Path | str) -> None:
    """houses (520, build_year), auditors (12, birth_year), audits (2022-2024, energy_score, epc_band,
    report_sent_at TIMESTAMP NULL until sent), upgrades (audit_id NOT declared; installed_on NULL if not done)."""
    rng = random.Random(9003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE houses(house_id INTEGER PRIMARY KEY, street_address VARCHAR,
        town VARCHAR, property_type VARCHAR, build_year INTEGER, floor_area_m2 DOUBLE, bedrooms INTEGER,
        heating_type VARCHAR, listed_building BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE auditors(auditor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, accredited_on DATE, senior BOOLEAN, day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE audits(audit_id INTEGER PRIMARY KEY,
        house_id INTEGER REFERENCES houses(house_id), auditor_id INTEGER REFERENCES auditors(auditor_id),
        audit_date DATE, energy_score INTEGER, epc_band VARCHAR, annual_usage_kwh DOUBLE, audit_fee_gbp DOUBLE,
        report_sent_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE upgrades(upgrade_id INTEGER PRIMARY KEY, audit_id INTEGER,
        upgrade_type VARCHAR, estimated_cost_gbp DOUBLE, est_saving_kwh_per_year DOUBLE, priority VARCHAR,
        installed_on DATE)""")
    streets = ["Mill Lane", "Church Street", "Station Road", "The Green", "Orchard Close", "High Street",
               "Victoria Road", "Manor Way", "Meadow View", "Kingsway"]
    houses = []
    for hid in range(1, 521):
        kind = rng.choices(list(PROPERTY_TYPES), list(PROPERTY_TYPES.values()))[0]
        built = rng.choice([rng.randint(1850, 1919), rng.randint(1920, 1979), rng.randint(1930, 1999),
                            rng.randint(1980, 2022)])
        area = round({"detached": 150, "semi-detached": 95, "terraced": 82, "flat": 60, "bungalow": 88}[kind]
                     * rng.uniform(0.7, 1.4), 1)
        houses.append((hid, f"{rng.randint(1, 140)} {rng.choice(streets)}", rng.choice(TOWNS), kind, built, area,
                       max(1, int(area // 35)), rng.choices(list(HEATING), list(HEATING.values()))[0],
                       built < 1900 and rng.random() < 0.3))
    auditors = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        auditors.append((aid, first, last, rng.randint(1964, 1996), _day(rng, dt.date(2009, 1, 1), 4700),
                         rng.random() < 0.4, float(rng.choice([280, 310, 340, 375, 420]))))
    audits, upgrades = [], []
    bands = [(92, "A"), (81, "B"), (69, "C"), (55, "D"), (39, "E"), (21, "F"), (0, "G")]
    for audit_id in range(1, 761):
        house = rng.choice(houses)
        auditor = rng.choices(auditors, [14, 11, 10, 9, 9, 8, 8, 7, 7, 6, 6, 5])[0]
        day = _day(rng, dt.date(2022, 1, 3), 1094)
        while day.weekday() >= 5:
            day = _day(rng, dt.date(2022, 1, 3), 1094)
        base = 30 + (house[4] - 1850) * 0.28 + (12 if house[7] == "heat pump" else 0)
        score = int(max(5, min(98, rng.gauss(base, 11))))
        band = next(b for floor, b in bands if score >= floor)
        sent = _moment(rng, day + dt.timedelta(days=rng.randint(1, 14)), 8, 19) if rng.random() < 0.9 else None
        if sent is not None and sent.date() > dt.date(2024, 12, 31):
            sent = None
        audits.append((audit_id, house[0], auditor[0], day, score, band,
                       round(house[5] * (260 - score * 1.6) * rng.uniform(0.85, 1.15), 0),
                       round(auditor[6] * rng.choice([0.5, 0.5, 0.75, 1.0]), 2), sent))
        for kind in rng.sample(list(UPGRADES), rng.randint(0 if score > 75 else 1, 4)):
            low, high = UPGRADES[kind]
            done = day + dt.timedelta(days=rng.randint(30, 400)) if rng.random() < 0.35 else None
            if done is not None and done > dt.date(2024, 12, 31):
                done = None
            upgrades.append((len(upgrades) + 1, audit_id, kind, round(rng.uniform(low, high), 2),
                             round(rng.uniform(200, 4200), 0), rng.choices(["high", "medium", "low"], [3, 4, 3])[0],
                             done))
    _insert(con, "houses", houses)
    _insert(con, "auditors", auditors)
    _insert(con, "audits", audits)
    _insert(con, "upgrades", upgrades)
    con.close()


# ----------------------------------------------------------------------------------------------- bowling alley
LEAGUES = [(1, "Monday Mashers", "Monday", "mixed", 95.0), (2, "Tuesday Pin Pals", "Tuesday", "seniors", 70.0),
           (3, "Wednesday Strikers", "Wednesday", "mixed", 95.0), (4, "Thursday Corporate", "Thursday",
                                                                   "corporate", 180.0),
           (5, "Sunday Juniors", "Sunday", "juniors", 45.0)]
BOWLER_FIRST = ["Dot", "Reg", "Shaz", "Kev", "Mo", "Big Al", "Jen", "Tony", "Bev", "Gaz", "Lou", "Sid", "Trish",
                "Dev", "Kaz", "Ray", "Pam", "Stu", "Viv", "Wes"]


def build_bowling(path: Path | str) -> None:
    """lanes (16, zone), leagues (5), games (2023-2024, played_at TIMESTAMP, score, league_id NULL for open
    play), lane_bookings (booked_for/ends_at TIMESTAMP, party_size, price_gbp, no_show)."""
    rng = random.Random(9004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lanes(lane_id INTEGER PRIMARY KEY, lane_number INTEGER, zone VARCHAR,
        has_bumpers BOOLEAN, last_resurfaced DATE)""")
    con.execute("""CREATE OR REPLACE TABLE leagues(league_id INTEGER PRIMARY KEY, league_name VARCHAR,
        league_night VARCHAR, division VARCHAR, season_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY,
        lane_id INTEGER REFERENCES lanes(lane_id), league_id INTEGER REFERENCES leagues(league_id),
        bowler_name VARCHAR, played_at TIMESTAMP, score INTEGER, strikes INTEGER, spares INTEGER,
        used_bumpers BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lane_bookings(booking_id INTEGER PRIMARY KEY,
        lane_id INTEGER REFERENCES lanes(lane_id), customer_name VARCHAR, booked_for TIMESTAMP, ends_at TIMESTAMP,
        party_size INTEGER, occasion VARCHAR, channel VARCHAR, price_gbp DOUBLE, no_show BOOLEAN)""")
    lanes = []
    for n in range(1, 17):
        zone = "kids" if n <= 3 else "VIP" if n >= 14 else "main"
        lanes.append((n, n, zone, zone == "kids" or (n in (4, 5)), _day(rng, dt.date(2019, 1, 1), 2000)))
    bowlers = [f"{f} {ln}" for f, ln in _unique_names(rng, BOWLER_FIRST, LAST, 90)]
    league_members = {lg[0]: rng.sample(bowlers, 14) for lg in LEAGUES}
    skill = {b: rng.gauss(148, 28) for b in bowlers}
    games = []
    nights = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Sunday": 6}
    for gid in range(1, 3201):
        if rng.random() < 0.45:
            league = rng.choice(LEAGUES)
            day = _day(rng, dt.date(2023, 1, 1), 731)
            while day.weekday() != nights[league[2]]:
                day += dt.timedelta(days=1)
            if day > dt.date(2024, 12, 31):
                day -= dt.timedelta(days=7)
            bowler, league_id = rng.choice(league_members[league[0]]), league[0]
            when = dt.datetime.combine(day, dt.time(rng.choice([18, 19, 20]), rng.randrange(60)))
            lane = rng.choice(lanes[3:13])
        else:
            day = _day(rng, dt.date(2023, 1, 1), 731)
            bowler, league_id = rng.choice(bowlers), None
            when = _moment(rng, day, 10, 22)
            lane = rng.choice(lanes)
        bumpers = lane[3] and rng.random() < 0.6
        score = int(max(12, min(300, rng.gauss(skill[bowler] - (25 if bumpers else 0), 24))))
        strikes = max(0, min(12, int(score / 24 + rng.gauss(0, 1.2))))
        games.append((gid, lane[0], league_id, bowler, when, score, strikes, max(0, min(10, int(rng.gauss(4, 1.8)))),
                      bumpers))
    occasions = {"birthday party": 25, "casual": 40, "corporate": 12, "stag/hen": 8, "school trip": 6, "date": 9}
    bookings = []
    customers = [f"{f} {ln}" for f, ln in _unique_names(rng, FIRST, LAST, 300)]
    for bid in range(1, 1801):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        occasion = rng.choices(list(occasions), list(occasions.values()))[0]
        start = dt.datetime.combine(day, dt.time(rng.randint(10, 21), rng.choice([0, 30])))
        hours = rng.choice([1, 1, 1, 2, 2, 3]) if occasion != "date" else 1
        party = rng.randint(2, 6) if occasion in ("casual", "date") else rng.randint(6, 16)
        if occasion == "date":
            party = 2
        lane = rng.choice(lanes[:3]) if occasion in ("birthday party", "school trip") and rng.random() < 0.7 else (
            rng.choice(lanes[13:]) if occasion in ("corporate", "stag/hen") and rng.random() < 0.6
            else rng.choice(lanes))
        price = round(hours * (34.0 if lane[2] == "VIP" else 26.0) + party * 2.5 * rng.uniform(0.9, 1.1), 2)
        channel = rng.choices(["online", "phone", "walk-in"], [55, 25, 20])[0]
        bookings.append((bid, lane[0], rng.choice(customers), start, start + dt.timedelta(hours=hours), party,
                         occasion, channel, price, channel != "walk-in" and rng.random() < 0.07))
    _insert(con, "lanes", lanes)
    _insert(con, "leagues", LEAGUES)
    _insert(con, "games", games)
    _insert(con, "lane_bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------ tree surgery firm
CREWS = [(1, "Oak Team", "Jed", "Thornbury", 1978, True, "Guildford"),
         (2, "Ash Team", "Kayleigh", "Rowntree", 1990, True, "Guildford"),
         (3, "Beech Team", "Marcus", "Pryce", 1984, False, "Farnham"),
         (4, "Willow Team", "Sanjay", "Mistry", 1995, True, "Woking"),
         (5, "Rowan Team", "Bronwen", "Lloyd", 1972, False, "Farnham"),
         (6, "Holly Team", "Declan", "Furlong", 1988, True, "Woking")]
SPECIES = [(1, "English Oak", "Quercus robur", True, "slow"), (2, "Common Ash", "Fraxinus excelsior", False, "fast"),
           (3, "Silver Birch", "Betula pendula", False, "fast"), (4, "Beech", "Fagus sylvatica", True, "medium"),
           (5, "Leyland Cypress", "Cupressus x leylandii", False, "fast"),
           (6, "Horse Chestnut", "Aesculus hippocastanum", False, "medium"),
           (7, "Sycamore", "Acer pseudoplatanus", False, "fast"), (8, "Yew", "Taxus baccata", True, "slow"),
           (9, "Scots Pine", "Pinus sylvestris", False, "medium"), (10, "Weeping Willow", "Salix babylonica", False,
                                                                    "fast")]
JOB_TYPES = {"felling": 24, "pruning": 30, "crown reduction": 22, "stump grinding": 14, "hedge reduction": 10}
CLIENT_TYPES = {"private": 60, "council": 15, "school": 8, "estate agent": 5, "commercial": 12}


def build_treesurgery(path: Path | str) -> None:
    """crews (6, lead's birth year), species (10, isProtected), jobs (2023 - 2025-05, hoursWorked, jobDate,
    completedDate NULL while not finished), invoices (issuedDate, paidDate NULL while unpaid, isPaid). camelCase."""
    rng = random.Random(9005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews("crewId" INTEGER PRIMARY KEY, "crewName" VARCHAR,
        "leadFirstName" VARCHAR, "leadLastName" VARCHAR, "leadBirthYear" INTEGER, "hasChipper" BOOLEAN,
        "baseTown" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE species("speciesId" INTEGER PRIMARY KEY, "commonName" VARCHAR,
        "latinName" VARCHAR, "isProtected" BOOLEAN, "growthRate" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE jobs("jobId" INTEGER PRIMARY KEY,
        "crewId" INTEGER REFERENCES crews("crewId"), "speciesId" INTEGER REFERENCES species("speciesId"),
        "clientName" VARCHAR, "clientType" VARCHAR, "jobType" VARCHAR, "jobDate" DATE, "startedAt" TIMESTAMP,
        "completedDate" DATE, "hoursWorked" DOUBLE, "treeHeightM" DOUBLE, "isEmergency" BOOLEAN,
        "wasteTonnes" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE invoices("invoiceId" INTEGER PRIMARY KEY,
        "jobId" INTEGER REFERENCES jobs("jobId"), "issuedDate" DATE, "netAmountGbp" DOUBLE, "vatGbp" DOUBLE,
        "isPaid" BOOLEAN, "paidDate" DATE, "paymentMethod" VARCHAR)""")
    clients = [f"{f} {ln}" for f, ln in _unique_names(rng, FIRST, LAST, 260)]
    jobs, invoices = [], []
    for jid in range(1, 1101):
        day = _day(rng, dt.date(2023, 1, 2), 880)
        crew = rng.choices(CREWS, [22, 20, 16, 18, 10, 14])[0]
        species = rng.choices(SPECIES, [12, 14, 10, 7, 16, 8, 12, 4, 9, 8])[0]
        kind = rng.choices(list(JOB_TYPES), list(JOB_TYPES.values()))[0]
        client_type = rng.choices(list(CLIENT_TYPES), list(CLIENT_TYPES.values()))[0]
        height = round(rng.uniform(4, 28), 1)
        hours = round(max(1.0, rng.gauss({"felling": 9, "pruning": 5, "crown reduction": 7, "stump grinding": 3,
                                          "hedge reduction": 4}[kind] + height / 6, 2.0)), 1)
        emergency = rng.random() < 0.08
        started = _moment(rng, day, 0 if emergency else 7, 23 if emergency else 10)
        days = 0 if hours <= 9 else int(hours // 8)
        completed = day + dt.timedelta(days=days)
        if day > dt.date(2025, 5, 20) and rng.random() < 0.7:
            completed = None
        name = rng.choice(clients) if client_type == "private" else rng.choice(
            {"council": ["Surrey County Council", "Waverley Borough Council", "Woking Borough Council"],
             "school": ["St Mary's Primary", "Farnham Grammar", "Woking High"],
             "estate agent": ["Hamptons Lettings", "Seymours"],
             "commercial": ["Brookfield Business Park", "Wey Retail Park", "Hilton Guildford"]}[client_type])
        jobs.append((jid, crew[0], species[0], name, client_type, kind, day, started, completed, hours, height,
                     emergency, round(hours * rng.uniform(0.15, 0.45), 2)))
        if completed is None:
            continue
        issued = completed + dt.timedelta(days=rng.randint(0, 10))
        net = round(hours * 68.0 * (1.5 if emergency else 1.0) * rng.uniform(0.9, 1.15), 2)
        paid = rng.random() < (0.75 if client_type == "council" else 0.88)
        paid_on = issued + dt.timedelta(days=rng.randint(2, 75)) if paid else None
        if paid_on is not None and paid_on > dt.date(2025, 5, 31):
            paid, paid_on = False, None
        invoices.append((len(invoices) + 1, jid, issued, net, round(net * 0.2, 2), paid, paid_on,
                         rng.choice(["bank transfer", "card", "cheque"]) if paid else None))
    _insert(con, "crews", CREWS)
    _insert(con, "species", SPECIES)
    _insert(con, "jobs", jobs)
    _insert(con, "invoices", invoices)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "tennisclub": build_tennisclub,
    "chocolatefactory": build_chocolatefactory,
    "energyaudits": build_energyaudits,
    "bowling": build_bowling,
    "treesurgery": build_treesurgery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval90-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval90-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval90-dbs"))
