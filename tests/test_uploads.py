"""Uploads: CSV / Excel / Parquet -> a per-upload DuckDB file, queryable at once through the pipeline."""
from __future__ import annotations

import io

import duckdb
import pandas as pd
import pytest

from db import uploads
from db.errors import InputError
from db.uploads import load_upload, load_uploads, table_name_for


def _xlsx(sheets: dict[str, pd.DataFrame]) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return buf.getvalue()


def _parquet(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


def _rows(path, sql):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_csv_types_dates_and_column_names_kept(tmp_path):
    csv = b"Order Date;Region;Sales Amount\n2021-01-05;West;10.5\n2021-02-07;East;7\n"
    up = load_upload(csv, "My Sales (2021).csv", directory=tmp_path)
    table = up.tables[0]
    assert table.name == "my_sales_2021"
    assert table.columns == ["Order Date", "Region", "Sales Amount"]
    assert table.rows == 2 and not table.truncated
    assert up.path.parent == tmp_path and up.path.suffix == ".duckdb"
    types = dict(_rows(up.path, 'SELECT column_name, data_type FROM information_schema.columns'))
    assert types["Order Date"] == "DATE" and types["Sales Amount"] == "DOUBLE"
    assert not list(tmp_path.glob(".*"))  # no temp files left


def test_excel_sheets_and_parquet_in_one_upload(tmp_path):
    book = _xlsx({"North": pd.DataFrame({"city": ["A", "B"], "n": [1, 2]}),
                  "South": pd.DataFrame({"city": ["C"], "n": [3]})})
    pq = _parquet(pd.DataFrame({"x": [1, 2, 3], "when": pd.to_datetime(["2020-01-01"] * 3)}))
    up = load_uploads([("regions.xlsx", book), ("facts.parquet", pq), ("facts.csv", b"x\n1\n")], directory=tmp_path)
    assert [t.name for t in up.tables] == ["regions_north", "regions_south", "facts", "facts_2"]
    assert _rows(up.path, "SELECT sum(n) FROM regions_north") == [(3,)]
    assert _rows(up.path, "SELECT count(*) FROM facts") == [(3,)]


def test_mixed_type_excel_column_becomes_text(tmp_path):
    book = _xlsx({"S": pd.DataFrame({"code": [1, "A7", 3.5], "v": [1, 2, 3]})})
    up = load_upload(book, "codes.xlsx", directory=tmp_path)
    assert up.tables[0].name == "codes"
    assert sorted(r[0] for r in _rows(up.path, "SELECT code FROM codes")) == ["1", "3.5", "A7"]


@pytest.mark.parametrize("name, data, words", [
    ("broken.xlsx", b"this is not a zip file", "Excel"),
    ("broken.parquet", b"PAR1 nope", "Parquet"),
    ("notes.docx", b"hello", "unsupported file type"),
    ("old.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
    ("empty.csv", b"   \n", "empty"),
    ("header_only.csv", b"a,b\n", "no data rows"),
])
def test_unreadable_files_give_clear_input_errors(tmp_path, name, data, words):
    with pytest.raises(InputError) as info:
        load_upload(data, name, directory=tmp_path)
    assert words in str(info.value) and name in str(info.value)
    assert not list(tmp_path.glob("*.duckdb"))


def test_size_row_and_count_caps(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        load_upload(b"a\n" + b"1\n" * 100, "big.csv", directory=tmp_path)
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 10_000)
    monkeypatch.setattr(uploads, "MAX_UPLOAD_ROWS", 5)
    up = load_upload(b"a\n" + b"1\n" * 50, "long.csv", directory=tmp_path)
    assert up.tables[0].rows == 5 and up.tables[0].truncated
    assert _rows(up.path, "SELECT count(*) FROM long") == [(5,)]
    with pytest.raises(InputError, match="At most"):
        load_uploads([(f"f{i}.csv", b"a\n1\n") for i in range(uploads.MAX_UPLOAD_FILES + 1)], directory=tmp_path)
    with pytest.raises(InputError):
        load_uploads([], directory=tmp_path)


def test_table_names():
    assert table_name_for("../../etc/passwd.csv") == "passwd"
    assert table_name_for("select.csv") == "select_data"
    assert table_name_for("ünïcødé.parquet") == "n_c_d"
    assert table_name_for("!!!.csv") == "upload"
    assert len(table_name_for("x" * 300 + ".csv")) <= 50


def test_upload_is_queryable_through_the_pipeline(tmp_path):
    from agents.pipeline import Pipeline

    csv = b"region,sales\nWest,10\nEast,7\nWest,5\n"
    up = load_upload(csv, "shop.csv", directory=tmp_path)
    pipeline = Pipeline.from_url(up.url)
    assert "shop" in pipeline.schema.tables
    result = pipeline.run_sql("SELECT region, SUM(sales) AS total FROM shop GROUP BY region ORDER BY total DESC")
    assert result.error is None
    assert result.data.to_dict("records") == [{"region": "West", "total": 15}, {"region": "East", "total": 7}]
