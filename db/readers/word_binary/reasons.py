"""What the .doc reader tells the user, in the catalogue the window translates."""

from __future__ import annotations

from db.readers.errors import register_reasons

_SAVE_AS_DOCX = "open it in Word or LibreOffice, save it as .docx and import that"
_SAVE_AGAIN = "open it in Word or LibreOffice and save it again, or import a .docx copy"

register_reasons(
    {
        "doc.word2": f"this is a Word 1 or Word 2 document: {_SAVE_AS_DOCX}",
        "doc.old-version": f"this is a Word 2 (or older) document: {_SAVE_AS_DOCX}",
        "doc.not-ole": f"this is not a Word 97-2003 document: {_SAVE_AS_DOCX}",
        "doc.cut-short": f"the file is cut short (not a whole Word document): {_SAVE_AGAIN}",
        "doc.container-damaged": f"the Word file's container is damaged: {_SAVE_AGAIN}",
        "doc.stream-damaged": f"the Word file's {{stream}} stream is damaged: {_SAVE_AGAIN}",
        "doc.stream-missing": f"the Word file has no {{stream}} stream: {_SAVE_AGAIN}",
        "doc.protected": "remove the password in Word and import again",
        "doc.excel": "this is an Excel workbook, not a Word document",
        "doc.powerpoint": "this is a PowerPoint presentation, not a Word document",
        "doc.visio": "this is a Visio drawing, not a Word document",
        "doc.publisher": "this is a Works or Publisher document, not a Word document",
        "doc.no-word-document": "this Office file holds no Word document",
        "doc.no-text": "the document has no text",
        "doc.damaged-header": f"the Word document's header (FIB) is damaged: {_SAVE_AGAIN}",
        "doc.damaged-structure": f"the Word document is damaged: {_SAVE_AGAIN}",
        "doc.damaged-pieces": f"the Word document's piece table is damaged: {_SAVE_AGAIN}",
        "doc.damaged-text": f"the Word document's text lies outside the file: {_SAVE_AGAIN}",
        "doc.nested-too-deep": f"the Word document is damaged (nested too deeply): {_SAVE_AGAIN}",
        "doc.too-long": "the document says it holds more than 12 million characters",
        "doc.pictures-left-out": (
            "pictures left out because they are Windows metafiles or TIFF, which cannot be "
            "shown here: {count}; open the original to see them"
        ),
    }
)
