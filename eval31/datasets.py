"""Builders of the eval31 development corpus: five DuckDB files in finance domains (2022-2024 data).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `brokerage.duckdb`: clients (date_of_birth, is_professional), securities, trades (trade_ts TIMESTAMP, status;
  declared FKs to clients and securities)
- `mortgage.duckdb`: loan_officers, borrowers (birth_year, first_time_buyer), applications (funded_date NULL unless
  funded, paid_off_date NULL while the loan runs; declared FKs)
- `p2p.duckdb`: members (mbr_nm, yob, is_verified), listings (mbr_id is NOT a declared FK; default_dt NULL unless
  the loan defaulted, investor_rating optional)
- `remittance.duckdb`: senders (date_of_birth, kyc_verified), transfers (sent_at TIMESTAMP, delivered_at NULL until
  delivered; declared FK)
- `cards.duckdb`: cardholders (birth_date, card_tier, closed_date NULL while open), card_txns (txn_ts TIMESTAMP,
  booleans; declared FK)

Usage:
    python eval31/datasets.py OUTDIR

Example:
    >>> from eval31.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval31-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['brokerage.duckdb', 'cards.duckdb', 'mortgage.duckdb', 'p2p.duckdb', 'remittance.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 22) -> dt.datetime:
    """A random time of `day` between first_hour:00 and last_hour:59, to the second."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60),
                       rng.randrange(60))


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Amara", "Bastian", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kavya", "Liam",
         "Maren", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tamsin", "Umar", "Vera", "Wesley", "Zofia"]
LAST = ["Abbott", "Bianchi", "Chowdhury", "Delgado", "Engel", "Ferreira", "Gallagher", "Haddad", "Ivanova", "Jensen",
        "Keller", "Lopez", "Mbeki", "Novak", "O'Brien", "Petrov", "Quintero", "Reyes", "Schultz", "Tanaka", "Weber"]
START = dt.date(2022, 1, 1)
SPAN = 365 * 3  # 2022-01-01 .. 2024-12-30

# ------------------------------------------------------------------------------------------------ brokerage
SECURITIES = [("AAPL", "Apple Inc.", "Technology", "NASDAQ", 170.0), ("MSFT", "Microsoft Corp.", "Technology",
              "NASDAQ", 310.0), ("NVDA", "Nvidia Corp.", "Technology", "NASDAQ", 95.0),
              ("JPM", "JPMorgan Chase", "Financials", "NYSE", 150.0), ("GS", "Goldman Sachs", "Financials", "NYSE",
              360.0), ("XOM", "Exxon Mobil", "Energy", "NYSE", 100.0), ("CVX", "Chevron", "Energy", "NYSE", 160.0),
              ("JNJ", "Johnson & Johnson", "Healthcare", "NYSE", 165.0), ("PFE", "Pfizer", "Healthcare", "NYSE",
              38.0), ("KO", "Coca-Cola", "Consumer Staples", "NYSE", 60.0), ("WMT", "Walmart", "Consumer Staples",
              "NYSE", 55.0), ("TSLA", "Tesla Inc.", "Consumer Discretionary", "NASDAQ", 230.0),
              ("AMZN", "Amazon.com", "Consumer Discretionary", "NASDAQ", 140.0), ("SPY", "SPDR S&P 500 ETF",
              "ETF", "NYSE", 440.0), ("QQQ", "Invesco QQQ Trust", "ETF", "NASDAQ", 370.0)]


def build_brokerage(path: Path | str) -> None:
    """clients (240), securities (15), trades (2022-2024, TIMESTAMPs, some cancelled; declared FKs)."""
    rng = random.Random(3101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, country VARCHAR, risk_profile VARCHAR, is_professional BOOLEAN,
        account_opened DATE)""")
    con.execute("""CREATE OR REPLACE TABLE securities(ticker VARCHAR PRIMARY KEY, company_name VARCHAR,
        sector VARCHAR, exchange VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE trades(trade_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), ticker VARCHAR REFERENCES securities(ticker),
        trade_ts TIMESTAMP, side VARCHAR, quantity INTEGER, price DOUBLE, commission DOUBLE, channel VARCHAR,
        status VARCHAR)""")
    countries = ["United States", "United Kingdom", "Germany", "Canada", "Singapore"]
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, 240), start=1):
        clients.append((cid, first, last, _day(rng, dt.date(1948, 1, 1), 365 * 52),
                        rng.choices(countries, [40, 20, 15, 15, 10])[0],
                        rng.choices(["conservative", "balanced", "aggressive"], [30, 45, 25])[0], rng.random() < 0.12,
                        _day(rng, dt.date(2015, 1, 1), 365 * 10)))
    trades = []
    for _ in range(4200):
        client = rng.choice(clients)
        sec = rng.choices(SECURITIES, [14, 10, 12, 6, 3, 5, 4, 5, 4, 5, 5, 11, 9, 8, 6])[0]
        day = max(_day(rng, START, SPAN), client[7])
        drift = 1 + 0.18 * (day - START).days / 365
        price = round(sec[4] * drift * rng.uniform(0.85, 1.15), 2)
        qty = rng.choice([1, 2, 5, 10, 10, 20, 25, 50, 100, 200]) * (3 if client[6] else 1)
        status = rng.choices(["filled", "cancelled", "partially filled"], [86, 9, 5])[0]
        trades.append((len(trades) + 1, client[0], sec[0], _moment(rng, day, 9, 15),
                       rng.choices(["buy", "sell"], [58, 42])[0], qty, price,
                       round(max(1.0, 0.0015 * qty * price), 2),
                       rng.choices(["web", "mobile", "phone"], [45, 45, 10])[0], status))
    _insert(con, "clients", clients)
    _insert(con, "securities", [s[:4] for s in SECURITIES])
    _insert(con, "trades", trades)
    con.close()


# ------------------------------------------------------------------------------------------------ mortgage
OFFICERS = [(1, "Dana Whitfield", "Austin"), (2, "Marcus Lee", "Austin"), (3, "Priya Raman", "Dallas"),
            (4, "Tom Bradley", "Dallas"), (5, "Helen Cho", "Houston"), (6, "Rafael Ortiz", "Houston"),
            (7, "Sophie Grant", "San Antonio"), (8, "Kwame Mensah", "San Antonio")]
OFFICER_LOAD = [16, 12, 14, 10, 13, 9, 15, 11]  # relative share of applications per officer
LOAN_TYPES = ["conventional", "FHA", "VA", "jumbo"]


def build_mortgage(path: Path | str) -> None:
    """loan_officers (8), borrowers (500, birth_year), applications (2022-2024; declared FKs; NULL dates)."""
    rng = random.Random(3102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE loan_officers(officer_id INTEGER PRIMARY KEY, officer_name VARCHAR,
        branch VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE borrowers(borrower_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, annual_income DOUBLE, credit_score INTEGER, state VARCHAR,
        first_time_buyer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        borrower_id INTEGER REFERENCES borrowers(borrower_id), officer_id INTEGER REFERENCES loan_officers(officer_id),
        applied_on DATE, loan_type VARCHAR, loan_amount DOUBLE, property_value DOUBLE, interest_rate DOUBLE,
        term_years INTEGER, status VARCHAR, funded_date DATE, paid_off_date DATE)""")
    states = ["TX", "OK", "NM", "LA", "AR"]
    borrowers = []
    for bid, (first, last) in enumerate(_unique_names(rng, 500), start=1):
        borrowers.append((bid, first, last, rng.randint(1955, 2001), round(rng.lognormvariate(11.4, 0.4), -2),
                          max(520, min(850, int(rng.gauss(715, 55)))), rng.choices(states, [60, 12, 10, 10, 8])[0],
                          rng.random() < 0.35))
    apps = []
    for bid in range(1, 501):
        for _ in range(rng.choice([1, 1, 1, 2])):
            b = borrowers[bid - 1]
            applied = _day(rng, START, SPAN)
            ltype = rng.choices(LOAN_TYPES, [55, 22, 10, 13])[0]
            value = round(rng.uniform(180_000, 520_000) * (2.2 if ltype == "jumbo" else 1), -3)
            amount = round(value * rng.uniform(0.6, 0.97), -2)
            base = {2022: 4.9, 2023: 6.7, 2024: 6.5}[applied.year] + (0.3 if ltype == "jumbo" else 0)
            rate = round(base + (720 - b[5]) / 200 + rng.uniform(-0.3, 0.3), 3)
            score_ok = b[5] >= 640 or ltype == "FHA"
            status = rng.choices(["funded", "denied", "withdrawn", "in review"],
                                 [70 if score_ok else 25, 12 if score_ok else 60, 12, 6])[0]
            if applied > dt.date(2024, 11, 15):
                status = "in review"
            elif status == "in review":
                status = "withdrawn"
            funded = applied + dt.timedelta(days=rng.randint(21, 70)) if status == "funded" else None
            paid_off = None
            if funded and rng.random() < 0.12:
                paid_off = min(dt.date(2024, 12, 20), funded + dt.timedelta(days=rng.randint(120, 700)))
            officer = rng.choices(range(1, 9), OFFICER_LOAD)[0]
            apps.append((len(apps) + 1, bid, officer, applied, ltype, amount, value, rate,
                         rng.choices([15, 30], [25, 75])[0], status, funded, paid_off))
    _insert(con, "loan_officers", OFFICERS)
    _insert(con, "borrowers", borrowers)
    _insert(con, "applications", apps)
    con.close()


# ------------------------------------------------------------------------------------------------ p2p lending
PURPOSES = ["debt consolidation", "home improvement", "car", "small business", "medical", "wedding"]
GRADE_RATE = {"A": 6.5, "B": 9.5, "C": 13.0, "D": 17.5, "E": 23.0}
GRADE_DEFAULT = {"A": 0.02, "B": 0.05, "C": 0.09, "D": 0.15, "E": 0.24}


def build_p2p(path: Path | str) -> None:
    """members (350, yob, mbr_nm), listings (2022-2024; mbr_id NOT a declared FK; NULL default_dt and rating)."""
    rng = random.Random(3103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(mbr_id INTEGER PRIMARY KEY, mbr_nm VARCHAR, yob INTEGER,
        city VARCHAR, joined_dt DATE, is_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE listings(listing_id INTEGER PRIMARY KEY, mbr_id INTEGER,
        listed_dt DATE, purpose VARCHAR, grade VARCHAR, amt_requested DOUBLE, amt_funded DOUBLE, int_rate DOUBLE,
        term_mo INTEGER, is_fully_funded BOOLEAN, default_dt DATE, investor_rating INTEGER)""")
    cities = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast"]
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, 350), start=1):
        city = rng.choices(cities, [25, 20, 18, 15, 12, 10])[0]
        members.append((mid, f"{first} {last}", rng.randint(1960, 2003), city,
                        _day(rng, dt.date(2020, 6, 1), 1500), rng.random() < 0.8))
    listings = []
    for _ in range(1300):
        m = rng.choice(members)
        day = max(_day(rng, START, SPAN), m[4])
        grade = rng.choices(list(GRADE_RATE), [20, 30, 25, 15, 10])[0]
        asked = float(rng.choice(range(1000, 25001, 500)))
        full = rng.random() < (0.8 if m[5] else 0.55)
        funded = asked if full else round(asked * rng.uniform(0.3, 0.95), -1)
        term = rng.choice([12, 24, 36, 36, 48, 60])
        defaulted = rng.random() < GRADE_DEFAULT[grade] * 2.5
        default_day = day + dt.timedelta(days=rng.randint(90, 600)) if defaulted else None
        if default_day and default_day > dt.date(2024, 12, 31):
            default_day = None
        rating = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) if rng.random() < 0.45 else None
        listings.append((len(listings) + 1, m[0], day, rng.choices(PURPOSES, [35, 20, 15, 12, 10, 8])[0], grade,
                         asked, funded, round(GRADE_RATE[grade] + rng.uniform(-1, 1), 2), term, full, default_day,
                         rating))
    _insert(con, "members", members)
    _insert(con, "listings", listings)
    con.close()


# ------------------------------------------------------------------------------------------------ remittance
CORRIDORS = {"United States": [("Mexico", "MXN", 17.5), ("Philippines", "PHP", 56.0), ("India", "INR", 83.0),
                               ("Guatemala", "GTQ", 7.8)],
             "United Kingdom": [("India", "INR", 105.0), ("Nigeria", "NGN", 1200.0), ("Poland", "PLN", 5.0)],
             "Spain": [("Morocco", "MAD", 10.8), ("Colombia", "COP", 4300.0)]}


def build_remittance(path: Path | str) -> None:
    """senders (300, date_of_birth, kyc_verified), transfers (2022-2024, TIMESTAMPs, delivered_at NULL; declared FK)."""
    rng = random.Random(3104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE senders(sender_id INTEGER PRIMARY KEY, full_name VARCHAR,
        date_of_birth DATE, home_country VARCHAR, kyc_verified BOOLEAN, signup_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE transfers(transfer_id INTEGER PRIMARY KEY,
        sender_id INTEGER REFERENCES senders(sender_id), destination_country VARCHAR, payout_currency VARCHAR,
        amount_usd DOUBLE, fee_usd DOUBLE, fx_rate DOUBLE, payout_method VARCHAR, channel VARCHAR, sent_at TIMESTAMP,
        delivered_at TIMESTAMP, status VARCHAR, is_flagged BOOLEAN)""")
    senders = []
    for sid, (first, last) in enumerate(_unique_names(rng, 300), start=1):
        senders.append((sid, f"{first} {last}", _day(rng, dt.date(1958, 1, 1), 365 * 46),
                        rng.choices(list(CORRIDORS), [50, 35, 15])[0], rng.random() < 0.9,
                        _day(rng, dt.date(2021, 1, 1), 1300)))
    transfers = []
    for _ in range(5000):
        s = rng.choice(senders)
        dest, cur, fx = rng.choice(CORRIDORS[s[3]])
        sent = _moment(rng, max(_day(rng, START, SPAN), s[5]), 0, 23)
        amount = round(rng.lognormvariate(5.6, 0.6), 2)
        method = rng.choices(["bank deposit", "cash pickup", "mobile wallet"], [45, 35, 20])[0]
        fee = round(2.99 + amount * (0.012 if method == "bank deposit" else 0.02), 2)
        flagged = amount > 900 and rng.random() < 0.3 or rng.random() < 0.02
        status = rng.choices(["delivered", "refunded", "cancelled"], [92, 4, 4])[0]
        if flagged and rng.random() < 0.4:
            status = "on hold"
        hours = {"bank deposit": 30, "cash pickup": 4, "mobile wallet": 1}[method]
        delivered = sent + dt.timedelta(minutes=rng.randint(5, hours * 60)) if status == "delivered" else None
        transfers.append((len(transfers) + 1, s[0], dest, cur, amount, fee, round(fx * rng.uniform(0.97, 1.03), 4),
                          method, rng.choices(["app", "web", "agent"], [55, 25, 20])[0], sent, delivered, status,
                          flagged))
    _insert(con, "senders", senders)
    _insert(con, "transfers", transfers)
    con.close()


# ------------------------------------------------------------------------------------------------ card issuer
TIERS = {"Classic": (1000, 5000), "Gold": (5000, 15000), "Platinum": (15000, 40000)}
MERCHANTS = {"grocery": ["FreshMart", "Green Basket", "Corner Grocer"], "dining": ["Luigi's Trattoria", "Sushi Ko",
             "Burger Barn"], "travel": ["SkyWays Airlines", "Harbor Hotel", "RailLink"], "fuel": ["QuickFuel",
             "PetroMax"], "online retail": ["ShopNow", "MegaMarket Online"], "entertainment": ["CinemaCity",
             "StreamPlus"]}


def build_cards(path: Path | str) -> None:
    """cardholders (260, birth_date, card_tier, closed_date NULL while open), card_txns (2022-2024; declared FK)."""
    rng = random.Random(3105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cardholders(cardholder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, card_tier VARCHAR, credit_limit DOUBLE, opened_date DATE,
        closed_date DATE, autopay_enabled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE card_txns(txn_id INTEGER PRIMARY KEY,
        cardholder_id INTEGER REFERENCES cardholders(cardholder_id), txn_ts TIMESTAMP, merchant VARCHAR,
        category VARCHAR, amount DOUBLE, is_international BOOLEAN, is_declined BOOLEAN, is_disputed BOOLEAN)""")
    holders = []
    for hid, (first, last) in enumerate(_unique_names(rng, 260), start=1):
        tier = rng.choices(list(TIERS), [55, 30, 15])[0]
        opened = _day(rng, dt.date(2016, 1, 1), 365 * 8)
        closed = _day(rng, dt.date(2022, 3, 1), 1000) if rng.random() < 0.15 else None
        if closed and closed < opened + dt.timedelta(days=90):
            closed = None
        holders.append((hid, first, last, _day(rng, dt.date(1950, 1, 1), 365 * 52), tier,
                        float(rng.randrange(*TIERS[tier], 500)), opened, closed, rng.random() < 0.6))
    txns = []
    weights = {"grocery": 30, "dining": 22, "travel": 8, "fuel": 15, "online retail": 18, "entertainment": 7}
    scale = {"grocery": 60, "dining": 45, "travel": 420, "fuel": 55, "online retail": 80, "entertainment": 25}
    for _ in range(6000):
        h = rng.choice(holders)
        first_day = max(START, h[6])
        day = _day(rng, first_day, max(1, ((h[7] or dt.date(2024, 12, 31)) - first_day).days))
        cat = rng.choices(list(weights), list(weights.values()))[0]
        amount = round(scale[cat] * rng.uniform(0.2, 2.5) * (1.6 if h[4] == "Platinum" else 1), 2)
        intl = rng.random() < (0.45 if cat == "travel" else 0.05)
        txns.append((len(txns) + 1, h[0], _moment(rng, day, 6, 23), rng.choice(MERCHANTS[cat]), cat, amount, intl,
                     rng.random() < 0.04, rng.random() < 0.015))
    _insert(con, "cardholders", holders)
    _insert(con, "card_txns", txns)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "brokerage": build_brokerage,
    "mortgage": build_mortgage,
    "p2p": build_p2p,
    "remittance": build_remittance,
    "cards": build_cards,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval31-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval31-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval31-dbs"))
