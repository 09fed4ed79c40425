"""Builders of the eighty-eighth held-out evaluation corpus: five DuckDB files in leisure, fleet and field domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `golfclub.duckdb`: a golf club's members (birth date, handicap), competitions (entry fees), rounds (gross scores;
  NULL competition for a social round) and tee bookings
- `carrental.duckdb`: a car rental branch's vehicles (class; NULL sold date while still in the fleet), customers
  (birth year), rentals (NULL return while still out) and damage reports (rental link only implied by its name)
- `libraryevents.duckdb`: public library events (camelCase columns): venues, speakers (birth date, fees), events
  (category; NULL speaker for staff-led events; NULL cancellation date unless cancelled) and registrations (attended)
- `solarops.duckdb`: solar farm operations: panel arrays, daily generation (kWh), inverter faults (NULL fixed date
  while still open) and cleaning visits
- `animalshelter.duckdb`: animal shelter fostering: animals (species, intake date; NULL adoption date while not
  adopted), foster carers (birth year), placements (NULL end date while ongoing) and vet checks

Usage:
    python eval88/datasets.py OUTDIR

Example:
    >>> from eval88.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval88-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['animalshelter.duckdb', 'carrental.duckdb', 'golfclub.duckdb', 'libraryevents.duckdb', 'solarops.duckdb']
"""
from __future__ import annotations

import datetime as dt
import math
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


def _season(day: dt.date) -> float:
    """0 in mid-winter, 1 in mid-summer (northern hemisphere)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)


FIRST = ["Alistair", "Bethan", "Callum", "Delyth", "Eilidh", "Finlay", "Georgina", "Hamish", "Isla", "Jasper",
         "Keira", "Lachlan", "Maisie", "Nathaniel", "Olwen", "Priya", "Quentin", "Rosalind", "Sanjay", "Thea",
         "Ursula", "Vikram", "Wilfred", "Xanthe", "Yusuf", "Zara"]
LAST = ["Abercrombie", "Brierley", "Cartwright", "Drummond", "Ellison", "Featherstone", "Garside", "Hollings",
        "Illingworth", "Jessop", "Kilbride", "Lambton", "Mottram", "Nuttall", "Ormerod", "Pendlebury", "Rushworth",
        "Sowerby", "Thwaite", "Umpleby", "Verity", "Whitworth"]

# ---------------------------------------------------------------------------------------------- golf club
MEMBERSHIP = ["full", "senior", "junior", "weekday", "country"]
COMPETITIONS = ["Captain's Day", "Spring Medal", "Summer Stableford", "Club Championship", "Autumn Foursomes",
                "Winter Texas Scramble", "President's Putter", "Seniors Open", "Midsummer Mixed"]
FORMATS = {"Captain's Day": "stableford", "Spring Medal": "medal", "Summer Stableford": "stableford",
           "Club Championship": "medal", "Autumn Foursomes": "foursomes", "Winter Texas Scramble": "texas scramble",
           "President's Putter": "medal", "Seniors Open": "stableford", "Midsummer Mixed": "foursomes"}
COMP_MONTH = {"Captain's Day": 7, "Spring Medal": 4, "Summer Stableford": 6, "Club Championship": 8,
              "Autumn Foursomes": 10, "Winter Texas Scramble": 12, "President's Putter": 1, "Seniors Open": 5,
              "Midsummer Mixed": 6}
GOLF_START, GOLF_END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def build_golfclub(path: Path | str) -> None:
    """members (220, birth_date, handicap), competitions (entry fees), rounds (competition_id NULL for social
    rounds), tee_bookings (tee_time TIMESTAMP, cancelled flag), 2023-2024."""
    rng = random.Random(8801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, gender VARCHAR, membership_type VARCHAR, handicap DOUBLE,
        joined_on DATE, annual_subscription_gbp DOUBLE, on_committee BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE competitions(competition_id INTEGER PRIMARY KEY, competition_name VARCHAR,
        format VARCHAR, held_on DATE, entry_fee_gbp DOUBLE, prize_fund_gbp DOUBLE, members_only BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rounds(round_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id),
        competition_id INTEGER REFERENCES competitions(competition_id), played_on DATE, tee_colour VARCHAR,
        gross_score INTEGER, putts INTEGER, holes_played INTEGER, walked BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tee_bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), tee_time TIMESTAMP, players INTEGER, buggy_hired BOOLEAN,
        green_fee_gbp DOUBLE, cancelled BOOLEAN)""")
    subs = {"full": 1450.0, "senior": 1100.0, "junior": 240.0, "weekday": 980.0, "country": 620.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        mtype = rng.choices(MEMBERSHIP, [45, 25, 10, 12, 8])[0]
        if mtype == "junior":
            birth = _day(rng, dt.date(2005, 1, 1), 2900)
        elif mtype == "senior":
            birth = _day(rng, dt.date(1938, 1, 1), 8000)
        else:
            birth = _day(rng, dt.date(1955, 1, 1), 17000)
        hcp = round(min(36.0, max(0.0, rng.gauss(17, 8))), 1)
        members.append((mid, first, last, birth, rng.choices(["M", "F"], [68, 32])[0], mtype, hcp,
                        max(birth + dt.timedelta(days=3650), _day(rng, dt.date(1995, 1, 1), 10500)),
                        subs[mtype], rng.random() < 0.06))
    comps = []
    for year in (2023, 2024):
        for name in COMPETITIONS:
            held = dt.date(year, COMP_MONTH[name], 1) + dt.timedelta(days=rng.randrange(27))
            fee = {"medal": 10.0, "stableford": 12.0, "foursomes": 15.0, "texas scramble": 20.0}[FORMATS[name]]
            fee += {"Club Championship": 15.0, "Captain's Day": 18.0}.get(name, 0.0) + (2.0 if year == 2024 else 0.0)
            comps.append((len(comps) + 1, f"{name} {year}", FORMATS[name], held, fee,
                          round(fee * rng.randint(20, 60), 0), name != "Midsummer Mixed"))
    rounds = []
    for comp in comps:
        field = rng.sample(members, rng.randint(28, 70))
        for m in field:
            if m[5] == "junior" and comp[1].startswith("Seniors"):
                continue
            if comp[1].startswith("Seniors") and m[5] != "senior":
                continue
            rounds.append((comp[0], m, comp[3]))
    for _ in range(2600):
        rounds.append((None, rng.choice(members), _day(rng, GOLF_START, (GOLF_END - GOLF_START).days + 1)))
    rounds.sort(key=lambda r: (r[2], r[1][0], r[0] or 0))
    round_rows = []
    for comp_id, m, day in rounds:
        nine = comp_id is None and rng.random() < 0.12
        tee = "red" if m[4] == "F" else ("yellow" if m[5] in ("senior", "junior") else rng.choice(["white", "yellow"]))
        score = round(72 + m[6] * rng.uniform(0.85, 1.15) + rng.gauss(0, 3) + (1.5 if tee == "white" else 0))
        putts = int(max(25, min(42, rng.gauss(31 + m[6] / 8, 2.5))))
        if nine:
            score, putts = round(score / 2), round(putts / 2)
        round_rows.append((len(round_rows) + 1, m[0], comp_id, day, tee, score, putts, 9 if nine else 18,
                           rng.random() < (0.45 if m[5] == "senior" else 0.8)))
    bookings = []
    for _ in range(1900):
        m = rng.choice(members)
        day = _day(rng, GOLF_START, (GOLF_END - GOLF_START).days + 1)
        first_hour = 7 if _season(day) > 0.4 else 8
        when = dt.datetime.combine(day, dt.time(rng.randint(first_hour, 16), rng.choice([0, 10, 20, 30, 40, 50])))
        players = rng.choices([1, 2, 3, 4], [10, 30, 20, 40])[0]
        guests = rng.choices([0, 1, 2], [60, 30, 10])[0] if players > 1 else 0
        bookings.append((len(bookings) + 1, m[0], when, players, rng.random() < (0.4 if m[5] == "senior" else 0.15),
                         guests * (35.0 if day.weekday() < 5 else 45.0), rng.random() < 0.09))
    _insert(con, "members", members)
    _insert(con, "competitions", comps)
    _insert(con, "rounds", round_rows)
    _insert(con, "tee_bookings", bookings)
    con.close()


# ---------------------------------------------------------------------------------------------- car rental
CLASSES = {"economy": (32.0, ["Toyota Aygo", "Kia Picanto", "Fiat 500"]),
           "compact": (44.0, ["Ford Focus", "VW Golf", "Vauxhall Astra"]),
           "SUV": (68.0, ["Nissan Qashqai", "Kia Sportage", "Skoda Kodiaq"]),
           "van": (75.0, ["Ford Transit", "VW Transporter"]),
           "premium": (110.0, ["BMW 5 Series", "Mercedes E-Class", "Audi A6"])}
FUELS = ["petrol", "diesel", "hybrid", "electric"]
TOWNS = ["Bristol", "Bath", "Swindon", "Cheltenham", "Gloucester", "Cardiff"]
DAMAGE = {"scratch": (60, 260), "dent": (150, 650), "windscreen chip": (40, 120), "cracked windscreen": (250, 600),
          "tyre": (80, 220), "interior stain": (50, 180)}
RENT_START, RENT_END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)


def build_carrental(path: Path | str) -> None:
    """vehicles (60; sold_on NULL while still in the fleet), customers (420, birth_year), rentals (pickup/return
    TIMESTAMPs, odometer km; NULL return while still out), damage_reports (rental_id NOT declared as a foreign key),
    2023-01 to 2025-06."""
    rng = random.Random(8802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, reg_plate VARCHAR,
        make_model VARCHAR,
        vehicle_class VARCHAR, fuel_type VARCHAR, seats INTEGER, daily_rate_gbp DOUBLE, automatic BOOLEAN,
        acquired_on DATE, sold_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_town VARCHAR, licence_points INTEGER, loyalty_member BOOLEAN,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        vehicle_id INTEGER REFERENCES vehicles(vehicle_id), customer_id INTEGER REFERENCES customers(customer_id),
        booking_channel VARCHAR, pickup_at TIMESTAMP, return_at TIMESTAMP, odometer_out_km INTEGER,
        odometer_in_km INTEGER, total_charge_gbp DOUBLE, extra_insurance BOOLEAN, late_return BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE damage_reports(report_id INTEGER PRIMARY KEY, rental_id INTEGER,
        reported_on DATE, damage_type VARCHAR, repair_cost_gbp DOUBLE, customer_liable BOOLEAN)""")
    vehicles = []
    for vid in range(1, 61):
        cls = rng.choices(list(CLASSES), [22, 28, 20, 12, 18])[0]
        rate, models = CLASSES[cls]
        fuel = "diesel" if cls == "van" else rng.choices(FUELS, [40, 15, 30, 15])[0]
        acquired = _day(rng, dt.date(2020, 6, 1), 1400)
        sold = _day(rng, dt.date(2024, 1, 1), 540) if rng.random() < 0.25 else None
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        vehicles.append((vid, f"W{rng.choice('ABDEFGHJ')}{acquired.year % 100:02d} {letters}", rng.choice(models),
                         cls, fuel, 3 if cls == "van" else (7 if cls == "SUV" and rng.random() < 0.3 else 5),
                         round(rate * rng.uniform(0.95, 1.08), 2), cls == "premium" or rng.random() < 0.35,
                         acquired, sold))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        customers.append((cid, first, last, rng.randint(1948, 2003), rng.choices(TOWNS, [30, 15, 15, 12, 13, 15])[0],
                          rng.choices([0, 3, 6, 9], [70, 18, 9, 3])[0], rng.random() < 0.3,
                          _day(rng, dt.date(2016, 1, 1), 3100)))
    rentals, reports = [], []
    for _ in range(2300):
        day = _day(rng, RENT_START, (RENT_END - RENT_START).days + 1)
        fleet = [v for v in vehicles if v[8] <= day and (v[9] is None or v[9] > day)]
        v = rng.choice(fleet)
        c = rng.choice(customers)
        pickup = _moment(rng, day, 8, 18)
        days = rng.choices([1, 2, 3, 4, 5, 7, 10, 14], [18, 20, 18, 12, 10, 12, 6, 4])[0]
        ret = pickup + dt.timedelta(days=days, hours=rng.randint(-3, 5), minutes=rng.randrange(60))
        km_out = rng.randint(4000, 90000)
        km = int(days * rng.uniform(40, 180))
        if ret.date() > RENT_END:
            ret_val, km_in, charge = None, None, None
        else:
            ret_val, km_in = ret, km_out + km
            charge = round(days * v[6] * rng.uniform(0.9, 1.1), 2)
        insurance = rng.random() < 0.35
        if charge is not None and insurance:
            charge = round(charge + 9.5 * days, 2)
        late = ret_val is not None and rng.random() < 0.08
        rentals.append((len(rentals) + 1, v[0], c[0], rng.choices(["website", "phone", "walk-in", "partner app"],
                        [50, 15, 20, 15])[0], pickup, ret_val, km_out, km_in, charge, insurance, late))
        if ret_val is not None and rng.random() < 0.11:
            dtype = rng.choices(list(DAMAGE), [30, 20, 15, 8, 15, 12])[0]
            lo, hi = DAMAGE[dtype]
            reports.append((len(reports) + 1, len(rentals), ret_val.date(), dtype, round(rng.uniform(lo, hi), 2),
                            not insurance and rng.random() < 0.75))
    _insert(con, "vehicles", vehicles)
    _insert(con, "customers", customers)
    _insert(con, "rentals", rentals)
    _insert(con, "damage_reports", reports)
    con.close()


# ---------------------------------------------------------------------------------------------- library events
VENUES = [(1, "Central Library Lecture Theatre", "Central", 120, True),
          (2, "Central Library Children's Corner", "Central", 40, True),
          (3, "Northgate Community Room", "Northgate", 60, True),
          (4, "Northgate Reading Room", "Northgate", 25, False),
          (5, "Riverside Studio", "Riverside", 45, True),
          (6, "Hillcrest Meeting Room", "Hillcrest", 30, False),
          (7, "Hillcrest Garden Room", "Hillcrest", 35, True)]
CATEGORIES = {"author talk": (0.35, 6.0), "workshop": (0.2, 4.0), "children's storytime": (0.0, 0.0),
              "book club": (0.0, 0.0), "film screening": (0.1, 3.0), "local history": (0.25, 5.0)}
EVENT_TITLES = {"author talk": ["An Evening with {}", "{} in Conversation", "Meet the Author: {}"],
                "workshop": ["Creative Writing Workshop", "Family History Online", "Beginners' Coding Club",
                             "Knit and Natter", "Digital Skills Drop-in"],
                "children's storytime": ["Rhyme Time", "Storytime Under Fives", "Lego Story Club"],
                "book club": ["Crime Fiction Circle", "Classics Book Club", "Teen Reads"],
                "film screening": ["Silent Film Night", "Documentary Matinee", "Classic Cinema Club"],
                "local history": ["Lost Mills of the Valley", "Our Town in 1900", "Canal Heritage Walk and Talk"]}
EV_START, EV_END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def build_libraryevents(path: Path | str) -> None:
    """venues (7), speakers (30, birthDate, feeGbp), events (category; speakerId NULL for staff-led events,
    cancelledOn NULL unless cancelled), registrations (attended flag), 2023-2024. camelCase columns."""
    rng = random.Random(8803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE venues(venueId INTEGER PRIMARY KEY, venueName VARCHAR, branch VARCHAR,
        capacity INTEGER, stepFreeAccess BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE speakers(speakerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, speakerType VARCHAR, feeGbp DOUBLE, isLocal BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE events(eventId INTEGER PRIMARY KEY, title VARCHAR, category VARCHAR,
        venueId INTEGER REFERENCES venues(venueId), speakerId INTEGER REFERENCES speakers(speakerId),
        startsAt TIMESTAMP, durationMins INTEGER, ticketPriceGbp DOUBLE, isFree BOOLEAN, cancelledOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE registrations(registrationId INTEGER PRIMARY KEY,
        eventId INTEGER REFERENCES events(eventId), registeredAt TIMESTAMP, ageGroup VARCHAR, seats INTEGER,
        attended BOOLEAN)""")
    speakers = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        kind = rng.choices(["author", "historian", "tutor", "film expert"], [40, 25, 25, 10])[0]
        speakers.append((sid, first, last, _day(rng, dt.date(1946, 1, 1), 17500), kind,
                         round(rng.choice([50, 75, 100, 120, 150, 200, 250, 300]) * (1.4 if kind == "author" else 1)
                               * rng.uniform(0.9, 1.1), 2), rng.random() < 0.5))
    by_kind = {k: [s for s in speakers if s[4] == k] for k in ("author", "historian", "tutor", "film expert")}
    events, regs = [], []
    day = EV_START
    while day <= EV_END:
        for _ in range(rng.choices([0, 1, 2], [35, 45, 20])[0]):
            cat = rng.choices(list(CATEGORIES), [18, 20, 22, 14, 12, 14])[0]
            paid_share, price = CATEGORIES[cat]
            speaker = None
            if cat == "author talk":
                speaker = rng.choice(by_kind["author"])
            elif cat == "local history":
                speaker = rng.choice(by_kind["historian"])
            elif cat == "workshop" and rng.random() < 0.7:
                speaker = rng.choice(by_kind["tutor"])
            elif cat == "film screening" and rng.random() < 0.5:
                speaker = rng.choice(by_kind["film expert"])
            title = rng.choice(EVENT_TITLES[cat])
            if "{}" in title:
                title = title.format(f"{speaker[1]} {speaker[2]}")
            if cat == "children's storytime":
                venue = VENUES[1] if rng.random() < 0.6 else rng.choice([VENUES[2], VENUES[6]])
                hour = rng.choice([10, 11, 14])
            else:
                venue = rng.choice(VENUES[:1] + VENUES[2:])
                hour = rng.choice([10, 14, 18, 19]) if cat != "film screening" else rng.choice([14, 19])
            starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])))
            paid = rng.random() < paid_share
            cancelled = day - dt.timedelta(days=rng.randint(1, 10)) if rng.random() < 0.06 else None
            duration = {"children's storytime": 45, "film screening": 120}.get(cat, rng.choice([60, 90, 120]))
            event = (len(events) + 1, title, cat, venue[0], speaker[0] if speaker else None, starts, duration,
                     round(price * rng.uniform(0.8, 1.3), 0) if paid else 0.0, not paid, cancelled)
            events.append(event)
            popularity = rng.uniform(0.3, 1.0)
            for _ in range(int(venue[3] * popularity * rng.uniform(0.2, 0.5))):
                ahead = dt.timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 12), minutes=rng.randrange(60))
                group = ("child" if cat == "children's storytime" and rng.random() < 0.7 else
                         rng.choices(["teen", "adult", "senior"], [10, 55, 35])[0])
                attended = cancelled is None and rng.random() < (0.68 if not paid else 0.88)
                regs.append((len(regs) + 1, event[0], starts - ahead - dt.timedelta(hours=2), group,
                             rng.choices([1, 2, 3, 4], [60, 28, 8, 4])[0], attended))
        day += dt.timedelta(days=1)
    _insert(con, "venues", VENUES)
    _insert(con, "speakers", speakers)
    _insert(con, "events", events)
    _insert(con, "registrations", regs)
    con.close()


# ---------------------------------------------------------------------------------------------- solar operations
PANEL_ARRAYS = [(1, "HF-A", "Hollow Farm", "JA Solar 410W", 1800, 738.0, "south", True, dt.date(2018, 4, 1)),
                (2, "HF-B", "Hollow Farm", "JA Solar 410W", 1500, 615.0, "east-west", False, dt.date(2018, 4, 1)),
                (3, "KM-1", "Kings Moor", "Trina Vertex 550W", 2200, 1210.0, "south", True, dt.date(2021, 7, 1)),
                (4, "KM-2", "Kings Moor", "Trina Vertex 550W", 1600, 880.0, "east-west", True, dt.date(2021, 7, 1)),
                (5, "SL-1", "Saltmarsh Lane", "LONGi Hi-MO 5", 1200, 648.0, "south", False, dt.date(2020, 3, 15)),
                (6, "SL-2", "Saltmarsh Lane", "LONGi Hi-MO 5", 900, 486.0, "south", False, dt.date(2022, 9, 1))]
FAULT_CODES = {"isolation fault": (3, 40), "grid overvoltage": (1, 8), "fan failure": (4, 25),
               "communication loss": (1, 12), "IGBT failure": (12, 400)}
CONTRACTORS = ["BrightPanel Ltd", "ClearSun Services", "in-house"]
SOL_START, SOL_END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def build_solarops(path: Path | str) -> None:
    """panel_arrays (6), daily_generation (one row per array per day 2023-2024, kWh), inverter_faults (fixed_on NULL
    while still open), cleaning_visits (robotic flag, litres, cost)."""
    rng = random.Random(8804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE panel_arrays(array_id INTEGER PRIMARY KEY, array_code VARCHAR,
        site_name VARCHAR, panel_model VARCHAR, panel_count INTEGER, capacity_kwp DOUBLE, orientation VARCHAR,
        has_tracker BOOLEAN, commissioned_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE daily_generation(generation_id INTEGER PRIMARY KEY,
        array_id INTEGER REFERENCES panel_arrays(array_id), gen_date DATE, generated_kwh DOUBLE, peak_output_kw DOUBLE,
        sunshine_hours DOUBLE, export_limited BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inverter_faults(fault_id INTEGER PRIMARY KEY,
        array_id INTEGER REFERENCES panel_arrays(array_id), detected_at TIMESTAMP, fault_code VARCHAR,
        severity VARCHAR, fixed_on DATE, lost_kwh DOUBLE, callout_cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE cleaning_visits(visit_id INTEGER PRIMARY KEY,
        array_id INTEGER REFERENCES panel_arrays(array_id), visit_date DATE, contractor VARCHAR, robotic BOOLEAN,
        water_litres INTEGER, cost_gbp DOUBLE, panels_cleaned INTEGER)""")
    gen = []
    day = SOL_START
    while day <= SOL_END:
        weather = rng.uniform(0.25, 1.0)
        for arr in PANEL_ARRAYS:
            season = _season(day)
            sunshine = round(max(0.0, (1.5 + 9 * season) * weather * rng.uniform(0.7, 1.1)), 1)
            kwh = arr[5] * (0.6 + 4.4 * season) * (0.35 + 0.65 * weather) * (1.12 if arr[7] else 1.0)
            kwh *= rng.uniform(0.9, 1.05) * (0.93 if arr[6] == "east-west" else 1.0)
            limited = kwh > arr[5] * 4.2 and rng.random() < 0.5
            if limited:
                kwh *= 0.9
            gen.append((len(gen) + 1, arr[0], day, round(kwh, 1),
                        round(arr[5] * (0.25 + 0.6 * weather) * (0.5 + 0.5 * season), 1), sunshine, limited))
        day += dt.timedelta(days=1)
    faults = []
    for _ in range(260):
        arr = rng.choices(PANEL_ARRAYS, [20, 15, 18, 14, 22, 11])[0]
        code = rng.choices(list(FAULT_CODES), [25, 20, 18, 30, 7])[0]
        fix_days, cost = FAULT_CODES[code]
        detected = _moment(rng, _day(rng, SOL_START, (SOL_END - SOL_START).days + 1), 0, 23)
        fixed = detected.date() + dt.timedelta(days=rng.randint(0, 2 * fix_days))
        if fixed > SOL_END or rng.random() < 0.03:
            fixed = None
        sev = "high" if code == "IGBT failure" else rng.choices(["low", "medium", "high"], [45, 40, 15])[0]
        lost = round((fix_days if fixed is None else (fixed - detected.date()).days + 0.5) * arr[5] * 0.08
                     * rng.uniform(0.3, 1.0), 1)
        faults.append((len(faults) + 1, arr[0], detected, code, sev, fixed, lost,
                       round(rng.uniform(0.6, 1.4) * cost * 10 + 95, 2)))
    faults.sort(key=lambda f: f[2])
    faults = [(i + 1,) + f[1:] for i, f in enumerate(faults)]
    visits = []
    for arr in PANEL_ARRAYS:
        day = SOL_START + dt.timedelta(days=rng.randrange(30))
        while day <= SOL_END:
            contractor = rng.choices(CONTRACTORS, [45, 30, 25])[0]
            robotic = contractor != "in-house" and rng.random() < 0.4
            cleaned = arr[4] if rng.random() < 0.8 else int(arr[4] * rng.uniform(0.4, 0.9))
            visits.append((len(visits) + 1, arr[0], day, contractor, robotic,
                           int(cleaned * rng.uniform(1.5, 3.0) * (0.6 if robotic else 1.0)),
                           0.0 if contractor == "in-house" else round(cleaned * rng.uniform(0.35, 0.55), 2), cleaned))
            day += dt.timedelta(days=rng.randint(40, 75) if _season(day) > 0.5 else rng.randint(60, 110))
    visits.sort(key=lambda v: (v[2], v[1]))
    visits = [(i + 1,) + v[1:] for i, v in enumerate(visits)]
    _insert(con, "panel_arrays", PANEL_ARRAYS)
    _insert(con, "daily_generation", gen)
    _insert(con, "inverter_faults", faults)
    _insert(con, "cleaning_visits", visits)
    con.close()


# ---------------------------------------------------------------------------------------------- animal shelter
SPECIES = {"dog": (["Labrador cross", "Staffie", "Collie", "Jack Russell", "Greyhound", "Spaniel"], (6, 35)),
           "cat": (["Domestic shorthair", "Domestic longhair", "Siamese cross", "Maine Coon cross"], (2.5, 6.5)),
           "rabbit": (["Lop", "Netherland Dwarf", "Rex"], (1.2, 3.5)),
           "guinea pig": (["Abyssinian", "American", "Teddy"], (0.7, 1.2))}
PET_NAMES = ["Biscuit", "Pepper", "Luna", "Ziggy", "Mabel", "Rolo", "Nala", "Otis", "Poppy", "Bramble", "Skye",
             "Winston", "Hazel", "Pickle", "Juniper", "Toffee", "Boris", "Clover", "Dexter", "Willow", "Fudge",
             "Maple", "Sprout", "Ivy", "Bruno", "Tilly", "Muffin", "Rocky", "Daisy", "Pip"]
TOWNS_SHELTER = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Otley"]
VETS = ["Dr Anwen Price", "Dr Marcus Feld", "Dr Leah Osei"]
CHECK_TYPES = {"vaccination": 38.0, "health check": 45.0, "dental": 140.0, "microchipping": 25.0,
               "neutering": 160.0}
SH_START, SH_END = dt.date(2023, 1, 1), dt.date(2025, 2, 28)


def build_animalshelter(path: Path | str) -> None:
    """animals (~420; birth_date estimated, adopted_on NULL while not yet adopted), foster_carers (45, birth_year),
    placements (end_date NULL while ongoing), vet_checks (checked_at TIMESTAMP, cost), 2023-01 to 2025-02."""
    rng = random.Random(8805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id INTEGER PRIMARY KEY, name VARCHAR, species VARCHAR,
        breed VARCHAR, sex VARCHAR, birth_date DATE, intake_date DATE, intake_reason VARCHAR, intake_weight_kg DOUBLE,
        neutered BOOLEAN, special_needs BOOLEAN, adopted_on DATE, adoption_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE foster_carers(carer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, town VARCHAR, has_garden BOOLEAN, has_other_pets BOOLEAN,
        approved_on DATE, max_animals INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE placements(placement_id INTEGER PRIMARY KEY,
        animal_id INTEGER REFERENCES animals(animal_id), carer_id INTEGER REFERENCES foster_carers(carer_id),
        start_date DATE, end_date DATE, end_reason VARCHAR, weekly_allowance_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE vet_checks(check_id INTEGER PRIMARY KEY,
        animal_id INTEGER REFERENCES animals(animal_id), checked_at TIMESTAMP, vet_name VARCHAR, check_type VARCHAR,
        weight_kg DOUBLE, cost_gbp DOUBLE, all_clear BOOLEAN)""")
    carers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        carers.append((cid, first, last, rng.randint(1950, 2002), rng.choices(TOWNS_SHELTER, [35, 20, 15, 15, 15])[0],
                       rng.random() < 0.65, rng.random() < 0.4, _day(rng, dt.date(2018, 1, 1), 2400),
                       rng.choices([1, 2, 3], [50, 35, 15])[0]))
    animals, placements, checks = [], [], []
    fees = {"dog": 195.0, "cat": 95.0, "rabbit": 45.0, "guinea pig": 25.0}
    for aid in range(1, 421):
        species = rng.choices(list(SPECIES), [38, 40, 13, 9])[0]
        breeds, (wlo, whi) = SPECIES[species]
        intake = _day(rng, SH_START, (SH_END - SH_START).days + 1)
        life = {"dog": 5000, "cat": 5500, "rabbit": 2500, "guinea pig": 1500}[species]
        birth = intake - dt.timedelta(days=rng.randint(60, life))
        reason = rng.choices(["stray", "owner surrender", "transfer", "seized"], [35, 40, 18, 7])[0]
        special = rng.random() < 0.12
        stay = int(rng.uniform(14, 200) * (1.8 if special else 1.0) * (1.3 if species == "dog" else 1.0))
        adopted = intake + dt.timedelta(days=stay)
        if adopted > SH_END:
            adopted = None
        animals.append((aid, rng.choice(PET_NAMES), species, rng.choice(breeds), rng.choice(["male", "female"]),
                        birth, intake, reason, round(rng.uniform(wlo, whi), 1), rng.random() < 0.55, special,
                        adopted, fees[species] if adopted else None))
        # fostering: most animals go to one or two foster homes between intake and adoption
        if rng.random() < 0.78:
            start = intake + dt.timedelta(days=rng.randint(1, 10))
            stop = adopted or SH_END + dt.timedelta(days=1)
            hops = rng.choices([1, 2], [75, 25])[0]
            for h in range(hops):
                if start >= stop:
                    break
                carer = rng.choice(carers)
                end = start + dt.timedelta(days=rng.randint(10, 90)) if h < hops - 1 else adopted
                if end is not None and end >= stop:
                    end = adopted
                if end is not None and end > SH_END:
                    end = None
                reason_end = None if end is None else ("adopted" if end == adopted else
                                                       rng.choice(["carer unavailable", "returned to shelter",
                                                                   "moved to another carer"]))
                placements.append((len(placements) + 1, aid, carer[0], start, end, reason_end,
                                   {"dog": 20.0, "cat": 12.0}.get(species, 6.0)))
                if end is None:
                    break
                start = end
        for _ in range(rng.randint(1, 4)):
            when = intake + dt.timedelta(days=rng.randint(0, max(1, stay)))
            if when > SH_END:
                continue
            ctype = rng.choices(list(CHECK_TYPES), [30, 35, 8, 15, 12])[0]
            checks.append((aid, _moment(rng, when, 8, 17), rng.choice(VETS), ctype,
                           round(animals[-1][8] * rng.uniform(0.95, 1.15), 1),
                           round(CHECK_TYPES[ctype] * rng.uniform(0.9, 1.2) * (1.3 if species == "dog" else 1.0), 2),
                           rng.random() < 0.82))
    checks.sort(key=lambda c: c[1])
    checks = [(i + 1,) + c for i, c in enumerate(checks)]
    _insert(con, "foster_carers", carers)
    _insert(con, "animals", animals)
    _insert(con, "placements", placements)
    _insert(con, "vet_checks", checks)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "golfclub": build_golfclub,
    "carrental": build_carrental,
    "libraryevents": build_libraryevents,
    "solarops": build_solarops,
    "animalshelter": build_animalshelter,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval88-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval88-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval88-dbs"))
