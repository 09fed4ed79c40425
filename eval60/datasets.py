"""Builders of the sixtieth evaluation corpus (development): five DuckDB files in office and retail domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `payables.duckdb`: accounts payable (suppliers, invoices, payments; unpaid invoices have no payment)
- `expenses.duckdb`: employee expense claims in camelCase (employees with a birth date, claims, approvals)
- `lettings.duckdb`: a letting agency (landlords with a birth year, properties, tenancies open while ongoing,
  rent payments unpaid while `paid_date` is NULL)
- `pawnshop.duckdb`: a pawn shop (customers, pledges whose `customer_id` is NOT a declared foreign key, redemptions)
- `taxoffice.duckdb`: a tax preparation office (preparers, clients, returns; `filed_on` NULL while not yet filed)

Usage:
    python eval60/datasets.py OUTDIR

Example:
    >>> from eval60.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval60-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['expenses.duckdb', 'lettings.duckdb', 'pawnshop.duckdb', 'payables.duckdb', 'taxoffice.duckdb']
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


FIRST = ["Adele", "Bashir", "Ciara", "Dominic", "Esther", "Farid", "Gemma", "Hugo", "Imogen", "Jamal", "Keira",
         "Leon", "Maya", "Niall", "Olive", "Pradeep", "Rosa", "Samir", "Tilly", "Victor", "Wendy", "Yusuf", "Zara"]
LAST = ["Ahmed", "Bishop", "Carver", "Doyle", "Ellis", "Fenwick", "Gallagher", "Hussain", "Ibbotson", "Jones",
        "Khan", "Lowe", "Mensah", "Novak", "Okafor", "Patel", "Reilly", "Shaw", "Thornton", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------ accounts payable
CATEGORIES = {"IT services": 4200, "office supplies": 450, "logistics": 2600, "facilities": 1800,
              "marketing": 3100, "raw materials": 7400}
COUNTRIES = ["UK", "UK", "UK", "Ireland", "Germany", "Netherlands"]
SUPPLIER_A = ["Apex", "Brightline", "Cobalt", "Delta", "Evergreen", "Falcon", "Granite", "Harbour", "Ironbridge",
              "Juniper", "Keystone", "Lumen", "Meridian", "Northgate", "Orchard", "Pinnacle"]
SUPPLIER_B = ["Supplies", "Logistics", "Solutions", "Services", "Trading", "Systems"]
COST_CENTRES = ["Finance", "Operations", "Sales", "IT", "HR"]


def build_payables(path: Path | str) -> None:
    """suppliers (48), invoices (2022-2024, declared FK; status open/paid/disputed/void), payments (declared FK)."""
    rng = random.Random(6001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        category VARCHAR, country VARCHAR, payment_terms_days INTEGER, preferred BOOLEAN, onboarded_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        supplier_id INTEGER REFERENCES suppliers(supplier_id), invoice_number VARCHAR, invoice_date DATE,
        due_date DATE, received_at TIMESTAMP, net_amount DOUBLE, vat_amount DOUBLE, cost_centre VARCHAR,
        status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE payments(payment_id INTEGER PRIMARY KEY,
        invoice_id INTEGER REFERENCES invoices(invoice_id), paid_on DATE, amount_paid DOUBLE, method VARCHAR,
        early_payment_discount BOOLEAN)""")
    names: dict[str, None] = {}
    while len(names) < 48:
        names.setdefault(f"{rng.choice(SUPPLIER_A)} {rng.choice(SUPPLIER_B)}", None)
    suppliers = [(sid, name, rng.choice(list(CATEGORIES)), rng.choice(COUNTRIES), rng.choice([14, 30, 30, 45, 60]),
                  rng.random() < 0.35, _day(rng, dt.date(2015, 1, 1), 2900)) for sid, name in enumerate(names, 1)]
    weights = [1 / (rank ** 0.7) for rank in range(1, 49)]
    rng.shuffle(weights)
    invoices, payments = [], []
    for iid in range(1, 2401):
        sid = rng.choices(range(1, 49), weights)[0]
        _, _, cat, _, terms, _, _ = suppliers[sid - 1]
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        net = round(CATEGORIES[cat] * rng.uniform(0.2, 2.2), 2)
        vat = round(net * (0.2 if rng.random() < 0.85 else 0.0), 2)
        due = day + dt.timedelta(days=terms)
        roll = rng.random()
        status = "void" if roll < 0.03 else "disputed" if roll < 0.08 else "open" if day > dt.date(2024, 11, 15) \
            else "paid"
        invoices.append((iid, sid, f"INV-{day.year}-{iid:05d}", day, due,
                         _moment(rng, day + dt.timedelta(days=rng.randint(0, 6)), 7, 19), net, vat,
                         rng.choice(COST_CENTRES), status))
        if status == "paid":
            paid = due + dt.timedelta(days=rng.randint(-20, 25))
            discount = paid < due - dt.timedelta(days=10) and rng.random() < 0.5
            payments.append((len(payments) + 1, iid, paid, round((net + vat) * (0.98 if discount else 1.0), 2),
                             rng.choices(["BACS", "cheque", "card", "SEPA"], [60, 10, 15, 15])[0], discount))
    _insert(con, "suppliers", suppliers)
    _insert(con, "invoices", invoices)
    _insert(con, "payments", payments)
    con.close()


# ------------------------------------------------------------------------------------ employee expense claims
DEPARTMENTS = ["Sales", "Engineering", "Finance", "Marketing", "Support"]
CLAIM_TYPES = {"travel": 180, "meals": 45, "accommodation": 140, "mileage": 0, "training": 380, "equipment": 120}


def build_expenses(path: Path | str) -> None:
    """employees (90, camelCase, birthDate), claims (2023-2024), approvals (none while a claim is pending)."""
    rng = random.Random(6002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE employees("employeeId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, department VARCHAR, "jobGrade" VARCHAR, "isManager" BOOLEAN,
        "startDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE claims("claimId" INTEGER PRIMARY KEY,
        "employeeId" INTEGER REFERENCES employees("employeeId"), "submittedAt" TIMESTAMP, "expenseDate" DATE,
        category VARCHAR, "amountGbp" DOUBLE, "mileageKm" DOUBLE, "hasReceipt" BOOLEAN, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE approvals("approvalId" INTEGER PRIMARY KEY,
        "claimId" INTEGER REFERENCES claims("claimId"), "approverId" INTEGER REFERENCES employees("employeeId"),
        "decidedAt" TIMESTAMP, decision VARCHAR, "rejectReason" VARCHAR)""")
    employees = []
    for eid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        grade = rng.choices(["G1", "G2", "G3", "G4"], [30, 35, 25, 10])[0]
        employees.append((eid, first, last, _day(rng, dt.date(1965, 1, 1), 13800), rng.choice(DEPARTMENTS), grade,
                          grade in ("G3", "G4") and rng.random() < 0.6, _day(rng, dt.date(2012, 1, 1), 4000)))
    managers = [e[0] for e in employees if e[6]]
    claims, approvals = [], []
    for cid in range(1, 3001):
        eid = rng.randint(1, 90)
        dept = employees[eid - 1][4]
        kind = rng.choices(list(CLAIM_TYPES), [30 if dept == "Sales" else 15, 25, 12, 15, 6, 8])[0]
        spent = _day(rng, dt.date(2023, 1, 1), 731)
        submitted = _moment(rng, spent + dt.timedelta(days=rng.randint(0, 30)), 7, 22)
        km = round(rng.uniform(12, 420), 1) if kind == "mileage" else None
        amount = round(km * 0.45, 2) if km else round(CLAIM_TYPES[kind] * rng.uniform(0.3, 2.5), 2)
        receipt = kind != "mileage" and rng.random() < 0.88
        if submitted.date() > dt.date(2024, 12, 31) or (submitted.date() > dt.date(2024, 12, 10)
                                                         and rng.random() < 0.7):
            status = "pending"
        else:
            status = "rejected" if rng.random() < (0.35 if not receipt and kind != "mileage" else 0.06) \
                else "approved"
        claims.append((cid, eid, submitted, spent, kind, amount, km, receipt, status))
        if status != "pending":
            approver = rng.choice([m for m in managers if m != eid])
            decided = submitted + dt.timedelta(hours=rng.randint(2, 400))
            reason = rng.choice(["no receipt", "over policy limit", "duplicate", "personal expense"]) \
                if status == "rejected" else None
            approvals.append((len(approvals) + 1, cid, approver, decided, status, reason))
    _insert(con, "employees", employees)
    _insert(con, "claims", claims)
    _insert(con, "approvals", approvals)
    con.close()


# ------------------------------------------------------------------------------------------- letting agency
AREAS = {"Jesmond": 1.3, "Heaton": 1.0, "Gosforth": 1.2, "Byker": 0.75, "Fenham": 0.85, "City Centre": 1.25}
PROPERTY_TYPES = {"studio": (0, 620), "flat": (2, 850), "terraced house": (3, 1000), "semi-detached": (3, 1150),
                  "detached": (4, 1600)}
STREETS = ["Acorn Road", "Brentwood Avenue", "Chillingham Road", "Doncaster Terrace", "Eslington Road",
           "Forsyth Street", "Granville Road", "Hotspur Street", "Ilford Road", "Jubilee Road", "Kingsley Place",
           "Lily Avenue", "Meldon Terrace", "Newington Road", "Osborne Road", "Park Grove"]


def build_lettings(path: Path | str) -> None:
    """landlords (35, birth_year), properties (110), tenancies (end_date NULL while ongoing), rent_payments
    (2022-2024, paid_date NULL while unpaid); all foreign keys declared."""
    rng = random.Random(6003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE landlords(landlord_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, email VARCHAR, fully_managed BOOLEAN, signed_up DATE)""")
    con.execute("""CREATE OR REPLACE TABLE properties(property_id INTEGER PRIMARY KEY,
        landlord_id INTEGER REFERENCES landlords(landlord_id), address VARCHAR, area VARCHAR, property_type VARCHAR,
        bedrooms INTEGER, floor_area_sqm INTEGER, furnished BOOLEAN, pets_allowed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenancies(tenancy_id INTEGER PRIMARY KEY,
        property_id INTEGER REFERENCES properties(property_id), tenant_name VARCHAR, start_date DATE, end_date DATE,
        monthly_rent DOUBLE, deposit DOUBLE, tenant_count INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE rent_payments(payment_id INTEGER PRIMARY KEY,
        tenancy_id INTEGER REFERENCES tenancies(tenancy_id), due_date DATE, paid_date DATE, amount DOUBLE,
        method VARCHAR)""")
    landlords = []
    for lid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 35), start=1):
        landlords.append((lid, first, last, rng.randint(1945, 1992), f"{first.lower()}.{last.lower()}@example.com",
                          rng.random() < 0.6, _day(rng, dt.date(2012, 1, 1), 3600)))
    properties, used = [], set()
    for pid in range(1, 111):
        kind = rng.choices(list(PROPERTY_TYPES), [12, 35, 25, 18, 10])[0]
        beds = max(0, PROPERTY_TYPES[kind][0] + rng.choice([-1, 0, 0, 1])) if kind != "studio" else 0
        address = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        while address in used:
            address = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        used.add(address)
        properties.append((pid, rng.randint(1, 35), address, rng.choice(list(AREAS)), kind, beds,
                           int(25 + beds * 22 * rng.uniform(0.8, 1.3)), rng.random() < 0.4, rng.random() < 0.3))
    tenancies, payments = [], []
    tenants = iter(_unique_names(rng, FIRST, LAST, 400))
    for pid, _, _, area, kind, beds, *_ in properties:
        day = _day(rng, dt.date(2022, 1, 1), 120)
        while day < dt.date(2024, 12, 1):
            months = rng.choice([6, 12, 12, 12, 18, 24])
            end = day + dt.timedelta(days=int(months * 30.4))
            rent = round(PROPERTY_TYPES[kind][1] * AREAS[area] * (1 + 0.1 * beds) * rng.uniform(0.9, 1.1)
                         * (1 + 0.05 * (day.year - 2022)), -1)
            first, last = next(tenants)
            ongoing = end > dt.date(2024, 12, 31)
            tid = len(tenancies) + 1
            tenancies.append((tid, pid, f"{first} {last}", day, None if ongoing else end, rent, rent * 1.15,
                              rng.randint(1, max(1, beds + 1))))
            due = day
            late_payer = rng.random() < 0.2
            while due <= min(end, dt.date(2024, 12, 31)) - dt.timedelta(days=1):
                lag = rng.randint(3, 40) if late_payer and rng.random() < 0.5 else rng.randint(-3, 2)
                paid = due + dt.timedelta(days=lag)
                unpaid = paid > dt.date(2024, 12, 31) or (rng.random() < 0.01)
                payments.append((len(payments) + 1, tid, due, None if unpaid else paid, rent,
                                 rng.choices(["standing order", "bank transfer", "card"], [70, 20, 10])[0]))
                month = due.month % 12 + 1
                due = dt.date(due.year + (due.month == 12), month, min(due.day, 28))
            day = end + dt.timedelta(days=rng.randint(5, 60))
    _insert(con, "landlords", landlords)
    _insert(con, "properties", properties)
    _insert(con, "tenancies", tenancies)
    _insert(con, "rent_payments", payments)
    con.close()


# ------------------------------------------------------------------------------------------------ pawn shop
ITEMS = {"jewellery": 300, "watch": 650, "electronics": 220, "musical instrument": 400, "tools": 140}
CITIES = ["Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax"]


def build_pawnshop(path: Path | str) -> None:
    """customers (260, birth_date), pledges (2023-01 .. 2025-06; customer_id NOT a declared FK; gold_weight_g NULL
    for items without gold), redemptions (declared FK to pledges)."""
    rng = random.Random(6004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, city VARCHAR, id_verified BOOLEAN, first_visit DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pledges(pledge_id INTEGER PRIMARY KEY, customer_id INTEGER,
        pledged_at TIMESTAMP, item_category VARCHAR, gold_weight_g DOUBLE, appraised_value DOUBLE,
        loan_amount DOUBLE, monthly_interest_pct DOUBLE, term_days INTEGER, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE redemptions(redemption_id INTEGER PRIMARY KEY,
        pledge_id INTEGER REFERENCES pledges(pledge_id), redeemed_at TIMESTAMP, principal_paid DOUBLE,
        interest_paid DOUBLE, paid_in_cash BOOLEAN)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        customers.append((cid, first, last, _day(rng, dt.date(1950, 1, 1), 20000), rng.choice(CITIES),
                          rng.random() < 0.9, _day(rng, dt.date(2015, 1, 1), 3600)))
    weights = [1 / (rank ** 0.6) for rank in range(1, 261)]
    rng.shuffle(weights)
    pledges, redemptions = [], []
    for pid in range(1, 2201):
        kind = rng.choices(list(ITEMS), [40, 15, 25, 8, 12])[0]
        day = _day(rng, dt.date(2023, 1, 1), 912)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 1), 912)
        pledged = _moment(rng, day, 9, 17)
        gold = round(rng.uniform(2, 60), 1) if kind == "jewellery" and rng.random() < 0.85 else \
            round(rng.uniform(10, 90), 1) if kind == "watch" and rng.random() < 0.3 else None
        value = round(ITEMS[kind] * rng.uniform(0.3, 3.0) + (gold or 0) * 38, -1)
        loan = round(value * rng.uniform(0.4, 0.7), -1)
        rate = rng.choice([4.0, 5.0, 6.0, 7.5])
        term = rng.choice([30, 60, 90, 180])
        roll = rng.random()
        deadline = day + dt.timedelta(days=term)
        if deadline > dt.date(2025, 6, 30) and roll < 0.6:
            status = "active"
        else:
            status = "redeemed" if roll < (0.78 if kind != "electronics" else 0.62) or deadline > dt.date(2025, 6, 1) \
                else "forfeited"
        pledges.append((pid, rng.choices(range(1, 261), weights)[0], pledged, kind, gold, value, loan, rate, term,
                        status))
        if status == "redeemed":
            days = rng.randint(3, term)
            redeemed = _moment(rng, min(day + dt.timedelta(days=days), dt.date(2025, 6, 30)), 9, 17)
            interest = round(loan * rate / 100 * max(1, -(-(redeemed.date() - day).days // 30)), 2)
            redemptions.append((len(redemptions) + 1, pid, redeemed, loan, interest, rng.random() < 0.55))
    _insert(con, "customers", customers)
    _insert(con, "pledges", pledges)
    _insert(con, "redemptions", redemptions)
    con.close()


# ---------------------------------------------------------------------------------------- tax preparation
OFFICES = ["Downtown", "Northside", "Lakeview"]
RETURN_TYPES = {"1040": 260, "1040 with Schedule C": 520, "1065 partnership": 1400, "1120-S": 1600}
FILING = ["single", "married filing jointly", "married filing separately", "head of household"]
STATES = ["IL", "IL", "IL", "WI", "IN", "MI"]


def build_taxoffice(path: Path | str) -> None:
    """preparers (16, birth_year), clients (600, birth_date), returns (received 2023-01 .. 2025-04 for tax years
    2022-2024; filed_on NULL while not yet filed, refund_amount NULL when a balance is due and vice versa)."""
    rng = random.Random(6005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE preparers(preparer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, credential VARCHAR, office VARCHAR, full_time BOOLEAN,
        hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, filing_status VARCHAR, state VARCHAR, business_owner BOOLEAN,
        client_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE returns(return_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), preparer_id INTEGER REFERENCES preparers(preparer_id),
        tax_year INTEGER, return_type VARCHAR, received_at TIMESTAMP, filed_on DATE, hours_spent DOUBLE,
        fee_usd DOUBLE, refund_amount DOUBLE, balance_due DOUBLE, e_filed BOOLEAN, extension_filed BOOLEAN)""")
    preparers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1):
        cred = rng.choices(["CPA", "EA", "seasonal"], [35, 30, 35])[0]
        preparers.append((pid, first, last, rng.randint(1958, 2000), cred, OFFICES[(pid - 1) % 3],
                          cred != "seasonal", _day(rng, dt.date(2008, 1, 1), 5400)))
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        clients.append((cid, first, last, _day(rng, dt.date(1940, 1, 1), 23000),
                        rng.choices(FILING, [40, 40, 5, 15])[0], rng.choice(STATES), rng.random() < 0.25,
                        _day(rng, dt.date(2010, 1, 1), 4700)))
    returns = []
    for tax_year in (2022, 2023, 2024):
        for cid, *_, owner, _ in clients:
            if rng.random() < 0.25:
                continue
            kind = rng.choices(list(RETURN_TYPES), [70, 30, 0, 0] if not owner else [10, 50, 20, 20])[0]
            received = _moment(rng, _day(rng, dt.date(tax_year + 1, 1, 20), 85), 8, 19)
            extension = rng.random() < (0.08 if kind == "1040" else 0.3)
            lag = rng.randint(60, 200) if extension else rng.randint(2, 40)
            filed = received.date() + dt.timedelta(days=lag)
            if filed > dt.date(2025, 4, 14):
                filed = None
            prep = rng.choice([p for p in preparers if kind == "1040" or p[4] != "seasonal"])[0]
            hours = round(RETURN_TYPES[kind] / 130 * rng.uniform(0.6, 1.6), 1)
            fee = round(RETURN_TYPES[kind] * rng.uniform(0.85, 1.3) * (1 + 0.04 * (tax_year - 2022)), 0)
            refund = round(rng.uniform(50, 6500), 2) if rng.random() < 0.65 else None
            due = None if refund is not None else round(rng.uniform(20, 9000), 2)
            returns.append((len(returns) + 1, cid, prep, tax_year, kind, received, filed, hours, fee, refund, due,
                            rng.random() < 0.9, extension))
    _insert(con, "preparers", preparers)
    _insert(con, "clients", clients)
    _insert(con, "returns", returns)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "payables": build_payables,
    "expenses": build_expenses,
    "lettings": build_lettings,
    "pawnshop": build_pawnshop,
    "taxoffice": build_taxoffice,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval60-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval60-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval60-dbs"))
