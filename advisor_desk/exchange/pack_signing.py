"""Ed25519 keys and signatures for pack manifests (docs/packs.md).

- A key's id is the first 16 hex digits of the sha256 of its raw 32-byte public key.
- The public key file is a small JSON document (``advisor-desk-public-key``) that shops add to
  their trust list; a PEM public key is accepted too.
- The private key is PKCS#8 PEM encrypted with a passphrase (cryptography's best available
  encryption), written with file mode 600 and never overwritten.
- ``manifest.sig`` is JSON: the key id and the base64 Ed25519 signature of the exact manifest
  bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from advisor_desk.domain.errors import N_, InvalidInput

PUBLIC_KEY_FORMAT = "advisor-desk-public-key"
SIGNATURE_FORMAT = "advisor-desk-signature"
ALGORITHM = "ed25519"
MIN_PASSPHRASE = 8
MAX_SIGNATURE_BYTES = 4096


@dataclass(frozen=True)
class PublicKeyInfo:
    key_id: str
    public_key: str  # base64 of the raw 32 bytes
    label: str = ""


@dataclass(frozen=True)
class Signature:
    key_id: str
    signature: bytes


def key_id_of(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()[:16]


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _info(public: Ed25519PublicKey, label: str = "") -> PublicKeyInfo:
    raw = _raw(public)
    return PublicKeyInfo(key_id_of(raw), base64.b64encode(raw).decode("ascii"), label)


def check_passphrase(passphrase: bytes) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(N_("A passphrase needs at least {count} characters."),
                           count=MIN_PASSPHRASE)


def generate(passphrase: bytes, label: str = "") -> tuple[bytes, PublicKeyInfo]:
    """A new key pair: (encrypted private key PEM, public key info)."""
    check_passphrase(passphrase)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase))
    return pem, _info(private.public_key(), label)


def public_key_file(info: PublicKeyInfo) -> bytes:
    doc = {"format": PUBLIC_KEY_FORMAT, "algorithm": ALGORITHM, "key_id": info.key_id,
           "public_key": info.public_key, "label": info.label}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_new_file(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` (never overwriting an existing file)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     mode)
    except FileExistsError:
        raise InvalidInput(N_("{path} already exists; it was not overwritten."),
                           path=str(path)) from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, mode)  # the umask may have narrowed or (on some systems) ignored it


def read_public_key(data: bytes) -> PublicKeyInfo:
    """Our JSON public key file, or a PEM Ed25519 public key."""
    text = data[:64 * 1024].decode("utf-8", errors="replace").strip()
    if text.startswith("-----BEGIN"):
        try:
            public = serialization.load_pem_public_key(text.encode("ascii", errors="replace"))
        except ValueError:
            public = None
        if not isinstance(public, Ed25519PublicKey):
            raise InvalidInput(N_("This is not an Ed25519 public key."))
        return _info(public)
    try:
        doc = json.loads(text)
        if doc.get("format") != PUBLIC_KEY_FORMAT or doc.get("algorithm") != ALGORITHM:
            raise ValueError
        raw = base64.b64decode(doc["public_key"], validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise InvalidInput(N_("This is not an Advisor Desk public key file.")) from None
    info = _info(public, str(doc.get("label") or "")[:200])
    if doc.get("key_id") not in (None, info.key_id):
        raise InvalidInput(N_("The key id in this public key file does not match the key."))
    return info


class SigningKey:
    """A loaded private key that signs manifests."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.info = _info(private.public_key())

    @property
    def key_id(self) -> str:
        return self.info.key_id

    def sign(self, manifest: bytes) -> bytes:
        """The ``manifest.sig`` file for these exact manifest bytes."""
        doc = {"format": SIGNATURE_FORMAT, "algorithm": ALGORITHM, "key_id": self.key_id,
               "signature": base64.b64encode(self._private.sign(manifest)).decode("ascii")}
        return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def load_private_key(data: bytes, passphrase: bytes) -> SigningKey:
    if b"ENCRYPTED PRIVATE KEY" not in data[:200]:
        raise InvalidInput(N_("This is not an encrypted Advisor Desk private key file."))
    try:
        private = serialization.load_pem_private_key(data, password=passphrase)
    except (ValueError, TypeError):
        raise InvalidInput(N_("The passphrase does not open this private key.")) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise InvalidInput(N_("This is not an Ed25519 private key."))
    return SigningKey(private)


def parse_signature(data: bytes) -> Signature | None:
    """The key id and signature of a ``manifest.sig``; None when it is malformed."""
    if len(data) > MAX_SIGNATURE_BYTES:
        return None
    try:
        doc = json.loads(data.decode("ascii"))
        if (doc.get("format") != SIGNATURE_FORMAT or doc.get("algorithm") != ALGORITHM
                or not isinstance(doc.get("key_id"), str) or len(doc["key_id"]) > 64):
            return None
        signature = base64.b64decode(doc["signature"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        return None
    return Signature(doc["key_id"], signature) if len(signature) == 64 else None


def verify(public_key_b64: str, message: bytes, signature: bytes) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        public.verify(signature, message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
