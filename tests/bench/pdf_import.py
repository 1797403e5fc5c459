"""Reading a 20-page text PDF back in: the PDF reader's speed (target under 0.5 s).

The PDF is the first 20 pages of the report the PDF export measurement wrote (our own
exporter's text, Liberation Serif, justified), so no extra file is needed; when that
report is missing, the measurement says so instead.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path
from typing import Any

PAGES = 20
RUNS = 5
TARGET_S = 0.5


def measure_pdf_import(report: Path) -> dict[str, Any]:
    """Median and worst time of ``read_pdf`` over a 20-page PDF cut from ``report``."""
    if not report.is_file():
        return {"status": "not measured: no exported report to read back"}
    from pypdf import PdfReader, PdfWriter

    from db.readers.pdf import read_pdf

    reader = PdfReader(str(report))
    if len(reader.pages) < PAGES:
        return {"status": f"not measured: the report has only {len(reader.pages)} pages"}
    writer = PdfWriter()
    for page in reader.pages[5 : 5 + PAGES]:  # past the cover and contents: body text
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    times = []
    characters = 0
    for _ in range(RUNS):
        start = time.perf_counter()
        article = read_pdf(data, name="bench-20-pages.pdf")
        times.append(time.perf_counter() - start)
        characters = len(article.body)
    return {
        "status": "measured",
        "pages": PAGES,
        "characters": characters,
        "seconds": statistics.median(times),
        "max_seconds": max(times),
        "target_seconds": TARGET_S,
    }
