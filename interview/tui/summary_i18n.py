"""Strings of the end-of-interview summary screen: the report words shared with the exports."""

from __future__ import annotations

from interview.i18n import WORDS, word, word_label

SUMMARY_STRINGS = WORDS  # one table for the summary screen and the exports
st = word
st_label = word_label
