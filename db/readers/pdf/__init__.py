"""PDF reports in: text in reading order, legacy Vietnamese fonts decoded, scans named.

Library: PDFium through pypdfium2 (Apache-2.0 / BSD-3-Clause, wheels for Windows, macOS
and Linux), with pypdf (BSD) reading the content streams of legacy-font pages for their
character codes. Measured on this project's own 20-page export (33,000 characters) on
the development machine: pypdfium2 0.10 s, pypdf 1.7 s, pdfminer.six 3.0 s for the
text alone. PyMuPDF reads as well as PDFium but is AGPL, which the bundle handed to
units cannot be.
"""

from db.readers.pdf.reader import SCANNED, read_pdf

__all__ = ["SCANNED", "read_pdf"]
