"""Builders of the eighty-ninth held-out evaluation corpus: five DuckDB files in services, leisure and city domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `salon.duckdb`: a hairdressing salon's stylists (birth year), clients (birth date), appointments (service, price)
  and retail product sales
- `orchestra.duckdb`: a community orchestra's musicians (birth date, instrument, join year), concerts (ticket
  sales), rehearsals and rehearsal attendance (camelCase columns)
- `ferry.duckdb`: a ferry operator's vessels, routes, captains (birth date) and sailings (departure/arrival
  timestamps NULL when cancelled)
- `brewery.duckdb`: a craft brewery's sales reps (birth year), pubs, orders (delivery date NULL while undelivered)
  and invoices (order link only implied by its name; paid date NULL while unpaid)
- `treesurvey.duckdb`: a city tree survey's species, trees (planting date, height, condition), inspections and
  removals

Usage:
    python eval89/datasets.py OUTDIR

Example:
    >>> from eval89.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval89-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['brewery.duckdb', 'ferry.duckdb', 'orchestra.duckdb', 'salon.duckdb', 'treesurvey.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 9, last_hour: int = 17) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, on a quarter hour."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.choice([0, 15, 30, 45])))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aoife", "Bryn", "Carla", "Dominic", "Elodie", "Finn", "Greta", "Hamish", "Isla", "Jude", "Keira", "Luca",
         "Maisie", "Nathan", "Olive", "Priya", "Quinn", "Rosa", "Stefan", "Thea", "Uriel", "Vanessa", "Wilf", "Zara"]
LAST = ["Abbott", "Bramley", "Crowther", "Dunmore", "Ellison", "Farrow", "Gilchrist", "Hollis", "Irvine", "Jessop",
        "Kinnear", "Lowther", "Mather", "Norcross", "Oldroyd", "Prentice", "Quayle", "Rushton", "Sowerby", "Thwaite",
        "Varley", "Whitlock"]

# ---------------------------------------------------------------------------------------------- salon
SERVICES = {"cut": (35, 45), "colour": (85, 90), "highlights": (110, 120), "blow dry": (28, 30), "perm": (95, 105),
            "beard trim": (15, 20)}
PRODUCTS = [("Argan Shampoo", "shampoo", 16.5), ("Volume Shampoo", "shampoo", 14.0),
            ("Repair Conditioner", "conditioner", 17.0), ("Silk Conditioner", "conditioner", 15.5),
            ("Sea Salt Spray", "styling", 12.0), ("Matte Paste", "styling", 13.5), ("Heat Protect", "styling", 11.0),
            ("Bond Mask", "treatment", 24.0), ("Scalp Serum", "treatment", 29.0)]
SALON_END = dt.date(2025, 3, 31)


def build_salon(path: Path | str) -> None:
    """stylists (9, birth_year, left_on NULL while still working there), clients (320, birth_date), appointments
    (2023-01..2025-03, status booked/completed/cancelled/no-show), product_sales (declared FKs)."""
    rng = random.Random(8901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stylists(stylist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, level VARCHAR, hired_on DATE, left_on DATE, does_colour BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, phone VARCHAR, first_visit_on DATE, loyalty_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), stylist_id INTEGER REFERENCES stylists(stylist_id),
        starts_at TIMESTAMP, service VARCHAR, duration_min INTEGER, price_gbp DOUBLE, tip_gbp DOUBLE,
        status VARCHAR, booked_online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE product_sales(sale_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), stylist_id INTEGER REFERENCES stylists(stylist_id),
        sold_at TIMESTAMP, product_name VARCHAR, category VARCHAR, quantity INTEGER, unit_price_gbp DOUBLE,
        discount_pct INTEGER)""")
    levels = ["junior", "junior", "senior", "senior", "senior", "master", "master", "junior", "senior"]
    stylists = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        hired = _day(rng, dt.date(2012, 1, 1), 3600)
        left = dt.date(2024, 6, 28) if sid == 8 else dt.date(2023, 9, 29) if sid == 4 else None
        stylists.append((sid, first, last, rng.randint(1970, 2002), levels[sid - 1], hired, left,
                         levels[sid - 1] != "junior" or rng.random() < 0.3))
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        clients.append((cid, first, last, _day(rng, dt.date(1950, 1, 1), 20000), f"07{rng.randrange(10**9):09d}",
                        _day(rng, dt.date(2015, 1, 1), 3700), rng.random() < 0.35))
    weights = [rng.uniform(0.5, 2.0) for _ in clients]
    appointments = []
    start = dt.date(2023, 1, 2)
    while len(appointments) < 2600:
        day = _day(rng, start, (SALON_END - start).days + 1)
        if day.weekday() in (0, 6):
            continue
        st = rng.choice(stylists)
        if st[6] is not None and day > st[6]:
            continue
        service = rng.choices(list(SERVICES), [40, 18, 12, 15, 5, 10])[0]
        if service in ("colour", "highlights") and not st[7]:
            continue
        base, minutes = SERVICES[service]
        price = round(base * {"junior": 0.85, "senior": 1.0, "master": 1.25}[st[4]] * rng.uniform(0.95, 1.1), 2)
        moment = _moment(rng, day, 9, 18 if day.weekday() == 3 else 16)
        status = rng.choices(["completed", "cancelled", "no-show"], [86, 9, 5])[0]
        if day >= dt.date(2025, 3, 24):
            status = "booked"
        client = rng.choices(clients, weights)[0]
        tip = round(price * rng.choice([0, 0, 0.05, 0.1, 0.15]), 2) if status == "completed" else None
        appointments.append((len(appointments) + 1, client[0], st[0], moment, service, minutes, price, tip, status,
                             rng.random() < 0.55))
    sales = []
    for appt in appointments:
        if appt[8] == "completed" and rng.random() < 0.22:
            for _ in range(rng.choice([1, 1, 1, 2])):
                name, cat, unit = rng.choice(PRODUCTS)
                sold = appt[3] + dt.timedelta(minutes=appt[5] + rng.randint(0, 10))
                sales.append((len(sales) + 1, appt[1], appt[2], sold, name, cat, rng.choice([1, 1, 1, 2, 3]), unit,
                              rng.choice([0, 0, 0, 10, 20])))
    _insert(con, "stylists", stylists)
    _insert(con, "clients", clients)
    _insert(con, "appointments", appointments)
    _insert(con, "product_sales", sales)
    con.close()


# ---------------------------------------------------------------------------------------------- orchestra
INSTRUMENTS = {"strings": ["violin"] * 5 + ["viola", "viola", "cello", "cello", "double bass"],
               "woodwind": ["flute", "oboe", "clarinet", "bassoon"], "brass": ["trumpet", "horn", "trombone", "tuba"],
               "percussion": ["timpani", "percussion"]}
VENUES = [("St Mary's Church", 220), ("Town Hall", 400), ("Corn Exchange", 550), ("Grammar School Hall", 300)]
CONCERTS = ["New Year Gala", "Spring Serenade", "Summer Proms", "Autumn Classics", "Christmas Concert",
            "Film Music Night", "Family Concert", "Beethoven Evening"]


def build_orchestra(path: Path | str) -> None:
    """musicians (64, birthDate, joinYear, leftYear NULL while still playing), concerts (2023-2024, ticketsSold),
    rehearsals (weekly), rehearsalAttendance (attended flag). camelCase columns."""
    rng = random.Random(8902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE musicians(musicianId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, instrument VARCHAR, section VARCHAR, joinYear INTEGER, leftYear INTEGER,
        isPrincipal BOOLEAN, paysSubs BOOLEAN, annualSubsGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE concerts(concertId INTEGER PRIMARY KEY, concertTitle VARCHAR,
        venueName VARCHAR, concertDate DATE, startsAt TIMESTAMP, seatCapacity INTEGER, ticketsSold INTEGER,
        ticketPriceGbp DOUBLE, ticketRevenueGbp DOUBLE, isCharity BOOLEAN, conductor VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE rehearsals(rehearsalId INTEGER PRIMARY KEY, rehearsalDate DATE,
        startsAt TIMESTAMP, durationMins INTEGER, location VARCHAR,
        concertId INTEGER REFERENCES concerts(concertId))""")
    con.execute("""CREATE OR REPLACE TABLE rehearsalAttendance(rehearsalId INTEGER REFERENCES rehearsals(rehearsalId),
        musicianId INTEGER REFERENCES musicians(musicianId), attended BOOLEAN, arrivedLate BOOLEAN)""")
    musicians = []
    sections = [s for s, insts in INSTRUMENTS.items() for _ in insts]
    pool = [(s, i) for s, insts in INSTRUMENTS.items() for i in insts]
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 64), start=1):
        section, inst = pool[(mid - 1) % len(pool)] if mid <= len(pool) else rng.choice(pool)
        join = rng.randint(2005, 2024)
        left = rng.choice([2023, 2024]) if rng.random() < 0.12 and join < 2023 else None
        pays = rng.random() < 0.8
        musicians.append((mid, first, last, _day(rng, dt.date(1948, 1, 1), 21000), inst, section, join, left,
                          False, pays, 120.0 if pays else None))
    del sections
    seen_inst: set[str] = set()
    for k, m in enumerate(musicians):
        if m[4] not in seen_inst and rng.random() < 0.7:
            seen_inst.add(m[4])
            musicians[k] = m[:8] + (True,) + m[9:]
    concerts = []
    for year in (2023, 2024):
        for k, month in enumerate([1, 3, 5, 7, 10, 12]):
            venue, cap = rng.choice(VENUES)
            day = dt.date(year, month, rng.randint(5, 26))
            while day.weekday() != 5:
                day += dt.timedelta(days=1)
            title = CONCERTS[(k + year) % len(CONCERTS)]
            price = rng.choice([10.0, 12.0, 15.0, 18.0])
            sold = min(cap, int(cap * rng.uniform(0.45, 1.02)))
            charity = rng.random() < 0.3
            concerts.append((len(concerts) + 1, title, venue, day,
                             dt.datetime.combine(day, dt.time(rng.choice([15, 19, 19, 19]), 30)), cap, sold, price,
                             round(sold * price, 2), charity, rng.choice(["Helen Marsh", "David Okoro", "Ruth Ames"])))
    rehearsals = []
    day = dt.date(2023, 1, 4)
    while day <= dt.date(2024, 12, 18):
        if not (dt.date(day.year, 8, 1) <= day <= dt.date(day.year, 8, 31)):
            nxt = next(c for c in concerts if c[3] >= day) if any(c[3] >= day for c in concerts) else None
            hour = 19 if rng.random() < 0.85 else 18
            rehearsals.append((len(rehearsals) + 1, day, dt.datetime.combine(day, dt.time(hour, 30)),
                               rng.choice([120, 120, 150, 180]), rng.choice(["Church Hall", "Church Hall",
                                                                              "School Music Room"]),
                               nxt[0] if nxt else None))
        day += dt.timedelta(days=7)
    attendance = []
    keen = {m[0]: rng.uniform(0.6, 0.97) for m in musicians}
    for r in rehearsals:
        for m in musicians:
            if m[6] > r[1].year or (m[7] is not None and m[7] < r[1].year):
                continue
            came = rng.random() < keen[m[0]]
            attendance.append((r[0], m[0], came, came and rng.random() < 0.1))
    _insert(con, "musicians", musicians)
    _insert(con, "concerts", concerts)
    _insert(con, "rehearsals", rehearsals)
    _insert(con, "rehearsalAttendance", attendance)
    con.close()


# ---------------------------------------------------------------------------------------------- ferry
VESSELS = [(1, "MV Island Star", 600, 120, 2004, False), (2, "MV Sea Lark", 350, 60, 1998, False),
           (3, "MV Hebridean Dawn", 900, 180, 2015, True), (4, "MV Puffin", 150, 20, 2010, False),
           (5, "MV Loch Voyager", 450, 80, 2019, True), (6, "MV Kittiwake", 250, 40, 1992, False)]
ROUTES = [(1, "Oban - Craignure", "Oban", "Craignure", 9.5, 46), (2, "Kennacraig - Port Ellen", "Kennacraig",
          "Port Ellen", 26.0, 130), (3, "Ardrossan - Brodick", "Ardrossan", "Brodick", 13.0, 55),
          (4, "Tayinloan - Gigha", "Tayinloan", "Gigha", 3.0, 20), (5, "Oban - Castlebay", "Oban", "Castlebay",
          58.0, 290)]
ROUTE_VESSELS = {1: [1, 5], 2: [3, 5], 3: [3, 1], 4: [4, 6], 5: [2, 1]}


def build_ferry(path: Path | str) -> None:
    """vessels (6), routes (5), captains (14, birth_date), sailings (2023-2024; departed_at/arrived_at NULL and a
    cancel_reason when cancelled)."""
    rng = random.Random(8903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        passenger_capacity INTEGER, car_capacity INTEGER, built_year INTEGER, hybrid_propulsion BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_name VARCHAR,
        origin_port VARCHAR, destination_port VARCHAR, distance_nm DOUBLE, scheduled_minutes INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE captains(captain_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, licence_class VARCHAR, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sailings(sailing_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), route_id INTEGER REFERENCES routes(route_id),
        captain_id INTEGER REFERENCES captains(captain_id), scheduled_departure TIMESTAMP, departed_at TIMESTAMP,
        arrived_at TIMESTAMP, cancelled BOOLEAN, cancel_reason VARCHAR, passengers INTEGER, cars INTEGER,
        fare_revenue_gbp DOUBLE, fuel_litres DOUBLE)""")
    captains = [(cid, first, last, _day(rng, dt.date(1962, 1, 1), 12500), rng.choice(["Master", "Master",
                "Chief Mate"]), _day(rng, dt.date(2000, 1, 1), 8000))
                for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    vessel = {v[0]: v for v in VESSELS}
    sailings = []
    start = dt.date(2023, 1, 1)
    while len(sailings) < 3200:
        day = _day(rng, start, 731)
        route = rng.choices(ROUTES, [34, 18, 26, 12, 10])[0]
        ves = vessel[rng.choice(ROUTE_VESSELS[route[0]])]
        sched = dt.datetime.combine(day, dt.time(rng.choice([6, 7, 8, 10, 12, 14, 16, 18, 20]),
                                                 rng.choice([0, 15, 30, 45])))
        winter = day.month in (11, 12, 1, 2, 3)
        cancelled = rng.random() < (0.09 if winter else 0.03) + (0.03 if route[0] == 5 else 0)
        summer = 1.6 if day.month in (6, 7, 8) else 0.7 if winter else 1.0
        if cancelled:
            reason = rng.choices(["weather", "technical", "crew shortage"], [65, 25, 10])[0]
            sailings.append((len(sailings) + 1, ves[0], route[0], rng.choice(captains)[0], sched, None, None, True,
                             reason, 0, 0, 0.0, 0.0))
            continue
        departed = sched + dt.timedelta(minutes=rng.choices([0, 2, 5, 10, 25, 60], [40, 20, 18, 12, 7, 3])[0])
        arrived = departed + dt.timedelta(minutes=int(route[5] * rng.uniform(0.95, 1.2)))
        pax = min(ves[2], int(ves[2] * rng.uniform(0.15, 0.75) * summer))
        cars = min(ves[3], int(ves[3] * rng.uniform(0.2, 0.8) * summer))
        fare = round(pax * route[4] * 0.55 + cars * route[4] * 2.1, 2)
        sailings.append((len(sailings) + 1, ves[0], route[0], rng.choice(captains)[0], sched, departed, arrived, False,
                         None, pax, cars, fare, round(route[4] * ves[2] / 3 * rng.uniform(0.9, 1.1), 1)))
    _insert(con, "vessels", VESSELS)
    _insert(con, "routes", ROUTES)
    _insert(con, "captains", captains)
    _insert(con, "sailings", sailings)
    con.close()


# ---------------------------------------------------------------------------------------------- brewery
REGIONS = ["north", "south", "east", "west"]
TOWNS = {"north": ["Harrogate", "Ripon", "Thirsk"], "south": ["Wetherby", "Otley", "Ilkley"],
         "east": ["Malton", "Pickering", "Driffield"], "west": ["Skipton", "Settle", "Keighley"]}
BEERS = {"pale ale": 3.4, "IPA": 4.2, "stout": 3.9, "lager": 3.1, "sour": 4.8}
PUB_WORDS = ["Red Lion", "Black Bull", "King's Arms", "Golden Fleece", "White Hart", "Royal Oak", "Fox & Hounds",
             "Swan", "Crown", "Plough", "Bay Horse", "Star Inn", "George", "Wheatsheaf", "Green Dragon"]
BREW_END = dt.date(2025, 2, 28)


def build_brewery(path: Path | str) -> None:
    """sales_reps (8, birth_year), pubs (declared FK to reps), orders (2023-01..2025-02; delivered_on NULL while not
    delivered), invoices (order_id NOT declared; paid_on NULL while unpaid)."""
    rng = random.Random(8904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sales_reps(rep_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, region VARCHAR, hired_on DATE, commission_pct DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE pubs(pub_id INTEGER PRIMARY KEY, pub_name VARCHAR, town VARCHAR,
        region VARCHAR, pub_type VARCHAR, rep_id INTEGER REFERENCES sales_reps(rep_id), has_kitchen BOOLEAN,
        signed_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, pub_id INTEGER REFERENCES pubs(pub_id),
        ordered_on DATE, delivered_on DATE, beer_style VARCHAR, container VARCHAR, litres DOUBLE,
        price_per_litre_gbp DOUBLE, order_value_gbp DOUBLE, is_rush BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY, order_id INTEGER,
        invoice_no VARCHAR, issued_on DATE, due_on DATE, paid_on DATE, amount_gbp DOUBLE, payment_method VARCHAR)""")
    reps = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 8), start=1):
        reps.append((rid, first, last, rng.randint(1965, 1998), REGIONS[(rid - 1) % 4],
                     _day(rng, dt.date(2014, 1, 1), 3000), rng.choice([2.5, 3.0, 3.5, 4.0])))
    pubs = []
    names: set[str] = set()
    while len(pubs) < 60:
        region = rng.choices(REGIONS, [30, 25, 20, 25])[0]
        town = rng.choice(TOWNS[region])
        name = f"{rng.choice(PUB_WORDS)}, {town}"
        if name in names:
            continue
        names.add(name)
        rep = rng.choice([r for r in reps if r[4] == region])
        pubs.append((len(pubs) + 1, name, town, region, rng.choices(["freehouse", "tied", "bar", "restaurant"],
                                                                    [45, 25, 20, 10])[0], rep[0],
                     rng.random() < 0.6, _day(rng, dt.date(2016, 1, 1), 2900)))
    thirst = {p[0]: rng.uniform(0.3, 2.5) for p in pubs}
    orders = []
    start = dt.date(2023, 1, 2)
    while len(orders) < 2200:
        pub = rng.choices(pubs, [thirst[p[0]] for p in pubs])[0]
        day = _day(rng, start, (BREW_END - start).days + 1)
        if day < pub[7]:
            continue
        style = rng.choices(list(BEERS), [30, 28, 15, 20, 7])[0]
        container = rng.choices(["cask", "keg", "cans"], [45, 40, 15])[0]
        litres = {"cask": 40.9, "keg": 50.0, "cans": 52.8}[container] * rng.choice([1, 1, 2, 2, 3, 4])
        ppl = round(BEERS[style] * (0.9 if container == "cask" else 1.0) * rng.uniform(0.97, 1.03), 2)
        rush = rng.random() < 0.1
        delivered = day + dt.timedelta(days=rng.randint(1, 2) if rush else rng.randint(2, 9))
        if delivered > BREW_END - dt.timedelta(days=rng.randint(0, 6)):
            delivered = None
        orders.append((len(orders) + 1, pub[0], day, delivered, style, container, round(litres, 1), ppl,
                       round(litres * ppl, 2), rush))
    late_payer = {p[0]: rng.random() < 0.2 for p in pubs}
    invoices = []
    for o in orders:
        if o[3] is None:
            continue
        due = o[3] + dt.timedelta(days=30)
        lag = rng.randint(5, 70) if late_payer[o[1]] else rng.randint(3, 32)
        paid = o[3] + dt.timedelta(days=lag)
        if paid > BREW_END:
            paid = None
        elif rng.random() < 0.015:
            paid = None
        invoices.append((len(invoices) + 1, o[0], f"INV-{o[3].year}-{len(invoices) + 1:05d}", o[3], due, paid,
                         round(o[8] * 1.2, 2), None if paid is None else rng.choice(["bank transfer",
                                                                                      "direct debit", "card"])))
    _insert(con, "sales_reps", reps)
    _insert(con, "pubs", pubs)
    _insert(con, "orders", orders)
    _insert(con, "invoices", invoices)
    con.close()


# ---------------------------------------------------------------------------------------------- tree survey
SPECIES = [(1, "London plane", "Platanus", False, 30.0), (2, "English oak", "Quercus", True, 25.0),
           (3, "Silver birch", "Betula", True, 18.0), (4, "Common lime", "Tilia", True, 24.0),
           (5, "Norway maple", "Acer", False, 20.0), (6, "Rowan", "Sorbus", True, 10.0),
           (7, "Wild cherry", "Prunus", True, 14.0), (8, "Horse chestnut", "Aesculus", False, 22.0),
           (9, "Field maple", "Acer", True, 12.0), (10, "Ash", "Fraxinus", True, 20.0)]
WARDS = ["Castle", "Riverside", "Parkfield", "St Anne's", "Westgate"]
STREETS = ["High Street", "Mill Lane", "Church Road", "Station Road", "Park Avenue", "Victoria Street",
           "Queen's Drive", "Elm Grove", "Canal Walk", "School Lane", "Market Place", "Abbey Road"]
INSPECTORS = ["J. Pryce", "M. Okafor", "S. Lindqvist", "R. Baines", "T. Hussain"]


def build_treesurvey(path: Path | str) -> None:
    """species (10), trees (900, planted_on NULL when unknown, condition), inspections (2023-01..2025-05),
    removals (declared FK; stump_ground_on NULL while the stump is still there)."""
    rng = random.Random(8905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE species(species_id INTEGER PRIMARY KEY, common_name VARCHAR,
        genus VARCHAR, native BOOLEAN, typical_mature_height_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE trees(tree_id INTEGER PRIMARY KEY,
        species_id INTEGER REFERENCES species(species_id), tag_no VARCHAR, street VARCHAR, ward VARCHAR,
        planted_on DATE, height_m DOUBLE, trunk_girth_cm INTEGER, condition VARCHAR, tree_preservation_order BOOLEAN,
        street_or_park VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        tree_id INTEGER REFERENCES trees(tree_id), inspected_at TIMESTAMP, inspector VARCHAR, condition_found VARCHAR,
        needs_work BOOLEAN, work_recommended VARCHAR, canopy_spread_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE removals(removal_id INTEGER PRIMARY KEY,
        tree_id INTEGER REFERENCES trees(tree_id), removed_on DATE, reason VARCHAR, cost_gbp DOUBLE,
        stump_ground_on DATE, replanted BOOLEAN)""")
    trees = []
    for tid in range(1, 901):
        sp = rng.choices(SPECIES, [18, 10, 14, 12, 9, 8, 9, 6, 7, 7])[0]
        planted = _day(rng, dt.date(1950, 1, 1), 27000) if rng.random() < 0.8 else None
        age = 45 if planted is None else max(1, (dt.date(2025, 1, 1) - planted).days / 365.25)
        height = round(min(sp[4] * 1.15, sp[4] * (1 - 0.97 ** age) * rng.uniform(0.8, 1.2) + 1.5), 1)
        cond = rng.choices(["good", "fair", "poor", "dead"], [48, 32, 15, 5])[0]
        if sp[0] == 10 and rng.random() < 0.5:
            cond = rng.choice(["poor", "dead"])
        trees.append((tid, sp[0], f"T{tid:05d}", rng.choice(STREETS), rng.choices(WARDS, [25, 20, 22, 15, 18])[0],
                      planted, height, int(height * rng.uniform(6, 11)), cond, rng.random() < 0.07,
                      rng.choice(["street", "street", "park"])))
    inspections = []
    start = dt.date(2023, 1, 3)
    while len(inspections) < 1500:
        tree = rng.choice(trees)
        day = _day(rng, start, (dt.date(2025, 5, 30) - start).days + 1)
        if day.weekday() > 4:
            continue
        found = tree[8] if rng.random() < 0.8 else rng.choice(["good", "fair", "poor", "dead"])
        needs = found in ("poor", "dead") or rng.random() < 0.12
        work = None
        if needs:
            work = "fell" if found == "dead" else rng.choice(["crown lift", "deadwood", "crown reduction", "fell"])
        inspections.append((len(inspections) + 1, tree[0], _moment(rng, day, 8, 15), rng.choice(INSPECTORS), found,
                            needs, work, round(tree[6] * rng.uniform(0.4, 0.8), 1)))
    removals = []
    for tree in trees:
        if tree[8] == "dead" or (tree[8] == "poor" and rng.random() < 0.25):
            day = _day(rng, dt.date(2023, 1, 9), 870)
            if day.weekday() > 4:
                day -= dt.timedelta(days=2)
            reason = "dead" if tree[8] == "dead" else rng.choice(["disease", "storm damage", "subsidence", "disease"])
            if tree[1] == 10:
                reason = "ash dieback"
            ground = day + dt.timedelta(days=rng.randint(7, 120))
            removals.append((len(removals) + 1, tree[0], day, reason, round(tree[6] * rng.uniform(40, 70) + 150, 2),
                             ground if ground <= dt.date(2025, 5, 30) and rng.random() < 0.85 else None,
                             rng.random() < 0.6))
    _insert(con, "species", SPECIES)
    _insert(con, "trees", trees)
    _insert(con, "inspections", inspections)
    _insert(con, "removals", removals)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "salon": build_salon,
    "orchestra": build_orchestra,
    "ferry": build_ferry,
    "brewery": build_brewery,
    "treesurvey": build_treesurvey,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval89-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval89-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval89-dbs"))
