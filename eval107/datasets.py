"""Builders of the hundred-and-seventh development evaluation corpus: five DuckDB files in five service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `hearing.duckdb`: a hearing clinic's audiologists, patients (birth date), appointments and hearing aids fitted
- `kayak.duckdb`: a kayak hire centre's boats, customers (birth year), hires (out/returned timestamps) and damage
  reports
- `crowdfunding.duckdb`: a crowdfunding platform's creators, campaigns (goal, deadline), backers and pledges
  (camelCase columns)
- `quiz.duckdb`: a pub quiz league's venues, teams (captain's birth year), quiz nights and round scores
- `removals.duckdb`: a removals company's crews, vans, quotes and moves (volume, distance; `moves.van_id` is only
  implied by its name, not declared)

Usage:
    python eval107/datasets.py OUTDIR

Example:
    >>> from eval107.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval107-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['crowdfunding.duckdb', 'hearing.duckdb', 'kayak.duckdb', 'quiz.duckdb', 'removals.duckdb']
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


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abigail", "Barnaby", "Catrin", "Dominic", "Esme", "Felix", "Gwen", "Harvey", "Imogen", "Jasper", "Kirsty",
         "Leon", "Mairead", "Nathan", "Orla", "Patrick", "Rosa", "Samir", "Tilly", "Ursula", "Vaughan", "Winnie",
         "Xavier", "Yasmin", "Zach", "Amara", "Callum", "Dilys", "Ewan", "Farah", "Gideon", "Hattie", "Idris", "Juno",
         "Kofi", "Lorna"]
LAST = ["Abbott", "Bainbridge", "Carver", "Delaney", "Eastwood", "Fairbairn", "Goddard", "Hartley", "Ingham",
        "Jennings", "Kerr", "Lockhart", "Mulligan", "Nwosu", "Oakley", "Patel", "Quinlan", "Redfern", "Stirling",
        "Tennant", "Underwood", "Vaughan", "Wainwright", "Yardley", "Ashby", "Brough", "Crane", "Dunmore", "Everett",
        "Fenwick", "Gilchrist", "Holroyd", "Ibbotson", "Jolliffe", "Kavanagh", "Lindley", "Maddox", "Nesbitt",
        "Ormerod", "Pickering"]

# ------------------------------------------------------------------------------------------------- hearing clinic
AUDIOLOGISTS = [(1, "Margaret", "Olsen", dt.date(2011, 3, 14), True, "Northgate"),
                (2, "Kwame", "Mensah", dt.date(2015, 9, 1), True, "Riverside"),
                (3, "Sophie", "Delacroix", dt.date(2018, 5, 21), False, "Northgate"),
                (4, "Ravi", "Kapoor", dt.date(2019, 11, 4), False, "Old Town"),
                (5, "Bethan", "Pryce", dt.date(2021, 2, 8), False, "Riverside"),
                (6, "Tomasz", "Wilk", dt.date(2022, 7, 11), False, "Old Town"),
                (7, "Hannah", "Fleming", dt.date(2023, 6, 5), False, "Northgate")]
APPT_TYPES = {"hearing test": (30, 60, 75.0), "fitting": (18, 90, 0.0), "follow-up": (25, 30, 40.0),
              "repair": (12, 20, 35.0), "wax removal": (15, 30, 60.0)}
AID_BRANDS = {"Phonak": (6, 2400), "Oticon": (5, 2600), "Signia": (4, 2100), "ReSound": (3, 2300),
              "Widex": (2, 2900)}


def build_hearing(path: Path | str) -> None:
    """audiologists (7), patients (600, birth_date, nhs_funded), appointments (2023-2024, status attended/cancelled/
    no-show, fee_gbp 0 for NHS patients except wax removal), hearing_aids (fitted at attended fittings, price_gbp 0
    on the NHS, returned_on NULL when kept)."""
    rng = random.Random(10701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE audiologists(audiologist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, hired_on DATE, is_senior BOOLEAN, clinic_site VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, referral_source VARCHAR, nhs_funded BOOLEAN,
        has_tinnitus BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id),
        audiologist_id INTEGER REFERENCES audiologists(audiologist_id), starts_at TIMESTAMP,
        appointment_type VARCHAR, duration_minutes INTEGER, status VARCHAR, fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE hearing_aids(aid_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id),
        audiologist_id INTEGER REFERENCES audiologists(audiologist_id), fitted_on DATE, brand VARCHAR,
        style VARCHAR, ear VARCHAR, rechargeable BOOLEAN, price_gbp DOUBLE, returned_on DATE)""")
    sources = ["GP", "self-referral", "ENT consultant", "occupational health"]
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        born = dt.date(2024, 1, 1) - dt.timedelta(days=int(365.25 * min(96, max(6, rng.gauss(66, 15)))))
        born += dt.timedelta(days=rng.randrange(365))
        source = rng.choices(sources, [10, 5, 4, 2])[0]
        nhs = source in ("GP", "ENT consultant") and rng.random() < 0.8
        patients.append((pid, first, last, born, rng.choice(["F", "M"]), source, nhs, rng.random() < 0.27,
                         _day(rng, dt.date(2018, 1, 1), 2500)))
    aud_weights = [7, 8, 6, 6, 5, 4, 4]
    appts, aids = [], []
    aid_id = 0
    styles = ["behind-the-ear", "receiver-in-canal", "in-the-ear"]
    for aid in range(1, 3201):
        patient = rng.choice(patients)
        atype = rng.choices(list(APPT_TYPES), [v[0] for v in APPT_TYPES.values()])[0]
        day = _day(rng, dt.date(2023, 1, 2), 730)
        while day.weekday() >= 5:
            day = _day(rng, dt.date(2023, 1, 2), 730)
        aud = rng.choices(AUDIOLOGISTS, aud_weights)[0]
        while aud[3] > day:
            aud = rng.choices(AUDIOLOGISTS, aud_weights)[0]
        start = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 15, 30, 45])))
        minutes = APPT_TYPES[atype][1] + rng.choice([0, 0, 0, 15]) * (atype in ("hearing test", "fitting"))
        status = rng.choices(["attended", "cancelled", "no-show"], [85, 9, 6])[0]
        fee = APPT_TYPES[atype][2]
        if patient[6] and atype != "wax removal":
            fee = 0.0
        if status == "cancelled":
            fee = 0.0
        appts.append((aid, patient[0], aud[0], start, atype, minutes, status, fee))
        if atype == "fitting" and status == "attended":
            ears = ["left", "right"] if rng.random() < 0.7 else [rng.choice(["left", "right"])]
            brand = rng.choices(list(AID_BRANDS), [v[0] for v in AID_BRANDS.values()])[0]
            style = rng.choices(styles, [5, 6, 2])[0]
            recharge = rng.random() < 0.6
            price = 0.0 if patient[6] else round(AID_BRANDS[brand][1] * rng.uniform(0.6, 1.3) / 2 / 10) * 10.0
            for ear in ears:
                aid_id += 1
                returned = day + dt.timedelta(days=rng.randint(5, 40)) if rng.random() < 0.08 else None
                if returned is not None and returned > dt.date(2024, 12, 31):
                    returned = None
                aids.append((aid_id, patient[0], aud[0], day, brand, style, ear, recharge, price, returned))
    appts.sort(key=lambda a: (a[3], a[0]))
    appts = [(i, *a[1:]) for i, a in enumerate(appts, start=1)]
    aids.sort(key=lambda a: (a[3], a[0]))
    aids = [(i, *a[1:]) for i, a in enumerate(aids, start=1)]
    _insert(con, "audiologists", AUDIOLOGISTS)
    _insert(con, "patients", patients)
    _insert(con, "appointments", appts)
    _insert(con, "hearing_aids", aids)
    con.close()


# ------------------------------------------------------------------------------------------------- kayak hire
BOAT_TYPES = {"sit-on-top": (12, 1, 15.0), "touring kayak": (8, 1, 20.0), "double kayak": (6, 2, 26.0),
              "canoe": (8, 3, 24.0), "paddleboard": (6, 1, 14.0)}
BOAT_NAMES = ["Puffin", "Otter", "Heron", "Kestrel", "Curlew", "Gannet", "Osprey", "Dipper", "Merlin", "Plover",
              "Shearwater", "Kittiwake", "Razorbill", "Guillemot", "Tern", "Lapwing", "Wren", "Egret", "Bittern",
              "Skua", "Fulmar", "Petrel", "Snipe", "Teal", "Wigeon", "Pintail", "Eider", "Scoter", "Goldeneye",
              "Merganser", "Avocet", "Dunlin", "Knot", "Sanderling", "Turnstone", "Whimbrel", "Godwit", "Redshank",
              "Greenshank", "Ruff"]
DAMAGE = {"scratched hull": (10, 20, 80), "cracked hull": (3, 150, 450), "lost paddle": (6, 35, 60),
          "broken seat": (4, 40, 120), "damaged rudder": (2, 90, 220)}
MONTH_WEIGHTS = [1, 1, 3, 6, 9, 12, 15, 15, 9, 5, 2, 1]


def build_kayak(path: Path | str) -> None:
    """boats (40, hourly_rate_gbp, retired_on NULL while in the fleet), customers (700, birth_year, is_member),
    hires (2023-2024, out_at/returned_at TIMESTAMP, returned_at NULL while still out), damage_reports
    (repair_cost_gbp, repaired_on NULL while awaiting repair)."""
    rng = random.Random(10702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_type VARCHAR,
        seats INTEGER, hourly_rate_gbp DOUBLE, purchased_on DATE, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_town VARCHAR, is_member BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), customer_id INTEGER REFERENCES customers(customer_id),
        out_at TIMESTAMP, returned_at TIMESTAMP, booked_hours INTEGER, guided BOOLEAN, payment_method VARCHAR,
        amount_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE damage_reports(report_id INTEGER PRIMARY KEY,
        hire_id INTEGER REFERENCES hires(hire_id), reported_on DATE, damage_type VARCHAR, repair_cost_gbp DOUBLE,
        charged_to_customer BOOLEAN, repaired_on DATE)""")
    boats, bid = [], 0
    for btype, (n, seats, rate) in BOAT_TYPES.items():
        for _ in range(n):
            bid += 1
            bought = _day(rng, dt.date(2016, 3, 1), 2900)
            retired = None
            if bought < dt.date(2020, 1, 1) and rng.random() < 0.35:
                retired = _day(rng, dt.date(2023, 9, 1), 450)
            boats.append((bid, BOAT_NAMES[bid - 1], btype, seats, rate, bought, retired))
    towns = ["Keswick", "Penrith", "Kendal", "Windermere", "Carlisle", "Cockermouth"]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 700), start=1):
        customers.append((cid, first, last, rng.randint(1952, 2009), rng.choices(towns, [5, 3, 4, 4, 2, 2])[0],
                          rng.random() < 0.22, _day(rng, dt.date(2019, 1, 1), 2150)))
    cust_w = [4 if c[5] else 1 for c in customers]
    boat_w = [{"sit-on-top": 5, "touring kayak": 3, "double kayak": 3, "canoe": 3, "paddleboard": 4}[b[2]]
              for b in boats]
    hires = []
    for hid in range(1, 3601):
        year = rng.choice([2023, 2024])
        month = rng.choices(range(1, 13), MONTH_WEIGHTS)[0]
        day = dt.date(year, month, rng.randint(1, 28))
        boat = rng.choices(boats, boat_w)[0]
        while boat[5] > day or (boat[6] is not None and boat[6] <= day):
            boat = rng.choices(boats, boat_w)[0]
        cust = rng.choices(customers, cust_w)[0]
        hours = rng.choices([1, 2, 3, 4, 6], [20, 30, 20, 18, 12])[0]
        out = dt.datetime.combine(day, dt.time(rng.randint(8, 17 - min(hours, 6)), rng.choice([0, 15, 30, 45])))
        back = out + dt.timedelta(minutes=hours * 60 + rng.randint(-20, 45))
        if day > dt.date(2024, 12, 20) or rng.random() < 0.003:
            back = None
        guided = rng.random() < 0.15
        amount = round(boat[4] * hours * (0.9 if cust[5] else 1.0) + (20.0 if guided else 0.0), 2)
        hires.append((hid, boat[0], cust[0], out, back, hours, guided,
                      rng.choices(["card", "cash", "voucher"], [14, 4, 2])[0], amount))
    hires.sort(key=lambda h: (h[3], h[0]))
    hires = [(i, *h[1:]) for i, h in enumerate(hires, start=1)]
    reports, rid = [], 0
    for h in hires:
        if h[4] is None or rng.random() > 0.065:
            continue
        rid += 1
        dtype = rng.choices(list(DAMAGE), [v[0] for v in DAMAGE.values()])[0]
        cost = float(round(rng.uniform(DAMAGE[dtype][1], DAMAGE[dtype][2])))
        reported = h[4].date()
        repaired = reported + dt.timedelta(days=rng.randint(1, 30)) if rng.random() < 0.9 else None
        if repaired is not None and repaired > dt.date(2024, 12, 31):
            repaired = None
        reports.append((rid, h[0], reported, dtype, cost, dtype != "scratched hull" and rng.random() < 0.45, repaired))
    _insert(con, "boats", boats)
    _insert(con, "customers", customers)
    _insert(con, "hires", hires)
    _insert(con, "damage_reports", reports)
    con.close()


# ------------------------------------------------------------------------------------------------- crowdfunding
CAMPAIGN_CATEGORIES = {"Games": (8, 9000), "Technology": (6, 25000), "Design": (5, 8000), "Film": (4, 12000),
                       "Music": (4, 4000), "Publishing": (4, 5000)}
CROWD_COUNTRIES = {"UK": 8, "USA": 10, "Canada": 3, "Germany": 3, "Australia": 2}
TIERS = {"no reward": (3, 5, 20), "early bird": (4, 15, 40), "standard": (6, 25, 80), "deluxe": (2, 90, 300)}
CUTOFF = dt.datetime(2025, 3, 31, 23, 59)


def build_crowdfunding(path: Path | str) -> None:
    """creators (120, birthYear, isVerified), campaigns (320 launched 2023-01 to 2025-03, goalAmount, deadline,
    fundedAt NULL unless the goal was reached, status live/funded/failed), backers (1000, birthDate), pledges
    (amount, pledgedAt TIMESTAMP, rewardTier). camelCase columns."""
    rng = random.Random(10703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE creators(creatorId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, country VARCHAR, joinedDate DATE, isVerified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE campaigns(campaignId INTEGER PRIMARY KEY,
        creatorId INTEGER REFERENCES creators(creatorId), title VARCHAR, category VARCHAR, goalAmount DOUBLE,
        launchDate DATE, deadline DATE, isStaffPick BOOLEAN, status VARCHAR, fundedAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE backers(backerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, country VARCHAR, signupDate DATE, newsletterOptIn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pledges(pledgeId INTEGER PRIMARY KEY,
        campaignId INTEGER REFERENCES campaigns(campaignId), backerId INTEGER REFERENCES backers(backerId),
        amount DOUBLE, pledgedAt TIMESTAMP, rewardTier VARCHAR, isAnonymous BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 1120)
    countries = list(CROWD_COUNTRIES)
    cweights = list(CROWD_COUNTRIES.values())
    creators = [(i, f, ln, rng.randint(1962, 2003), rng.choices(countries, cweights)[0],
                 _day(rng, dt.date(2019, 6, 1), 1800), rng.random() < 0.4)
                for i, (f, ln) in enumerate(names[:120], start=1)]
    backers = []
    for i, (f, ln) in enumerate(names[120:], start=1):
        born = _day(rng, dt.date(1950, 1, 1), 20000)
        backers.append((i, f, ln, born, rng.choices(countries, cweights)[0], _day(rng, dt.date(2019, 1, 1), 2200),
                        rng.random() < 0.35))
    words = {"Games": ["Dungeon", "Card Game", "Board Game", "Dice Quest", "Pixel Saga"],
             "Technology": ["Smart Lamp", "E-Bike Kit", "Solar Charger", "Mini Drone", "Keyboard"],
             "Design": ["Desk Organiser", "Wallet", "Backpack", "Ceramic Mug", "Notebook"],
             "Film": ["Short Film", "Documentary", "Animated Short", "Feature Film"],
             "Music": ["Debut Album", "Vinyl Pressing", "EP", "Tour Fund"],
             "Publishing": ["Comic Book", "Cookbook", "Poetry Collection", "Art Book", "Novel"]}
    adjectives = ["Tiny", "Brave", "Northern", "Lost", "Golden", "Midnight", "Wild", "Silent", "Clever", "Bright",
                  "Hidden", "Copper", "Electric", "Paper", "Velvet", "Iron", "Hollow", "Crimson", "Little", "Final"]
    titles: set[str] = set()
    campaigns, pledges = [], []
    pid = 0
    for cid in range(1, 321):
        cat = rng.choices(list(CAMPAIGN_CATEGORIES), [v[0] for v in CAMPAIGN_CATEGORIES.values()])[0]
        creator = rng.choice(creators)
        launch = _day(rng, dt.date(2023, 1, 3), 815)
        deadline = launch + dt.timedelta(days=rng.choice([30, 30, 45, 60]))
        staff = rng.random() < 0.12
        n_backers = max(3, int(rng.lognormvariate(2.7, 0.7) * (1.6 if staff else 1.0)))
        campaign_pledges = []
        for _ in range(n_backers):
            frac = min(1.0, rng.betavariate(0.7, 1.4))
            when = dt.datetime.combine(launch, dt.time(0)) + dt.timedelta(
                minutes=int(frac * ((deadline - launch).days * 1440 - 1)))
            if when > CUTOFF:
                continue
            tier = rng.choices(list(TIERS), [v[0] for v in TIERS.values()])[0]
            amount = float(round(rng.uniform(TIERS[tier][1], TIERS[tier][2])))
            campaign_pledges.append((when, tier, amount))
        campaign_pledges.sort()
        total = sum(p[2] for p in campaign_pledges)
        goal = max(500.0, round(total / rng.uniform(0.55, 1.7) / 250) * 250.0)
        if cid % 7 == 0:
            goal = max(goal, 1000.0 * rng.randint(5, 30))
        funded_at, running = None, 0.0
        for when, _, amount in campaign_pledges:
            running += amount
            if running >= goal:
                funded_at = when
                break
        status = "live" if deadline > CUTOFF.date() else "funded" if funded_at else "failed"
        title = f"{rng.choice(adjectives)} {rng.choice(words[cat])}"
        while title in titles:
            title = f"{rng.choice(adjectives)} {rng.choice(words[cat])}"
        titles.add(title)
        campaigns.append((cid, creator[0], title, cat, goal, launch, deadline, staff, status, funded_at))
        chosen = rng.sample(backers, len(campaign_pledges))
        for (when, tier, amount), backer in zip(campaign_pledges, chosen, strict=True):
            pid += 1
            pledges.append((pid, cid, backer[0], amount, when, tier, rng.random() < 0.1))
    _insert(con, "creators", creators)
    _insert(con, "campaigns", campaigns)
    _insert(con, "backers", backers)
    _insert(con, "pledges", pledges)
    con.close()


# ------------------------------------------------------------------------------------------------- pub quiz league
VENUES = [(1, "The Red Lion", "Malton", 90, True), (2, "The Crown and Anchor", "Pickering", 70, True),
          (3, "The Fox and Hounds", "Helmsley", 60, False), (4, "The Old Bell", "Malton", 110, True),
          (5, "The Navigation", "Norton", 80, False), (6, "The Plough", "Kirkbymoorside", 50, True)]
TEAM_NAMES = ["Quizteama Aguilera", "The Know-It-Owls", "Agatha Quiztie", "Les Quizerables", "The Brainy Bunch",
              "Universally Challenged", "Trivia Newton-John", "The Smartinis", "Quiz Khalifa", "Norton Nerds",
              "The Pub Scholars", "Tequila Mockingbird", "The Fact Hunt", "Malton Mavericks", "Risky Quizness",
              "The Question Marks", "E=MC Hammered", "Dumb and Dumber", "The Librarians", "Sherlock Ohms",
              "The Usual Suspects", "Pint of Knowledge", "Helmsley Hotshots", "The Quizzly Bears",
              "Beer Necessities", "The Wise Quackers"]
ROUND_TYPES = ["general knowledge", "picture", "music", "sport", "history"]
QUIZMASTERS = ["Dave Pickles", "Jan Moss", "Colin Hart", "Priti Shah"]


def build_quiz(path: Path | str) -> None:
    """venues (6, capacity, serves_food), teams (26, division, captain names and birth year, disbanded_on NULL while
    active), quiz_nights (weekly 2023-01 to 2025-02, starts_at TIMESTAMP, entry_fee_gbp, is_charity), round_scores
    (one row per team, night and round; points out of 10, 20 with a joker)."""
    rng = random.Random(10704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, town VARCHAR,
        capacity INTEGER, serves_food BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR,
        captain_first_name VARCHAR, captain_last_name VARCHAR, captain_birth_year INTEGER, division VARCHAR,
        home_venue_id INTEGER REFERENCES venues(venue_id), founded_on DATE, disbanded_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE quiz_nights(night_id INTEGER PRIMARY KEY,
        venue_id INTEGER REFERENCES venues(venue_id), quiz_date DATE, starts_at TIMESTAMP, quizmaster VARCHAR,
        entry_fee_gbp DOUBLE, is_charity BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE round_scores(score_id INTEGER PRIMARY KEY,
        night_id INTEGER REFERENCES quiz_nights(night_id), team_id INTEGER REFERENCES teams(team_id),
        round_number INTEGER, round_type VARCHAR, points INTEGER, joker_played BOOLEAN)""")
    captains = _unique_names(rng, FIRST, LAST, len(TEAM_NAMES))
    teams, strength = [], {}
    for tid, name in enumerate(TEAM_NAMES, start=1):
        division = "Premier" if tid <= 8 else "Championship" if tid <= 17 else "Division One"
        founded = _day(rng, dt.date(2008, 1, 1), 5300)
        disbanded = _day(rng, dt.date(2023, 6, 1), 600) if tid in (5, 12, 19, 24) else None
        first, last = captains[tid - 1]
        teams.append((tid, name, first, last, rng.randint(1955, 2001), division, rng.randint(1, 6), founded,
                      disbanded))
        strength[tid] = {"Premier": 6.6, "Championship": 5.6, "Division One": 4.6}[division] + rng.uniform(-0.8, 0.8)
    nights, scores = [], []
    day, nid, sid = dt.date(2023, 1, 10), 0, 0
    while day <= dt.date(2025, 2, 28):
        nid += 1
        venue = VENUES[(nid - 1) % len(VENUES)]
        quiz_day = day + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        start = dt.datetime.combine(quiz_day, dt.time(rng.choice([19, 20, 20, 21]), rng.choice([0, 30])))
        charity = rng.random() < 0.15
        fee = 5.0 if charity else rng.choice([2.0, 3.0, 3.0])
        nights.append((nid, venue[0], quiz_day, start, rng.choices(QUIZMASTERS, [5, 4, 3, 2])[0], fee, charity))
        active = [t for t in teams if t[7] <= quiz_day and (t[8] is None or t[8] > quiz_day)]
        playing = rng.sample(active, min(len(active), rng.randint(6, 10)))
        types = rng.sample(ROUND_TYPES, 5)
        for team in playing:
            joker = rng.randint(1, 5)
            for rnd in range(1, 6):
                sid += 1
                pts = max(0, min(10, round(rng.gauss(strength[team[0]], 1.8))))
                played = rnd == joker and rng.random() < 0.8
                scores.append((sid, nid, team[0], rnd, types[rnd - 1], pts * (2 if played else 1), played))
        day += dt.timedelta(days=7)
    _insert(con, "venues", VENUES)
    _insert(con, "teams", teams)
    _insert(con, "quiz_nights", nights)
    _insert(con, "round_scores", scores)
    con.close()


# ------------------------------------------------------------------------------------------------- removals
CREWS = [(1, "Red", "Gary", "Bostock", dt.date(1974, 5, 12), "Leeds", 3, True),
         (2, "Blue", "Shona", "McLeish", dt.date(1986, 11, 3), "Leeds", 4, True),
         (3, "Green", "Tariq", "Hussain", dt.date(1991, 2, 27), "York", 3, False),
         (4, "Amber", "Paul", "Greenwood", dt.date(1968, 8, 19), "York", 2, False),
         (5, "Silver", "Jodie", "Haworth", dt.date(1995, 4, 8), "Harrogate", 3, True),
         (6, "Black", "Liam", "O'Connell", dt.date(1982, 1, 30), "Leeds", 4, False),
         (7, "White", "Megan", "Sutcliffe", dt.date(1990, 7, 16), "Harrogate", 2, False)]
VANS = [(1, "YK19 ABV", "Luton box van", 20.0, "Leeds", dt.date(2019, 3, 1), False, None),
        (2, "YK20 FRT", "Luton box van", 20.0, "Leeds", dt.date(2020, 6, 15), False, None),
        (3, "YJ18 MMD", "7.5 tonne lorry", 38.0, "Leeds", dt.date(2018, 2, 10), False, None),
        (4, "YK22 EVX", "electric panel van", 11.0, "Leeds", dt.date(2022, 9, 1), True, None),
        (5, "YB17 HGK", "Luton box van", 18.0, "York", dt.date(2017, 5, 20), False, dt.date(2024, 3, 31)),
        (6, "YB23 KLP", "7.5 tonne lorry", 40.0, "York", dt.date(2023, 4, 3), False, None),
        (7, "YB21 ZEV", "electric Luton", 17.0, "York", dt.date(2021, 10, 11), True, None),
        (8, "YH16 RMV", "panel van", 10.0, "Harrogate", dt.date(2016, 8, 8), False, dt.date(2023, 11, 30)),
        (9, "YH24 EVC", "electric panel van", 11.0, "Harrogate", dt.date(2024, 1, 8), True, None),
        (10, "YH20 LUT", "Luton box van", 20.0, "Harrogate", dt.date(2020, 2, 14), False, None)]
PROPERTIES = {"flat": (8, 1, 3, 10), "terraced house": (7, 2, 4, 18), "semi-detached": (6, 2, 4, 24),
              "detached": (3, 3, 6, 34), "office": (2, 0, 0, 28)}
MOVE_CUTOFF = dt.date(2025, 2, 28)


def build_removals(path: Path | str) -> None:
    """crews (7, leader names and birth date, depot), vans (10, capacity_m3, sold_on NULL while in use), quotes
    (2023-01 to 2025-02, quoted_price_gbp, outcome accepted/declined/expired or NULL while the customer has not
    decided), moves (one per accepted quote; volume_m3, distance_km, final_price_gbp; started_at/finished_at NULL
    while the move is still to come; van_id is not declared as a foreign key)."""
    rng = random.Random(10705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR,
        leader_first_name VARCHAR, leader_last_name VARCHAR, leader_birth_date DATE, depot VARCHAR,
        crew_size INTEGER, packing_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vans(van_id INTEGER PRIMARY KEY, registration VARCHAR, van_model VARCHAR,
        capacity_m3 DOUBLE, depot VARCHAR, purchased_on DATE, is_electric BOOLEAN, sold_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE quotes(quote_id INTEGER PRIMARY KEY, customer_first_name VARCHAR,
        customer_last_name VARCHAR, requested_on DATE, property_type VARCHAR, bedrooms INTEGER,
        estimated_volume_m3 DOUBLE, quoted_price_gbp DOUBLE, home_survey BOOLEAN, outcome VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE moves(move_id INTEGER PRIMARY KEY,
        quote_id INTEGER REFERENCES quotes(quote_id), crew_id INTEGER REFERENCES crews(crew_id), van_id INTEGER,
        move_date DATE, started_at TIMESTAMP, finished_at TIMESTAMP, volume_m3 DOUBLE, distance_km DOUBLE,
        needs_storage BOOLEAN, final_price_gbp DOUBLE, damage_claim BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 600)
    quotes, moves = [], []
    mid = 0
    for qid in range(1, 1501):
        first, last = names[rng.randrange(len(names))]
        requested = _day(rng, dt.date(2023, 1, 2), 789)
        ptype = rng.choices(list(PROPERTIES), [v[0] for v in PROPERTIES.values()])[0]
        _, lo, hi, base = PROPERTIES[ptype]
        beds = rng.randint(lo, hi)
        volume = round(base * (1 + 0.25 * (beds - lo)) * rng.uniform(0.8, 1.25), 1)
        distance = round(rng.choices([rng.uniform(2, 25), rng.uniform(25, 120), rng.uniform(120, 450)],
                                     [6, 3, 1])[0], 1)
        price = round(180 + volume * 14 + distance * 1.6, -1)
        survey = volume > 20 and rng.random() < 0.7 or rng.random() < 0.1
        outcome = rng.choices(["accepted", "declined", "expired"], [60 if survey else 45, 25, 15])[0]
        if requested > MOVE_CUTOFF - dt.timedelta(days=21) and rng.random() < 0.7:
            outcome = None
        quotes.append((qid, first, last, requested, ptype, beds, volume, float(price), survey, outcome))
        if outcome != "accepted":
            continue
        mid += 1
        move_day = requested + dt.timedelta(days=rng.randint(7, 56))
        while move_day.weekday() == 6 or (move_day.weekday() == 5 and rng.random() < 0.5):
            move_day = requested + dt.timedelta(days=rng.randint(7, 56))
        depot = rng.choices(["Leeds", "York", "Harrogate"], [5, 4, 3])[0]
        vans = [v for v in VANS if v[4] == depot and v[5] <= move_day and (v[7] is None or v[7] > move_day)]
        van = rng.choice([v for v in vans if v[3] >= volume] or [max(vans, key=lambda v: v[3])])
        crew = rng.choice([c for c in CREWS if c[5] == van[4]])
        actual = round(volume * rng.uniform(0.85, 1.2), 1)
        final = float(round(price * rng.uniform(0.95, 1.15), -1))
        storage = rng.random() < 0.12
        if move_day > MOVE_CUTOFF:
            started = finished = None
        else:
            started = dt.datetime.combine(move_day, dt.time(rng.choice([7, 7, 8, 8, 9, 10]), rng.choice([0, 30])))
            hours = 1.5 + actual / 6 + distance / 55
            finished = started + dt.timedelta(minutes=int(hours * 60 * rng.uniform(0.85, 1.3)))
        moves.append((mid, qid, crew[0], van[0], move_day, started, finished, actual, distance, storage, final,
                      finished is not None and rng.random() < 0.05))
    _insert(con, "crews", CREWS)
    _insert(con, "vans", VANS)
    _insert(con, "quotes", quotes)
    _insert(con, "moves", moves)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "hearing": build_hearing,
    "kayak": build_kayak,
    "crowdfunding": build_crowdfunding,
    "quiz": build_quiz,
    "removals": build_removals,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval107-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval107-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval107-dbs"))
