<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ImportReason</name>
        <message>
            <source>the Word file's container is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.container-damaged</comment>
            <translation>the Word file's container is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the file is cut short (not a whole Word document): open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.cut-short</comment>
            <translation>the file is cut short (not a whole Word document): open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the Word document's header (FIB) is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-header</comment>
            <translation>the Word document's header (FIB) is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the Word document's piece table is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-pieces</comment>
            <translation>the Word document's piece table is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the Word document is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-structure</comment>
            <translation>the Word document is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the Word document's text lies outside the file: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-text</comment>
            <translation>the Word document's text lies outside the file: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a Word document</source>
            <comment>doc.excel</comment>
            <translation>this is an Excel workbook, not a Word document</translation>
        </message>
        <message>
            <source>the Word document is damaged (nested too deeply): open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.nested-too-deep</comment>
            <translation>the Word document is damaged (nested too deeply): open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>doc.no-text</comment>
            <translation>the document has no text</translation>
        </message>
        <message>
            <source>this Office file holds no Word document</source>
            <comment>doc.no-word-document</comment>
            <translation>this Office file holds no Word document</translation>
        </message>
        <message>
            <source>this is not a Word 97-2003 document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.not-ole</comment>
            <translation>this is not a Word 97-2003 document: open it in Word or LibreOffice, save it as .docx and import that</translation>
        </message>
        <message>
            <source>this is a Word 2 (or older) document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.old-version</comment>
            <translation>this is a Word 2 (or older) document: open it in Word or LibreOffice, save it as .docx and import that</translation>
        </message>
        <message>
            <source>pictures left out because they are Windows metafiles or TIFF, which cannot be shown here: {count}; open the original to see them</source>
            <comment>doc.pictures-left-out</comment>
            <translation>pictures left out because they are Windows metafiles or TIFF, which cannot be shown here: {count}; open the original to see them</translation>
        </message>
        <message>
            <source>this is a PowerPoint presentation, not a Word document</source>
            <comment>doc.powerpoint</comment>
            <translation>this is a PowerPoint presentation, not a Word document</translation>
        </message>
        <message>
            <source>remove the password in Word and import again</source>
            <comment>doc.protected</comment>
            <translation>remove the password in Word and import again</translation>
        </message>
        <message>
            <source>this is a Works or Publisher document, not a Word document</source>
            <comment>doc.publisher</comment>
            <translation>this is a Works or Publisher document, not a Word document</translation>
        </message>
        <message>
            <source>old binary Word files cannot be read: open it in Word and save it as .docx</source>
            <comment>doc.refused</comment>
            <translation>old binary Word files cannot be read: open it in Word and save it as .docx</translation>
        </message>
        <message>
            <source>the Word file's {stream} stream is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.stream-damaged</comment>
            <translation>the Word file's {stream} stream is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the Word file has no {stream} stream: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.stream-missing</comment>
            <translation>the Word file has no {stream} stream: open it in Word or LibreOffice and save it again, or import a .docx copy</translation>
        </message>
        <message>
            <source>the document says it holds more than 12 million characters</source>
            <comment>doc.too-long</comment>
            <translation>the document says it holds more than 12 million characters</translation>
        </message>
        <message>
            <source>this is a Visio drawing, not a Word document</source>
            <comment>doc.visio</comment>
            <translation>this is a Visio drawing, not a Word document</translation>
        </message>
        <message>
            <source>this is a Word 1 or Word 2 document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.word2</comment>
            <translation>this is a Word 1 or Word 2 document: open it in Word or LibreOffice, save it as .docx and import that</translation>
        </message>
        <message>
            <source>{count} embedded document(s) (altChunk) were not read</source>
            <comment>docx.alt-chunks</comment>
            <translation>{count} embedded document(s) (altChunk) were not read</translation>
        </message>
        <message>
            <source>the .docx file is damaged or not a Word document</source>
            <comment>docx.damaged</comment>
            <translation>the .docx file is damaged or not a Word document</translation>
        </message>
        <message>
            <source>the document holds a DTD, which Word never writes: it was not read</source>
            <comment>docx.dtd</comment>
            <translation>the document holds a DTD, which Word never writes: it was not read</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a Word document</source>
            <comment>docx.excel</comment>
            <translation>this is an Excel workbook, not a Word document</translation>
        </message>
        <message>
            <source>this is a Word 97–2003 document with a .docx name: rename it to .doc and import again</source>
            <comment>docx.is-doc</comment>
            <translation>this is a Word 97–2003 document with a .docx name: rename it to .doc and import again</translation>
        </message>
        <message>
            <source>this is an RTF document with a .docx name: rename it to .rtf and import again</source>
            <comment>docx.is-rtf</comment>
            <translation>this is an RTF document with a .docx name: rename it to .rtf and import again</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} is not well-formed XML)</source>
            <comment>docx.malformed-part</comment>
            <translation>the .docx file is damaged ({part} is not well-formed XML)</translation>
        </message>
        <message>
            <source>the .docx file is damaged or not a Word document (no body)</source>
            <comment>docx.no-body</comment>
            <translation>the .docx file is damaged or not a Word document (no body)</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>docx.no-text</comment>
            <translation>the document has no text</translation>
        </message>
        <message>
            <source>the .docx file is damaged (not a valid zip archive)</source>
            <comment>docx.not-zip</comment>
            <translation>the .docx file is damaged (not a valid zip archive)</translation>
        </message>
        <message>
            <source>the .docx file is compressed in a way Word does not use ({part})</source>
            <comment>docx.odd-compression</comment>
            <translation>the .docx file is compressed in a way Word does not use ({part})</translation>
        </message>
        <message>
            <source>this is an OpenDocument file with a .docx name: save it as .docx and import again</source>
            <comment>docx.opendocument</comment>
            <translation>this is an OpenDocument file with a .docx name: save it as .docx and import again</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} is missing)</source>
            <comment>docx.part-missing</comment>
            <translation>the .docx file is damaged ({part} is missing)</translation>
        </message>
        <message>
            <source>{part} is damaged near line {line}: the text that could be read was imported; compare it with the document in Word</source>
            <comment>docx.part-recovered</comment>
            <translation>{part} is damaged near line {line}: the text that could be read was imported; compare it with the document in Word</translation>
        </message>
        <message>
            <source>{part} would unpack to {size} MB, too large to read safely</source>
            <comment>docx.part-too-large</comment>
            <translation>{part} would unpack to {size} MB, too large to read safely</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} cannot be unpacked)</source>
            <comment>docx.part-unreadable</comment>
            <translation>the .docx file is damaged ({part} cannot be unpacked)</translation>
        </message>
        <message>
            <source>password-protected: remove the password in Word and import again</source>
            <comment>docx.password</comment>
            <translation>password-protected: remove the password in Word and import again</translation>
        </message>
        <message>
            <source>{count} picture(s) were too large or damaged and were left out</source>
            <comment>docx.pictures-left-out</comment>
            <translation>{count} picture(s) were too large or damaged and were left out</translation>
        </message>
        <message>
            <source>this is a PowerPoint presentation, not a Word document</source>
            <comment>docx.powerpoint</comment>
            <translation>this is a PowerPoint presentation, not a Word document</translation>
        </message>
        <message>
            <source>the document's text is longer than 20 MB</source>
            <comment>docx.text-too-long</comment>
            <translation>the document's text is longer than 20 MB</translation>
        </message>
        <message>
            <source>over {limit} table cells, too many to read safely</source>
            <comment>docx.too-many-cells</comment>
            <translation>over {limit} table cells, too many to read safely</translation>
        </message>
        <message>
            <source>over {limit} paragraphs, too many to read safely</source>
            <comment>docx.too-many-paragraphs</comment>
            <translation>over {limit} paragraphs, too many to read safely</translation>
        </message>
        <message>
            <source>the package holds {count} parts, too many to read safely</source>
            <comment>docx.too-many-parts</comment>
            <translation>the package holds {count} parts, too many to read safely</translation>
        </message>
        <message>
            <source>{part} is compressed {ratio} to 1 as zip bombs are, too large to read safely</source>
            <comment>docx.zip-bomb</comment>
            <translation>{part} is compressed {ratio} to 1 as zip bombs are, too large to read safely</translation>
        </message>
        <message>
            <source>not imported: {error}</source>
            <comment>file.batch-not-stored</comment>
            <translation>not imported: {error}</translation>
        </message>
        <message>
            <source>the file holds only blank lines</source>
            <comment>file.blank</comment>
            <translation>the file holds only blank lines</translation>
        </message>
        <message>
            <source>a broken link: what it points to ({target}) does not exist</source>
            <comment>file.broken-link</comment>
            <translation>a broken link: what it points to ({target}) does not exist</translation>
        </message>
        <message>
            <source>the date {value} is not a date the archive understands; the date was left empty: set it in the edit dialog</source>
            <comment>file.date-not-used</comment>
            <translation>the date {value} is not a date the archive understands; the date was left empty: set it in the edit dialog</translation>
        </message>
        <message>
            <source>a device ({target}): it was not read</source>
            <comment>file.device</comment>
            <translation>a device ({target}): it was not read</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>file.empty</comment>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>a named pipe (FIFO): it was not read</source>
            <comment>file.fifo</comment>
            <translation>a named pipe (FIFO): it was not read</translation>
        </message>
        <message>
            <source>the disk could not read it (input/output error): copy it again</source>
            <comment>file.io-error</comment>
            <translation>the disk could not read it (input/output error): copy it again</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <comment>file.is-folder</comment>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>a link that loops back to a parent folder</source>
            <comment>file.link-loop</comment>
            <translation>a link that loops back to a parent folder</translation>
        </message>
        <message>
            <source>too large to read safely</source>
            <comment>file.memory</comment>
            <translation>too large to read safely</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <comment>file.missing</comment>
            <translation>no such file or folder</translation>
        </message>
        <message>
            <source>too large to read safely: it is nested too deeply</source>
            <comment>file.nested-too-deep</comment>
            <translation>too large to read safely: it is nested too deeply</translation>
        </message>
        <message>
            <source>no permission to read it: ask for read access</source>
            <comment>file.no-permission</comment>
            <translation>no permission to read it: ask for read access</translation>
        </message>
        <message>
            <source>'{suffix}' is not an article file</source>
            <comment>file.not-article</comment>
            <translation>'{suffix}' is not an article file</translation>
        </message>
        <message>
            <source>not an article file</source>
            <comment>file.not-article-file</comment>
            <translation>not an article file</translation>
        </message>
        <message>
            <source>could not be stored in the archive (the log file has the details); the other files were imported</source>
            <comment>file.not-stored</comment>
            <translation>could not be stored in the archive (the log file has the details); the other files were imported</translation>
        </message>
        <message>
            <source>the system could not read it (error {code})</source>
            <comment>file.os-error</comment>
            <translation>the system could not read it (error {code})</translation>
        </message>
        <message>
            <source>{name}: only text files can be re-decoded</source>
            <comment>file.redecode-only-text</comment>
            <translation>{name}: only text files can be re-decoded</translation>
        </message>
        <message>
            <source>a socket: it was not read</source>
            <comment>file.socket</comment>
            <translation>a socket: it was not read</translation>
        </message>
        <message>
            <source>not a regular file: it was not read</source>
            <comment>file.special</comment>
            <translation>not a regular file: it was not read</translation>
        </message>
        <message>
            <source>the text is longer than {limit} MB</source>
            <comment>file.text-too-large</comment>
            <translation>the text is longer than {limit} MB</translation>
        </message>
        <message>
            <source>the file is {size} MB; article files over {limit} MB are not read</source>
            <comment>file.too-large</comment>
            <translation>the file is {size} MB; article files over {limit} MB are not read</translation>
        </message>
        <message>
            <source>could not be read because of an unexpected error in the program (the log file has the details)</source>
            <comment>file.unexpected</comment>
            <translation>could not be read because of an unexpected error in the program (the log file has the details)</translation>
        </message>
        <message>
            <source>the file vanished while importing</source>
            <comment>file.vanished</comment>
            <translation>the file vanished while importing</translation>
        </message>
        <message>
            <source>the file holds binary data, not a web page</source>
            <comment>html.binary</comment>
            <translation>the file holds binary data, not a web page</translation>
        </message>
        <message>
            <source>the page declares the charset {charset}, which does not fit its bytes; the encoding was detected instead ({encoding})</source>
            <comment>html.charset-wrong</comment>
            <translation>the page declares the charset {charset}, which does not fit its bytes; the encoding was detected instead ({encoding})</translation>
        </message>
        <message>
            <source>the page nests its elements more than {depth} deep; the deeper ones were flattened into plain paragraphs</source>
            <comment>html.nesting-flattened</comment>
            <translation>the page nests its elements more than {depth} deep; the deeper ones were flattened into plain paragraphs</translation>
        </message>
        <message>
            <source>the page has no text</source>
            <comment>html.no-text</comment>
            <translation>the page has no text</translation>
        </message>
        <message>
            <source>{total} paragraph(s) in fonts that do not name their encoding were decoded by detection ({counts}); if one reads wrong, decode the article again</source>
            <comment>legacy.guessed</comment>
            <translation>{total} paragraph(s) in fonts that do not name their encoding were decoded by detection ({counts}); if one reads wrong, decode the article again</translation>
        </message>
        <message>
            <source>the front matter's date ({value}) is not a date the archive understands; the date was left empty: set it in the edit dialog</source>
            <comment>markdown.front-matter-date</comment>
            <translation>the front matter's date ({value}) is not a date the archive understands; the date was left empty: set it in the edit dialog</translation>
        </message>
        <message>
            <source>invalid front matter: fix the YAML between the --- lines</source>
            <comment>markdown.front-matter-invalid</comment>
            <translation>invalid front matter: fix the YAML between the --- lines</translation>
        </message>
        <message>
            <source>invalid front matter (line {line}): fix the YAML between the --- lines</source>
            <comment>markdown.front-matter-invalid-at</comment>
            <translation>invalid front matter (line {line}): fix the YAML between the --- lines</translation>
        </message>
        <message>
            <source>invalid front matter: it must be 'key: value' lines</source>
            <comment>markdown.front-matter-not-mapping</comment>
            <translation>invalid front matter: it must be 'key: value' lines</translation>
        </message>
        <message>
            <source>the front matter starts with --- but has no closing --- line</source>
            <comment>markdown.front-matter-unclosed</comment>
            <translation>the front matter starts with --- but has no closing --- line</translation>
        </message>
        <message>
            <source>the PDF is damaged or incomplete: PDFium cannot open it</source>
            <comment>pdf.damaged</comment>
            <translation>the PDF is damaged or incomplete: PDFium cannot open it</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <comment>pdf.no-pages</comment>
            <translation>the PDF has no pages</translation>
        </message>
        <message>
            <source>the PDF has no text</source>
            <comment>pdf.no-text</comment>
            <translation>the PDF has no text</translation>
        </message>
        <message>
            <source>the PDF needs a password to open: save a copy without the password</source>
            <comment>pdf.password</comment>
            <translation>the PDF needs a password to open: save a copy without the password</translation>
        </message>
        <message>
            <source>no text layer: scanned pages; OCR is not available</source>
            <comment>pdf.scanned</comment>
            <translation>no text layer: scanned pages; OCR is not available</translation>
        </message>
        <message>
            <source>{count} of {total} pages had no text layer (scanned; OCR is not available), so their text is missing: pages {pages}</source>
            <comment>pdf.scanned-pages</comment>
            <translation>{count} of {total} pages had no text layer (scanned; OCR is not available), so their text is missing: pages {pages}</translation>
        </message>
        <message>
            <source>only the first {read} of {total} pages were read: the PDF took more than {seconds} s to read</source>
            <comment>pdf.slow-pages</comment>
            <translation>only the first {read} of {total} pages were read: the PDF took more than {seconds} s to read</translation>
        </message>
        <message>
            <source>only the first {read} of {total} pages were read</source>
            <comment>pdf.too-many-pages</comment>
            <translation>only the first {read} of {total} pages were read</translation>
        </message>
        <message>
            <source>the file holds binary data, not RTF</source>
            <comment>rtf.binary</comment>
            <translation>the file holds binary data, not RTF</translation>
        </message>
        <message>
            <source>it is a Word 97-2003 document (.doc) named .rtf: rename it to .doc and import it again</source>
            <comment>rtf.is-doc</comment>
            <translation>it is a Word 97-2003 document (.doc) named .rtf: rename it to .doc and import it again</translation>
        </message>
        <message>
            <source>it is a .docx (zip) document named .rtf: rename it to .docx and import it again</source>
            <comment>rtf.is-docx</comment>
            <translation>it is a .docx (zip) document named .rtf: rename it to .docx and import it again</translation>
        </message>
        <message>
            <source>it is a PDF document named .rtf: rename it to .pdf and import it again</source>
            <comment>rtf.is-pdf</comment>
            <translation>it is a PDF document named .rtf: rename it to .pdf and import it again</translation>
        </message>
        <message>
            <source>it is a web page named .rtf: rename it to .html and import it again</source>
            <comment>rtf.is-web-page</comment>
            <translation>it is a web page named .rtf: rename it to .html and import it again</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>rtf.no-text</comment>
            <translation>the document has no text</translation>
        </message>
        <message>
            <source>the file does not start like an RTF file</source>
            <comment>rtf.not-rtf</comment>
            <translation>the file does not start like an RTF file</translation>
        </message>
        <message>
            <source>the file does not start like an RTF file ({{\rtf)</source>
            <comment>rtf.not-rtf-header</comment>
            <translation>the file does not start like an RTF file ({{\rtf)</translation>
        </message>
        <message>
            <source>{count} picture(s) left out: only PNG and JPEG pictures are kept (not Windows metafiles, EMF or bitmaps); the original file still has them</source>
            <comment>rtf.pictures-left-out</comment>
            <translation>{count} picture(s) left out: only PNG and JPEG pictures are kept (not Windows metafiles, EMF or bitmaps); the original file still has them</translation>
        </message>
        <message>
            <source>the file holds binary data, not text</source>
            <comment>text.binary</comment>
            <translation>the file holds binary data, not text</translation>
        </message>
        <message>
            <source>control characters (such as NUL) removed from the text: {count}</source>
            <comment>text.control-characters</comment>
            <translation>control characters (such as NUL) removed from the text: {count}</translation>
        </message>
        <message>
            <source>could not tell the file's encoding (tried {tried}): it is not Unicode and reads as Vietnamese in no legacy encoding; choose the encoding by hand</source>
            <comment>text.undecodable</comment>
            <translation>could not tell the file's encoding (tried {tried}): it is not Unicode and reads as Vietnamese in no legacy encoding; choose the encoding by hand</translation>
        </message>
        <message>
            <source>the file is not valid {encoding} (at byte {position}): choose another encoding</source>
            <comment>text.undecodable-given</comment>
            <translation>the file is not valid {encoding} (at byte {position}): choose another encoding</translation>
        </message>
    </context>
    <context>
        <name>FailureKind</name>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>binary</source>
            <translation>binary</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>too large</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>damaged</translation>
        </message>
        <message>
            <source>unsupported format</source>
            <translation>unsupported format</translation>
        </message>
        <message>
            <source>undecodable</source>
            <translation>undecodable</translation>
        </message>
        <message>
            <source>password-protected</source>
            <translation>password-protected</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>not a file</translation>
        </message>
    </context>
</TS>
