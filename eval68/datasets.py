"""Builders of the sixty-eighth held-out evaluation corpus: five DuckDB files in leisure and hospitality domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `campsite.duckdb`: a campsite's pitches, guests (birth date), bookings (check-in NULL when they never arrived), extras
- `escaperooms.duckdb`: escape rooms, game masters (birth year), teams and games (camelCase; the room link of a game is
  only implied by its name; completion time NULL when the team did not escape)
- `catering.duckdb`: an event caterer's clients, events (invoice NULL while unpaid), order lines, staff and shifts
- `bnb.duckdb`: a bed and breakfast chain's properties, rooms, guests (birth year), stays and reviews (reply NULL
  while unanswered)
- `concerts.duckdb`: a ticket agency's venues, artists, gigs, customers (birth date) and ticket sales (resale flag,
  refund time NULL unless refunded)

Usage:
    python eval68/datasets.py OUTDIR

Example:
    >>> from eval68.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval68-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bnb.duckdb', 'campsite.duckdb', 'catering.duckdb', 'concerts.duckdb', 'escaperooms.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 20) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Abigail", "Aidan", "Bethany", "Callum", "Daisy", "Declan", "Eleanor", "Ewan", "Fatima", "Freddie",
         "Georgia", "Harvey", "Imogen", "Isaac", "Jasmine", "Jude", "Kirsty", "Leon", "Lottie", "Mason", "Megan",
         "Niamh", "Oscar", "Phoebe", "Quentin", "Rosie", "Samir", "Tabitha", "Tobias", "Ursula", "Vikram", "Willow",
         "Xavier", "Yasmin", "Zach", "Ruby", "Ollie", "Hannah", "Kofi", "Elena"]
LAST = ["Abbott", "Barnes", "Chaudhry", "Doyle", "Edwards", "Fletcher", "Greenwood", "Hartley", "Ingram", "Jennings",
        "Khan", "Lawson", "McAllister", "Norris", "O'Brien", "Patel", "Quinn", "Redfern", "Sinclair", "Tanaka",
        "Underwood", "Vaughan", "Walsh", "Yates", "Zielinski", "Bellamy", "Crowther", "Dlamini", "Fenwick",
        "Holloway", "Marsden", "Ogden", "Pritchard", "Rahman", "Thwaite", "Winterbottom"]

# ------------------------------------------------------------------------------------------------ campsite
FIELDS = ["Meadow", "Riverside", "Woodland", "Orchard"]
PITCH_TYPES = {"tent": (16.0, 4), "caravan": (27.0, 6), "motorhome": (31.0, 5), "glamping pod": (62.0, 4),
               "yurt": (84.0, 6)}
EXTRAS = {"firewood": 7.5, "electric hook-up": 5.0, "bike hire": 15.0, "breakfast hamper": 21.0,
          "hot tub session": 30.0}
CAMP_CHANNELS = ["website", "phone", "walk-up", "Pitchup"]


def build_campsite(path: Path | str) -> None:
    """pitches (32), guests (480, birth_date), bookings (2023-2024; checked_in_at NULL when they never arrived),
    extras (declared FK to bookings)."""
    rng = random.Random(6801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pitches(pitch_id INTEGER PRIMARY KEY, pitch_code VARCHAR, field VARCHAR,
        pitch_type VARCHAR, has_electric BOOLEAN, hardstanding BOOLEAN, max_guests INTEGER, nightly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, home_country VARCHAR, club_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        pitch_id INTEGER REFERENCES pitches(pitch_id), guest_id INTEGER REFERENCES guests(guest_id),
        booked_at TIMESTAMP, arrival_date DATE, departure_date DATE, adults INTEGER, children INTEGER, dogs INTEGER,
        channel VARCHAR, total_price DOUBLE, cancelled BOOLEAN, checked_in_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE extras(extra_id INTEGER PRIMARY KEY,
        booking_id INTEGER REFERENCES bookings(booking_id), item VARCHAR, quantity INTEGER, unit_price DOUBLE,
        added_on DATE)""")
    pitches = []
    kinds = list(PITCH_TYPES)
    for pid in range(1, 33):
        field = FIELDS[(pid - 1) // 8]
        kind = kinds[rng.choices(range(5), [30, 22, 22, 14, 12])[0]]
        rate, cap = PITCH_TYPES[kind]
        pitches.append((pid, f"{field[0]}{(pid - 1) % 8 + 1:02d}", field, kind,
                        kind != "tent" or rng.random() < 0.4, kind in ("caravan", "motorhome") and rng.random() < 0.8,
                        cap, round(rate + rng.randrange(0, 9) * 0.75 + (2.0 if field == "Riverside" else 0.0), 2)))
    guests = [(gid, first, last, _day(rng, dt.date(1950, 1, 1), 19000),
               rng.choices(["UK", "Netherlands", "Germany", "France", "Ireland"], [70, 10, 9, 6, 5])[0],
               rng.random() < 0.3)
              for gid, (first, last) in enumerate(_unique_names(rng, 480), start=1)]
    weights = [rng.uniform(0.3, 3.0) for _ in guests]
    pitch_weights = [rng.uniform(0.5, 2.0) for _ in pitches]
    bookings, extras = [], []
    for bid in range(1, 2201):
        pitch = rng.choices(pitches, pitch_weights)[0]
        arrival = _day(rng, dt.date(2023, 1, 1), 731)
        while (arrival.month in (11, 12, 1, 2) and rng.random() < 0.85) or (arrival.weekday() < 4
                                                                          and rng.random() < 0.3):
            arrival = _day(rng, dt.date(2023, 1, 1), 731)
        nights = rng.choices(range(1, 11), [14, 22, 16, 10, 8, 5, 14, 3, 2, 6])[0]
        channel = rng.choices(CAMP_CHANNELS, [50, 20, 12, 18])[0]
        booked = _moment(rng, arrival, 9, 17) if channel == "walk-up" else _moment(
            rng, arrival - dt.timedelta(days=rng.randint(1, 180)), 7, 23)
        adults = rng.randint(1, min(4, pitch[6]))
        children = rng.randint(0, max(0, min(3, pitch[6] - adults)))
        dogs = rng.choices([0, 1, 2], [65, 28, 7])[0]
        peak = 1.2 if arrival.month in (7, 8) else 1.0
        price = round(nights * (pitch[7] * peak * (1.05 if arrival.year == 2024 else 1.0) + 2.5 * dogs), 2)
        cancelled = channel != "walk-up" and rng.random() < 0.08
        no_show = not cancelled and channel != "walk-up" and rng.random() < 0.03
        checked_in = None if cancelled or no_show else _moment(rng, arrival, 12, 20)
        bookings.append((bid, pitch[0], rng.choices(guests, weights)[0][0], booked, arrival,
                         arrival + dt.timedelta(days=nights), adults, children, dogs, channel, price, cancelled,
                         checked_in))
        if checked_in is not None:
            for _ in range(rng.choices([0, 1, 2, 3], [40, 35, 18, 7])[0]):
                item = rng.choices(list(EXTRAS), [30, 15, 20, 20, 15])[0]
                unit = round(EXTRAS[item] * (1.05 if arrival.year == 2024 else 1.0), 2)
                extras.append((len(extras) + 1, bid, item, rng.randint(1, 4), unit,
                               arrival + dt.timedelta(days=rng.randrange(nights))))
    _insert(con, "pitches", pitches)
    _insert(con, "guests", guests)
    _insert(con, "bookings", bookings)
    _insert(con, "extras", extras)
    con.close()


# --------------------------------------------------------------------------------------------- escape rooms
ROOMS = [(1, "The Vault", "heist", "hard", 60, 6, 28.0, False, dt.date(2019, 3, 1), None),
         (2, "Asylum 13", "horror", "expert", 75, 6, 32.0, True, dt.date(2020, 10, 1), None),
         (3, "Pharaoh's Tomb", "adventure", "medium", 60, 8, 25.0, False, dt.date(2018, 5, 1), None),
         (4, "Lost in Space", "sci-fi", "medium", 60, 5, 26.0, False, dt.date(2021, 2, 1), None),
         (5, "Sherlock's Study", "mystery", "easy", 60, 6, 22.0, False, dt.date(2017, 9, 1), None),
         (6, "The Cabin", "horror", "hard", 60, 6, 30.0, True, dt.date(2022, 6, 1), dt.date(2024, 8, 31)),
         (7, "Jungle Quest", "adventure", "easy", 45, 8, 20.0, False, dt.date(2019, 11, 1), None),
         (8, "Prison Break", "heist", "medium", 60, 6, 27.0, False, dt.date(2023, 4, 1), None),
         (9, "The Lab", "sci-fi", "expert", 90, 4, 35.0, False, dt.date(2024, 9, 14), None)]
ESCAPE_ODDS = {"easy": 0.85, "medium": 0.64, "hard": 0.46, "expert": 0.3}
SLOTS = [(10, 0), (11, 30), (13, 0), (14, 30), (16, 0), (17, 30), (19, 0), (20, 30)]
TEAM_ADJ = ["Clueless", "Cunning", "Dizzy", "Fearless", "Giddy", "Lucky", "Mighty", "Nimble", "Puzzled", "Rogue",
            "Sneaky", "Speedy", "Sleepy", "Sharp", "Wily", "Jolly", "Brave", "Crafty", "Curious", "Daring"]
TEAM_NOUN = ["Owls", "Otters", "Foxes", "Badgers", "Ravens", "Pirates", "Wizards", "Detectives", "Llamas", "Squirrels",
             "Hedgehogs", "Falcons", "Penguins", "Ninjas", "Geese", "Moles", "Beavers", "Magpies", "Robots", "Yetis"]
TEAM_TYPES = ["friends", "family", "corporate", "students", "party"]


def build_escaperooms(path: Path | str) -> None:
    """rooms (9, closedOn NULL while open), gameMasters (11, birthYear), teams (380), games (2023-01..2025-03;
    roomId NOT declared, completionMin NULL when the team did not escape)."""
    rng = random.Random(6802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(roomId INTEGER PRIMARY KEY, roomName VARCHAR, theme VARCHAR,
        difficulty VARCHAR, timeLimitMin INTEGER, maxPlayers INTEGER, pricePerPlayer DOUBLE, isScary BOOLEAN,
        openedOn DATE, closedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE gameMasters(gameMasterId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, isFullTime BOOLEAN, hiredOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE teams(teamId INTEGER PRIMARY KEY, teamName VARCHAR, teamType VARCHAR,
        homeCity VARCHAR, createdOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE games(gameId INTEGER PRIMARY KEY, roomId INTEGER,
        teamId INTEGER REFERENCES teams(teamId), gameMasterId INTEGER REFERENCES gameMasters(gameMasterId),
        startedAt TIMESTAMP, players INTEGER, escaped BOOLEAN, completionMin DOUBLE, hintsUsed INTEGER,
        amountPaid DOUBLE, bookedOnline BOOLEAN)""")
    masters = [(i, first, last, rng.randint(1976, 2004), i <= 5, _day(rng, dt.date(2017, 6, 1), 2600))
               for i, (first, last) in enumerate(_unique_names(rng, 11), start=1)]
    names: dict[str, None] = {}
    while len(names) < 380:
        names.setdefault(f"The {rng.choice(TEAM_ADJ)} {rng.choice(TEAM_NOUN)}", None)
    teams = [(tid, name, rng.choices(TEAM_TYPES, [40, 20, 18, 12, 10])[0],
              rng.choices(["Manchester", "Salford", "Stockport", "Bolton", "Oldham"], [45, 18, 15, 12, 10])[0],
              _day(rng, dt.date(2022, 6, 1), 1000)) for tid, name in enumerate(names, start=1)]
    team_weights = [rng.uniform(0.2, 3.0) for _ in teams]
    master_weights = [rng.uniform(0.5, 2.0) for _ in masters]
    room_weights = [14, 11, 13, 10, 15, 9, 12, 10, 8]
    games = []
    for gid in range(1, 2901):
        day = _day(rng, dt.date(2023, 1, 1), 821)
        while day.weekday() < 4 and rng.random() < 0.45:  # busier Friday to Sunday
            day = _day(rng, dt.date(2023, 1, 1), 821)
        open_rooms = [r for r in ROOMS if r[8] <= day and (r[9] is None or day <= r[9])]
        room = rng.choices(open_rooms, [room_weights[r[0] - 1] for r in open_rooms])[0]
        team = rng.choices(teams, team_weights)[0]
        team = team if team[4] <= day else teams[(team[0] * 7) % len(teams)]
        hour, minute = rng.choice(SLOTS)
        players = rng.randint(2, room[5])
        escaped = rng.random() < ESCAPE_ODDS[room[3]] + 0.02 * (players - 4)
        hints = max(0, int(rng.gauss({"easy": 1, "medium": 2, "hard": 3, "expert": 4}[room[3]], 1.3)))
        minutes = round(room[4] * rng.uniform(0.55, 0.995), 1) if escaped else None
        paid = round(players * room[6] * (1.0 if day.year == 2023 else 1.04 if day.year == 2024 else 1.08)
                     * (0.9 if day.weekday() < 4 else 1.0), 2)
        games.append((gid, room[0], team[0], rng.choices(masters, master_weights)[0][0],
                      dt.datetime.combine(day, dt.time(hour, minute)), players, escaped, minutes, hints, paid,
                      rng.random() < 0.78))
    _insert(con, "rooms", ROOMS)
    _insert(con, "gameMasters", masters)
    _insert(con, "teams", teams)
    _insert(con, "games", games)
    con.close()


# -------------------------------------------------------------------------------------------------- catering
CLIENT_TYPES = {"corporate": ["Group", "Consulting", "Logistics", "Solicitors", "Bank", "Labs"],
                "charity": ["Trust", "Foundation"], "school": ["Academy", "High School"]}
CLIENT_STEMS = ["Northbridge", "Alder", "Kestrel", "Pennine", "Calder", "Aire", "Wharfe", "Brontë", "Ridings",
                "Holme", "Fairfax", "Ilkley", "Swale", "Nidd", "Rowan", "Ebor"]
EVENT_TYPES = {"corporate": ["conference", "gala dinner", "product launch", "conference"],
               "private": ["wedding", "birthday", "funeral wake", "wedding"],
               "charity": ["gala dinner", "conference"], "school": ["prom", "conference", "gala dinner"]}
DISHES = {"mini yorkshire puddings": ("canapes", 2.2, False), "smoked salmon blinis": ("canapes", 2.6, False),
          "goats cheese tartlets": ("canapes", 2.1, True), "pea and mint soup": ("starter", 5.5, True),
          "chicken liver pate": ("starter", 6.5, False), "roast sirloin of beef": ("main", 19.5, False),
          "pan-fried sea bass": ("main", 18.0, False), "wild mushroom risotto": ("main", 14.5, True),
          "chicken supreme": ("main", 16.0, False), "sticky toffee pudding": ("dessert", 6.0, True),
          "lemon posset": ("dessert", 5.5, True), "cheese board": ("dessert", 7.5, True),
          "bucks fizz reception": ("drinks", 4.5, True), "wine package": ("drinks", 12.0, True)}
ROLES = {"chef": 15.5, "server": 11.8, "bartender": 12.4, "driver": 12.9, "event manager": 19.0}


def build_catering(path: Path | str) -> None:
    """clients (64), events (2023-2024; invoice_paid_on NULL while unpaid, cancelled flag), order_lines (declared FK),
    staff (48, birth_date), shifts (declared FKs to staff and events)."""
    rng = random.Random(6803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        client_type VARCHAR, city VARCHAR, account_opened DATE)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), event_type VARCHAR, event_date DATE, booked_on DATE,
        guest_count INTEGER, outdoor BOOLEAN, cancelled BOOLEAN, invoice_paid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE order_lines(line_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), dish VARCHAR, course VARCHAR, portions INTEGER,
        price_per_portion DOUBLE, vegetarian BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, role VARCHAR, hourly_rate DOUBLE, agency_worker BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY,
        staff_id INTEGER REFERENCES staff(staff_id), event_id INTEGER REFERENCES events(event_id),
        shift_start TIMESTAMP, shift_end TIMESTAMP, late_arrival BOOLEAN)""")
    cities = ["Leeds", "York", "Harrogate", "Bradford", "Wakefield"]
    clients, used = [], set()
    people = _unique_names(rng, 40)
    for cid in range(1, 65):
        kind = rng.choices(["corporate", "private", "charity", "school"], [40, 34, 14, 12])[0]
        if kind == "private":
            name = "{} {}".format(*people.pop())
        else:
            name = f"{rng.choice(CLIENT_STEMS)} {rng.choice(CLIENT_TYPES[kind])}"
            while name in used:
                name = f"{rng.choice(CLIENT_STEMS)} {rng.choice(CLIENT_TYPES[kind])}"
        used.add(name)
        clients.append((cid, name, kind, rng.choices(cities, [35, 20, 18, 15, 12])[0],
                        _day(rng, dt.date(2016, 1, 1), 2900)))
    roles = ["chef"] * 9 + ["server"] * 22 + ["bartender"] * 8 + ["driver"] * 5 + ["event manager"] * 4
    staff = [(sid, first, last, _day(rng, dt.date(1962, 1, 1), 15000), roles[sid - 1],
              round(ROLES[roles[sid - 1]] + rng.randrange(0, 12) * 0.15, 2), roles[sid - 1] == "server"
              and rng.random() < 0.45, _day(rng, dt.date(2015, 1, 1), 3000))
             for sid, (first, last) in enumerate(_unique_names(rng, 48), start=1)]
    by_role = {r: [s[0] for s in staff if s[4] == r] for r in ROLES}
    client_weights = [rng.uniform(0.3, 3.0) for _ in clients]
    events, lines, shifts = [], [], []
    for eid in range(1, 761):
        client = rng.choices(clients, client_weights)[0]
        etype = rng.choice(EVENT_TYPES[client[2]])
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while (day.weekday() >= 5) == (etype in ("conference", "product launch")) and rng.random() < 0.7:
            day = _day(rng, dt.date(2023, 1, 1), 731)  # conferences on weekdays, parties at weekends
        guests = rng.randint(20, 60) if etype in ("birthday", "funeral wake") else rng.randint(40, 260)
        cancelled = rng.random() < 0.06
        paid = None
        if not cancelled and rng.random() < 0.93:
            paid = day + dt.timedelta(days=rng.randint(3, 75))
            paid = None if paid > dt.date(2024, 12, 31) else paid
        events.append((eid, client[0], etype, day, day - dt.timedelta(days=rng.randint(14, 300)), guests,
                       day.month in (5, 6, 7, 8, 9) and rng.random() < 0.35, cancelled, paid))
        if cancelled:
            continue
        menu = rng.sample(list(DISHES), rng.randint(3, 6))
        for dish in menu:
            course, price, veg = DISHES[dish]
            portions = guests * (3 if course == "canapes" else 1) - (0 if course != "main" or veg else
                                                                      rng.randint(0, guests // 5))
            lines.append((len(lines) + 1, eid, dish, course, max(portions, 5),
                          round(price * (1.06 if day.year == 2024 else 1.0) * rng.uniform(0.95, 1.08), 2), veg))
        start_hour = {"conference": 7, "funeral wake": 11, "product launch": 15}.get(etype, 14)
        crew = ([rng.choice(by_role["event manager"])] + rng.sample(by_role["chef"], 1 + guests // 120)
                + rng.sample(by_role["server"], 2 + guests // 30) + rng.sample(by_role["bartender"], 1 + guests // 150)
                + [rng.choice(by_role["driver"])])
        for sid in crew:
            start = dt.datetime.combine(day, dt.time(start_hour + rng.choice([0, 0, 1]), rng.choice([0, 15, 30, 45])))
            end = start + dt.timedelta(minutes=rng.randrange(240, 600, 5))
            shifts.append((len(shifts) + 1, sid, eid, start, end, rng.random() < 0.07))
    _insert(con, "clients", clients)
    _insert(con, "events", events)
    _insert(con, "order_lines", lines)
    _insert(con, "staff", staff)
    _insert(con, "shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------------------- bnb
PROPERTIES = [(1, "Gull Cottage", "St Ives", "Cornwall", dt.date(2012, 4, 1), False, True),
              (2, "The Old Rectory", "Bakewell", "Peak District", dt.date(2015, 3, 1), True, False),
              (3, "Bramble House", "Keswick", "Lake District", dt.date(2010, 5, 1), True, True),
              (4, "Harbour View", "Whitby", "Yorkshire", dt.date(2017, 6, 1), False, False),
              (5, "Mill Farm", "Hawes", "Yorkshire", dt.date(2019, 4, 1), True, True),
              (6, "Orchard Lodge", "Chipping Campden", "Cotswolds", dt.date(2014, 7, 1), True, False),
              (7, "Fern Villa", "Salcombe", "Devon", dt.date(2021, 5, 1), True, True)]
COASTAL = {1, 4, 7}
ROOM_NAMES = ["Heron", "Kingfisher", "Wren", "Robin", "Swallow", "Puffin", "Curlew", "Lapwing"]
ROOM_TYPES = {"single": 68.0, "double": 95.0, "twin": 92.0, "family": 130.0, "suite": 165.0}
SOURCES = ["direct", "Booking.com", "Airbnb", "phone"]


def build_bnb(path: Path | str) -> None:
    """properties (7), rooms (38), guests (950, birth_year), stays (2023-01..2025-06), reviews (host_reply_at NULL
    while unanswered)."""
    rng = random.Random(6804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE properties(property_id INTEGER PRIMARY KEY, property_name VARCHAR,
        town VARCHAR, region VARCHAR, opened_on DATE, has_parking BOOLEAN, pet_friendly BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY,
        property_id INTEGER REFERENCES properties(property_id), room_name VARCHAR, room_type VARCHAR,
        sea_view BOOLEAN, ensuite BOOLEAN, nightly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stays(stay_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
        guest_id INTEGER REFERENCES guests(guest_id), booked_at TIMESTAMP, check_in DATE, check_out DATE,
        num_guests INTEGER, booking_source VARCHAR, breakfast_included BOOLEAN, total_paid DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE reviews(review_id INTEGER PRIMARY KEY,
        stay_id INTEGER REFERENCES stays(stay_id), posted_at TIMESTAMP, rating INTEGER, cleanliness INTEGER,
        would_recommend BOOLEAN, host_reply_at TIMESTAMP)""")
    rooms = []
    for prop in PROPERTIES:
        for k in range([6, 5, 7, 4, 6, 5, 5][prop[0] - 1]):
            kind = rng.choices(list(ROOM_TYPES), [10, 40, 20, 18, 12])[0]
            rooms.append((len(rooms) + 1, prop[0], ROOM_NAMES[k], kind, prop[0] in COASTAL and rng.random() < 0.5,
                          rng.random() < 0.85, round(ROOM_TYPES[kind] + rng.randrange(0, 16) * 2.5, 2)))
    guests = [(gid, first, last, rng.randint(1944, 2004),
               rng.choices(["UK", "USA", "Germany", "Netherlands", "Australia", "France"], [62, 10, 9, 8, 6, 5])[0],
               rng.random() < 0.35) for gid, (first, last) in enumerate(_unique_names(rng, 950), start=1)]
    guest_weights = [rng.uniform(0.3, 2.5) for _ in guests]
    room_weights = [rng.uniform(0.6, 1.6) for _ in rooms]
    stays, reviews = [], []
    for sid in range(1, 2801):
        room = rng.choices(rooms, room_weights)[0]
        check_in = _day(rng, dt.date(2023, 1, 2), 904)
        nights = rng.choices(range(1, 8), [22, 30, 18, 10, 6, 4, 10])[0]
        source = rng.choices(SOURCES, [38, 30, 22, 10])[0]
        num = {"single": 1, "double": 2, "twin": 2, "family": rng.randint(2, 5), "suite": rng.randint(1, 2)}[room[3]]
        breakfast = rng.random() < 0.8
        rate = room[6] * (1.0 + 0.04 * (check_in.year - 2023)) * (1.15 if check_in.month in (7, 8) else 1.0)
        stays.append((sid, room[0], rng.choices(guests, guest_weights)[0][0],
                      _moment(rng, check_in - dt.timedelta(days=rng.randint(0, 150)), 7, 23), check_in,
                      check_in + dt.timedelta(days=nights), num, source, breakfast,
                      round(nights * (rate + (0 if breakfast else -12.0)) * (0.97 if source == "direct" else 1.0), 2)))
        check_out = check_in + dt.timedelta(days=nights)
        if rng.random() < 0.52 and check_out < dt.date(2025, 6, 20):
            rating = max(1, min(5, round(rng.gauss(4.2 if room[5] else 3.6, 0.9))))
            posted = _moment(rng, check_out + dt.timedelta(days=rng.randint(0, 10)), 7, 23)
            reply = None if rng.random() < (0.25 if rating >= 4 else 0.6) else posted + dt.timedelta(
                minutes=rng.randint(30, 60 * 24 * 4))
            reviews.append((len(reviews) + 1, sid, posted, rating, max(1, min(5, rating + rng.choice([-1, 0, 0, 1]))),
                            rating >= 4 or (rating == 3 and rng.random() < 0.4), reply))
    _insert(con, "properties", PROPERTIES)
    _insert(con, "rooms", rooms)
    _insert(con, "guests", guests)
    _insert(con, "stays", stays)
    _insert(con, "reviews", reviews)
    con.close()


# ---------------------------------------------------------------------------------------------------- concerts
VENUES = [(1, "The Lantern Rooms", "Leeds", 350, "club", False), (2, "Northern Arena", "Manchester", 12000, "arena",
          False), (3, "Victoria Hall", "Sheffield", 1900, "theatre", False), (4, "Castle Park", "York", 8000,
          "outdoor", True), (5, "The Crypt", "Manchester", 250, "club", False), (6, "Millworks", "Sheffield", 900,
          "club", False), (7, "Riverside Bowl", "Leeds", 5000, "outdoor", True), (8, "Grand Theatre", "York", 1200,
          "theatre", False)]
GENRES = {"rock": 38.0, "pop": 45.0, "indie": 24.0, "jazz": 28.0, "electronic": 30.0, "folk": 20.0, "hip-hop": 35.0}
ART_A = ["Neon", "Velvet", "Paper", "Silver", "Static", "Midnight", "Hollow", "Wild", "Electric", "Golden", "Lost",
         "Copper", "Violet", "Northern"]
ART_B = ["Harbour", "Foxes", "Tides", "Engines", "Lanterns", "Wolves", "Satellites", "Echoes", "Rivers", "Parade",
         "Ghosts", "Machines"]
TIERS = {"standing": 1.0, "seated": 1.25, "VIP": 2.6}


def build_concerts(path: Path | str) -> None:
    """venues (8), artists (42), gigs (2023-2024, cancelled flag), customers (1300, birth_date), ticket_sales
    (is_resale, refunded_at NULL unless refunded)."""
    rng = random.Random(6805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, city VARCHAR,
        capacity INTEGER, venue_type VARCHAR, is_outdoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR, genre VARCHAR,
        home_country VARCHAR, formed_year INTEGER, signed_to_label BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE gigs(gig_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES
        venues(venue_id), artist_id INTEGER REFERENCES artists(artist_id), gig_date DATE, doors_open TIMESTAMP,
        face_value DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, city VARCHAR, marketing_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY,
        gig_id INTEGER REFERENCES gigs(gig_id), customer_id INTEGER REFERENCES customers(customer_id),
        sold_at TIMESTAMP, tier VARCHAR, quantity INTEGER, price_per_ticket DOUBLE, booking_fee DOUBLE,
        is_resale BOOLEAN, refunded_at TIMESTAMP)""")
    names: dict[str, None] = {}
    while len(names) < 42:
        names.setdefault(f"{rng.choice(ART_A)} {rng.choice(ART_B)}", None)
    artists = [(aid, name, rng.choice(list(GENRES)),
                rng.choices(["UK", "USA", "Ireland", "Australia", "Sweden"], [55, 20, 10, 8, 7])[0],
                rng.randint(1995, 2021), rng.random() < 0.6) for aid, name in enumerate(names, start=1)]
    customers = [(cid, first, last, _day(rng, dt.date(1958, 1, 1), 17500),
                  rng.choices(["Leeds", "Manchester", "Sheffield", "York", "Hull"], [28, 30, 20, 12, 10])[0],
                  rng.random() < 0.45) for cid, (first, last) in enumerate(_unique_names(rng, 1300), start=1)]
    artist_weights = [rng.uniform(0.3, 2.5) for _ in artists]
    gigs = []
    for gid in range(1, 621):
        venue = rng.choices(VENUES, [18, 10, 14, 6, 16, 15, 7, 14])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while venue[5] and day.month not in (5, 6, 7, 8, 9):
            day = _day(rng, dt.date(2023, 1, 1), 731)
        artist = rng.choices(artists, artist_weights)[0]
        face = round(GENRES[artist[2]] * (1.6 if venue[4] in ("arena", "outdoor") else 1.0)
                     * rng.uniform(0.75, 1.3), 2)
        gigs.append((gid, venue[0], artist[0], day, dt.datetime.combine(day, dt.time(rng.choice([18, 19]),
                                                                                     rng.choice([0, 30]))),
                     face, rng.random() < 0.04))
    gig_weights = [rng.uniform(0.2, 2.0) * (3 if VENUES[g[1] - 1][3] > 3000 else 1) for g in gigs]
    cust_weights = [rng.uniform(0.2, 3.0) for _ in customers]
    sales = []
    for sid in range(1, 5601):
        gig = rng.choices(gigs, gig_weights)[0]
        seated = VENUES[gig[1] - 1][4] in ("theatre", "arena")
        tier = rng.choices(list(TIERS), [10 if seated else 80, 75 if seated else 0, 15 if seated else 20])[0]
        resale = rng.random() < 0.09
        price = round(gig[5] * TIERS[tier] * (rng.uniform(1.1, 2.4) if resale else 1.0), 2)
        sold = _moment(rng, gig[3] - dt.timedelta(days=rng.randint(0 if resale else 1, 150)), 7, 23)
        refunded = None
        if gig[6]:
            refunded = dt.datetime.combine(gig[3] - dt.timedelta(days=rng.randint(1, 6)), dt.time(10, 0))
            refunded = max(refunded, sold + dt.timedelta(hours=2))
        elif rng.random() < 0.025:
            refunded = sold + dt.timedelta(hours=rng.randint(2, 24 * 20))
        sales.append((sid, gig[0], rng.choices(customers, cust_weights)[0][0], sold, tier,
                      rng.choices([1, 2, 3, 4, 5, 6], [30, 42, 10, 12, 3, 3])[0], price,
                      round(1.5 + price * 0.1, 2), resale, refunded))
    _insert(con, "venues", VENUES)
    _insert(con, "artists", artists)
    _insert(con, "gigs", gigs)
    _insert(con, "customers", customers)
    _insert(con, "ticket_sales", sales)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "campsite": build_campsite,
    "escaperooms": build_escaperooms,
    "catering": build_catering,
    "bnb": build_bnb,
    "concerts": build_concerts,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval68-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval68-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval68-dbs"))
