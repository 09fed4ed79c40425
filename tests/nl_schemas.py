"""Held-out test schemas for the offline engine (HR, flights, shop, movies): deterministic DuckDB files.

Usage: `python tests/nl_schemas.py OUTDIR` -> OUTDIR/{hr,flights,shop,movies}.duckdb (and the scorer's saas file
when ../shared/eval/datasets.py is importable). The questions live in tests/golden_conversations.jsonl; run them with
`.venv/bin/python ../shared/eval/score.py tests/golden_conversations.jsonl --dbs OUTDIR -v`.

Example:
    >>> build_all("/tmp/h4-doctest-dbs")   # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import duckdb
import pandas as pd


def _insert(con, table: str, rows: list[tuple]) -> None:
    cols = [r[0] for r in con.execute(f"describe {table}").fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f"insert into {table} select * from frame")
    con.unregister("frame")


def build_hr(path: Path) -> None:
    rng = random.Random(7)
    con = duckdb.connect(str(path))
    con.execute("""create table departments(department_id integer primary key, department_name varchar,
        location varchar)""")
    con.execute("""create table employees(employee_id integer primary key, name varchar,
        department_id integer references departments(department_id), title varchar, salary double, hire_date date,
        is_remote boolean, gender varchar, age integer)""")
    depts = [(1, "Engineering", "Berlin"), (2, "Sales", "London"), (3, "Marketing", "London"),
             (4, "Finance", "Paris"), (5, "Support", "Lisbon"), (6, "Human Resources", "Paris")]
    _insert(con, "departments", depts)
    titles = ["Analyst", "Engineer", "Manager", "Director", "Associate", "Specialist"]
    first = ["Ana", "Ben", "Chloe", "David", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jon", "Kira", "Liam", "Mia",
             "Noah", "Olga", "Paul", "Rita", "Sam", "Tara", "Uwe"]
    last = ["Smith", "Garcia", "Muller", "Rossi", "Silva", "Dubois", "Novak", "Jensen", "Kowalski", "Lopez"]
    rows = []
    for i in range(1, 401):
        d = rng.choices([1, 2, 3, 4, 5, 6], [30, 25, 12, 10, 15, 8])[0]
        title = rng.choice(titles)
        base = {1: 85000, 2: 60000, 3: 58000, 4: 72000, 5: 45000, 6: 52000}[d]
        mult = {"Director": 2.0, "Manager": 1.5, "Engineer": 1.2}.get(title, 1.0)
        salary = round(base * mult * rng.uniform(0.8, 1.3), -2)
        hire = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        rows.append((i, f"{rng.choice(first)} {rng.choice(last)} {i}", d, title, salary, hire,
                     rng.random() < 0.35, rng.choice(["Female", "Male"]), rng.randint(22, 64)))
    _insert(con, "employees", rows)
    con.close()


def build_flights(path: Path) -> None:
    rng = random.Random(11)
    con = duckdb.connect(str(path))
    con.execute("create table airlines(code varchar primary key, name varchar)")
    con.execute("""create table flights(flight_id integer primary key, airline varchar references airlines(code),
        origin varchar, destination varchar, departure_time timestamp, delay_minutes integer, cancelled boolean,
        distance integer)""")
    airlines = [("AA", "American Airlines"), ("DL", "Delta Air Lines"), ("UA", "United Airlines"),
                ("WN", "Southwest Airlines"), ("B6", "JetBlue Airways")]
    _insert(con, "airlines", airlines)
    airports = ["JFK", "LAX", "ORD", "ATL", "DFW", "SFO", "SEA", "BOS", "MIA", "DEN"]
    rows = []
    for i in range(1, 3001):
        o, d = rng.sample(airports, 2)
        t = dt.datetime(2022, 1, 1) + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        delay = max(0, int(rng.gauss(12, 30)))
        rows.append((i, rng.choice(airlines)[0], o, d, t, delay, rng.random() < 0.04, rng.randint(200, 2800)))
    _insert(con, "flights", rows)
    con.close()


def build_shop(path: Path) -> None:
    rng = random.Random(23)
    con = duckdb.connect(str(path))
    con.execute("""create table customers(customer_id integer primary key, customer_name varchar, city varchar,
        country varchar, signup_date date)""")
    con.execute("""create table products(product_id integer primary key, product_name varchar, category varchar,
        unit_price double)""")
    con.execute("""create table orders(order_id integer primary key, customer_id integer references
        customers(customer_id), order_date date, status varchar)""")
    con.execute("""create table order_items(order_item_id integer primary key, order_id integer references
        orders(order_id), product_id integer references products(product_id), quantity integer, unit_price double,
        discount double, line_total double)""")
    cities = [("Berlin", "Germany"), ("Munich", "Germany"), ("Paris", "France"), ("Lyon", "France"),
              ("Madrid", "Spain"), ("Rome", "Italy"), ("Vienna", "Austria")]
    customers = []
    for i in range(1, 301):
        c, k = rng.choice(cities)
        customers.append((i, f"Customer {i:03d}", c, k, dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1300))))
    _insert(con, "customers", customers)
    cats = {"Electronics": (50, 900), "Books": (8, 40), "Garden": (15, 200), "Toys": (10, 80), "Kitchen": (12, 150)}
    products = []
    for i in range(1, 61):
        cat = list(cats)[i % 5]
        lo, hi = cats[cat]
        products.append((i, f"{cat} item {i:02d}", cat, round(rng.uniform(lo, hi), 2)))
    _insert(con, "products", products)
    orders, items = [], []
    for i in range(1, 2001):
        cust = rng.choice(customers)
        day = max(cust[4], dt.date(2022, 1, 1)) + dt.timedelta(days=rng.randrange(700))
        orders.append((i, cust[0], day, rng.choices(["Delivered", "Shipped", "Cancelled", "Returned"],
                                                    [80, 10, 6, 4])[0]))
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(products)
            q = rng.randint(1, 5)
            disc = rng.choice([0.0, 0.0, 0.1, 0.2])
            items.append((len(items) + 1, i, p[0], q, p[3], disc, round(q * p[3] * (1 - disc), 2)))
    _insert(con, "orders", orders)
    _insert(con, "order_items", items)
    con.close()


def build_movies(path: Path) -> None:
    rng = random.Random(31)
    con = duckdb.connect(str(path))
    con.execute("""create table movies(movie_id integer primary key, title varchar, genre varchar,
        release_year integer, runtime_minutes integer, budget_musd double)""")
    con.execute("""create table ratings(rating_id integer primary key, movie_id integer references movies(movie_id),
        user_id integer, rating double, rated_at timestamp)""")
    genres = ["Drama", "Comedy", "Action", "Horror", "Documentary", "Animation"]
    movies = []
    for i in range(1, 151):
        g = rng.choice(genres)
        movies.append((i, f"Movie {i:03d}", g, rng.randint(1990, 2023), rng.randint(80, 170),
                       round(rng.uniform(1, 200), 1)))
    _insert(con, "movies", movies)
    ratings = []
    for i in range(1, 5001):
        m = rng.choice(movies)
        r = min(5.0, max(0.5, round(rng.gauss(3.4 + (m[0] % 7) / 10, 0.9) * 2) / 2))
        ratings.append((i, m[0], rng.randint(1, 800), r,
                        dt.datetime(2022, 1, 1) + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))))
    _insert(con, "ratings", ratings)
    con.close()


BUILDERS = {"hr": build_hr, "flights": build_flights, "shop": build_shop, "movies": build_movies}


def build_stores(path: Path) -> None:
    rng = random.Random(41)
    con = duckdb.connect(str(path))
    con.execute("""create table stores(store_id integer primary key, store_name varchar, city varchar, state varchar,
        opened_date date, size_sqft integer)""")
    con.execute("""create table sales(sale_id integer primary key, store_id integer references stores(store_id),
        sale_date date, product_line varchar, units integer, revenue double, cost double)""")
    places = [("Dallas", "Texas"), ("Houston", "Texas"), ("Austin", "Texas"), ("Miami", "Florida"),
              ("Tampa", "Florida"), ("Denver", "Colorado"), ("Phoenix", "Arizona"), ("Tucson", "Arizona")]
    stores = []
    for i, (c, st) in enumerate(places, start=1):
        stores.append((i, f"{c} Store", c, st, dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2500)),
                       rng.randint(8, 40) * 1000))
    _insert(con, "stores", stores)
    lines = ["Apparel", "Footwear", "Accessories", "Outdoor"]
    rows = []
    for i in range(1, 4001):
        u = rng.randint(1, 12)
        price = rng.uniform(10, 120)
        rows.append((i, rng.randint(1, 8), dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(730)),
                     rng.choice(lines), u, round(u * price, 2), round(u * price * rng.uniform(0.4, 0.8), 2)))
    _insert(con, "sales", rows)
    con.close()


def build_school(path: Path) -> None:
    rng = random.Random(53)
    con = duckdb.connect(str(path))
    con.execute("""create table students(student_id integer primary key, first_name varchar, last_name varchar,
        grade_level integer, gender varchar, enrollment_date date)""")
    con.execute("""create table courses(course_id integer primary key, course_name varchar, department varchar,
        credits integer)""")
    con.execute("""create table enrollments(enrollment_id integer primary key, student_id integer references
        students(student_id), course_id integer references courses(course_id), semester varchar, score double,
        passed boolean)""")
    students = [(i, f"First{i}", f"Last{i}", rng.randint(9, 12), rng.choice(["Female", "Male"]),
                 dt.date(2020, 8, 1) + dt.timedelta(days=rng.randrange(1200))) for i in range(1, 501)]
    _insert(con, "students", students)
    courses = [(1, "Algebra", "Math", 4), (2, "Geometry", "Math", 3), (3, "Calculus", "Math", 5),
               (4, "Mechanics", "Physics", 4), (5, "Optics", "Physics", 3), (6, "Poetry", "English", 2),
               (7, "Grammar", "English", 3), (8, "World History", "History", 3), (9, "Genetics", "Biology", 4)]
    _insert(con, "courses", courses)
    rows = []
    for i in range(1, 3001):
        score = round(min(100, max(0, rng.gauss(72, 14))), 1)
        rows.append((i, rng.randint(1, 500), rng.randint(1, 9), rng.choice(["Fall 2023", "Spring 2024", "Fall 2024"]),
                     score, score >= 60))
    _insert(con, "enrollments", rows)
    con.close()


def build_web(path: Path) -> None:
    rng = random.Random(61)
    con = duckdb.connect(str(path))
    con.execute("""create table sessions(session_id integer primary key, user_id integer, started_at timestamp,
        device varchar, country varchar, pages_viewed integer, duration_seconds integer, converted boolean,
        revenue double)""")
    rows = []
    for i in range(1, 6001):
        conv = rng.random() < 0.06
        rows.append((i, rng.randint(1, 2000), dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(260000)),
                     rng.choices(["Mobile", "Desktop", "Tablet"], [55, 38, 7])[0],
                     rng.choice(["USA", "Canada", "Mexico", "Brazil", "Spain"]), rng.randint(1, 25),
                     rng.randint(5, 1800), conv, round(rng.uniform(10, 300), 2) if conv else 0.0))
    _insert(con, "sessions", rows)
    con.close()


def build_homes(path: Path) -> None:
    rng = random.Random(71)
    con = duckdb.connect(str(path))
    con.execute("""create table listings(listing_id integer primary key, city varchar, neighborhood varchar,
        property_type varchar, bedrooms integer, price double, listed_date date, sold boolean, sqft integer)""")
    hoods = {"Seattle": ["Ballard", "Fremont", "Capitol Hill"], "Portland": ["Pearl District", "Alberta"],
             "Boise": ["North End", "Bench"]}
    rows = []
    for i in range(1, 1201):
        city = rng.choice(list(hoods))
        ptype = rng.choices(["Apartment", "House", "Condo", "Townhouse"], [40, 35, 15, 10])[0]
        beds = rng.randint(1, 5)
        base = {"Seattle": 600000, "Portland": 450000, "Boise": 380000}[city]
        rows.append((i, city, rng.choice(hoods[city]), ptype, beds, round(base * (0.6 + beds * 0.2)
                     * rng.uniform(0.8, 1.25), -3), dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600)),
                     rng.random() < 0.55, beds * rng.randint(350, 600)))
    _insert(con, "listings", rows)
    con.close()


BUILDERS.update({"stores": build_stores, "school": build_school, "web": build_web, "homes": build_homes})


def build_hospital(path: Path) -> None:
    rng = random.Random(83)
    con = duckdb.connect(str(path))
    con.execute("""create table patients(patient_id integer primary key, name varchar, gender varchar,
        birth_date date, city varchar)""")
    con.execute("""create table visits(visit_id integer primary key, patient_id integer references
        patients(patient_id), visit_date date, department varchar, doctor varchar, cost double, readmitted boolean,
        length_of_stay_days integer)""")
    patients = [(i, f"Patient {i}", rng.choice(["Female", "Male"]),
                 dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25000)), rng.choice(["Leeds", "York", "Hull"]))
                for i in range(1, 601)]
    _insert(con, "patients", patients)
    depts = {"Cardiology": ["Dr. Adams", "Dr. Baker"], "Oncology": ["Dr. Chen", "Dr. Diaz"],
             "Orthopedics": ["Dr. Evans"], "Pediatrics": ["Dr. Fox", "Dr. Gray"]}
    rows = []
    for i in range(1, 2501):
        d = rng.choice(list(depts))
        rows.append((i, rng.randint(1, 600), dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700)), d,
                     rng.choice(depts[d]), round(rng.uniform(100, 9000), 2), rng.random() < 0.12, rng.randint(0, 14)))
    _insert(con, "visits", rows)
    con.close()


def build_logistics(path: Path) -> None:
    rng = random.Random(89)
    con = duckdb.connect(str(path))
    con.execute("create table warehouses(warehouse_id integer primary key, warehouse_name varchar, region varchar)")
    con.execute("""create table shipments(shipment_id integer primary key, warehouse_id integer references
        warehouses(warehouse_id), ship_date date, carrier varchar, weight_kg double, freight_cost double,
        on_time boolean, status varchar)""")
    _insert(con, "warehouses", [(1, "North Hub", "North"), (2, "South Hub", "South"), (3, "East Depot", "East"),
                                (4, "West Depot", "West"), (5, "Central DC", "North")])
    rows = []
    for i in range(1, 3001):
        w = round(rng.uniform(1, 1200), 1)
        rows.append((i, rng.randint(1, 5), dt.date(2023, 6, 1) + dt.timedelta(days=rng.randrange(500)),
                     rng.choice(["DHL", "UPS", "FedEx", "Maersk"]), w, round(20 + w * rng.uniform(0.5, 1.5), 2),
                     rng.random() < 0.85, rng.choices(["Delivered", "In Transit", "Delayed", "Lost"],
                                                      [80, 10, 9, 1])[0]))
    _insert(con, "shipments", rows)
    con.close()


def build_bank(path: Path) -> None:
    rng = random.Random(97)
    con = duckdb.connect(str(path))
    con.execute("""create table customers(customer_id integer primary key, full_name varchar, segment varchar,
        country varchar, joined_on date)""")
    con.execute("""create table transactions(txn_id integer primary key, customer_id integer references
        customers(customer_id), txn_ts timestamp, channel varchar, amount double, type varchar)""")
    customers = [(i, f"Client {i:03d}", rng.choice(["Retail", "Premium", "Business"]),
                  rng.choice(["Ireland", "Netherlands", "Belgium"]),
                  dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2000))) for i in range(1, 401)]
    _insert(con, "customers", customers)
    rows = []
    for i in range(1, 6001):
        rows.append((i, rng.randint(1, 400), dt.datetime(2023, 1, 1) + dt.timedelta(minutes=rng.randrange(900000)),
                     rng.choice(["Mobile", "Web", "Branch", "ATM"]), round(rng.expovariate(1 / 400), 2),
                     rng.choice(["deposit", "withdrawal", "transfer"])))
    _insert(con, "transactions", rows)
    con.close()


def build_energy(path: Path) -> None:
    rng = random.Random(101)
    con = duckdb.connect(str(path))
    con.execute("create table meters(meter_id integer primary key, site varchar, building_type varchar)")
    con.execute("""create table readings(reading_id integer primary key, meter_id integer references meters(meter_id),
        reading_date date, kwh double, cost_eur double)""")
    meters = [(i, rng.choice(["Dublin", "Cork", "Galway"]), rng.choice(["Office", "Factory", "Warehouse", "Retail"]))
              for i in range(1, 31)]
    _insert(con, "meters", meters)
    rows = []
    for i in range(1, 5001):
        k = round(rng.uniform(5, 900), 2)
        rows.append((i, rng.randint(1, 30), dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600)), k,
                     round(k * 0.28, 2)))
    _insert(con, "readings", rows)
    con.close()


BUILDERS.update({"hospital": build_hospital, "logistics": build_logistics, "bank": build_bank,
                 "energy": build_energy})


def build_music(path: Path) -> None:
    """A Chinook-like store: CamelCase names, singular tables, ids named <Table>Id."""
    rng = random.Random(113)
    con = duckdb.connect(str(path))
    con.execute('create table Artist("ArtistId" integer primary key, "Name" varchar)')
    con.execute('create table Genre("GenreId" integer primary key, "Name" varchar)')
    con.execute('create table Album("AlbumId" integer primary key, "Title" varchar, "ArtistId" integer references '
                'Artist("ArtistId"))')
    con.execute('create table Track("TrackId" integer primary key, "Name" varchar, "AlbumId" integer references '
                'Album("AlbumId"), "GenreId" integer references Genre("GenreId"), "Milliseconds" integer, '
                '"UnitPrice" decimal(10,2))')
    con.execute('create table Customer("CustomerId" integer primary key, "FirstName" varchar, "LastName" varchar, '
                '"Country" varchar, "Email" varchar)')
    con.execute('create table Invoice("InvoiceId" integer primary key, "CustomerId" integer references '
                'Customer("CustomerId"), "InvoiceDate" timestamp, "BillingCountry" varchar, "Total" decimal(10,2))')
    con.execute('create table InvoiceLine("InvoiceLineId" integer primary key, "InvoiceId" integer references '
                'Invoice("InvoiceId"), "TrackId" integer references Track("TrackId"), "UnitPrice" decimal(10,2), '
                '"Quantity" integer)')
    artists = [(i, n) for i, n in enumerate(["AC/DC", "Queen", "Miles Davis", "Beethoven", "Nirvana", "Adele",
                                             "Daft Punk", "Bob Marley"], start=1)]
    _insert(con, "Artist", artists)
    genres = [(i, n) for i, n in enumerate(["Rock", "Jazz", "Classical", "Pop", "Electronic", "Reggae"], start=1)]
    _insert(con, "Genre", genres)
    genre_of = {1: 1, 2: 1, 3: 2, 4: 3, 5: 1, 6: 4, 7: 5, 8: 6}
    albums = [(i, f"Album {i}", rng.randint(1, 8)) for i in range(1, 31)]
    _insert(con, "Album", albums)
    tracks = []
    for i in range(1, 401):
        a = rng.choice(albums)
        tracks.append((i, f"Track {i}", a[0], genre_of[a[2]], rng.randint(120000, 480000),
                       rng.choice([0.99, 0.99, 1.99])))
    _insert(con, "Track", tracks)
    countries = ["USA", "Canada", "Brazil", "France", "Germany", "India"]
    customers = [(i, f"First{i}", f"Last{i}", rng.choice(countries), f"c{i}@example.com") for i in range(1, 60)]
    _insert(con, "Customer", customers)
    invoices, lines = [], []
    for i in range(1, 501):
        c = rng.choice(customers)
        items = rng.sample(tracks, rng.randint(1, 6))
        for t in items:
            lines.append((len(lines) + 1, i, t[0], t[5], 1))
        invoices.append((i, c[0], dt.datetime(2021, 1, 1) + dt.timedelta(hours=rng.randrange(26000)), c[3],
                         round(sum(t[5] for t in items), 2)))
    _insert(con, "Invoice", invoices)
    _insert(con, "InvoiceLine", lines)
    con.close()


BUILDERS["music"] = build_music


def build_support(path: Path) -> None:
    """Support tickets: two timestamps, a priority code, a satisfaction score, a resolved flag."""
    rng = random.Random(127)
    con = duckdb.connect(str(path))
    con.execute("""create table agents(agent_id integer primary key, agent_name varchar, team varchar)""")
    con.execute("""create table tickets(ticket_id integer primary key, agent_id integer references agents(agent_id),
        opened_at timestamp, closed_at timestamp, priority varchar, category varchar, channel varchar,
        satisfaction_score integer, resolved boolean)""")
    agents = [(i, n, t) for i, (n, t) in enumerate([("Alice Wong", "Tier 1"), ("Bruno Costa", "Tier 1"),
                                                      ("Chen Li", "Tier 2"), ("Dana Cruz", "Tier 2"),
                                                      ("Eli Stone", "Tier 3")], start=1)]
    _insert(con, "agents", agents)
    rows = []
    for i in range(1, 3001):
        opened = dt.datetime(2023, 1, 1) + dt.timedelta(minutes=rng.randrange(700000))
        resolved = rng.random() < 0.8
        closed = opened + dt.timedelta(hours=rng.randint(1, 120)) if resolved else None
        rows.append((i, rng.randint(1, 5), opened, closed, rng.choice(["Low", "Medium", "High", "Urgent"]),
                     rng.choice(["Billing", "Login", "Bug", "Feature Request", "Refund"]),
                     rng.choice(["Email", "Chat", "Phone"]), rng.randint(1, 5), resolved))
    _insert(con, "tickets", rows)
    con.close()


def build_subscriptions(path: Path) -> None:
    """Subscriptions with MRR, churn flag and an acquisition channel on the user table."""
    rng = random.Random(131)
    con = duckdb.connect(str(path))
    con.execute("""create table users(user_id integer primary key, signup_date date, acquisition_channel varchar,
        company_size varchar, country varchar)""")
    con.execute("""create table subscriptions(subscription_id integer primary key, user_id integer references
        users(user_id), plan_name varchar, start_date date, mrr double, churned boolean)""")
    users = [(i, dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(900)),
              rng.choice(["Organic", "Paid Search", "Referral", "Social"]),
              rng.choice(["1-10", "11-50", "51-200", "200+"]), rng.choice(["US", "UK", "DE", "FR", "JP"]))
             for i in range(1, 1201)]
    _insert(con, "users", users)
    plans = {"Basic": 19.0, "Pro": 49.0, "Team": 99.0, "Enterprise": 499.0}
    rows = []
    for i in range(1, 1601):
        u = rng.choice(users)
        plan = rng.choices(list(plans), [50, 30, 15, 5])[0]
        rows.append((i, u[0], plan, u[1] + dt.timedelta(days=rng.randrange(60)), plans[plan] * rng.choice([1, 1, 2]),
                     rng.random() < 0.2))
    _insert(con, "subscriptions", rows)
    con.close()


BUILDERS.update({"support": build_support, "subscriptions": build_subscriptions})


def build_food(path: Path) -> None:
    """Food delivery: restaurants and their orders (tips, delivery minutes, payment method)."""
    rng = random.Random(137)
    con = duckdb.connect(str(path))
    con.execute("""create table restaurants(restaurant_id integer primary key, name varchar, cuisine varchar,
        city varchar, rating double, price_level integer)""")
    con.execute("""create table orders(order_id integer primary key, restaurant_id integer references
        restaurants(restaurant_id), order_time timestamp, total_amount double, tip double, delivery_minutes integer,
        is_delivery boolean, payment_method varchar)""")
    cuisines = ["Italian", "Mexican", "Japanese", "Indian", "Thai", "Burgers"]
    rests = [(i, f"Kitchen {i:02d}", rng.choice(cuisines), rng.choice(["Boston", "Chicago", "Austin"]),
              round(rng.uniform(3.0, 5.0), 1), rng.randint(1, 4)) for i in range(1, 41)]
    _insert(con, "restaurants", rests)
    rows = []
    for i in range(1, 5001):
        r = rng.choice(rests)
        amt = round(rng.uniform(8, 90) * (1 + r[5] / 4), 2)
        rows.append((i, r[0], dt.datetime(2023, 3, 1) + dt.timedelta(minutes=rng.randrange(600000)), amt,
                     round(amt * rng.choice([0, 0.1, 0.15, 0.2]), 2), rng.randint(10, 75), rng.random() < 0.7,
                     rng.choice(["Card", "Cash", "Wallet"])))
    _insert(con, "orders", rows)
    con.close()


def build_football(path: Path) -> None:
    """Football: players, matches (home/away teams and goals), per-match player stats."""
    rng = random.Random(139)
    con = duckdb.connect(str(path))
    con.execute("""create table players(player_id integer primary key, player_name varchar, team varchar,
        position varchar, age integer, nationality varchar)""")
    con.execute("""create table matches(match_id integer primary key, match_date date, home_team varchar,
        away_team varchar, home_goals integer, away_goals integer, attendance integer, competition varchar)""")
    con.execute("""create table player_stats(stat_id integer primary key, match_id integer references
        matches(match_id), player_id integer references players(player_id), goals integer, assists integer,
        minutes_played integer, yellow_cards integer)""")
    teams = ["Rovers", "United", "Athletic", "Wanderers", "City", "Albion"]
    positions = ["Goalkeeper", "Defender", "Midfielder", "Forward"]
    players = [(i, f"Player {i:03d}", teams[(i - 1) % 6], rng.choice(positions), rng.randint(18, 36),
                rng.choice(["England", "Spain", "Brazil", "France", "Nigeria"])) for i in range(1, 133)]
    _insert(con, "players", players)
    matches, stats = [], []
    for i in range(1, 181):
        h, a = rng.sample(teams, 2)
        matches.append((i, dt.date(2022, 8, 1) + dt.timedelta(days=rng.randrange(600)), h, a, rng.randint(0, 4),
                        rng.randint(0, 3), rng.randint(5000, 60000), rng.choice(["League", "Cup"])))
        for p in [p for p in players if p[2] in (h, a)][:14]:
            stats.append((len(stats) + 1, i, p[0], rng.choices([0, 1, 2], [85, 12, 3])[0],
                          rng.choices([0, 1], [88, 12])[0], rng.randint(10, 90), rng.choices([0, 1], [85, 15])[0]))
    _insert(con, "matches", matches)
    _insert(con, "player_stats", stats)
    con.close()


BUILDERS.update({"food": build_food, "football": build_football})


def build_star(path: Path) -> None:
    """A warehouse star schema: fact/dim prefixes, abbreviated names (amt, qty, nm), a date dimension."""
    rng = random.Random(149)
    con = duckdb.connect(str(path))
    con.execute("create table dim_product(product_key integer primary key, product_nm varchar, category_nm varchar)")
    con.execute("create table dim_store(store_key integer primary key, store_nm varchar, region_nm varchar)")
    con.execute("""create table dim_date(date_key integer primary key, full_dt date, cal_year integer,
        cal_month integer, cal_quarter integer)""")
    con.execute("""create table fact_sales(sale_key integer primary key, date_key integer references
        dim_date(date_key), product_key integer references dim_product(product_key), store_key integer references
        dim_store(store_key), qty integer, sales_amt double, cost_amt double)""")
    cats = ["Snacks", "Drinks", "Dairy", "Bakery"]
    _insert(con, "dim_product", [(i, f"Product {i:02d}", cats[i % 4]) for i in range(1, 41)])
    _insert(con, "dim_store", [(i, f"Store {i}", ["North", "South", "East", "West"][i % 4]) for i in range(1, 13)])
    days = []
    for k in range(730):
        d = dt.date(2023, 1, 1) + dt.timedelta(days=k)
        days.append((int(d.strftime("%Y%m%d")), d, d.year, d.month, (d.month - 1) // 3 + 1))
    _insert(con, "dim_date", days)
    rows = []
    for i in range(1, 6001):
        q = rng.randint(1, 20)
        amt = round(q * rng.uniform(1, 9), 2)
        rows.append((i, rng.choice(days)[0], rng.randint(1, 40), rng.randint(1, 12), q, amt,
                     round(amt * rng.uniform(0.5, 0.8), 2)))
    _insert(con, "fact_sales", rows)
    con.close()


BUILDERS["star"] = build_star


def build_rentals(path: Path) -> None:
    """Car rentals: branches, cars, rentals with pickup/return dates, a damage flag, a rental fee."""
    rng = random.Random(151)
    con = duckdb.connect(str(path))
    con.execute("create table branches(branch_id integer primary key, branch_city varchar, country varchar)")
    con.execute("""create table cars(car_id integer primary key, make varchar, model varchar, car_class varchar,
        model_year integer)""")
    con.execute("""create table rentals(rental_id integer primary key, car_id integer references cars(car_id),
        branch_id integer references branches(branch_id), pickup_date date, return_date date, km_driven integer,
        rental_fee double, damaged boolean)""")
    _insert(con, "branches", [(1, "Madrid", "Spain"), (2, "Barcelona", "Spain"), (3, "Lisbon", "Portugal"),
                              (4, "Porto", "Portugal"), (5, "Rome", "Italy")])
    makes = [("Toyota", "Corolla", "Compact"), ("Ford", "Focus", "Compact"), ("BMW", "X5", "SUV"),
             ("Audi", "A6", "Luxury"), ("Fiat", "500", "Mini"), ("Kia", "Sportage", "SUV")]
    cars = [(i, *makes[i % 6], rng.randint(2017, 2024)) for i in range(1, 61)]
    _insert(con, "cars", cars)
    rows = []
    for i in range(1, 4001):
        d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
        days = rng.randint(1, 14)
        car = rng.choice(cars)
        rate = {"Mini": 30, "Compact": 40, "SUV": 70, "Luxury": 110}[car[3]]
        rows.append((i, car[0], rng.randint(1, 5), d, d + dt.timedelta(days=days), rng.randint(20, 2500),
                     float(rate * days), rng.random() < 0.05))
    _insert(con, "rentals", rows)
    con.close()


BUILDERS["rentals"] = build_rentals


def build_all(outdir: str | Path) -> Path:
    """Build every held-out database that is missing in `outdir` (atomic: temp file, then rename)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS.items():
        p = out / f"{name}.duckdb"
        if p.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        fn(tmp)
        tmp.rename(p)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/h4-dbs"))
