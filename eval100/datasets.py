"""Builders of the hundredth development evaluation corpus: five DuckDB files in service and community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `courier.duckdb`: a bicycle courier firm's couriers (birth date), clients, jobs and damaged-parcel claims
- `allotment.duckdb`: an allotment society's plots, plot holders (birth year), waiting list and show entries
  (the show entries' holder link is only implied by its name)
- `escaperoom.duckdb`: an escape room venue's rooms, staff (birth date), bookings and reviews (camelCase)
- `ferry.duckdb`: a ferry operator's vessels, sailings and tickets
- `blooddonation.duckdb`: a blood donation centre's donors (birth year), sessions, donations and deferrals

Usage:
    python eval100/datasets.py OUTDIR

Example:
    >>> from eval100.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval100-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['allotment.duckdb', 'blooddonation.duckdb', 'courier.duckdb', 'escaperoom.duckdb', 'ferry.duckdb']
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


FIRST = ["Aisling", "Bartek", "Chiara", "Desmond", "Elif", "Finlay", "Greta", "Hamid", "Imogen", "Joaquin", "Kirsty",
         "Lorcan", "Maren", "Nikhil", "Odette", "Piers", "Rhiannon", "Soren", "Thea", "Umar", "Vesna", "Wilbur",
         "Xanthe", "Yusuf", "Zofia", "Callum", "Priya", "Mateo"]
LAST = ["Ashdown", "Brennan", "Castellano", "Dunmore", "Ekwueme", "Forsyth", "Gallagher", "Hollis", "Iqbal",
        "Jessop", "Kowalczyk", "Lindqvist", "Maguire", "Nakamura", "Okafor", "Pemberton", "Rourke", "Sandoval",
        "Thistlewood", "Underhill", "Varga", "Whitlock", "Yardley", "Zielinski"]


# ------------------------------------------------------------------------------------------------ courier
ZONES = ["north", "south", "east", "west", "central"]
BIKES = {"road": 40, "cargo": 25, "e-bike": 35}
SECTORS = {"legal": 1.3, "medical": 1.1, "retail": 0.9, "restaurant": 0.7, "media": 1.0, "architecture": 0.6}
CLIENT_NAMES = ["Hargreaves & Lowe LLP", "St Bride's Clinic", "Paper Crane Stationers", "Nonna's Kitchen",
                "Redline Studios", "Bishopsgate Chambers", "Cedar Dental Group", "Flint Architects",
                "Mango Tree Thai", "Kiln Ceramics", "Ludgate Legal", "Northgate Pharmacy", "Velvet Records",
                "Harbour Print Works", "Greenleaf Grocers", "Oakfield Labs", "Pixel Forge Media", "Saffron House",
                "Tower Bridge Notaries", "Brick Lane Bagels", "Atlas Drawing Office", "Maple Vet Surgery",
                "Copperplate Press", "The Little Bakery", "Quayside Opticians", "Riverside Film Co"]
SERVICES = {"standard": 1.0, "express": 1.6, "same-hour": 2.3}
DAMAGE = ["crushed", "water damage", "lost", "broken contents", "torn packaging"]


def build_courier(path: Path | str) -> None:
    """couriers (42, birth_date, start_date, left_date NULL while still riding), clients (26), jobs (2023-2024,
    pickup_at/dropped_at TIMESTAMP, dropped_at NULL unless delivered), claims (settled_on NULL while open)."""
    rng = random.Random(10001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, start_date DATE, left_date DATE, bike_type VARCHAR, home_zone VARCHAR,
        is_contractor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        sector VARCHAR, account_opened DATE, key_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        courier_id INTEGER REFERENCES couriers(courier_id), client_id INTEGER REFERENCES clients(client_id),
        service_level VARCHAR, pickup_zone VARCHAR, pickup_at TIMESTAMP, dropped_at TIMESTAMP, distance_km DOUBLE,
        parcel_weight_kg DOUBLE, price_gbp DOUBLE, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), reported_on DATE, damage_type VARCHAR, claim_amount_gbp DOUBLE,
        approved BOOLEAN, settled_on DATE)""")
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 42), start=1):
        start = _day(rng, dt.date(2018, 3, 1), 2300)
        left = start + dt.timedelta(days=rng.randint(200, 1500)) if rng.random() < 0.3 else None
        if left is not None and (left > dt.date(2024, 12, 31) or left < dt.date(2023, 4, 1)):
            left = None
        couriers.append((cid, first, last, _day(rng, dt.date(1968, 1, 1), 12400), start, left,
                         rng.choices(list(BIKES), list(BIKES.values()))[0], rng.choice(ZONES), rng.random() < 0.45))
    clients = []
    for cid, name in enumerate(CLIENT_NAMES, start=1):
        sector = ("legal" if "Legal" in name or "LLP" in name or "Chambers" in name or "Notaries" in name else
                  "medical" if any(w in name for w in ("Clinic", "Dental", "Pharmacy", "Labs", "Vet", "Optic")) else
                  "restaurant" if any(w in name for w in ("Kitchen", "Thai", "Bagels", "Bakery", "Saffron")) else
                  "architecture" if any(w in name for w in ("Architects", "Drawing")) else
                  "media" if any(w in name for w in ("Studios", "Records", "Media", "Film", "Press")) else "retail")
        clients.append((cid, name, sector, _day(rng, dt.date(2017, 1, 1), 2500), rng.random() < 0.3))
    client_weights = [rng.uniform(0.2, 2.5) * SECTORS[c[2]] for c in clients]
    pace = {c[0]: rng.uniform(0.5, 1.8) for c in couriers}
    jobs = []
    for jid in range(1, 3201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [c for c in couriers if c[4] <= day and (c[5] is None or c[5] > day)]
        courier = rng.choices(active, [pace[c[0]] for c in active])[0]
        client = rng.choices(clients, client_weights)[0]
        service = rng.choices(list(SERVICES), [60, 28, 12])[0]
        pickup = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18]),
                                                  rng.randrange(60)))
        km = round(rng.uniform(0.8, 14.0) * (1.4 if courier[6] == "e-bike" else 1.0), 1)
        weight = round(rng.uniform(0.1, 25.0 if courier[6] == "cargo" else 6.0), 2)
        status = rng.choices(["delivered", "failed", "cancelled"], [90, 6, 4])[0]
        speed = {"road": 17.0, "cargo": 12.0, "e-bike": 20.0}[courier[6]]
        dropped = (pickup + dt.timedelta(minutes=int(km / speed * 60 + rng.randint(3, 25))) if status == "delivered"
                   else None)
        price = round((6.5 + km * 1.35 + (4.0 if weight > 10 else 0.0)) * SERVICES[service], 2)
        jobs.append((jid, courier[0], client[0], service, rng.choice(ZONES), pickup, dropped, km, weight,
                     0.0 if status == "cancelled" else price, status))
    claims = []
    for job in jobs:
        if job[10] == "cancelled" or rng.random() > 0.035:
            continue
        reported = job[5].date() + dt.timedelta(days=rng.randint(0, 10))
        damage = rng.choices(DAMAGE, [30, 20, 12, 25, 13])[0]
        amount = round(rng.uniform(15, 90) if damage == "torn packaging" else rng.uniform(40, 650), 2)
        approved = rng.random() < 0.7
        settled = reported + dt.timedelta(days=rng.randint(5, 60))
        if settled > dt.date(2024, 12, 31) or rng.random() < 0.1:
            settled = None
        claims.append((len(claims) + 1, job[0], reported, damage, amount, approved, settled))
    _insert(con, "couriers", couriers)
    _insert(con, "clients", clients)
    _insert(con, "jobs", jobs)
    _insert(con, "claims", claims)
    con.close()


# ---------------------------------------------------------------------------------------------- allotment
SITES = {"Brook Road": ("B", 28), "Orchard Lane": ("O", 24), "Station Yard": ("S", 16), "Windmill Hill": ("W", 12)}
SHOW_CLASSES = {"heaviest marrow": ("vegetables", 9.0), "heaviest onion": ("vegetables", 1.6),
                "longest runner bean": ("vegetables", 0.05), "heaviest pumpkin": ("vegetables", 22.0),
                "five potatoes": ("vegetables", 1.2), "dish of tomatoes": ("vegetables", 0.9),
                "plate of plums": ("fruit", 0.6), "bramley apples": ("fruit", 1.4), "gooseberries": ("fruit", 0.4),
                "dahlias": ("flowers", 0.3), "sweet peas": ("flowers", 0.15), "jar of jam": ("preserves", 0.45),
                "chutney": ("preserves", 0.4)}


def build_allotment(path: Path | str) -> None:
    """plots (80, size_m2, annual_rent_gbp), plot_holders (birth_year; left_on NULL while still holding a plot),
    waiting_list (offered_on NULL until an offer), show_entries (2022-2024 shows; holder_id only implied)."""
    rng = random.Random(10002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, plot_number VARCHAR, site VARCHAR,
        size_m2 DOUBLE, annual_rent_gbp DOUBLE, has_water_trough BOOLEAN, greenhouse_allowed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE plot_holders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, plot_id INTEGER REFERENCES plots(plot_id), started_on DATE,
        left_on DATE, concession_rate BOOLEAN, committee_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE waiting_list(application_id INTEGER PRIMARY KEY, applicant_first_name
        VARCHAR, applicant_last_name VARCHAR, birth_year INTEGER, applied_on DATE, preferred_site VARCHAR,
        wants_half_plot BOOLEAN, offered_on DATE, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE show_entries(entry_id INTEGER PRIMARY KEY, holder_id INTEGER,
        show_date DATE, category VARCHAR, show_class VARCHAR, weight_kg DOUBLE, place_awarded INTEGER,
        prize_gbp DOUBLE)""")
    plots = []
    for site, (prefix, count) in SITES.items():
        for n in range(1, count + 1):
            size = rng.choice([125.0, 125.0, 250.0, 250.0, 250.0, 375.0]) * rng.uniform(0.9, 1.1)
            plots.append((len(plots) + 1, f"{prefix}{n}", site, round(size, 1),
                          round(size * (0.30 if site == "Windmill Hill" else 0.38), 2),
                          site != "Windmill Hill" and rng.random() < 0.75, rng.random() < 0.5))
    names = _unique_names(rng, FIRST, LAST, 360)
    holders = []
    for plot in plots:
        start = _day(rng, dt.date(2006, 1, 1), 5800)
        while True:
            end = start + dt.timedelta(days=rng.randint(300, 5200))
            current = end > dt.date(2024, 12, 31)
            first, last = names[len(holders)]
            holders.append((len(holders) + 1, first, last, rng.randint(1940, 1999), plot[0], start,
                            None if current else end, rng.random() < 0.22, rng.random() < 0.1))
            if current:
                break
            start = end + dt.timedelta(days=rng.randint(14, 150))
            if start > dt.date(2024, 12, 31):
                break
    waiting = []
    for aid in range(1, 141):
        first, last = names[210 + aid]
        applied = _day(rng, dt.date(2020, 1, 1), 1820)
        status = rng.choices(["waiting", "accepted", "declined", "withdrawn"], [58, 22, 10, 10])[0]
        offered = None
        if status in ("accepted", "declined"):
            offered = min(applied + dt.timedelta(days=rng.randint(60, 1000)), dt.date(2024, 12, 15))
            offered = max(offered, applied + dt.timedelta(days=7))
        waiting.append((aid, first, last, rng.randint(1950, 2004), applied,
                        rng.choices(list(SITES), [35, 30, 20, 15])[0], rng.random() < 0.45, offered, status))
    entries = []
    for day in (dt.date(2022, 9, 10), dt.date(2023, 9, 9), dt.date(2024, 9, 7)):
        here = [h for h in holders if h[5] <= day and (h[6] is None or h[6] > day)]
        for show_class, (category, typical) in SHOW_CLASSES.items():
            entrants = rng.sample(here, rng.randint(4, 14))
            weights = [round(typical * rng.uniform(0.5, 1.8), 3) for _ in entrants]
            order = sorted(range(len(entrants)), key=lambda i: -weights[i])
            for rank, i in enumerate(order, start=1):
                placing = rank if rank <= 3 else None
                prize = {1: 10.0, 2: 5.0, 3: 2.5}.get(rank, 0.0)
                entries.append((len(entries) + 1, entrants[i][0], day, category, show_class, weights[i], placing,
                                prize))
    _insert(con, "plots", plots)
    _insert(con, "plot_holders", holders)
    _insert(con, "waiting_list", waiting)
    _insert(con, "show_entries", entries)
    con.close()


# --------------------------------------------------------------------------------------------- escape room
ROOMS = [(1, "The Alchemist's Study", "fantasy", "medium", 6, 24.0, 60),
         (2, "Prison Break", "crime", "hard", 8, 26.0, 60), (3, "Pharaoh's Tomb", "adventure", "medium", 6, 24.0, 60),
         (4, "Asylum 13", "horror", "expert", 5, 28.0, 75), (5, "Toy Shop Mystery", "family", "easy", 6, 19.0, 45),
         (6, "Submarine SOS", "sci-fi", "hard", 7, 26.0, 60), (7, "The Heist", "crime", "medium", 8, 25.0, 60)]
CHANNELS = ["website", "phone", "walk-in", "gift voucher"]
PLATFORMS = ["Google", "Tripadvisor", "website"]


def build_escaperoom(path: Path | str) -> None:
    """rooms (7), staff (20, birthDate; leftOn NULL while employed), bookings (2023-01..2025-03, startsAt
    TIMESTAMP, escapeMinutes NULL when the group did not escape), reviews (stars 1-5); camelCase columns."""
    rng = random.Random(10003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(roomId INTEGER PRIMARY KEY, roomName VARCHAR, theme VARCHAR,
        difficulty VARCHAR, maxPlayers INTEGER, pricePerPlayer DOUBLE, timeLimitMin INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE staff(staffId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, role VARCHAR, hiredOn DATE, leftOn DATE, isFullTime BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(bookingId INTEGER PRIMARY KEY,
        roomId INTEGER REFERENCES rooms(roomId), gameMasterId INTEGER REFERENCES staff(staffId), startsAt TIMESTAMP,
        groupSize INTEGER, bookingChannel VARCHAR, isCorporate BOOLEAN, escaped BOOLEAN, escapeMinutes INTEGER,
        hintsUsed INTEGER, amountPaid DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE reviews(reviewId INTEGER PRIMARY KEY,
        bookingId INTEGER REFERENCES bookings(bookingId), postedAt TIMESTAMP, stars INTEGER, platform VARCHAR,
        mentionsGameMaster BOOLEAN)""")
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 20), start=1):
        role = "manager" if sid <= 2 else "game master" if sid <= 16 else "front desk"
        hired = _day(rng, dt.date(2019, 6, 1), 1900)
        left = hired + dt.timedelta(days=rng.randint(180, 1200)) if rng.random() < 0.35 and sid > 2 else None
        if left is not None and (left > dt.date(2025, 3, 31) or left < dt.date(2023, 6, 1)):
            left = None
        staff.append((sid, first, last, _day(rng, dt.date(1975, 1, 1), 10500), role, hired, left,
                      rng.random() < 0.5 or role == "manager"))
    success = {"easy": 0.85, "medium": 0.62, "hard": 0.45, "expert": 0.3}
    bookings = []
    for bid in range(1, 2601):
        day = _day(rng, dt.date(2023, 1, 1), 821)
        weekend = day.weekday() >= 5
        room = rng.choices(ROOMS, [16, 14, 14, 10, 12, 11, 15])[0]
        gms = [s for s in staff if s[4] != "front desk" and s[5] <= day and (s[6] is None or s[6] > day)]
        gm = rng.choice(gms)
        hour = rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] if weekend else [16, 17, 18, 19, 20, 21])
        starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30, 45])))
        corporate = not weekend and rng.random() < 0.15
        size = rng.randint(4, room[4]) if corporate else rng.randint(2, room[4])
        escaped = rng.random() < success[room[3]] + (0.05 if size >= 5 else 0.0)
        minutes = rng.randint(int(room[6] * 0.55), room[6]) if escaped else None
        hints = rng.choices([0, 1, 2, 3, 4, 5], [15, 25, 25, 18, 10, 7])[0]
        channel = rng.choices(CHANNELS, [62, 12, 6, 20])[0]
        paid = round(size * room[5] * (0.0 if channel == "gift voucher" else 1.0) * (0.9 if corporate else 1.0), 2)
        bookings.append((bid, room[0], gm[0], starts, size, channel, corporate, escaped, minutes, hints, paid))
    reviews = []
    for booking in bookings:
        if rng.random() > 0.28:
            continue
        stars = rng.choices([1, 2, 3, 4, 5], [4, 6, 12, 30, 48] if booking[7] else [8, 12, 20, 30, 30])[0]
        posted = booking[3] + dt.timedelta(hours=rng.randint(2, 240))
        reviews.append((len(reviews) + 1, booking[0], posted, stars, rng.choices(PLATFORMS, [55, 30, 15])[0],
                        rng.random() < 0.4))
    _insert(con, "rooms", ROOMS)
    _insert(con, "staff", staff)
    _insert(con, "bookings", bookings)
    _insert(con, "reviews", reviews)
    con.close()


# -------------------------------------------------------------------------------------------------- ferry
VESSELS = [(1, "MV Island Star", 620, 140, 2004, False), (2, "MV Solent Pride", 480, 110, 1998, False),
           (3, "MV Harbour Light", 350, 60, 2011, False), (4, "MV Seabreeze", 900, 220, 2019, True),
           (5, "MV Kestrel", 250, 0, 2015, True), (6, "MV Northern Isles", 750, 180, 2008, False)]
ROUTES = {"Southport - Eastholm": (45, 18.5, [1, 2, 4]), "Southport - Westcliff": (90, 29.0, [4, 6]),
          "Eastholm - Westcliff": (60, 22.0, [2, 3]), "Southport - Little Brae": (30, 12.0, [3, 5])}
CLASSES = {"standard": 1.0, "premium lounge": 1.6, "cabin": 2.4}


def build_ferry(path: Path | str) -> None:
    """vessels (6, capacity), sailings (2023-2024, scheduled/actual departure TIMESTAMP, actual NULL when
    cancelled), tickets (fare, with_vehicle flag, vehicle_type NULL for foot passengers)."""
    rng = random.Random(10004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        passenger_capacity INTEGER, vehicle_capacity INTEGER, year_built INTEGER, hybrid_powered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sailings(sailing_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), route VARCHAR, scheduled_departure TIMESTAMP,
        actual_departure TIMESTAMP, crossing_minutes INTEGER, cancelled BOOLEAN, cancellation_reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        sailing_id INTEGER REFERENCES sailings(sailing_id), booked_at TIMESTAMP, lead_passenger VARCHAR,
        passengers INTEGER, ticket_class VARCHAR, with_vehicle BOOLEAN, vehicle_type VARCHAR, fare_gbp DOUBLE,
        is_return BOOLEAN, booking_channel VARCHAR)""")
    sailings = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        summer = day.month in (6, 7, 8, 9)
        for route, (minutes, _fare, vessels) in ROUTES.items():
            for hour in ([7, 11, 15, 19] if summer else [8, 14]) if minutes <= 60 else ([9, 16] if summer else [10]):
                if rng.random() < 0.45:
                    continue
                vessel = rng.choice(vessels)
                scheduled = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30])))
                cancelled = rng.random() < (0.09 if day.month in (11, 12, 1, 2) else 0.025)
                reason = rng.choices(["weather", "technical", "crew shortage"], [65, 25, 10])[0] if cancelled else None
                delay = rng.choices([0, rng.randint(1, 10), rng.randint(11, 45), rng.randint(46, 150)],
                                    [50, 30, 15, 5])[0]
                actual = None if cancelled else scheduled + dt.timedelta(minutes=delay)
                sailings.append((len(sailings) + 1, vessel, route, scheduled, actual,
                                 None if cancelled else minutes + rng.randint(-4, 12), cancelled, reason))
        day += dt.timedelta(days=1)
    names = _unique_names(rng, FIRST, LAST, 400)
    tickets = []
    for tid in range(1, 4801):
        sailing = rng.choice(sailings)
        route = ROUTES[sailing[2]]
        vessel = VESSELS[sailing[1] - 1]
        vehicle = vessel[3] > 0 and rng.random() < 0.4
        vtype = rng.choices(["car", "van", "motorbike", "campervan"], [70, 12, 10, 8])[0] if vehicle else None
        cls = rng.choices(list(CLASSES), [78, 16, 6] if route[0] >= 60 else [85, 15, 0])[0]
        people = rng.choices([1, 2, 3, 4, 5], [35, 35, 12, 14, 4])[0]
        fare = route[1] * people * CLASSES[cls] + ({"car": 42.0, "van": 65.0, "motorbike": 18.0, "campervan": 80.0}
                                                   [vtype] if vehicle else 0.0)
        is_return = rng.random() < 0.5
        fare = round(fare * (1.8 if is_return else 1.0) * (1.15 if sailing[3].month in (7, 8) else 1.0), 2)
        booked = sailing[3] - dt.timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 12))
        first, last = rng.choice(names)
        tickets.append((tid, sailing[0], booked, f"{first} {last}", people, cls, vehicle, vtype, fare, is_return,
                        rng.choices(["online", "phone", "port office"], [70, 10, 20])[0]))
    _insert(con, "vessels", VESSELS)
    _insert(con, "sailings", sailings)
    _insert(con, "tickets", tickets)
    con.close()


# ------------------------------------------------------------------------------------------ blood donation
BLOOD_TYPES = {"O+": 35, "A+": 30, "B+": 8, "AB+": 2, "O-": 13, "A-": 8, "B-": 2, "AB-": 1}
VENUES = {"City Donor Centre": "donor centre", "Riverside Donor Centre": "donor centre",
          "St Luke's Church Hall": "community", "Westfield Leisure Centre": "community",
          "University Sports Hall": "community", "Ashby Town Hall": "community", "Mobile Unit 1": "mobile",
          "Mobile Unit 2": "mobile"}
REASONS = {"low haemoglobin": (28, 90), "recent travel": (18, 120), "medication": (16, 28),
           "cold or flu": (14, 14), "recent tattoo": (8, 120), "blood pressure": (10, 30), "permanent": (6, None)}


def build_blooddonation(path: Path | str) -> None:
    """donors (520, birth_year, blood_type), sessions (2023-01..2025-02), donations (volume_ml, haemoglobin
    g/dL, donated_at TIMESTAMP), deferrals (deferred_until NULL when the deferral is permanent)."""
    rng = random.Random(10005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, sex VARCHAR, blood_type VARCHAR, registered_on DATE,
        first_time_donor BOOLEAN, postcode_area VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY, venue VARCHAR,
        venue_type VARCHAR, session_date DATE, opens_at TIMESTAMP, closes_at TIMESTAMP, beds INTEGER,
        appointments_offered INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), session_id INTEGER REFERENCES sessions(session_id),
        donated_at TIMESTAMP, donation_type VARCHAR, volume_ml INTEGER, haemoglobin_g_dl DOUBLE,
        adverse_reaction BOOLEAN, was_walk_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deferrals(deferral_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), session_id INTEGER REFERENCES sessions(session_id),
        deferred_on DATE, reason VARCHAR, deferred_until DATE)""")
    donors = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        donors.append((did, first, last, rng.randint(1955, 2006), rng.choice(["F", "M"]),
                       rng.choices(list(BLOOD_TYPES), list(BLOOD_TYPES.values()))[0],
                       _day(rng, dt.date(2010, 1, 1), 5500), False,
                       rng.choice(["NE1", "NE2", "NE3", "NE4", "NE6", "DH1", "SR2"])))
    sessions = []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2025, 2, 28):
        for venue, kind in VENUES.items():
            if kind == "donor centre" and day.weekday() < 6 or kind != "donor centre" and rng.random() < 0.08:
                opens = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 13]), 0))
                closes = opens + dt.timedelta(hours=rng.choice([4, 6, 8]))
                beds = 10 if kind == "donor centre" else rng.choice([4, 6, 8])
                sessions.append((len(sessions) + 1, venue, kind, day, opens, closes, beds, beds * rng.randint(3, 6)))
        day += dt.timedelta(days=1)
    donations, deferrals = [], []
    last_given: dict[int, dt.date] = {}
    seen: set[int] = set()
    first_flags: dict[int, bool] = {}
    for sid, _venue, kind, sday, opens, closes, _beds, _offered in sessions:
        if rng.random() < 0.55:
            continue
        for donor in rng.sample(donors, rng.randint(1, 5)):
            if donor[6] > sday or (donor[0] in last_given and (sday - last_given[donor[0]]).days < 84):
                continue
            if rng.random() < 0.1:
                reason = rng.choices(list(REASONS), [r[0] for r in REASONS.values()])[0]
                days = REASONS[reason][1]
                deferrals.append((len(deferrals) + 1, donor[0], sid, sday, reason,
                                  None if days is None else sday + dt.timedelta(days=days)))
                continue
            moment = opens + dt.timedelta(minutes=rng.randrange(int((closes - opens).total_seconds() // 60) - 30))
            dtype = rng.choices(["whole blood", "platelets", "plasma"], [80, 10, 10])[0] if kind == "donor centre" \
                else "whole blood"
            volume = {"whole blood": rng.choice([470, 470, 470, 450, 475]), "platelets": rng.randint(200, 300),
                      "plasma": rng.randint(600, 750)}[dtype]
            hb = round(rng.uniform(12.5, 16.5) + (1.0 if donor[4] == "M" else 0.0), 1)
            donations.append((len(donations) + 1, donor[0], sid, moment, dtype, volume, hb, rng.random() < 0.03,
                              rng.random() < 0.12))
            last_given[donor[0]] = sday
            if donor[0] not in seen:
                first_flags[donor[0]] = donor[6] >= dt.date(2023, 1, 1)
                seen.add(donor[0])
    donors = [d[:7] + (first_flags.get(d[0], d[6] >= dt.date(2023, 1, 1)),) + d[8:] for d in donors]
    _insert(con, "donors", donors)
    _insert(con, "sessions", sessions)
    _insert(con, "donations", donations)
    _insert(con, "deferrals", deferrals)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "courier": build_courier,
    "allotment": build_allotment,
    "escaperoom": build_escaperoom,
    "ferry": build_ferry,
    "blooddonation": build_blooddonation,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval100-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval100-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval100-dbs"))
