<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>An offline archive of articles: read, search, edit, import and export to PDF.</source>
        <translation>An offline archive of articles: read, search, edit, import and export to PDF.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and Qt for Python (PySide6) {pyside}, used under the GNU Lesser General Public License v3 (LGPL); you may replace them with your own build of the same libraries.</source>
        <translation>Built with Qt {qt} and Qt for Python (PySide6) {pyside}, used under the GNU Lesser General Public License v3 (LGPL); you may replace them with your own build of the same libraries.</translation>
    </message>
    <message>
        <source>The reading font is Liberation Serif, under the SIL Open Font License 1.1.</source>
        <translation>The reading font is Liberation Serif, under the SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Show Details for the full licence texts.</source>
        <translation>Show Details for the full licence texts.</translation>
    </message>
    <message>
        <source>Archive Viewer</source>
        <translation>Archive Viewer</translation>
    </message>
    <message>
        <source>Licence files in {folder}:</source>
        <translation>Licence files in {folder}:</translation>
    </message>
    <message>
        <source>(the licence files are missing from this installation)</source>
        <translation>(the licence files are missing from this installation)</translation>
    </message>
    <message>
        <source>(the licence file is missing from this installation)</source>
        <translation>(the licence file is missing from this installation)</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About Archive Viewer</source>
        <translation>About Archive Viewer</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Open archive</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <source>Archives ({patterns});;All files (*)</source>
        <translation>Archives ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>New archive</translation>
    </message>
    <message>
        <source>Archives ({patterns})</source>
        <translation>Archives ({patterns})</translation>
    </message>
    <message>
        <source>The archive cannot be created</source>
        <translation>The archive cannot be created</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open archive…</source>
        <translation>{path} already exists. Choose another name, or open it with File ▸ Open archive…</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>No recent archives</translation>
    </message>
</context>
<context>
    <name>ArchiveRepair</name>
    <message>
        <source>Checking {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <source>The archive cannot be opened</source>
        <translation>The archive cannot be opened</translation>
    </message>
    <message>
        <source>Looking for a good backup of {name}</source>
        <translation>Looking for a good backup of {name}</translation>
    </message>
    <message>
        <source>Salvage into a new archive</source>
        <translation>Salvage into a new archive</translation>
    </message>
    <message>
        <source>Archives ({patterns})</source>
        <translation>Archives ({patterns})</translation>
    </message>
    <message>
        <source>Reading the articles</source>
        <translation>Reading the articles</translation>
    </message>
    <message>
        <source>Salvaging {name}</source>
        <translation>Salvaging {name}</translation>
    </message>
    <message>
        <source>Nothing could be salvaged</source>
        <translation>Nothing could be salvaged</translation>
    </message>
    <message>
        <source>{count} articles salvaged into {name}; {damaged} was not changed.</source>
        <translation>{count} articles salvaged into {name}; {damaged} was not changed.</translation>
    </message>
</context>
<context>
    <name>ArchiveSession</name>
    <message>
        <source>Opening {name}</source>
        <translation>Opening {name}</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message numerus="yes">
        <source>Moving %n article(s) to the Trash</source>
        <translation>
            <numerusform>Moving %n article to the Trash</numerusform>
            <numerusform>Moving %n articles to the Trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nothing was deleted</translation>
    </message>
    <message>
        <source>Move “{title}” to the Trash?</source>
        <translation>Move “{title}” to the Trash?</translation>
    </message>
    <message>
        <source>Move {count} articles to the Trash?</source>
        <translation>Move {count} articles to the Trash?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Articles in the Trash can be restored.</source>
        <translation>Articles in the Trash can be restored.</translation>
    </message>
    <message>
        <source>{count} articles moved to the Trash</source>
        <translation>{count} articles moved to the Trash</translation>
    </message>
    <message>
        <source>Decoding article {id} again</source>
        <translation>Decoding article {id} again</translation>
    </message>
    <message>
        <source>The article was not decoded again</source>
        <translation>The article was not decoded again</translation>
    </message>
    <message>
        <source>Article {id} decoded as {encoding} (version {version}; History undoes it)</source>
        <translation>Article {id} decoded as {encoding} (version {version}; History undoes it)</translation>
    </message>
</context>
<context>
    <name>ArticleCountLabel</name>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>{shown} of {total} articles</translation>
    </message>
    <message>
        <source>best matches first</source>
        <translation>best matches first</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>No archive open</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>⚠ These articles could not be read: {message}</source>
        <translation>⚠ These articles could not be read: {message}</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Copying the archive</source>
        <translation>Copying the archive</translation>
    </message>
    <message>
        <source>Backing up {name}</source>
        <translation>Backing up {name}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Save a copy of the archive in {folder}?</source>
        <translation>Save a copy of the archive in {folder}?</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Back up to folder</source>
        <translation>Back up to folder</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace the archive with the backup {backup}?

The archive as it is now is kept aside in the same folder, so nothing is lost.</source>
        <translation>Replace the archive with the backup {backup}?

The archive as it is now is kept aside in the same folder, so nothing is lost.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation>Copying the backup</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restoring {name}</translation>
    </message>
    <message>
        <source> The previous file was kept as {name}.</source>
        <translation> The previous file was kept as {name}.</translation>
    </message>
    <message>
        <source>Restored from {backup}.</source>
        <translation>Restored from {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>By number of articles</source>
        <translation>By number of articles</translation>
    </message>
    <message>
        <source>How the years, sources, authors and tags are ordered</source>
        <translation>How the years, sources, authors and tags are ordered</translation>
    </message>
    <message>
        <source>Clear choices</source>
        <translation>Clear choices</translation>
    </message>
    <message>
        <source>Uncheck every year, source, author and tag</source>
        <translation>Uncheck every year, source, author and tag</translation>
    </message>
    <message>
        <source>Click to show only these articles; several in one group add up</source>
        <translation>Click to show only these articles; several in one group add up</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit several articles ({count})</source>
        <translation>Edit several articles ({count})</translation>
    </message>
    <message>
        <source>The change applies to every selected article ({count}). Each keeps its previous version in its History.</source>
        <translation>The change applies to every selected article ({count}). Each keeps its previous version in its History.</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Tags to add, separated by commas</translation>
    </message>
    <message>
        <source>Tags to remove, separated by commas</source>
        <translation>Tags to remove, separated by commas</translation>
    </message>
    <message>
        <source>Set the &amp;source to:</source>
        <translation>Set the &amp;source to:</translation>
    </message>
    <message>
        <source>Leave empty to clear the source</source>
        <translation>Leave empty to clear the source</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Add tags:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Remove tags:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Changing the articles</source>
        <translation>Changing the articles</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n article(s)</source>
        <translation>
            <numerusform>Changing %n article</numerusform>
            <numerusform>Changing %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the articles…</source>
        <translation>Changing the articles…</translation>
    </message>
    <message>
        <source>Cannot change the articles</source>
        <translation>Cannot change the articles</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>The bundle was not written</source>
        <translation>The bundle was not written</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>{name} holds no articles yet: there is nothing to put in a bundle.</source>
        <translation>{name} holds no articles yet: there is nothing to put in a bundle.</translation>
    </message>
    <message>
        <source>Writing the bundle {name}</source>
        <translation>Writing the bundle {name}</translation>
    </message>
    <message>
        <source>Copying the articles</source>
        <translation>Copying the articles</translation>
    </message>
    <message>
        <source>The bundle was not written (cancelled); no file was left behind.</source>
        <translation>The bundle was not written (cancelled); no file was left behind.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n article(s) as a bundle</source>
        <translation>
            <numerusform>Export %n article as a bundle</numerusform>
            <numerusform>Export %n articles as a bundle</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Viewer bundles ({pattern})</source>
        <translation>Archive Viewer bundles ({pattern})</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} already exists in {folder}. Replace it?</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} article(s) in the bundle {path}</source>
        <translation>
            <numerusform>Saved {count} article in the bundle {path}</numerusform>
            <numerusform>Saved {count} articles in the bundle {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a bundle or an archive</source>
        <translation>Merge a bundle or an archive</translation>
    </message>
    <message>
        <source>Bundles and archives ({both});;Bundles ({bundles});;Archives ({archives});;All files (*)</source>
        <translation>Bundles and archives ({both});;Bundles ({bundles});;Archives ({archives});;All files (*)</translation>
    </message>
</context>
<context>
    <name>BundleScopeBox</name>
    <message>
        <source>Export as bundle</source>
        <translation>Export as bundle</translation>
    </message>
    <message>
        <source>No article is selected. What should go into the bundle?</source>
        <translation>No article is selected. What should go into the bundle?</translation>
    </message>
    <message>
        <source>A bundle takes the articles with their history, tags, pictures and original files to another workstation, which merges it with File ▸ Merge bundle or archive…</source>
        <translation>A bundle takes the articles with their history, tags, pictures and original files to another workstation, which merges it with File ▸ Merge bundle or archive…</translation>
    </message>
    <message numerus="yes">
        <source>The {count} article(s) listed</source>
        <translation>
            <numerusform>The {count} article listed</numerusform>
            <numerusform>The {count} articles listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All {count} article(s) but the Trash</source>
        <translation>
            <numerusform>All {count} article but the Trash</numerusform>
            <numerusform>All {count} articles but the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything, the Trash included ({count})</source>
        <translation>
            <numerusform>Everything, the Trash included ({count})</numerusform>
            <numerusform>Everything, the Trash included ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseWaitDialog</name>
    <message>
        <source>Closing Archive Viewer</source>
        <translation>Closing Archive Viewer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>the bundle's</source>
        <translation>the bundle's</translation>
    </message>
    <message>
        <source>the other archive's</source>
        <translation>the other archive's</translation>
    </message>
    <message>
        <source>this archive's</source>
        <translation>this archive's</translation>
    </message>
    <message>
        <source>Both workstations changed this article since they last agreed. The version saved later is current; the other one is kept in its history.</source>
        <translation>Both workstations changed this article since they last agreed. The version saved later is current; the other one is kept in its history.</translation>
    </message>
    <message>
        <source>The other version is titled “{title}”.</source>
        <translation>The other version is titled “{title}”.</translation>
    </message>
</context>
<context>
    <name>DamagedArchiveDialog</name>
    <message>
        <source>The archive is damaged</source>
        <translation>The archive is damaged</translation>
    </message>
    <message>
        <source>{name} is damaged: some of its articles may not be readable, and changing it could lose more.</source>
        <translation>{name} is damaged: some of its articles may not be readable, and changing it could lose more.</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({backup}); the damaged file is kept aside. Or copy every article that can still be read into a new archive.</source>
        <translation>Restore the newest good backup ({backup}); the damaged file is kept aside. Or copy every article that can still be read into a new archive.</translation>
    </message>
    <message>
        <source>No good backup was found. Copy every article that can still be read into a new archive, or open this one read-only to look at it.</source>
        <translation>No good backup was found. Copy every article that can still be read into a new archive, or open this one read-only to look at it.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Salvage into a new archive…</source>
        <translation>Salvage into a new archive…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Close the archive</source>
        <translation>Close the archive</translation>
    </message>
</context>
<context>
    <name>DestinationField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <source>Number and symbol, like 256/2004/QĐ-UB</source>
        <translation>Number and symbol, like 256/2004/QĐ-UB</translation>
    </message>
    <message>
        <source>2023, 2023-12 or 2023-12-25</source>
        <translation>2023, 2023-12 or 2023-12-25</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>The text, in Markdown</source>
        <translation>The text, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation>&amp;Body (Markdown):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The archive is open read-only: changes cannot be saved.</source>
        <translation>The archive is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Edit article — {title}</source>
        <translation>Edit article — {title}</translation>
    </message>
    <message>
        <source>Write a year (2023), a year and month (2023-12) or a full date (2023-12-25).</source>
        <translation>Write a year (2023), a year and month (2023-12) or a full date (2023-12-25).</translation>
    </message>
    <message>
        <source>The year must be 0001 or later.</source>
        <translation>The year must be 0001 or later.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>{year}-{month:02d} has no day {day}.</source>
        <translation>{year}-{month:02d} has no day {day}.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>An article needs a title.</translation>
    </message>
    <message>
        <source>Article changed elsewhere</source>
        <translation>Article changed elsewhere</translation>
    </message>
    <message>
        <source>This article was changed in the archive after you opened it (now version {found}, you started from version {expected}).</source>
        <translation>This article was changed in the archive after you opened it (now version {found}, you started from version {expected}).</translation>
    </message>
    <message>
        <source>Reload shows the other version here and drops your changes in this dialog. Save anyway stores your text as the newest version; the other version stays in the History.</source>
        <translation>Reload shows the other version here and drops your changes in this dialog. Save anyway stores your text as the newest version; the other version stays in the History.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This article has changes that are not saved. Save them?</source>
        <translation>This article has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No article matches the search and filters.</source>
        <translation>No article matches the search and filters.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The archive is busy</source>
        <translation>The archive is busy</translation>
    </message>
    <message>
        <source>Another program (a second window or the command line) is writing to this archive. Wait until it has finished, then try again; nothing was changed.</source>
        <translation>Another program (a second window or the command line) is writing to this archive. Wait until it has finished, then try again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ExistingFilesBox</name>
    <message>
        <source>Files exist</source>
        <translation>Files exist</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files exist already in this folder.</source>
        <translation>
            <numerusform>%n of the files exist already in this folder.</numerusform>
            <numerusform>%n of the files exist already in this folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Replace them</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Skip them</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>Saved {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>Saved {count} PDF files</source>
        <translation>Saved {count} PDF files</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>The %n selected article</numerusform>
            <numerusform>The %n selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n article(s) matching the current filter</source>
        <translation>
            <numerusform>All %n article matching the current filter</numerusform>
            <numerusform>All %n articles matching the current filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>One report (cover, contents, articles)</source>
        <translation>One report (cover, contents, articles)</translation>
    </message>
    <message>
        <source>One PDF file per article, into a folder</source>
        <translation>One PDF file per article, into a folder</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>Printing is not available in this installation.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <source>Nothing to export: select articles or change the filter.</source>
        <translation>Nothing to export: select articles or change the filter.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Exporting {name}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s).</source>
        <translation>
            <numerusform>Saved %n file.</numerusform>
            <numerusform>Saved %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was left half-written.</source>
        <translation>Cancelled; no file was left half-written.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>{name}: 1 article</source>
        <translation>{name}: 1 article</translation>
    </message>
    <message>
        <source>{name}: {count} articles</source>
        <translation>{name}: {count} articles</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Search titles and text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>A year (2023) or a year and month (2023-12)</source>
        <translation>A year (2023) or a year and month (2023-12)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>Only the articles of the latest import</source>
        <translation>Only the articles of the latest import</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show every article again</source>
        <translation>Show every article again</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Changes since this version</source>
        <translation>Changes since this version</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>This version</translation>
    </message>
    <message>
        <source>Every change keeps the previous version. Reverting stores the chosen version as a new one; nothing is lost.</source>
        <translation>Every change keeps the previous version. Reverting stores the chosen version as a new one; nothing is lost.</translation>
    </message>
    <message>
        <source>&amp;Revert to this version</source>
        <translation>&amp;Revert to this version</translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation>History — {title}</translation>
    </message>
    <message>
        <source>{change} (current)</source>
        <translation>{change} (current)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>tags added</source>
        <translation>tags added</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>tags removed</translation>
    </message>
    <message>
        <source>source set</source>
        <translation>source set</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>bulk edit</translation>
    </message>
    <message>
        <source>author renamed</source>
        <translation>author renamed</translation>
    </message>
    <message>
        <source>source renamed</source>
        <translation>source renamed</translation>
    </message>
    <message>
        <source>tag renamed</source>
        <translation>tag renamed</translation>
    </message>
    <message>
        <source>merged: changed at both workstations, the later version is current</source>
        <translation>merged: changed at both workstations, the later version is current</translation>
    </message>
    <message>
        <source>reverted to version {version}</source>
        <translation>reverted to version {version}</translation>
    </message>
    <message>
        <source>decoded again as {encoding}</source>
        <translation>decoded again as {encoding}</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>This is the current version.</translation>
    </message>
    <message>
        <source>&lt;span style="{removed}"&gt;Struck through&lt;/span&gt;: only in version {version}. &lt;span style="{added}"&gt;Highlighted&lt;/span&gt;: only in the current version ({current}).</source>
        <translation>&lt;span style="{removed}"&gt;Struck through&lt;/span&gt;: only in version {version}. &lt;span style="{added}"&gt;Highlighted&lt;/span&gt;: only in the current version ({current}).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>This version is the same as the current one.</source>
        <translation>This version is the same as the current one.</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Cannot revert</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Article files ({patterns});;All files (*)</source>
        <translation>Article files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>Loading the sample articles</source>
        <translation>Loading the sample articles</translation>
    </message>
    <message>
        <source>The samples were not loaded</source>
        <translation>The samples were not loaded</translation>
    </message>
    <message>
        <source>{count} sample articles loaded</source>
        <translation>{count} sample articles loaded</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}</source>
        <translation>Importing {names}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>a few seconds left</source>
        <translation>a few seconds left</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>about {n} s left</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>about {n} min left</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>about {n} h left</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} of {total} files</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source> — stopping after this file</source>
        <translation> — stopping after this file</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>imported {imported}, duplicates {duplicates}, skipped {skipped}, failed {failed}</source>
        <translation>imported {imported}, duplicates {duplicates}, skipped {skipped}, failed {failed}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>the archive already has it (article {id})</source>
        <translation>the archive already has it (article {id})</translation>
    </message>
    <message>
        <source>the archive already has it (a file earlier in this import)</source>
        <translation>the archive already has it (a file earlier in this import)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Every file was imported.</source>
        <translation>Every file was imported.</translation>
    </message>
    <message>
        <source>Imported, with a note:</source>
        <translation>Imported, with a note:</translation>
    </message>
    <message>
        <source>This report was added to {path}</source>
        <translation>This report was added to {path}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Import {count} anyway</source>
        <translation>Import {count} anyway</translation>
    </message>
    <message>
        <source>Store the duplicates as new articles although the archive has them already</source>
        <translation>Store the duplicates as new articles although the archive has them already</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>It stopped on an unexpected error ({error}); the details are in the log.</source>
        <translation>It stopped on an unexpected error ({error}); the details are in the log.</translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this job</source>
        <translation>Stop this job</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
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
        <translation>{archive} (read-only) — {program}</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New archive…</source>
        <translation>&amp;New archive…</translation>
    </message>
    <message>
        <source>Create an empty archive file</source>
        <translation>Create an empty archive file</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Open archive…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Open another archive file</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import article files (or drop them on the window)</source>
        <translation>Import article files (or drop them on the window)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its subfolders</source>
        <translation>Import every article file in a folder and its subfolders</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Save a copy of the archive in the backups folder or another one</source>
        <translation>Save a copy of the archive in the backups folder or another one</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Replace the archive with a backup (the current file is kept aside)</source>
        <translation>Replace the archive with a backup (the current file is kept aside)</translation>
    </message>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation>E&amp;xport to PDF…</translation>
    </message>
    <message>
        <source>Save the selected articles as a PDF</source>
        <translation>Save the selected articles as a PDF</translation>
    </message>
    <message>
        <source>Export &amp;selection as bundle…</source>
        <translation>Export &amp;selection as bundle…</translation>
    </message>
    <message>
        <source>Save the selected articles (or the list, or everything) in a bundle file for another workstation</source>
        <translation>Save the selected articles (or the list, or everything) in a bundle file for another workstation</translation>
    </message>
    <message>
        <source>&amp;Merge bundle or archive…</source>
        <translation>&amp;Merge bundle or archive…</translation>
    </message>
    <message>
        <source>Bring in the articles of another workstation's bundle or archive (or drop a bundle on the window)</source>
        <translation>Bring in the articles of another workstation's bundle or archive (or drop a bundle on the window)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Archive Viewer</source>
        <translation>Close Archive Viewer</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Write a new article</translation>
    </message>
    <message>
        <source>&amp;Edit article</source>
        <translation>&amp;Edit article</translation>
    </message>
    <message>
        <source>Edit the selected article (Enter)</source>
        <translation>Edit the selected article (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move the selected articles to the Trash</source>
        <translation>Move the selected articles to the Trash</translation>
    </message>
    <message>
        <source>Change &amp;several articles…</source>
        <translation>Change &amp;several articles…</translation>
    </message>
    <message>
        <source>Add tags or set the source of the selected articles</source>
        <translation>Add tags or set the source of the selected articles</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected article</source>
        <translation>Earlier versions of the selected article</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>Articles moved to the Trash</source>
        <translation>Articles moved to the Trash</translation>
    </message>
    <message>
        <source>&amp;Tidy names…</source>
        <translation>&amp;Tidy names…</translation>
    </message>
    <message>
        <source>Merge spellings of authors, sources and tags</source>
        <translation>Merge spellings of authors, sources and tags</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the archive again</source>
        <translation>Read the archive again</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Larger text in the reading pane</source>
        <translation>Larger text in the reading pane</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Smaller text in the reading pane</source>
        <translation>Smaller text in the reading pane</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>The usual text size</source>
        <translation>The usual text size</translation>
    </message>
    <message>
        <source>Show &amp;filter bar</source>
        <translation>Show &amp;filter bar</translation>
    </message>
    <message>
        <source>Show or hide the search and filters</source>
        <translation>Show or hide the search and filters</translation>
    </message>
    <message>
        <source>Show &amp;browse panel</source>
        <translation>Show &amp;browse panel</translation>
    </message>
    <message>
        <source>Years, sources, authors and tags with their numbers of articles</source>
        <translation>Years, sources, authors and tags with their numbers of articles</translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation>Show &amp;timeline</translation>
    </message>
    <message>
        <source>Articles per month; drag across the bars to choose dates</source>
        <translation>Articles per month; drag across the bars to choose dates</translation>
    </message>
    <message>
        <source>&amp;About Archive Viewer</source>
        <translation>&amp;About Archive Viewer</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <source>&amp;Decode again as</source>
        <translation>&amp;Decode again as</translation>
    </message>
    <message>
        <source>Read the article's original file again in another old encoding</source>
        <translation>Read the article's original file again in another old encoding</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge {name}</source>
        <translation>Merge {name}</translation>
    </message>
    <message>
        <source>Merge the bundle “{name}” into {archive}?</source>
        <translation>Merge the bundle “{name}” into {archive}?</translation>
    </message>
    <message>
        <source>Merge the archive “{name}” into {archive}?</source>
        <translation>Merge the archive “{name}” into {archive}?</translation>
    </message>
    <message>
        <source>Both workstations changed these articles since they last agreed. The version saved later becomes current; the other one is kept in the article's history, so nothing is lost. The report after the merge opens each one's history.</source>
        <translation>Both workstations changed these articles since they last agreed. The version saved later becomes current; the other one is kept in the article's history, so nothing is lost. The report after the merge opens each one's history.</translation>
    </message>
    <message>
        <source>{name} itself is not changed. Nothing is lost: a replaced version stays in the article's history, and deletions go to the Trash.</source>
        <translation>{name} itself is not changed. Nothing is lost: a replaced version stays in the article's history, and deletions go to the Trash.</translation>
    </message>
    <message>
        <source>The archive is backed up first, into {folder}.</source>
        <translation>The archive is backed up first, into {folder}.</translation>
    </message>
    <message>
        <source>Nothing to merge: this archive already holds everything in it.</source>
        <translation>Nothing to merge: this archive already holds everything in it.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message numerus="yes">
        <source>An archive file of {count} article(s), in {folder}.</source>
        <translation>
            <numerusform>An archive file of {count} article, in {folder}.</numerusform>
            <numerusform>An archive file of {count} articles, in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bundle of {count} article(s) written on {when} from the archive {origin}.</source>
        <translation>
            <numerusform>A bundle of {count} article written on {when} from the archive {origin}.</numerusform>
            <numerusform>A bundle of {count} articles written on {when} from the archive {origin}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCountsView</name>
    <message>
        <source>new articles</source>
        <translation>new articles</translation>
    </message>
    <message>
        <source>not at this workstation yet</source>
        <translation>not at this workstation yet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>the other side has a newer version; this one stays in the history</source>
        <translation>the other side has a newer version; this one stays in the history</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>the same at both workstations</source>
        <translation>the same at both workstations</translation>
    </message>
    <message>
        <source>linked as the same article</source>
        <translation>linked as the same article</translation>
    </message>
    <message>
        <source>the same file imported at both workstations: kept once</source>
        <translation>the same file imported at both workstations: kept once</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>among the updated: both sides changed it; the later version is current, the other one is in its history</source>
        <translation>among the updated: both sides changed it; the later version is current, the other one is in its history</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>moved to the Trash</translation>
    </message>
    <message>
        <source>deleted at the other workstation; they can be restored</source>
        <translation>deleted at the other workstation; they can be restored</translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation>restored from the Trash</translation>
    </message>
    <message>
        <source>restored at the other workstation</source>
        <translation>restored at the other workstation</translation>
    </message>
    <message>
        <source>versions added to the histories</source>
        <translation>versions added to the histories</translation>
    </message>
    <message>
        <source>every version either side has is kept</source>
        <translation>every version either side has is kept</translation>
    </message>
</context>
<context>
    <name>MergeErrors</name>
    <message>
        <source>{name} is open for reading only (a CD, a read-only share or file): nothing can be merged into it. Copy it to a writable folder, open the copy, then merge.</source>
        <translation>{name} is open for reading only (a CD, a read-only share or file): nothing can be merged into it. Copy it to a writable folder, open the copy, then merge.</translation>
    </message>
    <message>
        <source>{name} is the archive open in this window; choose a bundle or another workstation's archive to merge.</source>
        <translation>{name} is the archive open in this window; choose a bundle or another workstation's archive to merge.</translation>
    </message>
    <message>
        <source>{name} is not an Archive Viewer bundle or archive; nothing was merged. Choose a .avbundle file (File ▸ Export selection as bundle… writes one) or an archive file.</source>
        <translation>{name} is not an Archive Viewer bundle or archive; nothing was merged. Choose a .avbundle file (File ▸ Export selection as bundle… writes one) or an archive file.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Archive Viewer (schema version {found}; this version reads up to {known}). Install the newer version here, then merge again; nothing was changed.</source>
        <translation>{name} was written by a newer version of Archive Viewer (schema version {found}; this version reads up to {known}). Install the newer version here, then merge again; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not there any more (was the USB stick taken out?); nothing was merged.</source>
        <translation>{path} is not there any more (was the USB stick taken out?); nothing was merged.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read; nothing was merged and the file was not changed. Write the bundle again on the other workstation.</source>
        <translation>{name} is damaged and cannot be read; nothing was merged and the file was not changed. Write the bundle again on the other workstation.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Nothing was merged</source>
        <translation>Nothing was merged</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Reading {name}</translation>
    </message>
    <message>
        <source>Comparing the articles</source>
        <translation>Comparing the articles</translation>
    </message>
    <message>
        <source>{name} waits its turn; it asks before merging.</source>
        <translation>{name} waits its turn; it asks before merging.</translation>
    </message>
    <message>
        <source>{name} was not merged: another archive is shown now.</source>
        <translation>{name} was not merged: another archive is shown now.</translation>
    </message>
    <message>
        <source>Nothing to merge from {name}: this archive holds all of it.</source>
        <translation>Nothing to merge from {name}: this archive holds all of it.</translation>
    </message>
    <message>
        <source>Merging {name}</source>
        <translation>Merging {name}</translation>
    </message>
    <message>
        <source>Merging the articles</source>
        <translation>Merging the articles</translation>
    </message>
    <message>
        <source>Backing up the archive first</source>
        <translation>Backing up the archive first</translation>
    </message>
    <message>
        <source>The merge of {name} was cancelled; what was merged stays. Merge it again to finish.</source>
        <translation>The merge of {name} was cancelled; what was merged stays. Merge it again to finish.</translation>
    </message>
    <message>
        <source>Merged {name}: new {added}, updated {updated}, linked as the same article {linked}, conflicts {conflicts}</source>
        <translation>Merged {name}: new {added}, updated {updated}, linked as the same article {linked}, conflicts {conflicts}</translation>
    </message>
    <message>
        <source>The history cannot be shown</source>
        <translation>The history cannot be shown</translation>
    </message>
    <message>
        <source>The merge of {name} stopped</source>
        <translation>The merge of {name} stopped</translation>
    </message>
    <message>
        <source>{name} was not merged</source>
        <translation>{name} was not merged</translation>
    </message>
    <message>
        <source>Whatever was merged before it stopped stays; merge the file again to finish.</source>
        <translation>Whatever was merged before it stopped stays; merge the file again to finish.</translation>
    </message>
    <message>
        <source>{name} was not merged; nothing was changed.</source>
        <translation>{name} was not merged; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged {name}</source>
        <translation>Merged {name}</translation>
    </message>
    <message>
        <source>The merge of “{name}” into {archive} was cancelled. What was merged so far stays; merge the file again to finish.</source>
        <translation>The merge of “{name}” into {archive} was cancelled. What was merged so far stays; merge the file again to finish.</translation>
    </message>
    <message>
        <source>“{name}” was merged into {archive}.</source>
        <translation>“{name}” was merged into {archive}.</translation>
    </message>
    <message>
        <source>The archive was backed up first, to {path}</source>
        <translation>The archive was backed up first, to {path}</translation>
    </message>
    <message>
        <source>Both workstations changed these articles since they last agreed. The version saved later is current; the other one is in the article's history. Open the history to compare them, or to go back to the other version.</source>
        <translation>Both workstations changed these articles since they last agreed. The version saved later is current; the other one is in the article's history. Open the history to compare them, or to go back to the other version.</translation>
    </message>
    <message>
        <source>Open &amp;history…</source>
        <translation>Open &amp;history…</translation>
    </message>
</context>
<context>
    <name>OpenOriginalAction</name>
    <message>
        <source>Open original</source>
        <translation>Open original</translation>
    </message>
    <message>
        <source>Open the file this article was imported from</source>
        <translation>Open the file this article was imported from</translation>
    </message>
    <message>
        <source>The original file could not be written: {error}</source>
        <translation>The original file could not be written: {error}</translation>
    </message>
    <message>
        <source>This article's original file is not kept in the archive.</source>
        <translation>This article's original file is not kept in the archive.</translation>
    </message>
    <message>
        <source>No program is set up to open {name}. It was saved as {path}.</source>
        <translation>No program is set up to open {name}. It was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>PageSetupForm</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margins:</translation>
    </message>
    <message>
        <source>Body font size:</source>
        <translation>Body font size:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This archive is open for reading only (a CD, a read-only share, a file without write permission, or a damaged file): it can be searched and exported, but not changed.</source>
        <translation>This archive is open for reading only (a CD, a read-only share, a file without write permission, or a damaged file): it can be searched and exported, but not changed.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Open this address in your web browser?

{url}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The archive as it is now is kept aside beside it, so nothing is lost. Backups in {folder}:</source>
        <translation>Choose the backup to restore. The archive as it is now is kept aside beside it, so nothing is lost. Backups in {folder}:</translation>
    </message>
    <message>
        <source>There are no backups of this archive in {folder}. Choose a backup file elsewhere.</source>
        <translation>There are no backups of this archive in {folder}. Choose a backup file elsewhere.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Archives ({patterns});;All files (*)</source>
        <translation>Archives ({patterns});;All files (*)</translation>
    </message>
</context>
<context>
    <name>TidyNamesDialog</name>
    <message>
        <source>Tidy names</source>
        <translation>Tidy names</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Find a name</translation>
    </message>
    <message>
        <source>The name to use</source>
        <translation>The name to use</translation>
    </message>
    <message>
        <source>Select one name to rename it, or several (Ctrl+click) to merge them into one. Every changed article keeps its previous version in its History.</source>
        <translation>Select one name to rename it, or several (Ctrl+click) to merge them into one. Every changed article keeps its previous version in its History.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>{name}  ({count})</source>
        <translation>{name}  ({count})</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Renaming</translation>
    </message>
    <message>
        <source>Renaming {names}</source>
        <translation>Renaming {names}</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Cannot rename</translation>
    </message>
    <message>
        <source>Merge {names} into “{new}”?</source>
        <translation>Merge {names} into “{new}”?</translation>
    </message>
    <message>
        <source>Rename {names} to “{new}”?</source>
        <translation>Rename {names} to “{new}”?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Show every date again</source>
        <translation>Show every date again</translation>
    </message>
    <message>
        <source>No dated articles to show</source>
        <translation>No dated articles to show</translation>
    </message>
    <message>
        <source>{period}: {count} articles</source>
        <translation>{period}: {count} articles</translation>
    </message>
    <message>
        <source>{period}: 1 article</source>
        <translation>{period}: 1 article</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Delete permanently…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message>
        <source>Articles in the Trash: {count}. They are not listed or searched; restore them to bring them back.</source>
        <translation>Articles in the Trash: {count}. They are not listed or searched; restore them to bring them back.</translation>
    </message>
    <message>
        <source>Delete the selected articles ({count}) permanently? This cannot be undone.</source>
        <translation>Delete the selected articles ({count}) permanently? This cannot be undone.</translation>
    </message>
    <message>
        <source>Empty the Trash? All its articles ({count}) will be deleted permanently. This cannot be undone.</source>
        <translation>Empty the Trash? All its articles ({count}) will be deleted permanently. This cannot be undone.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>The Trash is empty.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Empty Trash</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Import articles…</source>
        <translation>Import articles…</translation>
    </message>
    <message>
        <source>Load sample articles</source>
        <translation>Load sample articles</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>Open archive…</translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation>New archive…</translation>
    </message>
    <message>
        <source>This archive is empty</source>
        <translation>This archive is empty</translation>
    </message>
    <message>
        <source>Import article files (text, Markdown, HTML, Word, RTF or PDF) or whole folders, or drop them on this window. To see how the program works first, load a few sample articles.</source>
        <translation>Import article files (text, Markdown, HTML, Word, RTF or PDF) or whole folders, or drop them on this window. To see how the program works first, load a few sample articles.</translation>
    </message>
    <message>
        <source>No archive is open</source>
        <translation>No archive is open</translation>
    </message>
    <message>
        <source>Open an archive file, or create a new one to import articles into.</source>
        <translation>Open an archive file, or create a new one to import articles into.</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Archive Viewer is still working. The window closes as soon as this is done; nothing is lost by waiting.</source>
        <translation>Archive Viewer is still working. The window closes as soon as this is done; nothing is lost by waiting.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>Backing up the archive before closing.</source>
        <translation>Backing up the archive before closing.</translation>
    </message>
    <message>
        <source>Skip the backup</source>
        <translation>Skip the backup</translation>
    </message>
</context>
</TS>