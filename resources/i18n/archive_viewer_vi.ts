<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>About</name>
    <message>
        <source>An offline archive of articles: read, search, edit, import and export to PDF.</source>
        <translation>Kho lưu trữ bài báo ngoại tuyến: đọc, tìm kiếm, sửa, nhập và xuất ra PDF.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Phát hành theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and Qt for Python (PySide6) {pyside}, used under the GNU Lesser General Public License v3 (LGPL); you may replace them with your own build of the same libraries.</source>
        <translation>Xây dựng bằng Qt {qt} và Qt for Python (PySide6) {pyside}, dùng theo Giấy phép Công cộng Hạn chế GNU phiên bản 3 (LGPL); bạn có thể thay chúng bằng bản tự biên dịch của cùng các thư viện đó.</translation>
    </message>
    <message>
        <source>The reading font is Liberation Serif, under the SIL Open Font License 1.1.</source>
        <translation>Phông chữ đọc là Liberation Serif, theo Giấy phép Phông chữ Mở SIL 1.1.</translation>
    </message>
    <message>
        <source>Show Details for the full licence texts.</source>
        <translation>Bấm “Hiện chi tiết” để xem toàn văn các giấy phép.</translation>
    </message>
    <message>
        <source>Archive Viewer</source>
        <translation>Archive Viewer</translation>
    </message>
    <message>
        <source>Licence files in {folder}:</source>
        <translation>Các tệp giấy phép trong {folder}:</translation>
    </message>
    <message>
        <source>(the licence files are missing from this installation)</source>
        <translation>(bản cài đặt này thiếu các tệp giấy phép)</translation>
    </message>
    <message>
        <source>(the licence file is missing from this installation)</source>
        <translation>(bản cài đặt này thiếu tệp giấy phép)</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About Archive Viewer</source>
        <translation>Giới thiệu Archive Viewer</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Open archive</source>
        <translation>Mở kho lưu trữ</translation>
    </message>
    <message>
        <source>Archives ({patterns});;All files (*)</source>
        <translation>Kho lưu trữ ({patterns});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Kho lưu trữ mới</translation>
    </message>
    <message>
        <source>Archives ({patterns})</source>
        <translation>Kho lưu trữ ({patterns})</translation>
    </message>
    <message>
        <source>The archive cannot be created</source>
        <translation>Không tạo được kho lưu trữ</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open archive…</source>
        <translation>{path} đã có. Hãy chọn tên khác, hoặc mở nó bằng Tệp ▸ Mở kho lưu trữ…</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Chưa mở kho nào gần đây</translation>
    </message>
</context>
<context>
    <name>ArchiveRepair</name>
    <message>
        <source>Checking {name}</source>
        <translation>Đang kiểm tra {name}</translation>
    </message>
    <message>
        <source>The archive cannot be opened</source>
        <translation>Không mở được kho lưu trữ</translation>
    </message>
    <message>
        <source>Looking for a good backup of {name}</source>
        <translation>Đang tìm bản sao lưu tốt của {name}</translation>
    </message>
    <message>
        <source>Salvage into a new archive</source>
        <translation>Cứu dữ liệu sang kho lưu trữ mới</translation>
    </message>
    <message>
        <source>Archives ({patterns})</source>
        <translation>Kho lưu trữ ({patterns})</translation>
    </message>
    <message>
        <source>Reading the articles</source>
        <translation>Đang đọc các bài</translation>
    </message>
    <message>
        <source>Salvaging {name}</source>
        <translation>Đang cứu dữ liệu từ {name}</translation>
    </message>
    <message>
        <source>Nothing could be salvaged</source>
        <translation>Không cứu được gì</translation>
    </message>
    <message>
        <source>{count} articles salvaged into {name}; {damaged} was not changed.</source>
        <translation>Đã cứu {count} bài viết sang {name}; {damaged} không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ArchiveSession</name>
    <message>
        <source>Opening {name}</source>
        <translation>Đang mở {name}</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message numerus="yes">
        <source>Moving %n article(s) to the Trash</source>
        <translation>
            <numerusform>Đang chuyển %n bài vào Thùng rác</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Chưa xoá bài nào</translation>
    </message>
    <message>
        <source>Move “{title}” to the Trash?</source>
        <translation>Chuyển “{title}” vào Thùng rác?</translation>
    </message>
    <message>
        <source>Move {count} articles to the Trash?</source>
        <translation>Chuyển {count} bài vào Thùng rác?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Articles in the Trash can be restored.</source>
        <translation>Có thể khôi phục các bài trong Thùng rác.</translation>
    </message>
    <message>
        <source>{count} articles moved to the Trash</source>
        <translation>Đã chuyển {count} bài vào Thùng rác</translation>
    </message>
    <message>
        <source>Decoding article {id} again</source>
        <translation>Đang giải mã lại bài {id}</translation>
    </message>
    <message>
        <source>The article was not decoded again</source>
        <translation>Chưa giải mã lại được bài</translation>
    </message>
    <message>
        <source>Article {id} decoded as {encoding} (version {version}; History undoes it)</source>
        <translation>Đã giải mã lại bài {id} theo {encoding} (phiên bản {version}; có thể hoàn tác trong Lịch sử)</translation>
    </message>
</context>
<context>
    <name>ArticleCountLabel</name>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>{shown} trên {total} bài</translation>
    </message>
    <message>
        <source>best matches first</source>
        <translation>khớp nhất lên đầu</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Chưa mở kho lưu trữ nào</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>⚠ These articles could not be read: {message}</source>
        <translation>⚠ Không đọc được các bài này: {message}</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Copying the archive</source>
        <translation>Đang chép kho lưu trữ</translation>
    </message>
    <message>
        <source>Backing up {name}</source>
        <translation>Đang sao lưu {name}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Đã sao lưu vào {path}</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Đã hủy việc sao lưu.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Save a copy of the archive in {folder}?</source>
        <translation>Lưu một bản sao của kho lưu trữ vào {folder}?</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Thư mục khác…</translation>
    </message>
    <message>
        <source>Back up to folder</source>
        <translation>Sao lưu vào thư mục</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the archive with the backup {backup}?

The archive as it is now is kept aside in the same folder, so nothing is lost.</source>
        <translation>Thay kho lưu trữ bằng bản sao lưu {backup}?

Kho lưu trữ hiện tại được giữ lại riêng trong cùng thư mục, nên không mất gì.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation>Đang chép bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Đang khôi phục {name}</translation>
    </message>
    <message>
        <source> The previous file was kept as {name}.</source>
        <translation> Tệp trước đó được giữ lại với tên {name}.</translation>
    </message>
    <message>
        <source>Restored from {backup}.</source>
        <translation>Đã khôi phục từ {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <source>By number of articles</source>
        <translation>Theo số bài</translation>
    </message>
    <message>
        <source>How the years, sources, authors and tags are ordered</source>
        <translation>Cách xếp thứ tự các năm, nguồn, tác giả và thẻ</translation>
    </message>
    <message>
        <source>Clear choices</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <source>Uncheck every year, source, author and tag</source>
        <translation>Bỏ chọn tất cả các năm, nguồn, tác giả và thẻ</translation>
    </message>
    <message>
        <source>Click to show only these articles; several in one group add up</source>
        <translation>Bấm để chỉ hiện các bài này; chọn nhiều mục trong một nhóm thì cộng gộp lại</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit several articles ({count})</source>
        <translation>Sửa nhiều bài ({count})</translation>
    </message>
    <message>
        <source>The change applies to every selected article ({count}). Each keeps its previous version in its History.</source>
        <translation>Thay đổi áp dụng cho mọi bài đã chọn ({count}). Mỗi bài vẫn giữ phiên bản trước trong Lịch sử của nó.</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Các thẻ cần thêm, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Tags to remove, separated by commas</source>
        <translation>Các thẻ cần bỏ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Set the &amp;source to:</source>
        <translation>Đặt &amp;nguồn là:</translation>
    </message>
    <message>
        <source>Leave empty to clear the source</source>
        <translation>Để trống để xoá nguồn</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Thêm thẻ:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Bỏ thẻ:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Changing the articles</source>
        <translation>Đang sửa các bài</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n article(s)</source>
        <translation>
            <numerusform>Đang sửa %n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the articles…</source>
        <translation>Đang sửa các bài…</translation>
    </message>
    <message>
        <source>Cannot change the articles</source>
        <translation>Không sửa được các bài</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>The bundle was not written</source>
        <translation>Chưa ghi được gói trao đổi</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Không có gì để xuất</translation>
    </message>
    <message>
        <source>{name} holds no articles yet: there is nothing to put in a bundle.</source>
        <translation>{name} chưa có bài nào: không có gì để đưa vào gói trao đổi.</translation>
    </message>
    <message>
        <source>Writing the bundle {name}</source>
        <translation>Đang ghi gói trao đổi {name}</translation>
    </message>
    <message>
        <source>Copying the articles</source>
        <translation>Đang chép các bài</translation>
    </message>
    <message>
        <source>The bundle was not written (cancelled); no file was left behind.</source>
        <translation>Đã hủy, chưa ghi gói trao đổi; không để lại tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n article(s) as a bundle</source>
        <translation>
            <numerusform>Xuất %n bài thành gói trao đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Viewer bundles ({pattern})</source>
        <translation>Gói trao đổi Archive Viewer ({pattern})</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} đã có trong {folder}. Thay thế tệp đó?</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} article(s) in the bundle {path}</source>
        <translation>
            <numerusform>Đã lưu {count} bài vào gói trao đổi {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a bundle or an archive</source>
        <translation>Hợp nhất gói trao đổi hoặc kho lưu trữ</translation>
    </message>
    <message>
        <source>Bundles and archives ({both});;Bundles ({bundles});;Archives ({archives});;All files (*)</source>
        <translation>Gói trao đổi và kho lưu trữ ({both});;Gói trao đổi ({bundles});;Kho lưu trữ ({archives});;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>BundleScopeBox</name>
    <message>
        <source>Export as bundle</source>
        <translation>Xuất thành gói trao đổi</translation>
    </message>
    <message>
        <source>No article is selected. What should go into the bundle?</source>
        <translation>Chưa chọn bài nào. Đưa những bài nào vào gói trao đổi?</translation>
    </message>
    <message>
        <source>A bundle takes the articles with their history, tags, pictures and original files to another workstation, which merges it with File ▸ Merge bundle or archive…</source>
        <translation>Gói trao đổi mang các bài cùng lịch sử, thẻ, hình ảnh và tệp gốc sang máy trạm khác; máy đó hợp nhất gói bằng Tệp ▸ Hợp nhất gói trao đổi hoặc kho lưu trữ…</translation>
    </message>
    <message numerus="yes">
        <source>The {count} article(s) listed</source>
        <translation>
            <numerusform>{count} bài trong danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All {count} article(s) but the Trash</source>
        <translation>
            <numerusform>Tất cả {count} bài, trừ Thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything, the Trash included ({count})</source>
        <translation>
            <numerusform>Tất cả, kể cả Thùng rác ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseWaitDialog</name>
    <message>
        <source>Closing Archive Viewer</source>
        <translation>Đóng Archive Viewer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (và %n việc nữa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Article</source>
        <translation>Bài</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Phiên bản hiện tại</translation>
    </message>
    <message>
        <source>the bundle&apos;s</source>
        <translation>của gói trao đổi</translation>
    </message>
    <message>
        <source>the other archive&apos;s</source>
        <translation>của kho lưu trữ kia</translation>
    </message>
    <message>
        <source>this archive&apos;s</source>
        <translation>của kho lưu trữ này</translation>
    </message>
    <message>
        <source>Both workstations changed this article since they last agreed. The version saved later is current; the other one is kept in its history.</source>
        <translation>Cả hai máy trạm đều sửa bài này kể từ lần thống nhất gần nhất. Phiên bản lưu sau là phiên bản hiện tại; phiên bản kia được giữ trong lịch sử của bài.</translation>
    </message>
    <message>
        <source>The other version is titled “{title}”.</source>
        <translation>Phiên bản kia có tiêu đề “{title}”.</translation>
    </message>
</context>
<context>
    <name>DamagedArchiveDialog</name>
    <message>
        <source>The archive is damaged</source>
        <translation>Kho lưu trữ bị hỏng</translation>
    </message>
    <message>
        <source>{name} is damaged: some of its articles may not be readable, and changing it could lose more.</source>
        <translation>{name} bị hỏng: có thể không đọc được một số bài viết, và sửa đổi nó có thể làm mất thêm.</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({backup}); the damaged file is kept aside. Or copy every article that can still be read into a new archive.</source>
        <translation>Khôi phục bản sao lưu tốt mới nhất ({backup}); tệp bị hỏng được giữ lại riêng. Hoặc chép mọi bài viết còn đọc được sang một kho lưu trữ mới.</translation>
    </message>
    <message>
        <source>No good backup was found. Copy every article that can still be read into a new archive, or open this one read-only to look at it.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào. Hãy chép mọi bài viết còn đọc được sang một kho lưu trữ mới, hoặc mở kho này ở chế độ chỉ đọc để xem.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Salvage into a new archive…</source>
        <translation>Cứu dữ liệu sang kho lưu trữ mới…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Mở chỉ để đọc</translation>
    </message>
    <message>
        <source>Close the archive</source>
        <translation>Đóng kho lưu trữ</translation>
    </message>
</context>
<context>
    <name>DestinationField</name>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Thư mục cho các tệp PDF</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Sửa bài</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Tiêu đề của bài</translation>
    </message>
    <message>
        <source>Number and symbol, like 256/2004/QĐ-UB</source>
        <translation>Số và ký hiệu, ví dụ 256/2004/QĐ-UB</translation>
    </message>
    <message>
        <source>2023, 2023-12 or 2023-12-25</source>
        <translation>2023, 2023-12 hoặc 2023-12-25</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Các thẻ cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>The text, in Markdown</source>
        <translation>Nội dung bài, viết bằng Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Số, &amp;ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>N&amp;guồn:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;hẻ:</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation>Nội &amp;dung (Markdown):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>The archive is open read-only: changes cannot be saved.</source>
        <translation>Kho lưu trữ đang mở ở chế độ chỉ đọc: không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Edit article — {title}</source>
        <translation>Sửa bài — {title}</translation>
    </message>
    <message>
        <source>Write a year (2023), a year and month (2023-12) or a full date (2023-12-25).</source>
        <translation>Hãy ghi năm (2023), năm và tháng (2023-12) hoặc ngày đầy đủ (2023-12-25).</translation>
    </message>
    <message>
        <source>The year must be 0001 or later.</source>
        <translation>Năm phải từ 0001 trở đi.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>{year}-{month:02d} has no day {day}.</source>
        <translation>Tháng {month:02d}/{year} không có ngày {day}.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Article changed elsewhere</source>
        <translation>Bài đã được sửa ở nơi khác</translation>
    </message>
    <message>
        <source>This article was changed in the archive after you opened it (now version {found}, you started from version {expected}).</source>
        <translation>Bài này đã được sửa trong kho lưu trữ sau khi bạn mở nó (nay là phiên bản {found}, bạn bắt đầu sửa từ phiên bản {expected}).</translation>
    </message>
    <message>
        <source>Reload shows the other version here and drops your changes in this dialog. Save anyway stores your text as the newest version; the other version stays in the History.</source>
        <translation>“Tải lại” hiện phiên bản kia ở đây và bỏ các thay đổi của bạn trong hộp thoại này. “Vẫn lưu” ghi nội dung của bạn thành phiên bản mới nhất; phiên bản kia vẫn được giữ trong Lịch sử.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Vẫn lưu</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This article has changes that are not saved. Save them?</source>
        <translation>Bài này có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No article matches the search and filters.</source>
        <translation>Không có bài nào khớp với từ tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xoá bộ lọc</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The archive is busy</source>
        <translation>Kho lưu trữ đang bận</translation>
    </message>
    <message>
        <source>Another program (a second window or the command line) is writing to this archive. Wait until it has finished, then try again; nothing was changed.</source>
        <translation>Một chương trình khác (cửa sổ thứ hai hoặc dòng lệnh) đang ghi vào kho lưu trữ này. Hãy chờ đến khi nó xong rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ExistingFilesBox</name>
    <message>
        <source>Files exist</source>
        <translation>Tệp đã có</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files exist already in this folder.</source>
        <translation>
            <numerusform>%n tệp đã có sẵn trong thư mục này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Thay thế chúng</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Bỏ qua chúng</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>Đã lưu {path} ({pages} trang)</translation>
    </message>
    <message>
        <source>Saved {count} PDF files</source>
        <translation>Đã lưu {count} tệp PDF</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>%n bài viết đã chọn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n article(s) matching the current filter</source>
        <translation>
            <numerusform>Tất cả %n bài viết khớp với bộ lọc hiện tại</numerusform>
        </translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Xuất:</translation>
    </message>
    <message>
        <source>One report (cover, contents, articles)</source>
        <translation>Một báo cáo (bìa, mục lục, các bài viết)</translation>
    </message>
    <message>
        <source>One PDF file per article, into a folder</source>
        <translation>Mỗi bài viết một tệp PDF, vào một thư mục</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>Bản cài đặt này không có chức năng in.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Hãy chọn nơi lưu tệp PDF.</translation>
    </message>
    <message>
        <source>Nothing to export: select articles or change the filter.</source>
        <translation>Không có gì để xuất: hãy chọn bài viết hoặc đổi bộ lọc.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Thay thế nó?</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Đang xuất {name}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Hủy xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Đã lưu %1 (%2 trang).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s).</source>
        <translation>
            <numerusform>Đã lưu %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was left half-written.</source>
        <translation>Đã hủy; không có tệp nào bị ghi dở.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>{name}: 1 article</source>
        <translation>{name}: 1 bài</translation>
    </message>
    <message>
        <source>{name}: {count} articles</source>
        <translation>{name}: {count} bài</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Tìm trong tiêu đề và nội dung (Ctrl+F)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>A year (2023) or a year and month (2023-12)</source>
        <translation>Năm (2023) hoặc năm và tháng (2023-12)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Lần nhập gần nhất</translation>
    </message>
    <message>
        <source>Only the articles of the latest import</source>
        <translation>Chỉ các bài viết của lần nhập gần nhất</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <source>Show every article again</source>
        <translation>Hiện lại tất cả các bài</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Changes since this version</source>
        <translation>Thay đổi từ phiên bản này</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Phiên bản này</translation>
    </message>
    <message>
        <source>Every change keeps the previous version. Reverting stores the chosen version as a new one; nothing is lost.</source>
        <translation>Mỗi lần sửa đều giữ lại phiên bản trước. Khôi phục sẽ lưu phiên bản đã chọn thành một phiên bản mới; không mất gì cả.</translation>
    </message>
    <message>
        <source>&amp;Revert to this version</source>
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation>Lịch sử — {title}</translation>
    </message>
    <message>
        <source>{change} (current)</source>
        <translation>{change} (hiện tại)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập vào</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>tags added</source>
        <translation>thêm thẻ</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>bỏ thẻ</translation>
    </message>
    <message>
        <source>source set</source>
        <translation>đặt nguồn</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>sửa nhiều bài</translation>
    </message>
    <message>
        <source>author renamed</source>
        <translation>đổi tên tác giả</translation>
    </message>
    <message>
        <source>source renamed</source>
        <translation>đổi tên nguồn</translation>
    </message>
    <message>
        <source>tag renamed</source>
        <translation>đổi tên thẻ</translation>
    </message>
    <message>
        <source>merged: changed at both workstations, the later version is current</source>
        <translation>hợp nhất: sửa ở cả hai máy trạm, phiên bản lưu sau là hiện tại</translation>
    </message>
    <message>
        <source>reverted to version {version}</source>
        <translation>khôi phục phiên bản {version}</translation>
    </message>
    <message>
        <source>decoded again as {encoding}</source>
        <translation>giải mã lại theo {encoding}</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Đây là phiên bản hiện tại.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;{removed}&quot;&gt;Struck through&lt;/span&gt;: only in version {version}. &lt;span style=&quot;{added}&quot;&gt;Highlighted&lt;/span&gt;: only in the current version ({current}).</source>
        <translation>&lt;span style=&quot;{removed}&quot;&gt;Gạch ngang&lt;/span&gt;: chỉ có trong phiên bản {version}. &lt;span style=&quot;{added}&quot;&gt;Tô nền&lt;/span&gt;: chỉ có trong phiên bản hiện tại ({current}).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>This version is the same as the current one.</source>
        <translation>Phiên bản này giống hệt phiên bản hiện tại.</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài</translation>
    </message>
    <message>
        <source>Article files ({patterns});;All files (*)</source>
        <translation>Tệp bài viết ({patterns});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Nhập một thư mục</translation>
    </message>
    <message>
        <source>Loading the sample articles</source>
        <translation>Đang nạp các bài mẫu</translation>
    </message>
    <message>
        <source>The samples were not loaded</source>
        <translation>Không nạp được các bài mẫu</translation>
    </message>
    <message>
        <source>{count} sample articles loaded</source>
        <translation>Đã nạp {count} bài mẫu</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}</source>
        <translation>Đang nhập {names}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>a few seconds left</source>
        <translation>còn vài giây</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>còn khoảng {n} giây</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>còn khoảng {n} phút</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>còn khoảng {n} giờ</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Đang tìm tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} trên {total} tệp</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source> — stopping after this file</source>
        <translation> — sẽ dừng sau tệp này</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>imported {imported}, duplicates {duplicates}, skipped {skipped}, failed {failed}</source>
        <translation>đã nhập {imported}, trùng {duplicates}, bỏ qua {skipped}, lỗi {failed}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (đã huỷ)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>trùng</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dừng</translation>
    </message>
    <message>
        <source>the archive already has it (article {id})</source>
        <translation>kho lưu trữ đã có bài này (bài {id})</translation>
    </message>
    <message>
        <source>the archive already has it (a file earlier in this import)</source>
        <translation>kho lưu trữ đã có bài này (một tệp trước đó trong lần nhập này)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy việc nhập</translation>
    </message>
    <message>
        <source>Every file was imported.</source>
        <translation>Mọi tệp đều đã được nhập.</translation>
    </message>
    <message>
        <source>Imported, with a note:</source>
        <translation>Đã nhập, kèm ghi chú:</translation>
    </message>
    <message>
        <source>This report was added to {path}</source>
        <translation>Báo cáo này đã được ghi thêm vào {path}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Chép báo cáo</translation>
    </message>
    <message>
        <source>Import {count} anyway</source>
        <translation>Vẫn nhập {count} bài</translation>
    </message>
    <message>
        <source>Store the duplicates as new articles although the archive has them already</source>
        <translation>Lưu các bản trùng thành bài viết mới dù kho lưu trữ đã có chúng</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>It stopped on an unexpected error ({error}); the details are in the log.</source>
        <translation>Công việc dừng vì một lỗi không lường trước ({error}); chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop this job</source>
        <translation>Dừng việc này</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(còn %n việc đang chờ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Archive Viewer</source>
        <translation>Archive Viewer</translation>
    </message>
    <message>
        <source>{archive} (read-only) — {program}</source>
        <translation>{archive} (chỉ đọc) — {program}</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New archive…</source>
        <translation>Tạo &amp;kho mới…</translation>
    </message>
    <message>
        <source>Create an empty archive file</source>
        <translation>Tạo một tệp kho lưu trữ trống</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Mở kho…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Mở một tệp kho lưu trữ khác</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Import article files (or drop them on the window)</source>
        <translation>Nhập các tệp bài viết (hoặc thả chúng vào cửa sổ)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Nhập &amp;thư mục…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its subfolders</source>
        <translation>Nhập mọi tệp bài viết trong một thư mục và các thư mục con</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Save a copy of the archive in the backups folder or another one</source>
        <translation>Lưu một bản sao của kho lưu trữ vào thư mục sao lưu hoặc thư mục khác</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the archive with a backup (the current file is kept aside)</source>
        <translation>Thay kho lưu trữ bằng một bản sao lưu (tệp hiện tại được giữ lại riêng)</translation>
    </message>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation>&amp;Xuất ra PDF…</translation>
    </message>
    <message>
        <source>Save the selected articles as a PDF</source>
        <translation>Lưu các bài đã chọn thành tệp PDF</translation>
    </message>
    <message>
        <source>Export &amp;selection as bundle…</source>
        <translation>Xuất bài đã chọn thành &amp;gói trao đổi…</translation>
    </message>
    <message>
        <source>Save the selected articles (or the list, or everything) in a bundle file for another workstation</source>
        <translation>Lưu các bài đã chọn (hoặc danh sách, hoặc toàn bộ) vào một tệp gói trao đổi để chuyển sang máy trạm khác</translation>
    </message>
    <message>
        <source>&amp;Merge bundle or archive…</source>
        <translation>&amp;Hợp nhất gói trao đổi hoặc kho lưu trữ…</translation>
    </message>
    <message>
        <source>Bring in the articles of another workstation&apos;s bundle or archive (or drop a bundle on the window)</source>
        <translation>Đưa các bài từ gói trao đổi hoặc kho lưu trữ của máy trạm khác vào kho này (hoặc thả gói vào cửa sổ)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Close Archive Viewer</source>
        <translation>Đóng Archive Viewer</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Bài &amp;mới</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Viết một bài mới</translation>
    </message>
    <message>
        <source>&amp;Edit article</source>
        <translation>&amp;Sửa bài</translation>
    </message>
    <message>
        <source>Edit the selected article (Enter)</source>
        <translation>Sửa bài đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>Move the selected articles to the Trash</source>
        <translation>Chuyển các bài đã chọn vào Thùng rác</translation>
    </message>
    <message>
        <source>Change &amp;several articles…</source>
        <translation>Sửa &amp;nhiều bài…</translation>
    </message>
    <message>
        <source>Add tags or set the source of the selected articles</source>
        <translation>Thêm thẻ hoặc đặt nguồn cho các bài đã chọn</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected article</source>
        <translation>Các phiên bản trước của bài đang chọn</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>Articles moved to the Trash</source>
        <translation>Các bài đã chuyển vào Thùng rác</translation>
    </message>
    <message>
        <source>&amp;Tidy names…</source>
        <translation>&amp;Chuẩn hoá tên…</translation>
    </message>
    <message>
        <source>Merge spellings of authors, sources and tags</source>
        <translation>Gộp các cách viết khác nhau của tác giả, nguồn và thẻ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Đưa con trỏ tới ô tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Read the archive again</source>
        <translation>Đọc lại kho lưu trữ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Larger text in the reading pane</source>
        <translation>Chữ to hơn trong khung đọc</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>Smaller text in the reading pane</source>
        <translation>Chữ nhỏ hơn trong khung đọc</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Cỡ &amp;bình thường</translation>
    </message>
    <message>
        <source>The usual text size</source>
        <translation>Cỡ chữ mặc định</translation>
    </message>
    <message>
        <source>Show &amp;filter bar</source>
        <translation>Hiện thanh &amp;lọc</translation>
    </message>
    <message>
        <source>Show or hide the search and filters</source>
        <translation>Hiện hoặc ẩn ô tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>Show &amp;browse panel</source>
        <translation>Hiện ngăn &amp;duyệt</translation>
    </message>
    <message>
        <source>Years, sources, authors and tags with their numbers of articles</source>
        <translation>Các năm, nguồn, tác giả và thẻ cùng số bài của mỗi mục</translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation>Hiện &amp;biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Articles per month; drag across the bars to choose dates</source>
        <translation>Số bài theo tháng; kéo qua các cột để chọn khoảng thời gian</translation>
    </message>
    <message>
        <source>&amp;About Archive Viewer</source>
        <translation>&amp;Giới thiệu Archive Viewer</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Kho mở gần đây</translation>
    </message>
    <message>
        <source>&amp;Decode again as</source>
        <translation>&amp;Giải mã lại theo</translation>
    </message>
    <message>
        <source>Read the article&apos;s original file again in another old encoding</source>
        <translation>Đọc lại tệp gốc của bài theo một bảng mã cũ khác</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge {name}</source>
        <translation>Hợp nhất {name}</translation>
    </message>
    <message>
        <source>Merge the bundle “{name}” into {archive}?</source>
        <translation>Hợp nhất gói trao đổi “{name}” vào {archive}?</translation>
    </message>
    <message>
        <source>Merge the archive “{name}” into {archive}?</source>
        <translation>Hợp nhất kho lưu trữ “{name}” vào {archive}?</translation>
    </message>
    <message>
        <source>Both workstations changed these articles since they last agreed. The version saved later becomes current; the other one is kept in the article&apos;s history, so nothing is lost. The report after the merge opens each one&apos;s history.</source>
        <translation>Cả hai máy trạm đều sửa các bài này kể từ lần thống nhất gần nhất. Phiên bản lưu sau sẽ là phiên bản hiện tại; phiên bản kia được giữ trong lịch sử của bài, nên không mất gì. Báo cáo sau khi hợp nhất cho phép mở lịch sử của từng bài.</translation>
    </message>
    <message>
        <source>{name} itself is not changed. Nothing is lost: a replaced version stays in the article&apos;s history, and deletions go to the Trash.</source>
        <translation>Bản thân tệp {name} không bị thay đổi. Không mất gì: phiên bản bị thay vẫn nằm trong lịch sử của bài, bài bị xoá được chuyển vào Thùng rác.</translation>
    </message>
    <message>
        <source>The archive is backed up first, into {folder}.</source>
        <translation>Kho lưu trữ sẽ được sao lưu trước, vào {folder}.</translation>
    </message>
    <message>
        <source>Nothing to merge: this archive already holds everything in it.</source>
        <translation>Không có gì để hợp nhất: kho lưu trữ này đã có mọi thứ trong tệp đó.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Hợp nhất</translation>
    </message>
    <message numerus="yes">
        <source>An archive file of {count} article(s), in {folder}.</source>
        <translation>
            <numerusform>Tệp kho lưu trữ gồm {count} bài, trong {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bundle of {count} article(s) written on {when} from the archive {origin}.</source>
        <translation>
            <numerusform>Gói trao đổi gồm {count} bài, ghi lúc {when} từ kho lưu trữ {origin}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCountsView</name>
    <message>
        <source>new articles</source>
        <translation>bài mới</translation>
    </message>
    <message>
        <source>not at this workstation yet</source>
        <translation>máy trạm này chưa có</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>the other side has a newer version; this one stays in the history</source>
        <translation>bên kia có phiên bản mới hơn; phiên bản ở đây được giữ trong lịch sử</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>the same at both workstations</source>
        <translation>giống nhau ở cả hai máy trạm</translation>
    </message>
    <message>
        <source>linked as the same article</source>
        <translation>nhận là cùng một bài</translation>
    </message>
    <message>
        <source>the same file imported at both workstations: kept once</source>
        <translation>cùng một tệp được nhập ở cả hai máy trạm: chỉ lưu một lần</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>among the updated: both sides changed it; the later version is current, the other one is in its history</source>
        <translation>tính trong số cập nhật: cả hai bên đều sửa; phiên bản lưu sau là hiện tại, phiên bản kia nằm trong lịch sử</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>chuyển vào Thùng rác</translation>
    </message>
    <message>
        <source>deleted at the other workstation; they can be restored</source>
        <translation>đã bị xoá ở máy trạm kia; có thể khôi phục</translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation>khôi phục từ Thùng rác</translation>
    </message>
    <message>
        <source>restored at the other workstation</source>
        <translation>đã được khôi phục ở máy trạm kia</translation>
    </message>
    <message>
        <source>versions added to the histories</source>
        <translation>phiên bản thêm vào lịch sử</translation>
    </message>
    <message>
        <source>every version either side has is kept</source>
        <translation>mọi phiên bản của cả hai bên đều được giữ</translation>
    </message>
</context>
<context>
    <name>MergeErrors</name>
    <message>
        <source>{name} is open for reading only (a CD, a read-only share or file): nothing can be merged into it. Copy it to a writable folder, open the copy, then merge.</source>
        <translation>{name} đang mở ở chế độ chỉ đọc (đĩa CD, thư mục chia sẻ hoặc tệp chỉ đọc): không hợp nhất được vào kho này. Hãy chép kho sang một thư mục ghi được, mở bản chép rồi hợp nhất.</translation>
    </message>
    <message>
        <source>{name} is the archive open in this window; choose a bundle or another workstation&apos;s archive to merge.</source>
        <translation>{name} là kho lưu trữ đang mở trong cửa sổ này; hãy chọn một gói trao đổi hoặc kho lưu trữ của máy trạm khác để hợp nhất.</translation>
    </message>
    <message>
        <source>{name} is not an Archive Viewer bundle or archive; nothing was merged. Choose a .avbundle file (File ▸ Export selection as bundle… writes one) or an archive file.</source>
        <translation>{name} không phải là gói trao đổi hay kho lưu trữ của Archive Viewer; chưa hợp nhất gì. Hãy chọn một tệp .avbundle (tạo bằng Tệp ▸ Xuất bài đã chọn thành gói trao đổi…) hoặc một tệp kho lưu trữ.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Archive Viewer (schema version {found}; this version reads up to {known}). Install the newer version here, then merge again; nothing was changed.</source>
        <translation>{name} được ghi bởi phiên bản Archive Viewer mới hơn (phiên bản lược đồ {found}; phiên bản này chỉ đọc được đến {known}). Hãy cài phiên bản mới hơn trên máy này rồi hợp nhất lại; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not there any more (was the USB stick taken out?); nothing was merged.</source>
        <translation>Không còn thấy {path} (USB đã bị rút ra?); chưa hợp nhất gì.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read; nothing was merged and the file was not changed. Write the bundle again on the other workstation.</source>
        <translation>{name} bị hỏng, không đọc được; chưa hợp nhất gì và tệp không bị thay đổi. Hãy ghi lại gói trao đổi ở máy trạm kia.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Nothing was merged</source>
        <translation>Chưa hợp nhất gì</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Đang đọc {name}</translation>
    </message>
    <message>
        <source>Comparing the articles</source>
        <translation>Đang so sánh các bài</translation>
    </message>
    <message>
        <source>{name} waits its turn; it asks before merging.</source>
        <translation>{name} đang chờ đến lượt; sẽ hỏi trước khi hợp nhất.</translation>
    </message>
    <message>
        <source>{name} was not merged: another archive is shown now.</source>
        <translation>Chưa hợp nhất {name}: cửa sổ đang hiện một kho lưu trữ khác.</translation>
    </message>
    <message>
        <source>Nothing to merge from {name}: this archive holds all of it.</source>
        <translation>Không có gì để hợp nhất từ {name}: kho lưu trữ này đã có tất cả.</translation>
    </message>
    <message>
        <source>Merging {name}</source>
        <translation>Đang hợp nhất {name}</translation>
    </message>
    <message>
        <source>Merging the articles</source>
        <translation>Đang hợp nhất các bài</translation>
    </message>
    <message>
        <source>Backing up the archive first</source>
        <translation>Đang sao lưu kho lưu trữ trước</translation>
    </message>
    <message>
        <source>The merge of {name} was cancelled; what was merged stays. Merge it again to finish.</source>
        <translation>Đã hủy việc hợp nhất {name}; phần đã hợp nhất được giữ lại. Hãy hợp nhất lại để hoàn tất.</translation>
    </message>
    <message>
        <source>Merged {name}: new {added}, updated {updated}, linked as the same article {linked}, conflicts {conflicts}</source>
        <translation>Đã hợp nhất {name}: mới {added}, cập nhật {updated}, nhận là cùng một bài {linked}, xung đột {conflicts}</translation>
    </message>
    <message>
        <source>The history cannot be shown</source>
        <translation>Không hiện được lịch sử</translation>
    </message>
    <message>
        <source>The merge of {name} stopped</source>
        <translation>Việc hợp nhất {name} bị dừng</translation>
    </message>
    <message>
        <source>{name} was not merged</source>
        <translation>Chưa hợp nhất {name}</translation>
    </message>
    <message>
        <source>Whatever was merged before it stopped stays; merge the file again to finish.</source>
        <translation>Phần đã hợp nhất trước khi dừng được giữ lại; hãy hợp nhất tệp đó lại để hoàn tất.</translation>
    </message>
    <message>
        <source>{name} was not merged; nothing was changed.</source>
        <translation>Chưa hợp nhất {name}; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged {name}</source>
        <translation>Đã hợp nhất {name}</translation>
    </message>
    <message>
        <source>The merge of “{name}” into {archive} was cancelled. What was merged so far stays; merge the file again to finish.</source>
        <translation>Đã hủy việc hợp nhất “{name}” vào {archive}. Phần đã hợp nhất được giữ lại; hãy hợp nhất tệp đó lại để hoàn tất.</translation>
    </message>
    <message>
        <source>“{name}” was merged into {archive}.</source>
        <translation>Đã hợp nhất “{name}” vào {archive}.</translation>
    </message>
    <message>
        <source>The archive was backed up first, to {path}</source>
        <translation>Kho lưu trữ đã được sao lưu trước, vào {path}</translation>
    </message>
    <message>
        <source>Both workstations changed these articles since they last agreed. The version saved later is current; the other one is in the article&apos;s history. Open the history to compare them, or to go back to the other version.</source>
        <translation>Cả hai máy trạm đều sửa các bài này kể từ lần thống nhất gần nhất. Phiên bản lưu sau là phiên bản hiện tại; phiên bản kia nằm trong lịch sử của bài. Hãy mở lịch sử để so sánh, hoặc để quay về phiên bản kia.</translation>
    </message>
    <message>
        <source>Open &amp;history…</source>
        <translation>Mở &amp;lịch sử…</translation>
    </message>
</context>
<context>
    <name>OpenOriginalAction</name>
    <message>
        <source>Open original</source>
        <translation>Mở tệp gốc</translation>
    </message>
    <message>
        <source>Open the file this article was imported from</source>
        <translation>Mở tệp mà bài này được nhập từ đó</translation>
    </message>
    <message>
        <source>The original file could not be written: {error}</source>
        <translation>Không ghi được tệp gốc: {error}</translation>
    </message>
    <message>
        <source>This article&apos;s original file is not kept in the archive.</source>
        <translation>Kho lưu trữ không giữ tệp gốc của bài này.</translation>
    </message>
    <message>
        <source>No program is set up to open {name}. It was saved as {path}.</source>
        <translation>Chưa có chương trình nào để mở {name}. Tệp đã được lưu tại {path}.</translation>
    </message>
</context>
<context>
    <name>PageSetupForm</name>
    <message>
        <source>Page</source>
        <translation>Trang giấy</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Lề:</translation>
    </message>
    <message>
        <source>Body font size:</source>
        <translation>Cỡ chữ nội dung:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This archive is open for reading only (a CD, a read-only share, a file without write permission, or a damaged file): it can be searched and exported, but not changed.</source>
        <translation>Kho lưu trữ này chỉ mở để đọc (đĩa CD, thư mục chia sẻ chỉ đọc, tệp không có quyền ghi, hoặc tệp bị hỏng): có thể tìm kiếm và xuất, nhưng không thay đổi được.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Chọn một bài để đọc.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Mở địa chỉ này trong trình duyệt web?

{url}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The archive as it is now is kept aside beside it, so nothing is lost. Backups in {folder}:</source>
        <translation>Chọn bản sao lưu để khôi phục. Kho lưu trữ hiện tại được giữ lại riêng bên cạnh, nên không mất gì. Các bản sao lưu trong {folder}:</translation>
    </message>
    <message>
        <source>There are no backups of this archive in {folder}. Choose a backup file elsewhere.</source>
        <translation>Không có bản sao lưu nào của kho lưu trữ này trong {folder}. Hãy chọn một tệp sao lưu ở nơi khác.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn một bản sao lưu</translation>
    </message>
    <message>
        <source>Archives ({patterns});;All files (*)</source>
        <translation>Kho lưu trữ ({patterns});;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>TidyNamesDialog</name>
    <message>
        <source>Tidy names</source>
        <translation>Chuẩn hoá tên</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Tìm tên</translation>
    </message>
    <message>
        <source>The name to use</source>
        <translation>Tên sẽ dùng</translation>
    </message>
    <message>
        <source>Select one name to rename it, or several (Ctrl+click) to merge them into one. Every changed article keeps its previous version in its History.</source>
        <translation>Chọn một tên để đổi tên, hoặc chọn nhiều tên (Ctrl+bấm chuột) để gộp thành một. Mỗi bài bị thay đổi vẫn giữ phiên bản trước trong Lịch sử của nó.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>{name}  ({count})</source>
        <translation>{name}  ({count})</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Đang đổi tên</translation>
    </message>
    <message>
        <source>Renaming {names}</source>
        <translation>Đang đổi tên {names}</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Không đổi tên được</translation>
    </message>
    <message>
        <source>Merge {names} into “{new}”?</source>
        <translation>Gộp {names} thành “{new}”?</translation>
    </message>
    <message>
        <source>Rename {names} to “{new}”?</source>
        <translation>Đổi tên {names} thành “{new}”?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Show every date again</source>
        <translation>Hiện lại mọi thời gian</translation>
    </message>
    <message>
        <source>No dated articles to show</source>
        <translation>Không có bài nào có ngày để hiển thị</translation>
    </message>
    <message>
        <source>{period}: {count} articles</source>
        <translation>{period}: {count} bài</translation>
    </message>
    <message>
        <source>{period}: 1 article</source>
        <translation>{period}: 1 bài</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xoá lúc</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Xoá vĩnh viễn…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Dọn sạch Thùng rác…</translation>
    </message>
    <message>
        <source>Articles in the Trash: {count}. They are not listed or searched; restore them to bring them back.</source>
        <translation>Số bài trong Thùng rác: {count}. Các bài này không hiện trong danh sách và không được tìm kiếm; hãy khôi phục để đưa chúng trở lại.</translation>
    </message>
    <message>
        <source>Delete the selected articles ({count}) permanently? This cannot be undone.</source>
        <translation>Xoá vĩnh viễn các bài đã chọn ({count})? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Empty the Trash? All its articles ({count}) will be deleted permanently. This cannot be undone.</source>
        <translation>Dọn sạch Thùng rác? Mọi bài trong đó ({count}) sẽ bị xoá vĩnh viễn. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Xoá vĩnh viễn</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Dọn sạch Thùng rác</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Import articles…</source>
        <translation>Nhập bài…</translation>
    </message>
    <message>
        <source>Load sample articles</source>
        <translation>Nạp bài mẫu</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>Mở kho…</translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation>Kho mới…</translation>
    </message>
    <message>
        <source>This archive is empty</source>
        <translation>Kho lưu trữ này còn trống</translation>
    </message>
    <message>
        <source>Import article files (text, Markdown, HTML, Word, RTF or PDF) or whole folders, or drop them on this window. To see how the program works first, load a few sample articles.</source>
        <translation>Hãy nhập tệp bài viết (văn bản, Markdown, HTML, Word, RTF hoặc PDF) hay cả thư mục, hoặc kéo thả chúng vào cửa sổ này. Muốn xem thử chương trình trước, hãy nạp vài bài mẫu.</translation>
    </message>
    <message>
        <source>No archive is open</source>
        <translation>Chưa mở kho lưu trữ nào</translation>
    </message>
    <message>
        <source>Open an archive file, or create a new one to import articles into.</source>
        <translation>Hãy mở một tệp kho lưu trữ, hoặc tạo kho mới để nhập bài vào.</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Archive Viewer is still working. The window closes as soon as this is done; nothing is lost by waiting.</source>
        <translation>Archive Viewer vẫn đang làm việc. Cửa sổ sẽ đóng ngay khi việc này xong; chờ đợi không làm mất gì.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Dừng và đóng</translation>
    </message>
    <message>
        <source>Backing up the archive before closing.</source>
        <translation>Đang sao lưu kho lưu trữ trước khi đóng.</translation>
    </message>
    <message>
        <source>Skip the backup</source>
        <translation>Bỏ qua sao lưu</translation>
    </message>
</context>
</TS>
