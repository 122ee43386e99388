"""HQ side of packs: signing keys, the spreadsheet template, building and signing a pack.

Nothing here touches a shop database; these are the use cases behind ``advisor-desk pack
keygen/template/export-source/build``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.exchange import content_bundle, pack_signing, pack_source, source_export
from advisor_desk.exchange.pack_writer import BuiltPack, pack_folder
from advisor_desk.exchange.source_table import SourceProblem


@dataclass(frozen=True)
class NewKey:
    private_key: Path
    public_key: Path
    key_id: str


@dataclass(frozen=True)
class BuildReport:
    pack: BuiltPack
    counts: dict[str, int]
    warnings: tuple[str, ...]


def keygen(out_dir: Path, passphrase: bytes, *, name: str = "hq-signing",
           label: str = "") -> NewKey:
    """A new Ed25519 key pair: ``NAME.key`` (encrypted, mode 600) and ``NAME.pub``."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput(N_("{path} is a file, not a folder; give the folder the two key "
                              "files should go into."), path=str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    private, public = out_dir / f"{name}.key", out_dir / f"{name}.pub"
    for path in (private, public):
        if path.exists():
            raise InvalidInput(N_("{path} already exists; it was not overwritten."),
                               path=str(path))
    pem, info = pack_signing.generate(passphrase, label)
    pack_signing.write_new_file(private, pem, 0o600)
    pack_signing.write_new_file(public, pack_signing.public_key_file(info), 0o644)
    return NewKey(private, public, info.key_id)


def load_key(key_file: Path, passphrase: bytes) -> pack_signing.SigningKey:
    key_file = Path(key_file)
    if key_file.is_dir():
        raise InvalidInput(N_("{file} is a folder, not a key file; choose the private key file "
                              "(.key) inside it."), file=str(key_file))
    if not key_file.is_file():
        raise NotFound(N_("The key file {file} does not exist."), file=str(key_file))
    return pack_signing.load_private_key(key_file.read_bytes(), passphrase)


def is_content_folder(folder: Path) -> bool:
    return (folder / "manifest.json").is_file() and (folder / "content").is_dir()


def build(src: Path, out: Path, key: pack_signing.SigningKey, *, now: datetime,
          version: int | None = None, check_fonts: bool = True) -> BuildReport:
    """Build a signed pack from a spreadsheet source folder (or a content folder)."""
    src = Path(src)
    if Path(out).is_dir():
        raise InvalidInput(N_("{path} is a folder; give the pack's file name (….adpack)."),
                           path=str(out))
    if is_content_folder(src):
        bundle = content_bundle.read_folder(src)
        built = pack_folder(src, out, key, created_at=now, version=version)
        return BuildReport(built, {k: len(getattr(bundle, k)) for k in (
            "scripts", "materials", "coupons", "playbooks")}, ())
    with tempfile.TemporaryDirectory(prefix="advisor-desk-build-") as tmp:
        made = pack_source.build_content(src, Path(tmp) / "content", version=version,
                                         check_fonts=check_fonts)
        built = pack_folder(made.folder, out, key, created_at=now)
    return BuildReport(built, made.counts, made.warnings)


def problems_of(exc: BaseException) -> tuple[SourceProblem, ...]:
    """Every row problem of a failed build (empty for other errors)."""
    return getattr(exc, "problems", ()) if isinstance(exc, pack_source.SourceInvalid) else ()


def write_template(out: Path, fmt: str = "xlsx") -> list[Path]:
    return source_export.write_template(Path(out), fmt)


def export_source(content_folder: Path, out: Path, fmt: str = "xlsx") -> dict[str, int]:
    bundle = content_bundle.read_folder(Path(content_folder))
    return source_export.export_source(bundle, Path(out), fmt)
