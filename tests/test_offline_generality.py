"""Generality of the offline NL->SQL engine on a schema written for this file (car rentals), by execution.

Each case names one mechanism (not one question): compound column words, rates of a flag or of a value, event
dates, "last year" as the latest complete year, HAVING on counted nouns and aggregates, comparative adjectives,
superlative follow-ups, coded / partial / possessive values, missing end dates, durations between two dates.
A turn passes when every gold column appears in the engine's result with the same values (extra columns allowed).
"""
from __future__ import annotations

import datetime as dt
import math
import random
import shutil
import sqlite3
import statistics
import time

import duckdb
import pytest

from agents.nl_sql import render_sql
from agents.offline_engine import OfflineEngine, TurnContext
from db.engines import get_database

CITIES = ["Porto Alegre", "Lisbon", "Madrid", "Valencia", "Seville"]
NAMES = ["Ana Lima", "Bruno Costa", "Carla Dias", "Diego Rocha", "Eva Nunes", "Fabio Reis", "Gina Alves", "Hugo Melo"]
MODELS = [("Corolla", "Toyota Motors", 1300), ("Golf", "Volkswagen Group", 1250), ("Model 3", "Tesla Inc", 1800),
          ("Transit", "Ford Europe", 2400), ("Clio", "Renault Group", 1100), ("Hilux", "Toyota Motors", 2100)]


def build_rentals(path) -> None:
    """customers / cars / rentals (FKs declared), a boolean with a compound name, a nullable end date."""
    rnd = random.Random(7)
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, gender VARCHAR, "
                "birth_year INTEGER, home_city VARCHAR, signup_date DATE)")
    con.execute("CREATE TABLE cars(car_id INTEGER PRIMARY KEY, model VARCHAR, brand VARCHAR, weight_kg DOUBLE, "
                "daily_rate DOUBLE)")
    con.execute("CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES "
                "customers(customer_id), car_id INTEGER REFERENCES cars(car_id), pickup_date DATE, dropoff_date DATE, "
                "price DOUBLE, was_walk_in BOOLEAN, status VARCHAR, pickup_city VARCHAR, dropoff_city VARCHAR)")
    for i, n in enumerate(NAMES, 1):
        con.execute("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)",
                    [i, n, "F" if i % 2 else "M", 1950 + i * 6, CITIES[i % 5],
                     dt.date(2021, 1, 1) + dt.timedelta(days=40 * i)])
    for i, (m, b, w) in enumerate(MODELS, 1):
        con.execute("INSERT INTO cars VALUES (?, ?, ?, ?, ?)", [i, m, b, w, 30 + i * 9.5])
    start = dt.date(2022, 1, 1)
    rows = []
    for r in range(1, 1201):
        p = start + dt.timedelta(days=rnd.randrange(0, 3 * 365))
        st = rnd.choice(["Completed", "Completed", "Completed", "Cancelled", "Active"])
        d = None if st == "Active" else p + dt.timedelta(days=rnd.randrange(1, 15))
        a, b = rnd.sample(CITIES, 2)
        rows.append([r, rnd.randint(1, 8), rnd.randint(1, 6), p, d, round(rnd.uniform(40, 900), 2),
                     rnd.random() < 0.3, st, a, b])
    con.executemany("INSERT INTO rentals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()


@pytest.fixture(scope="module")
def rentals(tmp_path_factory):
    """(engine with a stats provider, path of a plain copy for gold queries)."""
    folder = tmp_path_factory.mktemp("rentals")
    path = folder / "rentals.duckdb"
    build_rentals(path)
    plain = folder / "plain.duckdb"
    shutil.copy(path, plain)
    db = get_database(f"duckdb:///{path}")

    def stats(table, column):
        return {"max": _run(plain, f'SELECT MAX("{column}") FROM "{table}"')[0][0], "min": None}

    return OfflineEngine(db.schema(), db.sqlglot_dialect, stats_provider=stats), plain


def _run(path, sql: str):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _norm(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return round(float(v), 3)
    return v


def _key(v):
    return (v is None, v if isinstance(v, float) else str(v))


def same_result(gold: list[tuple], pred: list[tuple]) -> bool:
    """Every gold column appears, with the same multiset of values, among the predicted columns; same row count."""
    if len(gold) != len(pred):
        return False
    if not gold:
        return True
    pcols = [sorted((_norm(r[j]) for r in pred), key=_key) for j in range(len(pred[0]))]
    for i in range(len(gold[0])):
        g = sorted((_norm(r[i]) for r in gold), key=_key)
        if not any(len(p) == len(g) and all(
                a == b or isinstance(a, float) and isinstance(b, float) and math.isclose(a, b, rel_tol=1e-4,
                                                                                         abs_tol=1e-3)
                for a, b in zip(g, p, strict=True)) for p in pcols):
            return False
    return True


R_C = "rentals r JOIN cars c ON c.car_id = r.car_id"
R_CU = "rentals r JOIN customers cu ON cu.customer_id = r.customer_id"
CASES = [
    ("duration between two dates of the table",
     [("average rental length in days by brand",
       f"SELECT c.brand, AVG(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1")]),
    ("'how long' without a duration column",
     [("how long do rentals last on average by model",
       f"SELECT c.model, AVG(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1")]),
    ("a negated end-of-life verb: the late date is missing",
     [("how many rentals haven't been returned yet?", "SELECT COUNT(*) FROM rentals WHERE dropoff_date IS NULL")]),
    ("a hyphenated compound is the boolean column, and its rate",
     [("walk-in rate by pickup city",
       "SELECT pickup_city, AVG(CASE WHEN was_walk_in THEN 1.0 ELSE 0 END) FROM rentals GROUP BY 1")]),
    ("'last year' is the latest complete year of the event date",
     [("how many rentals were walk-ins last year?",
       "SELECT COUNT(*) FROM rentals WHERE was_walk_in AND YEAR(pickup_date) = 2024")]),
    ("coded values", [("rentals by female customers", f"SELECT COUNT(*) FROM {R_CU} WHERE cu.gender = 'F'")]),
    ("HAVING on a counted noun with an adjective value",
     [("which brands had more than 250 completed rentals?",
       f"SELECT c.brand, COUNT(*) FROM {R_C} WHERE r.status = 'Completed' GROUP BY 1 HAVING COUNT(*) > 250")]),
    ("HAVING on an aggregate",
     [("which brands have an average price above 480?",
       f"SELECT c.brand, AVG(r.price) FROM {R_C} GROUP BY 1 HAVING AVG(r.price) > 480")]),
    ("a count condition groups by the entity named first",
     [("customers with more than 150 rentals",
       f"SELECT cu.customer_name, COUNT(*) FROM {R_CU} GROUP BY 1 HAVING COUNT(*) > 150")]),
    ("most common X counts rows",
     [("most common dropoff city",
       "SELECT dropoff_city, COUNT(*) FROM rentals GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    ("an event verb before the ranked entity counts the event table",
     [("top 3 most rented models", f"SELECT c.model, COUNT(*) FROM {R_C} GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
    ("comparative adjective names the column; a year-like number with a unit is a quantity",
     [("how many rentals of cars heavier than 2000 kg", f"SELECT COUNT(*) FROM {R_C} WHERE c.weight_kg > 2000")]),
    ("possessive names a value",
     [("Ana Lima's total price", f"SELECT SUM(r.price) FROM {R_CU} WHERE cu.customer_name = 'Ana Lima'")]),
    ("the other direction swaps origin and destination",
     [("average price from Lisbon to Madrid",
       "SELECT AVG(price) FROM rentals WHERE pickup_city = 'Lisbon' AND dropoff_city = 'Madrid'"),
      ("and the other direction?",
       "SELECT AVG(price) FROM rentals WHERE pickup_city = 'Madrid' AND dropoff_city = 'Lisbon'")]),
    ("share of rows with a value within each group",
     [("what share of rentals were cancelled per brand",
       f"SELECT c.brand, AVG(CASE WHEN r.status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM {R_C} GROUP BY 1")]),
    ("superlative follow-up on a breakdown keeps the grouping",
     [("average price by brand", f"SELECT c.brand, AVG(r.price) FROM {R_C} GROUP BY 1"),
      ("which is the cheapest?", f"SELECT c.brand, AVG(r.price) FROM {R_C} GROUP BY 1 ORDER BY 2 ASC LIMIT 1")]),
    ("'and the lowest?' flips MAX to MIN",
     [("highest rental price last year", "SELECT MAX(price) FROM rentals WHERE YEAR(pickup_date) = 2024"),
      ("and the lowest?", "SELECT MIN(price) FROM rentals WHERE YEAR(pickup_date) = 2024")]),
    ("'X instead' replaces the value on the same column",
     [("number of completed rentals by pickup city",
       "SELECT pickup_city, COUNT(*) FROM rentals WHERE status = 'Completed' GROUP BY 1"),
      ("cancelled instead", "SELECT pickup_city, COUNT(*) FROM rentals WHERE status = 'Cancelled' GROUP BY 1")]),
    ("a unique leading part of a multi-word value",
     [("total price of rentals from porto", "SELECT SUM(price) FROM rentals WHERE pickup_city = 'Porto Alegre'")]),
    ("a birth word names the birth year; an entity's event date is its child table's",
     [("how many customers were born after 1970", "SELECT COUNT(*) FROM customers WHERE birth_year > 1970"),
      ("how many customers rented a Tesla Inc car in 2023",
       f"SELECT COUNT(DISTINCT r.customer_id) FROM {R_C} WHERE c.brand = 'Tesla Inc' "
       "AND YEAR(r.pickup_date) = 2023")]),
    ("a grain word after a named date column (rentals not dropped off yet have no dropoff year)",
     [("total price by dropoff year",
       "SELECT YEAR(dropoff_date), SUM(price) FROM rentals WHERE dropoff_date IS NOT NULL GROUP BY 1")]),
    ("money words sum a price column",
     [("revenue by brand in 2023",
       f"SELECT c.brand, SUM(r.price) FROM {R_C} WHERE YEAR(r.pickup_date) = 2023 GROUP BY 1")]),
    ("a word sharing a value's stem names the value",
     [("cancellation rate by brand",
       f"SELECT c.brand, AVG(CASE WHEN r.status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM {R_C} GROUP BY 1")]),
    ("'X instead' replaces a comparison on the same column",
     [("rentals with a price over 800 by brand", f"SELECT c.brand, COUNT(*) FROM {R_C} WHERE r.price > 800 GROUP BY 1"),
      ("under 100 instead", f"SELECT c.brand, COUNT(*) FROM {R_C} WHERE r.price < 100 GROUP BY 1")]),
    ("'the others' is the complement of the last condition",
     [("average price of walk-in rentals by brand",
       f"SELECT c.brand, AVG(r.price) FROM {R_C} WHERE r.was_walk_in GROUP BY 1"),
      ("and for the others?", f"SELECT c.brand, AVG(r.price) FROM {R_C} WHERE NOT r.was_walk_in GROUP BY 1")]),
    ("'days from X to Y' / 'time to <verb>' measure between two dates",
     [("average days from pickup to dropoff by brand",
       f"SELECT c.brand, AVG(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1"),
      ("average time to drop off rentals by model",
       f"SELECT c.model, AVG(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1")]),
    ("an aggregate condition groups by the entity named first",
     [("brands with an average price above 480",
       f"SELECT c.brand, AVG(r.price) FROM {R_C} GROUP BY 1 HAVING AVG(r.price) > 480")]),
    ("a rate question after another topic starts afresh; 'median instead' changes a duration's aggregate",
     [("how many rentals haven't been returned yet?", "SELECT COUNT(*) FROM rentals WHERE dropoff_date IS NULL"),
      ("cancellation rate by brand",
       f"SELECT c.brand, AVG(CASE WHEN r.status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM {R_C} GROUP BY 1"),
      ("average rental length by brand",
       f"SELECT c.brand, AVG(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1"),
      ("median instead",
       f"SELECT c.brand, MEDIAN(date_diff('day', r.pickup_date, r.dropoff_date)) FROM {R_C} GROUP BY 1")]),
    ("a status verb names its value",
     [("how many rentals did Bruno Costa cancel?",
       f"SELECT COUNT(*) FROM {R_CU} WHERE cu.customer_name = 'Bruno Costa' AND r.status = 'Cancelled'")]),
]


@pytest.mark.parametrize("turns", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_mechanism(turns, rentals):
    engine, plain = rentals
    history: list[TurnContext] = []
    for q, gold_sql in turns:
        ans = engine.generate(q, history)
        assert ans.error is None and ans.sql, f"{q!r}: {ans.error}"
        gold, pred = _run(plain, gold_sql), _run(plain, ans.sql)
        assert same_result(gold, pred), f"{q!r}\n  got  {ans.sql}\n  gold {gold_sql}"
        history.append(TurnContext(q, ans.standalone, ans.spec, ans.sql))


def test_generate_is_fast(rentals):
    engine, _ = rentals
    questions = [t[0] for _, turns in CASES for t in turns]
    for q in questions:
        engine.generate(q, [])  # warm
    times = []
    for q in questions * 3:
        t0 = time.perf_counter()
        engine.generate(q, [])
        times.append((time.perf_counter() - t0) * 1000)
    assert statistics.quantiles(times, n=20)[-1] < 150


DURATION_SPEC = {"fact": "loans", "measures": [{"kind": "duration", "agg": "avg", "table": "loans",
                                                "start": "loan_date", "end": "return_date", "unit": "day"}],
                 "dimensions": [], "filters": [], "having": [], "order": None, "limit": None}


def test_duration_and_missing_dates_render_on_sqlite(tmp_path):
    path = tmp_path / "loans.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE loans(loan_id INTEGER PRIMARY KEY, loan_date TEXT, return_date TEXT)")
    con.executemany("INSERT INTO loans VALUES (?, ?, ?)",
                    [(1, "2024-01-01", "2024-01-04"), (2, "2024-02-01", "2024-02-11"), (3, "2024-03-01", None)])
    sql = render_sql(DURATION_SPEC, {}, "sqlite")
    assert con.execute(sql).fetchall() == [(6.5,)]
    missing = dict(DURATION_SPEC, measures=[{"kind": "count", "agg": "count", "table": "loans", "column": None}],
                   filters=[{"table": "loans", "column": "return_date", "op": "null"}])
    assert con.execute(render_sql(missing, {}, "sqlite")).fetchall() == [(1,)]
    con.close()


def test_duration_renders_for_postgres():
    sql = render_sql(DURATION_SPEC, {}, "postgres")
    assert "CAST(return_date AS DATE) - CAST(loan_date AS DATE)" in sql


# ------------------------------------------------------------------------------------------------ second schema
def build_academy(path) -> None:
    """students / courses / enrollments: a year-number column on a dimension, a term value that starts with a
    year, a passed flag, a total_* money column, an hours column, a nullable graduation date."""
    rnd = random.Random(11)
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE students(student_id INTEGER PRIMARY KEY, student_name VARCHAR, gender VARCHAR, "
                "grade_level INTEGER, enrolled_on DATE, graduated_on DATE)")
    con.execute("CREATE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR, subject VARCHAR, "
                "\"Year\" INTEGER)")
    con.execute("CREATE TABLE enrollments(enrollment_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES "
                "students(student_id), course_id INTEGER REFERENCES courses(course_id), term VARCHAR, taken_on DATE, "
                "score DOUBLE, passed BOOLEAN, total_fee DOUBLE, hours INTEGER)")
    for i in range(1, 61):
        grad = dt.date(2023 + i % 2, 6, 30) if i % 3 == 0 else None
        con.execute("INSERT INTO students VALUES (?, ?, ?, ?, ?, ?)",
                    [i, f"Student {i:02d}", "F" if i % 2 else "M", 9 + i % 4, dt.date(2020 + i % 3, 9, 1), grad])
    courses = [("Chemistry", "Science"), ("Physics", "Science"), ("Algebra", "Math"), ("Geometry", "Math"),
               ("Poetry", "Arts")]
    for i, (name, subject) in enumerate(courses, 1):
        con.execute("INSERT INTO courses VALUES (?, ?, ?, ?)", [i, name, subject, 2018 + i])
    terms = [("2023-Fall", dt.date(2023, 9, 15)), ("2024-Spring", dt.date(2024, 2, 15)),
             ("2024-Fall", dt.date(2024, 9, 15))]
    rows = []
    for r in range(1, 401):
        term, day = rnd.choice(terms)
        score = round(rnd.uniform(30, 100), 1)
        rows.append([r, rnd.randint(1, 60), rnd.randint(1, 5), term, day + dt.timedelta(days=rnd.randrange(30)),
                     score, score >= 50, round(rnd.uniform(100, 900), 2), rnd.choice([20, 30, 45, 60])])
    con.executemany("INSERT INTO enrollments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()


@pytest.fixture(scope="module")
def academy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("academy")
    path = folder / "academy.duckdb"
    build_academy(path)
    plain = folder / "plain.duckdb"
    shutil.copy(path, plain)
    db = get_database(f"duckdb:///{path}")
    return OfflineEngine(db.schema(), db.sqlglot_dialect), plain


E_C = "enrollments e JOIN courses c ON c.course_id = e.course_id"
ACADEMY_CASES = [
    ("a total_* column adds up",
     [("total fee by subject", f"SELECT c.subject, SUM(e.total_fee) FROM {E_C} GROUP BY 1")]),
    ("an aggregate of 'number of <numeric column>'",
     [("what's the median number of hours?", "SELECT MEDIAN(hours) FROM enrollments")]),
    ("a value that starts with a year",
     [("average score by subject", f"SELECT c.subject, AVG(e.score) FROM {E_C} GROUP BY 1"),
      ("in the 2023-Fall term",
       f"SELECT c.subject, AVG(e.score) FROM {E_C} WHERE e.term = '2023-Fall' GROUP BY 1")]),
    ("an antonym of a boolean column",
     [("how many students failed Chemistry?",
       f"SELECT COUNT(DISTINCT e.student_id) FROM {E_C} WHERE c.course_name = 'Chemistry' AND NOT e.passed")]),
    ("a numeric column followed by a number is an equality",
     [("how many female students are in grade 12?",
       "SELECT COUNT(*) FROM students WHERE gender = 'F' AND grade_level = 12")]),
    ("a verb names its event date",
     [("how many students graduated in 2024?", "SELECT COUNT(*) FROM students WHERE YEAR(graduated_on) = 2024")]),
    ("a negated verb: its date is missing",
     [("students not graduated yet by grade level",
       "SELECT grade_level, COUNT(*) FROM students WHERE graduated_on IS NULL GROUP BY 1")]),
    ("a grain word naming a dimension's year column groups the fact's date",
     [("enrollments per year", "SELECT YEAR(taken_on), COUNT(*) FROM enrollments GROUP BY 1")]),
    ("a length without two dates averages the time-unit column",
     [("average length of enrollments by subject", f"SELECT c.subject, AVG(e.hours) FROM {E_C} GROUP BY 1")]),
    ("a count condition groups by the entity",
     [("courses with more than 80 enrollments",
       f"SELECT c.course_name, COUNT(*) FROM {E_C} GROUP BY 1 HAVING COUNT(*) > 80")]),
]


@pytest.mark.parametrize("turns", [c[1] for c in ACADEMY_CASES], ids=[c[0] for c in ACADEMY_CASES])
def test_mechanism_academy(turns, academy):
    test_mechanism(turns, academy)


def test_last_year_on_live_data_is_the_calendar_year_before(rentals):
    """Data whose latest date is about today: "last year" keeps its calendar meaning (never the running year)."""
    engine, _ = rentals
    live = OfflineEngine(engine.schema, "duckdb", stats_provider=lambda t, c: {"max": dt.date.today(), "min": None})
    ans = live.generate("how many rentals last year", [])
    assert f"= {dt.date.today().year - 1}" in ans.sql, ans.sql


# ------------------------------------------------------------------------------------------------ third schema
@pytest.fixture(scope="module")
def staff(tmp_path_factory):
    """departments / employees with a nullable termination date and a remote flag."""
    rnd = random.Random(3)
    folder = tmp_path_factory.mktemp("staff")
    path = folder / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE departments(dept_id INTEGER PRIMARY KEY, dept_name VARCHAR, location VARCHAR)")
    con.execute("CREATE TABLE employees(emp_id INTEGER PRIMARY KEY, full_name VARCHAR, dept_id INTEGER REFERENCES "
                "departments(dept_id), hire_date DATE, termination_date DATE, salary DOUBLE, is_remote BOOLEAN, "
                "job_title VARCHAR)")
    for i, (n, loc) in enumerate([("Engineering", "Berlin"), ("Sales", "Paris"), ("Support", "Dublin")], 1):
        con.execute("INSERT INTO departments VALUES (?, ?, ?)", [i, n, loc])
    for e in range(1, 201):
        h = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(0, 3000))
        t = h + dt.timedelta(days=rnd.randrange(100, 2000)) if rnd.random() < 0.35 else None
        con.execute("INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [e, f"Emp {e}", rnd.randint(1, 3), h, t, round(rnd.uniform(40000, 140000)), rnd.random() < 0.4,
                     rnd.choice(["Engineer", "Manager", "Analyst"])])
    con.close()
    plain = folder / "plain.duckdb"
    shutil.copy(path, plain)
    db = get_database(f"duckdb:///{path}")
    return OfflineEngine(db.schema(), db.sqlglot_dialect), plain


E_D = "employees e JOIN departments d ON d.dept_id = e.dept_id"
STAFF_CASES = [
    ("a negated leaving verb: the termination date is missing",
     [("how many employees haven't left yet", "SELECT COUNT(*) FROM employees WHERE termination_date IS NULL")]),
    ("a tenure between the two dates of the one table that has two, broken down by a dimension",
     [("average tenure in days by department",
       f"SELECT d.dept_name, AVG(date_diff('day', e.hire_date, e.termination_date)) FROM {E_D} GROUP BY 1")]),
    ("a leaving verb with a time names the termination date",
     [("employees who left in 2020 by department",
       f"SELECT d.dept_name, COUNT(*) FROM {E_D} WHERE YEAR(e.termination_date) = 2020 GROUP BY 1")]),
    ("'non-' negates only the next word",
     [("average salary for non-remote engineers",
       "SELECT AVG(salary) FROM employees WHERE NOT is_remote AND job_title = 'Engineer'")]),
]


@pytest.mark.parametrize("turns", [c[1] for c in STAFF_CASES], ids=[c[0] for c in STAFF_CASES])
def test_mechanism_staff(turns, staff):
    test_mechanism(turns, staff)
