"""What every sub-service shares: the database, paths, the clock and this PC's identity."""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor_desk.domain.clock import Clock
from advisor_desk.paths import AppPaths
from advisor_desk.services.sessions import SessionRegistry
from advisor_desk.store.database import Database


@dataclass
class ServiceContext:
    db: Database
    paths: AppPaths
    clock: Clock
    device_id: str
    store_code: str
    sessions: SessionRegistry = field(default_factory=SessionRegistry)  # who proved who they are
