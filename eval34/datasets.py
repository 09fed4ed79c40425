"""Builders of evaluation corpus 34: five DuckDB files (IT helpdesk, CI/CD runs, web hosting, email marketing, SOC).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `helpdesk.duckdb`: agents (birth_year, full_name), tickets (declared FK; resolved_at NULL while open,
  satisfaction NULL when no survey answer; first_response_min vs sla_response_min), 2023-2024
- `cicd.duckdb`: repos, pipeline_runs (repo_id is NOT a declared foreign key; duration_sec NULL for cancelled
  runs), July 2023 - June 2025
- `hosting.duckdb`: customers, servers (declared FK; cancelled_on NULL while active), outages (declared FK),
  2022-2024
- `emailmkt.duckdb`: marketers (first/last name, date_of_birth), campaigns (declared FK; revenue NULL when not
  tracked), 2023-2024
- `soc.duckdb`: analysts (date_of_birth), alerts (declared FK, analyst_id NULL when unassigned, acknowledged_at
  NULL when never acknowledged), 2023-2024

Usage:
    python eval34/datasets.py OUTDIR

Example:
    >>> from eval34.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval34-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cicd.duckdb', 'emailmkt.duckdb', 'helpdesk.duckdb', 'hosting.duckdb', 'soc.duckdb']
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


def _moment(rng: random.Random, day: dt.date, hours: tuple[int, int] = (0, 24)) -> dt.datetime:
    """A random second of `day` between hours[0] and hours[1]."""
    start = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(hours=hours[0])
    return start + dt.timedelta(seconds=rng.randrange((hours[1] - hours[0]) * 3600))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca",
         "Mina", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tanja", "Umar", "Vera", "Wim", "Yara", "Zoe"]
LAST = ["Achebe", "Bauer", "Costa", "Dahl", "Esposito", "Fischer", "Gomez", "Haas", "Ivanova", "Jansen", "Keller",
        "Lopez", "Meyer", "Novak", "Olsen", "Petrov", "Quist", "Richter", "Silva", "Tanaka", "Urban", "Weber"]

# ------------------------------------------------------------------------------------------------ helpdesk
TEAMS = ["Service Desk", "Network", "Applications", "Hardware"]
CATEGORIES = ["password reset", "hardware", "software", "network", "access request", "email"]
PRIORITIES = {"low": 480, "medium": 240, "high": 60, "urgent": 15}  # priority -> first-response SLA minutes
DEPTS = ["Finance", "Sales", "HR", "Engineering", "Marketing", "Operations"]


def build_helpdesk(path: Path | str) -> None:
    """agents (36), tickets (2023-2024, declared FK; resolved_at NULL while open, satisfaction optional)."""
    rng = random.Random(3401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE agents(agent_id INTEGER PRIMARY KEY, full_name VARCHAR, team VARCHAR,
        hire_date DATE, birth_year INTEGER, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        agent_id INTEGER REFERENCES agents(agent_id), requester_dept VARCHAR, category VARCHAR, priority VARCHAR,
        channel VARCHAR, status VARCHAR, opened_at TIMESTAMP, resolved_at TIMESTAMP, first_response_min INTEGER,
        sla_response_min INTEGER, satisfaction INTEGER, reopened BOOLEAN)""")
    agents = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 36), start=1):
        agents.append((aid, f"{first} {last}", rng.choices(TEAMS, [40, 20, 25, 15])[0],
                       _day(rng, dt.date(2014, 1, 1), 365 * 10), rng.randint(1966, 2001), rng.random() < 0.3))
    tickets = []
    for tid in range(1, 5201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        opened = _moment(rng, day, (7, 19))
        prio = rng.choices(list(PRIORITIES), [35, 40, 20, 5])[0]
        sla = PRIORITIES[prio]
        status = rng.choices(["closed", "resolved", "open", "in progress", "cancelled"], [70, 12, 6, 6, 6])[0]
        if day > dt.date(2024, 11, 15) and status == "closed":
            status = rng.choice(["closed", "open", "in progress"])
        done = status in ("closed", "resolved")
        speed = {"urgent": 0.15, "high": 0.35, "medium": 0.7, "low": 1.0}[prio]
        resolved = opened + dt.timedelta(minutes=int(rng.randint(10, 60 * 24 * 6) * speed)) if done else None
        rating = rng.choices([1, 2, 3, 4, 5], [5, 8, 17, 35, 35])[0] if done and rng.random() < 0.4 else None
        category = rng.choices(CATEGORIES, [25, 15, 20, 15, 15, 10])[0]
        channel = rng.choices(["email", "phone", "portal", "chat"], [30, 15, 40, 15])[0]
        tickets.append((tid, rng.randint(1, 36), rng.choice(DEPTS), category, prio, channel, status, opened,
                        resolved, int(sla * rng.uniform(0.1, 1.6)), sla, rating, done and rng.random() < 0.07))
    _insert(con, "agents", agents)
    _insert(con, "tickets", tickets)
    con.close()


# ---------------------------------------------------------------------------------------------------- cicd
REPOS = [("payments-api", "Go", "Payments"), ("checkout-web", "TypeScript", "Payments"),
         ("ledger-service", "Java", "Payments"), ("search-indexer", "Rust", "Platform"),
         ("auth-gateway", "Go", "Platform"), ("infra-terraform", "HCL", "Platform"),
         ("k8s-operators", "Go", "Platform"), ("growth-experiments", "Python", "Growth"),
         ("landing-pages", "TypeScript", "Growth"), ("email-renderer", "TypeScript", "Growth"),
         ("etl-jobs", "Python", "Data"), ("feature-store", "Python", "Data"), ("metrics-pipeline", "Scala", "Data"),
         ("ios-app", "Swift", "Mobile"), ("android-app", "Kotlin", "Mobile"), ("mobile-bff", "TypeScript", "Mobile"),
         ("legacy-billing", "Java", "Payments"), ("docs-site", "TypeScript", "Platform"),
         ("ml-models", "Python", "Data"), ("notification-service", "Go", "Growth")]


def build_cicd(path: Path | str) -> None:
    """repos (20), pipeline_runs (July 2023 - June 2025; repo_id NOT declared; duration_sec NULL if cancelled)."""
    rng = random.Random(3402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE repos(repo_id INTEGER PRIMARY KEY, repo_name VARCHAR, language VARCHAR,
        team VARCHAR, created_on DATE, is_archived BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pipeline_runs(run_id INTEGER PRIMARY KEY, repo_id INTEGER,
        branch VARCHAR, trigger_type VARCHAR, status VARCHAR, started_at TIMESTAMP, duration_sec INTEGER,
        queue_sec INTEGER, tests_run INTEGER, tests_failed INTEGER, is_deploy BOOLEAN)""")
    repos = [(i, name, lang, team, _day(rng, dt.date(2018, 1, 1), 365 * 5), name == "legacy-billing")
             for i, (name, lang, team) in enumerate(REPOS, start=1)]
    weights = [rng.randint(2, 12) for _ in repos]
    runs = []
    for rid in range(1, 9001):
        repo = rng.choices(repos, weights)[0]
        day = _day(rng, dt.date(2023, 7, 1), 731)
        if repo[5] and day > dt.date(2024, 3, 1):
            day = _day(rng, dt.date(2023, 7, 1), 244)
        branch = rng.choices(["main", "develop", "release", "feature"], [35, 20, 5, 40])[0]
        trigger = rng.choices(["push", "pull_request", "schedule", "manual"], [45, 35, 12, 8])[0]
        status = rng.choices(["success", "failed", "cancelled"], [78, 15, 7])[0]
        base = {"Rust": 900, "Java": 780, "Scala": 840, "Swift": 1100, "Kotlin": 960}.get(repo[2], 420)
        tests = rng.randint(50, 2500) if trigger != "schedule" or rng.random() < 0.5 else 0
        failed = rng.randint(1, max(1, tests // 40)) if status == "failed" and tests else 0
        runs.append((rid, repo[0], branch, trigger, status, _moment(rng, day, (6, 23)),
                     None if status == "cancelled" else int(base * rng.uniform(0.5, 1.8)), rng.randint(0, 600),
                     tests, failed, status == "success" and branch in ("main", "release") and rng.random() < 0.5))
    _insert(con, "repos", repos)
    _insert(con, "pipeline_runs", runs)
    con.close()


# ------------------------------------------------------------------------------------------------- hosting
COUNTRIES = ["Germany", "Netherlands", "France", "United States", "Singapore", "Brazil", "Poland"]
PLANS = {"Shared": 9.0, "VPS Small": 24.0, "VPS Large": 79.0, "Dedicated": 249.0}
DATACENTERS = ["Frankfurt", "Amsterdam", "Virginia", "Singapore"]
WORDS = ["Blue", "Nimbus", "Atlas", "Pixel", "Harbor", "Quantum", "Maple", "Orbit", "Cedar", "Vertex", "Lumen",
         "Falcon", "Granite", "Willow", "Summit"]
SUFFIXES = ["Media", "Labs", "Studio", "Logistics", "Foods", "Travel", "Software", "Consulting", "Retail"]


def build_hosting(path: Path | str) -> None:
    """customers (120), servers (declared FK; cancelled_on NULL while active), outages (declared FK), 2022-2024."""
    rng = random.Random(3403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, company_name VARCHAR,
        contact_name VARCHAR, country VARCHAR, signup_date DATE, is_reseller BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE servers(server_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), hostname VARCHAR, plan VARCHAR, datacenter VARCHAR,
        os VARCHAR, disk_gb INTEGER, monthly_price DOUBLE, launched_on DATE, cancelled_on DATE, managed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE outages(outage_id INTEGER PRIMARY KEY,
        server_id INTEGER REFERENCES servers(server_id), started_at TIMESTAMP, minutes_down INTEGER, cause VARCHAR,
        planned BOOLEAN)""")
    companies: dict[str, None] = {}
    while len(companies) < 120:
        companies.setdefault(f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)}", None)
    contacts = _unique_names(rng, FIRST, LAST, 120)
    customers = [(i, name, f"{contacts[i - 1][0]} {contacts[i - 1][1]}",
                  rng.choices(COUNTRIES, [30, 15, 12, 20, 8, 7, 8])[0], _day(rng, dt.date(2022, 1, 1), 900),
                  rng.random() < 0.12) for i, name in enumerate(companies, start=1)]
    servers, buyers = [], [c for c in customers if c[0] % 15]  # every 15th customer never launched a server
    for sid in range(1, 701):
        cust = rng.choice(buyers)
        plan = rng.choices(list(PLANS), [35, 30, 22, 13])[0]
        launched = cust[4] + dt.timedelta(days=rng.randrange(max(1, (dt.date(2024, 12, 31) - cust[4]).days)))
        cancelled = launched + dt.timedelta(days=rng.randint(30, 700)) if rng.random() < 0.35 else None
        if cancelled and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        disk = {"Shared": 20, "VPS Small": 80, "VPS Large": 320, "Dedicated": 2000}[plan]
        datacenter = rng.choices(DATACENTERS, [35, 25, 25, 15])[0]
        servers.append((sid, cust[0], f"srv{sid:04d}.{datacenter[:3].lower()}", plan, datacenter,
                        rng.choices(["Ubuntu", "Debian", "AlmaLinux", "Windows Server"], [45, 25, 15, 15])[0],
                        disk * rng.choice([1, 1, 2]), round(PLANS[plan] * rng.uniform(0.85, 1.25), 2), launched,
                        cancelled, plan != "Shared" and rng.random() < 0.3))
    outages = []
    for _ in range(1400):
        srv = rng.choice(servers)
        end = srv[9] or dt.date(2024, 12, 31)
        span = (end - srv[8]).days
        if span < 2:
            continue
        cause = rng.choices(["hardware", "network", "software", "power", "ddos", "maintenance"],
                            [15, 25, 25, 5, 10, 20])[0]
        outages.append((len(outages) + 1, srv[0], _moment(rng, _day(rng, srv[8], span)),
                        rng.randint(120, 480) if cause == "maintenance" else int(rng.expovariate(1 / 45)) + 1,
                        cause, cause == "maintenance"))
    _insert(con, "customers", customers)
    _insert(con, "servers", servers)
    _insert(con, "outages", outages)
    con.close()


# ------------------------------------------------------------------------------------------------ emailmkt
CAMPAIGN_TYPES = ["newsletter", "promotion", "onboarding", "re-engagement", "product update"]
SEGMENTS = ["all subscribers", "new customers", "VIP", "lapsed", "trial users"]
THEMES = ["Spring Sale", "Black Friday", "Summer Picks", "Welcome Series", "We Miss You", "Monthly Digest",
          "New Features", "Holiday Gifts", "Flash Deal", "Webinar Invite", "Back to School", "Year in Review"]


def build_emailmkt(path: Path | str) -> None:
    """marketers (24, date_of_birth), campaigns (2023-2024, declared FK; revenue NULL when not tracked)."""
    rng = random.Random(3404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE marketers(marketer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, region VARCHAR, is_manager BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE campaigns(campaign_id INTEGER PRIMARY KEY,
        marketer_id INTEGER REFERENCES marketers(marketer_id), campaign_name VARCHAR, campaign_type VARCHAR,
        segment VARCHAR, sent_at TIMESTAMP, recipients INTEGER, delivered INTEGER, opens INTEGER, clicks INTEGER,
        unsubscribes INTEGER, revenue DOUBLE, is_ab_test BOOLEAN)""")
    marketers = [(i, first, last, _day(rng, dt.date(1968, 1, 1), 365 * 32),
                  rng.choices(["EMEA", "North America", "APAC", "LATAM"], [40, 35, 15, 10])[0], rng.random() < 0.2)
                 for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 24), start=1)]
    campaigns = []
    for cid in range(1, 1501):
        ctype = rng.choices(CAMPAIGN_TYPES, [30, 30, 15, 10, 15])[0]
        segment = rng.choices(SEGMENTS, [35, 20, 10, 15, 20])[0]
        recipients = int({"all subscribers": 60000, "VIP": 3000}.get(segment, 15000) * rng.uniform(0.5, 1.5))
        delivered = int(recipients * rng.uniform(0.95, 0.995))
        opens = int(delivered * rng.uniform(0.12, 0.45))
        clicks = int(opens * rng.uniform(0.05, 0.3))
        revenue = round(clicks * rng.uniform(2, 15), 2) if ctype == "promotion" or rng.random() < 0.15 else None
        campaigns.append((cid, rng.randint(1, 24), f"{rng.choice(THEMES)} #{cid}", ctype, segment,
                          _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), (6, 20)), recipients, delivered, opens,
                          clicks, int(delivered * rng.uniform(0.0005, 0.006)), revenue, rng.random() < 0.25))
    _insert(con, "marketers", marketers)
    _insert(con, "campaigns", campaigns)
    con.close()


# ----------------------------------------------------------------------------------------------------- soc
SOURCES = ["EDR", "SIEM", "Firewall", "Email Gateway", "IDS"]
RULES = ["Brute force login", "Malware detected", "Suspicious PowerShell", "Impossible travel", "Phishing link",
         "Port scan", "Data exfiltration", "Privilege escalation", "Ransomware behaviour", "Unusual DNS"]


def build_soc(path: Path | str) -> None:
    """analysts (30, date_of_birth), alerts (2023-2024, declared FK; analyst_id/acknowledged_at NULL when unset)."""
    rng = random.Random(3405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE analysts(analyst_id INTEGER PRIMARY KEY, analyst_name VARCHAR,
        tier VARCHAR, shift VARCHAR, date_of_birth DATE, hired_on DATE, is_contractor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE alerts(alert_id INTEGER PRIMARY KEY,
        analyst_id INTEGER REFERENCES analysts(analyst_id), raised_at TIMESTAMP, source VARCHAR, severity VARCHAR,
        rule_name VARCHAR, host_name VARCHAR, risk_score INTEGER, acknowledged_at TIMESTAMP,
        is_false_positive BOOLEAN, escalated BOOLEAN)""")
    analysts = [(i, f"{first} {last}", rng.choices(["L1", "L2", "L3"], [50, 35, 15])[0],
                 rng.choice(["day", "night", "weekend"]), _day(rng, dt.date(1972, 1, 1), 365 * 30),
                 _day(rng, dt.date(2016, 1, 1), 365 * 7), rng.random() < 0.25)
                for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1)]
    alerts = []
    for aid in range(1, 6501):
        severity = rng.choices(["low", "medium", "high", "critical"], [40, 35, 18, 7])[0]
        raised = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731))
        assigned = rng.random() < 0.9
        acked = raised + dt.timedelta(minutes=rng.randint(1, 240)) if assigned and rng.random() < 0.92 else None
        score = {"low": 15, "medium": 40, "high": 65, "critical": 85}[severity] + rng.randint(0, 14)
        fp = rng.random() < 0.3
        alerts.append((aid, rng.randint(1, 30) if assigned else None, raised,
                       rng.choices(SOURCES, [30, 25, 20, 15, 10])[0], severity, rng.choice(RULES),
                       f"{rng.choice(['ws', 'srv', 'lt'])}-{rng.randint(1, 400):03d}", score, acked, fp,
                       not fp and severity in ("high", "critical") and rng.random() < 0.4))
    _insert(con, "analysts", analysts)
    _insert(con, "alerts", alerts)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "helpdesk": build_helpdesk,
    "cicd": build_cicd,
    "hosting": build_hosting,
    "emailmkt": build_emailmkt,
    "soc": build_soc,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval34-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval34-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval34-dbs"))
