"""Training: practice boxes per advisor, and what each pack changed in the script library.

``content_news`` is written by the content applier in the pack's own transaction (a script
new or changed by a later version of a pack line); ``content_news_seen`` remembers which of
those an advisor has looked at, so Today stops saying "HQ updated N scripts".
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from advisor_desk.store.models.base import Base, UtcDateTime


class PracticeCard(Base):
    """One advisor's Leitner box for one script (``domain.practice``)."""

    __tablename__ = "practice_cards"
    __table_args__ = (Index("ix_practice_cards_due", "advisor_id", "due_on"),)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    script_uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    box: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    introduced_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ContentNews(Base):
    __tablename__ = "content_news"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    script_uid: Mapped[str] = mapped_column(String(80), index=True)
    change: Mapped[str] = mapped_column(String(8))  # new | changed
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class ContentNewsSeen(Base):
    __tablename__ = "content_news_seen"
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id"), primary_key=True)
    news_id: Mapped[int] = mapped_column(ForeignKey("content_news.id"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
