"""Cheap fingerprints of what the journal does not record, so the window can tell which of
them another process changed (services/watch.py): each is one or two indexed aggregates over a
small table, or ``max(id)`` of a big one."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

AREAS = {
    "settings": "SELECT group_concat(key || '=' || value, ';') FROM settings",
    "advisors": "SELECT count(*) || ':' || group_concat(id || role || active || "
                "coalesce(pin_hash, ''), ';') FROM advisors",
    "packs": "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM packs) || '/' || "
             "(SELECT count(*) || ':' || count(revoked_at) FROM trusted_keys)",
    "tags": "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM tags) || '/' || "
            "(SELECT count(*) FROM tag_groups) || '/' || (SELECT count(*) FROM stages)",
    "library": "SELECT (SELECT count(*) FROM favourites) || '/' || "
               "(SELECT coalesce(max(id), 0) FROM usage_events) || '/' || "
               "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM scripts) || '/' || "
               "(SELECT count(*) FROM materials) || '/' || (SELECT count(*) FROM coupons) || '/' "
               "|| (SELECT count(issued_at) FROM coupon_codes)",
}


def fingerprints(session: Session) -> dict[str, str]:
    """One short text per area; a different text means that area changed."""
    return {area: str(session.execute(text(sql)).scalar()) for area, sql in AREAS.items()}
