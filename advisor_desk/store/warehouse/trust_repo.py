"""The shop device keys HQ accepts reports from (``hq trust add|list|remove``)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from advisor_desk.domain.reports import TrustedDevice
from advisor_desk.store.warehouse import tables as t


def _aware(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def _device(row) -> TrustedDevice:
    return TrustedDevice(row.key_id, row.public_key, row.store_code, row.device_id, row.label,
                         _aware(row.added_at), _aware(row.revoked_at))


def get(connection: Connection, key_id: str) -> TrustedDevice | None:
    row = connection.execute(select(t.device_keys).where(t.device_keys.c.key_id == key_id)
                             ).first()
    return None if row is None else _device(row)


def list_keys(connection: Connection) -> list[TrustedDevice]:
    return [_device(r) for r in connection.execute(
        select(t.device_keys).order_by(t.device_keys.c.store_code, t.device_keys.c.added_at))]


def add(connection: Connection, key: TrustedDevice) -> None:
    connection.execute(insert(t.device_keys).values(
        key_id=key.key_id, public_key=key.public_key, store_code=key.store_code,
        device_id=key.device_id, label=key.label, added_at=_naive(key.added_at)))


def set_label(connection: Connection, key_id: str, label: str) -> None:
    connection.execute(update(t.device_keys).where(t.device_keys.c.key_id == key_id)
                       .values(label=label))


def revoke(connection: Connection, key_id: str, at: datetime) -> None:
    connection.execute(update(t.device_keys).where(t.device_keys.c.key_id == key_id)
                       .values(revoked_at=_naive(at)))
