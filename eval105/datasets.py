"""Builders of the hundred-and-fifth development evaluation corpus: five DuckDB files in five small-business domains.

Deterministic (one fixed `random.Random(seed)` per schema, no clock) and atomic (each file is written to a temporary
name, then renamed). Standalone: it imports nothing from the project.

- `tattoo.duckdb`: a tattoo studio's artists, clients (birth date), flash and custom designs and bookings
  (`design_id` NULL for a freehand piece, `price_gbp` NULL when the session did not happen)
- `dogwalking.duckdb`: a dog-walking service's walkers (birth date), owners, dogs (birth year, `leftDate` NULL while
  still walked) and walks (start/end timestamps, `ownerRating` NULL when not rated); camelCase columns
- `hackathon.duckdb`: a hackathon's teams over five editions, participants (birth year), submissions
  (`prize_gbp` NULL when no prize) and judge scores
- `fooddelivery.duckdb`: a food-delivery app's restaurants, riders (birth date), customers and orders (placed and
  delivered timestamps, `delivered_at` NULL for a cancelled order, tips)
- `tyregarage.duckdb`: a tyre-fitting garage's branches, fitters (birth year, `left_on` NULL while employed), jobs
  (`jobs.fitter_id` is only implied by its name, not declared) and tyres sold

Usage:
    python eval105/datasets.py OUTDIR

Example:
    >>> from eval105.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval105-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['dogwalking.duckdb', 'fooddelivery.duckdb', 'hackathon.duckdb', 'tattoo.duckdb', 'tyregarage.duckdb']
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


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The timestamp `day` at hour:minute."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    if n > len(firsts) * len(lasts) // 2:
        raise ValueError(f"{n} names asked from {len(firsts)} x {len(lasts)} pairs")
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abel", "Bronwen", "Caspian", "Dagny", "Emeka", "Freya", "Gideon", "Hattie", "Ines", "Jago", "Kemi",
         "Lorcan", "Mirela", "Nico", "Orla", "Piotr", "Quinn", "Rosalind", "Soren", "Tamsin", "Ugo", "Vesna",
         "Wilf", "Xanthe", "Yara", "Zeb", "Anouk", "Bertie", "Clodagh", "Dmitri", "Effie", "Fintan", "Gwen",
         "Hollis", "Ilse", "Jonah"]
LAST = ["Abernethy", "Bexley", "Castellano", "Drummond", "Eze", "Fairbairn", "Goldsworthy", "Halloran", "Ishikawa",
        "Jankowski", "Kirkpatrick", "Lindgren", "Mbeki", "Nolan", "Oyelaran", "Prendergast", "Quayle", "Roskilly",
        "Szabo", "Trevithick", "Umeh", "Vaughan", "Winterbottom", "Yeoman", "Ahern", "Blackwood", "Cardew",
        "Devlin", "Esposito", "Fenwick", "Garside", "Hobbs", "Iredale", "Juniper"]

# ------------------------------------------------------------------------------------------------- tattoo studio
STYLES = ["traditional", "fine line", "blackwork", "realism", "japanese"]
ARTISTS = [(1, "Marnie", "Holt", "traditional", 110.0, dt.date(2016, 3, 14), False),
           (2, "Dex", "Okonjo", "blackwork", 120.0, dt.date(2017, 8, 1), False),
           (3, "Suki", "Tanaka", "japanese", 150.0, dt.date(2018, 5, 21), False),
           (4, "Callum", "Reid", "realism", 160.0, dt.date(2019, 11, 4), False),
           (5, "Lottie", "Pike", "fine line", 95.0, dt.date(2021, 2, 8), False),
           (6, "Rafa", "Mendes", "realism", 140.0, dt.date(2022, 6, 13), False),
           (7, "Bea", "Knowles", "fine line", 90.0, dt.date(2023, 4, 3), False),
           (8, "Ivo", "Stanek", "blackwork", 130.0, dt.date(2023, 9, 18), True),
           (9, "Noor", "Haddad", "traditional", 100.0, dt.date(2024, 3, 11), True)]
ARTIST_WEIGHTS = [14, 12, 9, 8, 13, 7, 10, 3, 4]
PLACEMENTS = {"forearm": 12, "upper arm": 9, "leg": 8, "back": 5, "chest": 4, "hand": 3, "neck": 2, "ribs": 4,
              "ankle": 5}
MOTIFS = {"traditional": ["swallow", "anchor", "rose", "panther head", "dagger and heart", "ship"],
          "fine line": ["wildflower sprig", "moon phases", "script quote", "single-line face", "constellation"],
          "blackwork": ["mandala", "geometric wolf", "ornamental band", "dotwork moth", "serpent"],
          "realism": ["lion portrait", "pet portrait", "clock and compass", "eye", "botanical still life"],
          "japanese": ["koi", "hannya mask", "peony", "tiger", "dragon sleeve"]}


def build_tattoo(path: Path | str) -> None:
    """artists (9, speciality, hourly rate, guest flag), clients (600, birth_date, city, heard_about), designs (flash
    or custom, colour, base price), bookings (2023-01 to 2025-03, status completed/cancelled/no-show, price_gbp NULL
    unless completed, design_id NULL for freehand pieces)."""
    rng = random.Random(10501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE artists(artist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, speciality VARCHAR, hourly_rate_gbp DOUBLE, joined_on DATE, is_guest BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, city VARCHAR, heard_about VARCHAR, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE designs(design_id INTEGER PRIMARY KEY,
        artist_id INTEGER REFERENCES artists(artist_id), design_name VARCHAR, style VARCHAR, is_flash BOOLEAN,
        in_colour BOOLEAN, size_cm INTEGER, base_price_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), artist_id INTEGER REFERENCES artists(artist_id),
        design_id INTEGER REFERENCES designs(design_id), booked_on DATE, appointment_at TIMESTAMP,
        placement VARCHAR, session_hours DOUBLE, status VARCHAR, deposit_gbp DOUBLE, price_gbp DOUBLE,
        is_touch_up BOOLEAN)""")
    cities = ["Brighton", "Hove", "Lewes", "Worthing", "Eastbourne"]
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        born = _day(rng, dt.date(1962, 1, 1), 15900)  # up to 2005-07: every client was 18 by their visit
        clients.append((cid, first, last, born, rng.choices(cities, [10, 6, 3, 4, 2])[0],
                        rng.choices(["instagram", "friend", "walk-in", "google"], [9, 6, 2, 4])[0],
                        _day(rng, dt.date(2021, 6, 1), 1300)))
    designs = []
    for did in range(1, 141):
        artist = rng.choice(ARTISTS)
        style = artist[3] if rng.random() < 0.85 else rng.choice(STYLES)
        size = rng.choice([4, 5, 6, 8, 10, 12, 15, 20, 25, 30])
        flash = size <= 12 and rng.random() < 0.6
        base = round(max(60.0, size * rng.uniform(9, 16)) / 5) * 5
        designs.append((did, artist[0], f"{rng.choice(MOTIFS[style])} #{did}", style, flash,
                        rng.random() < (0.25 if style in ("blackwork", "fine line") else 0.6), size, float(base)))
    by_artist = {a[0]: [d for d in designs if d[1] == a[0]] for a in ARTISTS}
    bookings = []
    for bid in range(1, 2301):
        artist = rng.choices(ARTISTS, ARTIST_WEIGHTS)[0]
        while True:
            day = _day(rng, dt.date(2023, 1, 1), 820)
            if day.weekday() != 0 and day >= artist[5]:  # closed on Mondays
                break
        client = rng.choice(clients)
        design = rng.choice(by_artist[artist[0]]) if by_artist[artist[0]] and rng.random() < 0.7 else None
        touch_up = rng.random() < 0.07
        hours = 1.0 if touch_up else rng.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0])
        start = _at(day, rng.choice([10, 11, 12, 13, 14, 15, 16]) if hours <= 4 else rng.choice([10, 11]),
                    rng.choice([0, 0, 30]))
        booked = day - dt.timedelta(days=rng.randint(3, 120))
        late = start > dt.datetime(2025, 3, 10)
        status = "booked" if late else rng.choices(["completed", "cancelled", "no-show"], [84, 11, 5])[0]
        deposit = 0.0 if touch_up else float(rng.choice([30, 50, 50, 80, 100]))
        price = None
        if status == "completed":
            price = 0.0 if touch_up else round(artist[4] * hours * rng.uniform(0.9, 1.1) / 5) * 5.0
        bookings.append((bid, client[0], artist[0], design[0] if design else None, booked, start,
                         rng.choices(list(PLACEMENTS), list(PLACEMENTS.values()))[0], hours, status, deposit, price,
                         touch_up))
    _insert(con, "artists", ARTISTS)
    _insert(con, "clients", clients)
    _insert(con, "designs", designs)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------- dog walking
BREEDS = {"Labrador": "large", "Cockapoo": "medium", "Border Collie": "medium", "Dachshund": "small",
          "French Bulldog": "small", "Golden Retriever": "large", "Staffordshire Bull Terrier": "medium",
          "Jack Russell": "small", "German Shepherd": "large", "Whippet": "medium", "Cavapoo": "small",
          "Springer Spaniel": "medium"}
DOG_NAMES = ["Biscuit", "Luna", "Bear", "Pepper", "Alfie", "Maple", "Ziggy", "Nala", "Otis", "Willow", "Monty",
             "Bramble", "Rolo", "Juno", "Hector", "Poppy", "Fudge", "Skye", "Bruno", "Tilly", "Mabel", "Dexter"]
NEIGHBOURHOODS = ["Clifton", "Redland", "Bedminster", "Southville", "Montpelier"]


def build_dogwalking(path: Path | str) -> None:
    """walkers (11, birthDate, DBS check, van), owners (190, neighbourhood, key safe), dogs (250, breed, sizeClass,
    birthYear, leftDate NULL while still walked), walks (2023-2024, startedAt/endedAt TIMESTAMP, walkType
    solo/group/puppy visit, priceGbp, distanceKm, ownerRating NULL when not rated). camelCase columns."""
    rng = random.Random(10502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE walkers(walkerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, hiredDate DATE, isDbsChecked BOOLEAN, hasVan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE owners(ownerId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        neighbourhood VARCHAR, joinedDate DATE, hasKeySafe BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dogs(dogId INTEGER PRIMARY KEY,
        ownerId INTEGER REFERENCES owners(ownerId), dogName VARCHAR, breed VARCHAR, sizeClass VARCHAR,
        birthYear INTEGER, isNeutered BOOLEAN, startDate DATE, leftDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE walks(walkId INTEGER PRIMARY KEY, dogId INTEGER REFERENCES dogs(dogId),
        walkerId INTEGER REFERENCES walkers(walkerId), startedAt TIMESTAMP, endedAt TIMESTAMP, walkType VARCHAR,
        priceGbp DOUBLE, distanceKm DOUBLE, ownerRating INTEGER)""")
    names = _unique_names(rng, FIRST, LAST, 201)
    walkers = []
    for wid, (first, last) in enumerate(names[:11], start=1):
        walkers.append((wid, first, last, _day(rng, dt.date(1968, 1, 1), 12800), _day(rng, dt.date(2018, 1, 1), 1900),
                        wid not in (6, 10), wid in (1, 3, 4, 8)))
    owners = [(oid, first, last, rng.choices(NEIGHBOURHOODS, [6, 5, 4, 4, 3])[0], _day(rng, dt.date(2019, 1, 1), 2100),
               rng.random() < 0.45) for oid, (first, last) in enumerate(names[11:], start=1)]
    dogs = []
    for did in range(1, 251):
        owner = owners[did - 1] if did <= len(owners) else rng.choice(owners)
        breed = rng.choice(list(BREEDS))
        start = max(owner[4], _day(rng, dt.date(2021, 1, 1), 1200))
        left = start + dt.timedelta(days=rng.randint(120, 700)) if rng.random() < 0.3 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        if did > 241:  # signed up in the last weeks of 2024, not walked yet
            start, left = max(owner[4], _day(rng, dt.date(2024, 12, 2), 28)), None
        dogs.append((did, owner[0], rng.choice(DOG_NAMES), breed, BREEDS[breed], rng.randint(2010, 2023),
                     rng.random() < 0.7, start, left))
    walker_w = [9, 12, 8, 10, 7, 4, 11, 9, 6, 3, 5]
    walks = []
    for wid in range(1, 3401):
        dog = rng.choice(dogs[:241])
        lo = max(dog[7], dt.date(2023, 1, 1))
        hi = dog[8] or dt.date(2024, 12, 31)
        if lo >= hi:
            lo, hi = dt.date(2023, 1, 1), dt.date(2024, 12, 31)
        day = _day(rng, lo, (hi - lo).days + 1)
        if day.weekday() == 6 and rng.random() < 0.8:
            day += dt.timedelta(days=1)
        kind = "puppy visit" if dog[5] >= 2023 and rng.random() < 0.6 else rng.choices(["solo", "group"], [2, 3])[0]
        minutes = {"solo": rng.choice([30, 45, 60, 60]), "group": rng.choice([60, 60, 90]), "puppy visit": 20}[kind]
        minutes += rng.randint(-4, 8)
        start = _at(day, rng.choice([7, 8, 9, 11, 12, 12, 13, 14, 16, 17]), rng.randrange(0, 60, 5))
        price = {"solo": 16.0, "group": 13.0, "puppy visit": 11.0}[kind] + (2.0 if day.year == 2024 else 0.0)
        km = round(minutes / 60 * rng.uniform(3.2, 5.2) * (0.4 if kind == "puppy visit" else 1.0), 2)
        rating = rng.choices([5, 4, 3, 2, 1], [50, 30, 10, 4, 2])[0] if rng.random() < 0.45 else None
        walks.append((wid, dog[0], rng.choices(walkers, walker_w)[0][0], start, start + dt.timedelta(minutes=minutes),
                      kind, price, km, rating))
    _insert(con, "walkers", walkers)
    _insert(con, "owners", owners)
    _insert(con, "dogs", dogs)
    _insert(con, "walks", walks)
    con.close()


# ------------------------------------------------------------------------------------------------- hackathon
EDITIONS = [("Spring 2023", dt.date(2023, 4, 22)), ("Autumn 2023", dt.date(2023, 10, 14)),
            ("Spring 2024", dt.date(2024, 4, 20)), ("Autumn 2024", dt.date(2024, 10, 19)),
            ("Spring 2025", dt.date(2025, 3, 29))]
TRACKS = {"fintech": 5, "health": 6, "climate": 4, "education": 3}
ROLES = {"developer": 10, "designer": 3, "data scientist": 3, "product manager": 2}
UNIS = ["University of Leeds", "Leeds Beckett", "University of York", "University of Bradford"]
JUDGES = ["Dr Amara Singh", "Tom Ellery", "Priscilla Vance", "Kwame Boateng", "Helga Sorensen", "Ruairi Dunne"]
CRITERIA = ["innovation", "technical", "design", "impact"]
WORDS = ["Carbon", "Pulse", "Ledger", "Bright", "Green", "Nimbus", "Quill", "Orbit", "Harbor", "Spark", "Atlas",
         "Echo", "Kite", "Lumen", "Mosaic", "Nova", "Pixel", "Root", "Tidal", "Vector"]
SUFFIXES = ["Labs", "Squad", "Collective", "Crew", "Works", "Devs", "Hackers", "Foundry", "Guild", "Studio",
            "Syndicate", "Makers"]


def build_hackathon(path: Path | str) -> None:
    """teams (5 editions 2023-2025, track, remote), participants (names, birth_year, role, is_student, university
    NULL for non-students), submissions (at most one a team, submitted_at TIMESTAMP, uses_ai, prize_gbp NULL when no
    prize), judge_scores (3 judges x 4 criteria a submission, score 1-10)."""
    rng = random.Random(10503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, edition VARCHAR,
        track VARCHAR, registered_on DATE, is_remote BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE participants(participant_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), first_name VARCHAR, last_name VARCHAR, birth_year INTEGER,
        role VARCHAR, is_student BOOLEAN, university VARCHAR, is_first_hackathon BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE submissions(submission_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), project_name VARCHAR, submitted_at TIMESTAMP, uses_ai BOOLEAN,
        has_live_demo BOOLEAN, prize_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE judge_scores(score_id INTEGER PRIMARY KEY,
        submission_id INTEGER REFERENCES submissions(submission_id), judge_name VARCHAR, criterion VARCHAR,
        score INTEGER)""")
    teams, participants, submissions, scores = [], [], [], []
    names = _unique_names(rng, FIRST, LAST, 560)
    used_team_names: set[str] = set()
    used_projects: set[str] = set()
    tid = pid = sid = scid = 0
    for e, (edition, saturday) in enumerate(EDITIONS):
        n_teams = [24, 28, 31, 34, 27][e]
        judges = rng.sample(JUDGES, 3)
        edition_subs = []
        for _ in range(n_teams):
            tid += 1
            while True:
                name = f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)}"
                if name not in used_team_names:
                    used_team_names.add(name)
                    break
            track = rng.choices(list(TRACKS), list(TRACKS.values()))[0]
            remote = rng.random() < (0.15 if e < 2 else 0.35)
            teams.append((tid, name, edition, track, saturday - dt.timedelta(days=rng.randint(2, 40)), remote))
            size = rng.choices([2, 3, 4, 5], [2, 4, 5, 2])[0]
            for _ in range(size):
                pid += 1
                first, last = names[(pid - 1) % len(names)]
                student = rng.random() < 0.45
                born = rng.randint(2000, 2005) if student else rng.randint(1975, 2001)
                participants.append((pid, tid, first, last, born, rng.choices(list(ROLES), list(ROLES.values()))[0],
                                     student, rng.choice(UNIS) if student else None, rng.random() < 0.4))
            if rng.random() < 0.16:
                continue  # the team dropped out without submitting
            sid += 1
            sunday = saturday + dt.timedelta(days=1)
            when = _at(sunday, rng.choices([9, 10, 11, 12, 13], [1, 2, 4, 7, 9])[0], rng.randrange(60))
            if rng.random() < 0.08:
                when = _at(sunday, 14, rng.randint(1, 25))  # after the 14:00 deadline
            ai = rng.random() < (0.3 + 0.12 * e)
            while True:
                project = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()}"
                if project not in used_projects:
                    used_projects.add(project)
                    break
            submissions.append([sid, tid, project, when, ai,
                                rng.random() < 0.7, None])
            total = 0
            for judge in judges:
                bias = rng.choice([-1, 0, 0, 1])
                for criterion in CRITERIA:
                    scid += 1
                    score = max(1, min(10, round(rng.gauss(6.2, 1.7)) + bias))
                    total += score
                    scores.append((scid, sid, judge, criterion, score))
            edition_subs.append((total + rng.random(), submissions[-1]))
        edition_subs.sort(key=lambda x: -x[0])
        for rank, (_, sub) in enumerate(edition_subs[:4]):
            sub[6] = [1500.0, 750.0, 400.0, 250.0][rank]
    _insert(con, "teams", teams)
    _insert(con, "participants", participants)
    _insert(con, "submissions", [tuple(s) for s in submissions])
    _insert(con, "judge_scores", scores)
    con.close()


# ------------------------------------------------------------------------------------------------- food delivery
CUISINES = {"pizza": ["Slice of Napoli", "Dough Bros", "Crust & Co", "Papa Vito's", "Forno Rosso", "Pizza Pilgrim"],
            "burger": ["Smash Shack", "Patty Lab", "Grill Theory", "Bun Fight"],
            "indian": ["Spice Route", "Bombay Nights", "Tandoor House", "Chaat Corner", "Masala Box"],
            "chinese": ["Golden Dragon", "Wok This Way", "Lucky Panda", "Jade Garden"],
            "sushi": ["Maki Mania", "Tokyo Roll", "Sakura Sushi"],
            "thai": ["Bangkok Street", "Lemongrass", "Thai Orchid"],
            "mexican": ["Taco Libre", "Burrito Barn", "La Cantina", "El Camion"]}
AREAS = ["Northern Quarter", "Ancoats", "Didsbury", "Chorlton", "Salford"]
VEHICLES = {"bicycle": 8, "e-bike": 10, "scooter": 9, "car": 5}


def build_fooddelivery(path: Path | str) -> None:
    """restaurants (29, cuisine, area, commission_rate), riders (32, birth_date, vehicle, full-time flag), customers
    (500, area, premium), orders (2023-01 to 2025-01, placed_at/delivered_at TIMESTAMP, delivered_at NULL and rider
    NULL for cancelled orders, food_total_gbp, delivery_fee_gbp, tip_gbp 0 when no tip)."""
    rng = random.Random(10504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE restaurants(restaurant_id INTEGER PRIMARY KEY, restaurant_name VARCHAR,
        cuisine VARCHAR, area VARCHAR, joined_on DATE, commission_rate DOUBLE, is_exclusive BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE riders(rider_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, vehicle VARCHAR, started_on DATE, is_full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, area VARCHAR, signed_up_on DATE, is_premium BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id),
        restaurant_id INTEGER REFERENCES restaurants(restaurant_id), rider_id INTEGER REFERENCES riders(rider_id),
        placed_at TIMESTAMP, delivered_at TIMESTAMP, status VARCHAR, payment_method VARCHAR, food_total_gbp DOUBLE,
        delivery_fee_gbp DOUBLE, tip_gbp DOUBLE, promo_used BOOLEAN)""")
    restaurants, rid = [], 0
    for cuisine, names in CUISINES.items():
        for name in names:
            rid += 1
            restaurants.append((rid, name, cuisine, rng.choice(AREAS), _day(rng, dt.date(2019, 6, 1), 1200),
                                rng.choice([0.15, 0.2, 0.25, 0.3]), rng.random() < 0.25))
    people = _unique_names(rng, FIRST, LAST, 532)
    riders = []
    for i, (first, last) in enumerate(people[:32], start=1):
        riders.append((i, first, last, _day(rng, dt.date(1970, 1, 1), 13000),
                       rng.choices(list(VEHICLES), list(VEHICLES.values()))[0],
                       _day(rng, dt.date(2020, 1, 1), 1200) if i <= 26 else _day(rng, dt.date(2024, 1, 8), 300),
                       rng.random() < 0.35))
    customers = [(i, first, last, rng.choices(AREAS, [5, 4, 4, 3, 3])[0], _day(rng, dt.date(2020, 1, 1), 1600),
                  rng.random() < 0.2) for i, (first, last) in enumerate(people[32:], start=1)]
    rest_w = [rng.choice([1, 2, 3, 5]) for _ in restaurants]
    cust_w = [int(rng.expovariate(0.5)) + 1 for _ in customers]
    rider_w = [6 if r[6] else 2 for r in riders]
    orders = []
    for oid in range(1, 4501):
        cust = rng.choices(customers, cust_w)[0]
        rest = rng.choices(restaurants, rest_w)[0]
        day = _day(rng, dt.date(2023, 1, 1), 760)
        hour = rng.choices([11, 12, 13, 17, 18, 19, 20, 21, 22], [2, 5, 3, 3, 8, 12, 10, 5, 2])[0]
        placed = _at(day, hour, rng.randrange(60)) + dt.timedelta(seconds=rng.randrange(60))
        status = rng.choices(["delivered", "cancelled", "refunded"], [90, 7, 3])[0]
        food = round(rng.uniform(9, 38) * (1.3 if rest[2] == "sushi" else 1.0), 2)
        fee = 0.0 if cust[5] else rng.choice([1.99, 2.49, 2.99, 3.49])
        if status == "cancelled":
            rider, delivered, tip = None, None, 0.0
        else:
            rider = rng.choices(riders, rider_w)[0]
            while rider[5] > day:
                rider = rng.choices(riders, rider_w)[0]
            minutes = rng.randint(18, 45) + (8 if hour in (19, 20) else 0) + (5 if rider[4] == "bicycle" else 0)
            delivered = placed + dt.timedelta(minutes=minutes, seconds=rng.randrange(60))
            tip = 0.0 if rng.random() < 0.55 else float(rng.choice([0.5, 1, 1, 1.5, 2, 2, 3, 5]))
            rider = rider[0]
        orders.append((oid, cust[0], rest[0], rider, placed, delivered, status,
                       rng.choices(["card", "apple pay", "cash", "paypal"], [10, 6, 2, 3])[0], food, fee, tip,
                       rng.random() < 0.15))
    _insert(con, "restaurants", restaurants)
    _insert(con, "riders", riders)
    _insert(con, "customers", customers)
    _insert(con, "orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- tyre garage
BRANCHES = [(1, "Hull Central", "Hull", dt.date(2009, 5, 1), True),
            (2, "Beverley", "Beverley", dt.date(2014, 9, 15), True),
            (3, "Goole", "Goole", dt.date(2017, 3, 6), False),
            (4, "Bridlington", "Bridlington", dt.date(2019, 6, 3), False),
            (5, "Hessle Road", "Hull", dt.date(2021, 11, 22), True)]
BRANDS = {"Michelin": (95, 4), "Continental": (88, 4), "Bridgestone": (84, 3), "Pirelli": (92, 2),
          "Goodyear": (80, 3), "Davanti": (52, 5), "Landsail": (44, 4)}
SIZES = ["205/55 R16", "225/45 R17", "195/65 R15", "215/60 R16", "235/55 R18", "175/65 R14"]
JOB_TYPES = {"tyre fitting": 10, "puncture repair": 4, "wheel alignment": 3, "wheel balancing": 2}


def build_tyregarage(path: Path | str) -> None:
    """branches (5), fitters (26, birth_year, apprentice, left_on NULL while employed), jobs (2023-01 to 2025-02,
    started_at/finished_at TIMESTAMP, finished_at NULL while in progress, labour_gbp, mobile fitting; fitter_id is
    NOT a declared foreign key), tyres_sold (brand, size, season, quantity, unit_price_gbp, run-flat)."""
    rng = random.Random(10505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR,
        town VARCHAR, opened_on DATE, has_alignment_rig BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fitters(fitter_id INTEGER PRIMARY KEY,
        branch_id INTEGER REFERENCES branches(branch_id), first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, hired_on DATE, left_on DATE, is_apprentice BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        branch_id INTEGER REFERENCES branches(branch_id), fitter_id INTEGER, vehicle_reg VARCHAR,
        vehicle_type VARCHAR, job_type VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, labour_gbp DOUBLE,
        is_mobile BOOLEAN, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE tyres_sold(tyre_sale_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), brand VARCHAR, tyre_size VARCHAR, season VARCHAR,
        quantity INTEGER, unit_price_gbp DOUBLE, is_runflat BOOLEAN)""")
    fitters = []
    names = _unique_names(rng, FIRST, LAST, 26)
    for fid, (first, last) in enumerate(names, start=1):
        branch = BRANCHES[(fid - 1) % 5]
        apprentice = rng.random() < 0.25
        born = rng.randint(2001, 2006) if apprentice else rng.randint(1966, 2000)
        hired = max(branch[3], _day(rng, dt.date(2022, 6, 1) if apprentice else dt.date(2010, 1, 1),
                                    700 if apprentice else 4600))
        left = None
        if rng.random() < 0.3:
            left = max(hired + dt.timedelta(days=150), _day(rng, dt.date(2023, 3, 1), 690))
        fitters.append((fid, branch[0], first, last, born, hired, left, apprentice))
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    jobs, tyres = [], []
    tsid = 0
    for jid in range(1, 2801):
        day = _day(rng, dt.date(2023, 1, 1), 790)
        if day.weekday() == 6:  # closed on Sundays
            day += dt.timedelta(days=-1 if day > dt.date(2023, 1, 1) else 1)
        branch = rng.choices(BRANCHES, [9, 6, 3, 3, 5])[0]
        staff = [f for f in fitters if f[1] == branch[0] and f[5] <= day and (f[6] is None or f[6] > day)]
        fitter = rng.choice(staff or [f for f in fitters if f[1] == branch[0]])
        job_type = rng.choices(list(JOB_TYPES), list(JOB_TYPES.values()))[0]
        if job_type == "wheel alignment" and not branch[4]:
            job_type = "tyre fitting"
        vehicle = rng.choices(["car", "van", "SUV", "motorcycle"], [14, 4, 5, 1])[0]
        mobile = job_type in ("tyre fitting", "puncture repair") and rng.random() < 0.18
        minutes = {"tyre fitting": 45, "puncture repair": 30, "wheel alignment": 50, "wheel balancing": 35}[job_type]
        start = _at(day, rng.randint(8, 16) if day.weekday() < 5 else rng.randint(8, 12), rng.randrange(0, 60, 5))
        finish = start + dt.timedelta(minutes=int(minutes * rng.uniform(0.6, 1.8)))
        if day >= dt.date(2025, 2, 26) and rng.random() < 0.5:
            finish = None
        labour = {"tyre fitting": 15.0, "puncture repair": 25.0, "wheel alignment": 49.0, "wheel balancing": 20.0}
        reg = (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} "
               f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}")
        jobs.append((jid, branch[0], fitter[0], reg, vehicle, job_type, start, finish,
                     labour[job_type] + (20.0 if mobile else 0.0), mobile,
                     rng.choices(["card", "cash", "fleet account"], [8, 2, 3 if vehicle == "van" else 1])[0]))
        if job_type != "tyre fitting":
            continue
        for _ in range(1 if rng.random() < 0.93 else 2):
            tsid += 1
            brand = rng.choices(list(BRANDS), [b[1] for b in BRANDS.values()])[0]
            season = rng.choices(["summer", "winter", "all-season"], [6, 1 if day.month in range(4, 10) else 3, 3])[0]
            size = rng.choice(SIZES)
            price = round(BRANDS[brand][0] * (1 + SIZES.index(size) * 0.08) * rng.uniform(0.92, 1.08), 2)
            runflat = brand in ("Michelin", "Continental", "Bridgestone", "Pirelli") and rng.random() < 0.15
            tyres.append((tsid, jid, brand, size, season, rng.choices([1, 2, 4], [4, 5, 2])[0], price, runflat))
    _insert(con, "branches", BRANCHES)
    _insert(con, "fitters", fitters)
    _insert(con, "jobs", jobs)
    _insert(con, "tyres_sold", tyres)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "tattoo": build_tattoo,
    "dogwalking": build_dogwalking,
    "hackathon": build_hackathon,
    "fooddelivery": build_fooddelivery,
    "tyregarage": build_tyregarage,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval105-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval105-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval105-dbs"))
