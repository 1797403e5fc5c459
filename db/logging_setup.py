"""The program's log file: errors and import summaries, for a unit's IT person.

One rotated file, ``archive-viewer.log`` in ``db.paths.log_dir()``. The command line and
the window call ``configure_logging()`` once at start; modules log through
``logging.getLogger(__name__)`` (all under the ``db`` and ``desktop`` packages).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from db.paths import log_dir

LOG_FILE_NAME = "archive-viewer.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"
# The loggers whose records go to the file; third-party chatter stays out.
LOGGER_NAMES = ("db", "desktop")


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the program's log records to a rotated file; returns its path.

    Safe to call twice (the handler is added once). When the folder cannot be created
    or written (a read-only home, a full disk) logging stays off and None is returned:
    a missing log must never stop the program.
    """
    target = ((folder or log_dir()) / LOG_FILE_NAME).absolute()
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        for handler in logger.handlers:
            if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
                return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # delay=False: open now, so an unwritable folder is found here and not on the
        # first error, where a failing handler would only print to stderr.
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)
    return target


def remove_logging(folder: Path | None = None) -> None:
    """Detach and close the file handler added by ``configure_logging`` (for tests)."""
    target = ((folder or log_dir()) / LOG_FILE_NAME).absolute()
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
                logger.removeHandler(handler)
                handler.close()
