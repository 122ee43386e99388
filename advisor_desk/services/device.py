"""This PC's identity towards HQ: store code, device id and the device key that signs
activity reports (docs/reports.md)."""

from __future__ import annotations

from pathlib import Path

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.reports import DeviceInfo
from advisor_desk.exchange import device_key, pack_signing
from advisor_desk.paths import AppPaths
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import settings_repo


def key_path(paths: AppPaths) -> Path:
    return paths.data / device_key.KEY_FILE


def ensure_key(paths: AppPaths) -> bool:
    """Make the device key at first start (mode 600); True if it was made now."""
    return device_key.ensure(key_path(paths))


class DeviceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def signing_key(self) -> pack_signing.SigningKey:
        path = key_path(self._ctx.paths)
        if not path.exists():
            ensure_key(self._ctx.paths)
        return device_key.load(path)

    def show(self) -> DeviceInfo:
        with self._ctx.db.read() as s:
            store_code = settings_repo.get(s, "store_code") or self._ctx.store_code
            store_name = settings_repo.get(s, "store_name") or ""
        return DeviceInfo(store_code, store_name, self._ctx.device_id,
                          self.signing_key().key_id, key_path(self._ctx.paths))

    def public_key_file(self) -> bytes:
        info = self.show()
        if info.store_code in ("", "STORE"):
            raise InvalidInput(N_("Set this store's code first (Settings, or advisor-desk "
                                  "setup); HQ registers the key for a store."))
        return device_key.public_key_file(self.signing_key(), store_code=info.store_code,
                                          store_name=info.store_name,
                                          device_id=info.device_id)

    def write_public_key(self, out: Path) -> Path:
        out = Path(out)
        data = self.public_key_file()
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(out)
        return out
