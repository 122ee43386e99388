"""Which pack-signing keys this shop trusts (docs/packs.md, docs/privacy.md).

Keys live in ``trusted_keys``; each names the pack_id prefixes it may sign. Removing a key
revokes it: it signs nothing new, the packs it signed stay, and the record stays for history.
The built-in demo key (``resources/demo_key/``) is trusted only while the shop is in demo mode
(``settings.demo = "1"``, set by ``--demo`` and the ``demo`` command) and is never stored.
"""

from __future__ import annotations

import re
from pathlib import Path

from advisor_desk import locate
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed, NotFound
from advisor_desk.domain.packs import TrustedKey
from advisor_desk.domain.people import AdvisorSession
from advisor_desk.exchange import pack_signing
from advisor_desk.services import sessions
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import settings_repo, trust_repo

DEMO_PREFIXES = ("qinyan.", "demo.")
_PREFIX = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


def demo_key_dir() -> Path:
    return locate.resources_dir() / "demo_key"


def demo_key() -> TrustedKey:
    info = pack_signing.read_public_key((demo_key_dir() / "demo.pub").read_bytes())
    return TrustedKey(info.key_id, info.public_key, info.label or "demo", DEMO_PREFIXES,
                      demo=True)


class TrustService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _demo_mode(self) -> bool:
        with self._ctx.db.read() as s:
            return settings_repo.get(s, "demo") == "1"

    def list_keys(self) -> list[TrustedKey]:
        """Every key on the list (revoked ones too), the demo key first in demo mode."""
        with self._ctx.db.read() as s:
            stored = trust_repo.list_keys(s)
        extra = [demo_key()] if self._demo_mode() else []
        return extra + [k for k in stored if not extra or k.key_id != extra[0].key_id]

    def lookup(self, key_id: str) -> TrustedKey | None:
        with self._ctx.db.read() as s:
            found = trust_repo.get(s, key_id)
        if found is None and self._demo_mode():
            demo = demo_key()
            return demo if demo.key_id == key_id else None
        return found

    def read_key_file(self, path: Path) -> pack_signing.PublicKeyInfo:
        path = Path(path)
        if path.is_dir():
            raise InvalidInput(N_("{file} is a folder, not a key file; choose the public key "
                                  "file (.pub) inside it."), file=str(path))
        if not path.is_file():
            raise NotFound(N_("The key file {file} does not exist."), file=str(path))
        return pack_signing.read_public_key(path.read_bytes())

    def _check_manager(self, session: AdvisorSession | None) -> None:
        """Only a manager edits the list: an unlocked manager's session, from the window or
        from the command line (which asks for the PIN)."""
        with self._ctx.db.read() as s:
            if not sessions.manager_allowed(self._ctx.sessions, s, session):
                raise NotAllowed(N_("Only a store manager can change the trusted keys."))

    def add(self, key_file: Path, prefixes: tuple[str, ...] = (), label: str = "", *,
            session: AdvisorSession | None = None) -> tuple[TrustedKey, Changes]:
        """Trust the public key in ``key_file`` for packs whose id starts with ``prefixes``
        (none: any pack). Adding a trusted key again updates its prefixes."""
        self._check_manager(session)
        advisor_id = session.advisor_id if session is not None else None
        info = self.read_key_file(key_file)
        prefixes = tuple(dict.fromkeys(p.strip() for p in prefixes if p.strip()))
        for prefix in prefixes:
            if not _PREFIX.match(prefix):
                raise InvalidInput(N_("{prefix} is not a valid pack id prefix (lower-case "
                                      "letters, digits, dot, dash; e.g. acme.)."),
                                   prefix=prefix)
        label = (label or info.label).strip()[:200]
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            existing = trust_repo.get(s, info.key_id)
            if existing is not None and not existing.active:
                raise InvalidInput(N_("Key {key} was revoked; a revoked key cannot be trusted "
                                      "again. HQ must make a new key."), key=info.key_id)
            if existing is not None:
                trust_repo.set_prefixes(s, info.key_id, prefixes, label)
            else:
                trust_repo.add(s, TrustedKey(info.key_id, info.public_key, label, prefixes),
                               added_by=advisor_id, now=now)
            key = trust_repo.get(s, info.key_id)
        return key, Changes(packs=True, settings=True)

    def remove(self, key_id: str, *, session: AdvisorSession | None = None) -> Changes:
        """Revoke a key: it signs nothing new; what it signed before stays."""
        self._check_manager(session)
        key_id = key_id.strip()
        with self._ctx.db.write() as s:
            existing = trust_repo.get(s, key_id)
            if existing is None:
                if self._demo_mode() and demo_key().key_id == key_id:
                    raise InvalidInput(N_("The demo key is built in and trusted only in demo "
                                          "mode; it cannot be removed."))
                raise NotFound(N_("No trusted key has the id {key}."), key=key_id)
            if existing.active:
                trust_repo.revoke(s, key_id, self._ctx.clock.now())
        return Changes(packs=True, settings=True)
