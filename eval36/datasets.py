"""Builders of the eval36 development corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `vaxclinic.duckdb`: patients (date_of_birth), vaccinations (given_at TIMESTAMP, nullable wait_minutes, booleans;
  declared FK to patients)
- `gpsurgery.duckdb`: clinicians (left_on NULL while still employed), gp_patients (birth_year), consultations
  (start_ts TIMESTAMP, nullable satisfaction rating; patient_id and clinician_id are NOT declared foreign keys)
- `drivetest.duckdb`: test_centres, candidates (date_of_birth), driving_tests (nullable cancelled_by, passed flag;
  declared FKs)
- `courtcases.duckdb`: courts, court_cases (closed_date and outcome NULL while open, nullable claim_amount;
  declared FK)
- `scholarfund.duckdb`: schemes, applicants (birth_year), applications (nullable amount_awarded and
  interview_score; declared FKs)

Usage:
    python eval36/datasets.py OUTDIR

Example:
    >>> from eval36.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval36-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['courtcases.duckdb', 'drivetest.duckdb', 'gpsurgery.duckdb', 'scholarfund.duckdb', 'vaxclinic.duckdb']
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


def _stamp(rng: random.Random, day: dt.date, hours: list[int]) -> dt.datetime:
    """A timestamp on `day` at one of `hours`, on a 5-minute grid."""
    return dt.datetime.combine(day, dt.time(rng.choice(hours), rng.randrange(0, 60, 5)))


def _open_day(rng: random.Random, day: dt.date) -> dt.date:
    """The day itself, or a weekday of the following week when it is a Sunday (the clinic and test centres close on
    Sundays)."""
    return day + dt.timedelta(days=rng.randint(1, 5)) if day.weekday() == 6 else day


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Ben", "Carys", "Dev", "Eleanor", "Finn", "Gemma", "Harry", "Imogen", "Jack", "Keira", "Liam",
         "Maya", "Noah", "Olivia", "Priya", "Quentin", "Rosie", "Samir", "Tara", "Umar", "Violet", "Will", "Zara"]
LAST = ["Ahmed", "Barnes", "Clarke", "Davies", "Evans", "Fletcher", "Griffiths", "Hughes", "Iqbal", "Jenkins",
        "Khan", "Lloyd", "Morgan", "Nash", "Owen", "Patel", "Quinn", "Roberts", "Singh", "Turner", "Walsh", "Young"]


# ----------------------------------------------------------------------------------------------- vaccination clinic
VACCINES = {  # vaccine -> (weight, doses in a course)
    "Influenza": (40, 1), "COVID-19": (25, 2), "Shingles": (10, 2), "HPV": (8, 2), "Pneumococcal": (7, 1),
    "Hepatitis B": (6, 3), "Travel - Typhoid": (4, 1),
}
VAX_SITES = ["Northgate", "Riverside", "Hillcrest"]
NURSES = ["Sister Okoye", "Nurse Bell", "Nurse Carter", "Nurse Duffy", "Nurse Ellis"]


def build_vaxclinic(path: Path | str) -> None:
    """patients (600, date_of_birth), vaccinations (2023-2024, declared FK, nullable wait_minutes)."""
    rng = random.Random(3601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, full_name VARCHAR,
        date_of_birth DATE, sex VARCHAR, town VARCHAR, is_health_worker BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE vaccinations(vaccination_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), vaccine VARCHAR, dose_number INTEGER,
        given_at TIMESTAMP, clinic_site VARCHAR, nurse VARCHAR, appointment_type VARCHAR, wait_minutes INTEGER,
        adverse_reaction BOOLEAN, cost_gbp DOUBLE)""")
    towns = ["Ashford", "Bexley", "Canterbury", "Dover", "Faversham"]
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        born = _day(rng, dt.date(1938, 1, 1), 365 * 68)
        patients.append((pid, f"{first} {last}", born, rng.choice(["F", "M"]),
                         rng.choices(towns, [30, 20, 25, 15, 10])[0], rng.random() < 0.12,
                         _day(rng, dt.date(2015, 1, 1), 365 * 8)))
    names, weights = list(VACCINES), [w for w, _ in VACCINES.values()]
    costs = {"Influenza": 14.5, "COVID-19": 0.0, "Shingles": 160.0, "HPV": 120.0, "Pneumococcal": 65.0,
             "Hepatitis B": 48.0, "Travel - Typhoid": 35.0}
    vacc = []
    for patient in patients:
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            vaccine = rng.choices(names, weights)[0]
            day = _day(rng, dt.date(2023, 1, 1), 731)
            if vaccine == "Influenza" and rng.random() < 0.7:
                day = _day(rng, dt.date(rng.choice([2023, 2024]), 9, 15), 90)
            doses = VACCINES[vaccine][1] if rng.random() < 0.8 else 1
            for dose in range(1, doses + 1):
                day = _open_day(rng, day)
                if day > dt.date(2024, 12, 31):
                    break
                walk_in = rng.random() < 0.25
                wait = None if rng.random() < 0.15 else max(0, int(rng.gauss(22 if walk_in else 8, 6)))
                vacc.append((len(vacc) + 1, patient[0], vaccine, dose, _stamp(rng, day, list(range(8, 18))),
                             rng.choices(VAX_SITES, [45, 35, 20])[0], rng.choice(NURSES),
                             "walk-in" if walk_in else "booked", wait, rng.random() < 0.04,
                             0.0 if patient[5] else costs[vaccine]))
                day = day + dt.timedelta(days=rng.randint(28, 180))
    _insert(con, "patients", patients)
    _insert(con, "vaccinations", vacc)
    con.close()


# ---------------------------------------------------------------------------------------------------- GP surgery
CLINICIANS = [  # name, role, joined_on, left_on, part_time
    ("Dr Helen Marsh", "GP", dt.date(2012, 9, 1), None, False),
    ("Dr Rajesh Kumar", "GP", dt.date(2016, 4, 1), None, True),
    ("Dr Fiona Reid", "GP", dt.date(2019, 1, 7), dt.date(2024, 6, 30), False),
    ("Dr Tom Ashby", "GP", dt.date(2024, 8, 1), None, False),
    ("Dr Aisha Bello", "Locum", dt.date(2023, 1, 9), dt.date(2023, 12, 22), True),
    ("Jane Pryce", "Nurse Practitioner", dt.date(2014, 3, 3), None, False),
    ("Mark Fenwick", "Nurse Practitioner", dt.date(2021, 5, 10), None, True),
    ("Sophie Lane", "Practice Nurse", dt.date(2018, 11, 1), None, False),
    ("Carl Mendes", "Pharmacist", dt.date(2022, 2, 14), None, True),
]
REASONS = ["respiratory", "musculoskeletal", "mental health", "skin", "cardiovascular", "diabetes review",
           "medication review", "minor injury"]


def build_gpsurgery(path: Path | str) -> None:
    """clinicians (9, left_on NULL while employed), gp_patients (700, birth_year), consultations (2023-2024,
    patient_id / clinician_id only implied, nullable satisfaction)."""
    rng = random.Random(3602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clinicians(clinician_id INTEGER PRIMARY KEY, clinician_name VARCHAR,
        role VARCHAR, joined_on DATE, left_on DATE, part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE gp_patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, gender VARCHAR, branch VARCHAR, smoker BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE consultations(consultation_id INTEGER PRIMARY KEY, patient_id INTEGER,
        clinician_id INTEGER, start_ts TIMESTAMP, consultation_mode VARCHAR, reason VARCHAR, duration_min INTEGER,
        prescription_issued BOOLEAN, referred BOOLEAN, satisfaction INTEGER)""")
    clinicians = [(i, *c) for i, c in enumerate(CLINICIANS, start=1)]
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 480), start=1):
        patients.append((pid, first, last, rng.randint(1935, 2020), rng.choice(["female", "male"]),
                         rng.choices(["Main Street", "Oakfield"], [65, 35])[0], rng.random() < 0.16))
    modes = ["face to face", "telephone", "video", "home visit"]
    consults = []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 31):
        if day.weekday() < 5:
            working = [c for c in clinicians if c[3] <= day and (c[4] is None or c[4] >= day)]
            for _ in range(rng.randint(5, 11)):
                clin = rng.choice(working)
                patient = rng.choice(patients)
                mode = rng.choices(modes, [55, 32, 9, 4])[0]
                base = {"face to face": 11, "telephone": 7, "video": 9, "home visit": 28}[mode]
                rating = None if rng.random() < 0.45 else rng.choices([1, 2, 3, 4, 5], [3, 6, 15, 38, 38])[0]
                consults.append((len(consults) + 1, patient[0], clin[0], _stamp(rng, day, list(range(8, 18))), mode,
                                 rng.choices(REASONS, [22, 18, 14, 10, 9, 8, 12, 7])[0],
                                 max(3, int(rng.gauss(base, 3))), rng.random() < 0.48, rng.random() < 0.09,
                                 rating))
        day += dt.timedelta(days=1)
    _insert(con, "clinicians", clinicians)
    _insert(con, "gp_patients", patients)
    _insert(con, "consultations", consults)
    con.close()


# ---------------------------------------------------------------------------------------------- driving test centre
CENTRES = [("Leeds North", "Yorkshire"), ("Leeds South", "Yorkshire"), ("Sheffield", "Yorkshire"),
           ("Manchester Bury", "North West"), ("Preston", "North West"), ("Carlisle", "North West"),
           ("Newcastle", "North East"), ("Durham", "North East")]
EXAMINERS = ["K. Holt", "P. Ward", "S. Iqbal", "R. Dunn", "L. Moss", "J. Pike", "A. Shaw", "M. Rees", "T. Vance",
             "D. Crowe", "B. Firth", "N. Lowe"]


def build_drivetest(path: Path | str) -> None:
    """test_centres (8), candidates (900, date_of_birth), driving_tests (2022-2024, declared FKs, nullable
    cancelled_by and minor_faults)."""
    rng = random.Random(3603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE test_centres(centre_id INTEGER PRIMARY KEY, centre_name VARCHAR,
        region VARCHAR, opened_year INTEGER, has_motorcycle_area BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE candidates(candidate_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, lessons_taken INTEGER, used_instructor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE driving_tests(test_id INTEGER PRIMARY KEY,
        candidate_id INTEGER REFERENCES candidates(candidate_id), centre_id INTEGER REFERENCES test_centres(centre_id),
        test_date DATE, test_type VARCHAR, examiner VARCHAR, fee DOUBLE, cancelled_by VARCHAR, minor_faults INTEGER,
        serious_faults INTEGER, passed BOOLEAN)""")
    centres = [(i, n, r, rng.randint(1968, 2008), i in (1, 3, 4, 7)) for i, (n, r) in enumerate(CENTRES, start=1)]
    candidates = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 430), start=1):
        born = _day(rng, dt.date(1960, 1, 1), 365 * 47)
        candidates.append((cid, first, last, born, rng.choice(["F", "M"]), rng.randint(5, 60), rng.random() < 0.8))
    fees = {"car": 62.0, "motorcycle": 75.0, "van": 115.0, "car with trailer": 115.0}
    tests = []
    for cand in candidates:
        home = rng.choices(centres, [18, 12, 14, 16, 8, 4, 12, 6])[0]
        day = _day(rng, dt.date(2022, 1, 3), 1000)
        ttype = rng.choices(list(fees), [80, 10, 6, 4])[0]
        if ttype == "motorcycle" and not home[4]:
            home = centres[0]
        skill = cand[5] / 60 + (0.15 if cand[6] else 0)
        while (day := _open_day(rng, day)) <= dt.date(2024, 12, 31):
            fee = fees[ttype] + (0 if day.year < 2024 else 3.0)
            if rng.random() < 0.1:
                tests.append((len(tests) + 1, cand[0], home[0], day, ttype, rng.choice(EXAMINERS), fee,
                              rng.choice(["candidate", "candidate", "centre", "weather"]), None, None, None))
                day += dt.timedelta(days=rng.randint(14, 60))
                continue
            minors = max(0, int(rng.gauss(9 - 6 * skill, 3)))
            serious = 1 if rng.random() < 0.55 - 0.35 * skill else 0
            passed = serious == 0 and minors <= 15
            tests.append((len(tests) + 1, cand[0], home[0], day, ttype, rng.choice(EXAMINERS), fee, None, minors,
                          serious, passed))
            if passed or rng.random() < 0.12:  # passed, or gave up
                break
            skill += 0.15
            day += dt.timedelta(days=rng.randint(20, 110))
    _insert(con, "test_centres", centres)
    _insert(con, "candidates", candidates)
    _insert(con, "driving_tests", tests)
    con.close()


# ------------------------------------------------------------------------------------------------ county court
COURTS = [("Norwich County Court", "Norfolk", "county"), ("King's Lynn County Court", "Norfolk", "county"),
          ("Ipswich County Court", "Suffolk", "county"), ("Bury St Edmunds County Court", "Suffolk", "county"),
          ("Cambridge County Court", "Cambridgeshire", "county"), ("Peterborough Combined Court", "Cambridgeshire",
                                                                   "combined")]
JUDGES = ["HHJ Ashworth", "DJ Bramley", "DJ Coates", "HHJ Devlin", "DJ Elphick", "DJ Frost", "HHJ Gilchrist"]
CASE_TYPES = {"small claims": 40, "fast track": 20, "multi track": 6, "housing possession": 18, "family": 16}


def build_courtcases(path: Path | str) -> None:
    """courts (6), court_cases (2022-2024 filings, closed_date/outcome NULL while open, declared FK)."""
    rng = random.Random(3604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE courts(court_id INTEGER PRIMARY KEY, court_name VARCHAR, county VARCHAR,
        court_type VARCHAR, courtrooms INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE court_cases(case_id INTEGER PRIMARY KEY, case_number VARCHAR,
        court_id INTEGER REFERENCES courts(court_id), case_type VARCHAR, claimant_type VARCHAR, filed_date DATE,
        first_hearing_date DATE, closed_date DATE, outcome VARCHAR, claim_amount DOUBLE, awarded_amount DOUBLE,
        hearings INTEGER, legal_aid BOOLEAN, judge VARCHAR)""")
    courts = [(i, n, c, t, rng.randint(3, 12)) for i, (n, c, t) in enumerate(COURTS, start=1)]
    outcomes = ["claimant won", "defendant won", "settled", "struck out", "withdrawn"]
    cases = []
    for n in range(1, 2201):
        court = rng.choices(courts, [25, 10, 22, 12, 18, 13])[0]
        ctype = rng.choices(list(CASE_TYPES), list(CASE_TYPES.values()))[0]
        filed = _day(rng, dt.date(2022, 1, 1), 1096)
        first = filed + dt.timedelta(days=rng.randint(21, 160)) if rng.random() < 0.85 else None
        length = {"small claims": 120, "fast track": 260, "multi track": 480, "housing possession": 90,
                  "family": 300}[ctype]
        closed = filed + dt.timedelta(days=max(10, int(rng.gauss(length, length * 0.4))))
        if closed > dt.date(2024, 12, 31) or rng.random() < 0.04:
            closed, outcome = None, None
        else:
            outcome = rng.choices(outcomes, [35, 18, 30, 8, 9])[0]
        if first is not None and closed is not None and first > closed:
            first = None
        claim = None
        if ctype in ("small claims", "fast track", "multi track"):
            lo, hi = {"small claims": (300, 10000), "fast track": (10000, 25000), "multi track": (25000, 400000)}[ctype]
            claim = round(rng.uniform(lo, hi), 2)
        awarded = round(claim * rng.uniform(0.3, 1.0), 2) if claim and outcome in ("claimant won", "settled") else None
        hearings = 0 if first is None else rng.randint(1, {"multi track": 8, "family": 6}.get(ctype, 3))
        claimant = rng.choice(["individual", "business", "local authority"]) if ctype != "family" else "individual"
        if ctype == "housing possession":
            claimant = rng.choice(["local authority", "housing association", "private landlord"])
        cases.append((n, f"{filed.year % 100:02d}{court[2][0].upper()}{n:05d}", court[0], ctype, claimant, filed,
                      first, closed, outcome, claim, awarded, hearings, rng.random() < (0.35 if ctype == "family"
                                                                                     else 0.08), rng.choice(JUDGES)))
    _insert(con, "courts", courts)
    _insert(con, "court_cases", cases)
    con.close()


# ------------------------------------------------------------------------------------------------ scholarship fund
SCHEMES = [  # name, field, max_award, places
    ("Brightwater STEM Award", "STEM", 6000.0, 20), ("Harlow Medical Bursary", "Medicine", 9000.0, 8),
    ("Kellaway Arts Grant", "Arts", 3500.0, 15), ("Northern Engineering Fund", "STEM", 5000.0, 18),
    ("Pemberton Law Scholarship", "Law", 7000.0, 6), ("Rowe Sports Bursary", "Sport", 2500.0, 12),
    ("Tilbury First Generation Fund", "General", 4000.0, 25),
]
REGIONS = ["London", "South East", "Midlands", "North West", "Wales", "Scotland"]


def build_scholarfund(path: Path | str) -> None:
    """schemes (7), applicants (650, birth_year), applications (2023-2025 rounds, declared FKs, nullable awards)."""
    rng = random.Random(3605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE schemes(scheme_id INTEGER PRIMARY KEY, scheme_name VARCHAR,
        field VARCHAR, max_award DOUBLE, places_per_year INTEGER, renewable BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE applicants(applicant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_region VARCHAR, first_generation BOOLEAN,
        household_income DOUBLE, school_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        applicant_id INTEGER REFERENCES applicants(applicant_id), scheme_id INTEGER REFERENCES schemes(scheme_id),
        submitted_at TIMESTAMP, round_year INTEGER, status VARCHAR, interview_score DOUBLE, amount_awarded DOUBLE,
        decision_date DATE)""")
    schemes = [(i, n, f, m, p, f in ("Medicine", "STEM")) for i, (n, f, m, p) in enumerate(SCHEMES, start=1)]
    applicants = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        applicants.append((aid, first, last, rng.randint(1998, 2007), rng.choices(REGIONS, [22, 18, 20, 16, 12, 12])[0],
                           rng.random() < 0.35, round(rng.uniform(9000, 85000), -2),
                           rng.choices(["state", "grammar", "independent"], [70, 18, 12])[0]))
    apps = []
    for applicant in applicants:
        for scheme in rng.sample(schemes, rng.choice([1, 1, 2, 2, 3])):
            year = rng.choice([2023, 2024, 2025])
            submitted = _stamp(rng, _day(rng, dt.date(year, 1, 10), 110), list(range(7, 24)))
            pending = year == 2025 and rng.random() < 0.3
            withdrawn = not pending and rng.random() < 0.07
            interview = None if pending or withdrawn or rng.random() < 0.4 else round(rng.uniform(40, 100), 1)
            good = interview is not None and interview + (10 if applicant[5] else 0) > 78
            status = "pending" if pending else "withdrawn" if withdrawn else "awarded" if good else "rejected"
            award = round(scheme[3] * rng.choice([0.5, 0.75, 1.0]), 2) if status == "awarded" else None
            decision = None if status in ("pending", "withdrawn") else submitted.date() + dt.timedelta(
                days=rng.randint(30, 120))
            apps.append((len(apps) + 1, applicant[0], scheme[0], submitted, year, status, interview, award, decision))
    _insert(con, "schemes", schemes)
    _insert(con, "applicants", applicants)
    _insert(con, "applications", apps)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "vaxclinic": build_vaxclinic,
    "gpsurgery": build_gpsurgery,
    "drivetest": build_drivetest,
    "courtcases": build_courtcases,
    "scholarfund": build_scholarfund,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval36-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval36-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval36-dbs"))
