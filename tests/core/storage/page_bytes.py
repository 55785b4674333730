"""Every byte a database file holds, in clear: the pages of the file and the frames of its
write-ahead log, decrypted page by page with the key when the file is encrypted — free pages and
old frames included, as someone holding the disk and the key would read them.

Not ``sqlcipher_export`` (or VACUUM INTO): those copy the live rows only, and deleted rows linger
exactly where they would not look, in free pages and in the log. SQLCipher 4's page layout: AES-256
in CBC mode with the raw key, 4096-byte pages ending in 80 reserved bytes (a 16-byte IV, then the
HMAC); the first 16 bytes of page 1 are the file's salt, not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : PAGE - RESERVE]) + decryptor.finalize()


def _pages(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE] for i in range(0, len(data) - PAGE + 1, PAGE)]


def _wal_frames(data: bytes) -> list[tuple[int, bytes]]:
    frames, at = [], WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[at : at + 4], "big")
        frames.append((number, data[at + FRAME_HEADER : at + FRAME_HEADER + PAGE]))
        at += FRAME_HEADER + PAGE
    return frames


def page_bytes(database: Path, key: bytes | None) -> bytes:
    """The file and its -wal, in clear (as they are, for a plain file)."""
    wal = database.with_name(database.name + "-wal")
    data = database.read_bytes()
    log = wal.read_bytes() if wal.exists() else b""
    if key is None:
        return data + log
    clear = [_decrypt_page(page, key, first=i == 0) for i, page in enumerate(_pages(data))]
    clear += [_decrypt_page(page, key, first=number == 1) for number, page in _wal_frames(log)]
    return b"".join(clear)
