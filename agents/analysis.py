"""Offline analysis agent: short, grounded insights computed from a query result.

Every number in an insight comes from a `Fact` computed here from the DataFrame. `compute_facts` feeds the
LLM analysis agent, and `grounded` applies the same rule to the model's text: a sentence with a number that
is not among the facts is dropped.

Example:
    >>> import pandas as pd
    >>> analyze(pd.DataFrame({"total_profit": [286397.02]}), "What is the total profit?").text
    'Total profit is 286,397.02.'
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

MAX_SENTENCES = 4
MAX_SUMMARY_COLUMNS = 6  # wider results are detail rows: summarised, not ranked or trended
MIN_ROWS_FOR_OUTLIERS = 8
MIN_ROWS_FOR_CORRELATION = 5
TIME_WORDS = {"year", "yr", "month", "quarter", "qtr", "week", "day", "date", "period", "weekday", "dow", "hour",
              "datetime", "timestamp", "time"}
NUMERIC_TIME_WORDS = {"year", "yr", "month", "quarter", "qtr", "week", "day", "weekday", "dow", "hour", "period"}
ID_WORDS = {"id", "key", "code", "zip", "postal", "pk", "uuid", "phone", "rank", "rn", "idx", "index", "ranking"}
MONEY_WORDS = {"sales", "revenue", "profit", "price", "cost", "costs", "amount", "income", "spend", "spending",
               "budget", "salary", "fee", "fees", "payment", "payments", "value", "earnings", "margin", "usd",
               "eur", "turnover", "gmv", "net", "gross", "loss", "tax", "freight", "shipping"}
LOSS_WORDS = {"profit", "income", "earnings", "margin", "net", "gain", "return", "returns"}
NON_ADDITIVE_WORDS = {"avg", "average", "mean", "median", "rate", "ratio", "pct", "percent", "percentage", "share",
                      "margin", "price", "discount", "min", "max", "minimum", "maximum", "per", "std", "stddev",
                      "stdev", "var", "variance", "score", "rating", "age", "days", "duration"}
DERIVED_WORDS = {"share", "pct", "percent", "percentage", "proportion", "fraction", "ratio", "cumulative", "running"}
LOW_WORDS = re.compile(r"\b(lowest|least|bottom|worst|smallest|fewest|minimum|weakest)\b", re.I)
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?")
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
QUARTER = re.compile(r"(\d{4})\D{0,3}q([1-4])|q([1-4])\D{0,3}(\d{4})", re.I)


class Fact(BaseModel):
    """One computed statement with the numbers it shows, e.g. key="top", numbers=[725457.82, 31.6, 2297200.86]."""

    key: str
    text: str
    numbers: list[float] = Field(default_factory=list)

    def __str__(self) -> str:
        return self.text


class Insight(BaseModel):
    """What `analyze` returns: 1-4 sentences (`text`) and every fact they were chosen from."""

    text: str
    facts: list[Fact] = Field(default_factory=list)

    def __str__(self) -> str:
        return self.text


# ----------------------------------------------------------------------------------------------------------------
# Column roles
# ----------------------------------------------------------------------------------------------------------------

@dataclass
class Roles:
    """The role of each column of a (normalized) result: measures, time columns, categories and ids.

    `frame` is the result with Decimal columns turned into floats and date objects into datetimes.
    `empty` holds columns with nothing but missing values.
    `kinds` maps each measure to "int", "money" or "float" (how its numbers are written).
    """

    frame: pd.DataFrame
    measures: list[str] = field(default_factory=list)
    time: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)


def name_tokens(name: object) -> list[str]:
    """Lower-case words of a column name: "OrderDate" -> ["order", "date"], "sum(sales)" -> ["sum", "sales"].

    >>> name_tokens("Sub_Category")
    ['sub', 'category']
    """
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", str(name))
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def _sample(series: pd.Series, n: int = 50) -> list:
    return series.dropna().head(n).tolist()


def _is_numeric_objects(values: list) -> bool:
    return bool(values) and all(
        isinstance(v, (Decimal, int, float, np.integer, np.floating)) and not isinstance(v, bool) for v in values)


def _is_date_objects(values: list) -> bool:
    return bool(values) and all(isinstance(v, (dt.date, pd.Timestamp, np.datetime64)) for v in values)


def _is_iso_text(values: list) -> bool:
    return bool(values) and all(isinstance(v, str) and ISO_DATE.match(v) for v in values)


def _normalized_column(series: pd.Series) -> pd.Series:
    """Decimal/object numbers -> float64, date objects and ISO date strings -> datetime64; otherwise unchanged."""
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_datetime64_any_dtype(series):
        return series
    if pd.api.types.is_numeric_dtype(series):
        return series
    values = _sample(series)
    try:
        if _is_numeric_objects(values):
            return pd.to_numeric(series, errors="coerce").astype("float64")
        if _is_date_objects(values):
            return pd.to_datetime(series, errors="coerce", utc=_has_tz(values))
        if _is_iso_text(values):
            return pd.to_datetime(series, errors="coerce", format="ISO8601")
    except (TypeError, ValueError, OverflowError):
        return series
    return series


def _has_tz(values: list) -> bool:
    return any(getattr(v, "tzinfo", None) is not None for v in values)


def _unique_names(names: list) -> list[str]:
    """Column names made unique: ["a", "a"] -> ["a", "a_2"]."""
    seen: dict[str, int] = {}
    out = []
    for name in map(str, names):
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def normalize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy-on-change of `df`: Decimal columns as floats, date objects as datetimes, duplicate names made unique.

    >>> from decimal import Decimal
    >>> normalize_frame(pd.DataFrame({"x": [Decimal("1.5")]}))["x"].dtype
    dtype('float64')
    """
    if not df.columns.is_unique:
        df = df.set_axis(_unique_names(list(df.columns)), axis=1)
    changed = {}
    for col in df.columns:
        new = _normalized_column(df[col])
        if new is not df[col]:
            changed[col] = new
    if not changed:
        return df
    out = df.copy()
    for col, values in changed.items():
        out[col] = values
    return out


def _is_time_name(tokens: list[str], words: set[str] = TIME_WORDS) -> bool:
    return any(t in words or t.endswith("year") for t in tokens)


def _is_id_name(tokens: list[str]) -> bool:
    return bool(tokens) and (tokens[-1] in ID_WORDS or tokens[0] == "id" or tokens == ["row", "number"])


def _looks_like_year(series: pd.Series, tokens: list[str]) -> bool:
    if not any("year" in t or t == "yr" for t in tokens):
        return False
    values = series.dropna()
    return bool(len(values)) and bool(((values >= 1900) & (values <= 2100) & (values % 1 == 0)).all())


def _column_role(series: pd.Series, name: object) -> str:
    tokens = name_tokens(name)
    if pd.api.types.is_datetime64_any_dtype(series):
        return "time"
    if len(series) and series.isna().all():
        return "empty"
    if pd.api.types.is_bool_dtype(series):
        return "category"
    if pd.api.types.is_numeric_dtype(series):
        if _is_numeric_time(series, tokens):
            return "time"
        if _is_id_name(tokens):
            return "id"
        return "measure"
    if _is_time_name(tokens):
        return "time"
    return "category"


def _is_measure_name(tokens: list[str]) -> bool:
    """Numeric columns like `days_to_ship` or `orders_per_day` are measures even though they mention time."""
    words = {"days", "hours", "to", "per", "avg", "average", "count", "sum", "total"}
    return len(tokens) > 2 or any(t in words for t in tokens)


def _is_numeric_time(series: pd.Series, tokens: list[str]) -> bool:
    """A year (1900..2100 ints named like year) or a number named month/quarter/week/day/hour."""
    if _looks_like_year(series, tokens):
        return True
    return _is_time_name(tokens, NUMERIC_TIME_WORDS) and not _is_measure_name(tokens)


def _number_kind(series: pd.Series, name: object) -> str:
    tokens = set(name_tokens(name))
    if tokens & MONEY_WORDS:
        return "money"
    values = series.dropna()
    if pd.api.types.is_integer_dtype(series) or len(values) and bool((values % 1 == 0).all()):
        return "int"
    return "float"


def column_roles(df: pd.DataFrame) -> Roles:
    """Classify the columns of a result: measures, time, categories, ids (on a normalized copy).

    >>> r = column_roles(pd.DataFrame({"year": [2016, 2017], "region": ["W", "E"], "sales": [1.0, 2.0]}))
    >>> (r.time, r.categories, r.measures)
    (['year'], ['region'], ['sales'])
    """
    frame = normalize_frame(df)
    roles = Roles(frame=frame)
    buckets = {"measure": roles.measures, "time": roles.time, "category": roles.categories, "id": roles.ids,
               "empty": roles.empty}
    for col in frame.columns:
        buckets[_column_role(frame[col], col)].append(col)
    roles.kinds = {col: _number_kind(frame[col], col) for col in roles.measures}
    return roles


def pick_measure(measures: list[str], question: str) -> str:
    """The measure the question talks about, else the first one.

    >>> pick_measure(["sales", "profit"], "Which region has the most profit?")
    'profit'
    """
    words = set(name_tokens(question))
    for col in measures:
        if (set(name_tokens(col)) - {"sum", "total", "avg", "average"}) & words:
            return col
    return measures[0]


# ----------------------------------------------------------------------------------------------------------------
# Wording and number formatting
# ----------------------------------------------------------------------------------------------------------------

AGG_WORDS = {"sum": "total", "avg": "average", "mean": "average", "count": "number of", "cnt": "number of",
             "n": "number of", "num": "number of", "min": "minimum", "max": "maximum", "stddev": "std dev of"}


def humanize(name: object) -> str:
    """A readable label for a column name, first letter capitalised.

    >>> humanize("sum(sales)"), humanize("total_profit"), humanize("count_star()"), humanize("sub_category")
    ('Total sales', 'Total profit', 'Number of rows', 'Sub category')
    """
    tokens = name_tokens(name)
    if tokens in (["count", "star"], ["count"], ["n"]):
        return "Number of rows"
    if len(tokens) > 1 and tokens[0] in AGG_WORDS:
        tokens = AGG_WORDS[tokens[0]].split() + tokens[1:]
    text = " ".join(tokens) or str(name)
    return text[:1].upper() + text[1:]


def measure_words(name: object) -> str:
    """Lower-case measure label without a leading "total": "sum(sales)" -> "sales"."""
    text = humanize(name).lower()
    return text[6:] if text.startswith("total ") else text


def plural(noun: str) -> str:
    """Naive English plural of a (lower-case) noun phrase.

    >>> plural("sub category"), plural("region"), plural("sales")
    ('sub categories', 'regions', 'sales')
    """
    if noun.endswith(("s", "x")):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def fmt_number(value: float, kind: str = "float") -> str:
    """Thousands separators; 2 decimals for money and floats, none for ints, up to 3 decimals below 1.

    >>> fmt_number(725457.8213, "money"), fmt_number(1234, "int"), fmt_number(0.1562), fmt_number(0.0)
    ('725,457.82', '1,234', '0.156', '0')
    """
    value = float(value)
    if kind == "int" and value == int(value):
        return f"{int(value):,}"
    if kind != "money" and abs(value) < 1:
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return f"{value:,.2f}"


def fmt_pct(value: float) -> str:
    """A percentage with one decimal: 31.5789 -> "31.6%"."""
    return f"{value:.1f}%"


def fmt_signed_pct(value: float) -> str:
    """A signed percentage: 12.345 -> "+12.3%"."""
    return f"{value:+.1f}%"


def fmt_label(value: object) -> str:
    """A category or period value as text; missing values read "(missing)", blank ones "(blank)"."""
    if value is None or isinstance(value, float) and math.isnan(value) or value is pd.NaT:
        return "(missing)"
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() or "(blank)"


# ----------------------------------------------------------------------------------------------------------------
# Numbers in text and grounding
# ----------------------------------------------------------------------------------------------------------------

_SKIP = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b")
_NUMBER = re.compile(
    r"(?<![\w.])(?P<sign>[-\u2212+]?)\$?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>\s*%|\s*(?:thousand|million|billion|trillion)\b|[kKmMbB]n?\b)?")
_SCALES = {"%": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
           "trillion": 1e12}


@dataclass(frozen=True)
class _Num:
    value: float  # as written, scale applied
    tolerance: float  # half a unit of the last written digit, scale applied
    percent: bool


def _scan_numbers(text: str) -> list[_Num]:
    found = []
    for match in _NUMBER.finditer(_SKIP.sub(" ", text)):
        raw = match.group("num").replace(",", "")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        suffix = (match.group("suffix") or "").strip().lower()
        scale = _SCALES.get(suffix, 1.0)
        sign = -1.0 if match.group("sign") in ("-", "\u2212") else 1.0
        found.append(_Num(sign * float(raw) * scale, 0.5 * 10 ** -decimals * scale, suffix == "%"))
    return found


def numbers_in(text: str) -> list[float]:
    """Every number written in `text` (dates and clock times are labels, not numbers, and are skipped).

    >>> numbers_in("West has 725,457.82 (31.6%) and 2.3M in 2017; on 2017-03-01 at 10:30 it was -5.")
    [725457.82, 31.6, 2300000.0, 2017.0, -5.0]
    """
    return [n.value for n in _scan_numbers(text)]


def _decimals_of(value: float) -> int:
    text = repr(float(value))
    return 0 if "e" in text else len(text.split(".")[1].rstrip("0"))


def _matches(num: _Num, known: float) -> bool:
    """Tolerant comparison: rounding either way, signs ignored, 31.6% also matches 0.316."""
    target = abs(known)
    tolerance = max(num.tolerance, 0.5 * 10 ** -_decimals_of(known)) + 1e-9 * max(1.0, target)
    if abs(abs(num.value) - target) <= tolerance:
        return True
    return num.percent and abs(abs(num.value) / 100 - target) <= tolerance / 100


def known_numbers(facts: list[Fact]) -> list[float]:
    """The numbers the facts allow: their `numbers` and every number written in their text."""
    values: list[float] = []
    for fact in facts:
        values.extend(fact.numbers)
        values.extend(numbers_in(fact.text))
    return values


def split_sentences(text: str) -> list[str]:
    """Sentences of a short text (a period inside a number does not end a sentence)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=\S)", text.strip()) if s.strip()]


def sentence_is_grounded(sentence: str, allowed: list[float]) -> bool:
    """True when every number of the sentence matches one of the `allowed` numbers."""
    return all(any(_matches(num, known) for known in allowed) for num in _scan_numbers(sentence))


def grounded(text: str, facts: list[Fact]) -> str:
    """`text` without the sentences that contain a number not present in the facts.

    >>> facts = [Fact(key="top", text="West has the highest sales: 725,457.82 (31.6% of 2,297,200.86).")]
    >>> grounded("West leads with 725,458 in sales, about 32% of the total. It grew 80% in 2018.", facts)
    'West leads with 725,458 in sales, about 32% of the total.'
    """
    allowed = known_numbers(facts)
    sentences = split_sentences(text)
    kept = [s for s in sentences if sentence_is_grounded(s, allowed)]
    return text if len(kept) == len(sentences) else " ".join(kept)  # nothing dropped: the text as written


# ----------------------------------------------------------------------------------------------------------------
# Facts
# ----------------------------------------------------------------------------------------------------------------

def make_fact(key: str, text: str) -> Fact:
    """A fact whose `numbers` are exactly the numbers written in its text."""
    return Fact(key=key, text=text, numbers=numbers_in(text))


def is_additive(col: object) -> bool:
    """Sums of this measure mean something (sales, quantity) - unlike averages, rates or prices."""
    return not set(name_tokens(col)) & NON_ADDITIVE_WORDS


def _values(frame: pd.DataFrame, col: str) -> pd.Series:
    """A column as float64, infinities as missing."""
    values = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    return values.where(np.isfinite(values))


def _label_series(series: pd.Series) -> pd.Series:
    if pd.api.types.is_string_dtype(series) or pd.api.types.is_object_dtype(series):
        if all(isinstance(v, str) for v in _sample(series)):
            text = series.astype("string").str.strip().replace("", "(blank)")
            return text.fillna("(missing)").astype(object)
    return series.map(fmt_label).astype(object)


def _labels(frame: pd.DataFrame, cols: list[str]) -> pd.Series:
    labels = _label_series(frame[cols[0]])
    for col in cols[1:]:
        labels = labels + " / " + _label_series(frame[col])
    return labels


def _empty_facts() -> list[Fact]:
    return [make_fact("empty", "No rows matched this question, so there is nothing to analyse; "
                               "try broader filters or another time range.")]


def _single_row_facts(roles: Roles) -> list[Fact]:
    frame, measures = roles.frame, roles.measures
    labels = [fmt_label(frame[c].iloc[0]) for c in roles.time + roles.categories + roles.ids]
    parts = [f"{measure_words(m) if i else humanize(m)} is {_fmt_cell(frame[m].iloc[0], roles.kinds.get(m, 'float'))}"
             for i, m in enumerate((measures + roles.empty)[:4])]
    if not parts:
        return [make_fact("value", f"The result is {' / '.join(labels)}.")]
    if labels:
        parts[0] = parts[0][:1].lower() + parts[0][1:]
        return [make_fact("value", f"For {' / '.join(labels)}, {_join_and(parts)}.")]
    return [make_fact("value", f"{_join_and(parts)}.")]


def _fmt_cell(value: object, kind: str) -> str:
    number = pd.to_numeric(pd.Series([value]), errors="coerce").iloc[0]
    return "not available" if pd.isna(number) else fmt_number(number, kind)


def _join_and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _grouped(frame: pd.DataFrame, keys: pd.Series, col: str) -> pd.Series:
    """Measure per label; repeated labels are summed (additive measures) or averaged."""
    values = _values(frame, col)
    if keys.is_unique:
        return pd.Series(values.to_numpy(), index=keys.to_numpy()).dropna()
    grouped = values.groupby(keys.to_numpy(), sort=False)
    return (grouped.sum(min_count=1) if is_additive(col) else grouped.mean()).dropna()


def _category_facts(roles: Roles, measure: str) -> list[Fact]:
    cats = roles.categories or roles.ids
    series = _grouped(roles.frame, _labels(roles.frame, cats), measure).sort_values(ascending=False, kind="stable")
    if series.empty:
        return [make_fact("missing", f"Every {measure_words(measure)} value is missing.")]
    kind, name = roles.kinds[measure], measure_words(measure)
    noun = plural(humanize(cats[0]).lower()) if len(cats) == 1 else "groups"
    total = float(series.sum())
    with_share = is_additive(measure) and total > 0 and bool((series >= 0).all())
    facts = []
    top_label, top = series.index[0], float(series.iloc[0])
    share = f" ({fmt_pct(100 * top / total)} of {fmt_number(total, kind)})" if with_share else ""
    facts.append(make_fact("top", f"{top_label} has the highest {name}: {fmt_number(top, kind)}{share}."))
    if len(series) > 1:
        low_label, low = series.index[-1], float(series.iloc[-1])
        share = f" ({fmt_pct(100 * low / total)})" if with_share else ""
        facts.append(make_fact("bottom", f"{low_label} has the lowest {name}: {fmt_number(low, kind)}{share}."))
    facts.extend(_negative_facts(series, measure, kind, noun))
    if is_additive(measure) and len(series) > 2:
        facts.append(make_fact("total", f"Total {name} across the {len(series):,} {noun} is "
                                        f"{fmt_number(total, kind)}."))
    if with_share and len(series) >= 5:
        top3 = 100 * float(series.iloc[:3].sum()) / total
        facts.append(make_fact("concentration", f"The top 3 {noun} account for {fmt_pct(top3)} of total {name}."))
    facts.extend(_outlier_facts(series, kind, name))
    return facts


def _negative_facts(series: pd.Series, measure: str, kind: str, noun: str) -> list[Fact]:
    negative = series[series < 0].sort_values()
    if negative.empty:
        return []
    verb = "lost money" if _loss_name(measure) else f"have a negative {measure_words(measure)}"
    shown = ", ".join(f"{label} ({fmt_number(v, kind)})" for label, v in negative.iloc[:3].items())
    more = f" and {len(negative) - 3:,} more" if len(negative) > 3 else ""
    return [make_fact("negatives", f"{len(negative):,} of {len(series):,} {noun} {verb}: {shown}{more}.")]


def _loss_name(measure: str) -> bool:
    return bool(set(name_tokens(measure)) & LOSS_WORDS)


def _outlier_mask(values: pd.Series) -> pd.Series:
    """|z| > 3, or beyond 3 inter-quartile ranges from the quartiles."""
    std = values.std(ddof=0)
    z = (values - values.mean()).abs() / std if std > 0 else values * 0
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    iqr = q3 - q1
    far = (values < q1 - 3 * iqr) | (values > q3 + 3 * iqr) if iqr > 0 else values != values
    return (z > 3) | far


def _outlier_facts(series: pd.Series, kind: str, name: str, label=str) -> list[Fact]:
    if len(series) < MIN_ROWS_FOR_OUTLIERS:
        return []
    outliers = series[_outlier_mask(series)]
    if outliers.empty:
        return []
    outliers = outliers.reindex(outliers.abs().sort_values(ascending=False).index)
    shown = ", ".join(f"{label(key)} ({fmt_number(v, kind)})" for key, v in outliers.iloc[:3].items())
    typical = f"median {fmt_number(float(series.median()), kind)}"
    if len(outliers) == 1:
        return [make_fact("outliers", f"{shown} is an outlier in {name} ({typical}).")]
    return [make_fact("outliers", f"{len(outliers):,} outliers stand out in {name}: {shown} ({typical}).")]


# Time series -------------------------------------------------------------------------------------------------

def time_sort_key(series: pd.Series) -> pd.Series | None:
    """Sortable version of a time column, or None to keep the given order."""
    if pd.api.types.is_datetime64_any_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return series
    text = series.astype("string").str.strip().str.lower()
    months = text.str[:3].map(MONTHS)
    if months.notna().all() and not text.str.contains(r"\d", regex=True).any():
        return months
    quarters = text.str.extract(QUARTER)
    if quarters.notna().any(axis=1).all():
        year = quarters[0].fillna(quarters[3]).astype(int)
        return year * 10 + quarters[1].fillna(quarters[2]).astype(int)
    parsed = pd.to_datetime(series, errors="coerce", format="mixed") if len(series) <= 500 else None
    if parsed is not None and parsed.notna().all():
        return parsed
    return None


def period_word(col: object, values: pd.Series) -> str:
    """"year", "month", "quarter", "week", "day" or "period" for a time column."""
    tokens = name_tokens(col)
    for word in ("year", "quarter", "month", "week", "day", "hour"):
        if any(word in t for t in tokens):
            return word
    if pd.api.types.is_datetime64_any_dtype(values):
        stamps = values.dropna()
        if len(stamps) and (stamps.dt.day_of_year == 1).all():
            return "year"
        if len(stamps) and (stamps.dt.day == 1).all():
            return "month"
        if len(stamps) and (stamps == stamps.dt.normalize()).all():
            return "day"
    return "period"


def period_label(value: object, word: str) -> str:
    """A period value as text: a year-start Timestamp -> "2017", a month-start -> "2017-03"."""
    if isinstance(value, pd.Timestamp) and not (value.hour or value.minute):
        return value.strftime({"year": "%Y", "month": "%Y-%m"}.get(word, "%Y-%m-%d"))
    return fmt_label(value)


def time_series(frame: pd.DataFrame, time_col: str, measure: str) -> pd.Series:
    """The measure per period, in time order (summed over other columns when additive, else averaged)."""
    values = _values(frame, measure)
    key = time_sort_key(frame[time_col])
    grouped = values.groupby(frame[time_col].to_numpy(), sort=False)
    series = (grouped.sum(min_count=1) if is_additive(measure) else grouped.mean()).dropna()
    if key is not None:
        order = pd.Series(key.to_numpy()).groupby(frame[time_col].to_numpy(), sort=False).first()
        series = series.loc[order.reindex(series.index).sort_values(kind="stable").index]
    return series


def _trend_word(values: np.ndarray) -> str:
    slope = np.polyfit(np.arange(len(values)), values, 1)[0]
    scale = np.abs(values).mean() or 1.0
    change = slope * (len(values) - 1) / scale
    return "upward" if change > 0.05 else "downward" if change < -0.05 else "flat"


def _change_text(old: float, new: float, kind: str) -> str:
    diff = f"{'+' if new >= old else '-'}{fmt_number(abs(new - old), kind)}"
    return f"{fmt_signed_pct(100 * (new - old) / abs(old))}, {diff}" if old else diff


def _latest_change(old: float, new: float, kind: str) -> str:
    diff = f"{'+' if new >= old else '-'}{fmt_number(abs(new - old), kind)}"
    return f"{fmt_signed_pct(100 * (new - old) / abs(old))} ({diff})" if old else diff


def _time_facts(roles: Roles, measure: str) -> list[Fact]:
    time_col = roles.time[0]
    series = time_series(roles.frame, time_col, measure)
    if len(series) < 2:
        return _category_facts(roles, measure) if roles.categories or roles.ids else _distribution_facts(roles, measure)
    kind, name = roles.kinds[measure], measure_words(measure)
    word = period_word(time_col, roles.frame[time_col])
    index = series.index

    def label(i: int) -> str:
        return period_label(index[i], word)

    first, last = float(series.iloc[0]), float(series.iloc[-1])
    if roles.categories and is_additive(measure):
        name = f"total {name}"
    facts = [make_fact("change", f"{name[:1].upper() + name[1:]} went from {fmt_number(first, kind)} in {label(0)} "
                                 f"to {fmt_number(last, kind)} in {label(-1)} ({_change_text(first, last, kind)}).")]
    if len(series) > 2:
        best, worst = int(np.argmax(series.to_numpy())), int(np.argmin(series.to_numpy()))
        top, low = fmt_number(series.iloc[best], kind), fmt_number(series.iloc[worst], kind)
        facts.append(make_fact("best_worst", f"The best {word} was {label(best)} ({top}) "
                                             f"and the worst was {label(worst)} ({low})."))
        prev = float(series.iloc[-2])
        facts.append(make_fact("latest", f"The latest {word}, {label(-1)}, changed by "
                                         f"{_latest_change(prev, last, kind)} versus {label(-2)}."))
        facts.append(make_fact("trend", f"Overall the trend is {_trend_word(series.to_numpy())}."))
    if roles.categories:
        facts[2:2] = _leader_facts(roles, time_col, measure, series.index[-1], label(-1))
    facts.extend(_outlier_facts(series, kind, name, lambda v: period_label(v, word)))
    return facts


def _leader_facts(roles: Roles, time_col: str, measure: str, latest: object, latest_label: str) -> list[Fact]:
    frame = roles.frame[roles.frame[time_col] == latest]
    series = _grouped(frame, _labels(frame, roles.categories), measure).sort_values(ascending=False)
    if series.empty:
        return []
    value = fmt_number(float(series.iloc[0]), roles.kinds[measure])
    return [make_fact("leader", f"In {latest_label}, {series.index[0]} led with {value} "
                                f"{measure_words(measure)}.")]


# Measures only -------------------------------------------------------------------------------------------------

def _correlation_facts(roles: Roles, measures: list[str]) -> list[Fact]:
    measures = [m for m in measures if not set(name_tokens(m)) & DERIVED_WORDS]  # a share tracks its base
    if len(measures) < 2:
        return []
    a, b = measures[0], measures[1]
    pair = pd.concat([_values(roles.frame, a), _values(roles.frame, b)], axis=1).dropna()
    if len(pair) < MIN_ROWS_FOR_CORRELATION or pair.iloc[:, 0].std() == 0 or pair.iloc[:, 1].std() == 0:
        return []
    r = float(np.corrcoef(pair.iloc[:, 0], pair.iloc[:, 1])[0, 1])
    strength = "strongly" if abs(r) >= 0.7 else "moderately" if abs(r) >= 0.4 else "weakly" if abs(r) >= 0.2 else ""
    if not strength:
        return [make_fact("correlation", f"{humanize(a)} and {measure_words(b)} are barely related (r = {r:.2f}).")]
    direction = "positively" if r > 0 else "negatively"
    return [make_fact("correlation", f"{humanize(a)} and {measure_words(b)} are {strength} {direction} correlated "
                                     f"(r = {r:.2f}).")]


def _distribution_facts(roles: Roles, measure: str) -> list[Fact]:
    values = _values(roles.frame, measure).dropna()
    if values.empty:
        return [make_fact("missing", f"Every {measure_words(measure)} value is missing.")]
    kind, name = roles.kinds[measure], measure_words(measure)
    avg_kind = "float" if kind == "int" else kind
    facts = [make_fact("distribution", f"Across {len(values):,} rows, {name} averages "
                                       f"{fmt_number(values.mean(), avg_kind)} (median "
                                       f"{fmt_number(values.median(), avg_kind)}) and ranges from "
                                       f"{fmt_number(values.min(), kind)} to {fmt_number(values.max(), kind)}.")]
    if len(values) >= MIN_ROWS_FOR_OUTLIERS:
        count = int(_outlier_mask(values).sum())
        verb = "value is an outlier" if count == 1 else "values are outliers"
        if count:
            facts.append(make_fact("outliers", f"{count:,} of {len(values):,} {name} {verb} "
                                               f"(beyond 3 standard deviations or 3 IQRs)."))
    return facts


def _is_detail(roles: Roles) -> bool:
    """Detail rows (not an aggregate): a wide result, or dated rows with a unique id such as order_id."""
    if len(roles.frame.columns) > MAX_SUMMARY_COLUMNS:
        return True
    ids = [c for c in roles.categories + roles.ids if name_tokens(c)[-1:] == ["id"]]
    return bool(roles.time) and any(roles.frame[c].is_unique for c in ids)


def _count(n: int, noun: str) -> str:
    """"1 column", "3 columns"."""
    return f"{n:,} {noun if n == 1 else plural(noun)}"


def _largest_row_facts(roles: Roles, measure: str) -> list[Fact]:
    """The row with the largest value of the measure, named by its first label columns (detail results)."""
    values = _values(roles.frame, measure)
    if values.notna().sum() == 0:
        return []
    row = roles.frame.loc[values.idxmax()]
    names = [fmt_label(row[c]) for c in (roles.categories + roles.ids)[:1]]
    where = f" ({' / '.join(names)})" if names else ""
    value = fmt_number(float(values.max()), roles.kinds[measure])
    return [make_fact("largest", f"The largest {measure_words(measure)} is {value}{where}.")]


def _text_only_facts(roles: Roles) -> list[Fact]:
    frame = roles.frame
    if roles.empty:
        return [make_fact("missing", f"Every {measure_words(roles.empty[0])} value is missing.")]
    cols = roles.categories + roles.time + roles.ids
    first = cols[0] if cols else frame.columns[0]
    distinct = frame[first].nunique(dropna=True)
    return [make_fact("rows", f"The result has {len(frame):,} rows and {_count(len(frame.columns), 'column')} "
                              f"with {distinct:,} distinct {humanize(first).lower()} values; "
                              f"there is no numeric column to summarise.")]


def _truncated_fact(rows: int) -> Fact:
    return make_fact("truncated", f"Only the first {rows:,} rows were returned, so totals and rankings cover a "
                                  f"partial result.")


def compute_facts(df: pd.DataFrame | None, question: str = "", *, truncated: bool = False) -> list[Fact]:
    """Every fact about a result, most important first; the only numbers an insight may use.

    >>> df = pd.DataFrame({"region": ["West", "East"], "sales": [725457.82, 678781.24]})
    >>> [f.key for f in compute_facts(df)]
    ['top', 'bottom']
    """
    if df is None or df.empty or len(df.columns) == 0:
        return _empty_facts()
    roles = column_roles(df)
    measure = pick_measure(roles.measures, question) if roles.measures else None
    if len(roles.frame) == 1:
        facts = _single_row_facts(roles)
    elif measure is None:
        facts = _text_only_facts(roles)
    elif _is_detail(roles):
        facts = _distribution_facts(roles, measure) + _largest_row_facts(roles, measure)
    elif roles.time:
        facts = _time_facts(roles, measure) + _correlation_facts(roles, _ordered(roles.measures, measure))
    elif roles.categories or roles.ids:
        facts = _category_facts(roles, measure) + _correlation_facts(roles, _ordered(roles.measures, measure))
    else:
        facts = _correlation_facts(roles, _ordered(roles.measures, measure)) + _distribution_facts(roles, measure)
    if truncated:
        facts.append(_truncated_fact(len(df)))
    return facts


def _ordered(measures: list[str], first: str) -> list[str]:
    return [first] + [m for m in measures if m != first]


def _select(facts: list[Fact], question: str) -> list[Fact]:
    """Up to MAX_SENTENCES facts; the caveat always kept, the bottom first when the question asks for it."""
    caveat = [f for f in facts if f.key == "truncated"]
    body = [f for f in facts if f.key != "truncated"]
    if LOW_WORDS.search(question or ""):
        body.sort(key=lambda f: 0 if f.key == "bottom" else 1)
    return body[: MAX_SENTENCES - len(caveat)] + caveat


def analyze(df: pd.DataFrame | None, question: str = "", *, truncated: bool = False) -> Insight:
    """A 1-4 sentence insight about a query result; every number in it comes from `compute_facts`.

    >>> df = pd.DataFrame({"year": [2014, 2015, 2016, 2017], "sales": [484247.5, 470532.51, 609205.6, 733215.26]})
    >>> analyze(df, "sales by year").text.split(". ")[0]
    'Sales went from 484,247.50 in 2014 to 733,215.26 in 2017 (+51.4%, +248,967.76)'
    """
    facts = compute_facts(df, question, truncated=truncated)
    text = " ".join(f.text for f in _select(facts, question))
    return Insight(text=text, facts=facts)
