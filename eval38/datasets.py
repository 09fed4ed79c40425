"""Builders of the thirty-eighth held-out evaluation corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `loans.duckdb`: bank loan servicing (borrowers with a date of birth, loans, repayments; declared FKs)
- `claims.duckdb`: insurance claims adjusting (adjusters, claims; the adjuster link is NOT a declared FK)
- `lottery.duckdb`: lottery operator (games, retailers, ticket sales, prize claims; declared FKs)
- `timber.duckdb`: timber merchant (staff with a birth year, customers, orders; declared FKs)
- `fishing.duckdb`: fishing quota registry (licence holders, vessels, quotas, landings; landings link undeclared)

Usage:
    python eval38/datasets.py OUTDIR

Example:
    >>> from eval38.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval38-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['claims.duckdb', 'fishing.duckdb', 'loans.duckdb', 'lottery.duckdb', 'timber.duckdb']
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


def _stamp(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random minute on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Bogdan", "Clara", "Declan", "Elif", "Finn", "Gemma", "Hugo", "Ines", "Joel", "Kasia", "Liam",
         "Maeve", "Niall", "Orla", "Pavel", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera", "Wilf", "Zoe"]
LAST = ["Abbott", "Barker", "Carvalho", "Doyle", "Ekstrom", "Farrell", "Gallagher", "Hughes", "Iqbal", "Jensen",
        "Keane", "Lowry", "Moreau", "Novak", "O'Neill", "Petrov", "Quigley", "Reilly", "Szabo", "Tierney"]
START = dt.date(2022, 1, 1)
SPAN = 3 * 365 + 1  # 2022-01-01 .. 2024-12-31

# ------------------------------------------------------------------------------------------------- loans
PRODUCTS = {"mortgage": (90_000, 420_000, 0.039, [240, 300, 360]), "auto": (8_000, 45_000, 0.067, [36, 48, 60]),
            "personal": (2_000, 25_000, 0.094, [12, 24, 36, 60]),
            "small business": (20_000, 180_000, 0.078, [60, 84, 120])}
BRANCHES = {"Galway": "West", "Limerick": "South", "Cork": "South", "Dublin Central": "East", "Sligo": "North West",
            "Kilkenny": "East"}


def build_loans(path: Path | str) -> None:
    """borrowers (160), loans (260, 2022-2024, paid_off_date NULL while still running), repayments (declared FKs)."""
    rng = random.Random(3801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE borrowers(borrower_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, county VARCHAR, credit_score INTEGER, is_staff BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY,
        borrower_id INTEGER REFERENCES borrowers(borrower_id), product VARCHAR, branch VARCHAR, region VARCHAR,
        principal DOUBLE, interest_rate DOUBLE, term_months INTEGER, originated_on DATE, status VARCHAR,
        paid_off_date DATE, is_fixed_rate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE repayments(repayment_id INTEGER PRIMARY KEY,
        loan_id INTEGER REFERENCES loans(loan_id), paid_at TIMESTAMP, amount DOUBLE, channel VARCHAR,
        was_late BOOLEAN)""")
    counties = ["Galway", "Cork", "Dublin", "Limerick", "Sligo", "Kilkenny", "Mayo", "Kerry"]
    borrowers = []
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        dob = _day(rng, dt.date(1950, 1, 1), 365 * 52)
        borrowers.append((bid, first, last, dob, rng.choice(counties), rng.randint(480, 850), rng.random() < 0.08))
    _insert(con, "borrowers", borrowers)
    loans, repayments = [], []
    for lid in range(1, 261):
        product = rng.choices(list(PRODUCTS), weights=[25, 30, 35, 10])[0]
        low, high, rate, terms = PRODUCTS[product]
        branch = rng.choice(list(BRANCHES))
        start = _day(rng, START, SPAN - 30)
        status = rng.choices(["current", "in arrears", "defaulted", "paid off"], weights=[60, 12, 6, 22])[0]
        paid_off = _day(rng, start + dt.timedelta(days=60), max(1, (dt.date(2024, 12, 31) - start).days - 59))
        paid_off = paid_off if status == "paid off" and paid_off <= dt.date(2024, 12, 31) else None
        status = "current" if status == "paid off" and paid_off is None else status
        principal = round(rng.uniform(low, high), -2) + rng.randrange(1, 99)
        loans.append((lid, rng.randint(1, 160), product, branch, BRANCHES[branch], float(principal),
                      round(rate + rng.uniform(-0.012, 0.02), 4), rng.choice(terms), start, status, paid_off,
                      rng.random() < 0.55))
        last = paid_off or dt.date(2024, 12, 31)
        month = dt.date(start.year + (start.month // 12), start.month % 12 + 1, min(start.day, 28))
        instalment = round(principal / 48 + rng.uniform(5, 60), 2)
        while month <= last and len(repayments) < 4200:
            late = status in ("in arrears", "defaulted") and rng.random() < 0.35 or rng.random() < 0.04
            when = _stamp(rng, month + dt.timedelta(days=rng.randint(5, 20) if late else 0), 6, 22)
            if when.date() <= dt.date(2024, 12, 31):
                repayments.append((len(repayments) + 1, lid, when, round(instalment * rng.uniform(0.9, 1.1), 2),
                                   rng.choices(["direct debit", "online", "branch", "standing order"],
                                               weights=[60, 25, 5, 10])[0], late))
            month = dt.date(month.year + (month.month // 12), month.month % 12 + 1, month.day)
            if rng.random() < 0.55:
                month = dt.date(month.year + (month.month // 12), month.month % 12 + 1, month.day)
    _insert(con, "loans", loans)
    _insert(con, "repayments", repayments)
    con.close()


# ------------------------------------------------------------------------------------------------- claims
POLICY_TYPES = {"motor": (600, 18_000), "home": (400, 60_000), "travel": (150, 6_000), "pet": (120, 4_500),
                "commercial property": (2_000, 150_000)}
PERILS = {"motor": ["collision", "theft", "windscreen"], "home": ["water damage", "fire", "storm", "theft"],
          "travel": ["cancellation", "medical", "lost luggage"], "pet": ["illness", "injury"],
          "commercial property": ["fire", "storm", "water damage", "theft"]}
REGIONS = ["North", "South", "East", "West", "Midlands"]


def build_claims(path: Path | str) -> None:
    """adjusters (18), claims (900, 2022-2024; settled_amt/closed_dt NULL while open; adj_id is NOT a declared FK)."""
    rng = random.Random(3802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE adjusters(adj_id INTEGER PRIMARY KEY, first_nm VARCHAR, last_nm VARCHAR,
        region VARCHAR, hire_dt DATE, is_senior BOOLEAN, licence_level INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_no VARCHAR PRIMARY KEY, adj_id INTEGER, policy_type VARCHAR,
        peril VARCHAR, region VARCHAR, loss_dt DATE, reported_ts TIMESTAMP, claimed_amt DOUBLE, settled_amt DOUBLE,
        status VARCHAR, closed_dt DATE, fraud_flag BOOLEAN, cust_rating INTEGER)""")
    adjusters = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        adjusters.append((aid, first, last, REGIONS[(aid - 1) % 5], _day(rng, dt.date(2008, 1, 1), 365 * 14),
                          rng.random() < 0.35, rng.randint(1, 4)))
    _insert(con, "adjusters", adjusters)
    claims = []
    for n in range(1, 901):
        ptype = rng.choices(list(POLICY_TYPES), weights=[40, 28, 14, 12, 6])[0]
        aid = rng.randint(1, 18)
        loss = _day(rng, START, SPAN - 3)
        reported = _stamp(rng, loss + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 9, 14])), 7, 21)
        reported = min(reported, dt.datetime(2024, 12, 31, 20, 0))
        low, high = POLICY_TYPES[ptype]
        claimed = round(rng.uniform(low, high) * rng.uniform(0.6, 1.0), 2)
        age = (dt.date(2024, 12, 31) - loss).days
        status = rng.choices(["settled", "denied", "withdrawn", "open"], weights=[62, 14, 6, 18 + (age < 120) * 60])[0]
        settled = round(claimed * rng.uniform(0.55, 1.0), 2) if status == "settled" else None
        closed = None if status == "open" else min(reported.date() + dt.timedelta(days=rng.randint(4, 160)),
                                                   dt.date(2024, 12, 31))
        rating = rng.randint(1, 5) if status != "open" and rng.random() < 0.6 else None
        claims.append((f"CLM-{n:05d}", aid, ptype, rng.choice(PERILS[ptype]), adjusters[aid - 1][3], loss, reported,
                       claimed, settled, status, closed, rng.random() < 0.05, rating))
    _insert(con, "claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------- lottery
GAMES = [("Daily Pick 3", "draw", 1.0, 0.50), ("Lotto 6/45", "draw", 2.5, 0.48),
         ("EuroStar Millions", "draw", 3.0, 0.50),
         ("Cash Gold Scratch", "scratchcard", 5.0, 0.65), ("Lucky Clover Scratch", "scratchcard", 2.0, 0.62),
         ("Keno Express", "instant draw", 1.5, 0.60)]
RETAILERS = [("Corner Stop Newsagent", "Antrim"), ("Harbour Road Spar", "Down"), ("Main Street Post Office", "Armagh"),
             ("Quickmart Lisburn", "Antrim"), ("Riverside Fuel", "Tyrone"), ("The Paper Shop", "Derry"),
             ("Mace Enniskillen", "Fermanagh"), ("Lucky Star Kiosk", "Antrim"), ("Centra Omagh", "Tyrone"),
             ("Station News", "Down"), ("Londis Portrush", "Derry"), ("Village Store Keady", "Armagh"),
             ("Gala Coleraine", "Derry"), ("Costcutter Newry", "Down"), ("Abbey Lotto Centre", "Antrim"),
             ("Hilltop Garage", "Fermanagh")]


def build_lottery(path: Path | str) -> None:
    """games (6), retailers (16), ticket_sales (2023-2024), prize_claims (paid_on NULL while unpaid)."""
    rng = random.Random(3803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY, game_name VARCHAR, game_type VARCHAR,
        ticket_price DOUBLE, prize_payout_ratio DOUBLE, launched_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE retailers(retailer_id INTEGER PRIMARY KEY, retailer_name VARCHAR,
        county VARCHAR, signed_up DATE, has_terminal BOOLEAN, commission_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY,
        retailer_id INTEGER REFERENCES retailers(retailer_id), game_id INTEGER REFERENCES games(game_id),
        sold_at TIMESTAMP, tickets INTEGER, revenue DOUBLE, is_online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE prize_claims(claim_id INTEGER PRIMARY KEY,
        game_id INTEGER REFERENCES games(game_id), retailer_id INTEGER REFERENCES retailers(retailer_id),
        winner_first_name VARCHAR, winner_last_name VARCHAR, winner_birth_year INTEGER, prize_tier VARCHAR,
        prize_amount DOUBLE, claimed_on DATE, paid_on DATE, is_anonymous BOOLEAN)""")
    _insert(con, "games", [(i, name, kind, price, ratio, 2010 + 2 * i)
                           for i, (name, kind, price, ratio) in enumerate(GAMES, start=1)])
    _insert(con, "retailers", [(i, name, county, _day(rng, dt.date(2012, 1, 1), 365 * 10), rng.random() < 0.8,
                                rng.choice([0.05, 0.055, 0.06, 0.065]))
                               for i, (name, county) in enumerate(RETAILERS, start=1)])
    sales = []
    for _ in range(3400):
        gid = rng.choices(range(1, 7), weights=[22, 20, 14, 16, 18, 10])[0]
        rid = rng.choices(range(1, 17), weights=[12, 9, 7, 11, 5, 6, 4, 10, 5, 6, 4, 3, 5, 7, 8, 2])[0]
        tickets = rng.randint(1, 40) + (rid in (1, 4, 15)) * rng.randint(0, 20)
        online = rng.random() < 0.18
        sales.append((len(sales) + 1, rid, gid, _stamp(rng, _day(rng, dt.date(2023, 1, 1), 731), 7, 22), tickets,
                      round(tickets * GAMES[gid - 1][2], 2), online))
    _insert(con, "ticket_sales", sales)
    tiers = {"jackpot": (250_000, 2_500_000), "match 5": (5_000, 60_000), "match 4": (250, 2_500),
             "match 3": (20, 150), "instant win": (10, 5_000)}
    claims = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        gid = rng.randint(1, 6)
        tier = "instant win" if GAMES[gid - 1][1] != "draw" else rng.choices(
            ["jackpot", "match 5", "match 4", "match 3"], weights=[2, 8, 30, 60])[0]
        claimed = _day(rng, dt.date(2023, 1, 3), 727)
        amount = round(rng.uniform(*tiers[tier]), 2)
        paid = None if rng.random() < 0.12 or claimed > dt.date(2024, 12, 20) else claimed + dt.timedelta(
            days=rng.randint(0, 45 if amount > 5000 else 7))
        paid = paid if paid is not None and paid <= dt.date(2024, 12, 31) else None
        claims.append((cid, gid, rng.randint(1, 16), first, last, rng.randint(1941, 2005), tier, amount, claimed,
                       paid, amount > 5000 and rng.random() < 0.5))
    _insert(con, "prize_claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------- timber
SPECIES = {"oak": 1450.0, "ash": 980.0, "scots pine": 420.0, "douglas fir": 560.0, "larch": 610.0,
           "western red cedar": 1250.0, "sapele": 1700.0}
CUSTOMERS = [("Hartley Joinery", "joiner"), ("Brookside Builders", "builder"),
             ("Oakwood Furniture Co", "furniture maker"), ("Fenwick Roofing", "builder"),
             ("Ridge & Rafter Ltd", "builder"), ("Moss Lane Carpentry", "joiner"),
             ("Penrose Boatworks", "boatbuilder"), ("Ashcombe Interiors", "furniture maker"),
             ("Kestrel Homes", "builder"), ("Willow Bank Fencing", "landscaper"),
             ("Greenacre Landscapes", "landscaper"), ("Tom Pryce", "private"), ("Holloway Stairs", "joiner"),
             ("Castle Restorations", "restorer"), ("Dale Cabinets", "furniture maker"),
             ("Northgate Developments", "builder"), ("Jill Meadows", "private"), ("Heron Decking", "landscaper"),
             ("Sutton Timber Frames", "builder"), ("Beacon Shopfitters", "joiner")]
COUNTIES = ["Yorkshire", "Lancashire", "Cumbria", "Durham", "Northumberland"]


def build_timber(path: Path | str) -> None:
    """staff (9, birth_year), customers (20), orders (1100, 2022-2024, delivered_on NULL if collected or pending)."""
    rng = random.Random(3804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, role VARCHAR, started_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        trade VARCHAR, county VARCHAR, has_trade_account BOOLEAN, credit_limit DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), staff_id INTEGER REFERENCES staff(staff_id),
        order_date DATE, species VARCHAR, grade VARCHAR, volume_m3 DOUBLE, price_per_m3 DOUBLE, order_value DOUBLE,
        kiln_dried BOOLEAN, fsc_certified BOOLEAN, delivery_method VARCHAR, delivered_on DATE, status VARCHAR)""")
    roles = ["sales", "sales", "sales", "sales", "sales", "yard manager", "sales", "sales", "buyer"]
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        left = dt.date(2023, 8, 31) if sid == 4 else (dt.date(2024, 5, 17) if sid == 8 else None)
        staff.append((sid, first, last, rng.randint(1962, 2000), roles[sid - 1],
                      _day(rng, dt.date(2005, 1, 1), 365 * 16), left))
    _insert(con, "staff", staff)
    _insert(con, "customers", [(i, name, trade, rng.choice(COUNTIES), trade != "private",
                                0.0 if trade == "private" else float(rng.choice([5000, 10000, 20000, 40000])))
                               for i, (name, trade) in enumerate(CUSTOMERS, start=1)])
    sellers = [s for s in staff if s[4] == "sales"]
    orders = []
    for oid in range(1, 1101):
        day = _day(rng, START, SPAN)
        active = [s[0] for s in sellers if s[6] is None or s[6] >= day]
        species = rng.choices(list(SPECIES), weights=[18, 8, 26, 16, 14, 8, 4])[0]
        grade = rng.choices(["prime", "select", "standard", "utility"], weights=[15, 30, 40, 15])[0]
        price = round(SPECIES[species] * {"prime": 1.3, "select": 1.1, "standard": 1.0, "utility": 0.75}[grade]
                      * rng.uniform(0.92, 1.12), 2)
        volume = round(rng.uniform(0.2, 9.0), 2)
        method = rng.choices(["delivery", "collection"], weights=[65, 35])[0]
        status = rng.choices(["completed", "cancelled"], weights=[94, 6])[0]
        if day > dt.date(2024, 12, 10) and status == "completed":
            status = "pending"
        delivered = day + dt.timedelta(days=rng.randint(1, 12)) if method == "delivery" and status == "completed" \
            else None
        orders.append((oid, rng.randint(1, 20), rng.choice(active), day, species, grade, volume, price,
                       round(volume * price, 2), rng.random() < 0.45, rng.random() < 0.6, method, delivered, status))
    _insert(con, "orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- fishing
PORTS = ["Peterhead", "Fraserburgh", "Lerwick", "Ullapool", "Kinlochbervie", "Scrabster"]
FISH = {"cod": 3.1, "haddock": 2.4, "mackerel": 1.2, "herring": 0.8, "monkfish": 5.6, "nephrops": 9.5}
GEARS = ["demersal trawl", "pelagic trawl", "creel", "seine net", "longline"]
VESSEL_NAMES = ["Ocean Harvest", "Silver Dawn", "Northern Light", "Guiding Star", "Sea Hunter", "Morning Glory",
                "Fair Isle", "Sunbeam", "Venture", "Good Hope", "Harvester", "Christian Salvesen", "Atlantic Rose",
                "Kinnaird", "Boy Andrew", "Star of Hope", "Resolute", "Lunar Bow", "Sparkling Star", "Endeavour",
                "Radiant Way", "Fruitful Bough", "Prowess", "Vigilant", "Arcturus", "Celestial Dawn", "Tranquility",
                "Forthright", "Amity", "Brighter Morn"]


def build_fishing(path: Path | str) -> None:
    """licence_holders (22), vessels (30, declared FK), quotas (2022-2024), landings (vessel_id NOT a declared FK)."""
    rng = random.Random(3805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE licence_holders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, home_port VARCHAR, is_producer_org_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY,
        holder_id INTEGER REFERENCES licence_holders(holder_id), vessel_name VARCHAR, home_port VARCHAR,
        length_m DOUBLE, year_built INTEGER, gear_type VARCHAR, engine_kw INTEGER, decommissioned_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE quotas(quota_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), species VARCHAR, quota_year INTEGER, quota_tonnes DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE landings(landing_id INTEGER PRIMARY KEY, vessel_id INTEGER,
        landed_at TIMESTAMP, port VARCHAR, species VARCHAR, weight_kg DOUBLE, price_per_kg DOUBLE,
        undersize_kg DOUBLE, inspected BOOLEAN)""")
    holders = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1):
        holders.append((hid, first, last, _day(rng, dt.date(1955, 1, 1), 365 * 42), rng.choice(PORTS),
                        rng.random() < 0.7))
    _insert(con, "licence_holders", holders)
    vessels = []
    for vid, name in enumerate(VESSEL_NAMES, start=1):
        hid = vid if vid <= 22 else [3, 3, 3, 5, 5, 11, 14, 17][vid - 23]
        gone = dt.date(2024, 3, 31) if vid in (7, 19) else (dt.date(2023, 10, 15) if vid == 26 else None)
        vessels.append((vid, hid, name, holders[hid - 1][4], round(rng.uniform(9.5, 68.0), 1), rng.randint(1978, 2021),
                        rng.choice(GEARS), rng.randint(120, 2800), gone))
    _insert(con, "vessels", vessels)
    quotas, landings = [], []
    for vessel in vessels:
        kinds = rng.sample(list(FISH), 3)
        for year in (2022, 2023, 2024):
            for fish in kinds:
                quotas.append((len(quotas) + 1, vessel[0], fish, year, round(rng.uniform(20, 400) * vessel[4] / 30, 1)))
        last_day = vessel[8] or dt.date(2024, 12, 31)
        for _ in range(rng.randint(30, 70)):
            day = _day(rng, START, (last_day - START).days + 1)
            fish = rng.choice(kinds)
            weight = round(rng.uniform(300, 9000) * vessel[4] / 30, 1)
            undersize = round(weight * rng.uniform(0.001, 0.04), 1) if rng.random() < 0.3 else None
            port = vessel[3] if rng.random() < 0.75 else rng.choice(PORTS)
            landings.append((len(landings) + 1, vessel[0], _stamp(rng, day, 3, 18), port, fish, weight,
                             round(FISH[fish] * rng.uniform(0.8, 1.25), 2), undersize, rng.random() < 0.2))
    _insert(con, "quotas", quotas)
    _insert(con, "landings", landings)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "loans": build_loans,
    "claims": build_claims,
    "lottery": build_lottery,
    "timber": build_timber,
    "fishing": build_fishing,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval38-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval38-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval38-dbs"))
