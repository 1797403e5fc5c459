"""Reading a file's bytes without ever hanging or reading without end.

Only regular files are read. A FIFO would block the import until some other program
writes to it, a device (``/dev/zero``, ``/dev/urandom``) never ends, and a socket cannot
be opened at all: each is refused with a reason that says what it is, whether it was
found in a folder or named directly, and whether it was reached through a link. Reads
stop at a cap (the cap and one byte more are read, so that a file that grew past its
``stat`` size is still refused), and a file is opened without blocking so that a FIFO
swapped in after the check cannot hang the read either.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from db.file_names import display_path
from db.readers.errors import FailureKind, ReadError, Reason, reason

_CHUNK = 1 << 20


def not_a_file_reason(path: Path, info: os.stat_result) -> Reason | None:
    """Why ``path`` (whose ``os.stat`` is ``info``) is not read, or None for a regular file."""
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return reason("file.fifo")
    if stat.S_ISSOCK(mode):
        return reason("file.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        target = os.path.realpath(path) if path.is_symlink() else str(path)
        return reason("file.device", target=display_path(target))
    if stat.S_ISDIR(mode):
        return reason("file.is-folder")
    return reason("file.special")


def os_error_reason(error: OSError) -> Reason:
    """A catalogued reason for an error of the operating system (never its English text)."""
    if isinstance(error, FileNotFoundError):
        return reason("file.vanished")
    if isinstance(error, PermissionError):
        return reason("file.no-permission")
    if isinstance(error, IsADirectoryError):
        return reason("file.is-folder")
    if error.errno == errno.EIO:
        return reason("file.io-error")
    if error.errno == errno.ELOOP:
        return reason("file.link-loop")
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return reason("file.os-error", code=code)


def read_capped(path: Path, *, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises:
        ReadError: not a regular file (``NOT_A_FILE``), over ``limit`` bytes
            (``TOO_LARGE``), or the system could not read it (``UNREADABLE``).
    """
    try:
        info = os.stat(path)
        why = not_a_file_reason(path, info)
        if why is not None:
            raise ReadError(FailureKind.NOT_A_FILE, why)
        _check_limit(info.st_size, limit)
        # O_NONBLOCK: a FIFO put in the file's place after the stat opens at once
        # instead of waiting for a writer; for regular files it changes nothing.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            why = not_a_file_reason(path, os.fstat(handle.fileno()))
            if why is not None:
                raise ReadError(FailureKind.NOT_A_FILE, why)
            chunks = []
            total = 0
            while total <= limit:
                chunk = handle.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    except OSError as error:
        raise ReadError(FailureKind.UNREADABLE, os_error_reason(error)) from error
    _check_limit(total, limit)
    return b"".join(chunks)


def _check_limit(size: int, limit: int) -> None:
    if size > limit:
        raise ReadError(
            FailureKind.TOO_LARGE,
            reason("file.too-large", size=_megabytes(size), limit=_megabytes(limit)),
        )


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f}" if size >= 2**20 else f"{size / 2**20:.1f}"
