"""Names of every `st.session_state` key the pages use (one place, no typos).

Example:
    >>> CHAT_TURNS
    'chat_turns'
"""
from __future__ import annotations

SOURCE_URL = "source_url"  # SQLAlchemy URL of the analysed database (None = DATABASE_URL or the demo)
SOURCE_LABEL = "source_label"  # what the sidebar shows for it (password masked)
SOURCE_KIND = "source_kind"  # the sidebar radio: demo / configured / url / upload
ALLOWED_TABLES = "allowed_tables"  # tables the person allowed (None = every table)
UPLOAD_SIGNATURE = "upload_signature"  # names+sizes of the files loaded last, to load each set once
UPLOAD_TABLES = "upload_tables"  # the UploadedTable list of the current upload
CHAT_TURNS = "chat_turns"  # the view turns of the open conversation
CHAT_SESSION = "chat_session"  # the pipeline Session (follow-up context)
STORE_SESSION_ID = "store_session_id"  # id of the saved conversation (None until the first question)
CHAT_SOURCE = "chat_source"  # the source URL the open conversation was asked against
PENDING_QUESTION = "pending_question"  # a clicked suggestion, asked on this run
PENDING_SQL = "pending_sql"  # edited SQL to run on this run
URL_INPUT = "url_input"  # the sidebar's database URL text box (cleared after connecting)
