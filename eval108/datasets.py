"""Builders of the hundred-and-eighth evaluation corpus (held-out): five DuckDB files in five domains.

Deterministic (one fixed `random.Random(seed)` per schema, no clock) and atomic (each file is written to a temporary
name, then renamed).

- `mountain_rescue.duckdb`: a mountain rescue team's volunteers (birth date, left_on NULL while active), callouts
  (paged/stood-down timestamps), casualties (hospital NULL when not taken to one) and equipment checks
  (`equipment_checks.volunteer_id` is only implied by its name, not declared)
- `piano_tuning.duckdb`: a piano tuning service's tuners (birth year), clients, pianos and visits (fees,
  paid_on NULL while unpaid)
- `laser_tag.duckdb`: a laser tag arena's players, party bookings, sessions and per-player team scores
  (camelCase columns; cancelledAt NULL unless cancelled, bookingId NULL for walk-in sessions)
- `air_quality.duckdb`: an air-quality network's stations (closed_on NULL while operating), sensors, hourly readings
  and alerts (cleared_at NULL while active)
- `cat_cafe.duckdb`: a cat cafe's cats, visitors (birth year), table bookings and adoptions (completed_on NULL while
  in progress)

Usage:
    python eval108/datasets.py OUTDIR

Example:
    >>> from eval108.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval108-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['air_quality.duckdb', 'cat_cafe.duckdb', 'laser_tag.duckdb', 'mountain_rescue.duckdb', 'piano_tuning.duckdb']
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


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A random day in [first, last]."""
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Alys", "Bram", "Carys", "Dominic", "Esme", "Finlay", "Gwen", "Hector", "Isla", "Jonah", "Kit", "Lena",
         "Magnus", "Nell", "Oren", "Pippa", "Quinn", "Rosa", "Seb", "Tamsin", "Umar", "Vera", "Wren", "Xavi",
         "Yasmin", "Zac"]
LAST = ["Abbott", "Birch", "Carlisle", "Dunmore", "Eastwood", "Fairbairn", "Gilchrist", "Hallam", "Irving",
        "Jessop", "Kerrigan", "Lindsay", "Mortimer", "Nuttall", "Ogden", "Prentice", "Quayle", "Rowntree",
        "Stainton", "Tennant", "Underhill", "Vickers", "Wainwright", "Yeoman"]

# ------------------------------------------------------------------------------------------- mountain rescue
INCIDENTS = {"lost": 22, "injured walker": 30, "fallen climber": 9, "medical": 12, "cragfast": 7,
             "false alarm": 10, "animal rescue": 4}
AREAS = {"Scafell": 6, "Great Gable": 4, "Helvellyn": 7, "Langdale Pikes": 5, "Coniston": 3}
INJURIES = {"lower leg": 30, "upper limb": 12, "head": 7, "hypothermia": 9, "exhaustion": 16, "cardiac": 5,
            "uninjured": 21}
EQUIPMENT = {"radio": 9, "stretcher": 4, "rope": 6, "casualty bag": 5, "defibrillator": 3, "vehicle": 4}


def build_mountain_rescue(path: Path | str) -> None:
    """volunteers (48, birth_date, left_on NULL while active), callouts (2023-01 to 2025-02, paged_at and
    stood_down_at TIMESTAMP, leader_id declared), casualties (declared FK, age_years NULL when unknown, hospital
    NULL when not taken to hospital), equipment_checks (volunteer_id NOT declared, repair_cost_gbp NULL when
    the item passed)."""
    rng = random.Random(10801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, role VARCHAR, joined_on DATE, casualty_carer BOOLEAN,
        dog_handler BOOLEAN, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE callouts(callout_id INTEGER PRIMARY KEY, paged_at TIMESTAMP,
        stood_down_at TIMESTAMP, incident_type VARCHAR, area VARCHAR,
        leader_id INTEGER REFERENCES volunteers(volunteer_id), team_members INTEGER, helicopter_used BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE casualties(casualty_id INTEGER PRIMARY KEY,
        callout_id INTEGER REFERENCES callouts(callout_id), sex VARCHAR, age_years INTEGER, injury VARCHAR,
        outcome VARCHAR, hospital VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE equipment_checks(check_id INTEGER PRIMARY KEY, volunteer_id INTEGER,
        checked_on DATE, item_type VARCHAR, passed BOOLEAN, repair_cost_gbp DOUBLE)""")
    volunteers = []
    roles = ["team leader"] * 5 + ["hill party"] * 30 + ["trainee"] * 7 + ["base support"] * 6
    rng.shuffle(roles)
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 48), start=1):
        role = roles[vid - 1]
        born = _between(rng, dt.date(1957, 1, 1), dt.date(2004, 12, 31))
        joined = _between(rng, max(dt.date(2004, 1, 1), born + dt.timedelta(days=18 * 366)), dt.date(2024, 6, 30))
        if role == "trainee":
            joined = _between(rng, dt.date(2023, 1, 1), dt.date(2024, 9, 30))
        left = None
        if role in ("hill party", "base support") and rng.random() < 0.2:
            left = _between(rng, max(joined + dt.timedelta(days=60), dt.date(2023, 2, 1)), dt.date(2025, 1, 31))
        volunteers.append((vid, first, last, born, role, joined, role == "team leader" or rng.random() < 0.4,
                           role == "hill party" and rng.random() < 0.12, left))
    leaders = [v[0] for v in volunteers if v[4] == "team leader"]
    callouts, casualties = [], []
    cid = 0
    for offset in range((dt.date(2025, 3, 1) - dt.date(2023, 1, 1)).days):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=offset)
        summer = day.month in (5, 6, 7, 8, 9)
        chance = (0.55 if summer else 0.3) * (1.5 if day.weekday() >= 5 else 1.0)
        if rng.random() < chance:
            cid += 1
            hour = rng.choices(range(24), [1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 11, 9, 8, 6, 4, 3, 2,
                                           1])[0]
            paged = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
            kind = rng.choices(list(INCIDENTS), list(INCIDENTS.values()))[0]
            base_hours = {"lost": 4.5, "injured walker": 3.5, "fallen climber": 4.0, "medical": 2.5,
                          "cragfast": 3.0, "false alarm": 0.7, "animal rescue": 2.5}[kind]
            minutes = int(base_hours * 60 * rng.uniform(0.4, 1.9))
            heli = kind in ("fallen climber", "medical", "injured walker") and rng.random() < 0.35
            team = rng.randint(3, 6) if kind == "false alarm" else rng.randint(6, 18)
            callouts.append((cid, paged, paged + dt.timedelta(minutes=minutes), kind,
                             rng.choices(list(AREAS), list(AREAS.values()))[0],
                             rng.choices(leaders, [7, 5, 4, 3, 2])[0], team, heli))
            if kind == "false alarm":
                continue
            n = rng.choices([1, 2, 3, 4], [80, 12, 5, 3])[0] if kind == "lost" else rng.choices([1, 2], [92, 8])[0]
            for _ in range(n):
                injury = {"lost": rng.choices(["uninjured", "exhaustion", "hypothermia"], [6, 3, 1])[0],
                          "cragfast": rng.choices(["uninjured", "exhaustion"], [4, 1])[0],
                          "medical": rng.choices(["cardiac", "exhaustion", "hypothermia"], [3, 2, 1])[0],
                          "animal rescue": "uninjured"}.get(kind)
                if injury is None:
                    injury = rng.choices(["lower leg", "upper limb", "head"], [6, 3, 2])[0]
                if heli:
                    outcome = "airlifted"
                elif injury in ("lower leg", "head", "cardiac") or rng.random() < 0.1:
                    outcome = "stretchered"
                else:
                    outcome = "walked off"
                if injury == "cardiac" and rng.random() < 0.2:
                    outcome = "deceased"
                hospital = None
                if outcome in ("airlifted", "stretchered") or injury in ("hypothermia", "upper limb"):
                    hospital = rng.choices(["Cumberland Infirmary", "Furness General", "Westmorland General",
                                            "Royal Preston"], [4, 3, 3, 1 if not heli else 4])[0]
                if outcome == "deceased":
                    hospital = None
                casualties.append((len(casualties) + 1, cid, rng.choice(["F", "M", "M"]),
                                   None if rng.random() < 0.08 else rng.randint(9, 84), injury, outcome, hospital))
    checks = []
    active_at = [v for v in volunteers if v[4] != "trainee"]
    for chk in range(1, 621):
        when = _between(rng, dt.date(2023, 1, 1), dt.date(2025, 2, 28))
        who = rng.choice([v for v in active_at if v[5] <= when and (v[8] is None or v[8] > when)])
        item = rng.choices(list(EQUIPMENT), list(EQUIPMENT.values()))[0]
        passed = rng.random() < {"vehicle": 0.78, "radio": 0.9, "rope": 0.86}.get(item, 0.93)
        cost = None if passed else round(rng.uniform(15, 60 if item != "vehicle" else 650), 2)
        checks.append((chk, who[0], when, item, passed, cost))
    _insert(con, "volunteers", volunteers)
    _insert(con, "callouts", callouts)
    _insert(con, "casualties", casualties)
    _insert(con, "equipment_checks", checks)
    con.close()


# ------------------------------------------------------------------------------------------- piano tuning
MAKES = {"Yamaha": (14, 2800), "Kawai": (8, 2400), "Steinway": (3, 9000), "Bechstein": (3, 6500),
         "Challen": (5, 900), "Broadwood": (4, 1200), "Knight": (4, 1000)}
SERVICES = {"tuning": (70, 75.0, 75), "pitch raise": (10, 115.0, 120), "repair": (10, 95.0, 90),
            "regulation": (5, 240.0, 240), "appraisal": (5, 60.0, 45)}
TUNERS = [(1, "Ingrid", "Holloway", 1961, "Bath", True, dt.date(2008, 3, 3)),
          (2, "Marcus", "Feeney", 1979, "Bristol", True, dt.date(2012, 9, 10)),
          (3, "Dev", "Raman", 1988, "Bristol", False, dt.date(2017, 5, 1)),
          (4, "Sally", "Pickering", 1970, "Frome", True, dt.date(2010, 1, 18)),
          (5, "Tomasz", "Wozniak", 1992, "Bath", False, dt.date(2020, 2, 24)),
          (6, "Harriet", "Gale", 1984, "Wells", True, dt.date(2015, 6, 8)),
          (7, "Owain", "Pryce", 1998, "Bristol", False, dt.date(2023, 4, 17))]


def build_piano_tuning(path: Path | str) -> None:
    """tuners (7, birth_year, base town, guild_member), clients (240, client_type, town), pianos (310, make,
    piano_type, year_built NULL when unknown), visits (2023-2024, visit_start TIMESTAMP, service, fee_gbp,
    paid_on NULL while unpaid)."""
    rng = random.Random(10802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tuners(tuner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, base_town VARCHAR, guild_member BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, client_type VARCHAR, town VARCHAR, signed_up_on DATE, wants_reminders BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pianos(piano_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), make VARCHAR, piano_type VARCHAR, year_built INTEGER,
        insured_value_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        piano_id INTEGER REFERENCES pianos(piano_id), tuner_id INTEGER REFERENCES tuners(tuner_id),
        visit_start TIMESTAMP, service VARCHAR, duration_minutes INTEGER, fee_gbp DOUBLE, travel_miles DOUBLE,
        paid_on DATE)""")
    towns = {"Bath": 6, "Bristol": 9, "Frome": 3, "Wells": 2, "Chippenham": 3}
    types = {"household": 80, "school": 8, "church": 6, "concert venue": 2, "hotel": 4}
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        clients.append((cid, first, last, rng.choices(list(types), list(types.values()))[0],
                        rng.choices(list(towns), list(towns.values()))[0],
                        _between(rng, dt.date(2014, 1, 1), dt.date(2024, 10, 31)), rng.random() < 0.62))
    pianos = []
    for pid in range(1, 311):
        client = clients[pid - 1] if pid <= 240 else rng.choice([c for c in clients if c[3] != "household"])
        make = rng.choices(list(MAKES), [m[0] for m in MAKES.values()])[0]
        if client[3] == "concert venue" or (make == "Steinway" and rng.random() < 0.6):
            ptype = "grand"
        else:
            ptype = rng.choices(["upright", "baby grand", "grand"], [78, 15, 7])[0]
        built = None if rng.random() < 0.12 else rng.randint(1895 if make in ("Broadwood", "Bechstein") else 1960,
                                                           2022)
        value = MAKES[make][1] * {"upright": 1.0, "baby grand": 3.0, "grand": 5.0}[ptype] * rng.uniform(0.6, 1.5)
        pianos.append((pid, client[0], make, ptype, built, float(round(value, -1))))
    visits = []
    vid = 0
    for piano in pianos:
        client = clients[piano[1] - 1]
        per_year = {"household": 1, "school": 2, "church": 2, "concert venue": 6, "hotel": 3}[client[3]]
        for year in (2023, 2024):
            if client[5] > dt.date(year, 12, 1):
                continue
            for _ in range(per_year if rng.random() < 0.85 else per_year + 1):
                day = _between(rng, max(dt.date(year, 1, 2), client[5]), dt.date(year, 12, 22))
                while day.weekday() == 6:
                    day += dt.timedelta(days=1)
                tuner = rng.choices(TUNERS, [9, 8, 6, 7, 6, 5, 4 if day >= TUNERS[6][6] else 0])[0]
                service = rng.choices(list(SERVICES), [s[0] for s in SERVICES.values()])[0]
                if piano[3] == "grand" and service == "tuning" and rng.random() < 0.15:
                    service = "regulation"
                _, base_fee, base_minutes = SERVICES[service]
                fee = base_fee * (1.2 if piano[3] == "grand" else 1.0) + rng.choice([0, 0, 5, 10])
                minutes = int(base_minutes * rng.uniform(0.8, 1.3) / 5) * 5
                start = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17]),
                                                         rng.choice([0, 15, 30, 45])))
                paid = day + dt.timedelta(days=rng.choices([0, 3, 10, 25, 45], [40, 25, 20, 10, 5])[0])
                if rng.random() < 0.04 or (day > dt.date(2024, 11, 15) and rng.random() < 0.45):
                    paid = None
                vid += 1
                visits.append((vid, piano[0], tuner[0], start, service, minutes, float(round(fee, 2)),
                               round(rng.uniform(1, 28), 1), paid))
    visits.sort(key=lambda v: (v[3], v[0]))
    visits = [(i,) + v[1:] for i, v in enumerate(visits, start=1)]
    _insert(con, "tuners", TUNERS)
    _insert(con, "clients", clients)
    _insert(con, "pianos", pianos)
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------- laser tag
ARENAS = {"Neon Maze": 5, "Space Station": 4, "Jungle Ruins": 3}
MODES = {"team deathmatch": 8, "capture the flag": 5, "free for all": 3, "elimination": 4}
PACKAGES = {"Bronze": (6, 14.0), "Silver": (4, 19.0), "Gold": (2, 26.0)}


def build_laser_tag(path: Path | str) -> None:
    """players (420, birthYear, isMember), partyBookings (declared FK to the organiser, partyDate, packageName,
    totalPrice, cancelledAt NULL unless cancelled), sessions (startTime TIMESTAMP, bookingId NULL for walk-ins),
    teamScores (one row per player per session: teamColour, points, tagsMade, timesTagged, onWinningTeam)."""
    rng = random.Random(10803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE players(playerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, signedUpDate DATE, isMember BOOLEAN, homeTown VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE partyBookings(bookingId INTEGER PRIMARY KEY,
        organiserId INTEGER REFERENCES players(playerId), partyDate DATE, partyType VARCHAR, packageName VARCHAR,
        guestCount INTEGER, totalPrice DOUBLE, depositPaid BOOLEAN, bookedAt TIMESTAMP, cancelledAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(sessionId INTEGER PRIMARY KEY, startTime TIMESTAMP,
        arena VARCHAR, gameMode VARCHAR, durationMinutes INTEGER, ticketPrice DOUBLE,
        bookingId INTEGER REFERENCES partyBookings(bookingId))""")
    con.execute("""CREATE OR REPLACE TABLE teamScores(scoreId INTEGER PRIMARY KEY,
        sessionId INTEGER REFERENCES sessions(sessionId), playerId INTEGER REFERENCES players(playerId),
        teamColour VARCHAR, points INTEGER, tagsMade INTEGER, timesTagged INTEGER, onWinningTeam BOOLEAN)""")
    towns = {"Swindon": 8, "Marlborough": 2, "Wroughton": 3, "Highworth": 2, "Cricklade": 1}
    players = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        born = rng.choices([rng.randint(2008, 2016), rng.randint(1998, 2007), rng.randint(1972, 1997)],
                           [5, 3, 2])[0]
        players.append((pid, first, last, born, _between(rng, dt.date(2021, 3, 1), dt.date(2024, 12, 20)),
                        rng.random() < 0.3, rng.choices(list(towns), list(towns.values()))[0]))
    bookings = []
    for bid in range(1, 231):
        party = _between(rng, dt.date(2023, 1, 7), dt.date(2025, 3, 29))
        while party.weekday() < 4 and rng.random() < 0.75:
            party += dt.timedelta(days=1)
        ptype = rng.choices(["birthday", "corporate", "stag or hen", "school trip"], [14, 3, 2, 2])[0]
        package = rng.choices(list(PACKAGES), [p[0] for p in PACKAGES.values()])[0]
        guests = rng.randint(6, 16) if ptype != "corporate" else rng.randint(10, 24)
        organiser = rng.choice([p for p in players if p[3] < 2008 and p[4] <= party])
        booked = dt.datetime.combine(party - dt.timedelta(days=rng.randint(3, 60)),
                                     dt.time(rng.randint(8, 22), rng.randrange(60)))
        cancelled = None
        if rng.random() < 0.1:
            cancelled = booked + dt.timedelta(hours=rng.randint(2, 24 * 20))
            cancelled = min(cancelled, dt.datetime.combine(party, dt.time(9, 0)))
        bookings.append((bid, organiser[0], party, ptype, package, guests,
                         float(round(guests * PACKAGES[package][1] + (40 if ptype == "corporate" else 0), 2)),
                         rng.random() < 0.8 or package == "Gold", booked, cancelled))
    sessions, scores = [], []
    sid = 0
    held = [b for b in bookings if b[9] is None]
    slots = []
    for b in held:
        for k in range(rng.choice([1, 2, 2, 3])):
            slots.append((dt.datetime.combine(b[2], dt.time(rng.choice([11, 13, 15, 17]) + k, 0)), b))
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2025, 3, 30):
        for _ in range(rng.choices([0, 1, 2], [6, 3, 1])[0] if day.weekday() < 5 else rng.randint(1, 3)):
            hour = rng.choice([16, 17, 18, 19]) if day.weekday() < 5 else rng.choice(range(10, 20))
            slots.append((dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30]))), None))
        day += dt.timedelta(days=1)
    slots.sort(key=lambda s: (s[0], s[1][0] if s[1] else 0))
    members = [p for p in players if p[5]]
    sid = score_id = 0
    for start, booking in slots:
        sid += 1
        mode = rng.choices(list(MODES), list(MODES.values()))[0]
        price = 0.0 if booking else rng.choice([8.5, 8.5, 10.0]) if start.year == 2023 else rng.choice([9.0, 11.0])
        sessions.append((sid, start, rng.choices(list(ARENAS), list(ARENAS.values()))[0], mode,
                         rng.choice([15, 20, 20, 30]), price, booking[0] if booking else None))
        pool = [p for p in players if p[4] <= start.date()]
        size = min(rng.randint(4, 12), len(pool))
        chosen = rng.sample(pool, size)
        if rng.random() < 0.5:
            extra = rng.choice(members)
            if extra not in chosen and extra[4] <= start.date():
                chosen[0] = extra
        colours = ["Red", "Blue"] if mode != "free for all" else ["Red", "Blue", "Green"]
        winner = rng.choice(colours)
        for k, p in enumerate(chosen):
            colour = colours[k % len(colours)]
            tags = max(0, int(rng.gauss(14 if p[3] < 2008 else 10, 5)))
            tagged = max(0, int(rng.gauss(11, 4)))
            points = max(0, tags * 100 - tagged * 40 + rng.randint(0, 400) + (300 if colour == winner else 0))
            score_id += 1
            scores.append((score_id, sid, p[0], colour, points, tags, tagged, colour == winner))
    _insert(con, "players", players)
    _insert(con, "partyBookings", bookings)
    _insert(con, "sessions", sessions)
    _insert(con, "teamScores", scores)
    con.close()


# ------------------------------------------------------------------------------------------- air quality
STATIONS = [(1, "Headingley Kerbside", "Leeds", "roadside", dt.date(2009, 5, 1), None, 118),
            (2, "Leeds Centre", "Leeds", "urban background", dt.date(2004, 2, 16), None, 64),
            (3, "Kirkstall Road", "Leeds", "roadside", dt.date(2016, 7, 1), None, 41),
            (4, "Sheffield Tinsley", "Sheffield", "industrial", dt.date(2006, 3, 20), None, 38),
            (5, "Sheffield Devonshire Green", "Sheffield", "urban background", dt.date(2011, 9, 5), None, 87),
            (6, "Barnsley Road", "Sheffield", "roadside", dt.date(2018, 4, 9), dt.date(2024, 6, 30), 95),
            (7, "York Fishergate", "York", "roadside", dt.date(2013, 1, 14), None, 12),
            (8, "York Bootham", "York", "urban background", dt.date(2007, 10, 1), None, 16),
            (9, "Bradford Mayo Avenue", "Bradford", "roadside", dt.date(2012, 6, 18), None, 130),
            (10, "Bradford Keighley", "Bradford", "industrial", dt.date(2019, 11, 4), dt.date(2024, 11, 15), 105),
            (11, "Ladybower", "Sheffield", "rural", dt.date(2003, 8, 11), None, 248),
            (12, "Ilkley Moor", "Bradford", "rural", dt.date(2015, 5, 26), None, 320)]
POLLUTANTS = {"PM2.5": (9.0, 35.0), "PM10": (16.0, 50.0), "NO2": (28.0, 120.0), "O3": (55.0, 120.0)}


def build_air_quality(path: Path | str) -> None:
    """stations (12, city, site_type, closed_on NULL while operating), sensors (declared FK, pollutant,
    manufacturer, last_calibrated_on NULL if never calibrated, cost), readings (hourly samples 2023-01 to 2025-03,
    concentration_ugm3, is_valid), alerts (declared FK, severity, raised_at/cleared_at TIMESTAMP, cleared_at
    NULL while still active)."""
    rng = random.Random(10804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        city VARCHAR, site_type VARCHAR, opened_on DATE, closed_on DATE, altitude_m INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sensors(sensor_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), pollutant VARCHAR, manufacturer VARCHAR,
        installed_on DATE, last_calibrated_on DATE, reference_grade BOOLEAN, purchase_cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE readings(reading_id INTEGER PRIMARY KEY,
        sensor_id INTEGER REFERENCES sensors(sensor_id), reading_hour TIMESTAMP, concentration_ugm3 DOUBLE,
        is_valid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE alerts(alert_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), pollutant VARCHAR, severity VARCHAR,
        raised_at TIMESTAMP, cleared_at TIMESTAMP, peak_ugm3 DOUBLE, public_notified BOOLEAN)""")
    sensors = []
    for st in STATIONS:
        kinds = {"roadside": ["NO2", "PM2.5", "PM10"], "urban background": ["NO2", "PM2.5", "PM10", "O3"],
                 "industrial": ["PM10", "PM2.5", "NO2"], "rural": ["O3", "PM2.5"]}[st[3]]
        for pol in kinds:
            maker = rng.choices(["Teledyne", "Aeroqual", "Casella"], [3, 4, 2])[0]
            reference = maker == "Teledyne" or rng.random() < 0.2
            installed = max(st[4], _between(rng, dt.date(2015, 1, 1), dt.date(2022, 12, 1)))
            calibrated = None if rng.random() < 0.15 else _between(rng, dt.date(2023, 6, 1), dt.date(2025, 2, 28))
            if st[5] is not None and calibrated is not None and calibrated > st[5]:
                calibrated = st[5] - dt.timedelta(days=rng.randint(20, 120))
            cost = (14500.0 if reference else 3200.0) + rng.choice([0, 250, 500, 900])
            sensors.append((len(sensors) + 1, st[0], pol, maker, installed, calibrated, reference, cost))
    station_of = {s[0]: s for s in STATIONS}
    start = dt.datetime(2023, 1, 1)
    hours = int((dt.datetime(2025, 4, 1) - start).total_seconds() // 3600)
    readings = []
    for sensor in sensors:
        st = station_of[sensor[1]]
        base, _ = POLLUTANTS[sensor[2]]
        factor = {"roadside": 1.35, "urban background": 1.0, "industrial": 1.25, "rural": 0.6}[st[3]]
        if sensor[2] == "O3":
            factor = 1.25 if st[3] == "rural" else 0.9
        for h in sorted(rng.sample(range(hours), 140)):
            when = start + dt.timedelta(hours=h)
            if st[5] is not None and when.date() > st[5]:
                continue
            rush = 1.4 if when.hour in (7, 8, 9, 16, 17, 18) and sensor[2] in ("NO2", "PM2.5") else 1.0
            season = 1.3 if when.month in (11, 12, 1, 2) and sensor[2] != "O3" else 1.0
            if sensor[2] == "O3" and when.month in (5, 6, 7, 8):
                season = 1.35
            value = max(0.5, rng.gauss(base * factor * rush * season, base * 0.35))
            readings.append((len(readings) + 1, sensor[0], when, round(value, 1), rng.random() > 0.05))
    alerts = []
    for aid in range(1, 191):
        st = rng.choices(STATIONS, [6, 3, 5, 6, 2, 3, 4, 2, 6, 3, 1, 1])[0]
        pol = rng.choice([s[2] for s in sensors if s[1] == st[0]])
        last = st[5] or dt.date(2025, 3, 31)
        raised = dt.datetime.combine(_between(rng, dt.date(2023, 1, 1), last),
                                     dt.time(rng.randint(0, 23), rng.randrange(60)))
        severity = rng.choices(["moderate", "high", "very high"], [10, 5, 2])[0]
        cleared = raised + dt.timedelta(minutes=rng.randint(60, 60 * {"moderate": 10, "high": 20,
                                                                     "very high": 40}[severity]))
        if cleared > dt.datetime(2025, 3, 31, 12) or rng.random() < 0.03:
            cleared = None
        peak = POLLUTANTS[pol][1] * {"moderate": 1.0, "high": 1.5, "very high": 2.2}[severity] * rng.uniform(1, 1.4)
        alerts.append((aid, st[0], pol, severity, raised, cleared, round(peak, 1),
                       severity != "moderate" or rng.random() < 0.25))
    alerts.sort(key=lambda a: (a[4], a[0]))
    alerts = [(i,) + a[1:] for i, a in enumerate(alerts, start=1)]
    _insert(con, "stations", STATIONS)
    _insert(con, "sensors", sensors)
    _insert(con, "readings", readings)
    _insert(con, "alerts", alerts)
    con.close()


# ------------------------------------------------------------------------------------------- cat cafe
CAT_NAMES = ["Biscuit", "Mochi", "Pepper", "Luna", "Marmalade", "Ziggy", "Olive", "Tofu", "Smudge", "Willow",
             "Pickle", "Nutmeg", "Shadow", "Clementine", "Bramble", "Sushi", "Juniper", "Pumpkin", "Socks",
             "Pudding", "Hazel", "Miso", "Ember", "Noodle", "Jasper", "Poppy", "Waffles", "Sable", "Fig", "Crumble",
             "Dusty", "Kiwi", "Maple", "Rascal", "Tilly", "Bean", "Cinder", "Dumpling", "Honey", "Oscar", "Pixel",
             "Quince", "Rolo", "Sprout", "Truffle", "Velvet", "Wasabi", "Yuzu", "Ziggy Jr", "Basil", "Cosmo",
             "Dora", "Figaro", "Gizmo", "Inky"]
COATS = {"tabby": 8, "black": 6, "ginger": 5, "tortoiseshell": 4, "white": 2, "grey": 4}
AREAS_CAFE = {"window": 3, "sofa corner": 4, "garden room": 3}


def build_cat_cafe(path: Path | str) -> None:
    """cats (55, coat, birth_date, arrived_on, adoptable), visitors (650, birth_year, is_member, heard_from),
    table_bookings (2023-01 to 2025-01, slot_start TIMESTAMP, party_size, area, spend_gbp, no_show), adoptions
    (declared FKs, applied_on, completed_on NULL while in progress, fee_gbp, home_check_passed)."""
    rng = random.Random(10805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cats(cat_id INTEGER PRIMARY KEY, cat_name VARCHAR, sex VARCHAR,
        coat VARCHAR, birth_date DATE, arrived_on DATE, adoptable BOOLEAN, neutered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visitors(visitor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, joined_on DATE, is_member BOOLEAN, heard_from VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE table_bookings(booking_id INTEGER PRIMARY KEY,
        visitor_id INTEGER REFERENCES visitors(visitor_id), slot_start TIMESTAMP, party_size INTEGER,
        area VARCHAR, spend_gbp DOUBLE, no_show BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE adoptions(adoption_id INTEGER PRIMARY KEY,
        cat_id INTEGER REFERENCES cats(cat_id), visitor_id INTEGER REFERENCES visitors(visitor_id),
        applied_on DATE, completed_on DATE, fee_gbp DOUBLE, home_check_passed BOOLEAN)""")
    cats = []
    for cid, name in enumerate(CAT_NAMES, start=1):
        arrived = _between(rng, dt.date(2021, 6, 1), dt.date(2024, 10, 31))
        born = arrived - dt.timedelta(days=rng.randint(120, 365 * 11))
        sex, coat = rng.choice(["F", "M"]), rng.choices(list(COATS), list(COATS.values()))[0]
        cats.append((cid, name, "F" if coat == "tortoiseshell" else sex, coat, born, arrived, cid % 6 != 0,
                     rng.random() < 0.9))
    visitors = []
    sources = {"instagram": 6, "walk-in": 5, "friend": 4, "google": 3, "tiktok": 2}
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1):
        visitors.append((vid, first, last, rng.choices([rng.randint(1955, 1985), rng.randint(1986, 2008)],
                                                       [3, 7])[0],
                         _between(rng, dt.date(2021, 9, 1), dt.date(2024, 12, 31)), rng.random() < 0.28,
                         rng.choices(list(sources), list(sources.values()))[0]))
    bookings = []
    for bid in range(1, 2301):
        slot_day = _between(rng, dt.date(2023, 1, 3), dt.date(2025, 1, 31))
        while slot_day.weekday() == 0:
            slot_day += dt.timedelta(days=1)
        guest = rng.choice([v for v in visitors if v[4] <= slot_day] or visitors[:1])
        hour = rng.choice([10, 11, 12, 13, 14, 15, 16]) if slot_day.weekday() >= 5 else rng.choice(
            [10, 12, 13, 15, 16, 17])
        size = rng.choices([1, 2, 3, 4, 5, 6], [10, 38, 16, 20, 6, 4])[0]
        no_show = rng.random() < (0.05 if guest[5] else 0.1)
        spend = 0.0 if no_show else round(size * (7.5 + rng.uniform(0, 9.5)), 2)
        bookings.append((bid, guest[0], dt.datetime.combine(slot_day, dt.time(hour, rng.choice([0, 30]))), size,
                         rng.choices(list(AREAS_CAFE), list(AREAS_CAFE.values()))[0], spend, no_show))
    bookings.sort(key=lambda b: (b[2], b[0]))
    bookings = [(i,) + b[1:] for i, b in enumerate(bookings, start=1)]
    adoptions = []
    for cat in cats:
        if not cat[6] or rng.random() < 0.35:
            continue
        applied = _between(rng, max(cat[5] + dt.timedelta(days=20), dt.date(2023, 1, 10)), dt.date(2025, 1, 31))
        adopter = rng.choice([v for v in visitors if v[4] <= applied])
        passed = rng.random() < 0.92
        completed = applied + dt.timedelta(days=rng.randint(7, 40)) if passed else None
        if completed is not None and completed > dt.date(2025, 1, 31):
            completed = None
        age_years = (applied - cat[4]).days / 365
        fee = 60.0 if age_years > 8 else 85.0 if age_years > 1 else 110.0
        adoptions.append((0, cat[0], adopter[0], applied, completed, fee, passed))
    adoptions.sort(key=lambda a: (a[3], a[1]))
    adoptions = [(i,) + a[1:] for i, a in enumerate(adoptions, start=1)]
    _insert(con, "cats", cats)
    _insert(con, "visitors", visitors)
    _insert(con, "table_bookings", bookings)
    _insert(con, "adoptions", adoptions)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "mountain_rescue": build_mountain_rescue,
    "piano_tuning": build_piano_tuning,
    "laser_tag": build_laser_tag,
    "air_quality": build_air_quality,
    "cat_cafe": build_cat_cafe,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval108-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval108-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval108-dbs"))
