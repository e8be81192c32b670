"""Dates stated next to a fact ("on Friday", "in July", "May 25", "in 2022"), as ISO strings.

A month or weekday without a year is resolved against the article's date (the latest such day
not after it); without an article date only full dates, months with years and years are kept.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


def resolve(text: str, today: datetime.date | None) -> str | None:
    """ "May 25" -> "2025-05-25" (with today in 2025); "in 2016" -> "2016"; "July 2024" ->
    "2024-07"; "Friday" -> the last Friday up to today."""
    low = text.lower().strip()
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?,?\s*(\d{4})?", low)
    if m:
        month, day = _MONTHS[m.group(1)[:3]], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if year is None and today is not None:
            year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        if year is not None:
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                return None
        return None
    m = re.search(_MONTH_RE + r"\s+(\d{4})", low)
    if m:
        return f"{int(m.group(2)):04d}-{_MONTHS[m.group(1)[:3]]:02d}"
    m = re.fullmatch(r"(?:in |since |last |this )?" + _MONTH_RE, low)
    if m and today is not None:
        month = _MONTHS[m.group(1)[:3]]
        year = today.year if month <= today.month else today.year - 1
        return f"{year:04d}-{month:02d}"
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    if m and not re.search(r"\d{4}\s*-\s*\d{4}|between", low):
        return m.group(1)
    for k, name in enumerate(WEEKDAYS):
        if name in low and today is not None:
            delta = (today.weekday() - k) % 7
            return (today - datetime.timedelta(days=delta)).isoformat()
    return None


def date_near(trigger: Token, sent: Span, today: datetime.date | None) -> str | None:
    """The date of a DATE entity attached to the trigger (or its verb) in its sentence."""
    anchors = {trigger.i, trigger.head.i}
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        node, hops = root, 0
        while hops < 3 and node.i not in anchors and node.head.i != node.i:
            node, hops = node.head, hops + 1
        if node.i in anchors:
            value = resolve(ent.text, today)
            if value:
                return value
    return None
