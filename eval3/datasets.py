"""Builders of the third held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `restaurants.duckdb`: restaurants, menu_items, orders (abbreviated names: qty, amt, tip_amt; one timestamp)
- `bikeshare.duckdb`: trips (one wide table, start/end stations, nullable rating and birth year)
- `insurance.duckdb`: policies, claims (claims.policy_id is NOT a declared foreign key)
- `factory.duckdb`: productionRuns, defects (camelCase names, booleans, nullable downtime)
- `marketing.duckdb`: campaigns, ad_spend (daily rows, nullable end date)

Usage:
    python eval3/datasets.py OUTDIR

Example:
    >>> from eval3.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval3-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bikeshare.duckdb', 'factory.duckdb', 'insurance.duckdb', 'marketing.duckdb', 'restaurants.duckdb']
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
    return start + dt.timedelta(days=rng.randrange(span_days))


# --------------------------------------------------------------------------------------------- restaurants
RESTAURANTS = [
    # name, city, cuisine, opened_on, seats, has_terrace
    ("Trattoria Sole", "Lisbon", "Italian", dt.date(2015, 4, 1), 64, True),
    ("Sakura House", "Lisbon", "Japanese", dt.date(2018, 9, 15), 40, False),
    ("La Cantina", "Porto", "Mexican", dt.date(2019, 3, 10), 55, True),
    ("Spice Route", "Porto", "Indian", dt.date(2016, 11, 20), 72, False),
    ("Casa do Bacalhau", "Madrid", "Portuguese", dt.date(2012, 6, 5), 90, True),
    ("Bangkok Street", "Madrid", "Thai", dt.date(2021, 2, 14), 36, False),
    ("Olive & Feta", "Valencia", "Greek", dt.date(2017, 5, 30), 48, True),
    ("Green Table", "Valencia", "Vegan", dt.date(2022, 8, 1), 30, False),
]
MENUS = {
    # cuisine -> [(item, course, price, vegetarian)]
    "Italian": [("Bruschetta", "Starter", 7.5, True), ("Margherita Pizza", "Main", 12.0, True),
                ("Lasagna", "Main", 15.5, False), ("Tiramisu", "Dessert", 7.0, True), ("Chianti", "Drink", 6.5, True)],
    "Japanese": [("Edamame", "Starter", 5.0, True), ("Salmon Nigiri Set", "Main", 21.0, False),
                 ("Chicken Ramen", "Main", 16.0, False), ("Mochi", "Dessert", 6.0, True), ("Sake", "Drink", 8.0, True)],
    "Mexican": [("Nachos", "Starter", 8.0, True), ("Beef Tacos", "Main", 13.5, False),
                ("Bean Burrito", "Main", 11.0, True), ("Churros", "Dessert", 6.5, True),
                ("Horchata", "Drink", 4.5, True)],
    "Indian": [("Samosa", "Starter", 6.0, True), ("Butter Chicken", "Main", 17.0, False),
               ("Palak Paneer", "Main", 14.0, True), ("Gulab Jamun", "Dessert", 5.5, True),
               ("Mango Lassi", "Drink", 4.0, True)],
    "Portuguese": [("Caldo Verde", "Starter", 6.5, False), ("Bacalhau a Bras", "Main", 19.5, False),
                   ("Grilled Sardines", "Main", 16.5, False), ("Pastel de Nata", "Dessert", 3.5, True),
                   ("Vinho Verde", "Drink", 5.5, True)],
    "Thai": [("Spring Rolls", "Starter", 6.0, True), ("Pad Thai", "Main", 14.5, False),
             ("Green Curry", "Main", 15.0, False), ("Mango Sticky Rice", "Dessert", 7.0, True),
             ("Thai Iced Tea", "Drink", 4.5, True)],
    "Greek": [("Tzatziki", "Starter", 5.5, True), ("Moussaka", "Main", 16.0, False),
              ("Lamb Souvlaki", "Main", 18.5, False), ("Baklava", "Dessert", 6.0, True), ("Ouzo", "Drink", 5.0, True)],
    "Vegan": [("Hummus Plate", "Starter", 7.0, True), ("Buddha Bowl", "Main", 13.0, True),
              ("Lentil Burger", "Main", 12.5, True), ("Vegan Brownie", "Dessert", 5.0, True),
              ("Kombucha", "Drink", 4.5, True)],
}
CHANNELS = ["Dine-in", "Takeaway", "Delivery"]


def build_restaurants(path: Path | str) -> None:
    """restaurants (8) -> menu_items (40) -> orders (one row per ordered dish, 2023-2024, timestamp ordered_at)."""
    rng = random.Random(301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE restaurants(restaurant_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR,
        cuisine VARCHAR, opened_on DATE, seats INTEGER, has_terrace BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE menu_items(item_id INTEGER PRIMARY KEY,
        restaurant_id INTEGER REFERENCES restaurants(restaurant_id), item_name VARCHAR, course VARCHAR,
        price DOUBLE, is_vegetarian BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        restaurant_id INTEGER REFERENCES restaurants(restaurant_id), item_id INTEGER REFERENCES menu_items(item_id),
        ordered_at TIMESTAMP, channel VARCHAR, qty INTEGER, amt DOUBLE, tip_amt DOUBLE)""")
    rests = [(i + 1, *r) for i, r in enumerate(RESTAURANTS)]
    items = []
    for rid, _name, _city, cuisine, *_ in rests:
        for name, course, price, veg in MENUS[cuisine]:
            items.append((len(items) + 1, rid, name, course, price, veg))
    popularity = {rid: w for rid, w in zip(range(1, 9), [14, 9, 11, 13, 10, 7, 8, 5])}
    orders = []
    for oid in range(1, 6201):
        rid = rng.choices(list(popularity), list(popularity.values()))[0]
        menu = [it for it in items if it[1] == rid]
        item = rng.choices(menu, [3, 5, 4, 2, 6])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        at = dt.datetime.combine(day, dt.time(rng.choice([12, 13, 13, 14, 19, 20, 20, 21, 22]), rng.randrange(60)))
        channel = rng.choices(CHANNELS, [6, 2, 3])[0]
        qty = rng.choices([1, 2, 3, 4], [50, 30, 12, 8])[0]
        amt = round(qty * item[4], 2)
        tip = round(amt * rng.uniform(0.05, 0.15), 2) if channel != "Takeaway" and rng.random() < 0.6 else None
        orders.append((oid, rid, item[0], at, channel, qty, amt, tip))
    _insert(con, "restaurants", rests)
    _insert(con, "menu_items", items)
    _insert(con, "orders", orders)
    con.close()


# ----------------------------------------------------------------------------------------------- bikeshare
STATIONS = ["Central Station", "Harbor Point", "City Hall", "University", "Riverside Park", "Museum Square",
            "Old Town", "Tech Campus", "Stadium", "Airport Link"]


def build_bikeshare(path: Path | str) -> None:
    """One trips table: 2023-2024, start/end stations, rider and bike types, nullable rating and birth year."""
    rng = random.Random(302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY, trip_date DATE,
        start_station VARCHAR, end_station VARCHAR, rider_type VARCHAR, bike_type VARCHAR,
        duration_min INTEGER, distance_km DOUBLE, fare DOUBLE, rider_birth_year INTEGER, rating INTEGER)""")
    weights = [16, 9, 12, 14, 8, 7, 10, 11, 5, 4]
    season = [4, 4, 6, 8, 10, 12, 13, 12, 10, 8, 5, 4]
    rows = []
    for tid in range(1, 5401):
        year = rng.choices([2023, 2024], [45, 55])[0]
        month = rng.choices(range(1, 13), season)[0]
        date = dt.date(year, month, rng.randint(1, 28))
        start = rng.choices(STATIONS, weights)[0]
        end = start if rng.random() < 0.08 else rng.choices(STATIONS, weights)[0]
        rider = rng.choices(["Member", "Casual"], [68, 32])[0]
        bike = rng.choices(["Classic", "Electric"], [60, 40])[0]
        duration = max(2, int(rng.gauss(22 if rider == "Casual" else 14, 7)))
        distance = round(duration * rng.uniform(0.15, 0.3) * (1.3 if bike == "Electric" else 1.0), 2)
        fare = round((0.0 if rider == "Member" else 1.5) + duration * (0.15 if bike == "Classic" else 0.25), 2)
        birth = rng.randint(1955, 2006) if rng.random() < 0.8 else None
        rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 40, 37])[0] if rng.random() < 0.45 else None
        rows.append((tid, date, start, end, rider, bike, duration, distance, fare, birth, rating))
    _insert(con, "trips", rows)
    con.close()


# ----------------------------------------------------------------------------------------------- insurance
CAUSES = {"Auto": ["Collision", "Theft", "Glass"], "Home": ["Water Damage", "Fire", "Storm", "Theft"],
          "Travel": ["Trip Cancellation", "Lost Luggage", "Medical"], "Pet": ["Illness", "Accident"]}
BASE_PREMIUM = {"Auto": 780.0, "Home": 540.0, "Travel": 120.0, "Pet": 310.0}


def build_insurance(path: Path | str) -> None:
    """policies (900) and claims (~700) linked by policy_id without a declared foreign key."""
    rng = random.Random(303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE policies(policy_id INTEGER PRIMARY KEY, holder_name VARCHAR,
        product VARCHAR, region VARCHAR, sales_channel VARCHAR, start_date DATE, annual_premium DOUBLE,
        deductible INTEGER, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY, policy_id INTEGER, claim_date DATE,
        cause VARCHAR, claim_amount DOUBLE, status VARCHAR, settled_amount DOUBLE, fraud_flag BOOLEAN)""")
    first = ["Ana", "Ben", "Carla", "David", "Eva", "Frank", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Luis"]
    last = ["Silva", "Meyer", "Novak", "Rossi", "Berg", "Costa", "Lund", "Moreau", "Kowalski", "Dubois"]
    policies, claims = [], []
    for pid in range(1, 901):
        product = rng.choices(list(BASE_PREMIUM), [40, 30, 18, 12])[0]
        region = rng.choices(["North", "South", "East", "West"], [30, 25, 27, 18])[0]
        channel = rng.choices(["Agent", "Online", "Broker"], [40, 45, 15])[0]
        start = _day(rng, dt.date(2020, 1, 1), 1826)
        premium = round(BASE_PREMIUM[product] * rng.uniform(0.7, 1.6), 2)
        deductible = rng.choice([250, 500, 1000]) if product in ("Auto", "Home") else None
        active = rng.random() < 0.78
        name = f"{rng.choice(first)} {rng.choice(last)}"
        policies.append((pid, name, product, region, channel, start, premium, deductible, active))
        n_claims = rng.choices([0, 1, 2, 3], [50, 30, 14, 6])[0]
        for _ in range(n_claims):
            date = max(start, dt.date(2022, 1, 1)) + dt.timedelta(days=rng.randrange(500))
            if date > dt.date(2024, 12, 31):
                continue
            amount = round(rng.lognormvariate(7.2 if product in ("Auto", "Home") else 6.0, 0.8), 2)
            status = rng.choices(["Approved", "Rejected", "Pending"], [62, 23, 15])[0]
            settled = round(amount * rng.uniform(0.6, 1.0), 2) if status == "Approved" else None
            claims.append((0, pid, date, rng.choice(CAUSES[product]), amount, status, settled, rng.random() < 0.04))
    claims.sort(key=lambda c: (c[2], c[1]))
    claims = [(i + 1, *c[1:]) for i, c in enumerate(claims)]
    _insert(con, "policies", policies)
    _insert(con, "claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------- factory
PRODUCTS = {"P-100": 1.0, "P-220": 1.6, "P-340": 0.8, "P-450": 2.4, "P-560": 1.2}
OPERATORS = ["Akira", "Beatriz", "Chen", "Dmitri", "Elena", "Fatima", "Goran", "Hana"]
DEFECT_TYPES = ["Scratch", "Dent", "Misalignment", "Crack", "Discoloration"]


def build_factory(path: Path | str) -> None:
    """productionRuns (one run per line and shift on most days, 2023-2024) and defects (camelCase columns)."""
    rng = random.Random(304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE productionRuns(runId INTEGER PRIMARY KEY, runDate DATE, lineName VARCHAR,
        shiftName VARCHAR, productCode VARCHAR, operatorName VARCHAR, unitsProduced INTEGER, unitsScrapped INTEGER,
        machineHours DOUBLE, downtimeMinutes INTEGER, passedInspection BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE defects(defectId INTEGER PRIMARY KEY,
        runId INTEGER REFERENCES productionRuns(runId), defectType VARCHAR, severity VARCHAR, detectedDate DATE,
        isReworked BOOLEAN)""")
    runs, defects = [], []
    lines = {"Line A": 1.0, "Line B": 0.9, "Line C": 1.15, "Line D": 0.75}
    shifts = {"Morning": 1.0, "Afternoon": 0.95, "Night": 0.85}
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 27):
        if day.weekday() < 5:
            for line, lf in lines.items():
                for shift, sf in shifts.items():
                    if rng.random() < 0.35:
                        continue
                    product = rng.choice(list(PRODUCTS))
                    produced = int(rng.gauss(420, 60) * lf * sf / PRODUCTS[product] ** 0.5)
                    scrap_rate = rng.uniform(0.005, 0.04) * (1.6 if shift == "Night" else 1.0)
                    scrapped = int(produced * scrap_rate)
                    hours = round(rng.uniform(6.0, 8.0), 1)
                    downtime = rng.randrange(5, 120) if rng.random() < 0.3 else None
                    passed = rng.random() > (0.08 + scrap_rate)
                    run_id = len(runs) + 1
                    runs.append((run_id, day, line, shift, product, rng.choice(OPERATORS), produced, scrapped,
                                 hours, downtime, passed))
                    for _ in range(rng.choices([0, 1, 2, 3], [55, 25, 13, 7] if passed else [10, 35, 35, 20])[0]):
                        severity = rng.choices(["Minor", "Major", "Critical"], [65, 28, 7])[0]
                        defects.append((len(defects) + 1, run_id, rng.choice(DEFECT_TYPES), severity,
                                        day + dt.timedelta(days=rng.choice([0, 0, 1, 2])),
                                        severity != "Critical" and rng.random() < 0.55))
        day += dt.timedelta(days=1)
    _insert(con, "productionRuns", runs)
    _insert(con, "defects", defects)
    con.close()


# ----------------------------------------------------------------------------------------------- marketing
CAMPAIGN_NAMES = ["Spring Launch", "Summer Sale", "Back to School", "Black Friday", "Holiday Gifts", "New Year Reset",
                  "Brand Story", "Loyalty Boost", "Webinar Series", "Free Trial Push", "Retargeting Q1",
                  "Retargeting Q3", "Influencer Wave", "Product Demo", "Cyber Monday", "Valentine Picks",
                  "Easter Deals", "Mid-Year Clearance", "Referral Drive", "App Install Burst", "Local Stores",
                  "Premium Upgrade", "Newsletter Signup", "Winter Warmers", "Autumn Refresh", "Flash Friday",
                  "Student Offer", "Partner Bundle"]
AD_CHANNELS = {"Search": (0.03, 0.02), "Social": (0.012, 0.015), "Email": (0.03, 0.025), "Display": (0.004, 0.01),
               "Video": (0.007, 0.012)}  # click-through rate, conversion rate


def build_marketing(path: Path | str) -> None:
    """campaigns (28) and ad_spend (one row per campaign and active day, 2023-2024)."""
    rng = random.Random(305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE campaigns(campaign_id INTEGER PRIMARY KEY, campaign_name VARCHAR,
        channel VARCHAR, objective VARCHAR, market VARCHAR, start_date DATE, end_date DATE, budget DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE ad_spend(campaign_id INTEGER REFERENCES campaigns(campaign_id),
        spend_date DATE, spend DOUBLE, impressions INTEGER, clicks INTEGER, conversions INTEGER, revenue DOUBLE)""")
    campaigns, spend = [], []
    for cid, name in enumerate(CAMPAIGN_NAMES, start=1):
        channel = list(AD_CHANNELS)[(cid * 3) % 5] if cid > 5 else list(AD_CHANNELS)[cid - 1]
        objective = rng.choice(["Awareness", "Leads", "Sales"])
        market = rng.choices(["US", "UK", "Germany", "France"], [40, 25, 20, 15])[0]
        start = _day(rng, dt.date(2023, 1, 1), 640)
        days = rng.randint(20, 90)
        ongoing = start + dt.timedelta(days=days) > dt.date(2024, 12, 31) or rng.random() < 0.1
        end = None if ongoing else start + dt.timedelta(days=days - 1)
        daily = rng.uniform(150, 900)
        campaigns.append((cid, name, channel, objective, market, start, end, round(daily * days * 1.1, -2)))
        ctr, cvr = AD_CHANNELS[channel]
        d = start
        while d <= min(start + dt.timedelta(days=days - 1), dt.date(2024, 12, 31)):
            cost = round(daily * rng.uniform(0.7, 1.3), 2)
            impressions = int(cost * rng.uniform(80, 160) * (4 if channel == "Display" else 1))
            clicks = int(impressions * ctr * rng.uniform(0.7, 1.3))
            conversions = int(clicks * cvr * rng.uniform(0.5, 1.5))
            spend.append((cid, d, cost, impressions, clicks, conversions, round(conversions * rng.uniform(40, 90), 2)))
            d += dt.timedelta(days=1)
    _insert(con, "campaigns", campaigns)
    _insert(con, "ad_spend", spend)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "restaurants": build_restaurants,
    "bikeshare": build_bikeshare,
    "insurance": build_insurance,
    "factory": build_factory,
    "marketing": build_marketing,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval3-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval3-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval3-dbs"))
