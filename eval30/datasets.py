"""Builders of the thirtieth held-out evaluation corpus: five DuckDB files in five finance-flavoured domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).
The data covers 2022-2024. Schemas are described in eval30/README.md.

Usage:
    python eval30/datasets.py OUTDIR

Example:
    >>> from eval30.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval30-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['creditunion.duckdb', 'crowdfund.duckdb', 'insbroker.duckdb', 'microloans.duckdb', 'payroll.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

START, END = dt.date(2022, 1, 1), dt.date(2024, 12, 31)


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
    """A timestamp on `day` between first_hour and last_hour, to the second."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour - 1), rng.randrange(60),
                                            rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abigail", "Benjamin", "Camila", "Dmitri", "Elena", "Farid", "Gemma", "Hugo", "Ingrid", "Jonas", "Keiko",
         "Liam", "Maya", "Nikolai", "Olivia", "Pavel", "Quinn", "Rosa", "Samuel", "Tamsin", "Umar", "Vera",
         "William", "Zoe"]
LAST = ["Abbott", "Barnes", "Chandra", "Delgado", "Ellison", "Fischer", "Garcia", "Hughes", "Iverson", "Jensen",
        "Khan", "Lambert", "Mendes", "Novak", "O'Neill", "Patel", "Quintero", "Reyes", "Schultz", "Tanaka", "Walsh",
        "Young"]

# ------------------------------------------------------------------------------------------------ credit union
CU_BRANCHES = ["Riverside", "Hillcrest", "Downtown", "Lakeview", "Old Mill"]
CU_ACCOUNT_TYPES = ["Savings", "Checking", "Share Certificate", "Youth Saver"]
CU_CHANNELS = ["branch", "atm", "online", "mobile"]


def build_creditunion(path: Path | str) -> None:
    """members (320, date_of_birth), accounts (declared FK, closed_on NULL while open), transactions (TIMESTAMP)."""
    rng = random.Random(3001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, branch VARCHAR, joined_on DATE, is_student BOOLEAN,
        credit_score INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE accounts(account_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), account_type VARCHAR, opened_on DATE, closed_on DATE,
        balance DOUBLE, interest_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE transactions(txn_id INTEGER PRIMARY KEY,
        account_id INTEGER REFERENCES accounts(account_id), posted_at TIMESTAMP, txn_type VARCHAR, amount DOUBLE,
        channel VARCHAR, flagged BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        student = rng.random() < 0.18
        born = _day(rng, dt.date(1998, 1, 1), 365 * 7) if student else _day(rng, dt.date(1945, 1, 1), 365 * 55)
        score = None if rng.random() < 0.12 else rng.randint(520, 840)  # NULL: never had a credit check
        members.append((mid, first, last, born, rng.choices(CU_BRANCHES, [30, 20, 25, 15, 10])[0],
                        _day(rng, dt.date(2012, 1, 1), 365 * 12 + 300), student, score))
    accounts = []
    for member in members:
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            atype = "Youth Saver" if member[6] and rng.random() < 0.4 else rng.choices(
                CU_ACCOUNT_TYPES[:3], [45, 40, 15])[0]
            opened = max(member[5], _day(rng, dt.date(2015, 1, 1), 365 * 9))
            closed = _day(rng, dt.date(2022, 1, 1), 365 * 3) if rng.random() < 0.15 else None
            if closed is not None and closed <= opened:
                closed = None
            rate = {"Savings": 1.25, "Checking": 0.05, "Share Certificate": 3.4, "Youth Saver": 2.0}[atype]
            balance = 0.0 if closed else round(rng.lognormvariate(8, 1.1), 2)
            accounts.append((len(accounts) + 1, member[0], atype, opened, closed, balance,
                             round(rate + rng.choice([0, 0.1, 0.25]), 2)))
    txns = []
    for acct in accounts:
        last_day = acct[4] or END
        first_day = max(acct[3], START)
        if last_day <= first_day:
            continue
        for _ in range(rng.randint(3, 40)):
            day = _day(rng, first_day, (last_day - first_day).days + 1)
            ttype = rng.choices(["deposit", "withdrawal", "transfer", "fee"], [40, 35, 20, 5])[0]
            amount = round(rng.uniform(2, 15), 2) if ttype == "fee" else round(rng.lognormvariate(5, 1), 2)
            channel = "branch" if ttype == "fee" else rng.choices(CU_CHANNELS, [15, 20, 30, 35])[0]
            txns.append((len(txns) + 1, acct[0], _moment(rng, day, 6, 23), ttype, amount, channel,
                         amount > 2000 and rng.random() < 0.5))
    _insert(con, "members", members)
    _insert(con, "accounts", accounts)
    _insert(con, "transactions", txns)
    con.close()


# ---------------------------------------------------------------------------------------------- microloan lender
ML_COUNTRIES = ["Kenya", "Uganda", "Peru", "Philippines", "Ghana", "Bolivia"]
ML_SECTORS = ["Agriculture", "Retail", "Food", "Services", "Crafts", "Transport"]
ML_OFFICERS = ["Amina Otieno", "Carlos Quispe", "Grace Mensah", "Jose Ramos", "Maria Santos", "Peter Mugisha"]


def build_microloans(path: Path | str) -> None:
    """borrowers (birth_year), loans (brw_id is NOT a declared FK; repaid_on NULL unless repaid), repayments."""
    rng = random.Random(3002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE borrowers(borrower_id INTEGER PRIMARY KEY, full_name VARCHAR,
        gender VARCHAR, birth_year INTEGER, country VARCHAR, sector VARCHAR, group_loan BOOLEAN,
        household_size INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY, brw_id INTEGER, loan_officer VARCHAR,
        disbursed_on DATE, principal DOUBLE, interest_rate DOUBLE, term_months INTEGER, purpose VARCHAR,
        status VARCHAR, repaid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE repayments(repayment_id INTEGER PRIMARY KEY,
        loan_id INTEGER REFERENCES loans(loan_id), paid_on DATE, amount DOUBLE, is_late BOOLEAN)""")
    borrowers = []
    officers_by_country = {c: ML_OFFICERS[i] for i, c in enumerate(ML_COUNTRIES)}
    purposes = {"Agriculture": ["seeds", "livestock", "irrigation"], "Retail": ["stock", "market stall"],
                "Food": ["stock", "equipment"], "Services": ["equipment", "training"],
                "Crafts": ["materials", "equipment"], "Transport": ["motorbike", "repairs"]}
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        borrowers.append((bid, f"{first} {last}", rng.choice(["F", "F", "F", "M"]), rng.randint(1960, 2003),
                          rng.choices(ML_COUNTRIES, [25, 15, 20, 20, 10, 10])[0],
                          rng.choices(ML_SECTORS, [30, 20, 15, 15, 10, 10])[0], rng.random() < 0.3,
                          rng.randint(1, 9)))
    loans, repayments = [], []
    for b in borrowers:
        day = _day(rng, START, 500)
        while day <= dt.date(2024, 11, 30):
            principal = float(rng.choice([100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500]))
            term = rng.choice([6, 9, 12, 12, 18])
            rate = round(rng.uniform(0.12, 0.32), 3)
            due = day + dt.timedelta(days=30 * term)
            total = round(principal * (1 + rate * term / 12), 2)
            fate = rng.random()
            instalment = round(total / term, 2)
            repaid_on, paid_n = None, 0
            if fate < 0.08:
                status, paid_n = "defaulted", rng.randint(1, max(1, term // 2))
            elif fate < 0.11:
                status, paid_n = "written off", rng.randint(0, 2)
            else:
                status, paid_n = "repaid", term
            late_prob = 0.4 if status != "repaid" else 0.1
            for k in range(1, term + 1):
                paid = day + dt.timedelta(days=30 * k + rng.randint(-3, 9))
                if paid > END:
                    status = "active" if status == "repaid" else status
                    break
                if k > paid_n:
                    break
                late = rng.random() < late_prob
                repayments.append((len(repayments) + 1, len(loans) + 1,
                                   paid + dt.timedelta(days=rng.randint(5, 25) if late else 0), instalment, late))
                if status == "repaid" and k == term:
                    repaid_on = repayments[-1][2]
            if status == "repaid" and repaid_on is None:
                status = "active"
            loans.append((len(loans) + 1, b[0], officers_by_country[b[4]], day, principal, rate, term,
                          rng.choice(purposes[b[5]]), status, repaid_on))
            if status in ("defaulted", "written off") or rng.random() < 0.35:
                break
            day = due + dt.timedelta(days=rng.randint(10, 90))
    _insert(con, "borrowers", borrowers)
    _insert(con, "loans", loans)
    _insert(con, "repayments", repayments)
    con.close()


# ------------------------------------------------------------------------------------------ crowdfunding platform
CF_CATEGORIES = {"Technology": 40000, "Games": 20000, "Film": 15000, "Music": 6000, "Design": 12000, "Food": 8000}
CF_COUNTRIES = ["US", "UK", "Germany", "Canada", "Australia", "France"]
CF_WORDS = ["Smart", "Tiny", "Open", "Wild", "Urban", "Solar", "Pocket", "Lost", "Golden", "Silent", "Brave", "Retro"]
CF_NOUNS = ["Lamp", "Garden", "Quest", "Album", "Documentary", "Kitchen", "Backpack", "Board Game", "Keyboard",
            "Bakery", "Atlas", "Speaker"]
CF_TIERS = [("No reward", 0.15), ("Early Bird", 0.6), ("Standard", 1.0), ("Deluxe", 3.0)]


def build_crowdfund(path: Path | str) -> None:
    """creators (people), campaigns (launched_at TIMESTAMP, funded_on NULL if never funded), backers (4000), pledges."""
    rng = random.Random(3003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE creators(creator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, country VARCHAR, verified BOOLEAN, joined_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE campaigns(campaign_id INTEGER PRIMARY KEY,
        creator_id INTEGER REFERENCES creators(creator_id), title VARCHAR, category VARCHAR, launched_at TIMESTAMP,
        deadline DATE, goal_amount DOUBLE, staff_pick BOOLEAN, funded_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE backers(backer_id INTEGER PRIMARY KEY, username VARCHAR,
        country VARCHAR, birth_date DATE, signed_up DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pledges(pledge_id INTEGER PRIMARY KEY,
        campaign_id INTEGER REFERENCES campaigns(campaign_id), backer_id INTEGER REFERENCES backers(backer_id),
        pledged_at TIMESTAMP, amount DOUBLE, reward_tier VARCHAR, refunded BOOLEAN)""")
    creators = [(cid, first, last, rng.choices(CF_COUNTRIES, [40, 15, 10, 15, 10, 10])[0], rng.random() < 0.6,
                 _day(rng, dt.date(2019, 1, 1), 365 * 4))
                for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1)]
    backers = []
    for bid in range(1, 4001):
        backers.append((bid, f"{rng.choice(FIRST).lower()}{rng.choice(['_', '.', ''])}{bid * 7 % 1000}",
                        rng.choices(CF_COUNTRIES, [45, 15, 10, 12, 10, 8])[0],
                        _day(rng, dt.date(1955, 1, 1), 365 * 48), _day(rng, dt.date(2020, 1, 1), 365 * 4)))
    campaigns, pledges, titles = [], [], set()
    for cid in range(1, 241):
        creator = rng.choice(creators)
        category = rng.choice(list(CF_CATEGORIES))
        title = f"{rng.choice(CF_WORDS)} {rng.choice(CF_NOUNS)}"
        while title in titles:
            title = f"{rng.choice(CF_WORDS)} {rng.choice(CF_NOUNS)} {rng.randint(2, 9)}"
        titles.add(title)
        launched = _moment(rng, _day(rng, START, 365 * 3 - 60), 8, 20)
        deadline = launched.date() + dt.timedelta(days=rng.choice([30, 30, 45, 60]))
        goal = float(round(CF_CATEGORIES[category] * rng.uniform(0.3, 2.0), -2))
        pick = rng.random() < 0.12
        appeal = rng.uniform(0.2, 2.2) * (1.5 if pick else 1.0)
        target = goal * appeal
        raised, funded_on, own = 0.0, None, []
        days = (deadline - launched.date()).days
        base = CF_CATEGORIES[category] / 200
        while raised < target:
            at = launched + dt.timedelta(minutes=rng.randrange(days * 24 * 60))
            tier, mult = rng.choices(CF_TIERS, [10, 25, 50, 15])[0]
            amount = round(base * mult * rng.uniform(0.8, 1.6), 0)
            refunded = rng.random() < 0.03
            own.append((len(pledges) + len(own) + 1, cid, rng.randint(1, 4000), at, amount, tier, refunded))
            raised += amount
        pledges += own
        ordered = sorted((p for p in own if not p[6]), key=lambda p: p[3])
        running = 0.0
        for p in ordered:
            running += p[4]
            if running >= goal:
                funded_on = p[3].date()
                break
        campaigns.append((cid, creator[0], title, category, launched, deadline, goal, pick, funded_on))
    _insert(con, "creators", creators)
    _insert(con, "campaigns", campaigns)
    _insert(con, "backers", backers)
    _insert(con, "pledges", pledges)
    con.close()


# ---------------------------------------------------------------------------------------------------- payroll
PR_CLIENTS = [("Bluefin Logistics", "Logistics", "Leeds"), ("Corner Bakery Group", "Hospitality", "Manchester"),
              ("Helix Dental", "Healthcare", "Bristol"), ("Ironbridge Builders", "Construction", "Birmingham"),
              ("Moss & Co Solicitors", "Legal", "London"), ("Northwind Cafes", "Hospitality", "Leeds"),
              ("Orbit Software", "Technology", "London"), ("Pinecrest Care Homes", "Healthcare", "Manchester")]
PR_ROLES = {"Logistics": [("Driver", 29000), ("Warehouse Operative", 24000), ("Dispatcher", 31000)],
            "Hospitality": [("Barista", 22000), ("Chef", 30000), ("Manager", 36000)],
            "Healthcare": [("Nurse", 35000), ("Care Assistant", 23500), ("Receptionist", 23000)],
            "Construction": [("Site Manager", 52000), ("Labourer", 26000), ("Electrician", 38000)],
            "Legal": [("Solicitor", 62000), ("Paralegal", 31000), ("Receptionist", 24000)],
            "Technology": [("Developer", 58000), ("Designer", 45000), ("Support Engineer", 34000)]}


def build_payroll(path: Path | str) -> None:
    """clients (employers), employees (declared FK, leaving_date NULL while employed), payslips (monthly)."""
    rng = random.Random(3004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, company_name VARCHAR,
        industry VARCHAR, city VARCHAR, onboarded DATE, monthly_fee DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE employees(employee_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), first_name VARCHAR, last_name VARCHAR, date_of_birth DATE,
        job_title VARCHAR, start_date DATE, leaving_date DATE, annual_salary DOUBLE, part_time BOOLEAN,
        pension_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE payslips(payslip_id INTEGER PRIMARY KEY,
        employee_id INTEGER REFERENCES employees(employee_id), pay_date DATE, gross_pay DOUBLE,
        income_tax DOUBLE, national_insurance DOUBLE, net_pay DOUBLE, overtime_hours DOUBLE)""")
    clients = [(i, name, ind, city, _day(rng, dt.date(2018, 1, 1), 365 * 4), float(rng.choice([250, 400, 650, 900])))
               for i, (name, ind, city) in enumerate(PR_CLIENTS, start=1)]
    employees, slips = [], []
    for eid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 230), start=1):
        client = rng.choices(clients, [40, 30, 20, 30, 12, 35, 25, 30])[0]
        title, base = rng.choice(PR_ROLES[client[2]])
        part = rng.random() < 0.22
        salary = float(round(base * rng.uniform(0.85, 1.3) * (0.5 if part else 1.0), -2))
        start = _day(rng, dt.date(2016, 1, 1), 365 * 9)
        leaving = _day(rng, max(start, START) + dt.timedelta(days=30), 300 * 3) if rng.random() < 0.25 else None
        if leaving is not None and leaving > END:
            leaving = None
        employees.append((eid, client[0], first, last, _day(rng, dt.date(1960, 1, 1), 365 * 42), title, start,
                          leaving, salary, part, rng.random() < 0.75))
        for year in (2022, 2023, 2024):
            for month in range(1, 13):
                pay_date = dt.date(year, month, 25)
                if pay_date < start or (leaving is not None and pay_date > leaving):
                    continue
                raise_factor = 1 + 0.03 * (year - 2022)
                overtime = 0.0 if part or rng.random() < 0.6 else float(rng.randint(1, 20))
                gross = round(salary * raise_factor / 12 + overtime * salary / 1950 * 1.5, 2)
                tax = round(max(0.0, (gross - 1048) * 0.2), 2)
                ni = round(max(0.0, (gross - 1048) * 0.1), 2)
                slips.append((len(slips) + 1, eid, pay_date, gross, tax, ni, round(gross - tax - ni, 2), overtime))
    _insert(con, "clients", clients)
    _insert(con, "employees", employees)
    _insert(con, "payslips", slips)
    con.close()


# -------------------------------------------------------------------------------------------- insurance broker
IB_LINES = {"Home": 650, "Motor": 900, "Travel": 120, "Life": 480, "Commercial Property": 4200, "Pet": 300}
IB_INSURERS = ["Northbridge Mutual", "Harbor Assurance", "Crescent Insurance", "Summit General"]
IB_AGENTS = ["Dana Whitfield", "Marcus Bell", "Priya Nair", "Tom Kowalczyk", "Lena Hoffmann"]
IB_REGIONS = ["North", "South", "East", "West", "Central"]


def build_insbroker(path: Path | str) -> None:
    """clients (people), policies (declared FK, cancelled_on NULL unless cancelled), claims (TIMESTAMP, NULLs)."""
    rng = random.Random(3005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, region VARCHAR, is_business BOOLEAN, referred_by VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE policies(policy_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), line_of_business VARCHAR, insurer VARCHAR, agent VARCHAR,
        start_date DATE, end_date DATE, annual_premium DOUBLE, commission_rate DOUBLE, auto_renew BOOLEAN,
        cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY,
        policy_id INTEGER REFERENCES policies(policy_id), reported_at TIMESTAMP, incident_date DATE,
        claim_amount DOUBLE, status VARCHAR, settled_amount DOUBLE, settled_on DATE)""")
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 280), start=1):
        referred = rng.choice(["web", "partner bank", "existing client", "car dealer"]) if rng.random() < 0.4 else None
        clients.append((cid, first, last, _day(rng, dt.date(1950, 1, 1), 365 * 52),
                        rng.choices(IB_REGIONS, [20, 25, 15, 15, 25])[0], rng.random() < 0.15, referred))
    policies, claims = [], []
    for client in clients:
        lines = ["Commercial Property"] if client[5] else []
        lines += rng.sample(["Home", "Motor", "Travel", "Life", "Pet"], rng.choice([1, 1, 2, 3]))
        for line in lines:
            start = _day(rng, START, 365)
            insurer = rng.choice(IB_INSURERS)
            agent = rng.choice(IB_AGENTS)
            while start <= END:
                end = start + dt.timedelta(days=364)
                premium = round(IB_LINES[line] * rng.uniform(0.6, 1.7), 2)
                cancelled = _day(rng, start + dt.timedelta(days=20), 300) if rng.random() < 0.07 else None
                if cancelled is not None and cancelled > END:
                    cancelled = None
                auto = rng.random() < 0.55
                policies.append((len(policies) + 1, client[0], line, insurer, agent, start, end, premium,
                                 {"Commercial Property": 0.15, "Life": 0.2}.get(line, 0.1)
                                 + rng.choice([0, 0.025]), auto, cancelled))
                if rng.random() < {"Motor": 0.25, "Home": 0.15, "Travel": 0.1, "Pet": 0.3}.get(line, 0.08):
                    incident = _day(rng, start, 300)
                    if incident < dt.date(2024, 12, 20):
                        reported = _moment(rng, incident + dt.timedelta(days=rng.randint(0, 10)), 8, 19)
                        amount = round(premium * rng.uniform(0.3, 6), 2)
                        status = rng.choices(["settled", "rejected", "open"], [70, 15, 15])[0]
                        if reported.date() > dt.date(2024, 11, 1):
                            status = "open"
                        settled = round(amount * rng.uniform(0.5, 1.0), 2) if status == "settled" else None
                        settled_on = (reported.date() + dt.timedelta(days=rng.randint(7, 80))
                                      if status == "settled" else None)
                        claims.append((len(claims) + 1, len(policies), reported, incident, amount, status, settled,
                                       settled_on))
                if cancelled is not None or (not auto and rng.random() < 0.4):
                    break
                start = end + dt.timedelta(days=1)
    _insert(con, "clients", clients)
    _insert(con, "policies", policies)
    _insert(con, "claims", claims)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "creditunion": build_creditunion,
    "microloans": build_microloans,
    "crowdfund": build_crowdfund,
    "payroll": build_payroll,
    "insbroker": build_insbroker,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval30-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval30-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval30-dbs"))
