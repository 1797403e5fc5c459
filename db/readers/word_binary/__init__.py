"""Reading Word 97-2003 ``.doc`` files (and Word 6/95 ones) without Word.

``olefile`` opens the OLE container; everything inside (FIB, piece table, formatting,
styles, fonts, fields, tables, pictures) is read here, following [MS-DOC]. Each run's
font decides its legacy Vietnamese encoding through the shared ``LegacyParagraphs``,
and the blocks go through the shared ``fields_from_blocks`` like every document format.
"""

from db.readers.word_binary.reader import WordArticle, read_word_document

__all__ = ["WordArticle", "read_word_document"]
