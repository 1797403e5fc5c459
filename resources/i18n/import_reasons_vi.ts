<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>ImportReason</name>
        <message>
            <source>the Word file's container is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.container-damaged</comment>
            <translation>vỏ chứa của tệp Word bị hỏng: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the file is cut short (not a whole Word document): open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.cut-short</comment>
            <translation>tệp bị cắt cụt (không phải một tài liệu Word đầy đủ): hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the Word document's header (FIB) is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-header</comment>
            <translation>phần đầu (FIB) của tài liệu Word bị hỏng: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the Word document's piece table is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-pieces</comment>
            <translation>bảng phân đoạn văn bản (piece table) của tài liệu Word bị hỏng: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the Word document is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-structure</comment>
            <translation>tài liệu Word bị hỏng: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the Word document's text lies outside the file: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.damaged-text</comment>
            <translation>chữ của tài liệu Word nằm ngoài tệp: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a Word document</source>
            <comment>doc.excel</comment>
            <translation>đây là bảng tính Excel, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>the Word document is damaged (nested too deeply): open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.nested-too-deep</comment>
            <translation>tài liệu Word bị hỏng (lồng nhau quá sâu): hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>doc.no-text</comment>
            <translation>tài liệu không có chữ</translation>
        </message>
        <message>
            <source>this Office file holds no Word document</source>
            <comment>doc.no-word-document</comment>
            <translation>tệp Office này không chứa tài liệu Word</translation>
        </message>
        <message>
            <source>this is not a Word 97-2003 document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.not-ole</comment>
            <translation>đây không phải tài liệu Word 97-2003: hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập tệp đó</translation>
        </message>
        <message>
            <source>this is a Word 2 (or older) document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.old-version</comment>
            <translation>đây là tài liệu Word 2 (hoặc cũ hơn): hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập tệp đó</translation>
        </message>
        <message>
            <source>pictures left out because they are Windows metafiles or TIFF, which cannot be shown here: {count}; open the original to see them</source>
            <comment>doc.pictures-left-out</comment>
            <translation>số ảnh bị bỏ qua vì là Windows metafile hoặc TIFF, không hiển thị được ở đây: {count}; hãy mở tệp gốc để xem</translation>
        </message>
        <message>
            <source>this is a PowerPoint presentation, not a Word document</source>
            <comment>doc.powerpoint</comment>
            <translation>đây là bản trình chiếu PowerPoint, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>remove the password in Word and import again</source>
            <comment>doc.protected</comment>
            <translation>hãy gỡ mật khẩu trong Word rồi nhập lại</translation>
        </message>
        <message>
            <source>this is a Works or Publisher document, not a Word document</source>
            <comment>doc.publisher</comment>
            <translation>đây là tài liệu Works hoặc Publisher, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>old binary Word files cannot be read: open it in Word and save it as .docx</source>
            <comment>doc.refused</comment>
            <translation>không đọc được tệp Word nhị phân kiểu cũ: hãy mở tệp trong Word và lưu lại thành .docx</translation>
        </message>
        <message>
            <source>the Word file's {stream} stream is damaged: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.stream-damaged</comment>
            <translation>luồng {stream} của tệp Word bị hỏng: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the Word file has no {stream} stream: open it in Word or LibreOffice and save it again, or import a .docx copy</source>
            <comment>doc.stream-missing</comment>
            <translation>tệp Word thiếu luồng {stream}: hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại, hoặc nhập bản lưu dạng .docx</translation>
        </message>
        <message>
            <source>the document says it holds more than 12 million characters</source>
            <comment>doc.too-long</comment>
            <translation>tài liệu ghi rằng nó có hơn 12 triệu ký tự</translation>
        </message>
        <message>
            <source>this is a Visio drawing, not a Word document</source>
            <comment>doc.visio</comment>
            <translation>đây là bản vẽ Visio, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>this is a Word 1 or Word 2 document: open it in Word or LibreOffice, save it as .docx and import that</source>
            <comment>doc.word2</comment>
            <translation>đây là tài liệu Word 1 hoặc Word 2: hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập tệp đó</translation>
        </message>
        <message>
            <source>{count} embedded document(s) (altChunk) were not read</source>
            <comment>docx.alt-chunks</comment>
            <translation>{count} tài liệu nhúng (altChunk) không được đọc</translation>
        </message>
        <message>
            <source>the .docx file is damaged or not a Word document</source>
            <comment>docx.damaged</comment>
            <translation>tệp .docx bị hỏng hoặc không phải tài liệu Word</translation>
        </message>
        <message>
            <source>the document holds a DTD, which Word never writes: it was not read</source>
            <comment>docx.dtd</comment>
            <translation>tài liệu có DTD, thứ Word không bao giờ ghi: tài liệu không được đọc</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a Word document</source>
            <comment>docx.excel</comment>
            <translation>đây là một bảng tính Excel, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>this is a Word 97–2003 document with a .docx name: rename it to .doc and import again</source>
            <comment>docx.is-doc</comment>
            <translation>đây là tài liệu Word 97–2003 mang đuôi .docx: hãy đổi tên thành .doc rồi nhập lại</translation>
        </message>
        <message>
            <source>this is an RTF document with a .docx name: rename it to .rtf and import again</source>
            <comment>docx.is-rtf</comment>
            <translation>đây là tài liệu RTF mang đuôi .docx: hãy đổi tên thành .rtf rồi nhập lại</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} is not well-formed XML)</source>
            <comment>docx.malformed-part</comment>
            <translation>tệp .docx bị hỏng ({part} không phải XML đúng dạng)</translation>
        </message>
        <message>
            <source>the .docx file is damaged or not a Word document (no body)</source>
            <comment>docx.no-body</comment>
            <translation>tệp .docx bị hỏng hoặc không phải tài liệu Word (không có phần thân)</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>docx.no-text</comment>
            <translation>tài liệu không có chữ</translation>
        </message>
        <message>
            <source>the .docx file is damaged (not a valid zip archive)</source>
            <comment>docx.not-zip</comment>
            <translation>tệp .docx bị hỏng (không phải tệp nén zip hợp lệ)</translation>
        </message>
        <message>
            <source>the .docx file is compressed in a way Word does not use ({part})</source>
            <comment>docx.odd-compression</comment>
            <translation>tệp .docx được nén theo cách Word không dùng ({part})</translation>
        </message>
        <message>
            <source>this is an OpenDocument file with a .docx name: save it as .docx and import again</source>
            <comment>docx.opendocument</comment>
            <translation>đây là tệp OpenDocument mang đuôi .docx: hãy lưu lại thành .docx rồi nhập lại</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} is missing)</source>
            <comment>docx.part-missing</comment>
            <translation>tệp .docx bị hỏng (thiếu {part})</translation>
        </message>
        <message>
            <source>{part} is damaged near line {line}: the text that could be read was imported; compare it with the document in Word</source>
            <comment>docx.part-recovered</comment>
            <translation>{part} bị hỏng gần dòng {line}: phần chữ đọc được đã được nhập; hãy so với tài liệu trong Word</translation>
        </message>
        <message>
            <source>{part} would unpack to {size} MB, too large to read safely</source>
            <comment>docx.part-too-large</comment>
            <translation>{part} khi giải nén sẽ lớn tới {size} MB, quá lớn để đọc an toàn</translation>
        </message>
        <message>
            <source>the .docx file is damaged ({part} cannot be unpacked)</source>
            <comment>docx.part-unreadable</comment>
            <translation>tệp .docx bị hỏng (không giải nén được {part})</translation>
        </message>
        <message>
            <source>password-protected: remove the password in Word and import again</source>
            <comment>docx.password</comment>
            <translation>có mật khẩu bảo vệ: hãy bỏ mật khẩu trong Word rồi nhập lại</translation>
        </message>
        <message>
            <source>{count} picture(s) were too large or damaged and were left out</source>
            <comment>docx.pictures-left-out</comment>
            <translation>{count} ảnh quá lớn hoặc bị hỏng nên bị bỏ qua</translation>
        </message>
        <message>
            <source>this is a PowerPoint presentation, not a Word document</source>
            <comment>docx.powerpoint</comment>
            <translation>đây là một bài trình chiếu PowerPoint, không phải tài liệu Word</translation>
        </message>
        <message>
            <source>the document's text is longer than 20 MB</source>
            <comment>docx.text-too-long</comment>
            <translation>chữ của tài liệu dài hơn 20 MB</translation>
        </message>
        <message>
            <source>over {limit} table cells, too many to read safely</source>
            <comment>docx.too-many-cells</comment>
            <translation>hơn {limit} ô bảng, quá nhiều để đọc an toàn</translation>
        </message>
        <message>
            <source>over {limit} paragraphs, too many to read safely</source>
            <comment>docx.too-many-paragraphs</comment>
            <translation>hơn {limit} đoạn văn, quá nhiều để đọc an toàn</translation>
        </message>
        <message>
            <source>the package holds {count} parts, too many to read safely</source>
            <comment>docx.too-many-parts</comment>
            <translation>gói tệp có {count} phần, quá nhiều để đọc an toàn</translation>
        </message>
        <message>
            <source>{part} is compressed {ratio} to 1 as zip bombs are, too large to read safely</source>
            <comment>docx.zip-bomb</comment>
            <translation>{part} được nén tỉ lệ {ratio} trên 1 như các "bom zip", quá lớn để đọc an toàn</translation>
        </message>
        <message>
            <source>not imported: {error}</source>
            <comment>file.batch-not-stored</comment>
            <translation>chưa nhập: {error}</translation>
        </message>
        <message>
            <source>the file holds only blank lines</source>
            <comment>file.blank</comment>
            <translation>tệp chỉ có dòng trống</translation>
        </message>
        <message>
            <source>a broken link: what it points to ({target}) does not exist</source>
            <comment>file.broken-link</comment>
            <translation>liên kết hỏng: nơi nó trỏ tới ({target}) không tồn tại</translation>
        </message>
        <message>
            <source>the date {value} is not a date the archive understands; the date was left empty: set it in the edit dialog</source>
            <comment>file.date-not-used</comment>
            <translation>ngày {value} không phải dạng ngày kho lưu trữ hiểu được; ngày được để trống: hãy điền trong hộp thoại sửa bài</translation>
        </message>
        <message>
            <source>a device ({target}): it was not read</source>
            <comment>file.device</comment>
            <translation>một thiết bị ({target}): không đọc</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>file.empty</comment>
            <translation>tệp trống</translation>
        </message>
        <message>
            <source>a named pipe (FIFO): it was not read</source>
            <comment>file.fifo</comment>
            <translation>một đường ống có tên (FIFO): không đọc</translation>
        </message>
        <message>
            <source>the disk could not read it (input/output error): copy it again</source>
            <comment>file.io-error</comment>
            <translation>ổ đĩa không đọc được tệp (lỗi vào/ra): hãy chép lại tệp</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <comment>file.is-folder</comment>
            <translation>đây là một thư mục</translation>
        </message>
        <message>
            <source>a link that loops back to a parent folder</source>
            <comment>file.link-loop</comment>
            <translation>liên kết vòng trở lại thư mục cha</translation>
        </message>
        <message>
            <source>too large to read safely</source>
            <comment>file.memory</comment>
            <translation>quá lớn để đọc an toàn</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <comment>file.missing</comment>
            <translation>không có tệp hoặc thư mục này</translation>
        </message>
        <message>
            <source>too large to read safely: it is nested too deeply</source>
            <comment>file.nested-too-deep</comment>
            <translation>quá lớn để đọc an toàn: các phần lồng nhau quá sâu</translation>
        </message>
        <message>
            <source>no permission to read it: ask for read access</source>
            <comment>file.no-permission</comment>
            <translation>không có quyền đọc: hãy xin quyền đọc tệp</translation>
        </message>
        <message>
            <source>'{suffix}' is not an article file</source>
            <comment>file.not-article</comment>
            <translation>'{suffix}' không phải tệp bài viết</translation>
        </message>
        <message>
            <source>not an article file</source>
            <comment>file.not-article-file</comment>
            <translation>không phải tệp bài viết</translation>
        </message>
        <message>
            <source>could not be stored in the archive (the log file has the details); the other files were imported</source>
            <comment>file.not-stored</comment>
            <translation>không lưu được vào kho lưu trữ (chi tiết trong tệp nhật ký); các tệp khác đã được nhập</translation>
        </message>
        <message>
            <source>the system could not read it (error {code})</source>
            <comment>file.os-error</comment>
            <translation>hệ thống không đọc được tệp (lỗi {code})</translation>
        </message>
        <message>
            <source>{name}: only text files can be re-decoded</source>
            <comment>file.redecode-only-text</comment>
            <translation>{name}: chỉ giải mã lại được tệp văn bản</translation>
        </message>
        <message>
            <source>a socket: it was not read</source>
            <comment>file.socket</comment>
            <translation>một socket: không đọc</translation>
        </message>
        <message>
            <source>not a regular file: it was not read</source>
            <comment>file.special</comment>
            <translation>không phải tệp thông thường: không đọc</translation>
        </message>
        <message>
            <source>the text is longer than {limit} MB</source>
            <comment>file.text-too-large</comment>
            <translation>văn bản dài hơn {limit} MB</translation>
        </message>
        <message>
            <source>the file is {size} MB; article files over {limit} MB are not read</source>
            <comment>file.too-large</comment>
            <translation>tệp nặng {size} MB; tệp bài viết trên {limit} MB không được đọc</translation>
        </message>
        <message>
            <source>could not be read because of an unexpected error in the program (the log file has the details)</source>
            <comment>file.unexpected</comment>
            <translation>không đọc được vì chương trình gặp lỗi bất ngờ (chi tiết trong tệp nhật ký)</translation>
        </message>
        <message>
            <source>the file vanished while importing</source>
            <comment>file.vanished</comment>
            <translation>tệp biến mất trong lúc nhập</translation>
        </message>
        <message>
            <source>the file holds binary data, not a web page</source>
            <comment>html.binary</comment>
            <translation>tệp chứa dữ liệu nhị phân, không phải trang web</translation>
        </message>
        <message>
            <source>the page declares the charset {charset}, which does not fit its bytes; the encoding was detected instead ({encoding})</source>
            <comment>html.charset-wrong</comment>
            <translation>trang khai báo bảng mã {charset} nhưng nội dung không khớp; bảng mã được dò tự động ({encoding})</translation>
        </message>
        <message>
            <source>the page nests its elements more than {depth} deep; the deeper ones were flattened into plain paragraphs</source>
            <comment>html.nesting-flattened</comment>
            <translation>trang lồng các phần tử sâu hơn {depth} tầng; các tầng sâu hơn được dàn phẳng thành đoạn văn thường</translation>
        </message>
        <message>
            <source>the page has no text</source>
            <comment>html.no-text</comment>
            <translation>trang không có chữ</translation>
        </message>
        <message>
            <source>{total} paragraph(s) in fonts that do not name their encoding were decoded by detection ({counts}); if one reads wrong, decode the article again</source>
            <comment>legacy.guessed</comment>
            <translation>{total} đoạn văn trong các phông chữ không ghi rõ bảng mã đã được giải mã bằng cách đoán ({counts}); nếu đoạn nào đọc sai, hãy giải mã lại bài</translation>
        </message>
        <message>
            <source>the front matter's date ({value}) is not a date the archive understands; the date was left empty: set it in the edit dialog</source>
            <comment>markdown.front-matter-date</comment>
            <translation>ngày trong phần đầu tệp ({value}) không phải dạng ngày kho lưu trữ hiểu được; ngày được để trống: hãy điền trong hộp thoại sửa bài</translation>
        </message>
        <message>
            <source>invalid front matter: fix the YAML between the --- lines</source>
            <comment>markdown.front-matter-invalid</comment>
            <translation>phần đầu tệp (front matter) không hợp lệ: hãy sửa YAML giữa hai dòng ---</translation>
        </message>
        <message>
            <source>invalid front matter (line {line}): fix the YAML between the --- lines</source>
            <comment>markdown.front-matter-invalid-at</comment>
            <translation>phần đầu tệp (front matter) không hợp lệ (dòng {line}): hãy sửa YAML giữa hai dòng ---</translation>
        </message>
        <message>
            <source>invalid front matter: it must be 'key: value' lines</source>
            <comment>markdown.front-matter-not-mapping</comment>
            <translation>phần đầu tệp (front matter) không hợp lệ: phải là các dòng 'khoá: giá trị'</translation>
        </message>
        <message>
            <source>the front matter starts with --- but has no closing --- line</source>
            <comment>markdown.front-matter-unclosed</comment>
            <translation>phần đầu tệp bắt đầu bằng --- nhưng thiếu dòng --- đóng lại</translation>
        </message>
        <message>
            <source>the PDF is damaged or incomplete: PDFium cannot open it</source>
            <comment>pdf.damaged</comment>
            <translation>tệp PDF bị hỏng hoặc không đầy đủ: PDFium không mở được</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <comment>pdf.no-pages</comment>
            <translation>tệp PDF không có trang nào</translation>
        </message>
        <message>
            <source>the PDF has no text</source>
            <comment>pdf.no-text</comment>
            <translation>tệp PDF không có chữ</translation>
        </message>
        <message>
            <source>the PDF needs a password to open: save a copy without the password</source>
            <comment>pdf.password</comment>
            <translation>tệp PDF cần mật khẩu để mở: hãy lưu một bản không có mật khẩu</translation>
        </message>
        <message>
            <source>no text layer: scanned pages; OCR is not available</source>
            <comment>pdf.scanned</comment>
            <translation>không có lớp chữ: các trang là ảnh quét; chương trình không có OCR</translation>
        </message>
        <message>
            <source>{count} of {total} pages had no text layer (scanned; OCR is not available), so their text is missing: pages {pages}</source>
            <comment>pdf.scanned-pages</comment>
            <translation>{count} trong {total} trang không có lớp chữ (ảnh quét; chương trình không có OCR), nên thiếu chữ của các trang: {pages}</translation>
        </message>
        <message>
            <source>only the first {read} of {total} pages were read: the PDF took more than {seconds} s to read</source>
            <comment>pdf.slow-pages</comment>
            <translation>chỉ đọc được {read} trong {total} trang đầu: tệp PDF mất hơn {seconds} giây để đọc</translation>
        </message>
        <message>
            <source>only the first {read} of {total} pages were read</source>
            <comment>pdf.too-many-pages</comment>
            <translation>chỉ đọc {read} trong {total} trang đầu</translation>
        </message>
        <message>
            <source>the file holds binary data, not RTF</source>
            <comment>rtf.binary</comment>
            <translation>tệp chứa dữ liệu nhị phân, không phải RTF</translation>
        </message>
        <message>
            <source>it is a Word 97-2003 document (.doc) named .rtf: rename it to .doc and import it again</source>
            <comment>rtf.is-doc</comment>
            <translation>đây là tài liệu Word 97-2003 (.doc) mang tên .rtf: đổi phần mở rộng thành .doc rồi nhập lại</translation>
        </message>
        <message>
            <source>it is a .docx (zip) document named .rtf: rename it to .docx and import it again</source>
            <comment>rtf.is-docx</comment>
            <translation>đây là tài liệu .docx (zip) mang tên .rtf: đổi phần mở rộng thành .docx rồi nhập lại</translation>
        </message>
        <message>
            <source>it is a PDF document named .rtf: rename it to .pdf and import it again</source>
            <comment>rtf.is-pdf</comment>
            <translation>đây là tài liệu PDF mang tên .rtf: đổi phần mở rộng thành .pdf rồi nhập lại</translation>
        </message>
        <message>
            <source>it is a web page named .rtf: rename it to .html and import it again</source>
            <comment>rtf.is-web-page</comment>
            <translation>đây là trang web mang tên .rtf: đổi phần mở rộng thành .html rồi nhập lại</translation>
        </message>
        <message>
            <source>the document has no text</source>
            <comment>rtf.no-text</comment>
            <translation>tài liệu không có chữ</translation>
        </message>
        <message>
            <source>the file does not start like an RTF file</source>
            <comment>rtf.not-rtf</comment>
            <translation>tệp không bắt đầu như một tệp RTF</translation>
        </message>
        <message>
            <source>the file does not start like an RTF file ({{\rtf)</source>
            <comment>rtf.not-rtf-header</comment>
            <translation>tệp không bắt đầu như một tệp RTF ({{\rtf)</translation>
        </message>
        <message>
            <source>{count} picture(s) left out: only PNG and JPEG pictures are kept (not Windows metafiles, EMF or bitmaps); the original file still has them</source>
            <comment>rtf.pictures-left-out</comment>
            <translation>{count} hình bị bỏ qua: chỉ giữ hình PNG và JPEG (không giữ Windows metafile, EMF hay bitmap); tệp gốc vẫn còn các hình này</translation>
        </message>
        <message>
            <source>the file holds binary data, not text</source>
            <comment>text.binary</comment>
            <translation>tệp chứa dữ liệu nhị phân, không phải văn bản</translation>
        </message>
        <message>
            <source>control characters (such as NUL) removed from the text: {count}</source>
            <comment>text.control-characters</comment>
            <translation>số ký tự điều khiển (như NUL) đã bỏ khỏi văn bản: {count}</translation>
        </message>
        <message>
            <source>could not tell the file's encoding (tried {tried}): it is not Unicode and reads as Vietnamese in no legacy encoding; choose the encoding by hand</source>
            <comment>text.undecodable</comment>
            <translation>không nhận ra bảng mã của tệp (đã thử {tried}): tệp không phải Unicode và không đọc ra tiếng Việt ở bảng mã cũ nào; hãy tự chọn bảng mã</translation>
        </message>
        <message>
            <source>the file is not valid {encoding} (at byte {position}): choose another encoding</source>
            <comment>text.undecodable-given</comment>
            <translation>tệp không phải {encoding} hợp lệ (tại byte {position}): hãy chọn bảng mã khác</translation>
        </message>
    </context>
    <context>
        <name>FailureKind</name>
        <message>
            <source>empty</source>
            <translation>trống</translation>
        </message>
        <message>
            <source>binary</source>
            <translation>nhị phân</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>quá lớn</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>hỏng</translation>
        </message>
        <message>
            <source>unsupported format</source>
            <translation>định dạng không hỗ trợ</translation>
        </message>
        <message>
            <source>undecodable</source>
            <translation>không giải mã được</translation>
        </message>
        <message>
            <source>password-protected</source>
            <translation>có mật khẩu</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>không phải tệp</translation>
        </message>
    </context>
</TS>
