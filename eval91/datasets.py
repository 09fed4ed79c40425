"""Builders of the ninety-first development evaluation corpus: five DuckDB files in production and service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `cheesedairy.duckdb`: a cheese dairy's farms, milk intakes (litres), cheese wheels (cellar, aged days), sales
- `hostel.duckdb`: a youth hostel's rooms, guests (birth year, nationality), stays and breakfast orders
- `paintball.duckdb`: a paintball arena's groups, bookings, games and marshals (birth date; camelCase columns)
- `insurance.duckdb`: an insurance claims desk's policyholders (birth date), policies, adjusters and claims
- `roads.duckdb`: road maintenance: roads (length in km), repair crews, potholes (crew link only implied)

Usage:
    python eval91/datasets.py OUTDIR

Example:
    >>> from eval91.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval91-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cheesedairy.duckdb', 'hostel.duckdb', 'insurance.duckdb', 'paintball.duckdb', 'roads.duckdb']
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


FIRST = ["Aoife", "Bastian", "Chiara", "Declan", "Elif", "Fergus", "Greta", "Hamish", "Ilse", "Joaquin", "Kasia",
         "Lorcan", "Maelle", "Niamh", "Oskar", "Priya", "Rafferty", "Saoirse", "Tobias", "Una", "Viktor", "Wanda",
         "Xavier", "Yusuf", "Zofia", "Callum"]
LAST = ["Achterberg", "Brannigan", "Castellano", "Dunmore", "Eriksen", "Fairbairn", "Gallagher", "Hollis",
        "Ibarra", "Jovanovic", "Kowalczyk", "Lindqvist", "McAllister", "Nakamura", "O'Rourke", "Pemberton",
        "Rasmussen", "Sorensen", "Thistlewood", "Urquhart", "Vasquez", "Whitlock", "Zielinski"]

# ------------------------------------------------------------------------------------------------ cheese dairy
FARMS = [("Hollybrook Farm", "North", True, 85), ("Ashgrove Dairy", "North", False, 140),
         ("Low Fell Farm", "North", False, 60), ("Bramble Hill", "South", True, 95),
         ("Greenacre Farm", "South", False, 210), ("Millpond Farm", "South", False, 120),
         ("Oakridge Farm", "East", True, 75), ("Saltmarsh Dairy", "East", False, 160),
         ("Westcombe Farm", "West", False, 180), ("Kestrel Farm", "West", True, 55),
         ("Redbarn Farm", "West", False, 130), ("Stonyford Farm", "East", False, 100)]
CHEESES = {"Cheddar": (18.0, 365), "Red Leicester": (12.0, 180), "Blue": (7.5, 90), "Brie": (2.8, 35),
           "Alpine": (24.0, 300)}
CELLARS = ["Old Vault", "North Cave", "Cellar Three"]
BUYERS = {"Harbour Deli": "deli", "Fine Cheese Co": "deli", "Morrow's Supermarkets": "supermarket",
          "FreshWay Stores": "supermarket", "The Copper Pot": "restaurant", "Bistro Lune": "restaurant",
          "Nordic Imports": "export", "Maison Fromage": "export"}


def build_cheesedairy(path: Path | str) -> None:
    """farms (12), milk_intakes (2023-2024, litres, rejected), wheels (make_date, cellar, released_on and aged_days
    NULL while still ripening), wholesale_sales (sold_at TIMESTAMP, price_gbp, invoice_paid)."""
    rng = random.Random(9101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE farms(farm_id INTEGER PRIMARY KEY, farm_name VARCHAR, region VARCHAR,
        organic BOOLEAN, herd_size INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE milk_intakes(intake_id INTEGER PRIMARY KEY,
        farm_id INTEGER REFERENCES farms(farm_id), intake_date DATE, litres DOUBLE, fat_pct DOUBLE,
        temperature_c DOUBLE, rejected BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wheels(wheel_id INTEGER PRIMARY KEY, cheese_type VARCHAR, cellar VARCHAR,
        make_date DATE, weight_kg DOUBLE, released_on DATE, aged_days INTEGER, graded_premium BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wholesale_sales(sale_id INTEGER PRIMARY KEY,
        wheel_id INTEGER REFERENCES wheels(wheel_id), buyer_name VARCHAR, buyer_type VARCHAR, sold_at TIMESTAMP,
        price_gbp DOUBLE, invoice_paid BOOLEAN)""")
    farms = [(i, *f) for i, f in enumerate(FARMS, start=1)]
    intakes = []
    for iid in range(1, 2201):
        farm = rng.choices(farms, [f[4] for f in farms])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        litres = round(farm[4] * rng.uniform(9, 16) * (1.1 if day.month in (4, 5, 6) else 1.0), 1)
        temp = round(rng.uniform(2.5, 7.5), 1)
        intakes.append((iid, farm[0], day, litres, round(rng.uniform(3.6, 4.9) + (0.2 if farm[3] else 0), 2),
                        temp, temp > 7.0 or rng.random() < 0.02))
    wheels, sales = [], []
    end = dt.date(2024, 12, 31)
    buyers = list(BUYERS)
    for wid in range(1, 1501):
        cheese = rng.choices(list(CHEESES), [40, 15, 15, 18, 12])[0]
        weight, target = CHEESES[cheese]
        made = _day(rng, dt.date(2022, 6, 1), 940)
        aged = int(target * rng.uniform(0.85, 1.3))
        released = made + dt.timedelta(days=aged)
        if released > end:
            released, aged = None, None
        cellar = rng.choices(CELLARS, [45, 35, 20])[0] if cheese != "Brie" else "Cellar Three"
        wheels.append((wid, cheese, cellar, made, round(weight * rng.uniform(0.9, 1.1), 2), released, aged,
                       released is not None and rng.random() < 0.25))
        if released is not None and rng.random() < 0.9:
            sold = released + dt.timedelta(days=rng.randint(0, 40))
            if sold <= end and sold >= dt.date(2023, 1, 1):
                buyer = rng.choices(buyers, [10, 8, 20, 16, 6, 5, 9, 7])[0]
                price = round(wheels[-1][4] * rng.uniform(11, 19) * (1.2 if wheels[-1][7] else 1.0), 2)
                sales.append((len(sales) + 1, wid, buyer, BUYERS[buyer], _moment(rng, sold, 6, 17), price,
                              sold < dt.date(2024, 11, 15) or rng.random() < 0.5))
    _insert(con, "farms", farms)
    _insert(con, "milk_intakes", intakes)
    _insert(con, "wheels", wheels)
    _insert(con, "wholesale_sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ youth hostel
HOSTEL_ROOMS = [(1, "Dorm A", "dorm", 8, False, 24.0), (2, "Dorm B", "dorm", 8, False, 24.0),
                (3, "Dorm C", "dorm", 6, True, 28.0), (4, "Dorm D", "dorm", 12, False, 21.0),
                (5, "Twin 1", "private", 2, True, 39.0), (6, "Twin 2", "private", 2, True, 39.0),
                (7, "Double 1", "private", 2, True, 42.0), (8, "Family 1", "family", 4, True, 31.0),
                (9, "Family 2", "family", 5, True, 30.0), (10, "Female Dorm", "dorm", 6, False, 26.0)]
NATIONS = {"German": 18, "Dutch": 10, "French": 12, "Spanish": 9, "American": 11, "Australian": 8, "Irish": 7,
           "Italian": 8, "Japanese": 5, "Canadian": 6}
CHANNELS = ["direct", "Hostelworld", "Booking.com", "walk-in"]
BREAKFASTS = {"continental": 6.5, "full": 9.5, "vegan": 8.0}


def build_hostel(path: Path | str) -> None:
    """rooms (10), guests (900, birth_year, nationality), stays (2023-01..2025-03; check_out NULL while the guest is
    still in), breakfast_orders (ordered_at TIMESTAMP)."""
    rng = random.Random(9102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, room_type VARCHAR,
        beds INTEGER, ensuite BOOLEAN, nightly_rate_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, nationality VARCHAR, member_card BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stays(stay_id INTEGER PRIMARY KEY,
        guest_id INTEGER REFERENCES guests(guest_id), room_id INTEGER REFERENCES rooms(room_id), check_in DATE,
        check_out DATE, booking_channel VARCHAR, party_size INTEGER, amount_paid_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE breakfast_orders(order_id INTEGER PRIMARY KEY,
        stay_id INTEGER REFERENCES stays(stay_id), ordered_at TIMESTAMP, breakfast_type VARCHAR, quantity INTEGER,
        price_eur DOUBLE)""")
    guests = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        guests.append((gid, first, last, rng.choices([rng.randint(1955, 1985), rng.randint(1986, 2006)],
                                                     [25, 75])[0],
                       rng.choices(list(NATIONS), list(NATIONS.values()))[0], rng.random() < 0.3))
    stays, orders = [], []
    last_day = dt.date(2025, 3, 31)
    for sid in range(1, 1701):
        room = rng.choices(HOSTEL_ROOMS, [14, 14, 10, 16, 6, 6, 7, 5, 5, 9])[0]
        guest = rng.choice(guests)
        check_in = _day(rng, dt.date(2023, 1, 1), 821)
        nights = rng.choices([1, 2, 3, 4, 5, 7, 10], [22, 28, 20, 12, 8, 6, 4])[0]
        check_out = check_in + dt.timedelta(days=nights)
        party = 1 if room[2] == "dorm" else rng.randint(1, room[3])
        paid = round(room[5] * nights * (party if room[2] != "private" else 2) * (0.9 if guest[5] else 1.0), 2)
        if check_out > last_day:
            check_out = None
        stays.append((sid, guest[0], room[0], check_in, check_out,
                      rng.choices(CHANNELS, [30, 35, 25, 10])[0], party, paid))
        for night in range(nights):
            day = check_in + dt.timedelta(days=night + 1)
            if day <= last_day and rng.random() < 0.35:
                kind = rng.choices(list(BREAKFASTS), [55, 30, 15])[0]
                qty = rng.randint(1, party)
                orders.append((len(orders) + 1, sid, _moment(rng, day, 7, 10), kind, qty,
                               round(BREAKFASTS[kind] * qty, 2)))
    _insert(con, "rooms", HOSTEL_ROOMS)
    _insert(con, "guests", guests)
    _insert(con, "stays", stays)
    _insert(con, "breakfast_orders", orders)
    con.close()


# ---------------------------------------------------------------------------------------------- paintball arena
GROUP_TYPES = {"stag": 30, "hen": 8, "corporate": 20, "birthday": 28, "club": 14}
PACKAGES = {"Basic": (22.0, 300), "Standard": (32.0, 500), "Ultimate": (45.0, 800)}
FIELDS = ["Woodland", "Urban", "Castle", "Speedball"]


def build_paintball(path: Path | str) -> None:
    """playerGroups (260), marshals (22, birthDate; leftOn NULL while still working), bookings (2023-2024, playDate,
    cancelled), games (startTime TIMESTAMP, paintballsUsed); camelCase columns."""
    rng = random.Random(9103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE playerGroups(groupId INTEGER PRIMARY KEY, groupName VARCHAR,
        groupType VARCHAR, contactName VARCHAR, firstBookedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE marshals(marshalId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, hiredOn DATE, leftOn DATE, isSenior BOOLEAN, hourlyWageGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(bookingId INTEGER PRIMARY KEY,
        groupId INTEGER REFERENCES playerGroups(groupId), bookedAt TIMESTAMP, playDate DATE, players INTEGER,
        packageName VARCHAR, totalPriceGbp DOUBLE, depositPaid BOOLEAN, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE games(gameId INTEGER PRIMARY KEY,
        bookingId INTEGER REFERENCES bookings(bookingId), marshalId INTEGER REFERENCES marshals(marshalId),
        startTime TIMESTAMP, field VARCHAR, durationMin INTEGER, paintballsUsed INTEGER, injuryReported BOOLEAN)""")
    groups = []
    surnames = rng.sample(LAST, len(LAST))
    for gid in range(1, 261):
        kind = rng.choices(list(GROUP_TYPES), list(GROUP_TYPES.values()))[0]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = {"stag": f"{first}'s Stag Do", "hen": f"{first}'s Hen Party", "corporate": f"{surnames[gid % 23]} "
                f"{rng.choice(['Ltd', 'Partners', 'Logistics', 'Group'])} Team {gid}",
                "birthday": f"{first} {last} Birthday {gid}", "club": f"{rng.choice(['Red', 'Blue', 'Iron', 'Wild'])}"
                f" {rng.choice(['Wolves', 'Hawks', 'Vipers'])} {gid}"}[kind]
        if kind in ("stag", "hen"):
            name = f"{name} {gid}"
        groups.append((gid, name, kind, f"{first} {last}", _day(rng, dt.date(2022, 9, 1), 800)))
    marshals = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1):
        hired = _day(rng, dt.date(2018, 3, 1), 2200)
        left = hired + dt.timedelta(days=rng.randint(300, 1500)) if rng.random() < 0.3 else None
        if left is not None and (left > dt.date(2024, 12, 31) or left < dt.date(2023, 6, 1)):
            left = None
        senior = rng.random() < 0.35
        marshals.append((mid, first, last, _day(rng, dt.date(1970, 1, 1), 12500), hired, left, senior,
                         12.5 if senior else 11.0 + rng.choice([0, 0.5])))
    bookings, games = [], []
    for bid in range(1, 1101):
        group = rng.choice(groups)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day.weekday() < 5 and rng.random() < 0.6:
            day += dt.timedelta(days=5 - day.weekday())
        if day > dt.date(2024, 12, 31):
            day -= dt.timedelta(days=7)
        package = rng.choices(list(PACKAGES), [40, 40, 20])[0]
        players = rng.randint(6, 24) if group[2] != "corporate" else rng.randint(10, 40)
        cancelled = rng.random() < 0.07
        booked = _moment(rng, day - dt.timedelta(days=rng.randint(3, 90)), 8, 22)
        bookings.append((bid, group[0], booked, day, players, package, round(players * PACKAGES[package][0], 2),
                         rng.random() < 0.85, cancelled))
        if cancelled:
            continue
        active = [m for m in marshals if m[4] <= day and (m[5] is None or m[5] > day)]
        hour = rng.choice([9, 10, 11, 13, 14])
        for g in range(rng.randint(2, 5)):
            start = dt.datetime.combine(day, dt.time(hour + g, rng.choice([0, 15, 30])))
            balls = int(players * PACKAGES[package][1] / 4 * rng.uniform(0.6, 1.3))
            games.append((len(games) + 1, bid, rng.choice(active)[0], start, rng.choice(FIELDS),
                          rng.choice([15, 20, 20, 25, 30]), balls, rng.random() < 0.015))
    _insert(con, "playerGroups", groups)
    _insert(con, "marshals", marshals)
    _insert(con, "bookings", bookings)
    _insert(con, "games", games)
    con.close()


# ---------------------------------------------------------------------------------------------- insurance claims
HOLDER_FIRST = ["Agnes", "Brendan", "Cecily", "Dominic", "Edith", "Frank", "Gwen", "Howard", "Irene", "Jim"]
POLICY_TYPES = {"motor": (620.0, 250.0), "home": (340.0, 150.0), "travel": (85.0, 75.0), "pet": (290.0, 100.0)}
CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Plymouth"]
CLAIM_CAUSES = {"motor": ["collision", "theft", "windscreen"], "home": ["water damage", "theft", "storm"],
                "travel": ["cancellation", "medical", "lost luggage"], "pet": ["illness", "injury"]}


def build_insurance(path: Path | str) -> None:
    """policyholders (700, birth_date), policies (premium; cancelled_on NULL while in force), adjusters (12),
    claims (2023-01..2025-06; settled_on and paid_amount_gbp NULL while the claim is open)."""
    rng = random.Random(9104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE policyholders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, city VARCHAR, customer_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE policies(policy_id INTEGER PRIMARY KEY,
        holder_id INTEGER REFERENCES policyholders(holder_id), policy_type VARCHAR, start_date DATE,
        annual_premium_gbp DOUBLE, excess_gbp DOUBLE, auto_renew BOOLEAN, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE adjusters(adjuster_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, team VARCHAR, hired_on DATE, senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY,
        policy_id INTEGER REFERENCES policies(policy_id), adjuster_id INTEGER REFERENCES adjusters(adjuster_id),
        incident_date DATE, reported_at TIMESTAMP, cause VARCHAR, claimed_amount_gbp DOUBLE, status VARCHAR,
        settled_on DATE, paid_amount_gbp DOUBLE, fraud_flag BOOLEAN)""")
    names = _unique_names(rng, FIRST + HOLDER_FIRST, LAST, 712)
    holders = []
    for hid in range(1, 701):
        first, last = names[hid - 1]
        holders.append((hid, first, last, _day(rng, dt.date(1948, 1, 1), 20000), rng.choice(CITIES),
                        _day(rng, dt.date(2012, 1, 1), 4300)))
    policies = []
    for holder in holders:
        for _ in range(rng.choices([1, 2, 3], [55, 32, 13])[0]):
            kind = rng.choices(list(POLICY_TYPES), [35, 30, 15, 20])[0]
            base, excess = POLICY_TYPES[kind]
            start = _day(rng, dt.date(2021, 1, 1), 1400)
            cancelled = start + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.15 else None
            if cancelled is not None and cancelled > dt.date(2025, 6, 30):
                cancelled = None
            policies.append((len(policies) + 1, holder[0], kind, start, round(base * rng.uniform(0.7, 1.5), 2),
                             excess, rng.random() < 0.7, cancelled))
    adjusters = []
    teams = ["motor", "property", "specialty"]
    for aid, (first, last) in enumerate(names[700:712], start=1):
        adjusters.append((aid, first, last, teams[(aid - 1) % 3], _day(rng, dt.date(2014, 1, 1), 3300),
                          rng.random() < 0.4))
    team_of = {"motor": "motor", "home": "property", "travel": "specialty", "pet": "specialty"}
    claims = []
    end = dt.date(2025, 6, 30)
    for cid in range(1, 1401):
        policy = rng.choice(policies)
        incident = _day(rng, max(policy[3], dt.date(2022, 12, 20)), 900)
        if policy[7] is not None and incident > policy[7]:
            incident = policy[7] - dt.timedelta(days=rng.randint(1, 50))
        if incident < dt.date(2022, 12, 20) or incident > dt.date(2025, 6, 25):
            incident = _day(rng, dt.date(2023, 1, 1), 880)
        reported = _moment(rng, incident + dt.timedelta(days=rng.randint(0, 12)), 8, 19)
        if reported.date() < dt.date(2023, 1, 1):
            reported = _moment(rng, dt.date(2023, 1, 2), 8, 19)
        if reported.date() > end:
            reported = _moment(rng, end, 8, 12)
        cause = rng.choice(CLAIM_CAUSES[policy[2]])
        amount = round({"motor": 2400, "home": 3100, "travel": 900, "pet": 750}[policy[2]] * rng.uniform(0.1, 2.5), 2)
        adjuster = rng.choice([a for a in adjusters if a[3] == team_of[policy[2]]])
        settled = reported.date() + dt.timedelta(days=rng.randint(5, 120))
        fraud = rng.random() < 0.04
        if settled > end or rng.random() < 0.04:
            status, settled, paid = "open", None, None
        elif fraud or rng.random() < 0.12:
            status, paid = "rejected", 0.0
        else:
            status, paid = "settled", round(max(0.0, amount * rng.uniform(0.7, 1.0) - policy[5]), 2)
        claims.append((cid, policy[0], adjuster[0], incident, reported, cause, amount, status, settled, paid, fraud))
    _insert(con, "policyholders", holders)
    _insert(con, "policies", policies)
    _insert(con, "adjusters", adjusters)
    _insert(con, "claims", claims)
    con.close()


# ---------------------------------------------------------------------------------------------- road maintenance
DISTRICTS = ["Northfield", "Riverside", "Hillcrest", "Old Town"]
ROAD_CLASSES = {"A": (8, 25, 50), "B": (10, 12, 40), "C": (16, 6, 30), "unclassified": (20, 2, 30)}
CREWS = [(1, "Crew Alpha", "Northfield Depot", 4, False), (2, "Crew Bravo", "Northfield Depot", 3, False),
         (3, "Crew Charlie", "Hillcrest Depot", 5, False), (4, "Crew Delta", "Hillcrest Depot", 3, False),
         (5, "Tarmac Pro", "Hillcrest Depot", 4, True), (6, "RoadFix Ltd", "Northfield Depot", 6, True),
         (7, "Crew Echo", "Riverside Depot", 4, False)]
SEVERITY = {"low": (2.0, 0.08), "medium": (4.0, 0.2), "high": (7.0, 0.45), "critical": (11.0, 0.9)}
SOURCES = ["public report", "inspection", "council app"]


def build_roads(path: Path | str) -> None:
    """roads (54, length_km), crews (7), potholes (2023-01..2025-02; reported_at TIMESTAMP, fixed_on, crew_id and
    asphalt_tonnes NULL while unfixed; crew_id NOT declared as a foreign key)."""
    rng = random.Random(9105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE roads(road_id INTEGER PRIMARY KEY, road_name VARCHAR, road_class VARCHAR,
        district VARCHAR, length_km DOUBLE, speed_limit_mph INTEGER, is_bus_route BOOLEAN, last_resurfaced DATE)""")
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR, depot VARCHAR,
        crew_size INTEGER, is_contractor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE potholes(pothole_id INTEGER PRIMARY KEY,
        road_id INTEGER REFERENCES roads(road_id), reported_at TIMESTAMP, report_source VARCHAR, severity VARCHAR,
        depth_cm DOUBLE, fixed_on DATE, crew_id INTEGER, asphalt_tonnes DOUBLE, repair_cost_gbp DOUBLE)""")
    streets = ["Mill", "Station", "Church", "Park", "Quarry", "Victoria", "Kings", "Abbey", "Forge", "Meadow",
               "Bridge", "Chapel", "Orchard", "Castle", "Willow", "Granary", "Tannery", "Lark"]
    kinds = ["Road", "Lane", "Street", "Avenue"]
    roads = []
    used = set()
    for cls, (count, length, limit) in ROAD_CLASSES.items():
        for _n in range(count):
            if cls in ("A", "B"):
                name = f"{cls}{rng.randint(100, 999) if cls == 'A' else rng.randint(1000, 9999)}"
            else:
                name = f"{rng.choice(streets)} {rng.choice(kinds)}"
            while name in used:
                name = f"{rng.choice(streets)} {rng.choice(kinds)}"
            used.add(name)
            roads.append((len(roads) + 1, name, cls, rng.choice(DISTRICTS), round(length * rng.uniform(0.3, 1.8), 2),
                          limit, cls in ("A", "B") and rng.random() < 0.6 or rng.random() < 0.1,
                          _day(rng, dt.date(2008, 1, 1), 5800)))
    potholes = []
    end = dt.date(2025, 2, 28)
    weights = [r[4] * (2.0 if r[3] == "Old Town" else 1.0) for r in roads]
    for pid in range(1, 1901):
        road = rng.choices(roads, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 790)
        if rng.random() < 0.25:
            day = dt.date(rng.choice([2023, 2024]), rng.choice([1, 2, 3]), rng.randint(1, 28))
        severity = rng.choices(list(SEVERITY), [35, 35, 20, 10])[0]
        depth, tonnes = SEVERITY[severity]
        source = rng.choices(SOURCES, [45, 30, 25])[0]
        hour = rng.randint(7, 22) if source != "inspection" else rng.randint(8, 15)
        reported = _moment(rng, day, hour, hour)
        delay = {"critical": 2, "high": 10, "medium": 30, "low": 70}[severity]
        fixed = day + dt.timedelta(days=rng.randint(0, delay * 2) + 1)
        if fixed > end or rng.random() < 0.03:
            fixed, crew, asphalt, cost = None, None, None, None
        else:
            crew = rng.choices(CREWS, [18, 15, 20, 12, 10, 14, 11])[0][0]
            asphalt = round(tonnes * rng.uniform(0.6, 1.5), 3)
            cost = round(95 + asphalt * 210 + rng.uniform(0, 120), 2)
        potholes.append((pid, road[0], reported, source, severity, round(depth * rng.uniform(0.7, 1.4), 1), fixed,
                         crew, asphalt, cost))
    _insert(con, "roads", roads)
    _insert(con, "crews", CREWS)
    _insert(con, "potholes", potholes)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "cheesedairy": build_cheesedairy,
    "hostel": build_hostel,
    "paintball": build_paintball,
    "insurance": build_insurance,
    "roads": build_roads,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval91-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval91-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval91-dbs"))
