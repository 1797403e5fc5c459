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
_HANDLER_NAME = "archive-viewer-log-file"


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the program's log records to a rotated file; returns its path.

    Safe to call again: there is only ever one such handler; called with another
    folder, the log moves there. When the folder cannot be created or written (a
    read-only home, a full disk) logging stays off and None is returned: a missing log
    must never stop the program.
    """
    target = ((folder or log_dir()) / LOG_FILE_NAME).absolute()
    current = _our_handler()
    if current is not None and Path(current.baseFilename) == target:
        return target
    _remove(current)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # delay=False: open now, so an unwritable folder is found here and not on the
        # first error, where a failing handler would only print to stderr.
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)
    return target


def remove_logging() -> None:
    """Detach and close the file handler added by ``configure_logging``."""
    _remove(_our_handler())


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger(LOGGER_NAMES[0]).handlers:
        if isinstance(handler, RotatingFileHandler) and handler.get_name() == _HANDLER_NAME:
            return handler
    return None


def _remove(handler: logging.Handler | None) -> None:
    if handler is None:
        return
    for name in LOGGER_NAMES:
        logging.getLogger(name).removeHandler(handler)
    handler.close()
