"""The Streamlit-free view model of the pages: stored turns round-trip into the same view as live answers."""
from __future__ import annotations

import pandas as pd

from agents.pipeline import Pipeline
from db.store import SessionStore
from ui.model import (
    confidence_label,
    figure_for,
    frame_from_payload,
    metric_items,
    share_link,
    show_rewritten,
    source_label,
    stage_latencies,
    timings_caption,
    view_turn_from_result,
    view_turn_from_stored,
)


def test_stored_turn_renders_like_the_live_one(tmp_path, demo_url):
    pipeline = Pipeline.from_url(demo_url)
    session = pipeline.new_session()
    result = pipeline.ask("Total sales per month", session)
    assert result.error is None
    store = SessionStore(f"sqlite:///{tmp_path / 'app.db'}")
    sid = store.create_session()
    store.append_turn(sid, result)

    live = view_turn_from_result(result, 0)
    saved = view_turn_from_stored(store.get_session(sid)["turns"][0])
    assert saved["chart"] == live["chart"]
    assert saved["frame"].shape == live["frame"].shape
    month, total = saved["frame"].columns
    assert str(saved["frame"][month].dtype).startswith("datetime64")  # DATE values come back as dates
    assert saved["frame"][total].dtype == live["frame"][total].dtype
    assert figure_for(saved["frame"], saved["chart"]) is not None
    assert live["figures"]  # the pipeline's figure is reused, not rebuilt


def test_small_helpers():
    assert frame_from_payload(None) is None
    assert frame_from_payload({"columns": ["a"], "rows": []}).columns.tolist() == ["a"]
    assert confidence_label("weird") == ("Confidence: low", "red")
    assert not show_rewritten({"question": "Total sales?", "rewritten_question": "total sales"})
    assert share_link("https://x.hf.space/Sessions?a=1#top", "abc") == "https://x.hf.space/?session=abc"
    assert source_label("sqlite:///data/shop.sqlite") == "shop.sqlite (SQLite)"
    assert "secret" not in source_label("postgresql://u:secret@host/db")
    assert timings_caption({"engine": "", "timings": {"total": 1500}}) == "total 1.50 s"
    assert metric_items(pd.DataFrame({"n": [float("nan")]})) == [("N", "—")]
    assert stage_latencies([]).empty
