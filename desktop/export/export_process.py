"""Writing an export in a child process, so that the window never waits for Qt's layout.

Qt lays out and paints text holding Python's GIL for the whole call: one long article
takes a tenth of a second and more, and a thread of the window doing it would stall
the window's event loop as long, at every article. A process of its own shares no GIL.
The child opens the archive read-only, reports progress through a queue and stops when
asked; what it raises comes back as the same kind of error.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections.abc import Callable
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from desktop.export.errors import ExportCancelled, ExportError, TargetExistsError
from desktop.export.export_types import ExportRequest, ExportResult, ProgressReport

# How often the child sends progress, and how long the parent waits for a message.
PROGRESS_INTERVAL_S = 0.1
POLL_S = 0.1
# A child that ignores the stop request this long after it was asked is ended.
STOP_GRACE_S = 10.0


def export_in_process(
    archive_path: Path,
    request: ExportRequest,
    *,
    progress: ProgressReport,
    cancelled: Callable[[], bool],
) -> ExportResult:
    """Run ``export`` of ``request`` in a child process; returns its ExportResult.

    ``progress`` is called here with what the child reports (raising ExportCancelled
    in it stops the child, as ``cancelled()`` turning true does).

    Raises:
        ExportCancelled: the export was stopped; nothing half-written is left.
        ExportError: the export failed (TargetExistsError for files that exist).
    """
    context = multiprocessing.get_context("spawn")
    messages: multiprocessing.Queue[tuple[str, Any]] = context.Queue()
    stop = context.Event()
    process = context.Process(
        target=_child,
        args=(str(archive_path), request, messages, stop),
        name="pdf-export",
        daemon=True,
    )
    process.start()
    stopped_at: float | None = None
    try:
        while True:
            if stopped_at is None and cancelled():
                stop.set()
                stopped_at = time.monotonic()
            if stopped_at is not None and time.monotonic() - stopped_at > STOP_GRACE_S:
                process.terminate()
                raise ExportCancelled
            try:
                kind, payload = messages.get(timeout=POLL_S)
            except queue.Empty:
                if not process.is_alive() and messages.empty():
                    raise ExportError(
                        f"The export stopped unexpectedly (exit code {process.exitcode}); "
                        "nothing was written. Try again, or export fewer articles."
                    ) from None
                continue
            if kind == "progress":
                try:
                    progress(*payload)
                except ExportCancelled:
                    stop.set()
                    stopped_at = stopped_at or time.monotonic()
                continue
            return _outcome(kind, payload)
    finally:
        process.join(STOP_GRACE_S)
        if process.is_alive():
            process.terminate()
            process.join()
        messages.close()


def _outcome(kind: str, payload: Any) -> ExportResult:
    if kind == "done":
        assert isinstance(payload, ExportResult)
        return payload
    if kind == "cancelled":
        raise ExportCancelled
    if kind == "exists":
        path, hint, count = payload
        raise TargetExistsError(Path(path), hint, count=count)
    raise ExportError(str(payload))


def _child(
    archive_path: str,
    request: ExportRequest,
    messages: multiprocessing.Queue[tuple[str, Any]],
    stop: Event,
) -> None:
    """The child's side: a GUI application without a window, the export, the answer."""
    # Nothing is shown: never ask the desktop for a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from db.archive import Archive
    from db.errors import ArchiveError
    from desktop.export.exporter import export
    from desktop.export.qt_app import ensure_gui_application

    ensure_gui_application()
    last = [0.0]

    def report(done: int, total: int, message: str) -> None:
        if stop.is_set():
            raise ExportCancelled
        now = time.monotonic()
        if done >= total or now - last[0] >= PROGRESS_INTERVAL_S:
            last[0] = now
            messages.put(("progress", (done, total, message)))

    try:
        with Archive.open(archive_path, read_only=True) as archive:
            result = export(archive, request, report)
    except ExportCancelled:
        messages.put(("cancelled", None))
    except TargetExistsError as error:
        messages.put(("exists", (str(error.path), error.hint, error.count)))
    except (ExportError, ArchiveError) as error:
        messages.put(("failed", str(error)))
    except OSError as error:
        messages.put(("failed", f"The export failed: {error}"))
    except Exception as error:  # noqa: BLE001 - the window must hear of it, not wait
        messages.put(("failed", f"The export stopped on an unexpected error: {error!r}"))
    else:
        messages.put(("done", result))
