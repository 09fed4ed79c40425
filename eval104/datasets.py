"""Builders of the hundred-and-fourth held-out evaluation corpus: five DuckDB files in club, rental and event domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `chessclub.duckdb`: a chess club's players (birth year, rating, fees paid flag), tournaments and games
- `selfstorage.duckdb`: self-storage units, tenants (birth date), leases (end date NULL while active) and rent
  payments (lease link only implied by its name; paid_at NULL while unpaid)
- `vegbox.duckdb`: an organic veg box scheme's subscribers (birth date, NULL cancel date while active), boxes and
  weekly deliveries (skipped weeks have no delivery time). camelCase columns.
- `firestation.duckdb`: a fire station's crew members (birth date), appliances, incidents (call/arrival
  timestamps) and hydrant checks (repair date NULL while a defect is outstanding)
- `marathon.duckdb`: a marathon's runners (birth year, age category, gender), race results over three editions
  (finish time NULL for a DNF), checkpoint splits and charity pledges

Usage:
    python eval104/datasets.py OUTDIR

Example:
    >>> from eval104.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval104-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['chessclub.duckdb', 'firestation.duckdb', 'marathon.duckdb', 'selfstorage.duckdb', 'vegbox.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Alfie", "Bethany", "Callum", "Dania", "Elliot", "Freya", "Gareth", "Hollie", "Idris", "Jodie", "Kamal",
         "Lauren", "Mohammed", "Nadia", "Owen", "Poppy", "Quentin", "Rosie", "Stuart", "Tara", "Usman", "Vicky",
         "Wesley", "Zara"]
LAST = ["Ashworth", "Bramley", "Cartwright", "Duckworth", "Ellison", "Fairclough", "Gillespie", "Holroyd",
        "Iqbal", "Jessop", "Kowalski", "Lomax", "Marsden", "Nuttall", "Ormerod", "Pilling", "Quayle", "Rushworth",
        "Sutcliffe", "Threlfall", "Walmsley", "Yardley"]


def _span(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


# ---------------------------------------------------------------------------------------------- chess club
TOURNAMENTS = [("Winter Congress", "classical"), ("Spring Rapidplay", "rapid"), ("Summer Blitz", "blitz"),
               ("Autumn Open", "classical"), ("Club Championship", "classical"), ("Christmas Blitz", "blitz")]
OPENINGS = ["Sicilian", "Queen's Gambit", "Ruy Lopez", "French", "Caro-Kann", "King's Indian", "English"]


def build_chessclub(path: Path | str) -> None:
    """players (90, birth_year, rating, fees_paid), tournaments (12 over 2023-2024), games (results, move counts)."""
    rng = random.Random(10401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, rating INTEGER, title VARCHAR, section VARCHAR, fees_paid BOOLEAN,
        joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tournaments(tournament_id INTEGER PRIMARY KEY, tournament_name VARCHAR,
        season INTEGER, time_control VARCHAR, start_date DATE, end_date DATE, venue VARCHAR, entry_fee_gbp DOUBLE,
        rated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY,
        tournament_id INTEGER REFERENCES tournaments(tournament_id),
        white_player_id INTEGER REFERENCES players(player_id), black_player_id INTEGER REFERENCES players(player_id),
        round_no INTEGER, played_at TIMESTAMP, result VARCHAR, moves INTEGER, opening VARCHAR,
        duration_minutes INTEGER)""")
    players = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        birth = rng.choice([rng.randint(2006, 2014), rng.randint(1950, 2005), rng.randint(1940, 1990)])
        rating = int(max(700, min(2450, rng.gauss(1550, 330))))
        title = "IM" if rating > 2350 else "FM" if rating > 2250 else "CM" if rating > 2150 else None
        section = "junior" if birth >= 2006 else "senior" if birth <= 1964 else "adult"
        players.append((pid, first, last, birth, rating, title, section, rng.random() < 0.78,
                        _day(rng, dt.date(2012, 1, 1), 4500)))
    tournaments, tid = [], 0
    venues = ["Club Room", "Town Hall", "Library Annex"]
    for season in (2023, 2024):
        for month, (name, control) in zip([1, 4, 7, 9, 11, 12], TOURNAMENTS):
            tid += 1
            start = dt.date(season, month, rng.randint(2, 12))
            days = {"classical": rng.choice([2, 3]), "rapid": 1, "blitz": 1}[control]
            tournaments.append((tid, f"{name} {season}", season, control, start, start + dt.timedelta(days=days - 1),
                                rng.choice(venues), {"classical": 25.0, "rapid": 12.0, "blitz": 8.0}[control],
                                control != "blitz" or rng.random() < 0.5))
    rating = {p[0]: p[4] for p in players}
    games = []
    for t in tournaments:
        entrants = rng.sample([p[0] for p in players], rng.randint(18, 34))
        rounds = {"classical": 5, "rapid": 6, "blitz": 9}[t[3]]
        for rnd in range(1, rounds + 1):
            rng.shuffle(entrants)
            length = (t[5] - t[4]).days
            day = t[4] + dt.timedelta(days=min((rnd - 1) * length // rounds + (rnd > 3), length))
            for k in range(0, len(entrants) - 1, 2):
                w, b = entrants[k], entrants[k + 1]
                p_white = 1 / (1 + 10 ** ((rating[b] - rating[w] - 35) / 400))
                draw = 0.12 + 0.18 * (t[3] == "classical")
                u = rng.random()
                result = "draw" if u < draw else "white" if u < draw + (1 - draw) * p_white else "black"
                moves = max(12, int(rng.gauss(44 if result == "draw" else 38, 14)))
                per_move = {"classical": 2.6, "rapid": 0.7, "blitz": 0.18}[t[3]]
                hour = 10 + 2 * (rnd - 1) % 9 if t[3] != "classical" else rng.choice([10, 14, 19])
                games.append((len(games) + 1, t[0], w, b, rnd, _moment(rng, day, hour, hour), result, moves,
                              rng.choice(OPENINGS), max(3, int(moves * per_move * rng.uniform(0.7, 1.3)))))
    _insert(con, "players", players)
    _insert(con, "tournaments", tournaments)
    _insert(con, "games", games)
    con.close()


# ---------------------------------------------------------------------------------------------- self storage
SITES = ["Northgate", "Canal Wharf", "Airport Road"]
SIZES = [(25, 49.0), (35, 62.0), (50, 79.0), (75, 105.0), (100, 129.0), (150, 175.0), (200, 219.0)]
STORAGE_END = dt.date(2025, 3, 31)


def build_selfstorage(path: Path | str) -> None:
    """units (120), tenants (birth_date), leases (end_date NULL while active), payments (lease_id not declared;
    paid_at NULL while unpaid; late flag and fee). Leases 2023-01 to 2025-03."""
    rng = random.Random(10402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE units(unit_id INTEGER PRIMARY KEY, unit_code VARCHAR, site VARCHAR,
        floor_level VARCHAR, size_sq_ft INTEGER, monthly_rate_gbp DOUBLE, climate_controlled BOOLEAN,
        drive_up BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenants(tenant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, tenant_type VARCHAR, city VARCHAR, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE leases(lease_id INTEGER PRIMARY KEY,
        unit_id INTEGER REFERENCES units(unit_id), tenant_id INTEGER REFERENCES tenants(tenant_id), start_date DATE,
        end_date DATE, monthly_rent_gbp DOUBLE, deposit_gbp DOUBLE, insured BOOLEAN, move_in_reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE payments(payment_id INTEGER PRIMARY KEY, lease_id INTEGER, due_date DATE,
        paid_at TIMESTAMP, amount_gbp DOUBLE, method VARCHAR, late BOOLEAN, late_fee_gbp DOUBLE)""")
    units = []
    for site in SITES:
        for floor in ("ground", "first", "second"):
            for _ in range(rng.randint(11, 16)):
                size, rate = rng.choice(SIZES)
                climate = floor != "ground" and rng.random() < 0.5
                units.append((len(units) + 1, f"{site[0]}{floor[0].upper()}{len(units) + 101}", site, floor, size,
                              round(rate * (1.12 if climate else 1.0) * (1.05 if site == "Northgate" else 1.0), 2),
                              climate, floor == "ground" and rng.random() < 0.7))
    cities = ["Leeds", "Bradford", "Wakefield", "Harrogate", "Huddersfield"]
    tenants = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        tenants.append((tid, first, last, _day(rng, dt.date(1945, 1, 1), 20000),
                        "business" if rng.random() < 0.22 else "personal", rng.choices(cities, [35, 20, 15, 12, 18])[0],
                        rng.random() < 0.4))
    reasons = ["moving house", "decluttering", "business stock", "renovation", "student"]
    leases, payments = [], []
    free_from = {u[0]: _day(rng, dt.date(2023, 1, 1), 120) for u in units}
    tenant_pool = [t[0] for t in tenants]
    rng.shuffle(tenant_pool)
    t_idx = 0
    for unit in units:
        start = free_from[unit[0]]
        while start <= STORAGE_END and t_idx < len(tenant_pool):
            tenant = tenants[tenant_pool[t_idx] - 1]
            t_idx += 1
            months = rng.choice([1, 2, 3, 4, 6, 6, 9, 12, 18, 30])
            end = start + dt.timedelta(days=30 * months + rng.randint(-5, 5))
            end_date = None if end > STORAGE_END else end
            rent = round(unit[5] * rng.choice([1.0, 1.0, 0.9, 1.05]), 2)
            reason = "business stock" if tenant[4] == "business" else rng.choice(reasons[:2] + reasons[3:])
            lease_id = len(leases) + 1
            leases.append((lease_id, unit[0], tenant[0], start, end_date, rent, round(rent, 2),
                           rng.random() < 0.6, reason))
            due = start
            stop = end_date or STORAGE_END
            while due <= stop:
                u = rng.random()
                if due > STORAGE_END - dt.timedelta(days=20) and u < 0.35:
                    paid, late = None, due < STORAGE_END - dt.timedelta(days=7)
                else:
                    delay = rng.randint(0, 3) if u > 0.18 else rng.randint(8, 40)
                    paid, late = _moment(rng, due + dt.timedelta(days=delay), 6, 22), delay > 7
                payments.append((len(payments) + 1, lease_id, due, paid, rent,
                                 rng.choices(["direct debit", "card", "bank transfer"], [60, 30, 10])[0],
                                 late, 15.0 if late else 0.0))
                due = (pd.Timestamp(due) + pd.DateOffset(months=1)).date()
            if end_date is None:
                break
            start = end_date + dt.timedelta(days=rng.randint(3, 60))
    _insert(con, "units", units)
    _insert(con, "tenants", tenants)
    _insert(con, "leases", leases)
    _insert(con, "payments", payments)
    con.close()


# ---------------------------------------------------------------------------------------------- veg box
BOXES = [(1, "Mini Veg", "small", 11.5, 3.5, False), (2, "Veg Essentials", "medium", 16.0, 5.5, False),
         (3, "Big Veg", "large", 21.5, 8.0, False), (4, "Family Feast", "family", 27.0, 11.0, False),
         (5, "Fruit & Veg Small", "small", 13.5, 4.0, True), (6, "Fruit & Veg Medium", "medium", 18.5, 6.0, True),
         (7, "Fruit & Veg Large", "large", 24.0, 8.5, True)]
ZONES = ["north", "south", "east", "west", "city centre"]


def build_vegbox(path: Path | str) -> None:
    """subscribers (180, birthDate, cancelledOn NULL while active), boxes (7), deliveries (weekly, 2023-2024;
    skipped weeks have deliveredAt NULL). camelCase columns."""
    rng = random.Random(10403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE subscribers(subscriberId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, deliveryZone VARCHAR, joinedOn DATE, cancelledOn DATE, isVegan BOOLEAN,
        paysMonthly BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE boxes(boxId INTEGER PRIMARY KEY, boxName VARCHAR, boxSize VARCHAR,
        priceGbp DOUBLE, weightKg DOUBLE, includesFruit BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(deliveryId INTEGER PRIMARY KEY,
        subscriberId INTEGER REFERENCES subscribers(subscriberId), boxId INTEGER REFERENCES boxes(boxId),
        weekStart DATE, skipped BOOLEAN, deliveredAt TIMESTAMP, chargedGbp DOUBLE, extrasGbp DOUBLE,
        leftWithNeighbour BOOLEAN)""")
    subs = []
    end = dt.date(2024, 12, 30)
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        joined = _day(rng, dt.date(2022, 6, 1), 900)
        cancelled = _day(rng, joined + dt.timedelta(days=30), 700) if rng.random() < 0.35 else None
        if cancelled and cancelled > end:
            cancelled = None
        zone = rng.choices(ZONES, [22, 20, 18, 16, 24])[0]
        subs.append((sid, first, last, _day(rng, dt.date(1950, 1, 1), 19000), zone, joined, cancelled,
                     rng.random() < 0.18, rng.random() < 0.45))
    day_of = {"north": 1, "south": 2, "east": 3, "west": 3, "city centre": 4}
    deliveries = []
    for sub in subs:
        box = rng.choices(BOXES, [14, 24, 16, 10, 10, 16, 10])[0]
        week = dt.date(2023, 1, 2)
        while week <= end:
            if sub[5] <= week and (sub[6] is None or week < sub[6]) and (rng.random() < 0.5 or box[0] % 2):
                if rng.random() < 0.04:
                    box = rng.choice(BOXES)
                skipped = rng.random() < (0.17 if week.month in (7, 8, 12) else 0.08)
                day = week + dt.timedelta(days=day_of[sub[4]])
                when = None if skipped else _moment(rng, day, 7, 19)
                extras = 0.0 if skipped or rng.random() < 0.75 else rng.choice([2.5, 3.0, 4.5, 6.0])
                price = box[3] + (0.5 if week.year == 2024 else 0.0)
                deliveries.append((len(deliveries) + 1, sub[0], box[0], week, skipped, when,
                                   0.0 if skipped else price, extras, not skipped and rng.random() < 0.12))
            week += dt.timedelta(days=7)
    _insert(con, "subscribers", subs)
    _insert(con, "boxes", BOXES)
    _insert(con, "deliveries", deliveries)
    con.close()


# ---------------------------------------------------------------------------------------------- fire station
APPLIANCES = [(1, "Pump 1", "pump", "Central", dt.date(2016, 4, 1), 1800), (2, "Pump 2", "pump", "Central",
              dt.date(2019, 9, 1), 1800), (3, "Aerial 1", "aerial ladder", "Central", dt.date(2015, 2, 1), 0),
              (4, "Rescue 1", "rescue tender", "Central", dt.date(2020, 6, 1), 500),
              (5, "Pump 3", "pump", "Northside", dt.date(2018, 1, 15), 1800),
              (6, "Carrier 1", "water carrier", "Northside", dt.date(2014, 10, 1), 9000),
              (7, "Pump 4", "pump", "Harbour", dt.date(2021, 3, 1), 1800),
              (8, "Rescue 2", "rescue tender", "Harbour", dt.date(2022, 11, 1), 500)]
INCIDENTS = {"house fire": (12, [1, 2, 3, 5, 7]), "road traffic collision": (18, [4, 8, 1, 5]),
             "false alarm": (30, [1, 2, 5, 7]), "grass fire": (14, [5, 6, 7]), "flooding": (9, [4, 8, 6]),
             "animal rescue": (7, [4, 8, 3]), "commercial fire": (6, [1, 2, 3, 6])}
WATCHES = ["red", "white", "blue", "green"]


def build_firestation(path: Path | str) -> None:
    """crew_members (64, birth_date), appliances (8), incidents (2023-2024; call/arrival/cleared TIMESTAMPs),
    hydrant_checks (repaired_on NULL while a defect is outstanding, NULL too when no defect)."""
    rng = random.Random(10404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crew_members(crew_member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, watch VARCHAR, station VARCHAR, crew_rank VARCHAR, on_call BOOLEAN,
        joined_service_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appliances(appliance_id INTEGER PRIMARY KEY, callsign VARCHAR,
        appliance_type VARCHAR, station VARCHAR, commissioned_on DATE, water_tank_litres INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY,
        appliance_id INTEGER REFERENCES appliances(appliance_id), incident_type VARCHAR, watch VARCHAR,
        district VARCHAR, call_at TIMESTAMP, arrived_at TIMESTAMP, cleared_at TIMESTAMP, casualties INTEGER,
        persons_rescued INTEGER, damage_estimate_gbp DOUBLE, malicious BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hydrant_checks(check_id INTEGER PRIMARY KEY, hydrant_ref VARCHAR,
        street VARCHAR, crew_member_id INTEGER REFERENCES crew_members(crew_member_id), checked_on DATE,
        pressure_bar DOUBLE, defect_found BOOLEAN, defect_type VARCHAR, repaired_on DATE)""")
    crew = []
    ranks = ["firefighter"] * 5 + ["crew manager"] * 2 + ["watch manager"]
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 64), start=1):
        station = ["Central", "Central", "Northside", "Harbour"][cid % 4]
        crew.append((cid, first, last, _day(rng, dt.date(1966, 1, 1), 13000), WATCHES[(cid // 4) % 4], station,
                     ranks[cid % 8], station != "Central" and rng.random() < 0.6, _day(rng, dt.date(2000, 1, 1), 8000)))
    districts = ["Old Town", "Docks", "Hillside", "Northfields", "Riverside"]
    types, weights = list(INCIDENTS), [v[0] for v in INCIDENTS.values()]
    incidents = []
    for iid in range(1, 1401):
        kind = rng.choices(types, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if kind == "grass fire" and day.month not in (4, 5, 6, 7, 8, 9) and rng.random() < 0.7:
            day = day.replace(month=rng.randint(5, 8))
        call = _moment(rng, day, 0, 23)
        appliance = rng.choice(INCIDENTS[kind][1])
        minutes = max(3, int(rng.gauss({"Central": 7, "Northside": 10, "Harbour": 9}[APPLIANCES[appliance - 1][3]],
                                       2.5)) + (3 if call.hour in (8, 17) else 0))
        arrived = call + dt.timedelta(minutes=minutes, seconds=rng.randrange(60))
        on_scene = {"false alarm": 20, "house fire": 150, "commercial fire": 300, "grass fire": 120,
                    "road traffic collision": 80, "flooding": 140, "animal rescue": 60}[kind]
        cleared = arrived + dt.timedelta(minutes=int(on_scene * rng.uniform(0.4, 1.8)))
        shift = WATCHES[((day - dt.date(2023, 1, 1)).days // 2 + (call.hour >= 18 or call.hour < 8) * 2) % 4]
        casualties = rng.choice([0, 0, 0, 1, 2]) if kind in ("house fire", "road traffic collision") else 0
        damage = round(rng.uniform(500, 40000) * (4 if kind == "commercial fire" else 1), 2) \
            if kind in ("house fire", "commercial fire", "flooding") else None
        incidents.append((iid, appliance, kind, shift, rng.choices(districts, [26, 18, 20, 16, 20])[0], call, arrived,
                          None if iid > 1395 else cleared, casualties,
                          rng.choice([0, 0, 1, 2]) if kind in ("house fire", "road traffic collision", "flooding")
                          else 0, damage, kind == "false alarm" and rng.random() < 0.2))
    incidents.sort(key=lambda r: r[5])
    incidents = [(k + 1, *r[1:]) for k, r in enumerate(incidents)]
    streets = ["High Street", "Mill Lane", "Station Road", "Church Street", "Park Avenue", "Quay Side",
               "Victoria Road", "Green Lane"]
    checks = []
    for n in range(1, 641):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        defect = rng.random() < 0.16
        repaired = day + dt.timedelta(days=rng.randint(3, 90)) if defect else None
        if repaired and (repaired > dt.date(2024, 12, 31) or rng.random() < 0.15):
            repaired = None
        checks.append((n, f"H{rng.randint(100, 260)}", rng.choice(streets), rng.randint(1, 64), day,
                       round(rng.uniform(1.0, 4.5) * (0.6 if defect else 1.0), 2), defect,
                       rng.choice(["seized valve", "missing cover", "leaking", "obstructed"]) if defect else None,
                       repaired))
    _insert(con, "crew_members", crew)
    _insert(con, "appliances", APPLIANCES)
    _insert(con, "incidents", incidents)
    _insert(con, "hydrant_checks", checks)
    con.close()


# ---------------------------------------------------------------------------------------------- marathon
CHECKPOINTS = [("5k", 5.0), ("10k", 10.0), ("half", 21.1), ("30k", 30.0), ("40k", 40.0)]
CHARITIES = ["Cancer Research UK", "British Heart Foundation", "Mind", "Macmillan", "RNLI", "Age UK"]
CLUBS = ["Harriers AC", "Valley Striders", "City Runners", "Parkrun Pals", None, None, None]


def _age_category(age: int) -> str:
    return "U35" if age < 35 else "V35" if age < 45 else "V45" if age < 55 else "V55+"


def build_marathon(path: Path | str) -> None:
    """runners (700, birth_year, gender, age_category), results (editions 2023-2025; finish_seconds NULL for a DNF),
    splits (checkpoints with split times), pledges (charity sponsorship)."""
    rng = random.Random(10405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE runners(runner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, gender VARCHAR, birth_year INTEGER, age_category VARCHAR, club VARCHAR, country VARCHAR,
        first_marathon BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        runner_id INTEGER REFERENCES runners(runner_id), race_year INTEGER, race_date DATE, bib_number INTEGER,
        start_wave VARCHAR, gun_start TIMESTAMP, finished BOOLEAN, finish_seconds INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE splits(split_id INTEGER PRIMARY KEY,
        result_id INTEGER REFERENCES results(result_id), checkpoint VARCHAR, distance_km DOUBLE,
        split_seconds INTEGER, passed_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE pledges(pledge_id INTEGER PRIMARY KEY,
        runner_id INTEGER REFERENCES runners(runner_id), charity VARCHAR, pledged_on DATE, amount_gbp DOUBLE,
        gift_aid BOOLEAN)""")
    firsts = FIRST + ["Amelia", "Ben", "Chloe", "Dylan", "Ella", "Finn", "Grace", "Harry"]
    runners = []
    for rid, (first, last) in enumerate(_unique_names(rng, firsts, LAST, 700), start=1):
        gender = "F" if rng.random() < 0.44 else "M"
        birth = rng.randint(1950, 2005)
        runners.append((rid, first, last, gender, birth, _age_category(2024 - birth), rng.choice(CLUBS),
                        rng.choices(["UK", "Ireland", "France", "USA", "Kenya"], [80, 7, 5, 6, 2])[0],
                        rng.random() < 0.35))
    race_dates = {2023: dt.date(2023, 4, 23), 2024: dt.date(2024, 4, 21), 2025: dt.date(2025, 4, 27)}
    results, splits = [], []
    for runner in runners:
        ability = rng.gauss(15600, 2700) * (1.09 if runner[3] == "F" else 1.0) * (1 + max(0, 2024 - runner[4] - 40)
                                                                                    * 0.006)
        ability = max(8100, ability)
        for year in (2023, 2024, 2025):
            if rng.random() > {2023: 0.5, 2024: 0.6, 2025: 0.55}[year]:
                continue
            wave = "elite" if ability < 10000 else "A" if ability < 13500 else "B" if ability < 16500 else "C"
            gun = dt.datetime.combine(race_dates[year], dt.time(9, {"elite": 0, "A": 10, "B": 25, "C": 40}[wave]))
            total = int(ability * rng.uniform(0.94, 1.08) * (1.03 if year == 2025 else 1.0))
            dnf_at = rng.choice(CHECKPOINTS[1:])[1] if rng.random() < 0.06 else None
            result_id = len(results) + 1
            results.append((result_id, runner[0], year, race_dates[year], 1000 + runner[0], wave, gun,
                            dnf_at is None, None if dnf_at else total))
            fade = rng.uniform(1.0, 1.12)
            for name, km in CHECKPOINTS:
                if dnf_at is not None and km >= dnf_at:
                    break
                frac = km / 42.195
                secs = int(total * frac * (1 - (fade - 1) * (1 - frac) / 2))
                splits.append((len(splits) + 1, result_id, name, km, secs, gun + dt.timedelta(seconds=secs)))
    pledges = []
    for runner in runners:
        if rng.random() < 0.45:
            charity = rng.choice(CHARITIES)
            for _ in range(rng.randint(1, 8)):
                pledges.append((len(pledges) + 1, runner[0], charity, _day(rng, dt.date(2023, 1, 10), 830),
                                float(rng.choice([5, 10, 10, 20, 25, 50, 100])), rng.random() < 0.55))
    _insert(con, "runners", runners)
    _insert(con, "results", results)
    _insert(con, "splits", splits)
    _insert(con, "pledges", pledges)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "chessclub": build_chessclub,
    "selfstorage": build_selfstorage,
    "vegbox": build_vegbox,
    "firestation": build_firestation,
    "marathon": build_marathon,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval104-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval104-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval104-dbs"))
