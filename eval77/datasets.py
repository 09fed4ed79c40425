"""Builders of the seventy-seventh development evaluation corpus: five DuckDB files in operations and club domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `housekeeping.duckdb`: a hotel's rooms, housekeepers (birth date), room cleans (minutes) and inspections
- `orchard.duckdb`: an orchard's varieties, trees, harvests in kg (tree link only implied) and spray applications
- `esports.duckdb`: an esports league's teams, players (birth date), matches and map results
- `fundraising.duckdb`: a charity's donors (birth year), campaigns, donations and gift aid claims
- `physio.duckdb`: a sports club's athletes (birth date), injuries and treatment sessions (camelCase)

Usage:
    python eval77/datasets.py OUTDIR

Example:
    >>> from eval77.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval77-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['esports.duckdb', 'fundraising.duckdb', 'housekeeping.duckdb', 'orchard.duckdb', 'physio.duckdb']
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


FIRST = ["Aisha", "Bogdan", "Ciara", "Darius", "Elif", "Fergus", "Greta", "Hamza", "Imogen", "Jonas", "Keira",
         "Luca", "Maja", "Niamh", "Oskar", "Priya", "Rafael", "Saoirse", "Tobias", "Una", "Viktor", "Wanda",
         "Yusuf", "Zofia"]
LAST = ["Achterberg", "Baptiste", "Costa", "Dunleavy", "Ekwueme", "Forsyth", "Gallagher", "Hartmann", "Iqbal",
        "Jovanovic", "Kowalczyk", "Lindqvist", "MacLeod", "Nowak", "O'Hara", "Petrov", "Rahman", "Sandoval",
        "Thorne", "Varga", "Whitlock", "Zielinski"]

# ------------------------------------------------------------------------------------------------ housekeeping
ROOM_TYPES = {"standard": (22, 55), "deluxe": (28, 24), "suite": (40, 8), "family": (34, 13)}
CLEAN_TYPES = {"checkout": (38, 50), "stayover": (20, 38), "deep": (85, 12)}
FAIL_ISSUES = ["dust", "bathroom", "linen", "amenities", "floor"]


def build_housekeeping(path: Path | str) -> None:
    """rooms (100), housekeepers (28, birth_date, left_on NULL while employed), cleans (2023-2024, minutes),
    inspections (inspected_at TIMESTAMP, result pass/fail, issue NULL unless failed)."""
    rng = random.Random(7701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_number VARCHAR, floor INTEGER,
        room_type VARCHAR, beds INTEGER, is_accessible BOOLEAN, sea_view BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE housekeepers(housekeeper_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, left_on DATE, shift VARCHAR, hourly_wage_gbp DOUBLE,
        is_supervisor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cleans(clean_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), housekeeper_id INTEGER REFERENCES housekeepers(housekeeper_id),
        started_at TIMESTAMP, clean_type VARCHAR, minutes INTEGER, linen_changed BOOLEAN, guest_requested BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        clean_id INTEGER REFERENCES cleans(clean_id), inspected_at TIMESTAMP, inspector VARCHAR, result VARCHAR,
        score INTEGER, issue VARCHAR)""")
    rooms = []
    types = list(ROOM_TYPES)
    for rid in range(1, 101):
        floor = (rid - 1) // 20 + 1
        rtype = rng.choices(types, [v[1] for v in ROOM_TYPES.values()])[0]
        beds = {"standard": rng.choice([1, 2]), "deluxe": 2, "suite": rng.choice([2, 3]), "family": 4}[rtype]
        rooms.append((rid, f"{floor}{(rid - 1) % 20 + 1:02d}", floor, rtype, beds, rng.random() < 0.1,
                      floor >= 3 and rng.random() < 0.5))
    staff = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 28), start=1):
        hired = _day(rng, dt.date(2016, 1, 1), 3000)
        left = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.25 else None
        if left is not None and left <= hired:
            left = None
        staff.append((hid, first, last, _day(rng, dt.date(1966, 1, 1), 13500), hired, left,
                      rng.choices(["morning", "afternoon", "night"], [60, 30, 10])[0],
                      round(rng.uniform(11.5, 14.5), 2), hid <= 4))
    cleans, inspections = [], []
    for cid in range(1, 3601):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        here = [s for s in staff if s[4] <= day and (s[5] is None or s[5] > day)]
        keeper = rng.choice(here)
        room = rng.choice(rooms)
        ctype = rng.choices(list(CLEAN_TYPES), [v[1] for v in CLEAN_TYPES.values()])[0]
        base = CLEAN_TYPES[ctype][0] * (1.35 if room[3] == "suite" else 1.15 if room[3] == "family" else 1.0)
        minutes = max(8, int(rng.gauss(base, base * 0.18)))
        hour_lo, hour_hi = {"morning": (7, 12), "afternoon": (12, 17), "night": (18, 22)}[keeper[6]]
        started = _moment(rng, day, hour_lo, hour_hi)
        cleans.append((cid, room[0], keeper[0], started, ctype, minutes,
                       ctype != "stayover" or rng.random() < 0.3, ctype == "stayover" and rng.random() < 0.2))
        if rng.random() < 0.3:
            fail = rng.random() < (0.08 + (0.1 if minutes < base * 0.85 else 0))
            score = rng.randint(45, 69) if fail else rng.randint(70, 100)
            inspections.append((len(inspections) + 1, cid,
                                started + dt.timedelta(minutes=minutes + rng.randint(5, 120)),
                                rng.choice(["Moira", "Declan", "Femi"]), "fail" if fail else "pass", score,
                                rng.choice(FAIL_ISSUES) if fail else None))
    _insert(con, "rooms", rooms)
    _insert(con, "housekeepers", staff)
    _insert(con, "cleans", cleans)
    _insert(con, "inspections", inspections)
    con.close()


# ------------------------------------------------------------------------------------------------ orchard
VARIETIES = [(1, "Cox's Orange Pippin", "apple", True, "dessert"), (2, "Bramley", "apple", True, "cooking"),
             (3, "Gala", "apple", False, "dessert"), (4, "Braeburn", "apple", False, "dessert"),
             (5, "Egremont Russet", "apple", True, "dessert"), (6, "Conference", "pear", False, "dessert"),
             (7, "Doyenne du Comice", "pear", True, "dessert"), (8, "Victoria", "plum", False, "dessert"),
             (9, "Marjorie's Seedling", "plum", True, "cooking"), (10, "Stella", "cherry", False, "dessert"),
             (11, "Kiku", "apple", False, "dessert"), (12, "Dabinett", "apple", True, "cider")]
BLOCKS = ["North", "South", "East", "West", "Old Orchard"]
PRODUCTS = [("Captan 80", "fungicide", 38.0), ("Sulphur WG", "fungicide", 12.5), ("Coragen", "insecticide", 96.0),
            ("Neem Oil", "insecticide", 22.0), ("Seaweed Feed", "foliar feed", 9.5), ("Calcium Nitrate", "foliar feed",
                                                                                      7.0)]


def build_orchard(path: Path | str) -> None:
    """varieties (12), trees (700, removed_on NULL while standing), harvests (2022-2024, weight_kg, tree_id only
    implied), spray_applications (sprayed_at TIMESTAMP, litres, cost_gbp)."""
    rng = random.Random(7702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE varieties(variety_id INTEGER PRIMARY KEY, variety_name VARCHAR,
        fruit VARCHAR, heritage BOOLEAN, use VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE trees(tree_id INTEGER PRIMARY KEY,
        variety_id INTEGER REFERENCES varieties(variety_id), block VARCHAR, row_number INTEGER, planted_on DATE,
        rootstock VARCHAR, removed_on DATE, netted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY, tree_id INTEGER, picked_on DATE,
        picker_name VARCHAR, weight_kg DOUBLE, grade VARCHAR, sold_to VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE spray_applications(spray_id INTEGER PRIMARY KEY, block VARCHAR,
        sprayed_at TIMESTAMP, product VARCHAR, product_type VARCHAR, litres DOUBLE, cost_gbp DOUBLE,
        rain_within_24h BOOLEAN, operator VARCHAR)""")
    trees = []
    vweights = [14, 12, 16, 9, 6, 10, 4, 8, 3, 7, 5, 6]
    for tid in range(1, 701):
        variety = rng.choices(VARIETIES, vweights)[0]
        block = rng.choices(BLOCKS, [22, 22, 20, 20, 16])[0]
        planted = _day(rng, dt.date(1995, 1, 1), 9000) if block == "Old Orchard" else _day(rng, dt.date(2008, 1, 1),
                                                                                            5000)
        removed = _day(rng, dt.date(2022, 11, 1), 780) if rng.random() < 0.08 else None
        trees.append((tid, variety[0], block, rng.randint(1, 24), planted,
                      rng.choice(["M9", "M26", "MM106", "Quince A", "St Julien A", "Gisela 5"]), removed,
                      variety[2] == "cherry" or rng.random() < 0.1))
    pickers = ["Ana", "Bartek", "Costel", "Dorota", "Emil", "Florin", "Ilona", "Marek"]
    harvests = []
    season = {"apple": (8, 10), "pear": (8, 9), "plum": (8, 8), "cherry": (6, 7)}
    for hid in range(1, 2601):
        tree = rng.choice(trees)
        variety = VARIETIES[tree[1] - 1]
        year = rng.choice([2022, 2023, 2024])
        if tree[6] is not None and tree[6].year <= year:
            year = 2022
        lo, hi = season[variety[2]]
        month = rng.randint(lo, hi)
        picked = dt.date(year, month, rng.randint(1, 28))
        kg = max(0.5, rng.gauss({"apple": 24, "pear": 19, "plum": 14, "cherry": 7}[variety[2]], 5) *
                 (0.8 if year == 2023 else 1.0))
        grade = rng.choices(["class 1", "class 2", "juice"], [55, 30, 15])[0]
        sold = {"class 1": rng.choice(["farm shop", "wholesale"]), "class 2": rng.choice(["farm shop", "wholesale",
                                                                                           "pick your own"]),
                "juice": "juicing"}[grade]
        harvests.append((hid, tree[0], picked, rng.choice(pickers), round(kg, 1), grade, sold))
    sprays = []
    for sid in range(1, 421):
        day = _day(rng, dt.date(2022, 3, 1), 1000)
        while day.month in (12, 1, 2):
            day = _day(rng, dt.date(2022, 3, 1), 1000)
        product = rng.choice(PRODUCTS)
        litres = round(rng.uniform(40, 260), 1)
        sprays.append((sid, rng.choice(BLOCKS), _moment(rng, day, 5, 19), product[0], product[1], litres,
                       round(litres * product[2] / 100 * rng.uniform(0.9, 1.1), 2), rng.random() < 0.18,
                       rng.choice(["Tom", "Gareth", "Hannah"])))
    _insert(con, "varieties", VARIETIES)
    _insert(con, "trees", trees)
    _insert(con, "harvests", harvests)
    _insert(con, "spray_applications", sprays)
    con.close()


# ------------------------------------------------------------------------------------------------ esports
TEAMS = [(1, "Nordic Wolves", "EU", 2016, 1_850_000.0), (2, "Iron Phoenix", "EU", 2018, 1_200_000.0),
         (3, "Crimson Tide Gaming", "NA", 2015, 2_400_000.0), (4, "Vortex Esports", "NA", 2019, 950_000.0),
         (5, "Sakura Storm", "APAC", 2017, 1_600_000.0), (6, "Jade Dragons", "APAC", 2020, 780_000.0),
         (7, "Samba Legion", "LATAM", 2018, 540_000.0), (8, "Andes Titans", "LATAM", 2021, 410_000.0),
         (9, "Baltic Blaze", "EU", 2021, 620_000.0), (10, "Lone Star Five", "NA", 2017, 1_100_000.0)]
MAPS = ["Citadel", "Harbor", "Outpost", "Skyline", "Foundry", "Glacier"]
ROLES = ["carry", "support", "tank", "flex", "sniper"]


def build_esports(path: Path | str) -> None:
    """teams (10), players (70, birth_date, left_on NULL while on the roster), matches (2023-2024, played_at
    TIMESTAMP, stage), map_results (duration_min, kills)."""
    rng = random.Random(7703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, region VARCHAR,
        founded_year INTEGER, budget_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), gamer_tag VARCHAR, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, country VARCHAR, role VARCHAR, joined_on DATE, left_on DATE, is_captain BOOLEAN,
        salary_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY,
        team_a_id INTEGER REFERENCES teams(team_id), team_b_id INTEGER REFERENCES teams(team_id),
        played_at TIMESTAMP, stage VARCHAR, best_of INTEGER, winner_team_id INTEGER REFERENCES teams(team_id),
        peak_viewers INTEGER, prize_usd DOUBLE, is_lan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE map_results(map_result_id INTEGER PRIMARY KEY,
        match_id INTEGER REFERENCES matches(match_id), map_number INTEGER, map_name VARCHAR,
        winner_team_id INTEGER REFERENCES teams(team_id), duration_min DOUBLE, total_kills INTEGER,
        overtime BOOLEAN)""")
    syll = ["zer", "kai", "nox", "vex", "ral", "tyr", "qua", "mio", "dax", "lux", "ryn", "jin", "sol", "fey"]
    countries = {"EU": ["Sweden", "Germany", "Poland", "Denmark", "France"], "NA": ["USA", "Canada"],
                 "APAC": ["South Korea", "Japan", "China"], "LATAM": ["Brazil", "Argentina", "Chile"]}
    players, tags = [], set()
    names = _unique_names(rng, FIRST, LAST, 70)
    for pid in range(1, 71):
        team = TEAMS[(pid - 1) % 10]
        tag = ""
        while not tag or tag in tags:
            tag = (rng.choice(syll) + rng.choice(syll)).capitalize() + rng.choice(["", "X", "7", "99"])
        tags.add(tag)
        left = _day(rng, dt.date(2023, 4, 1), 600) if pid > 50 and rng.random() < 0.6 else None
        joined = _day(rng, dt.date(2019, 1, 1), 1400) if left or pid <= 50 else _day(rng, dt.date(2023, 2, 1), 600)
        players.append((pid, team[0], tag, names[pid - 1][0], names[pid - 1][1],
                        _day(rng, dt.date(1993, 1, 1), 4300), rng.choice(countries[team[2]]),
                        ROLES[(pid - 1) // 10 % 5], joined, left, pid <= 10,
                        round(rng.uniform(40_000, 260_000) * team[4] / 1_500_000 + 20_000, -2)))
    strength = {t[0]: t[4] / 1_000_000 + rng.uniform(0, 1.2) for t in TEAMS}
    matches, maps = [], []
    for mid in range(1, 521):
        a, b = rng.sample(TEAMS, 2)
        day = _day(rng, dt.date(2023, 1, 14), 715)
        stage = "regular season" if day.month not in (6, 11) else rng.choice(["playoffs", "playoffs", "final"])
        best_of = {"regular season": rng.choice([1, 3, 3]), "playoffs": 3, "final": 5}[stage]
        played = _moment(rng, day, 12, 22)
        wins = {a[0]: 0, b[0]: 0}
        n = 0
        while max(wins.values()) <= best_of // 2:
            n += 1
            pa = strength[a[0]] / (strength[a[0]] + strength[b[0]])
            w = a[0] if rng.random() < pa else b[0]
            wins[w] += 1
            dur = round(rng.gauss(34, 7), 1)
            maps.append((len(maps) + 1, mid, n, rng.choice(MAPS), w, dur, int(dur * rng.uniform(1.4, 2.4)),
                         dur > 45))
        winner = max(wins, key=wins.get)
        viewers = int(rng.uniform(8_000, 60_000) * (4 if stage == "final" else 2 if stage == "playoffs" else 1))
        prize = {"regular season": 5000.0, "playoffs": 25000.0, "final": 100000.0}[stage]
        matches.append((mid, a[0], b[0], played, stage, best_of, winner, viewers, prize,
                        stage != "regular season" or rng.random() < 0.15))
    _insert(con, "teams", TEAMS)
    _insert(con, "players", players)
    _insert(con, "matches", matches)
    _insert(con, "map_results", maps)
    con.close()


# ------------------------------------------------------------------------------------------------ fundraising
CAMPAIGNS = [(1, "Winter Appeal 2023", "mail", dt.date(2023, 1, 9), dt.date(2023, 3, 31), 60000.0),
             (2, "Spring Fun Run 2023", "event", dt.date(2023, 4, 1), dt.date(2023, 5, 31), 35000.0),
             (3, "Summer Street Team", "street", dt.date(2023, 6, 1), dt.date(2023, 9, 30), 40000.0),
             (4, "Giving Tuesday 2023", "online", dt.date(2023, 11, 20), dt.date(2023, 12, 10), 25000.0),
             (5, "Christmas Appeal 2023", "mail", dt.date(2023, 11, 15), dt.date(2024, 1, 31), 80000.0),
             (6, "Regular Giving Drive", "phone", dt.date(2023, 3, 1), None, 120000.0),
             (7, "Spring Fun Run 2024", "event", dt.date(2024, 4, 1), dt.date(2024, 5, 31), 40000.0),
             (8, "Emergency Flood Appeal", "online", dt.date(2024, 2, 5), dt.date(2024, 4, 30), 50000.0),
             (9, "Giving Tuesday 2024", "online", dt.date(2024, 11, 25), dt.date(2024, 12, 15), 30000.0),
             (10, "Christmas Appeal 2024", "mail", dt.date(2024, 11, 15), dt.date(2025, 1, 31), 85000.0),
             (11, "Legacy Awareness", "mail", dt.date(2024, 9, 1), None, 20000.0),
             (12, "Summer Street Team 2024", "street", dt.date(2024, 6, 1), dt.date(2024, 9, 15), 45000.0)]
REGIONS = ["North", "South", "Midlands", "Scotland", "Wales", "London"]


def build_fundraising(path: Path | str) -> None:
    """donors (900, birth_year), campaigns (12, ends_on NULL while ongoing), donations (2023-01 to 2025-02,
    campaign_id NULL for unprompted gifts), gift_aid_claims (status, paid_on NULL until HMRC pays)."""
    rng = random.Random(7704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, region VARCHAR, signed_up_on DATE, gift_aid_declared BOOLEAN, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE campaigns(campaign_id INTEGER PRIMARY KEY, campaign_name VARCHAR,
        channel VARCHAR, starts_on DATE, ends_on DATE, target_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), campaign_id INTEGER REFERENCES campaigns(campaign_id),
        donated_at TIMESTAMP, amount_gbp DOUBLE, payment_method VARCHAR, is_recurring BOOLEAN, anonymous BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE gift_aid_claims(claim_id INTEGER PRIMARY KEY,
        donation_id INTEGER REFERENCES donations(donation_id), claimed_on DATE, claim_gbp DOUBLE, status VARCHAR,
        paid_on DATE)""")
    donors = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        donors.append((did, first, last, rng.randint(1940, 2004), rng.choices(REGIONS, [20, 22, 16, 12, 8, 22])[0],
                       _day(rng, dt.date(2018, 1, 1), 2550), rng.random() < 0.62, rng.random() < 0.55))
    donations = []
    end = dt.date(2025, 2, 28)
    for gid in range(1, 3201):
        donor = rng.choice(donors[:395])  # the last signed-up donors have not given yet
        if rng.random() < 0.14:
            day, campaign = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1), None
        else:
            campaign = rng.choice(CAMPAIGNS)
            stop = min(campaign[4] or end, end)
            day = _day(rng, campaign[3], (stop - campaign[3]).days + 1)
        channel = campaign[2] if campaign else "online"
        recurring = channel == "phone" or rng.random() < 0.08
        amount = rng.choice([5, 10, 10, 15, 20, 25]) if recurring else round(rng.lognormvariate(3.3, 0.9), 2)
        if rng.random() < 0.01:
            amount = rng.choice([1000.0, 2500.0, 5000.0])
        mix = {"street": [20, 75, 0, 5], "event": [50, 40, 0, 10], "mail": [40, 0, 45, 15]}.get(channel, [85, 0, 0, 15])
        method = "direct debit" if recurring else rng.choices(["card", "cash", "cheque", "bank transfer"], mix)[0]
        donations.append((gid, donor[0], campaign[0] if campaign else None,
                          _moment(rng, day, 7, 22), float(amount), method, recurring, rng.random() < 0.05))
    claims = []
    for don in donations:
        donor = donors[don[1] - 1]
        if not donor[6] or don[7]:
            continue
        claimed = (don[3] + dt.timedelta(days=rng.randint(20, 75))).date()
        if claimed > dt.date(2025, 3, 20):
            continue
        status = rng.choices(["paid", "submitted", "rejected"], [86, 9, 5])[0]
        paid = claimed + dt.timedelta(days=rng.randint(10, 45)) if status == "paid" else None
        if paid is not None and paid > dt.date(2025, 3, 31):
            paid, status = None, "submitted"
        claims.append((len(claims) + 1, don[0], claimed, round(don[4] * 0.25, 2), status, paid))
    _insert(con, "donors", donors)
    _insert(con, "campaigns", CAMPAIGNS)
    _insert(con, "donations", donations)
    _insert(con, "gift_aid_claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------ physio (camelCase)
BODY_PARTS = {"hamstring": 24, "knee": 16, "ankle": 20, "groin": 10, "shoulder": 8, "back": 10, "calf": 12}
TREATMENTS = ["massage", "manual therapy", "exercise rehab", "ultrasound", "dry needling", "hydrotherapy"]
PHYSIOS = ["Ruth Okafor", "Sean Doyle", "Mei Tanaka", "Gavin Price"]


def build_physio(path: Path | str) -> None:
    """athletes (90, birthDate), injuries (2023-01 to 2025-06, returnDate NULL while still out), treatmentSessions
    (sessionStart TIMESTAMP, durationMin, painScore)."""
    rng = random.Random(7705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE athletes("athleteId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, squad VARCHAR, position VARCHAR, "heightCm" INTEGER,
        "weightKg" DOUBLE, "isInternational" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE injuries("injuryId" INTEGER PRIMARY KEY,
        "athleteId" INTEGER REFERENCES athletes("athleteId"), "bodyPart" VARCHAR, severity VARCHAR,
        "onsetDate" DATE, "returnDate" DATE, "occurredIn" VARCHAR, "isContact" BOOLEAN, "needsSurgery" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "treatmentSessions"("sessionId" INTEGER PRIMARY KEY,
        "injuryId" INTEGER REFERENCES injuries("injuryId"), "physioName" VARCHAR, "sessionStart" TIMESTAMP,
        "durationMin" INTEGER, "treatmentType" VARCHAR, "painScore" INTEGER, "attended" BOOLEAN)""")
    athletes = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        squad = rng.choices(["first team", "academy", "women"], [40, 30, 30])[0]
        birth = _day(rng, dt.date(2005, 1, 1) if squad == "academy" else dt.date(1988, 1, 1), 1400 if squad ==
                     "academy" else 4700)
        athletes.append((aid, first, last, birth, squad, rng.choice(["goalkeeper", "defender", "midfielder",
                                                                      "forward"]),
                         rng.randint(165, 195) if squad != "women" else rng.randint(155, 182),
                         round(rng.uniform(62, 92) if squad != "women" else rng.uniform(52, 75), 1),
                         squad != "academy" and rng.random() < 0.2))
    injuries, sessions = [], []
    end = dt.date(2025, 6, 30)
    for iid in range(1, 341):
        athlete = rng.choice(athletes)
        onset = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        severity = rng.choices(["minor", "moderate", "severe"], [55, 32, 13])[0]
        days_out = {"minor": rng.randint(3, 14), "moderate": rng.randint(15, 45), "severe": rng.randint(50, 240)}[
            severity]
        back = onset + dt.timedelta(days=days_out)
        part = rng.choices(list(BODY_PARTS), list(BODY_PARTS.values()))[0]
        injuries.append((iid, athlete[0], part, severity, onset, back if back <= end else None,
                         rng.choices(["match", "training", "gym"], [50, 42, 8])[0], rng.random() < 0.35,
                         severity == "severe" and rng.random() < 0.4))
        for _ in range(max(1, days_out // 5 + rng.randint(-1, 2))):
            day = onset + dt.timedelta(days=rng.randint(1, max(1, days_out - 1)))
            if day > end:
                continue
            attended = rng.random() > 0.06
            sessions.append((len(sessions) + 1, iid, rng.choice(PHYSIOS), _moment(rng, day, 8, 18),
                             rng.choice([20, 30, 30, 45, 45, 60]), rng.choice(TREATMENTS),
                             max(0, min(10, int(rng.gauss(6 if severity == "severe" else 4, 2)))), attended))
    _insert(con, "athletes", athletes)
    _insert(con, "injuries", injuries)
    _insert(con, "treatmentSessions", sessions)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "housekeeping": build_housekeeping,
    "orchard": build_orchard,
    "esports": build_esports,
    "fundraising": build_fundraising,
    "physio": build_physio,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval77-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval77-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval77-dbs"))
