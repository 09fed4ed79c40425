"""Monitoring: questions, success and fallback rates, guard refusals, stage latencies, LLM calls per provider."""
from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from agents import observability
from ui.model import monitoring_summary, percent, stage_latencies
from ui.render import page_setup
from ui.resources import get_store

log = logging.getLogger("app.monitoring")

page_setup("Monitoring", ":material/monitoring:")

st.title("Monitoring")
snap = observability.snapshot()
try:
    store = get_store()
    stats, timings = store.stats(), store.recent_timings()
except Exception:  # noqa: BLE001 - a store outage gets a message, not a traceback
    log.exception("store stats failed")
    st.warning("The saved conversations cannot be read right now; showing this process's counters only.")
    stats, timings = {}, []
summary = monitoring_summary(snap, stats)
st.caption(f"Saved answers (all time) and this server process's live counters (up {snap.get('uptime_s', 0):.0f} s).")

cols = st.columns(5)
cols[0].metric("Questions asked", f"{summary['questions']:,}")
cols[1].metric("Success rate", percent(summary["success_rate"]))
cols[2].metric("LLM fallback rate", percent(summary["fallback_rate"]),
               help="Share of SQL generations where the language models failed and the offline engine answered.")
cols[3].metric("Conversations", f"{summary['sessions']:,}")
cols[4].metric("Feedback :material/thumb_up: / :material/thumb_down:",
               f"{summary['thumbs_up']} / {summary['thumbs_down']}")

left, right = st.columns(2)
with left:
    st.subheader("Guard refusals by layer")
    rejections = snap.get("guard_rejections") or {}
    if rejections:
        frame = pd.DataFrame({"layer": list(rejections), "refusals": list(rejections.values())})
        st.bar_chart(frame, x="layer", y="refusals", height=240)
    else:
        st.caption("No statement refused since the server started.")
with right:
    st.subheader("Answers by engine")
    engines = {("no answer" if e in ("", "unknown") else e): n for e, n in (stats.get("engines") or {}).items()}
    if engines:
        st.dataframe(pd.DataFrame({"engine": list(engines), "answers": list(engines.values())}), hide_index=True)
    else:
        st.caption("No saved answers yet.")

st.subheader("Latency per stage")
live = pd.DataFrame([{"stage": k, "count": v.get("count"), "p50_ms": v.get("p50_ms"), "p95_ms": v.get("p95_ms")}
                     for k, v in (snap.get("stages") or {}).items()], columns=["stage", "count", "p50_ms", "p95_ms"])
a, b = st.columns(2)
a.markdown("This process (live)")
a.dataframe(live, hide_index=True, key="live-latency")
b.markdown("Saved answers (latest 500)")
b.dataframe(stage_latencies(timings), hide_index=True, key="saved-latency")

st.subheader("LLM calls per provider")
providers = snap.get("providers") or {}
if providers:
    st.dataframe(pd.DataFrame([
        {"provider": name, "calls": p.get("calls"), "failures": p.get("failures"), "p50_ms": p.get("p50_ms"),
         "p95_ms": p.get("p95_ms"), "tokens in": p.get("tokens_in"), "tokens out": p.get("tokens_out"),
         "models": ", ".join(p.get("models") or [])} for name, p in providers.items()]), hide_index=True)
else:
    st.info("No language-model call since the server started: answers come from the offline engine "
            "(configure GROQ_API_KEY, HF_TOKEN or OPENAI_BASE_URL in secrets to use a model).")
agents = snap.get("agents") or {}
if agents:
    st.dataframe(pd.DataFrame([{"agent": a, **c} for a, c in agents.items()]), hide_index=True, key="agents")
