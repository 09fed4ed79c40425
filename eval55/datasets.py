"""Builders of the eval55 held-out evaluation corpus: five DuckDB files in five leisure domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `confcentre.duckdb`: conference centre (rooms, clients, bookings; declared FKs, nullable feedback score)
- `aquarium.duckdb`: public aquarium (tanks, animals with a NULL departure while still on display, ticket sales
  with a TIMESTAMP; declared FK)
- `winetours.duckdb`: wine tasting tours (abbreviated names; the tour table's foreign keys are NOT declared;
  guides with a year of birth; optional rating)
- `spa.duckdb`: spa resort (guests with a date of birth, therapists, appointments with a TIMESTAMP, optional tip)
- `garden.duckdb`: botanical garden (camelCase names: beds, plantings with a NULL removal date while growing,
  volunteer shifts)

Usage:
    python eval55/datasets.py OUTDIR

Example:
    >>> from eval55.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval55-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['aquarium.duckdb', 'confcentre.duckdb', 'garden.duckdb', 'spa.duckdb', 'winetours.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols))
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


FIRST = ["Amelia", "Benedict", "Camille", "Dmitri", "Eleanor", "Fergus", "Georgia", "Hamish", "Ingrid", "Joaquin",
         "Katya", "Lorenzo", "Maeve", "Nikolai", "Olivia", "Priya", "Quentin", "Rosalind", "Soren", "Tamsin",
         "Umberto", "Violet", "Wilfred", "Zara"]
LAST = ["Abernathy", "Blackwood", "Carrington", "Delacroix", "Ellsworth", "Fairbairn", "Galloway", "Hargreaves",
        "Ives", "Jardine", "Kilbride", "Lockhart", "McAllister", "Northcott", "Ormsby", "Penhaligon", "Quinlan",
        "Radcliffe", "Stanhope", "Trevelyan", "Underwood", "Whitlock"]

# ------------------------------------------------------------------------------------------ conference centre
ROOMS = [
    # room_name, floor, capacity, has_projector, daily_rate
    ("Atrium Hall", 0, 600, True, 4200.0), ("Bessemer Suite", 1, 220, True, 1850.0),
    ("Cavendish Room", 1, 80, True, 720.0), ("Darwin Room", 1, 40, False, 380.0),
    ("Faraday Theatre", 2, 350, True, 2900.0), ("Lovelace Room", 2, 60, True, 560.0),
    ("Newton Boardroom", 3, 18, True, 310.0), ("Turing Lab", 3, 30, False, 295.0),
    ("Riverside Terrace", 0, 150, False, 1300.0),
]
SECTORS = ["Pharma", "Tech", "Finance", "Education", "Government", "Charity", "Retail"]
CLIENT_WORDS = ["Apex", "Bluewater", "Cobalt", "Dovetail", "Evergreen", "Foxglove", "Granite", "Harbour", "Ironbridge",
                "Juniper", "Keystone", "Lumen", "Meridian", "Northstar", "Orchard", "Pinnacle", "Quarry", "Redwood",
                "Summit", "Thistle"]
CLIENT_SUFFIX = {"Pharma": "Therapeutics", "Tech": "Systems", "Finance": "Capital", "Education": "University",
                 "Government": "Council", "Charity": "Trust", "Retail": "Stores"}
EVENT_TYPES = {"conference": (1, 3), "workshop": (1, 2), "seminar": (1, 1), "exhibition": (2, 4),
               "gala dinner": (1, 1), "product launch": (1, 1)}


def build_confcentre(path: Path | str) -> None:
    """rooms (9), clients (60), bookings (2022-2024; declared FKs, feedback_score NULL when no survey came back)."""
    rng = random.Random(5501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, floor INTEGER,
        capacity INTEGER, has_projector BOOLEAN, daily_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, organisation VARCHAR,
        sector VARCHAR, country VARCHAR, is_repeat_client BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), room_id INTEGER REFERENCES rooms(room_id),
        event_type VARCHAR, booked_on DATE, event_date DATE, num_days INTEGER, attendees INTEGER, status VARCHAR,
        catering_included BOOLEAN, total_invoice DOUBLE, feedback_score DOUBLE)""")
    rooms = [(i, *r) for i, r in enumerate(ROOMS, start=1)]
    countries = ["UK", "Ireland", "Germany", "France", "Netherlands", "USA"]
    clients, used = [], set()
    for cid in range(1, 61):
        sector = rng.choices(SECTORS, [14, 20, 15, 12, 10, 8, 9])[0]
        word = rng.choice(CLIENT_WORDS)
        while (word, sector) in used:
            word = rng.choice(CLIENT_WORDS)
        used.add((word, sector))
        clients.append((cid, f"{word} {CLIENT_SUFFIX[sector]}", sector,
                        rng.choices(countries, [50, 8, 12, 10, 8, 12])[0], rng.random() < 0.4))
    bookings = []
    for bid in range(1, 901):
        etype = rng.choices(list(EVENT_TYPES), [25, 25, 20, 10, 10, 10])[0]
        room = rng.choice([r for r in rooms if (r[3] >= 150) == (etype in ("conference", "exhibition", "gala dinner"))
                           or rng.random() < 0.15])
        event_date = _day(rng, dt.date(2022, 1, 10), 1085)
        lo, hi = EVENT_TYPES[etype]
        days = rng.randint(lo, hi)
        attendees = max(5, int(room[3] * rng.uniform(0.35, 1.0)))
        status = rng.choices(["completed", "cancelled", "confirmed"], [82, 11, 7])[0]
        if event_date < dt.date(2024, 10, 1) and status == "confirmed":
            status = "completed"
        catering = rng.random() < (0.9 if etype == "gala dinner" else 0.55)
        total = room[5] * days + (attendees * days * rng.choice([28.0, 35.0, 42.0]) if catering else 0.0)
        total = round(total * (0.25 if status == "cancelled" else 1.0), 2)
        score = (round(rng.uniform(2.5, 5.0), 1) if status == "completed" and rng.random() < 0.7 else None)
        bookings.append((bid, rng.randint(1, 60), room[0], etype, event_date - dt.timedelta(days=rng.randint(14, 300)),
                         event_date, days, attendees, status, catering, total, score))
    _insert(con, "rooms", rooms)
    _insert(con, "clients", clients)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------ aquarium
TANKS = [
    # tank_name, zone, volume_litres, water_type, temperature_c
    ("Coral Cove", "Tropical Reef", 250000, "salt", 26.0), ("Clownfish Lagoon", "Tropical Reef", 40000, "salt", 26.5),
    ("Shark Tunnel", "Open Ocean", 1200000, "salt", 22.0), ("Blue Abyss", "Open Ocean", 900000, "salt", 18.0),
    ("Amazon Flooded Forest", "Freshwater", 160000, "fresh", 27.0), ("Lake Malawi", "Freshwater", 30000, "fresh", 25.0),
    ("Penguin Point", "Polar", 300000, "salt", 8.0), ("Arctic Shallows", "Polar", 120000, "salt", 4.0),
    ("Kelp Cathedral", "Kelp Forest", 500000, "salt", 14.0), ("Jelly Gallery", "Tropical Reef", 8000, "salt", 20.0),
]
SPECIES = {
    # zone -> (common_name, species_group, weight range kg, endangered share)
    "Tropical Reef": [("Clownfish", "fish", (0.05, 0.25), 0.0), ("Blue Tang", "fish", (0.3, 0.6), 0.0),
                      ("Green Sea Turtle", "turtle", (60, 180), 1.0), ("Moon Jellyfish", "jellyfish", (0.1, 0.5), 0.0),
                      ("Lined Seahorse", "seahorse", (0.01, 0.05), 1.0)],
    "Open Ocean": [("Sand Tiger Shark", "shark", (90, 160), 1.0), ("Blacktip Reef Shark", "shark", (15, 30), 0.0),
                   ("Southern Stingray", "ray", (20, 90), 0.0), ("Atlantic Cod", "fish", (5, 20), 0.0)],
    "Freshwater": [("Red-bellied Piranha", "fish", (0.5, 1.5), 0.0), ("Arowana", "fish", (2, 6), 0.0),
                   ("Electric Eel", "fish", (5, 20), 0.0), ("Malawi Cichlid", "fish", (0.05, 0.2), 0.0)],
    "Polar": [("Gentoo Penguin", "penguin", (5, 8), 0.0), ("Rockhopper Penguin", "penguin", (2, 3.5), 1.0),
              ("Snow Crab", "crustacean", (0.5, 1.3), 0.0)],
    "Kelp Forest": [("Giant Pacific Octopus", "octopus", (10, 50), 0.0), ("Leopard Shark", "shark", (10, 20), 0.0),
                    ("California Sheephead", "fish", (3, 14), 0.0)],
}
TICKET_PRICES = {"adult": 24.0, "child": 16.0, "senior": 19.0, "family": 68.0, "student": 18.0}


def build_aquarium(path: Path | str) -> None:
    """tanks (10), animals (declared FK; departed_on NULL while on display), ticket_sales (2023-2024, TIMESTAMP)."""
    rng = random.Random(5502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tanks(tank_id INTEGER PRIMARY KEY, tank_name VARCHAR, zone VARCHAR,
        volume_litres INTEGER, water_type VARCHAR, temperature_c DOUBLE, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id INTEGER PRIMARY KEY,
        tank_id INTEGER REFERENCES tanks(tank_id), nickname VARCHAR, common_name VARCHAR, species_group VARCHAR,
        sex VARCHAR, arrived_on DATE, departed_on DATE, weight_kg DOUBLE, is_endangered BOOLEAN,
        captive_bred BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY, sold_at TIMESTAMP,
        ticket_type VARCHAR, quantity INTEGER, channel VARCHAR, amount_paid DOUBLE, is_member BOOLEAN)""")
    tanks = [(i, *t, _day(rng, dt.date(2005, 1, 1), 6000)) for i, t in enumerate(TANKS, start=1)]
    nicknames = ["Nemo", "Dory", "Bubbles", "Finn", "Shelly", "Inky", "Pebble", "Squirt", "Marina", "Pip", "Coral",
                 "Storm", "Blue", "Ziggy", "Luna", "Captain", "Splash", "Pearl", "Echo", "Kai"]
    animals = []
    for tank in tanks:
        for _ in range(rng.randint(12, 30)):
            common, group, (lo, hi), endangered = rng.choice(SPECIES[tank[2]])
            if tank[1] == "Jelly Gallery":
                common, group, (lo, hi), endangered = SPECIES["Tropical Reef"][3]
            arrived = _day(rng, dt.date(2016, 1, 1), 3200)
            departed = arrived + dt.timedelta(days=rng.randint(60, 2500)) if rng.random() < 0.25 else None
            if departed is not None and departed > dt.date(2024, 12, 31):
                departed = None
            named = group in ("shark", "turtle", "penguin", "octopus", "ray") or rng.random() < 0.1
            animals.append((len(animals) + 1, tank[0], rng.choice(nicknames) if named else None, common, group,
                            rng.choice(["F", "M", None]), arrived, departed, round(rng.uniform(lo, hi), 2),
                            rng.random() < endangered, rng.random() < 0.6))
    sales = []
    start = dt.datetime(2023, 1, 1, 9, 0)
    for day in range(731):
        date = start + dt.timedelta(days=day)
        weekend = date.weekday() >= 5
        summer = date.month in (7, 8)
        for _ in range(rng.randint(6, 10) + (6 if weekend else 0) + (5 if summer else 0)):
            when = date + dt.timedelta(minutes=rng.randrange(8 * 60))
            ttype = rng.choices(list(TICKET_PRICES), [40, 20, 12, 18, 10])[0]
            qty = rng.choices([1, 2, 3, 4, 5], [30, 35, 15, 12, 8])[0] if ttype != "family" else 1
            channel = rng.choices(["online", "gate", "partner"], [55, 35, 10])[0]
            member = rng.random() < 0.15
            price = TICKET_PRICES[ttype] * (1.06 if date.year == 2024 else 1.0) * (0.9 if channel == "online" else 1.0)
            sales.append((len(sales) + 1, when, ttype, qty, channel, 0.0 if member else round(price * qty, 2), member))
    _insert(con, "tanks", tanks)
    _insert(con, "animals", animals)
    _insert(con, "ticket_sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------- wine tasting tours
WINERIES = [
    # wnry_nm, rgn, org_cert, est_yr
    ("Chateau Belmonte", "Bordeaux", False, 1898), ("Domaine des Sables", "Bordeaux", True, 1952),
    ("Bodega Alta Sierra", "Rioja", False, 1920), ("Vinedos del Ebro", "Rioja", True, 1987),
    ("Quinta do Vale Escuro", "Douro", False, 1870), ("Quinta das Pedras", "Douro", True, 1999),
    ("Redgum Estate", "Barossa", False, 1965), ("Kookaburra Hill", "Barossa", True, 2004),
    ("Silverado Ridge", "Napa", False, 1979), ("Oakmont Cellars", "Napa", True, 1991),
]
TOUR_TYPES = {"classic": 45.0, "premium": 85.0, "vineyard walk": 55.0, "food pairing": 110.0}


def build_winetours(path: Path | str) -> None:
    """wineries (10), guides (18, birth_yr), tours (2022-2024; wnry_id and guide_id NOT declared as FKs)."""
    rng = random.Random(5503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wineries(wnry_id INTEGER PRIMARY KEY, wnry_nm VARCHAR, rgn VARCHAR,
        org_cert BOOLEAN, est_yr INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE guides(guide_id INTEGER PRIMARY KEY, first_nm VARCHAR, last_nm VARCHAR,
        birth_yr INTEGER, lang VARCHAR, hire_dt DATE, is_sommelier BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tours(tour_id INTEGER PRIMARY KEY, tour_dt DATE, wnry_id INTEGER,
        guide_id INTEGER, tour_typ VARCHAR, grp_sz INTEGER, tkt_prc DOUBLE, btl_sold INTEGER, rating INTEGER,
        cxl BOOLEAN)""")
    wineries = [(i, *w) for i, w in enumerate(WINERIES, start=1)]
    guides = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        guides.append((gid, first, last, rng.randint(1962, 2001),
                       rng.choices(["English", "Spanish", "French", "German", "Portuguese"], [40, 20, 15, 15, 10])[0],
                       _day(rng, dt.date(2015, 1, 1), 2500), rng.random() < 0.35))
    tours = []
    for _ in range(2600):
        when = _day(rng, dt.date(2022, 1, 1), 1096)
        if when.month in (1, 2) and rng.random() < 0.5:
            when = when.replace(month=rng.choice([9, 10]), day=min(when.day, 30))
        ttype = rng.choices(list(TOUR_TYPES), [45, 20, 20, 15])[0]
        guide = rng.choice([g for g in guides if g[5] <= when] or guides)
        size = rng.randint(2, 16)
        cancelled = rng.random() < 0.07
        price = round(TOUR_TYPES[ttype] * (1 + 0.05 * (when.year - 2022)), 2)
        bottles = 0 if cancelled else max(0, int(rng.gauss(size * 0.6, 2)))
        rating = None if cancelled or rng.random() < 0.4 else rng.choices([1, 2, 3, 4, 5], [3, 6, 18, 38, 35])[0]
        tours.append((len(tours) + 1, when, rng.randint(1, 10), guide[0], ttype, size, price, bottles, rating,
                      cancelled))
    tours.sort(key=lambda t: t[1])
    tours = [(i, *t[1:]) for i, t in enumerate(tours, start=1)]
    _insert(con, "wineries", wineries)
    _insert(con, "guides", guides)
    _insert(con, "tours", tours)
    con.close()


# ----------------------------------------------------------------------------------------------- spa resort
TREATMENTS = {
    # treatment -> (category, minutes, price)
    "Swedish Massage": ("massage", 60, 95.0), "Hot Stone Massage": ("massage", 75, 125.0),
    "Deep Tissue Massage": ("massage", 60, 110.0), "Signature Facial": ("facial", 50, 85.0),
    "Anti-Ageing Facial": ("facial", 75, 140.0), "Seaweed Body Wrap": ("body wrap", 90, 150.0),
    "Hydrotherapy Circuit": ("hydrotherapy", 120, 60.0), "Reflexology": ("massage", 45, 70.0),
}


def build_spa(path: Path | str) -> None:
    """guests (500, date_of_birth), therapists (14), appointments (2023-2025, TIMESTAMP, tip NULL when none)."""
    rng = random.Random(5504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, home_country VARCHAR, loyalty_tier VARCHAR, joined_on DATE,
        newsletter_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE therapists(therapist_id INTEGER PRIMARY KEY, full_name VARCHAR,
        specialty VARCHAR, is_senior BOOLEAN, start_date DATE, leave_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        guest_id INTEGER REFERENCES guests(guest_id), therapist_id INTEGER REFERENCES therapists(therapist_id),
        treatment VARCHAR, category VARCHAR, starts_at TIMESTAMP, duration_min INTEGER, price DOUBLE, tip DOUBLE,
        status VARCHAR, booked_online BOOLEAN)""")
    countries = ["UK", "Ireland", "France", "Germany", "Spain", "USA", "Italy"]
    guests = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1):
        guests.append((gid, first, last, _day(rng, dt.date(1948, 1, 1), 365 * 56),
                       rng.choices(countries, [45, 10, 10, 10, 8, 10, 7])[0],
                       rng.choices(["Bronze", "Silver", "Gold", "Platinum"], [45, 30, 18, 7])[0],
                       _day(rng, dt.date(2019, 1, 1), 2400), rng.random() < 0.5))
    therapist_names = ["Aoife Brennan", "Bianca Rossi", "Chen Wei", "Daniela Souza", "Esther Mwangi", "Farah Haddad",
                       "Greta Lindholm", "Hana Novak", "Isabel Ferreira", "Jonas Weber", "Kiri Tane", "Lena Petrova",
                       "Mateo Ruiz", "Nia Roberts"]
    specialties = ["massage", "facial", "hydrotherapy", "body wrap"]
    therapists = []
    for tid, name in enumerate(therapist_names, start=1):
        started = _day(rng, dt.date(2016, 1, 1), 2400)
        left = _day(rng, dt.date(2024, 3, 1), 400) if tid in (4, 9, 12) else None
        therapists.append((tid, name, specialties[tid % 4] if tid % 5 else "massage", rng.random() < 0.4, started,
                           left))
    appointments = []
    for _ in range(6000):
        day = _day(rng, dt.date(2023, 1, 1), 1096)
        when = dt.datetime.combine(day, dt.time(rng.randint(9, 19), rng.choice([0, 15, 30, 45])))
        treatment = rng.choices(list(TREATMENTS), [22, 14, 12, 14, 8, 7, 15, 8])[0]
        category, minutes, base = TREATMENTS[treatment]
        able = [t for t in therapists if (t[2] == category or t[2] == "massage" and category == "hydrotherapy")
                and t[4] <= day and (t[5] is None or t[5] > day)]
        therapist = rng.choice(able or [t for t in therapists if t[4] <= day and (t[5] is None or t[5] > day)])
        status = rng.choices(["completed", "cancelled", "no-show"], [86, 10, 4])[0]
        price = round(base * (1 + 0.04 * (day.year - 2023)) * (0.85 if rng.random() < 0.1 else 1.0), 2)
        tipped = status == "completed" and rng.random() < 0.45
        tip = round(price * rng.choice([0.05, 0.1, 0.1, 0.15, 0.2]), 2) if tipped else None
        appointments.append((0, rng.randint(1, 500), therapist[0], treatment, category, when, minutes,
                             price, tip, status, rng.random() < 0.62))
    appointments.sort(key=lambda a: a[5])
    appointments = [(i, *a[1:]) for i, a in enumerate(appointments, start=1)]
    _insert(con, "guests", guests)
    _insert(con, "therapists", therapists)
    _insert(con, "appointments", appointments)
    con.close()


# ------------------------------------------------------------------------------------------ botanical garden
BEDS = [
    # bedCode, section, areaSqm, isIrrigated, underGlass
    ("RG-01", "Rose Garden", 320.0, True, False), ("RG-02", "Rose Garden", 280.0, True, False),
    ("GH-01", "Tropical Glasshouse", 450.0, True, True), ("GH-02", "Tropical Glasshouse", 390.0, True, True),
    ("AL-01", "Alpine Rockery", 210.0, False, False), ("AL-02", "Alpine Rockery", 150.0, False, False),
    ("HB-01", "Herb Garden", 120.0, True, False), ("JP-01", "Japanese Garden", 600.0, False, False),
    ("AR-01", "Arboretum", 2400.0, False, False), ("AR-02", "Arboretum", 1800.0, False, False),
    ("DS-01", "Desert House", 260.0, False, True), ("WL-01", "Wildflower Meadow", 1500.0, False, False),
]
PLANTS = {
    # section -> [(speciesName, plantFamily, unit cost)]
    "Rose Garden": [("Rosa 'Gertrude Jekyll'", "Rosaceae", 18.0), ("Rosa 'Iceberg'", "Rosaceae", 14.0),
                    ("Rosa rugosa", "Rosaceae", 9.5), ("Lavandula angustifolia", "Lamiaceae", 6.0)],
    "Tropical Glasshouse": [("Musa basjoo", "Musaceae", 45.0), ("Strelitzia reginae", "Strelitziaceae", 38.0),
                            ("Monstera deliciosa", "Araceae", 29.0), ("Phalaenopsis amabilis", "Orchidaceae", 22.0)],
    "Alpine Rockery": [("Saxifraga oppositifolia", "Saxifragaceae", 5.5), ("Gentiana acaulis", "Gentianaceae", 7.0),
                       ("Sempervivum tectorum", "Crassulaceae", 4.0)],
    "Herb Garden": [("Salvia officinalis", "Lamiaceae", 4.5), ("Thymus vulgaris", "Lamiaceae", 3.5),
                    ("Lavandula angustifolia", "Lamiaceae", 6.0), ("Allium schoenoprasum", "Amaryllidaceae", 3.0)],
    "Japanese Garden": [("Acer palmatum", "Sapindaceae", 65.0), ("Pinus thunbergii", "Pinaceae", 80.0),
                        ("Camellia japonica", "Theaceae", 32.0)],
    "Arboretum": [("Quercus robur", "Fagaceae", 120.0), ("Sequoiadendron giganteum", "Cupressaceae", 210.0),
                  ("Betula pendula", "Betulaceae", 60.0), ("Acer palmatum", "Sapindaceae", 65.0)],
    "Desert House": [("Echinocactus grusonii", "Cactaceae", 26.0), ("Aloe vera", "Asphodelaceae", 12.0),
                     ("Agave americana", "Asparagaceae", 30.0)],
    "Wildflower Meadow": [("Papaver rhoeas", "Papaveraceae", 1.2), ("Centaurea cyanus", "Asteraceae", 1.0),
                          ("Leucanthemum vulgare", "Asteraceae", 1.1)],
}
NATIVE = {"Rosa rugosa", "Quercus robur", "Betula pendula", "Papaver rhoeas", "Centaurea cyanus",
          "Leucanthemum vulgare", "Thymus vulgaris", "Allium schoenoprasum"}
TASKS = ["weeding", "planting", "pruning", "watering", "visitor guiding", "seed collecting"]


def build_garden(path: Path | str) -> None:
    """beds (12), plantings (2022-2024; removedOn NULL while growing; declared FK), volunteers, volunteerShifts."""
    rng = random.Random(5505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beds("bedCode" VARCHAR PRIMARY KEY, "section" VARCHAR,
        "areaSqm" DOUBLE, "isIrrigated" BOOLEAN, "underGlass" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE plantings("plantingId" INTEGER PRIMARY KEY,
        "bedCode" VARCHAR REFERENCES beds("bedCode"), "speciesName" VARCHAR, "plantFamily" VARCHAR,
        "plantedOn" DATE, "removedOn" DATE, "plantCount" INTEGER, "costGbp" DOUBLE, "isNative" BOOLEAN,
        "removalReason" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE volunteers("volunteerId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "joinedOn" DATE, "leftOn" DATE, "hasFirstAid" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "volunteerShifts"("shiftId" INTEGER PRIMARY KEY,
        "volunteerId" INTEGER REFERENCES volunteers("volunteerId"), "bedCode" VARCHAR REFERENCES beds("bedCode"),
        "shiftStart" TIMESTAMP, "hoursWorked" DOUBLE, "task" VARCHAR)""")
    beds = list(BEDS)
    plantings = []
    for bed in beds:
        for _ in range(rng.randint(14, 30)):
            species, family, unit = rng.choice(PLANTS[bed[1]])
            planted = _day(rng, dt.date(2022, 2, 1), 1050)
            removed, reason = None, None
            if rng.random() < 0.3:
                removed = planted + dt.timedelta(days=rng.randint(30, 700))
                reason = rng.choices(["died", "disease", "relocated", "end of season"], [35, 20, 20, 25])[0]
                if removed > dt.date(2024, 12, 31):
                    removed, reason = None, None
            count = rng.randint(1, 3) if unit >= 60 else rng.randint(5, 60)
            plantings.append((len(plantings) + 1, bed[0], species, family, planted, removed, count,
                              round(unit * count * rng.uniform(0.9, 1.1), 2), species in NATIVE, reason))
    volunteers = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        joined = _day(rng, dt.date(2018, 1, 1), 2350)
        left = _day(rng, max(joined, dt.date(2022, 3, 1)) + dt.timedelta(days=60), 500) if vid % 5 == 2 else None
        left = left if left is not None and left <= dt.date(2024, 12, 31) else None
        volunteers.append((vid, first, last, _day(rng, dt.date(1945, 1, 1), 365 * 58), joined, left,
                           rng.random() < 0.3))
    shifts = []
    for _ in range(1800):
        vol = rng.choice(volunteers)
        first_day, last_day = max(vol[4], dt.date(2022, 1, 1)), vol[5] or dt.date(2024, 12, 31)
        day = _day(rng, first_day, (last_day - first_day).days + 1)
        start = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 13, 14])))
        shifts.append((0, vol[0], rng.choice(beds)[0], start, rng.choice([1.5, 2.0, 2.5, 3.0, 3.5, 4.0]),
                       rng.choices(TASKS, [25, 15, 15, 20, 15, 10])[0]))
    shifts.sort(key=lambda s: s[3])
    shifts = [(i, *s[1:]) for i, s in enumerate(shifts, start=1)]
    _insert(con, "beds", beds)
    _insert(con, "plantings", plantings)
    _insert(con, "volunteers", volunteers)
    _insert(con, "volunteerShifts", shifts)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "confcentre": build_confcentre,
    "aquarium": build_aquarium,
    "winetours": build_winetours,
    "spa": build_spa,
    "garden": build_garden,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval55-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval55-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval55-dbs"))
