"""Builders of the seventy-ninth held-out evaluation corpus: five DuckDB files in leisure and local-service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `allotments.duckdb`: an allotment society's plots, tenants (birth year; NULL end date while still renting),
  annual rents (paid/unpaid/waived; NULL paid date unless paid) and produce weigh-ins
- `icerink.duckdb`: an ice rink's skaters (birth date), public sessions, skate hire (NULL skater for walk-ins) and
  hockey games with scores (camelCase columns)
- `waterco.duckdb`: a water utility's customers (birth date), meters, meter readings (meter link only implied by
  its name) and leak reports (NULL repair date while still open)
- `escaperooms.duckdb`: an escape room venue's rooms (difficulty), teams and bookings (escape time NULL when the
  team did not get out)
- `pottery.duckdb`: a pottery studio's members (birth date; NULL left date while still a member), kilns, firings
  (temperatures) and classes

Usage:
    python eval79/datasets.py OUTDIR

Example:
    >>> from eval79.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval79-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['allotments.duckdb', 'escaperooms.duckdb', 'icerink.duckdb', 'pottery.duckdb', 'waterco.duckdb']
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


FIRST = ["Agnes", "Barnaby", "Callum", "Delyth", "Eilidh", "Felix", "Greta", "Hamish", "Isla", "Joel", "Keira",
         "Lachlan", "Maisie", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Seb", "Thea", "Usha", "Viktor",
         "Wren", "Xander", "Yusuf", "Zara"]
LAST = ["Abbott", "Brierley", "Chadwick", "Dunmore", "Ellison", "Farrow", "Gilchrist", "Hollis", "Iveson",
        "Jessop", "Kilbride", "Lomax", "Mottram", "Nuttall", "Ormerod", "Pennington", "Quigley", "Rushworth",
        "Sowerby", "Thackray", "Varley", "Whitaker", "Yardley"]

# ---------------------------------------------------------------------------------------------- allotments
ALLOT_SITES = {"Northfield": 28, "Riverside": 22, "Church Lane": 16, "Beck Bottom": 12}
CROPS = {"potatoes": 9.0, "onions": 3.5, "beans": 2.5, "tomatoes": 4.0, "courgettes": 5.0, "soft fruit": 1.8,
         "brassicas": 4.5}
RENT = {2022: 48.0, 2023: 52.0, 2024: 56.0}


def build_allotments(path: Path | str) -> None:
    """plots (78), tenants (birth_year; ended_on NULL while still renting), rents (one a tenant a year 2022-2024,
    paid_on NULL unless paid), weigh_ins (produce weights, 2022-2024)."""
    rng = random.Random(7901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, plot_number VARCHAR, site VARCHAR,
        size_sq_m INTEGER, has_shed BOOLEAN, has_water_tap BOOLEAN, half_plot BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenants(tenant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, plot_id INTEGER REFERENCES plots(plot_id), started_on DATE,
        ended_on DATE, concession BOOLEAN, email VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE rents(rent_id INTEGER PRIMARY KEY,
        tenant_id INTEGER REFERENCES tenants(tenant_id), rent_year INTEGER, amount_gbp DOUBLE, status VARCHAR,
        paid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE weigh_ins(weigh_in_id INTEGER PRIMARY KEY,
        plot_id INTEGER REFERENCES plots(plot_id), weighed_at TIMESTAMP, crop VARCHAR, weight_kg DOUBLE,
        show_entry BOOLEAN)""")
    plots = []
    for site, n in ALLOT_SITES.items():
        for k in range(1, n + 1):
            half = rng.random() < 0.3
            plots.append((len(plots) + 1, f"{site[0]}{k:02d}", site, (125 if half else 250) + rng.randint(-20, 20),
                          rng.random() < 0.55, rng.random() < (0.8 if site != "Beck Bottom" else 0.3), half))
    names = _unique_names(rng, FIRST, LAST, 130)
    tenants = []
    end = dt.date(2024, 12, 31)
    for plot in plots:
        start = _day(rng, dt.date(2008, 1, 1), 5000)
        while True:
            first, last = names[len(tenants)]
            ended = None
            if rng.random() < 0.45:
                ended = start + dt.timedelta(days=rng.randint(200, 3000))
                if ended > end:
                    ended = None
            tenants.append((len(tenants) + 1, first, last, rng.randint(1942, 2001), plot[0], start, ended,
                            rng.random() < 0.2, f"{first.lower()}.{last.lower()}@example.org"))
            if ended is None or len(tenants) >= len(names):
                break
            start = ended + dt.timedelta(days=rng.randint(5, 90))
            if start > end:
                break
    rents = []
    for t in tenants:
        for year in RENT:
            if t[5] > dt.date(year, 10, 1) or (t[6] is not None and t[6] < dt.date(year, 1, 1)):
                continue
            amount = RENT[year] * (0.5 if plots[t[4] - 1][6] else 1.0) * (0.5 if t[7] else 1.0)
            status = rng.choices(["paid", "unpaid", "waived"], [84, 11, 5] if year < 2024 else [74, 22, 4])[0]
            paid = _day(rng, dt.date(year, 1, 5), 120) if status == "paid" else None
            rents.append((len(rents) + 1, t[0], year, amount, status, paid))
    weigh = []
    crops = list(CROPS)
    while len(weigh) < 2400:
        day = _day(rng, dt.date(2022, 3, 1), 1036)
        if rng.random() > _season(day) ** 0.6:
            continue
        plot = rng.choice(plots)
        crop = rng.choices(crops, [22, 12, 14, 16, 12, 10, 14])[0]
        kg = round(CROPS[crop] * rng.uniform(0.3, 1.8) * (0.6 if plot[6] else 1.0), 2)
        weigh.append((len(weigh) + 1, plot[0], _moment(rng, day, 8, 19), crop, kg, rng.random() < 0.06))
    _insert(con, "plots", plots)
    _insert(con, "tenants", tenants)
    _insert(con, "rents", rents)
    _insert(con, "weigh_ins", weigh)
    con.close()


# ---------------------------------------------------------------------------------------------- ice rink
SESSION_TYPES = {"general skate": (90, 7.5, 250), "disco skate": (120, 9.0, 220), "toddler time": (60, 5.0, 60),
                 "adults only": (90, 8.0, 120)}
MEMBERSHIPS = ["none", "silver", "gold"]
TEAMS = ["Steel City Sabres", "Peak Penguins", "Moorland Mammoths", "Canal Street Kings", "Dale Wolves"]
HIRE_FEE = 3.5


def build_icerink(path: Path | str) -> None:
    """skaters (birthDate), publicSessions (2023-2024), skateHires (skaterId NULL for walk-ins), hockeyGames
    (scores; camelCase columns)."""
    rng = random.Random(7902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE skaters(skaterId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, membershipType VARCHAR, joinedOn DATE, ownSkates BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE publicSessions(sessionId INTEGER PRIMARY KEY, sessionType VARCHAR,
        startsAt TIMESTAMP, durationMins INTEGER, capacity INTEGER, ticketsSold INTEGER, ticketPriceGbp DOUBLE,
        iceResurfaced BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE skateHires(hireId INTEGER PRIMARY KEY,
        sessionId INTEGER REFERENCES publicSessions(sessionId), skaterId INTEGER REFERENCES skaters(skaterId),
        bootSize DOUBLE, skateKind VARCHAR, feeGbp DOUBLE, returnedLate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hockeyGames(gameId INTEGER PRIMARY KEY, gameDate DATE,
        faceoffAt TIMESTAMP, homeTeam VARCHAR, awayTeam VARCHAR, homeScore INTEGER, awayScore INTEGER,
        attendance INTEGER, wentToOvertime BOOLEAN, competition VARCHAR)""")
    skaters = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        skaters.append((sid, first, last, _day(rng, dt.date(1958, 1, 1), 20000),
                        rng.choices(MEMBERSHIPS, [55, 30, 15])[0], _day(rng, dt.date(2016, 1, 1), 3100),
                        rng.random() < 0.3))
    sessions = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        wd = day.weekday()
        slots = [("general skate", 10), ("general skate", 14)]
        if wd == 4 or wd == 5:
            slots.append(("disco skate", 19))
        if wd in (1, 3):
            slots.append(("toddler time", 9))
        if wd == 2:
            slots.append(("adults only", 20))
        for kind, hour in slots:
            if rng.random() < 0.25:
                continue
            mins, price, cap = SESSION_TYPES[kind]
            winter = 1.0 - _season(day)
            demand = (0.35 + 0.55 * winter) * (1.3 if wd >= 5 else 1.0) * rng.uniform(0.6, 1.1)
            sold = max(3, min(cap, int(cap * demand)))
            price = price + (1.0 if day.year == 2024 else 0.0)
            sessions.append((len(sessions) + 1, kind, dt.datetime.combine(day, dt.time(hour, 0 if hour != 14 else 30)),
                             mins, cap, sold, price, rng.random() < 0.8))
        day += dt.timedelta(days=1)
    hires = []
    for s in sessions:
        for _ in range(int(s[5] * rng.uniform(0.02, 0.06))):
            member = rng.random() < 0.45
            skater = rng.choice(skaters) if member else None
            size = rng.choice([x / 2 for x in range(2, 27)]) if s[1] == "toddler time" and rng.random() < 0.6 \
                else rng.choice([x / 2 for x in range(8, 27)])
            mix = [55, 35, 10] if s[1] != "toddler time" else [20, 10, 70]
            kind = rng.choices(["figure", "hockey", "trainer"], mix)[0]
            fee = HIRE_FEE + (0.5 if s[2].year == 2024 else 0.0) - (1.0 if skater and skater[4] == "gold" else 0.0)
            hires.append((len(hires) + 1, s[0], skater[0] if skater else None, size, kind, fee, rng.random() < 0.07))
    games = []
    gday = dt.date(2023, 1, 7)
    while gday <= dt.date(2024, 12, 31):
        if gday.month not in (6, 7, 8):
            home = "Steel City Sabres" if rng.random() < 0.6 else rng.choice(TEAMS[1:])
            away = rng.choice([t for t in TEAMS if t != home])
            hs, aw = rng.choices(range(8), [6, 12, 18, 20, 16, 12, 9, 7])[0], \
                rng.choices(range(8), [8, 15, 20, 20, 15, 10, 7, 5])[0]
            ot = hs == aw
            if ot:
                if rng.random() < 0.55:
                    hs += 1
                else:
                    aw += 1
            games.append((len(games) + 1, gday, dt.datetime.combine(gday, dt.time(rng.choice([17, 18, 19]), 30)),
                          home, away, hs, aw, rng.randint(350, 1800), ot, rng.choices(["league", "cup", "friendly"],
                                                                                        [70, 18, 12])[0]))
        gday += dt.timedelta(days=rng.choice([6, 7, 7, 8]))
    _insert(con, "skaters", skaters)
    _insert(con, "publicSessions", sessions)
    _insert(con, "skateHires", hires)
    _insert(con, "hockeyGames", games)
    con.close()


# ---------------------------------------------------------------------------------------------- water utility
ZONES = ["Northgate", "Eastwood", "Southbank", "Westcliff"]
LEAK_PLACES = {"service pipe": 1.0, "stop tap": 0.5, "main": 3.0, "hydrant": 1.5}


def build_waterco(path: Path | str) -> None:
    """customers (birth_date), meters (declared FK), readings (meter_id NOT declared; monthly 2023-2024),
    leak_reports (repaired_on NULL while still open; 2023-01..2025-03)."""
    rng = random.Random(7903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, supply_zone VARCHAR, tariff VARCHAR, on_priority_register BOOLEAN,
        account_opened DATE)""")
    con.execute("""CREATE OR REPLACE TABLE meters(meter_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), serial_number VARCHAR, meter_kind VARCHAR,
        fitted_on DATE, is_smart BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE readings(reading_id INTEGER PRIMARY KEY, meter_id INTEGER,
        reading_date DATE, consumption_litres INTEGER, estimated BOOLEAN, bill_amount_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE leak_reports(report_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), reported_at TIMESTAMP, leak_location VARCHAR,
        priority VARCHAR, repaired_on DATE, repair_cost_gbp DOUBLE, water_lost_litres INTEGER)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        customers.append((cid, first, last, _day(rng, dt.date(1940, 1, 1), 22000), rng.choice(ZONES),
                          rng.choices(["standard", "social", "business"], [70, 15, 15])[0], rng.random() < 0.1,
                          _day(rng, dt.date(2000, 1, 1), 8000)))
    meters = []
    for c in customers:
        smart = rng.random() < 0.4
        meters.append((len(meters) + 1, c[0], f"SN{rng.randrange(10**6):06d}", "smart" if smart else
                       rng.choice(["mechanical", "dial"]), max(c[7], _day(rng, dt.date(2008, 1, 1), 5500)), smart))
    tariff = {c[0]: c[5] for c in customers}
    readings = []
    for m in meters:
        base = rng.uniform(5000, 14000) * (4 if tariff[m[1]] == "business" else 1)
        for year in (2023, 2024):
            for month in range(1, 13):
                d = dt.date(year, month, rng.randint(1, 28))
                if d < m[4]:
                    continue
                litres = int(base * (0.85 + 0.3 * _season(d)) * rng.uniform(0.8, 1.2))
                rate = 0.0021 if tariff[m[1]] == "social" else 0.0027 if year == 2023 else 0.0029
                readings.append((len(readings) + 1, m[0], d, litres, (not m[5]) and rng.random() < 0.15,
                                 round(litres * rate + 4.0, 2)))
    leaks = []
    end = dt.date(2025, 3, 31)
    for rid in range(1, 521):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        place = rng.choices(list(LEAK_PLACES), [45, 25, 15, 15])[0]
        prio = rng.choices(["low", "medium", "high", "emergency"], [35, 35, 20, 10])[0]
        fix = day + dt.timedelta(days=rng.randint(0, {"low": 45, "medium": 25, "high": 10, "emergency": 2}[prio]))
        if fix > end or rng.random() < 0.05:
            fix = None
        cost = round(rng.uniform(90, 700) * LEAK_PLACES[place], 2) if fix else None
        leaks.append((rid, rng.choice(customers)[0], _moment(rng, day, 0, 23), place, prio, fix, cost,
                      rng.randint(200, 30000)))
    _insert(con, "customers", customers)
    _insert(con, "meters", meters)
    _insert(con, "readings", readings)
    _insert(con, "leak_reports", leaks)
    con.close()


# ---------------------------------------------------------------------------------------------- escape rooms
ROOMS = [(1, "The Vault", "heist", "hard", 6, 28.0, dt.date(2019, 5, 1), 60),
         (2, "Pharaoh's Tomb", "ancient egypt", "medium", 5, 25.0, dt.date(2019, 5, 1), 60),
         (3, "Asylum Ward 9", "horror", "expert", 6, 30.0, dt.date(2020, 10, 1), 75),
         (4, "Toy Workshop", "family", "easy", 8, 20.0, dt.date(2021, 11, 20), 45),
         (5, "Submarine Down", "sci-fi", "hard", 5, 27.0, dt.date(2022, 4, 1), 60),
         (6, "Wizard's Study", "fantasy", "medium", 6, 25.0, dt.date(2023, 2, 14), 60),
         (7, "Prohibition Bar", "mystery", "easy", 6, 22.0, dt.date(2023, 9, 1), 60)]
ESCAPE_RATE = {"easy": 0.85, "medium": 0.65, "hard": 0.42, "expert": 0.25}
TEAM_WORDS = ["Clueless", "Lock", "Smiths", "Puzzlers", "Brain", "Storm", "Code", "Crackers", "Riddle", "Masters",
              "Key", "Keepers", "Escape", "Artists", "Red", "Herrings", "Mind", "Benders", "Hint", "Dodgers"]


def build_escaperooms(path: Path | str) -> None:
    """rooms (7, difficulty), teams (captain name and birth_date), bookings (2023-2025; escape_time_mins NULL when
    the team failed or the booking did not go ahead)."""
    rng = random.Random(7904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, theme VARCHAR,
        difficulty VARCHAR, max_players INTEGER, price_per_player_gbp DOUBLE, opened_on DATE,
        time_limit_mins INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR,
        captain_first_name VARCHAR, captain_last_name VARCHAR, captain_birth_date DATE, is_corporate BOOLEAN,
        city VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), team_id INTEGER REFERENCES teams(team_id), booked_at TIMESTAMP,
        slot_start TIMESTAMP, players INTEGER, status VARCHAR, amount_paid_gbp DOUBLE, escaped BOOLEAN,
        escape_time_mins INTEGER, hints_used INTEGER)""")
    teams, seen = [], set()
    caps = _unique_names(rng, FIRST, LAST, 240)
    while len(teams) < 240:
        name = f"The {rng.choice(TEAM_WORDS)} {rng.choice(TEAM_WORDS)}"
        if name in seen or len(set(name.split())) < 3:
            continue
        seen.add(name)
        first, last = caps[len(teams)]
        teams.append((len(teams) + 1, name, first, last, _day(rng, dt.date(1965, 1, 1), 15000), rng.random() < 0.15,
                      rng.choices(["Leeds", "Bradford", "Harrogate", "York", "Wakefield"], [40, 20, 15, 15, 10])[0]))
    activity = [rng.uniform(0.3, 3.0) for _ in teams]
    bookings = []
    end = dt.date(2025, 4, 30)
    while len(bookings) < 1900:
        room = rng.choice(ROOMS)
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        if day < room[6] or (day.weekday() < 4 and rng.random() < 0.5):
            continue
        team = rng.choices(teams, activity)[0]
        slot = dt.datetime.combine(day, dt.time(rng.choice([10, 12, 14, 16, 18, 20]), rng.choice([0, 30])))
        booked = slot - dt.timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 23), minutes=rng.randrange(60))
        players = rng.randint(2, room[4])
        status = rng.choices(["completed", "cancelled", "no-show"], [88, 8, 4])[0]
        price = room[5] * players * (0.9 if team[5] else 1.0)
        paid = round(price if status != "cancelled" else price * 0.2, 2)
        escaped, mins, hints = None, None, None
        if status == "completed":
            p = ESCAPE_RATE[room[3]] + 0.03 * (players - 4)
            escaped = rng.random() < p
            hints = rng.choices(range(6), [20, 25, 22, 15, 10, 8])[0]
            mins = rng.randint(int(room[7] * 0.55), room[7]) if escaped else None
        bookings.append((len(bookings) + 1, room[0], team[0], booked, slot, players, status, paid, escaped, mins,
                         hints))
    _insert(con, "rooms", ROOMS)
    _insert(con, "teams", teams)
    _insert(con, "bookings", bookings)
    con.close()


# ---------------------------------------------------------------------------------------------- pottery studio
KILNS = [(1, "Big Bertha", "electric", 1300, 220.0, dt.date(2015, 3, 1)),
         (2, "Little Kiln", "electric", 1280, 70.0, dt.date(2019, 6, 1)),
         (3, "The Dragon", "gas", 1320, 400.0, dt.date(2017, 9, 1)),
         (4, "Raku Barrel", "raku", 1050, 40.0, dt.date(2021, 4, 1))]
FIRING_TEMPS = {"bisque": (980, 1020), "glaze": (1220, 1280), "raku": (900, 1010)}
CLASS_TYPES = {"wheel throwing": (45.0, 8), "handbuilding": (35.0, 10), "glazing": (30.0, 12),
               "raku evening": (55.0, 6)}


def build_pottery(path: Path | str) -> None:
    """members (birth_date; left_on NULL while still a member), kilns (4), firings (2023-2024, peak temperatures;
    unloaded_at NULL for the firing still cooling), classes (declared FK to members as tutor)."""
    rng = random.Random(7905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_plan VARCHAR, joined_on DATE, left_on DATE,
        is_tutor BOOLEAN, monthly_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE kilns(kiln_id INTEGER PRIMARY KEY, kiln_name VARCHAR, fuel VARCHAR,
        max_temp_c INTEGER, chamber_litres DOUBLE, installed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE firings(firing_id INTEGER PRIMARY KEY,
        kiln_id INTEGER REFERENCES kilns(kiln_id), loaded_by INTEGER REFERENCES members(member_id),
        firing_type VARCHAR, started_at TIMESTAMP, unloaded_at TIMESTAMP, peak_temp_c INTEGER, pieces INTEGER,
        pieces_cracked INTEGER, energy_kwh DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY, class_type VARCHAR,
        tutor_id INTEGER REFERENCES members(member_id), class_date DATE, starts_at TIMESTAMP, places INTEGER,
        places_booked INTEGER, fee_gbp DOUBLE, beginners_only BOOLEAN)""")
    plans = {"casual": 0.0, "standard": 65.0, "unlimited": 110.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 150), start=1):
        joined = _day(rng, dt.date(2018, 1, 1), 2500)
        left = joined + dt.timedelta(days=rng.randint(90, 2000)) if rng.random() < 0.35 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        plan = rng.choices(list(plans), [30, 50, 20])[0]
        members.append((mid, first, last, _day(rng, dt.date(1950, 1, 1), 19000), plan, joined, left,
                        mid <= 9, plans[plan]))
    active = [m for m in members if m[6] is None or m[6] >= dt.date(2023, 6, 1)]
    tutors = [m for m in members if m[7]]
    firings = []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 31):
        for kiln in KILNS:
            if rng.random() > {"electric": 0.3, "gas": 0.12, "raku": 0.08}[kiln[2]] * (0.6 if day.weekday() >= 5
                                                                                     else 1.0):
                continue
            ftype = "raku" if kiln[2] == "raku" else rng.choices(["bisque", "glaze"], [45, 55])[0]
            lo, hi = FIRING_TEMPS[ftype]
            peak = min(kiln[3], rng.randint(lo, hi))
            start = _moment(rng, day, 7, 17)
            hours = {"bisque": 10, "glaze": 13, "raku": 2}[ftype] + rng.uniform(0, 4) + \
                (12 if ftype != "raku" else 0)
            unloaded = start + dt.timedelta(minutes=int(hours * 60))
            pieces = max(1, int(kiln[4] / rng.uniform(4, 9)))
            cracked = sum(rng.random() < (0.03 if ftype == "bisque" else 0.05 if ftype == "glaze" else 0.14)
                          for _ in range(pieces))
            kwh = round(kiln[4] * 0.35 * peak / 1000 * rng.uniform(0.9, 1.1), 1) if kiln[2] == "electric" else None
            firings.append((len(firings) + 1, kiln[0], rng.choice(active)[0], ftype, start, unloaded, peak, pieces,
                            cracked, kwh))
        day += dt.timedelta(days=1)
    last = firings[-1]
    firings[-1] = last[:5] + (None,) + last[6:]
    classes = []
    day = dt.date(2023, 1, 3)
    while day <= dt.date(2024, 12, 31):
        if day.weekday() in (1, 3, 5) and rng.random() < 0.8:
            ctype = rng.choices(list(CLASS_TYPES), [40, 30, 18, 12])[0]
            fee, places = CLASS_TYPES[ctype]
            fee += 5.0 if day.year == 2024 else 0.0
            booked = min(places, max(0, int(places * rng.uniform(0.3, 1.15))))
            hour = 10 if day.weekday() == 5 else 18
            classes.append((len(classes) + 1, ctype, rng.choice(tutors)[0], day,
                            dt.datetime.combine(day, dt.time(hour, 30 if hour == 18 else 0)), places, booked, fee,
                            ctype != "raku evening" and rng.random() < 0.4))
        day += dt.timedelta(days=1)
    _insert(con, "members", members)
    _insert(con, "kilns", KILNS)
    _insert(con, "firings", firings)
    _insert(con, "classes", classes)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "allotments": build_allotments,
    "icerink": build_icerink,
    "waterco": build_waterco,
    "escaperooms": build_escaperooms,
    "pottery": build_pottery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval79-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval79-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval79-dbs"))
