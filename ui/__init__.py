"""Streamlit rendering helpers of the pages (`model` has the Streamlit-free preparation)."""
