"""The connected database: tables, columns, types, value lists, sample rows."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from db.errors import AppError, user_message
from ui import keys
from ui.model import schema_columns_frame
from ui.render import page_setup
from ui.resources import get_pipeline, schema_dict
from ui.sidebar import init_source

page_setup("Schema", ":material/table_chart:")
init_source()


def refresh(url: str) -> None:
    schema_dict.clear()
    try:
        get_pipeline(url).refresh_schema()
    except AppError:
        pass


url = st.session_state.get(keys.SOURCE_URL) or ""
st.title("Schema")
st.caption(f"Analysing **{st.session_state.get(keys.SOURCE_LABEL)}** — change the source on the chat page.")
st.button("Re-read the schema", on_click=refresh, args=(url,), icon=":material/refresh:")
try:
    schema = schema_dict(url, None)
except AppError as exc:
    st.error(user_message(exc))
    st.stop()
tables = schema.get("tables", {})
if not tables:
    st.warning("This database has no tables the assistant may read.")
for name, table in tables.items():
    columns = table.get("columns") or []
    with st.expander(f"**{name}** · {table.get('row_count', 0):,} rows · {len(columns)} columns",
                     expanded=len(tables) == 1, icon=":material/table:"):
        st.dataframe(schema_columns_frame(table), hide_index=True, key=f"cols-{name}")
        for fk in table.get("foreign_keys") or []:
            how = "inferred" if fk.get("inferred") else "declared"
            st.caption(f"{fk['column']} → {fk['ref_table']}.{fk['ref_column']} ({how})")
        if table.get("sample_rows"):
            st.markdown("Sample rows")
            st.dataframe(pd.DataFrame(table["sample_rows"]), hide_index=True, key=f"rows-{name}")
