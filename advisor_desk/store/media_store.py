"""Media files stored once by sha256 under the data dir's media folder."""

from __future__ import annotations

import mimetypes
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_desk.store import models as m


@dataclass(frozen=True)
class StoredMedia:
    sha256: str
    mime: str
    size: int
    relpath: str  # relative to the media root, with forward slashes


def relpath_for(name: str) -> str:
    """``<sha256>.<ext>`` -> ``ab/<sha256>.<ext>`` (two-level fan-out keeps folders small)."""
    return f"{name[:2]}/{name}"


def store_files(media_root: Path, files: dict[str, Path], *,
                move: bool = False) -> list[StoredMedia]:
    """Copy (or, for staged files, move) media into place, skipping ones already there.
    Runs before the DB transaction; a file whose row is never committed is harmless and
    reused next time."""
    stored = []
    for name, source in sorted(files.items()):
        rel = relpath_for(name)
        dest = media_root / rel
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(dest.name + ".part")
            if move:
                try:
                    os.replace(source, tmp)  # staged on the same file system: a rename
                except OSError:
                    shutil.copyfile(source, tmp)
            else:
                shutil.copyfile(source, tmp)
            os.replace(tmp, dest)
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        stored.append(StoredMedia(name.split(".")[0], mime, dest.stat().st_size, rel))
    return stored


def register(session: Session, stored: list[StoredMedia]) -> None:
    """Insert media rows that do not exist yet (in the caller's transaction)."""
    if not stored:
        return
    known = set(session.scalars(select(m.Media.sha256).where(
        m.Media.sha256.in_([s.sha256 for s in stored]))))
    for item in stored:
        if item.sha256 not in known:
            session.add(m.Media(sha256=item.sha256, mime=item.mime, size=item.size,
                                path=item.relpath))
            known.add(item.sha256)
