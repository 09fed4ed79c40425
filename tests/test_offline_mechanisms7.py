"""Regression tests for the offline engine's general mechanisms added in the last hour, on the dev schemas.

Same style as `tests/test_offline_mechanisms6.py`: each conversation runs in one `Pipeline` session on a DuckDB file
built by the corpus builders; every turn's result must contain the gold query's columns row-aligned
(`tests.test_offline_engine.result_matches`). The questions are new (not copied from the corpora's questions.jsonl).
Mechanisms: 'more than N <things> sold' counts rows per group, numbers before a rating noun, a person flag as a noun
('the managers', 'carers with no driving licence'), '<table> count' after 'by' as the ranking measure, 'monthly
revenue' over a monthly price (not a month breakdown), an anti-join follow-up ('those who never passed'), days
between two dates, 'most of our sellers come from', a share of a summed column, an average of an
order amount per group, two breakdowns kept together, a condition value and a comparison of two columns, a ratio of
two columns averaged per row, and a breakdown by who cancelled.
"""
from __future__ import annotations

import pytest

from tests import corpus

EVAL15 = corpus.Corpus("eval15", "questions.jsonl", "datasets.py")
EVAL22 = corpus.Corpus("eval22", "questions.jsonl", "datasets.py")
EVAL28 = corpus.Corpus("eval28", "questions.jsonl", "datasets.py")
EVAL31 = corpus.Corpus("eval31", "questions.jsonl", "datasets.py")
EVAL32 = corpus.Corpus("eval32", "questions.jsonl", "datasets.py")
EVAL34 = corpus.Corpus("eval34", "questions.jsonl", "datasets.py")
EVAL35 = corpus.Corpus("eval35", "questions.jsonl", "datasets.py")
EVAL36 = corpus.Corpus("eval36", "questions.jsonl", "datasets.py")
CORPORA = [EVAL15, EVAL22, EVAL28, EVAL31, EVAL32, EVAL34, EVAL35, EVAL36]
mech7_15_dbs = EVAL15.dbs_fixture("mech7_15_dbs")
mech7_22_dbs = EVAL22.dbs_fixture("mech7_22_dbs")
mech7_28_dbs = EVAL28.dbs_fixture("mech7_28_dbs")
mech7_31_dbs = EVAL31.dbs_fixture("mech7_31_dbs")
mech7_32_dbs = EVAL32.dbs_fixture("mech7_32_dbs")
mech7_34_dbs = EVAL34.dbs_fixture("mech7_34_dbs")
mech7_35_dbs = EVAL35.dbs_fixture("mech7_35_dbs")
mech7_36_dbs = EVAL36.dbs_fixture("mech7_36_dbs")

CAR_SALES = "FROM sales s JOIN vehicles v USING (vehicle_id)"
REP_SALES = "FROM sales s JOIN reps r USING (rep_id)"
EGGS = "FROM egg_collections e JOIN sheds s USING (shed_id)"
RETAIL_SHARE = "SUM(CASE WHEN sold_to_retail THEN eggs_collected ELSE 0 END) / SUM(eggs_collected)"
NEVER_PASSED = "WHERE candidate_id NOT IN (SELECT candidate_id FROM driving_tests WHERE passed)"
PAWN_LTV = "AVG(loan_amount / appraised_value)"
MORTGAGE_LTV = "AVG(loan_amount / property_value)"
CANCELLED_2024 = "WHERE cancelled_by IS NOT NULL AND YEAR(test_date) = 2024"

# (mechanism, db, [(question, gold DuckDB SQL), ...]); one conversation per entry
CONVERSATIONS = [
    # 1. 'more than N <things> sold' counts the sale rows per group
    ("more than n sold", "dealership", [("which car makes have more than 200 cars sold?",
                                         f"SELECT v.make, COUNT(*) {CAR_SALES} GROUP BY 1 HAVING COUNT(*) > 200")]),
    ("more than n sold", "tractors", [("which reps have sold more than 55 tractors?",
                                       f"SELECT r.first_name, r.last_name, COUNT(*) {REP_SALES} "
                                       "GROUP BY r.rep_id, 1, 2 HAVING COUNT(*) > 55")]),
    # 2. numbers then a rating noun: '1 or 2 stars'
    ("stars", "pizza", [("how many pizza orders got 1 or 2 stars?",
                         "SELECT COUNT(*) FROM orders WHERE customer_rating IN (1, 2)"),
                        ("split by channel", "SELECT channel, COUNT(*) FROM orders "
                                             "WHERE customer_rating IN (1, 2) GROUP BY 1")]),
    # 3. a person flag as a noun
    ("flag noun", "emailmkt", [("list the marketers who are managers",
                                "SELECT first_name, last_name FROM marketers WHERE is_manager")]),
    ("flag noun", "homecare", [("which carers don't have a driving licence?",
                                "SELECT caregiver_name FROM caregivers WHERE NOT has_driving_licence"),
                               ("how many is that?",
                                "SELECT COUNT(*) FROM caregivers WHERE NOT has_driving_licence")]),
    # 4. '<table> count' after 'by' is the ranking measure
    ("by table count", "soc", [("show the top 3 detection rules by alert count",
                                "SELECT rule_name, COUNT(*) FROM alerts GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]),
    # 5. 'monthly revenue' over monthly_price is not a breakdown by month
    ("monthly revenue", "hosting", [("what's our monthly revenue from active servers?",
                                     "SELECT SUM(monthly_price) FROM servers WHERE cancelled_on IS NULL"),
                                    ("by datacenter", "SELECT datacenter, SUM(monthly_price) FROM servers "
                                                      "WHERE cancelled_on IS NULL GROUP BY 1")]),
    # 6. an anti-join follow-up; a count of those who never passed
    ("never passed", "drivetest", [("average number of lessons taken by candidates",
                                    "SELECT AVG(lessons_taken) FROM candidates"),
                                   ("and for those who never passed?",
                                    f"SELECT AVG(lessons_taken) FROM candidates {NEVER_PASSED}")]),
    ("never passed", "drivetest", [("how many of our candidates have never passed?",
                                    f"SELECT COUNT(*) FROM candidates {NEVER_PASSED}")]),
    # 7. days between two dates
    ("within days", "gym", [("how many gym members cancelled within 180 days of joining?",
                             "SELECT COUNT(*) FROM members "
                             "WHERE date_diff('day', joined_date, cancelled_date) <= 180")]),
    # 8. 'most of our sellers come from' counts sellers per town
    ("most come from", "carboot", [("what town do most of the sellers come from?",
                                    "SELECT town, COUNT(*) FROM sellers GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
                                   ("and among traders only?", "SELECT town, COUNT(*) FROM sellers WHERE is_trader "
                                                               "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")]),
    # 9. a share of a summed column
    ("share of sum", "poultry", [("what share of the eggs went to retail in 2024?",
                                  f"SELECT {RETAIL_SHARE} FROM egg_collections WHERE YEAR(collected_on) = 2024")]),
    # 10. average order value is the average order amount
    ("order value", "seeds", [("what is the average order value by customer type?",
                               "SELECT c.customer_type, AVG(o.total_amount) FROM orders o "
                               "JOIN customers c USING (customer_id) GROUP BY 1")]),
    # 11. two breakdowns kept together
    ("two breakdowns", "poultry", [("eggs collected by housing type and year",
                                    f"SELECT s.housing, YEAR(e.collected_on), SUM(e.eggs_collected) {EGGS} "
                                    "GROUP BY 1, 2")]),
    # 12. a condition value; two columns compared
    ("condition", "tractors", [("median horsepower of the new tractors we sold",
                                "SELECT MEDIAN(horsepower) FROM sales WHERE condition = 'new'")]),
    ("below list", "tractors", [("how many tractors were sold for less than their list price?",
                                 "SELECT COUNT(*) FROM sales WHERE sale_price < list_price")]),
    # 13. a ratio of two columns averaged per row
    ("ratio", "pawnshop", [("what is the average loan to value ratio on pawn loans?",
                            f"SELECT {PAWN_LTV} FROM loans")]),
    ("ratio", "mortgage", [("what is the average loan to value ratio on funded loans?",
                            f"SELECT {MORTGAGE_LTV} FROM applications WHERE status = 'funded'"),
                           ("what about jumbo loans?", f"SELECT {MORTGAGE_LTV} FROM applications "
                                                       "WHERE status = 'funded' AND loan_type = 'jumbo'")]),
    # 14. a breakdown by who cancelled
    ("who cancelled", "drivetest", [("how many driving tests were cancelled in 2024?",
                                     f"SELECT COUNT(*) FROM driving_tests {CANCELLED_2024}"),
                                    ("broken down by who cancelled", "SELECT cancelled_by, COUNT(*) FROM driving_tests "
                                                                     f"{CANCELLED_2024} GROUP BY 1")]),
]

# rate questions: a share (0.05) or a percentage (5.0) are both right, as `accept_scaled` in the corpora
SCALED = {"what share of the eggs went to retail in 2024?"}


@pytest.fixture(scope="module")
def mech_urls(mech7_15_dbs, mech7_22_dbs, mech7_28_dbs, mech7_31_dbs, mech7_32_dbs, mech7_34_dbs, mech7_35_dbs,
              mech7_36_dbs):
    """db name -> DuckDB URL of its file, for the eight corpora (their database names do not clash)."""
    built = [mech7_15_dbs, mech7_22_dbs, mech7_28_dbs, mech7_31_dbs, mech7_32_dbs, mech7_34_dbs, mech7_35_dbs,
             mech7_36_dbs]
    return corpus.corpus_urls(zip(CORPORA, built, strict=True))


pipelines, test_conversations_are_new, test_golds_are_well_defined, test_mechanism = corpus.mechanism_tests(
    CONVERSATIONS, CORPORA, SCALED)
