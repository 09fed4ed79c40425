"""Follow-ups that ask for one more fact about the rows just listed.

"which plants aren't hardy" then "what do they list at": the same plants, with their list price. "who are the
trainee drivers" then "when did they start": the same drivers, with their hire date. "which horses are in the East
Yard" then "who owns them": the same horses, with their owners' names. The previous query stays as it was (its
filters, grouping, order and limit); the asked-for column joins its breakdown.
"""
from __future__ import annotations

import copy
import re

from agents import lexicon as lx
from agents.linking import BIRTH_WORDS, ColInfo, SchemaIndex
from agents.nl_spec import Resolver, person_dims

ATTRIBUTE_OF_THEM = re.compile(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(when|where|what|how much)\s+(?:did|do|does|was|were|is|are|have|has)\s+"
    r"(?:they|each of them|each one|those|these|it|he|she)\s+(.+?)\s*[?.!]*\s*$")
WHO_VERBED_THEM = re.compile(
    r"^\s*(?:and\s+|so\s+)?who\s+(?!(?:are|were|is|was|else|exactly|has|have|had|did|does|do|got|gets)\b)"
    r"([a-z]+)\s+(?:them|those|these|it|each|(?:that|this|those|these|the)\s+(?!(?:most|least|fewest|[a-z]+est)\b)"
    r"[a-z]+)\b(?:\s+(?:out|in|up|on|off|over|back))?\s*[?.!]*\s*$")

HOW_OLD_ARE_THEY = re.compile(
    r"^\s*(?:and\s+|so\s+)?how old (?:are|were|is|was) (?:they|those|these|each of them|each one|he|she|them)"
    r"(?:\s+now|\s+today)?\s*[?.!]*\s*$")
WHO_IS_THE_ROLE = re.compile(
    r"^\s*(?:and\s+|so\s+)?who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|their|its)\s+(?P<noun>[a-z]+)\s*[?.!]*\s*$")
WHAT_IS_THE = re.compile(
    r"^\s*(?:and\s+|so\s+)?what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|their|its|his|her)\s+"
    r"(?P<noun>[a-z][a-z ]*?)\s*[?.!]*\s*$")
NOT_ATTRIBUTES = {"number", "count", "share", "percentage", "proportion", "fraction", "rate", "difference", "split",
                  "breakdown", "trend", "figure", "answer", "result", "max", "maximum", "min", "minimum", "highest",
                  "lowest", "biggest", "smallest", "best", "worst", "cheapest", "priciest", "latest", "earliest",
                  "longest", "shortest", "ratio"}
SHOW_THEIR = re.compile(
    r"^\s*(?:and\s+|so\s+|now\s+)?(?:show|add|include|give me|list)(?:\s+me)?\s+(?:their|the|its)\s+"
    r"(?P<noun>[a-z][a-z ]*?)(?:\s+too|\s+as well|\s+also)?\s*[?.!]*\s*$")
YEARS_WITH_US = re.compile(
    r"^\s*(?:and\s+|so\s+)?how (?:many years|long) (?:have|has|had) (?:they|each of them|each one|he|she) been "
    r"(?:with us|here|members?|in the [a-z]+|at the [a-z]+|on the [a-z]+|with the [a-z]+|around|a member)\s*[?.!]*\s*$")
WHICH_NOUN_OF_THEM = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:which|what)\s+([a-z][a-z ]*?)\s+(?:is|are|was|were|do|does|did)\s+"
    r"(?:they|each of them|each one|those|these|he|she)(?:\s+(?:play|work|belong|live|sit|train|ride|drive|race|"
    r"compete|study|teach|stay|run|sing|skate|swim))?\s*(?:in|on|at|with|from|for|to|part of|a part of|with us)?"
    r"\s*[?.!]*\s*$")
# a verb asks for a thing it names: "what do they drive" is the vehicle, "what do they charge" the rate
VERB_NOUNS = {
    "drive": {"vehicle", "car", "van", "truck", "bus"},
    "ride": {"vehicle", "bike", "horse", "scooter", "motorbike"},
    "charge": {"rate", "fee", "price", "charge", "cost"},
    "cost": {"price", "cost", "fee", "rate"},
    "earn": {"salary", "wage", "pay", "earnings", "income"},
    "make": {"salary", "wage", "pay", "earnings"},
    "list": {"list", "price"},
    "sell": {"price"},
    "weigh": {"weight", "kg"},
    "speak": {"language"},
    "teach": {"subject", "specialty", "speciality", "specialism", "discipline", "instrument"},
    "play": {"position", "instrument", "sport", "role"},
    "study": {"course", "subject", "major", "programme", "program"},
    "work": {"department", "team", "role", "site", "branch", "shift"},
    "specialise": {"specialty", "speciality", "specialism"},
    "specialize": {"specialty", "speciality", "specialism"},
    "owe": {"balance", "outstanding", "due", "owed", "arrears"},
    "pay": {"fee", "price", "rate", "amount", "rent", "salary"},
}
AGGREGATE_WORDS = {"altogether", "total", "combined", "overall", "average", "avg", "mean", "sum", "between", "median",
                   "most", "least", "typically", "together"}
# "when did they start": the day a person or thing began (hired, joined, signed up, opened)
START_VERBS = {"start", "begin", "join", "sign", "signup", "register", "enrol", "enroll", "open", "hire", "arrive",
               "launch", "found", "create", "first"}
START_STEMS = ("start", "begin", "join", "sign", "regist", "enrol", "open", "hire", "hired", "arriv", "launch",
               "found", "creat", "since", "first")
END_VERBS = {"leave", "left", "quit", "finish", "end", "close", "withdraw", "stop", "retire", "depart", "cancel"}
END_STEMS = ("leav", "left", "quit", "finish", "end", "clos", "withdr", "stop", "retir", "depart", "cancel", "exit")
PLACE_COLUMN_WORDS = {"city", "town", "address", "postcode", "zip", "area", "region", "country", "location",
                      "suburb", "neighbourhood", "neighborhood", "county", "state", "village", "street", "district",
                      "borough", "province"}
FILLER = {"at", "us", "for", "per", "on", "in", "to", "the", "a", "an", "with", "from", "each", "one", "up", "out",
          "do", "did", "does", "usually", "normally", "typically", "now", "then", "there", "here", "it", "them"}


def attribute_followup(index: SchemaIndex, question: str, prev_spec: dict | None, stats=None) -> dict | None:
    """The previous spec with the asked-for column added to its breakdown, or None when the question is no such
    follow-up (or names nothing found).

    >>> attribute_followup(index, "what do they list at", {"fact": "plants", "dimensions": [
    ...     {"table": "plants", "column": "plant_name", "grain": None}], "measures": [], "filters": []})
    ... # doctest: +SKIP
    {... 'dimensions': [{'table': 'plants', 'column': 'plant_name', ...}, {..., 'column': 'list_price_gbp', ...}]}
    """
    if not prev_spec or not prev_spec.get("dimensions"):
        return None
    q = question.lower().replace("’", "'")
    listed = _listed_table(index, prev_spec)
    if listed is None:
        return None
    if HOW_OLD_ARE_THEY.match(q):
        return _with_age(index, prev_spec)
    if YEARS_WITH_US.match(q):
        return _with_years_since_start(index, prev_spec)
    res = Resolver(index, stats)
    res.fact = prev_spec.get("fact")
    who = WHO_VERBED_THEM.match(q)
    if who:
        dims = _role_people(index, res, _agent_noun(who.group(1)), listed) or [
            d for d in person_dims(res, listed) if d["table"] != listed or _role_named(index, d)]
        return _with_dimensions(prev_spec, dims)
    what = WHAT_IS_THE.match(q)
    if what and not set(what.group("noun").split()) & (AGGREGATE_WORDS | NOT_ATTRIBUTES):
        return _with_dimensions(prev_spec, _named_thing(index, res, what.group("noun"), listed))
    role = WHO_IS_THE_ROLE.match(q) or SHOW_THEIR.match(q)
    if role:
        return _with_dimensions(prev_spec, _role_people(index, res, role.group("noun"), listed) or
                                _named_thing(index, res, role.group("noun"), listed))
    which = WHICH_NOUN_OF_THEM.match(q)
    if which:
        return _with_dimensions(prev_spec, _named_thing(index, res, which.group(1), listed))
    m = ATTRIBUTE_OF_THEM.match(q)
    if m is None:
        return None
    asked, rest = m.group(1), [w for w in re.findall(r"[a-z]+", m.group(2))]
    if set(rest) & AGGREGATE_WORDS:
        return None  # "what did they pay altogether": one total over the listed rows, not a column beside each
    tables = _candidate_tables(index, res, prev_spec, listed)
    if asked == "when":
        col = _date_for_verb(index, tables, rest)
    elif asked == "where":
        col = _place_column(index, tables)
    else:
        col = _thing_for_verb(index, tables, rest)
    return _with_dimensions(prev_spec, [{"table": col.table, "column": col.name, "grain": None}]) if col else None


def _role_people(index: SchemaIndex, res: Resolver, noun: str, listed: str) -> list[dict]:
    """ "who's the owner?" after a cafe: owner_first_name and owner_last_name of the cafes (or the owners table the
    listed rows point at)."""
    role = lx.lemma(noun)
    tables = [listed] + [rt for _, rt, _ in index.tables[listed].fks if rt in index.tables]
    for t in tables:
        cols = [c for c in index.tables[t].columns.values() if c.is_text and c.words[:1] == [role] and
                "name" in c.words]
        parts = [c for c in cols if set(c.words[1:2]) & {"first", "last"}]
        if cols:
            return [{"table": t, "column": c.name, "grain": None} for c in (parts if len(parts) == 2 else cols[:1])]
    people = [t for t in tables[1:] if role in {lx.lemma(w) for w in index.tables[t].words}]
    return res.entity_dims(people[0]) if people else []


def _agent_noun(verb: str) -> str:
    """ "leads" -> "leader", "manages" -> "manager", "owns" -> "owner": who does what the verb says."""
    base = verb[:-2] if verb.endswith(("ches", "shes", "sses")) else verb[:-1] if verb.endswith("s") else verb
    return base if base in ("coach", "chair") else base + ("r" if base.endswith("e") else "er")


def _named_thing(index: SchemaIndex, res: Resolver, noun: str, listed: str) -> list[dict]:
    """ "which teams were they on?" after a list of participants: the team's name beside each participant."""
    if noun in ("one", "ones", "kind", "type", "sort"):
        return []
    mentions = [m for m in index.link(noun) if m.kind in ("table", "column")]
    if len(mentions) != 1:
        return []
    m = mentions[0]
    if m.kind == "table":
        t = m.data.get("table")
        if t == listed or t not in index.tables or res.distance(listed, t) > 2:
            return []
        dims = res.entity_dims(t)
        return [d for d in dims if not index.tables[t].columns[d["column"]].is_pk] or dims
    cands = [c for s, c in m.data.get("cands") or [] if res.distance(listed, c.table) <= 2 and not c.is_id and
             (c.table == listed or not c.is_measure)]  # (another table's amounts need a total, not a column)
    return [{"table": cands[0].table, "column": cands[0].name, "grain": None}] if cands else []


def _with_age(index: SchemaIndex, spec: dict) -> dict | None:
    """ "who are our 5 biggest spending clients?" then "how old are they": the same five, ranked as before, each with
    their age (from the birth date of the people listed)."""
    tables = [d["table"] for d in spec.get("dimensions") or [] if not d.get("grain") and d.get("table") in index.tables]
    for t in dict.fromkeys(tables):
        ages = [c for c in index.tables[t].columns.values() if c.derived and c.name.startswith("@age")]
        born = [c for c in ages if any(set(lx.split_name(a)) & BIRTH_WORDS for a in re.findall(r"\(([^)]*)\)", c.name))]
        pick = born[:1] or (ages[:1] if len(set(tables)) == 1 else [])
        if pick:
            m = {"kind": "agg", "agg": "avg", "table": t, "column": pick[0].name}
            if m in (spec.get("measures") or []):
                return None
            out = copy.deepcopy(spec)
            out["measures"] = list(out.get("measures") or []) + [m]
            out.setdefault("having", [])
            return out
    return None


def _with_years_since_start(index: SchemaIndex, spec: dict) -> dict | None:
    """ "who are the section leaders?" then "how many years have they been in the choir?": whole years since each
    listed person's start date (joined_on, hired_on), beside them."""
    listed = _listed_table(index, spec)
    if listed is None:
        return None
    start = _date_for_verb(index, [listed], ["join"])
    if start is None or start.table != listed:
        return None
    m = {"kind": "agg", "agg": "avg", "table": listed, "column": f"@age_date({start.name})"}
    out = copy.deepcopy(spec)
    out["measures"] = list(out.get("measures") or []) + [m]
    out.setdefault("having", [])
    return out


def _listed_table(index: SchemaIndex, spec: dict) -> str | None:
    """The table whose rows the previous answer named (its first plain dimension)."""
    for d in spec.get("dimensions") or []:
        if not d.get("grain") and d.get("table") in index.tables:
            return d["table"]
    return None


def _role_named(index: SchemaIndex, d: dict) -> bool:
    """owner_first_name on farms: a person other than the row itself (not the farm's own name)."""
    col = index.tables[d["table"]].columns.get(d["column"])
    return bool(col and col.words and col.words[0] not in ("first", "last", "full", "name"))


def _candidate_tables(index: SchemaIndex, res: Resolver, spec: dict, listed: str) -> list[str]:
    """Where the asked-for fact may live: the listed table, then the tables it points at, then the rest of the
    previous query's tables."""
    out = [listed]
    out += [rt for _, rt, _ in index.tables[listed].fks if rt in index.tables]
    for item in [spec] + (spec.get("filters") or []) + (spec.get("measures") or []):
        t = item.get("fact") if item is spec else item.get("table")
        if t in index.tables:
            out.append(t)
    seen: list[str] = []
    for t in out:
        if t not in seen:
            seen.append(t)
    return seen


def _shares_stem(a: str, b: str) -> bool:
    a, b = lx.lemma(a), lx.lemma(b)
    n = min(len(a), len(b), 5)
    return a == b or n >= 4 and a[:n] == b[:n]


def _date_for_verb(index: SchemaIndex, tables: list[str], verbs: list[str]) -> ColInfo | None:
    """ "when did they start" on drivers: hire_date; "when did they withdraw": withdrawn_on."""
    content = [w for w in verbs if w not in FILLER]
    starts = any(lx.lemma(w) in START_VERBS or w.startswith(("join", "sign", "start", "open", "hire"))
                 for w in content)
    ends = any(lx.lemma(w) in END_VERBS or w.startswith(END_STEMS) for w in content)
    born = any(w in BIRTH_WORDS or w == "born" for w in content)
    for t in tables:
        dates = [c for c in index.tables[t].columns.values() if c.is_date and not c.derived]
        if not born:
            dates = [c for c in dates if not set(c.words) & BIRTH_WORDS]
        named = [c for c in dates if any(_shares_stem(w, cw) for w in content for cw in c.words)]
        if not named and starts:
            named = [c for c in dates if any(cw.startswith(START_STEMS) for cw in c.words)]
        if not named and ends:
            named = [c for c in dates if any(cw.startswith(END_STEMS) for cw in c.words)]
        if len(named) == 1 or len(named) > 1 and born:
            return named[0]
        if not named and len(dates) == 1 and t == tables[0]:
            return dates[0]
    return None


def _place_column(index: SchemaIndex, tables: list[str]) -> ColInfo | None:
    """ "where do they live": the town (or city, address...) of the listed people."""
    for t in tables:
        places = [c for c in index.tables[t].columns.values() if c.is_text and set(c.words) & PLACE_COLUMN_WORDS]
        if places:
            return places[0]
    return None


def _thing_for_verb(index: SchemaIndex, tables: list[str], verbs: list[str]) -> ColInfo | None:
    """ "what do they charge per class": rate_per_class_gbp; "what do they drive": vehicle."""
    content = [w for w in verbs if w not in FILLER]
    if not content:
        return None
    wanted = set(content)
    for w in content:
        wanted |= VERB_NOUNS.get(lx.lemma(w), set()) | VERB_NOUNS.get(w.rstrip("s"), set())
    best, best_score = None, 0.0
    for rank, t in enumerate(tables):
        for c in index.tables[t].columns.values():
            if c.is_id or c.is_pk or c.derived:
                continue
            hits = sum(1 for cw in set(c.words) if any(_shares_stem(cw, w) for w in wanted))
            score = hits - 0.1 * rank
            if hits and score > best_score:
                best, best_score = c, score
    if best is not None and best.table != tables[0] and best.is_measure:
        return None  # "how much does each of them owe": a total of their invoices, not one column beside each
    return best


def _with_dimensions(spec: dict, dims: list[dict]) -> dict | None:
    """The spec with `dims` added to its breakdown (None when nothing new is added)."""
    have = {(d["table"], d["column"]) for d in spec.get("dimensions") or []}
    new = [d for d in dims if (d["table"], d["column"]) not in have]
    if not new:
        return None
    out = copy.deepcopy(spec)
    out["dimensions"] = list(out.get("dimensions") or []) + new
    out.setdefault("having", [])
    return out
