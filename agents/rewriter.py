"""Offline context rewriter: is a question a follow-up, and if so, merge it into the previous turn's spec.

Also the pre-generation request classifier `classify_request` (small talk, general knowledge, data changes).

Example:
    >>> classify_request("delete all invoices")
    'I can only read and analyse the data; I never change it. Ask a question such as "total sales by region".'
    >>> classify_request("total sales by region") is None
    True
"""
from __future__ import annotations

import calendar
import copy
import re

from agents import lexicon as lx
from agents.linking import SchemaIndex
from agents.listed_attributes import WHAT_IS_THE, WHO_IS_THE_ROLE, YEARS_WITH_US, attribute_followup
from agents.nl_parse import Parse, Ref, parse_question
from agents.nl_spec import (
    DEST_WORDS,
    ORIGIN_WORDS,
    Resolver,
    apply_parse,
    best_time_is_lowest,
    build_spec,
    describe,
    finalize_aggs,
    full_names,
    longest_tenure,
    measures_of,
    one_weekday_condition,
    person_dims,
    repair_spec,
    speed_direction,
)
from agents.nl_sql import dim_alias

OVERALL_FOLLOWUP = re.compile(r"^\s*(and |what about |how about |so )?(the )?(overall|in total|altogether|"
                              r"all together|across all( of them)?|for all of them|combined|for everything)"
                              r"( then)?\s*[?.!]*\s*$")
SHOW_ALL = re.compile(r"\ball (of )?(them|those|these)\b|\bshow (me )?(them )?all\b|\b(full|whole|complete) list\b|"
                      r"\b(show|list|see|include) (me )?(everyone|everybody|every one|all the rest|the rest)\b|"
                      r"\bno limit\b|\bwithout (the )?limit\b")  # "show everyone": the previous ranking, uncut
CAPABILITIES = ('I answer questions about the connected data, e.g. "total sales by region", '
                '"top 5 customers by revenue", "monthly orders in 2016".')
ADD_WORDS = frozenset({"break", "breakdown", "split", "drill", "further", "also", "add", "plus", "too",
                       "additionally", "within", "along", "well", "both", "each"})


# ---------------------------------------------------------------------- classification
def classify_request(question, max_chars: int | None = None, schema_words: frozenset = frozenset()) -> str | None:
    """A refusal message for input that is not an analytics question, else None. Conservative by design.

    A general-knowledge word that names a column of the data ("weather" on a table with a weather column)
    is a data question, so `schema_words` (the lower-case words of table and column names) exempts it.

    >>> classify_request("hi")[:50]
    'Hello! I answer questions about the connected data'
    >>> classify_request("What is the capital of France?")[:28]
    'That is outside what I know:'
    """
    if not isinstance(question, str) or not question.strip():
        return "Please type a question about the data."
    if max_chars is None:
        try:
            from settings import get_settings
            max_chars = get_settings().max_question_chars
        except Exception:  # noqa: BLE001
            max_chars = 1000
    if len(question) > max_chars:
        return f"The question is too long ({len(question)} characters; at most {max_chars})."
    text = " ".join(re.findall(r"[a-z0-9']+", question.lower()))
    if _is_write_request(question.lower(), " ".join(re.findall(r"[a-z0-9'-]+", question.lower())), schema_words):
        return ('I can only read and analyse the data; I never change it. Ask a question such as '
                '"total sales by region".')
    if text in lx.SMALL_TALK or (len(text.split()) <= 4 and any(
            text.startswith(g + " ") for g in ("hi", "hello", "hey", "thanks", "thank you", "good morning"))
            and not re.search(r"\d", text) and not any(w in text for w in ("sales", "total", "how many", "by "))):
        if text.startswith(("thank", "thx", "cheers")):
            return "You're welcome! " + CAPABILITIES
        if text in ("who are you", "what are you", "what can you do", "help"):
            return "I am a data assistant. " + CAPABILITIES
        return "Hello! " + CAPABILITIES
    for pat in (r"\bcapital (city )?of\b", r"\bweather\b", r"\bjoke\b", r"\bpoem\b", r"\brecipe\b",
                r"\btranslate\b", r"\bmeaning of life\b", r"\bpresident of\b", r"\bwhat time is it\b",
                r"\bhow are you\b", r"\bwho (wrote|invented|discovered|painted)\b", r"\bprime minister\b",
                r"\bsing\b.*\bsong\b", r"\bwrite (me )?(an? )?(essay|story|letter|email|code|program)\b"):
        hit = re.search(pat, text)
        nouns = {w for t in text.split() for w in (t, t[:-1] if t.endswith("s") else t, t[:-2] if t.endswith("es")
                                                   else t) if len(w) > 2}
        if hit and not set(hit.group(0).split()) & schema_words and not (
                hit.group(0).startswith("who") and nouns & schema_words):  # "who wrote the most books": a table
            return "That is outside what I know: " + CAPABILITIES
    return None


def _is_write_request(raw: str, text: str, schema_words: frozenset = frozenset()) -> bool:
    verb = re.match(r"^(please |can you |could you |now |then )*(delete|drop|update|insert|truncate|alter|create|"
                    r"grant|revoke|erase|wipe|modify|rename|upsert|overwrite|remove|add|set|change|edit)\b(?!-)",
                    text)  # ("drop-offs by hour" is a noun)
    if verb and {verb.group(2), verb.group(2) + "s"} & schema_words and not re.search(
            r"\b(table|database|schema|view|index|from|into|set|on|to|all|privileges?|select|usage|role)\b", text):
        verb = None  # "grant money by category" on a table of grants: a noun of the data, not a command
    if verb:
        # "add profit", "remove the filter", "change to monthly" are follow-ups, not writes
        if re.match(r"^(please |can you |could you |now |then )*(add|remove|set|change|edit)\b", text) and not \
                re.search(r"\b(row|rows|record|records|table|column|database|entry|entries|customer|invoice|user)s?\b"
                          r".*\b(to|from|into|in)\b.*\b(table|database)\b|\b(from|into) the (table|database)\b", text):
            return False
        if text.split()[0] in ("update", "create") and len(text.split()) > 1 and not re.search(
                r"\b(table|set|row|record|database|view|index|schema|user)\b", text):
            return False
        return True
    return bool(re.search(r"\b(drop|truncate|alter)\s+(table|database|schema|view|index)\b|\bdelete\s+from\b|"
                          r"\binsert\s+into\b|\bupdate\s+\w+\s+set\b|\bgrant\s+\w+\s+on\b", raw))


# ---------------------------------------------------------------------- follow-ups
NEW_TOPIC = re.compile(
    r"\s*(?:(?:ok|okay|right|alright|now|so|and)\b[,.]?\s*)?"
    r"(?:(?:a |on a |one )?(?:separate|unrelated|different|new|other|another) (?:question|topic|thing|note)|"
    r"unrelated|switching (?:topics?|subjects?)|changing (?:the )?(?:topic|subject)|new topic|on another note|"
    r"something (?:else|different))\s*(?:[:,.;!?\u2013\u2014-]+\s*|\s+)(?:but\s+|now\s+|then\s+)?", re.I)


def looks_like_followup(question: str, parse: Parse, prev_spec: dict | None) -> bool:
    """Does the question continue the previous turn rather than start a new topic?

    >>> looks_like_followup("what about the West?", Parse("q", []), {"measures": [1]})
    True
    """
    if not prev_spec:
        return False
    q = question.strip().lower()
    words = re.findall(r"[a-z0-9']+", q)
    if not words:
        return False
    # "cancellation rate by brand" names its measure through the rate word: a new question, not a follow-up
    has_measure = (bool(parse.measures) or parse.rate and bool(parse.filters)) and not parse.agg_only
    has_dims = bool(parse.dims)
    starts = q.startswith(lx.FOLLOWUP_STARTS) or words[0] in ("and", "but", "now", "only", "just", "same",
                                                              "instead", "also", "then", "so")
    pronoun = any(w in lx.FOLLOWUP_PRONOUNS for w in words) and not (has_measure and has_dims and len(words) > 7)
    if SHOW_ALL.search(q) and not has_measure and not has_dims and prev_spec.get("limit"):
        return True  # "show everyone" after "who loaded the most pieces"
    if parse.agg_only or parse.shift or parse.shift_months or parse.instead or \
            (parse.order_dir and not has_measure and not has_dims):
        return True
    if re.search(r"\b(for each|for every|for all|per|each|of each)\s*(one|of them|group)?\s*\??\s*$", q) and \
            not has_dims:
        return True  # "average age for each": the same breakdown, another measure
    if EACH_OF_THEM.search(q) and prev_spec.get("dimensions") and not has_dims:
        return True  # a list of tools, then "how many bookings did each get in 2024?"
    if EACH_COUNT_FOLLOWUP.match(q) and \
            not parse.entities and not any(mp.ref is not None for mp in parse.measures):
        return True  # "how many on each ward?": the previous count, broken down
    if LIST_FOLLOWUP.match(q) or WHO_WAS_IT.match(q) or \
            COUNT_FOLLOWUP.match(q) and not has_dims and (not has_measure or all(
                mp.kind == "count" and mp.ref is None and mp.entity_table is None for mp in parse.measures)) or \
            GROUP_COUNT_FOLLOWUP.match(q) and not has_dims:
        return True  # "who are they?", "list them", "just the count"
    valued = {fp.pos for fp in parse.filters}
    if parse.superlative and not has_measure and not has_dims and not parse.count_cue and \
            all(pos in valued for pos, _, _ in parse.entities):
        return True  # "which one has the most?", "and the lowest?", "which is most common in matches"
    if re.match(r"\s*(and\s+|so\s+)?how many\s+(were|are|was|is|of them|of those)\b", q) and not has_dims and \
            not any(m.kind == "table" for m in parse.mentions):
        return True  # a list of players, then "how many were forwards": those players, counted
    if starts or pronoun:
        # "How many ... " style full questions that merely start with "and" are still follow-ups
        return True
    if not has_measure and not parse.count_cue and not parse.entities and (
            parse.filters or parse.limit or has_dims or parse.relative):
        return True
    if not has_measure and not has_dims and not parse.count_cue and parse.filters and len(words) <= 4:
        return True
    prev_tables = {prev_spec.get("fact")} | {d.get("table") for d in prev_spec.get("dimensions", [])} | {
        m.get("table") for m in prev_spec.get("measures", []) if isinstance(m, dict)}
    if len(words) <= 3 and has_measure and not has_dims and not parse.filters and not parse.relative and \
            prev_spec.get("dimensions") and all(t == prev_spec.get("fact") for _, t, _ in parse.entities if t) and \
            all(mp.ref is not None and mp.ref.cands and mp.ref.cands[0][1].table == prev_spec.get("fact")
                for mp in parse.measures):
        return True  # "reprints by reason", then "how many copies": the same breakdown, another measure
    if re.search(r"\b(only|just)\b", q) and not has_measure and not has_dims and not parse.count_cue and \
            parse.filters and all(t in prev_tables for _, t, _ in parse.entities if t):
        return True  # "morning classes only": the same question, narrowed to rows the previous one counted
    return False


def _substance_amount(index: SchemaIndex, m: dict) -> bool:
    """A measure column counted in kilos, litres or tonnes (weight_kg): an amount that adds up."""
    col = index.tables[m["table"]].columns.get(m.get("column")) if m.get("table") in index.tables else None
    return col is not None and col.is_substance_amount


def _superlative_of_measure(index: SchemaIndex, spec: dict, m0: dict, parse: Parse) -> bool:
    """ "what about the oldest" after an average age per group: the adjective names the averaged column itself."""
    adj = getattr(parse, "sup_adj", None) or ""
    if not adj.endswith("est") or m0.get("kind") != "agg" or m0.get("agg") not in ("avg", "sum", "median") or \
            not spec.get("dimensions") or parse.limit or not re.match(
                r"\s*(and\s+)?(what|how) about (the )?\w+est\s*\??\s*$", parse.question.lower()):
        return False
    col = index.tables[m0["table"]].columns.get(m0["column"]) if m0.get("table") in index.tables else None
    names = set(lx.COMPARATIVE_COLUMNS.get(adj[:-3] + "er", ())) | set(lx.COMPARATIVE_COLUMNS.get(adj[:-2] + "r", ()))
    return col is not None and bool(set(col.words) & names)


def _which_of_the_distinct(spec: dict, parse: Parse) -> None:
    """ "how many different clients have booked us" then "which of them booked us more than 27 times": the distinct
    values counted become the breakdown the new condition applies to."""
    ms = spec.get("measures") or []
    if not re.match(r"\s*(and\s+)?(which|who) of (them|those|these)\b", parse.question.lower()) or \
            spec.get("dimensions") or len(ms) != 1 or ms[0]["kind"] != "count" or not ms[0].get("column") or \
            not parse.having:
        return
    spec["dimensions"] = [{"table": ms[0]["table"], "column": ms[0]["column"], "grain": None}]
    spec["measures"] = []


def _share_of_one_group(spec: dict, parse: Parse) -> bool:
    """ "donors of each blood type" then "what fraction are O negative": the share of rows with that value of the
    breakdown's column, one figure (the breakdown goes)."""
    dims = spec.get("dimensions") or []
    if not parse.share or parse.dims or parse.measures or len(dims) != 1 or dims[0].get("grain") or \
            len(parse.filters) != 1 or parse.filters[0].op != "=" or not parse.filters[0].values:
        return False
    hits = {(t, c, v) for t, c, v in parse.filters[0].values if (t, c) == (dims[0]["table"], dims[0]["column"])}
    if len(hits) != 1:
        return False
    t, c, v = hits.pop()
    spec["measures"] = [{"kind": "rate", "table": t, "column": c, "negate": False, "value": v}]
    spec["dimensions"], spec["order"], spec["limit"], spec["having"] = [], None, None, []
    return True


def _keep_group_conditions(prev_spec: dict, new_measures: list[dict], parse: Parse) -> tuple[list, list]:
    """(measures, having) when a follow-up replaces the measures: "which volunteers did more than 50 shifts" then
    "how old are they" keeps the groups with more than 50 shifts (their count stays, after the new measures)."""
    measures, having = list(new_measures), []
    if parse.having or not new_measures or not re.search(r"\b(they|them|those|these|their|ones)\b",
                                                            parse.question.lower()):
        return measures, having  # ("top 5 tables by revenue" after "tables with more than 115 orders": all tables)
    before = prev_spec.get("measures") or []
    for h in prev_spec.get("having") or []:
        if h.get("measure", len(before)) >= len(before):
            continue
        old = before[h["measure"]]
        if old not in measures:
            measures.append(old)
        having.append(dict(h, measure=measures.index(old)))
    return measures, having


def _rank_the_counted_rows(index: SchemaIndex, spec: dict, parse: Parse, stats) -> dict | None:
    """ "how many plots cost more than £90 a year" then "show me the 5 priciest": the plots ranked by the column the
    adjective names (the follow-up read as a question about the counted table's rows; a ranking of all of them, as
    "the 3 cheapest" after it shows)."""
    ms = spec.get("measures") or []
    if len(ms) != 1 or ms[0]["kind"] != "count" or ms[0].get("column") or spec.get("dimensions") or \
            not parse.limit or parse.sup_adj not in lx.SUPERLATIVE_COLUMNS or parse.dims or parse.measures or \
            ms[0].get("table") not in index.tables:
        return None
    table = ms[0]["table"]
    question = f"{parse.question.rstrip(' ?.!')} {' '.join(lx.split_name(table))}"
    fresh = build_spec(index, parse_question(index, question), stats)
    if fresh.get("fact") != table or not fresh.get("dimensions") or fresh.get("filters"):
        return None
    return fresh


def _rank_the_counted_entities(index: SchemaIndex, spec: dict, parse: Parse) -> dict | None:
    """ "how many different singers turned up late at least once?" then "list the three who were late most often":
    those singers, ranked by how many of the flagged rows (late attendances) each has."""
    ms = spec.get("measures") or []
    q = parse.question.lower()
    if len(ms) != 1 or ms[0]["kind"] != "count" or spec.get("dimensions") \
            or not (parse.limit or parse.superlative) or parse.dims or parse.measures or \
            not re.search(r"\b(who|which ones?|list|name)\b", q) or not re.search(r"\b(most|least)\b", q):
        return None
    entity = ms[0].get("table")
    info = index.tables.get(entity or "")
    if info is None or ms[0].get("column") not in (None, *info.pk):
        return None
    events = [f["table"] for f in spec.get("filters") or [] if f.get("table") != entity and any(
        rt == entity for _, rt, _ in index.tables[f["table"]].fks)]
    if not events:
        return None
    res = Resolver(index)
    dims = person_dims(res, entity) if info.looks_like_people else res.entity_dims(entity)
    if not dims:
        return None
    return {**copy.deepcopy(spec), "fact": events[0], "dimensions": dims,
            "measures": [{"kind": "count", "agg": "count", "table": events[0], "column": None}],
            "order": {"by": "measure", "index": 0, "dir": "asc" if re.search(r"\bleast\b", q) else "desc"},
            "limit": parse.limit or _said_count(q) or 1, "having": []}


def _said_count(q: str) -> int | None:
    """ "list the three who ...", "the top 5": how many rows the question asks for."""
    m = re.search(r"\b(?:the|top|first)\s+(\d+|" + "|".join(w for w in lx.NUMBER_WORDS if w != "single") + r")\b", q)
    if m is None:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else lx.NUMBER_WORDS[word]


def merge_followup(index: SchemaIndex, parse: Parse, prev_spec: dict, stats=None) -> dict:
    """The previous spec changed by the follow-up's pieces (filters replace same-column filters, etc.).

    >>> merge_followup(index, parse_question(index, "what about the West?"), prev)   # doctest: +SKIP
    """
    spec = copy.deepcopy(prev_spec)
    spec.setdefault("having", [])
    ranked = _rank_the_counted_rows(index, spec, parse, stats) or _rank_the_counted_entities(index, spec, parse)
    if ranked is not None:
        return ranked
    if _share_of_one_group(spec, parse):
        return spec
    _which_of_the_distinct(spec, parse)
    if _counts_the_groups(index, spec, parse.question):
        return spec
    if _overall_total(spec, parse.question):
        return spec
    if _two_aggregates(spec, parse):
        return spec
    _average_of_everyone(index, spec, parse.question)
    if parse.dims or LIST_FOLLOWUP.match(parse.question.lower()) or parse.measures or parse.duration or \
            parse.superlative:
        spec.pop("count_groups", None)  # ("how many is that" then "how long have they been out": the people again)
    if LIST_FOLLOWUP.match(parse.question.lower()) and re.search(r"\bnames\s+and\b", parse.question.lower()):
        parse.measures, parse.dims, parse.entities = [], [], []  # "their names and hourly rates": columns to show
    _drop_values_naming_the_breakdown(spec, parse)
    res = Resolver(index, stats)
    res.words = set(re.findall(r"[a-z]+", parse.question.lower()))
    res.text = parse.question
    res.fact = spec.get("fact")
    words = set(re.findall(r"[a-z]+", parse.question.lower()))
    adding = bool(words & ADD_WORDS - {"each"}) or "each" in words and not re.search(
        r"\b(for|of) each( one)?\s*[?.!]*\s*$", parse.question.lower())  # "average hours for each": instead
    # measures
    new_measures = measures_of(res, parse)
    if EACH_COUNT_FOLLOWUP.match(parse.question.lower()) and prev_spec.get("measures"):
        new_measures = []  # "how many on each ward?": the previous count, not a count of wards
    if re.match(r"\s*(and\s+)?how many of (them|those|these)\b", parse.question.lower()):
        # "how many of them drive electric cars?": the rows of the previous answer, counted; the noun is a condition
        kept = [m for m in new_measures if not (m["kind"] == "count" and m.get("column"))]
        if len(kept) < len(new_measures) and not kept and spec.get("fact"):
            kept = [{"kind": "count", "agg": "count", "table": spec["fact"], "column": None}]
        prev_counts = [m for m in prev_spec.get("measures") or [] if m["kind"] == "count"]
        if len(prev_counts) == len(prev_spec.get("measures") or []) == 1 and kept and all(
                m["kind"] == "count" and m.get("table") != prev_counts[0].get("table") for m in kept):
            # "enrolments from Brazilian students" then "how many of those were on an online course": the same
            # enrolments counted; the course is a condition on them
            kept = [dict(prev_counts[0])]
        new_measures = kept
    which_of = _which_of_the_counted(prev_spec, parse)
    if which_of and re.search(r"\bnames\b", parse.question.lower()):
        parse.dims, parse.entities = [], []  # "which of them are on auto top-up? names please"
    if which_of:
        new_measures = []  # "how many campaigns are live" then "which of them hit their goal?": those campaigns
    if re.match(r"\s*(and\s+)?how much of (that|this|it|those|these)\b", parse.question.lower()) and all(
            m["kind"] == "count" and not m.get("column") for m in new_measures):
        new_measures = []  # "total invoiced in 2025" then "how much of that is still unpaid": the same total
    per_row = not parse.measures and spec.get("fact") and re.search(
        r"\b(average|avg|mean)\b.*\bper (\w+)( instead)?\s*\??$", parse.question.lower())
    if per_row and any(dp.ref and dp.ref.table == spec["fact"] and not dp.ref.cands for dp in parse.dims):
        parse.agg_only = "avg"
    if parse.instead_of:
        drop = {c.key for r in parse.instead_of for _, c in r.cands[:3]}
        spec["measures"] = [m for m in spec["measures"] if (m.get("table"), m.get("column")) not in drop]
    if parse.instead_of_count:
        spec["measures"] = [m for m in spec["measures"] if m.get("kind") != "count"]
    if new_measures:
        prev0 = prev_spec["measures"][0] if prev_spec.get("measures") else None
        same_column = prev0 is not None and len(new_measures) == 1 and \
            (new_measures[0].get("table"), new_measures[0].get("column")) == (prev0.get("table"), prev0.get("column"))
        extreme_instead = parse.superlative and not parse.dims and not parse.limit and spec.get("dimensions") and (
            parse.instead or re.match(r"\s*(and\s+)?(what|how) about the \w+est\b", parse.question.lower()) or
            same_column and _bare_question(parse))  # "average mark by grade" then "and the best mark?"
        for mp, m in zip(parse.measures, new_measures, strict=False):
            if m["kind"] == "agg" and not mp.explicit_agg and mp.agg is None and extreme_instead and prev0 and \
                    prev0["kind"] == "agg" and prev0["agg"] in ("avg", "sum", "median"):
                # "average score by room type" then "lowest score instead": the lowest per room type
                m["agg"] = "max" if parse.superlative == "desc" else "min"
            elif m["kind"] == "agg" and not mp.explicit_agg and mp.agg is None and parse.superlative and \
                    not parse.dims and not spec.get("dimensions") and not parse.limit:
                # "average tickets at quizzes" then "what was the biggest quiz turnout": the largest single one
                m["agg"] = "max" if parse.superlative == "desc" else "min"
            elif m["kind"] == "agg" and not mp.explicit_agg and mp.agg is None and prev0 and \
                    prev0["kind"] == "agg" and prev0["agg"] in ("avg", "min", "max", "median"):
                m["agg"] = prev0["agg"]
            elif m["kind"] == "agg" and not mp.explicit_agg and mp.agg is None and prev0 and (
                    prev0["kind"] == "count" or prev0.get("agg") == "sum") and _substance_amount(index, m):
                m["agg"] = "sum"  # "drop-offs per region" then "weight instead": the kilos dropped off in all
            if m["kind"] == "agg" and not mp.explicit_agg and parse.agg_only:
                m["agg"] = parse.agg_only  # "what did they pay altogether": the trailing word is the aggregate
        same = new_measures == (prev_spec.get("measures") or [])  # "how old are our hosts", "average host age"
        if (not prev_spec.get("measures") or same) and spec.get("dimensions") and not parse.dims and any(
                mp.explicit_agg and mp.agg in ("avg", "median", "min", "max") for mp in parse.measures) and not \
                re.search(r"\b(each|every|per|their|its|by)\b", parse.question.lower()):
            # a list of trainee drivers, then "and the average age?": one figure over the listed rows
            spec["dimensions"], spec["order"], spec["limit"] = [], None, None
        listed = not prev_spec.get("measures") or all(m["kind"] == "count" for m in prev_spec["measures"])
        if listed and spec.get("dimensions") and not parse.dims and re.search(
                r"\b(altogether|in total(?!\s+(?!(?:that|this|for|then|please|across|in|over|during|last|so|of|on|"
                r"at)\b)[a-z])|combined|all together|overall|across (them|those|these|all of them)|"
                r"between (them|those|these))\b",
                parse.question.lower()):
            # a list, then "what did they pay altogether": one total over the listed rows
            spec["dimensions"], spec["order"], spec["limit"] = [], None, None
        if adding and not parse.instead:
            spec["measures"] += [m for m in new_measures if m not in spec["measures"]]
        else:
            spec["measures"], spec["having"] = _keep_group_conditions(prev_spec, new_measures, parse)
        first = new_measures[0]
        listed_rows = prev0 is None and prev_spec.get("dimensions") and first.get("table") not in {
            d["table"] for d in prev_spec["dimensions"]} and not re.search(r"\b(each|every|per)\b",
                                                                           parse.question.lower())
        of_them = re.match(r"\s*(and\s+)?how many (of )?(them|those|these)( are there)?\s*\??\s*$",
                           parse.question.lower())
        if parse.question.strip().lower().startswith("how many") and not parse.dims and first["kind"] == "count" \
                and not (of_them and prev_spec.get("dimensions") and not prev_spec.get("limit")) \
                and not EACH_OF_THEM.search(parse.question.lower()) \
                and (prev0 is not None and (first.get("table"), first.get("column")) != (
                    prev0.get("table"), prev0.get("column")) or listed_rows):
            # (a list of lots, then "how many sessions did they have": one count over the listed lots)
            # "donations by month" then "how many people gave to it": a new count, not the old breakdown
            spec["dimensions"], spec["limit"], spec["order"] = [], None, None
        table = first.get("table") or (first.get("num") or {}).get("table")
        if table:
            spec["fact"] = table
            res.fact = table
    elif parse.agg_only and spec.get("measures"):
        m0 = spec["measures"][0]
        if m0["kind"] in ("agg", "duration"):
            if m0["agg"] in ("max", "min") and parse.agg_only not in ("max", "min"):
                _unrank_own_rows(index, spec, m0)
            m0["agg"] = parse.agg_only
        elif m0["kind"] == "count" and parse.agg_only in ("sum",):
            pass
    m0 = spec["measures"][0] if len(spec.get("measures") or []) == 1 else None
    if not new_measures and not parse.dims and m0 is not None and m0["kind"] == "agg" and parse.pure_aggs and \
            parse.entities and all(t == m0.get("table") for _, t, _ in parse.entities):
        # "total topped up by method" then "average top-up instead": the same money, averaged per top-up
        m0["agg"] = parse.pure_aggs[-1][1]
    same_dims = _restates_breakdown(spec, parse)  # "oldest in each type" after "average age by type"
    if not new_measures and parse.dims and (not spec.get("dimensions") or same_dims) and not parse.which and \
            m0 is not None and \
            m0["kind"] == "agg" and m0.get("agg") in ("avg", "median") and not parse.limit and \
            parse.sup_adj in lx.SUPERLATIVE_COLUMNS and \
            _adjective_names(parse.sup_adj, m0) and parse.superlative:
        # "average age of current plot holders" then "oldest at each site": the highest age per site
        m0["agg"] = "max" if parse.superlative == "desc" else "min"
        parse.superlative = None
    if not new_measures and same_dims and parse.superlative and m0 is not None and m0.get("agg") in (
            "max", "min") and spec.get("dimensions") and not spec.get("limit") and not parse.limit:
        # "largest capacity for each machine type" then "and the smallest?": MIN per type
        m0["agg"] = "max" if parse.superlative == "desc" else "min"
    elif not new_measures and same_dims and m0 is not None and _superlative_of_measure(index, spec, m0, parse):
        # "average age by species" then "what about the oldest": the oldest per species
        m0["agg"] = "max" if parse.superlative == "desc" else "min"
    elif not new_measures and same_dims and m0 is not None and _adjective_switches_measure(index, spec, m0, parse):
        pass  # "average weight by position" then "tallest instead": the highest height per position
    elif not new_measures and same_dims:
        _followup_superlative(spec, parse, prev_spec)
    if not parse.dims and COUNT_FOLLOWUP.match(parse.question.lower()) and not EACH_OF_THEM.search(
            parse.question.lower()):
        _count_the_list(index, spec, parse.question)  # ("how many did each of them set": per listed row)
        if re.match(r"\s*(and\s+)?(just|only)\s+(the\s+)?(count|number)\s*\??\s*$", parse.question.lower()) and \
                len(prev_spec.get("measures") or []) == 1 and prev_spec["measures"][0].get("kind") == "count" and \
                not prev_spec.get("having") and all(m["kind"] == "count" and not m.get("column") for m in new_measures):
            # "no-shows by marina" then "just the count": one number; after "sales by payment method" it is a
            # count per method instead (the measure changes, the breakdown stays)
            spec["dimensions"], spec["limit"], spec["order"] = [], None, None
    listing = LIST_FOLLOWUP.match(parse.question.lower()) is not None
    also = re.search(r"\bnames\s+and\s+(their\s+)?(\w+(\s+\w+)?)\s*\??\s*$", parse.question.lower())
    if listing and re.search(r"\bnames\b", parse.question.lower()):  # "names please": the word names no column
        parse.dims, parse.measures, parse.entities = [], [], []
    if not parse.dims and not listing and WHO_DID_THEM.match(parse.question.lower()):
        _list_the_doers(res, spec)  # "how many orders are undelivered" then "who ordered them?"
        parse.measures, parse.entities, parse.filters = [], [], []
    if not parse.dims and (listing or which_of):
        _list_the_count(res, spec)
        listed = {d["table"] for d in spec.get("dimensions") or []}
        named = [m for m in index.link(also.group(2)) if m.kind == "column"] if also else []
        extra = [c for s, c in named[-1].data.get("cands") or [] if s >= 2.0 and c.table in listed] if named else []
        if extra:  # "what are their names and breeds": that column of the listed rows
            spec["dimensions"].append({"table": extra[0].table, "column": extra[0].name, "grain": None})
    if not parse.dims and HOW_OLD_ARE_THEY.match(parse.question.lower()):
        _ages_of_the_counted(res, spec, prev_spec)
    if not parse.dims and (WHO_WAS_IT.match(parse.question.lower()) or parse.superlative and re.match(
            r"\s*(and\s+|so\s+|then\s+)?who(\s+is|\s+was|'s)?\s+(the\s+)?\w+", parse.question.lower())):
        _name_the_extreme(res, spec)  # "average age of the basses" then "who is the oldest bass?": named
    # dimensions
    dims_p = list(parse.dims)
    if parse.agg_only == "avg" and spec.get("fact"):
        # "and the average per rental?": an average over the fact table's own rows, not a breakdown by them
        dims_p = [dp for dp in dims_p if not (dp.ref and dp.ref.table == spec["fact"] and not dp.ref.cands)]
    if dims_p:
        tables = [spec["fact"]]
        new_dims = []
        filtered = {(f["table"], f["column"]) for f in spec["filters"]}
        for dp in dims_p:
            if dp.ref is not None and len(dp.ref.cands) > 1:
                # "how many trips used a promo code" then "break that down by code": the column of that condition
                top = dp.ref.cands[0][0]
                mine = [(s, c) for s, c in dp.ref.cands if s >= top - 0.5 and c.key in filtered]
                if len(mine) == 1:
                    dp.ref.cands = [(top + 0.1, mine[0][1])] + [x for x in dp.ref.cands if x is not mine[0]]
            dated = _previous_date_column(index, prev_spec, dp, parse)
            for d in [dated] if dated else res.dim(dp, parse, tables):
                if d not in new_dims:
                    new_dims.append(d)
        if not prev_spec.get("measures") and prev_spec.get("dimensions") and not parse.measures and re.search(
                r"\b(by|per|break|broken|split|group|grouped)\b", parse.question.lower()):
            # a list of animals, then "break it down by species": how many of them per species, not one row each
            spec["dimensions"] = new_dims
        elif parse.instead or not adding:
            if all(d.get("grain") for d in new_dims) and not parse.instead and \
                    any(not d.get("grain") for d in spec["dimensions"]) and not any(
                        d.get("grain") for d in spec["dimensions"]) and adding:
                spec["dimensions"] += new_dims
            elif all(d.get("grain") for d in new_dims) and any(d.get("grain") for d in spec["dimensions"]):
                spec["dimensions"] = [d for d in spec["dimensions"] if not d.get("grain")] + new_dims
            else:
                spec["dimensions"] = new_dims
        else:
            spec["dimensions"] += [d for d in new_dims if d not in spec["dimensions"]]
        period_swap = spec.get("limit") == 1 and all(d.get("grain") for d in new_dims) and all(
            d.get("grain") for d in prev_spec.get("dimensions") or []) and (spec.get("order") or {}).get("by") == \
            "measure" and re.match(r"\s*(and|what about|how about)\b", parse.question.lower())
        if spec.get("limit") and not parse.limit and not period_swap:
            spec["limit"] = None  # ("busiest weekday" then "and by hour of day?": still the top one)
            spec["order"] = None
    if dims_p and not prev_spec.get("measures") and not spec["measures"] and spec.get("fact"):
        # a list of wards, then "by specialty": how many of the listed rows per specialty
        spec["measures"] = [{"kind": "count", "agg": "count", "table": spec["fact"], "column": None}]
    rest = copy.copy(parse)
    rest.dims = []
    rest.filters = _replace_having(spec, parse)
    rest.filters = _bare_threshold_having(spec, parse, rest.filters)
    rest.filters = _year_in_a_name(index, spec, rest.filters)
    _exclude_those(spec, parse)
    _same_age_column(index, spec, rest.filters)
    if not parse.dims and not new_measures:
        _swap_sibling_dimension(index, spec, parse)
    before = list(spec["filters"])
    share_of_that = (parse.share or parse.rate) and re.search(r"\b(that|those|this|these|them|it)\b",
                                                              parse.question.lower()) or re.match(
        r"\s*(and\s+)?(as\s+)?an?\s+(share|percentage|proportion|fraction)\s+of\s+(all|the\s+total|total)\b",
        parse.question.lower())  # "number of results over 60%" then "as a share of all results?"
    old_having = [dict(h) for h in spec.get("having") or []]
    apply_parse(res, spec, rest, fresh=False)
    _of_those_with_child_rows(index, spec, prev_spec, parse)
    _new_bound_replaces_having(spec, old_having)
    _retarget_periods(spec, before, parse)
    if share_of_that:
        _share_of_previous(spec, prev_spec)
    if parse.compare and not adding and not parse.dims:
        _compare_replaces_breakdown(spec, prev_spec)
    _drop_moved_values(spec, before)
    if not adding:
        _other_flag_replaces(spec, before, parse)
    _drop_filters_behind_missing_key(index, spec, before)
    _flip_date_extreme(index, spec, parse.question)
    _drop_fixed_breakdown_values(spec, prev_spec)
    _rate_of_new_value(spec, before)
    if SHOW_ALL.search(parse.question.lower()) and not parse.limit:
        spec["limit"] = None  # "which distributor sold the most?" then "show all of them"
    _inherit_year(spec, before)
    if parse.shift or parse.shift_months:
        _shift_periods(spec, years=parse.shift, months=parse.shift_months)
    if re.search(r"\b(other|opposite|reverse|return)\s+(direction|way|route|trip)\b|\bway back\b|\breversed?\b",
                 parse.question.lower()):
        _swap_direction(spec)
    if re.search(r"\b(the )?(others|other ones|rest|remaining ones|everyone else|everything else)\b"
                 r"|\b(without|with no|not having|lacking)( (one|it|them|any|that|those|this))?\s*\??\s*$"
                 r"|\b(did|do|does) (get|have|receive|leave) (one|it|them|any)\s*\??\s*$"
                 r"|^\s*(and |what about |how about )?outside( of)?( the| our)? [a-z]+( [a-z]+)?\s*\??\s*$"
                 r"|^\s*(and |what about )?(which|what|who|those|the ones)( ones)?( that| who)? (aren't|are not|"
                 r"isn't|is not|weren't|were not|wasn't|don't|do not|didn't|did not|doesn't|does not)\s*\??\s*$",
                 parse.question.lower()) and spec["filters"] == prev_spec.get("filters"):
        _flip_last_filter(spec)  # "and for the others?", "and without one?"
    elif re.search(r"\b(normal|regular|ordinary|usual|standard|non[- ]?\w+)\s+(days?|weekdays|weeks?|months?|ones|"
                   r"times|screenings|"
                   r"dates|trips|orders)\b", parse.question.lower()):
        _flip_last_flag(spec, prev_spec)  # "and on normal days?" after "on discount days"
    if not parse.dims and OVERALL_FOLLOWUP.match(parse.question.lower()):
        # "weather cancellation rate per launch site", then "and overall?": one figure, no breakdown
        spec["dimensions"], spec["order"], spec["limit"] = [], None, None
    if not spec["dimensions"] and spec.get("having"):
        spec["having"] = []
    _point_at_top_row(index, spec, prev_spec, parse)
    _never_in_followup(index, spec, prev_spec, parse)
    _drop_filters_for_all(spec, parse.question)
    _include_too(spec, prev_spec, parse.question)
    if parse.side and parse.side != spec.get("side"):
        _switch_side(index, spec, parse.side)
    longest_tenure(res, spec, parse)  # "hourly wage of each groomer" then "who has been with us longest"
    _same_weekday_grain(spec, prev_spec, parse)
    return spec


def _same_weekday_grain(spec: dict, prev_spec: dict, parse: Parse) -> None:
    """ "bookings by day of the week", then "which day was the busiest?": the weekday of the breakdown, not a date."""
    weekdays = {(d.get("table"), d.get("column")) for d in prev_spec.get("dimensions") or [] if d.get("grain") == "dow"}
    if not weekdays or re.search(r"\b(date|dates|ever|single|calendar)\b", parse.question.lower()):
        return
    for d in spec.get("dimensions") or []:
        if d.get("grain") == "day" and (d.get("table"), d.get("column")) in weekdays:
            d["grain"] = "dow"


def _flip_date_extreme(index: SchemaIndex, spec: dict, question: str) -> None:
    """ "when was the first booking" then "and the last one?": the earliest date becomes the latest."""
    m0 = spec["measures"][0] if len(spec.get("measures") or []) == 1 else None
    if m0 is None or m0.get("kind") != "agg" or m0.get("agg") not in ("min", "max") or m0.get("table") not in \
            index.tables:
        return
    col = next((c for c in index.tables[m0["table"]].columns.values() if c.name == m0.get("column")), None)
    if col is None or not col.is_date:
        return
    q = question.lower()
    if re.search(r"\b(last|latest|most recent|newest)\b", q):
        m0["agg"] = "max"
    elif re.search(r"\b(first|earliest)\b", q):
        m0["agg"] = "min"


def _drop_filters_behind_missing_key(index: SchemaIndex, spec: dict, before: list) -> None:
    """ "for trade customers" then "and for sales with no customer on them": a new missing key (cust_id IS NULL)
    leaves no row of the referenced table, so the earlier conditions on that table go."""
    for f in spec["filters"]:
        if f["op"] != "null" or f in before or f["table"] not in index.tables:
            continue
        refs = {rt for col, rt, _ in index.tables[f["table"]].fks if col == f["column"]}
        spec["filters"] = [g for g in spec["filters"] if g["table"] not in refs or g is f]


def _drop_filters_for_all(spec: dict, question: str) -> None:
    """ "and for all routes": the condition on routes goes (route_name = 'Blue Line' is dropped).

    >>> s = {"filters": [{"table": "t", "column": "route_name", "op": "=", "value": "Blue Line"}]}
    >>> _drop_filters_for_all(s, "and for all routes, per route"); s["filters"]
    []
    """
    m = re.search(r"\b(?:for|across|over|on|in)\s+all(?:\s+the)?\s+([a-z]+)", question.lower())
    if re.search(r"\b(?:(?:over|across|for|in)\s+all(?:\s+the)?\s+(?:years|time|periods|seasons|dates)|all[- ]time|"
                 r"(?:across|over|in)\s+(?:every|any)\s+year)\b", question.lower()):
        # "more than 30 over all the years?": the year condition goes
        spec["filters"] = [f for f in spec["filters"] if f["op"] not in ("years", "range", "month_of_year",
                                                                          "quarter_of_year")]
        return
    if not m:
        return
    word = lx.lemma(m.group(1))
    spec["filters"] = [f for f in spec["filters"] if f["op"] not in ("=", "<>", "in", "not_in")
                       or word not in [lx.lemma(w) for w in lx.split_name(f["column"])]]


def _include_too(spec: dict, prev_spec: dict, question: str) -> None:
    """ "include inactive ones too", "including the cancelled ones": the condition the previous turn had on that
    column goes, and the named rows are not made a condition of their own.

    >>> s = {"filters": [{"table": "t", "column": "is_active", "op": "false"}]}
    >>> _include_too(s, {"filters": [{"table": "t", "column": "is_active", "op": "true"}]}, "include inactive too"); s
    {'filters': []}
    """
    if not re.match(r"\s*(and |but |now )?(include|including|counting|also count|with)\b", question.lower()) or \
            not re.search(r"\b(include|including|too|as well|also)\b", question.lower()):
        return
    before = prev_spec.get("filters", [])
    new = [f for f in spec["filters"] if f not in before]
    cols = {(f["table"], f["column"]) for f in new}
    if not new or not any((g["table"], g["column"]) in cols for g in before):
        return
    spec["filters"] = [f for f in spec["filters"] if (f["table"], f["column"]) not in cols]


def _switch_side(index: SchemaIndex, spec: dict, side: str) -> None:
    """ "and away matches?": the other side's key for joins, and its score in a comparison of the two scores."""
    old = spec.get("side")
    spec["side"] = side
    if not old:
        return
    for f in spec["filters"]:
        info = index.tables.get(f["table"]) if f["op"] == "cmp_col" else None
        c = info.columns.get(f["column"]) if info is not None else None
        twin = index.side_twin(c, old, side) if c is not None else None
        if twin is not None:  # homeScore > awayScore -> awayScore > homeScore
            f["column"], f["value"] = twin.name, [f["value"][0], f["value"][1], f["column"], *f["value"][3:]]


def _names_own_rows(info, spec: dict, extra: set[str]) -> bool:
    """Every dimension is the table's own key, label or unique column (or one of `extra`): the rows themselves."""
    own = set(info.pk) | {c.name for c in info.columns.values() if c.is_label or c.unique} | extra
    return all(d["table"] == info.name and d["column"] in own and not d.get("grain") for d in spec["dimensions"])


def _unrank_own_rows(index: SchemaIndex, spec: dict, m0: dict) -> None:
    """ "largest donation" (one row, ranked by MAX) then "and the median?": the median of all rows, not of the top
    one; the ranking on the table's own key / label goes."""
    info = index.tables.get(m0.get("table") or "")
    if info is None or spec.get("limit") != 1 or not spec.get("dimensions"):
        return
    if _names_own_rows(info, spec, set()):
        spec["dimensions"], spec["limit"], spec["order"] = [], None, None


# "how many on each ward?": the previous count broken down by the next word, not a count of that word
EACH_COUNT_FOLLOWUP = re.compile(r"\s*(and\s+)?how many\s+(are there\s+)?(on|in|at|for|per|by)\s+(each|every)\b")

COUNT_FOLLOWUP = re.compile(
    r"\s*(and\s+)?(how many\b|(just|only)?\s*(the\s+)?(count|number)\s*((of )?(them|those|these))?\s*\??\s*$|"
    r"[^?]*,\s*(so\s+)?how many(\s+(are there|is that|of them))?\s*\??\s*$)")  # "and across all groups, how many"


PER_GROUP_COUNT = re.compile(r"\s*(?:and\s+|so\s+)?how many\s+(?:are there\s+|is that\s+|was that\s+)?"
                             r"(?:per|by|for each|in each|on each|at each|each)\s+(\w+(?:\s+\w+)?)\s*\??\s*$")
GROUP_COUNT_FOLLOWUP = re.compile(
    r"\s*(and\s+)?(how many( \w+)? (is|are|was|were) (that|those|these|there|they)|(just|only)?\s*(the\s+)?"
    r"(count|number)( of (them|those|these))?|count them)\s*\??\s*$")


def _counts_the_groups(index: SchemaIndex, spec: dict, question: str) -> bool:
    """ "owners with more than one dog" then "how many owners is that?": the rows of the grouped answer are
    counted (the HAVING query becomes a subquery). True when the spec was changed.

    >>> s = {"dimensions": [{"table": "dogs", "column": "owner"}], "having": [{"measure": 0}], "limit": None}
    >>> _counts_the_groups(index, s, "how many owners is that?"), s["count_groups"]   # doctest: +SKIP
    (True, True)
    """
    if not spec.get("dimensions") or not GROUP_COUNT_FOLLOWUP.match(question.lower()):
        return False
    noun = re.match(r"\s*(?:and\s+)?how many (\w+) (?:is|are|was|were)\b", question.lower())
    how_many = re.match(r"\s*(and\s+|so\s+)?how many\b", question.lower()) is not None
    if not spec.get("having") and not (how_many and _lists_entities_of_events(index, spec) and (
            noun is None or lx.lemma(noun.group(1)) not in index.tables[spec["fact"]].words)):
        return False  # ("how many injuries is that": the injuries, not the people)
    spec["count_groups"], spec["limit"], spec["order"] = True, None, None
    return True


def _two_aggregates(spec: dict, parse: Parse) -> bool:
    """ "average age of our bakers" then "youngest and oldest?" (or "min and max?"): the same column under both
    aggregates, side by side. True when the spec was changed."""
    ms = spec.get("measures") or []
    words = [m for m in parse.mentions if m.kind != "stop" and m.text not in ("?", "the")]
    if len(ms) != 1 or ms[0].get("kind") != "agg" or len(words) != 2 or not all(
            m.kind == "cue" and m.data.get("cue") == "agg" and m.data.get("agg") in ("min", "max", "avg", "median")
            for m in words) or words[0].data["agg"] == words[1].data["agg"]:
        return False
    spec["measures"] = [dict(ms[0], agg=words[0].data["agg"]), dict(ms[0], agg=words[1].data["agg"])]
    spec["order"], spec["having"] = None, []
    return True


BARE_HOW_MANY = re.compile(r"\s*(and\s+|so\s+)?how many( (are|were|is|was) (there|they|those|these|that))?\s*\??\s*$")


def _lists_entities_of_events(index: SchemaIndex, spec: dict) -> bool:
    """ "who is currently injured" (athletes named, their injuries counted), "which tools are out on loan": the rows
    are entities of another table than the counted one, one per key."""
    ms, dims = spec.get("measures") or [], spec.get("dimensions") or []
    tables = {d["table"] for d in dims}
    if len(ms) != 1 or ms[0].get("kind") != "count" or len(tables) != 1 or any(d.get("grain") for d in dims):
        return False
    info = index.tables.get(next(iter(tables)))
    return info is not None and info.name != spec.get("fact") and any(d["column"] in info.pk for d in dims)


OVERALL_TOTAL = re.compile(r"\s*(and\s+)?(what('s| is| about)\s+)?(the\s+)?(overall|grand\s+)?\s*total"
                           r"(\s+for the (year|period|month|quarter|whole \w+))?\s*\??\s*$")


def _overall_total(spec: dict, question: str) -> bool:
    """ "specimens not in good condition by family" then "and the total?": one number over all the groups when the
    measure already adds up (a count, a sum); after an average "and the total?" is the sum per group instead (the
    measure rules do that). True when the spec was changed.

    >>> s = {"measures": [{"kind": "count"}], "dimensions": [{"column": "family"}], "order": None, "limit": None}
    >>> _overall_total(s, "and the total?"), s["dimensions"]
    (True, [])
    """
    ms = spec.get("measures") or []
    if not OVERALL_TOTAL.match(question.lower()) or not spec.get("dimensions") or spec.get("having") or not ms or \
            not all(m.get("kind") == "count" or m.get("kind") == "agg" and m.get("agg") == "sum" for m in ms):
        return False
    spec["dimensions"], spec["order"], spec["limit"] = [], None, None
    return True


def _average_of_everyone(index: SchemaIndex, spec: dict, question: str) -> None:
    """ "how old are our operators" (each one's age) then "and the average age?": one average over all of them, not
    one per person (the breakdown only named the rows)."""
    q = question.lower()
    lead = r"\s*(and\s+|just\s+|so\s+)?(what('s| is)\s+)?(the\s+)?"
    if not re.match(lead + r"(average|mean)(\s+\w+)?\s*\??\s*$", q) and not (
            spec.get("limit") == 1 and re.match(lead + r"(average|mean|median)\b", q)):
        return  # ("the biggest claim" then "and the median payout on settled claims": one median of all of them)
    dims, ms = spec.get("dimensions") or [], spec.get("measures") or []
    info = index.tables.get(ms[0].get("table")) if len(ms) == 1 else None
    if info is None or not dims or any(d["table"] != info.name or d.get("grain") for d in dims):
        return
    cols = [info.columns.get(d["column"]) for d in dims]
    if all(c is not None and (c.is_pk or c.is_label or "name" in c.words or c.unique) for c in cols):
        spec["dimensions"], spec["order"], spec["limit"] = [], None, None  # (a unique gamertag names a row too)


def _share_of_previous(spec: dict, prev_spec: dict) -> None:
    """ "lines with no discount" then "what share of all lines is that": the previous turn's last condition becomes
    the share's condition (AVG(CASE WHEN ...)), and no longer filters the rows."""
    rates = [m for m in spec["measures"] if m["kind"] in ("rate", "cond_rate")]
    prev_filters = prev_spec.get("filters") or []
    restated = rates[0]["filter"] if rates and rates[0]["kind"] == "cond_rate" else None
    others = [f for f in prev_filters if f != restated and f["op"] not in ("years", "range")]
    if restated is not None and restated in prev_filters and len(others) == 1:
        # "delivered orders that arrived late" then "as a share of all delivered orders": the share that arrived
        # late, among the delivered ones (the follow-up restates the base, not the condition)
        spec["measures"] = [{"kind": "cond_rate", "table": others[0]["table"], "column": others[0]["column"],
                             "filter": others[0]}]
        spec["filters"] = [f for f in spec["filters"] if f != others[0]] + [restated]
        return
    if rates:
        r = rates[0]
        if r["kind"] == "rate":
            spec["filters"] = [f for f in spec["filters"] if not (
                (f["table"], f["column"]) == (r["table"], r["column"]) and f["op"] in ("true", "false", "=", "<>"))]
        return
    m0 = spec["measures"][0] if spec["measures"] else None
    summed = m0 is not None and m0["kind"] == "agg" and m0.get("agg") == "sum" and not m0.get("times")
    if not prev_filters or m0 is None or m0["kind"] != "count" and not summed:
        return
    # a period the follow-up restates ("share of all 2024 revenue") stays a filter: the other condition is measured
    undated = [f for f in prev_filters if f["op"] not in ("years", "range", "month_of_year", "quarter_of_year")]
    cond = (undated or prev_filters)[-1]
    spec["filters"] = [f for f in spec["filters"] if f != cond]
    spec["measures"][0] = {"kind": "cond_rate", "table": cond["table"], "column": cond["column"], "filter": cond}
    if summed:  # "revenue from vegan products" then "what share of all revenue is that": weighted by the measure
        spec["measures"][0]["weight"] = {"table": m0["table"], "column": m0["column"]}


LIST_FOLLOWUP = re.compile(
    r"\s*(and\s+)?((who|which|what)\s+(are|were|is|was)\s+(they|those|these|them|it)|(list|show|name)\s+(them|those|"
    r"these)|which\s+ones?|who\s+(exactly)?\s*\??\s*$|"
    r"(list|show(\s+me)?|give\s+me)\s+(their|the)\s+(numbers|ids|codes|references|refs)(\s+please)?\s*\??\s*$|"
    r"((give\s+me|list|show(\s+me)?|what\s+are)\s+)?(the|their)?\s*names(\s+and\s+(their\s+)?\w+(\s+\w+)?)?(\s+please)?\s*\??\s*$)")


WHO_WAS_IT = re.compile(r"\s*(and\s+)?(who|which one)\s+(?!(?:are|were|else)\b)([a-z]+)\s+(it|that|this)"
                        r"(\s+(for|by|from|to))?\s*\??\s*$")


def _name_the_extreme(res: Resolver, spec: dict) -> None:
    """ "biggest single bill" (MAX) then "who was it for?": the row holding that value, named by its person (or its
    label), not the bare number again."""
    ms = spec.get("measures") or []
    if len(ms) != 1 or ms[0].get("kind") != "agg" or ms[0].get("agg") not in ("max", "min") or \
            spec.get("dimensions") or not ms[0].get("table") or str(ms[0].get("column", "")).startswith("@") and \
            not str(ms[0].get("column", "")).startswith(("@age", "@duration")):
        return
    dims = person_dims(res, ms[0]["table"]) or res.entity_dims(ms[0]["table"])
    if not dims:
        return
    spec["dimensions"] = dims
    spec["order"] = {"by": "measure", "index": 0, "dir": "desc" if ms[0]["agg"] == "max" else "asc"}
    spec["limit"] = 1


WHO_DID_THEM = re.compile(r"\s*(and\s+)?who\s+(?!(?:are|were|is|was|else)\b)([a-z]+)\s+(them|those|these|it|that)"
                          r"(\s+(out|in|up|on|off|back))?\s*\??\s*$")


def _list_the_doers(res: Resolver, spec: dict) -> None:
    """ "how many delivery orders are still out" (a count) then "who ordered them?": the people the counted rows
    refer to, named."""
    ms = spec.get("measures") or []
    if len(ms) != 1 or ms[0]["kind"] != "count" or spec.get("dimensions") or not ms[0].get("table"):
        return
    dims = person_dims(res, ms[0]["table"])
    if dims and all(d["table"] != ms[0]["table"] for d in dims):
        spec["dimensions"] = dims
        spec["limit"], spec["order"] = None, None


HOW_OLD_ARE_THEY = re.compile(r"\s*(and\s+|so\s+)?how old (are|were|is|was) (they|those|these|each of them|he|she)"
                              r"( now| today)?\s*\??\s*$")


def _ages_of_the_counted(res: Resolver, spec: dict, prev_spec: dict) -> None:
    """ "how many of our landlords live abroad?" then "how old are they?": each of those people with their age,
    not one average."""
    ms, before = spec.get("measures") or [], prev_spec.get("measures") or []
    if spec.get("dimensions") or len(ms) != 1 or not str(ms[0].get("column", "")).startswith("@age") or \
            len(before) != 1 or before[0].get("kind") != "count" or before[0].get("table") != ms[0].get("table"):
        return
    info = res.index.tables.get(ms[0]["table"])
    dims = res.entity_dims(info.name) if info is not None and info.looks_like_people else []
    if dims:
        spec["dimensions"] = dims


WHICH_OF_THEM = re.compile(r"\s*(and\s+|so\s+)?(which|who)\s+(of\s+(them|those|these)|ones)\b")


def _which_of_the_counted(prev_spec: dict, parse: Parse) -> bool:
    """ "how many couriers are still riding for us?" then "which of them are contractors": the counted rows with one
    more condition, named (not a new figure)."""
    ms = prev_spec.get("measures") or []
    return bool(WHICH_OF_THEM.match(parse.question.lower())) and len(ms) == 1 and ms[0].get("kind") == "count" and \
        not prev_spec.get("dimensions") and not parse.superlative and not parse.having and not parse.limit and \
        not parse.dims and not parse.order_dir


def _list_the_count(res: Resolver, spec: dict) -> None:
    """ "drivers rated below 4.5" (a count) then "who are they?": the counted rows, named. After one figure over a
    table of people ("how many days were couriers who left with us, on average", then "list them"): those people."""
    ms = spec.get("measures") or []
    if len(ms) == 1 and ms[0]["kind"] in ("agg", "duration") and not spec.get("dimensions") and \
            ms[0].get("table") in res.index.tables and res.index.tables[ms[0]["table"]].looks_like_people:
        dims = res.entity_dims(ms[0]["table"])
        if dims:
            spec["dimensions"], spec["measures"], spec["limit"], spec["order"] = dims, [], None, None
        return
    if len(ms) != 1 or ms[0]["kind"] != "count" or spec.get("dimensions") or not ms[0].get("table"):
        return
    col = ms[0].get("column")
    if col:  # COUNT(DISTINCT customer_id) on a wide table: the customers' names
        info = res.index.tables[ms[0]["table"]]
        idc = info.columns.get(col)
        stem_words = set(idc.words) - {"id", "key", "code", "number"} if idc else set()
        names = [c for c in info.columns.values() if c.is_text and c.is_label and stem_words & set(c.words)]
        dims = [{"table": info.name, "column": (names[0] if names else idc).name, "grain": None}] if idc else []
    else:
        dims = res.entity_dims(ms[0]["table"])
    if dims:
        spec["dimensions"] = dims
        spec["limit"], spec["order"] = None, None


def with_top_row(spec: dict | None, data) -> dict | None:
    """The spec of a one-row ranking ("which city is the cheapest?") with the row's dimension values, so that a
    follow-up can point at it ("top 3 hotels there").

    >>> with_top_row({"limit": 1, "dimensions": [{"table": "t", "column": "city", "grain": None}]},
    ...              __import__("pandas").DataFrame({"city": ["Oslo"], "n": [3]}))["top_values"]
    [['t', 'city', 'Oslo']]
    """
    if not spec or spec.get("limit") != 1 or not spec.get("dimensions") or data is None or len(data) == 0:
        return spec
    values = []
    for d in spec["dimensions"]:
        if d.get("grain"):
            continue
        name = next((n for n in (dim_alias(d), d["column"]) if n in data.columns), None)
        if name is None:
            continue
        v = data[name].iloc[0]
        v = v.item() if hasattr(v, "item") else v
        if isinstance(v, (str, int)) and not isinstance(v, bool):
            values.append([d["table"], d["column"], v])
    return {**spec, "top_values": values} if values else spec


RESULT_POINTER = re.compile(r"\b(there|that one|this one|her|his|him|(that|this) (\w+))\b")


def _point_at_top_row(index: SchemaIndex, spec: dict, prev_spec: dict, parse: Parse) -> None:
    """ "which city is the cheapest?" then "top 3 hotels there": the previous one-row answer becomes a filter."""
    spec.pop("top_values", None)
    tops = prev_spec.get("top_values") or []
    q = re.sub(r"\b(is|are|was|were|be|been)\s+there\b", " ", parse.question.lower())  # "were there": no place
    m = RESULT_POINTER.search(q)
    if not tops or m is None:
        return
    noun = m.group(3)
    for t, col, v in tops:
        info = index.tables.get(t)
        c = info.columns.get(col) if info else None
        if c is None or noun and lx.lemma(noun) not in set(c.words) | set(info.words):
            continue
        if any((f["table"], f["column"]) == (t, col) for f in spec["filters"]):
            continue
        spec["filters"].append({"table": t, "column": col, "op": "=", "value": v})


def _count_the_list(index: SchemaIndex, spec: dict, question: str = "") -> None:
    """ "which products have a list price over 100?" then "how many of them come from Hartmann": the listed rows are
    counted, the list (the entity's own names) goes."""
    ms = spec.get("measures") or []
    if len(ms) != 1 or ms[0]["kind"] != "count" or not spec.get("dimensions"):
        return
    info = index.tables.get(ms[0].get("table") or "")
    if info is None:
        return
    shown = {f["column"] for f in spec.get("filters", []) if f["table"] == info.name}  # shown compared values
    if _names_own_rows(info, spec, shown):
        spec["dimensions"], spec["limit"], spec["order"] = [], None, None
    elif not spec.get("having") and BARE_HOW_MANY.match(question.lower()) and _lists_entities_of_events(index, spec):
        spec["count_groups"], spec["limit"], spec["order"] = True, None, None  # "which tools are out" -> "how many"


def _previous_date_column(index: SchemaIndex, prev_spec: dict, dp, parse: Parse) -> dict | None:
    """ "learners who signed up each month in 2024" then "by quarter instead": the same date (signed_up_on) at the
    new grain, not the main date of another table. None when the follow-up names its own date."""
    if not dp.grain or dp.ref is not None or parse.date_ref is not None:
        return None
    used = [(d["table"], d["column"]) for d in prev_spec.get("dimensions") or [] if d.get("grain")] or [
        (f["table"], f["column"]) for f in prev_spec.get("filters") or [] if f.get("op") in ("years", "range")]
    if len(set(used)) != 1:
        return None
    info = index.tables.get(used[0][0])
    c = info.columns.get(used[0][1]) if info else None
    if c is None or not c.is_date or dp.grain == "hour" and c.kind != "datetime":
        return None
    return {"table": c.table, "column": c.name, "grain": dp.grain}


def _same_age_column(index: SchemaIndex, spec: dict, filters: list) -> None:
    """ "appointments of patients over 65" then "and under 18s?": the new age bound is on the same people's age
    (it replaces the old one), not on the age of another table's people."""
    ages = [(f["table"], f["column"]) for f in spec["filters"] if f["column"].startswith("@age") and
            f["op"] in (">", ">=", "<", "<=", "between")]
    if len(set(ages)) != 1:
        return
    info = index.tables.get(ages[0][0])
    col = info.columns.get(ages[0][1]) if info else None
    for fp in filters:
        top = fp.ref.cands[0][1] if fp.ref is not None and fp.ref.cands else None
        if col is not None and top is not None and top.name.startswith("@age") and top.key != col.key:
            fp.ref.cands = [(3.0, col)]
        if col is not None and top is None and fp.op in (">", ">=", "<", "<=") and \
                isinstance(fp.value, (int, float)) and 0 < fp.value < 120:
            fp.ref = Ref(cands=[(3.0, col)], text="age")  # "customers under 30" then "and those over 60?": ages
    if any(fp.ref is not None and fp.ref.cands and fp.ref.cands[0][1] is col and fp.op in (">", ">=", "<", "<=")
           for fp in filters):
        spec["filters"] = [f for f in spec["filters"] if (f["table"], f["column"]) != ages[0]]


ONLY_THOSE_WITH = re.compile(r"^\s*(and\s+)?(only|just|keep|show)\b(\s+\w+){0,3}?(\s+(with|having|(?:who|that|which)"
                             r"(?: have| has| had)? \w+(?: in| up| out)?))?\s+(more|fewer|less|over|under|at least|"
                             r"at most|above|below)\b[^0-9]*\d[\d,]*(\.\d+)?\s*[km]?(\s+[a-z]+)?\s*\??\s*$")


# "how many did each of them set", "how many bookings did each get": per listed row, not one figure
EACH_OF_THEM = re.compile(r"\beach (of them|of those|of these|one)\b|\b(did|does|do|has|have|had|will) each\b")
WHICH_GROUPS_HAD = re.compile(r"\s*(and\s+|so\s+)?which\s+[a-z]+(\s+[a-z]+)?\s+(had|have|has|got|saw|were|with)\s+"
                              r"(more|fewer|less|over|under|at least|at most)\b[^0-9]*\d+(\.\d+)?\s*\??\s*$")


def _names_a_breakdown(spec: dict, parse: Parse) -> bool:
    """The follow-up's grouping word names a column the previous answer is already broken down by ("number of
    races in each city" then "which cities had more than 2?")."""
    grouped = {(d["table"], d["column"]) for d in spec.get("dimensions") or []}
    return bool(parse.dims) and all(
        dp.ref is not None and any((c.table, c.name) in grouped for _, c in dp.ref.cands[:1]) for dp in parse.dims)


def _bare_threshold_having(spec: dict, parse: Parse, filters: list) -> list:
    """ "members per home site" then "which of them have more than 25": a bare number after a breakdown of counts is
    a condition on the count (HAVING), not on some column such as an age. Returns the filters still to apply."""
    q = parse.question.lower()
    m0 = (spec.get("measures") or [{}])[0]
    summed = m0.get("kind") == "agg" and m0.get("agg") == "sum"
    if spec.get("having") or not spec.get("dimensions") or len(spec.get("measures") or []) != 1 or \
            not (m0["kind"] == "count" or summed) or parse.having or \
            not (re.search(r"\b(which|what|how many) of (them|those|these)\b.*\b\d+(\.\d+)?\s*\??\s*$", q) or
                 ONLY_THOSE_WITH.search(q) or WHICH_GROUPS_HAD.match(q) and _names_a_breakdown(spec, parse)):
        return filters
    rest = []
    for fp in filters:
        top = fp.ref.cands[0][1] if fp.ref is not None and fp.ref.cands else None
        if top is not None and m0["kind"] == "count" and ONLY_THOSE_WITH.search(q) and \
                re.search(r"\d\s*[a-z]+\s*\??\s*$", q):
            rest.append(fp)  # "only rides over 20 km" after counts: a condition on each ride's distance
            continue
        same = top is None or (top.table, top.name) == (m0.get("table"), m0.get("column"))
        if summed and not same:  # "poolside incidents by lifeguard" then "which of them logged more than 40"
            rest.append(fp)
            continue
        if fp.op in (">", ">=", "<", "<=") and isinstance(fp.value, (int, float)) and not spec.get("having"):
            spec["having"] = [{"measure": 0, "op": fp.op, "value": fp.value}]
            continue
        rest.append(fp)
    return rest


def _drop_values_naming_the_breakdown(spec: dict, parse: Parse) -> None:
    """ "which floor takes longest to clean" then "show me all floors": the plural names the breakdown column
    (rooms.floor), not the value 'floor' some other column holds."""
    dims = {lx.lemma(d["column"].lower()) for d in spec.get("dimensions") or [] if not d.get("grain")}
    keep = []
    for fp in parse.filters:
        said = [parse.mentions[fp.pos].text] if fp.pos < len(parse.mentions) and \
            parse.mentions[fp.pos].kind == "value" else []
        if fp.op in ("=", "in") and said and said[0].endswith("s") and lx.lemma(said[0]) in dims and \
                all(str(v).lower() == lx.lemma(said[0]) for _, _, v in fp.values or []):
            continue
        keep.append(fp)
    parse.filters = keep


EXCLUDE_THOSE = re.compile(r"\b(exclude|excluding|except|without|drop|remove|leave out|leaving out|ignore|not)\s+"
                           r"(those|these|them|that|it|the two|both|those two|these two)\b")


NEGATED_FOLLOWUP = re.compile(r"\s*(and|what about|how about)?\s*(how many|those|the ones|the others|which)?\s*"
                              r"(who|that)?\s*(aren't|arent|are not|isn't|is not|weren't|were not|wasn't|don't|"
                              r"doesn't|didn't|haven't|hasn't|do not|did not|have not|not)\s*\??\s*$")
OPPOSITE_OPS = {"=": "<>", "<>": "=", "in": "not_in", "not_in": "in", "true": "false", "false": "true",
                "null": "not_null", "not_null": "null"}


def _exclude_those(spec: dict, parse: Parse) -> None:
    """ "knee and achilles only" then "exclude those two instead": the last value condition, negated; "belay
    certified" then "and how many aren't": the last condition, the other way round."""
    q = parse.question.lower()
    bare = NEGATED_FOLLOWUP.match(q) is not None
    if parse.filters or not (EXCLUDE_THOSE.search(q) or bare):
        return
    ops = ("=", "in") if not bare else tuple(OPPOSITE_OPS)
    last = next((f for f in reversed(spec.get("filters") or []) if f.get("op") in ops), None)
    if last is not None:
        last["op"] = OPPOSITE_OPS[last["op"]]


def _year_in_a_name(index: SchemaIndex, spec: dict, filters: list) -> list:
    """ "finish times for the City Marathon 2024" then "and 2023?": the year is part of the named value, so the value
    with the other year ('City Marathon 2023') replaces it, instead of a date condition. Returns the filters left."""
    years = [fp for fp in filters if fp.op == "years" and isinstance(fp.value, list) and len(fp.value) == 1]
    if len(years) != 1:
        return filters
    new_year = str(int(years[0].value[0]))
    for f in spec.get("filters") or []:
        value = f.get("value")
        if f.get("op") != "=" or not isinstance(value, str) or not re.search(r"\b(19|20)\d\d\b", value):
            continue
        info = index.tables.get(f["table"])
        col = info.columns.get(f["column"]) if info else None
        swapped = re.sub(r"\b(19|20)\d\d\b", new_year, value)
        if col is not None and swapped != value and swapped in {str(v) for v in col.values or []}:
            f["value"] = swapped
            return [fp for fp in filters if fp is not years[0]]
    return filters


def _replace_having(spec: dict, parse: Parse) -> list:
    """ "classes with more than 1200 bookings" then "and which had fewer than 800?": a bare comparison replaces the
    condition on the aggregate. Returns the follow-up's filters still to apply."""
    if not spec.get("having") or parse.having:
        return list(parse.filters)
    rest = []
    h = spec["having"][0]
    moved = re.search(r"\b(raise|lower|increase|decrease|reduce|change|drop|bump|move|make|set|up|push)\b.*\bto "
                      r"(\d[\d,]*(?:\.\d+)?)\s*\??\s*$", parse.question.lower())
    if not parse.filters and moved and len(parse.stray_numbers) == 1:
        # "which shops supplied more than 600 batches" then "raise that to 640": the same condition, a new bound
        h["value"] = float(moved.group(2).replace(",", ""))
        parse.suspicious = [w for w in parse.suspicious if w not in parse.stray_numbers]
        parse.stray_numbers = []
        return []
    m = spec["measures"][h["measure"]] if isinstance(h.get("measure"), int) and h["measure"] < len(
        spec.get("measures") or []) else {}
    which = re.match(r"\s*(and\s+|or\s+)?(which|who)( ones?)?\b", parse.question.lower()) and not parse.dims
    for fp in parse.filters:
        top = fp.ref.cands[0][1] if fp.ref is not None and fp.ref.cands else None
        if which and top is not None and top.is_measure and fp.op in (">", ">=", "<", "<=") and \
                isinstance(fp.value, (int, float)) and (top.table, top.name) != (m.get("table"), m.get("column")):
            # "customers who ordered over 300 m3 in total" then "and which spent over 150k": a new total, its bound
            spec["measures"] = [{"kind": "agg", "agg": "sum" if top.additive else "avg", "table": top.table,
                                 "column": top.name}]
            spec["having"] = [{"measure": 0, "op": fp.op, "value": fp.value}]
            spec["order"] = None
            continue
        same = fp.ref is not None and m.get("kind") == "agg" and any(
            (c.table, c.name) == (m.get("table"), m.get("column")) for _, c in fp.ref.cands[:1])
        # "events that sold over 1000 tickets in total" then "which sold over 500": the same total's threshold
        if fp.op in (">", ">=", "<", "<=") and (fp.ref is None or same) and isinstance(fp.value, (int, float)):
            spec["having"][0]["op"] = fp.op
            spec["having"][0]["value"] = fp.value
            continue
        rest.append(fp)
    return rest


def _of_those_with_child_rows(index: SchemaIndex, spec: dict, prev_spec: dict, parse: Parse) -> None:
    """ "how many new donors signed up in 2024?" then "how many of those have given a donation since?": the counted
    rows some row of the named child table refers to (a donation of theirs exists)."""
    q = parse.question.lower()
    ms = prev_spec.get("measures") or []
    if not re.match(r"\s*(and\s+)?how many of (them|those|these)\s+(have|has|had|did|ever)\b", q) or \
            re.search(r"\b(never|not|n't|no|without)\b", q) or len(ms) != 1 or ms[0].get("kind") != "count" or \
            prev_spec.get("dimensions") or ms[0].get("column"):
        return
    entity = ms[0].get("table")
    info = index.tables.get(entity or "")
    if info is None or len(info.pk) != 1:
        return
    named = {m.data.get("table") for m in parse.mentions if m.kind == "table"}
    kids = [(t.name, fk) for t in index.tables.values() for fk, rt, _ in t.fks
            if rt == entity and t.name != entity and t.name in named]
    if len(kids) != 1 or any(f.get("table") == kids[0][0] for f in spec["filters"]):
        return
    spec["filters"].append({"table": entity, "column": info.pk[0], "op": "present", "value": list(kids[0])})
    spec["measures"] = [dict(ms[0])]
    spec["fact"] = entity


def _new_bound_replaces_having(spec: dict, old_having: list[dict]) -> None:
    """ "which institutions borrowed more than 40 times" then "in 2024 alone, which borrowed more than 15 times": the
    new bound on the same aggregate replaces the old one instead of narrowing it to both."""
    having = spec.get("having") or []
    new = [h for h in having[len(old_having):] if isinstance(h.get("measure"), int)]
    if not old_having or not new or having[:len(old_having)] != old_having:
        return
    renewed = {h["measure"] for h in new}
    spec["having"] = [h for h in old_having if h.get("measure") not in renewed] + having[len(old_having):]


def _swap_sibling_dimension(index: SchemaIndex, spec: dict, parse: Parse) -> None:
    """ "top 3 pickup zones" then "same for dropoff zones": a text column named alone replaces the breakdown column
    it shares a word with (pickup_zone -> dropoff_zone)."""
    valued = {(t, col) for fp in parse.filters for t, col, _ in (fp.values or [])}
    for _, _, ref in parse.entities:
        if ref is None or not ref.cands:
            continue
        c = ref.cands[0][1]
        if not c.is_text or c.is_id or c.key in valued:
            continue  # "for guests from China": the column of a value filter, not a new breakdown
        for k, d in enumerate(spec.get("dimensions") or []):
            old = index.tables.get(d["table"], None)
            oc = old.columns.get(d["column"]) if old else None
            if oc is None or d.get("grain") or oc.key == c.key or not set(oc.words) & set(c.words):
                continue
            spec["dimensions"][k] = {"table": c.table, "column": c.name, "grain": None}
            parse.entities = [e for e in parse.entities if e[2] is not ref]
            return


def _retarget_periods(spec: dict, before: list[dict], parse: Parse) -> None:
    """ "members who cancelled in 2024" then "and in 2023?": the new year applies to the date the previous year was
    on (cancelled_on), replacing it, unless the follow-up named a date itself."""
    if parse.date_ref is not None:
        return
    period_ops = ("years", "range", "month_of_year", "quarter_of_year")
    for f in [f for f in spec["filters"] if f not in before and f["op"] in period_ops]:
        olds = [g for g in spec["filters"] if g in before and g["op"] in period_ops]
        if len(olds) != 1 or (olds[0]["table"], olds[0]["column"]) == (f["table"], f["column"]):
            continue
        old = olds[0]
        f["table"], f["column"] = old["table"], old["column"]
        if f["op"] == old["op"] or {f["op"], old["op"]} <= {"years", "range"}:
            spec["filters"].remove(old)


def _compare_replaces_breakdown(spec: dict, prev_spec: dict) -> None:
    """ "average score by grade level" then "what about boys vs girls?": the compared values' column replaces the
    previous breakdown (time grains stay), as a new "by ..." would.

    >>> spec = {"dimensions": [{"table": "s", "column": "gender", "grain": None},
    ...                        {"table": "s", "column": "grade", "grain": None}]}
    >>> _compare_replaces_breakdown(spec, {"dimensions": [{"table": "s", "column": "grade", "grain": None}]})
    >>> [d["column"] for d in spec["dimensions"]]
    ['gender']
    """
    old = prev_spec.get("dimensions") or []
    new = [d for d in spec["dimensions"] if d not in old]
    if new:
        spec["dimensions"] = new + [d for d in old if d.get("grain") and d not in new]


def _restates_breakdown(spec: dict, parse: Parse) -> bool:
    """No breakdown in the follow-up, or only the one already there ("oldest in each type" after "... by type")."""
    if not parse.dims:
        return True
    shown = {(d["table"], d["column"]) for d in spec.get("dimensions") or [] if not d.get("grain")}
    return bool(shown) and all(d.ref is not None and not d.grain and (any(
        (c.table, c.name) in shown or c.name in {col for _, col in shown} for _, c in d.ref.cands[:3]) or
        not d.ref.cands and d.ref.table in {t for t, _ in shown})  # "each kiln" after "... by kiln name"
                                 for d in parse.dims)


def _followup_superlative(spec: dict, parse: Parse, prev_spec: dict | None = None) -> None:
    """ "which one has the most?" on a breakdown ranks it (one row); "and the lowest?" flips MAX <-> MIN.

    A bare "and the highest?" after an unranked breakdown of an average ("average offer by department") asks for
    the highest value in each group (MAX), not for a ranking of the groups.

    >>> s = {"measures": [{"kind": "agg", "agg": "max"}], "dimensions": [], "order": None, "limit": None}
    >>> _followup_superlative(s, Parse("and the lowest?", [], superlative="asc")); s["measures"][0]["agg"]
    'min'
    """
    direction = speed_direction(spec, parse)
    if not direction or not spec.get("measures") or parse.agg_only:
        return  # "what about the maximum?" changes the aggregate (merge_followup), it does not rank
    m0 = spec["measures"][0]
    if spec.get("dimensions") and _bare_superlative_on_breakdown(spec, parse, prev_spec):
        m0["agg"] = "max" if direction == "desc" else "min"
        return
    if spec.get("dimensions"):
        spec["order"] = {"by": "measure", "index": 0, "dir": direction}
        if not spec.get("limit") and re.search(r"\b(which|what|who|where)\b", parse.question.lower()):
            spec["limit"] = 1
    elif m0["kind"] == "agg" and m0["agg"] in ("max", "min"):
        m0["agg"] = "max" if direction == "desc" else "min"
    elif _bare_superlative_on_total(spec, parse, prev_spec):
        # "median price paid for AAPL", then "and the highest?": the highest price, not the median again
        m0["agg"] = "max" if direction == "desc" else "min"
        spec["measures"] = [m0]
    elif m0["kind"] == "agg" and parse.sup_adj in lx.SUPERLATIVE_COLUMNS and _adjective_names(parse.sup_adj, m0):
        # "average patient age for strokes", then "oldest stroke patient?": the highest age, not the average
        m0["agg"] = "max" if direction == "desc" else "min"


def _adjective_switches_measure(index: SchemaIndex, spec: dict, m0: dict, parse: Parse) -> bool:
    """ "average weight of players by position" then "tallest instead": an adjective naming another column of the
    measure's table (heightCm) replaces the measure with that column's MAX (MIN for "shortest")."""
    adj = parse.sup_adj
    if not adj or adj not in lx.SUPERLATIVE_COLUMNS or m0.get("kind") != "agg" or _adjective_names(adj, m0) or \
            not parse.instead or m0.get("table") not in index.tables:
        return False  # ("longest average block time" then "and the shortest?": the same measure, ranked the other way)
    words = set(lx.SUPERLATIVE_COLUMNS[adj])
    cols = [c for c in index.tables[m0["table"]].columns.values() if c.is_measure and not c.derived and
            set(c.words) & words]
    if len(cols) != 1:
        return False
    m0["column"] = cols[0].name
    m0["agg"] = "max" if parse.superlative == "desc" else "min"
    return True


def _adjective_names(adjective: str, m: dict) -> bool:
    """Does the superlative adjective name the measure's column ("oldest" -> patient_age, @age_date(dob))?"""
    column = str(m.get("column") or "")
    words = {"age"} if column.startswith("@age") else set(lx.split_name(column))
    return bool(set(lx.SUPERLATIVE_COLUMNS[adjective]) & words)


def _bare_superlative_on_breakdown(spec: dict, parse: Parse, prev_spec: dict | None) -> bool:
    """ "and the highest?" alone, after an unranked breakdown of an average or median of a column."""
    m0 = spec["measures"][0]
    if prev_spec is None or prev_spec.get("limit") or prev_spec.get("order") or m0.get("kind") != "agg" \
            or m0.get("agg") not in ("avg", "median") or not m0.get("column"):
        return False
    if parse.sup_adj in lx.SUPERLATIVE_COLUMNS and _adjective_names(parse.sup_adj, m0):
        # "average age of drivers per depot", then "and the oldest in each?": MAX(age) per depot
        words = set(re.findall(r"[a-z]+", parse.question.lower()))
        return not words & RANKING_WORDS
    return _bare_question(parse)


# words that ask for a ranking of groups ("which one", "top"), not for one extreme value per group
RANKING_WORDS = frozenset({"which", "what", "who", "where", "top", "rank", "one", "ones"})


def _bare_question(parse: Parse) -> bool:
    """ "and the highest?": four words at most, and none that asks for a ranking of groups."""
    q = re.sub(r"\b(among|of|for|between) (them|those|these|that lot)\b|\b(then|please|though)\b", " ",
               parse.question.lower())  # "and the highest rate among them": still a bare extreme
    words = re.findall(r"[a-z]+", q)
    return len(words) <= 4 and not set(words) & RANKING_WORDS


def _bare_superlative_on_total(spec: dict, parse: Parse, prev_spec: dict | None) -> bool:
    """ "and the highest?" alone, after an average or median of a column with no breakdown."""
    m0 = spec["measures"][0]
    if prev_spec is None or spec.get("dimensions") or m0.get("kind") != "agg" \
            or m0.get("agg") not in ("avg", "median") or not m0.get("column"):
        return False
    return _bare_question(parse)


def _never_in_followup(index: SchemaIndex, spec: dict, prev_spec: dict, parse: Parse) -> None:
    """ "average lessons taken by candidates", then "and for those who never passed": the candidates none of whose
    tests passed (an anti-join), not the failed tests of all candidates."""
    if not re.search(r"\bnever\b", parse.question.lower()) or any(f["op"] == "absent" for f in spec["filters"]):
        return
    m0 = (prev_spec.get("measures") or [None])[0]
    parent = (m0 or {}).get("table") or prev_spec.get("fact")
    info = index.tables.get(parent) if parent else None
    flags = [f for f in spec["filters"] if f["op"] == "false" and f["table"] != parent and f not in (
        prev_spec.get("filters") or [])]
    if info is None or len(flags) != 1:
        return
    f = flags[0]
    child = index.tables.get(f["table"])
    fk, ref_col = next(((c, rc) for c, rt, rc in (child.fks if child else []) if rt == parent), (None, None))
    if fk is None:
        return
    spec["filters"] = [g for g in spec["filters"] if g is not f] + [
        {"table": parent, "column": ref_col, "op": "absent",
         "value": [f["table"], fk, "@where", [{"table": f["table"], "column": f["column"], "op": "true"}]]}]
    spec["measures"] = [m for m in spec["measures"] if (m.get("table") or parent) == parent] or [
        {"kind": "count", "agg": "count", "table": parent, "column": None}]
    spec["fact"] = parent


def _flip_last_filter(spec: dict) -> None:
    """ "and for the others?": the complement of the last condition (walk-ins -> not walk-ins, = -> <>).

    >>> s = {"filters": [{"table": "t", "column": "flag", "op": "true"}]}
    >>> _flip_last_filter(s); s["filters"][0]["op"]
    'false'
    """
    flips = {"true": "false", "false": "true", "=": "<>", "<>": "=", "in": "not_in", "not_in": "in", "null": "not_null",
             "not_null": "null", ">": "<=", ">=": "<", "<": ">=", "<=": ">"}
    if spec.get("having") and spec["having"][-1].get("op") in flips and not spec["filters"]:
        # "which plant types sold more than 1000 units?" then "and the others?": the groups under the bound
        spec["having"][-1]["op"] = flips[spec["having"][-1]["op"]]
        return
    for f in reversed(spec["filters"]):
        if f["op"] in flips:
            f["op"] = flips[f["op"]]
            return


def _flip_last_flag(spec: dict, prev_spec: dict) -> None:
    """ "average price on discount days" then "and on normal days?": the previous turn's last yes/no condition,
    made false (isDiscountDay -> NOT isDiscountDay); conditions the follow-up adds stay."""
    prev = [f for f in prev_spec.get("filters") or [] if f["op"] in ("true", "false")]
    if not prev:
        return
    last = prev[-1]
    for f in spec["filters"]:
        if (f["table"], f["column"]) == (last["table"], last["column"]) and f["op"] == last["op"]:
            f["op"] = "false"  # the normal days are the ones without the flag (already so after a first "normal")
            return


def _swap_direction(spec: dict) -> None:
    """ "and the other direction?": values of an origin-like and a destination-like column trade places.

    >>> s = {"filters": [{"table": "t", "column": "origin_city", "op": "=", "value": "A"},
    ...                  {"table": "t", "column": "destination_city", "op": "=", "value": "B"}]}
    >>> _swap_direction(s); [f["value"] for f in s["filters"]]
    ['B', 'A']
    """
    def side(f: dict) -> str | None:
        words = set(lx.split_name(f["column"]))
        return "from" if words & ORIGIN_WORDS else "to" if words & DEST_WORDS else None

    src = [f for f in spec["filters"] if f["op"] in ("=", "in") and side(f) == "from"]
    dst = [f for f in spec["filters"] if f["op"] in ("=", "in") and side(f) == "to"]
    if len(src) == 1 and len(dst) == 1 and src[0]["table"] == dst[0]["table"]:
        src[0]["value"], dst[0]["value"] = dst[0]["value"], src[0]["value"]
        src[0]["op"], dst[0]["op"] = dst[0]["op"], src[0]["op"]


def _other_flag_replaces(spec: dict, before: list[dict], parse: Parse) -> None:
    """ "average build year of thatched houses" then "what about listed buildings": the one new yes/no condition
    takes the place of the previous one on the same table (asked as an alternative, not as "and also")."""
    if not re.match(r"\s*(and\s+)?(what|how)\s+about\b", parse.question.lower()):
        return
    added = [f for f in spec["filters"] if f not in before and f["op"] in ("true", "false")]
    old = [f for f in before if f["op"] == "true" and f in spec["filters"]]
    if len(added) == 1 and len(old) == 1 and old[0]["table"] == added[0]["table"] and \
            old[0]["column"] != added[0]["column"]:
        spec["filters"].remove(old[0])


def _drop_moved_values(spec: dict, before: list[dict]) -> None:
    """ "flights from JFK" then "and to JFK?": the same value on another column replaces the old filter."""
    added = [f for f in spec["filters"] if f not in before]
    for f in added:
        if f["op"] not in ("=", "in"):
            continue
        vals = f["value"] if isinstance(f["value"], list) else [f["value"]]
        for g in before:
            if g in spec["filters"] and g["op"] in ("=", "in") and (g["table"], g["column"]) != (f["table"],
                                                                                              f["column"]):
                gvals = g["value"] if isinstance(g["value"], list) else [g["value"]]
                if set(map(str, gvals)) & set(map(str, vals)):
                    spec["filters"].remove(g)


def _rate_of_new_value(spec: dict, before: list[dict]) -> None:
    """ "what share of the fleet is electric?" then "and hybrid?": the share of the new value, not the share of
    electric among hybrids."""
    rates = [m for m in spec["measures"] if m["kind"] == "rate" and "value" in m]
    for f in [f for f in spec["filters"] if f not in before and f["op"] == "="]:
        for r in rates:
            if (r["table"], r["column"]) == (f["table"], f["column"]):
                r["value"] = f["value"]
                spec["filters"].remove(f)
                break
        for r in spec["measures"]:  # "share of revenue from the hospital zone" then "and from campus?"
            g = r.get("filter") if r["kind"] == "cond_rate" else None
            if g and g["op"] == "=" and (g["table"], g["column"]) == (f["table"], f["column"]) and f in spec["filters"]:
                r["filter"] = dict(g, value=f["value"])
                spec["filters"].remove(f)


def _drop_fixed_breakdown_values(spec: dict, prev_spec: dict) -> None:
    """ "... for electric cars" then "show every fuel type": a new breakdown by a column the previous turn fixed to
    one value shows all its values (the old condition goes)."""
    old_dims = {(d["table"], d["column"]) for d in prev_spec.get("dimensions") or []}
    new_dims = {(d["table"], d["column"]) for d in spec["dimensions"] if not d.get("grain")} - old_dims
    prev = prev_spec.get("filters") or []
    spec["filters"] = [f for f in spec["filters"] if not (
        f in prev and (f["op"] == "=" or f["op"] == "in" and not isinstance(f["value"], list)) and
        (f["table"], f["column"]) in new_dims)]  # ("repairs or bunkering" then "split by purpose": both, split)


def _inherit_year(spec: dict, before: list[dict]) -> None:
    """ "freight cost in Q2 2024" then "and Q3?": the new quarter/month takes the previous period's year."""
    for f in [f for f in spec["filters"] if f not in before and f["op"] in ("quarter_of_year", "month_of_year") and
              not isinstance(f["value"], list)]:
        old = next((g for g in spec["filters"] if g in before and g["op"] == "range" and g["value"][0]
                    and (g["table"], g["column"]) == (f["table"], f["column"])), None)
        if old is None:
            continue
        year = int(old["value"][0][:4])
        if f["op"] == "quarter_of_year":
            lo_m, span = 3 * (int(f["value"]) - 1) + 1, 3
        else:
            lo_m, span = int(f["value"]), 1
        hi_y, hi_m = (year + 1, lo_m + span - 12) if lo_m + span > 12 else (year, lo_m + span)
        spec["filters"].remove(old)
        f["op"] = "range"
        f["value"] = [f"{year:04d}-{lo_m:02d}-01", f"{hi_y:04d}-{hi_m:02d}-01"]


def _shift_periods(spec: dict, years: int = 0, months: int = 0) -> None:
    """ "and the year before?" / "and the month before?": year filters move by `years`, date ranges by `years`
    and `months`.

    >>> s = {"filters": [{"op": "range", "value": ["2024-12-01", "2025-01-01"]}, {"op": "years", "value": [2024]}]}
    >>> _shift_periods(s, months=-1); [f["value"] for f in s["filters"]]
    [['2024-11-01', '2024-12-01'], [2024]]
    >>> _shift_periods(s, years=-1); [f["value"] for f in s["filters"]]
    [['2023-11-01', '2023-12-01'], [2023]]
    """
    def move(v: str | None) -> str | None:
        if not v:
            return v
        y, m = int(v[:4]), int(v[5:7]) - 1 + 12 * years + months
        y, m = y + m // 12, m % 12 + 1
        if len(v) >= 10 and v[7] == "-":  # a day-level bound: the same day, or the month's last ("06-31" -> "06-30")
            day = min(int(v[8:10]), calendar.monthrange(y, m)[1])
            return f"{y:04d}-{m:02d}-{day:02d}{v[10:]}"
        return f"{y:04d}-{m:02d}{v[7:]}"

    for f in spec["filters"]:
        if f["op"] == "years":
            f["value"] = [y + years for y in f["value"]]
        elif f["op"] == "range":
            f["value"] = [move(v) for v in f["value"]]


_INDEX_CACHE: dict[int, SchemaIndex] = {}


def rewrite_question(question: str, history: list, schema, stats=None) -> tuple[str, dict | None]:
    """(standalone question, merged spec) for a question given the previous turns (TurnContext list).

    >>> rewrite_question("what about the West?", [turn], schema)   # doctest: +SKIP
    ('Total sales by category, region West', {...})
    """
    index = _INDEX_CACHE.get(id(schema))
    if index is None or index.schema is not schema:
        index = SchemaIndex(schema)
        _INDEX_CACHE.clear()
        _INDEX_CACHE[id(schema)] = index
    return rewrite_with_index(index, question, history, stats)[:2]


def rewrite_with_index(index: SchemaIndex, question: str, history: list, stats=None):
    """(standalone, spec, is_followup, parse) — the engine's entry point."""
    prev = next((t.spec for t in reversed(history or []) if getattr(t, "spec", None)), None)
    fresh = NEW_TOPIC.match(question)
    if fresh and fresh.end() < len(question.strip()):
        question, prev = question[fresh.end():].strip(), None  # "separate question: how many ...": no follow-up
    question = _letters_of_breakdown(index, question, prev)
    parse = parse_question(index, question, (prev or {}).get("fact"))
    per = PER_GROUP_COUNT.match(question.lower()) if prev else None
    if per and all(m.get("kind") == "count" for m in prev.get("measures") or []):
        # a list of customers, then "how many per round": the listed rows counted per round, not the rounds
        regroup = parse_question(index, "by " + per.group(1), prev.get("fact"))
        if regroup.dims and not regroup.measures:
            parse = regroup
    followup = bool(prev) and looks_like_followup(question, parse, prev)
    if followup:
        # (the automatic dated-rows filter is no condition the user set: it is renewed after the merge)
        prev = dict(prev, filters=[f for f in prev.get("filters", []) if not f.get("auto")])
    listed = attribute_followup(index, question, prev, stats) if followup or prev and (
        WHO_IS_THE_ROLE.match(question.lower()) or WHAT_IS_THE.match(question.lower()) or
        YEARS_WITH_US.match(question.lower())) else None
    # ("who's the owner?", "what's the address?": of the row just named)
    if listed is not None:
        followup = True
        spec = listed  # "which plants aren't hardy" then "what do they list at": the same plants, with the price
    elif followup:
        spec = merge_followup(index, parse, prev, stats)
        best_time_is_lowest(index, spec, question)
    else:
        spec = build_spec(index, parse, stats)
        finalize_aggs(spec, parse)
        best_time_is_lowest(index, spec, question)  # (again, once the aggregate is final)
    _passing_grades(index, spec)
    _dated_groups_only(index, spec)
    repair_spec(index, spec)
    full_names(index, spec, question)
    one_weekday_condition(spec)
    return (describe(spec) or question) if followup else question, spec, followup, parse


def _letters_of_breakdown(index: SchemaIndex, question: str, prev: dict | None) -> str:
    """ "properties at each EPC rating" then "leave out D and E": capital letters that are values of the column the
    previous answer is broken down by are read as that column's values (the column is named before them).

    >>> _letters_of_breakdown(index, "leave out D and E", prev)   # doctest: +SKIP
    'leave out epc rating D and E'
    """
    letters = re.findall(r"(?<![\w'])([A-Z][0-9+]?)(?![\w'])", question)
    if not prev or not letters or question.split()[0] in letters:
        return question
    for d in prev.get("dimensions") or []:
        info = index.tables.get(d.get("table") or "")
        col = info.columns.get(d.get("column") or "") if info and not d.get("grain") else None
        values = {str(v) for v in (col.values or [])} if col is not None else set()
        if values and all(x in values for x in letters) and not all(x in ("A", "I") for x in letters):
            first = re.search(r"(?<![\w'])" + re.escape(letters[0]) + r"(?![\w'])", question)
            head = re.sub(r"\b(without|except|but not|not|no)\s*$", "excluding ", question[:first.start()])
            return head + " ".join(col.words) + " " + question[first.start():]
    return question


def _dated_groups_only(index: SchemaIndex, spec: dict | None) -> None:
    """ "collections by weekday": rows whose date is empty (not collected yet) belong to no weekday, so a time
    breakdown of a sometimes-empty date keeps the dated rows only (a filter marked `auto`; the caller drops the
    previous turn's before a follow-up is merged, so it is renewed each turn)."""
    if not spec:
        return
    for d in spec.get("dimensions", []):
        info = index.tables.get(d.get("table") or "")
        col = info.columns.get(d.get("column") or "") if info and d.get("grain") else None
        if col is None or col.derived or not col.null_frac or any(
                f.get("op") in ("not_null", "range", "years") and f.get("column") == col.name and
                f.get("table") == col.table for f in spec["filters"]):
            continue
        spec["filters"].append({"op": "not_null", "table": col.table, "column": col.name, "auto": True})


def _passing_grades(index: SchemaIndex, spec: dict | None) -> None:
    """ "pass rate" on results graded fail / pass / merit / distinction: passing is every grade but fail."""
    for item in (spec or {}).get("measures", []) + (spec or {}).get("filters", []):
        info = index.tables.get(item.get("table") or "")
        col = info.columns.get(item.get("column") or "") if info else None
        values = {str(v).lower(): v for v in (col.values or [])} if col is not None else {}
        value = str(item.get("value", "")).lower()
        fail = values.get("fail") or values.get("failed")
        if value not in ("pass", "passed") or fail is None or len(values) < 3:
            continue
        if item.get("kind") == "rate":
            item["value"], item["negate"] = fail, not item.get("negate")
        elif item.get("op") in ("=", "<>"):
            item["value"], item["op"] = fail, "<>" if item["op"] == "=" else "="
