"""What a rep's notes or a call transcript say, recognised: amounts, dates, roles, pains, urgency.

Pure functions, no I/O, no UI: `find_all(text, today)` gives every finding in text order, each with
the facts of `question_banks/FACTS.md` it could answer.
"""

from __future__ import annotations

from interview.analysis.recognisers import (
    ROLES,
    Finding,
    Quantity,
    Role,
    clause_at,
    find_all,
    find_amounts,
    find_dates,
    find_pains,
    find_roles,
    find_urgency,
    fold,
    is_economic_buyer,
    parse_date,
    parse_money,
)

__all__ = [
    "ROLES",
    "Finding",
    "Quantity",
    "Role",
    "clause_at",
    "find_all",
    "find_amounts",
    "find_dates",
    "find_pains",
    "find_roles",
    "find_urgency",
    "fold",
    "is_economic_buyer",
    "parse_date",
    "parse_money",
]
