"""The shop's device key (docs/reports.md): an Ed25519 key made at first start.

The private key is PKCS#8 PEM in the data folder (``device.key``, file mode 600; it is never
put in a report or a backup, which hold only the database). It is not encrypted: the shop PC
signs reports without anyone typing a passphrase; the file mode and the PC's user account
protect it. The public key file a shop sends HQ once is JSON (``advisor-desk-device-key``)
naming the store code and device id; HQ trusts it with ``hq trust add``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.exchange import pack_signing
from advisor_desk.exchange.report_format import STORE_CODE, ULID

DEVICE_KEY_FORMAT = "advisor-desk-device-key"
KEY_FILE = "device.key"
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class DevicePublicKey:
    key_id: str
    public_key: str  # base64 of the raw 32 bytes
    store_code: str
    device_id: str
    store_name: str = ""


def ensure(path: Path) -> bool:
    """Create the device key at ``path`` (mode 600) unless it exists; True if created."""
    if path.exists():
        return False
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    try:
        pack_signing.write_new_file(path, pem, 0o600)
    except InvalidInput:  # another process made it a moment ago
        return False
    return True


def load(path: Path) -> pack_signing.SigningKey:
    try:
        data = path.read_bytes()[:MAX_KEY_FILE]
        private = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError):
        raise InvalidInput(N_("This PC's device key ({path}) cannot be read; reports cannot "
                              "be signed. Restore the file or ask HQ to register a new "
                              "key."), path=str(path)) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise InvalidInput(N_("This PC's device key ({path}) is not an Ed25519 key."),
                           path=str(path))
    return pack_signing.SigningKey(private)


def public_key_file(key: pack_signing.SigningKey, *, store_code: str, store_name: str,
                    device_id: str) -> bytes:
    doc = {"format": DEVICE_KEY_FORMAT, "algorithm": pack_signing.ALGORITHM,
           "key_id": key.key_id, "public_key": key.info.public_key, "store_code": store_code,
           "store_name": store_name, "device_id": device_id}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_public_key(data: bytes) -> DevicePublicKey:
    """A device public key file (what ``device show`` writes)."""
    import re

    try:
        doc = json.loads(data[:MAX_KEY_FILE].decode("utf-8"))
        if (doc.get("format") != DEVICE_KEY_FORMAT
                or doc.get("algorithm") != pack_signing.ALGORITHM):
            raise ValueError
        raw = base64.b64decode(doc["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
        store_code, device_id = str(doc["store_code"]), str(doc["device_id"])
        if not re.match(STORE_CODE, store_code) or not re.match(ULID, device_id):
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
            binascii.Error):
        raise InvalidInput(N_("This is not an Advisor Desk device key file (advisor-desk "
                              "device show writes one).")) from None
    key_id = pack_signing.key_id_of(raw)
    if doc.get("key_id") not in (None, key_id):
        raise InvalidInput(N_("The key id in this device key file does not match the key."))
    return DevicePublicKey(key_id, base64.b64encode(raw).decode("ascii"), store_code,
                           device_id, str(doc.get("store_name") or "")[:200])
