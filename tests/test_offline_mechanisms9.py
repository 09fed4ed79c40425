"""Regression tests for the offline engine's general mechanisms added today, on the dev schemas eval49-eval54.

Same style as `tests/test_offline_mechanisms8.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: a time question is dated by the date every row has (booked_at, ordered_at, scheduled_date), not by a
later step some rows lack; durations ending at a named event (closing a report, claiming an item, delivering an
order, finishing a run); a stored duration whose end some rows lack (skip hire length); a share of money from one
value then 'and from <another>?'; a share of rows paid by a payment method; HAVING on a group's total ('with over N
of sales in <year>', 'that lost / sold more than N').
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL49 = corpus.Corpus("eval49", "questions.jsonl", "datasets.py")
EVAL50 = corpus.Corpus("eval50", "questions.jsonl", "datasets.py")
EVAL51 = corpus.Corpus("eval51", "questions.jsonl", "datasets.py")
EVAL52 = corpus.Corpus("eval52", "questions.jsonl", "datasets.py")
EVAL53 = corpus.Corpus("eval53", "questions.jsonl", "datasets.py")
EVAL54 = corpus.Corpus("eval54", "questions.jsonl", "datasets.py")
CORPORA = [EVAL49, EVAL50, EVAL51, EVAL52, EVAL53, EVAL54]
mech9_49_dbs = EVAL49.dbs_fixture("mech9_49_dbs")
mech9_50_dbs = EVAL50.dbs_fixture("mech9_50_dbs")
mech9_51_dbs = EVAL51.dbs_fixture("mech9_51_dbs")
mech9_52_dbs = EVAL52.dbs_fixture("mech9_52_dbs")
mech9_53_dbs = EVAL53.dbs_fixture("mech9_53_dbs")
mech9_54_dbs = EVAL54.dbs_fixture("mech9_54_dbs")

JOBS_2024 = "FROM jobs WHERE YEAR(booked_at) = 2024"
FEES_2024 = "FROM deliveries WHERE YEAR(ordered_at) = 2024"
HOURS_TO_CLOSE = "AVG(date_diff('minute', reported_at, closed_at) / 60.0)"
DAYS_TO_CLAIM = "AVG(date_diff('day', found_date, claimed_date))"
DAYS_TO_DELIVER = "AVG(date_diff('day', order_date, delivered_on))"
LONG_RUNS = "FROM seq_runs WHERE finished_at - started_at > INTERVAL 40 HOUR"
HIRE_DAYS = "AVG(date_diff('day', delivered_on, collected_on))"
GARDEN_SALES = "FROM sales s JOIN products p USING (sku)"


def money_share(condition: str, money: str, table: str) -> str:
    """Gold of 'what share of <money> comes from <condition>': a ratio of sums.

    >>> money_share("zone = 'a'", "fee", "t")
    "SELECT SUM(CASE WHEN zone = 'a' THEN fee ELSE 0 END) / SUM(fee) FROM t"
    """
    return f"SELECT SUM(CASE WHEN {condition} THEN {money} ELSE 0 END) / SUM({money}) FROM {table}"


def row_share(condition: str, table: str) -> str:
    """Gold of 'what share of <rows> ...': the average of a 0/1 flag.

    >>> row_share("x = 1", "t")
    'SELECT AVG(CASE WHEN x = 1 THEN 1.0 ELSE 0.0 END) FROM t'
    """
    return f"SELECT AVG(CASE WHEN {condition} THEN 1.0 ELSE 0.0 END) FROM {table}"


# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. a time question is dated by the date every row has, not by a later step some rows lack
    ("booked date", "plumbing", [("number of jobs per quarter in 2024",
                                  f"SELECT QUARTER(booked_at), COUNT(*) {JOBS_2024} GROUP BY 1"),
                                 ("and in 2025?", "SELECT QUARTER(booked_at), COUNT(*) FROM jobs "
                                                  "WHERE YEAR(booked_at) = 2025 GROUP BY 1")]),
    ("booked date", "plumbing", [("how many jobs did the plumbers have in 2023?",
                                  "SELECT COUNT(*) FROM jobs WHERE YEAR(booked_at) = 2023")]),
    ("ordered date", "dronedelivery", [("total delivery fees by quarter for 2024",
                                        f"SELECT QUARTER(ordered_at), SUM(fee) {FEES_2024} GROUP BY 1"),
                                       ("only the hospital zone", f"SELECT QUARTER(ordered_at), SUM(fee) {FEES_2024} "
                                                                  "AND customer_zone = 'hospital' GROUP BY 1")]),
    ("ordered date", "dronedelivery", [("how much did we take in delivery fees in Q3 2024?",
                                        "SELECT SUM(fee) FROM deliveries "
                                        "WHERE YEAR(ordered_at) = 2024 AND QUARTER(ordered_at) = 3"),
                                       ("and in Q4?", "SELECT SUM(fee) FROM deliveries "
                                                      "WHERE YEAR(ordered_at) = 2024 AND QUARTER(ordered_at) = 4")]),
    ("scheduled date", "launchco", [("count the launches in each year",
                                     "SELECT YEAR(scheduled_date), COUNT(*) FROM launches GROUP BY 1"),
                                    ("just the Condor Heavy ones",
                                     "SELECT YEAR(scheduled_date), COUNT(*) FROM launches "
                                     "WHERE vehicle = 'Condor Heavy' GROUP BY 1")]),
    # 2. durations ending at a named event
    ("hours to close", "police", [("average time to close a report in hours, by category",
                                   f"SELECT category, {HOURS_TO_CLOSE} FROM reports GROUP BY 1")]),
    ("days to claim", "lostproperty", [("on average how many days until an item is claimed?",
                                        f"SELECT {DAYS_TO_CLAIM} FROM items"),
                                       ("broken down by category", f"SELECT category, {DAYS_TO_CLAIM} FROM items "
                                                                   "GROUP BY 1")]),
    ("days to deliver", "winemerchant", [("average days to deliver a phone order",
                                          f"SELECT {DAYS_TO_DELIVER} FROM orders WHERE channel = 'phone'"),
                                         ("and an online one?", f"SELECT {DAYS_TO_DELIVER} FROM orders "
                                                                "WHERE channel = 'online'")]),
    ("longer than hours", "seqlab", [("how many sequencing runs took longer than 40 hours to complete?",
                                      f"SELECT COUNT(*) {LONG_RUNS}"),
                                     ("per instrument", f"SELECT instrument, COUNT(*) {LONG_RUNS} GROUP BY 1")]),
    ("longer than hours", "police", [("how many reports took more than 72 hours to close?",
                                      "SELECT COUNT(*) FROM reports "
                                      "WHERE closed_at - reported_at > INTERVAL 72 HOUR")]),
    # 3. a stored duration whose end some rows lack
    ("hire length", "skiphire", [("average hire length in days per skip size",
                                  f"SELECT skip_size, {HIRE_DAYS} FROM hires GROUP BY 1"),
                                 ("just for 2024", f"SELECT skip_size, {HIRE_DAYS} FROM hires "
                                                   "WHERE YEAR(delivered_on) = 2024 GROUP BY 1")]),
    # 4. a share of money from one value; the follow-up moves the condition
    ("money share", "cheeseshop", [("what share of revenue comes from restaurant customers?",
                                    money_share("customer_type = 'restaurant'", "amount", "cheese_sales")),
                                   ("and from online customers?",
                                    money_share("customer_type = 'online'", "amount", "cheese_sales"))]),
    ("money share", "dronedelivery", [("what share of fee income comes from the hospital zone?",
                                       money_share("customer_zone = 'hospital'", "fee", "deliveries")),
                                      ("and from campus?",
                                       money_share("customer_zone = 'campus'", "fee", "deliveries"))]),
    # 5. a share of rows paid by a payment method (not of money)
    ("row share", "canteen", [("what share of purchases were paid in cash?",
                               row_share("payment_method = 'cash'", "purchases")),
                              ("and by card?", row_share("payment_method = 'card'", "purchases"))]),
    ("row share", "snooker", [("what fraction of sessions were paid by card?",
                               row_share("payment_method = 'card'", "sessions")),
                              ("and by cash?", row_share("payment_method = 'cash'", "sessions"))]),
    # 6. HAVING on a group's total
    ("having total", "gardencentre", [("suppliers with over 15000 of takings in 2024",
                                       f"SELECT p.supplier, SUM(s.total) {GARDEN_SALES} WHERE YEAR(s.sold_at) = 2024 "
                                       "GROUP BY 1 HAVING SUM(s.total) > 15000")]),
    ("having total", "gardencentre", [("categories with over 20000 of sales in 2024",
                                       f"SELECT p.category, SUM(s.total) {GARDEN_SALES} WHERE YEAR(s.sold_at) = 2024 "
                                       "GROUP BY 1 HAVING SUM(s.total) > 20000"),
                                      ("and in 2023?",
                                       f"SELECT p.category, SUM(s.total) {GARDEN_SALES} WHERE YEAR(s.sold_at) = 2023 "
                                       "GROUP BY 1 HAVING SUM(s.total) > 20000")]),
    ("having total", "gardencentre", [("products that sold more than 1000 units",
                                       f"SELECT p.product_name, SUM(s.quantity) {GARDEN_SALES} GROUP BY 1 "
                                       "HAVING SUM(s.quantity) > 1000")]),
    ("having total", "fishshop", [("families that lost more than 60 fish",
                                   "SELECT family, SUM(fish_lost) FROM livestock GROUP BY 1 "
                                   "HAVING SUM(fish_lost) > 60")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of revenue comes from restaurant customers?", "and from online customers?",
          "what share of fee income comes from the hospital zone?", "and from campus?",
          "what share of purchases were paid in cash?", "and by card?",
          "what fraction of sessions were paid by card?", "and by cash?"}


@pytest.fixture(scope="module")
def mech_urls(mech9_49_dbs, mech9_50_dbs, mech9_51_dbs, mech9_52_dbs, mech9_53_dbs, mech9_54_dbs):
    """db name -> DuckDB URL of its file, for the six corpora ('housing' is in eval51 and eval52: not used here)."""
    built = [mech9_49_dbs, mech9_50_dbs, mech9_51_dbs, mech9_52_dbs, mech9_53_dbs, mech9_54_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
