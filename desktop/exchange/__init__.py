"""Exchange bundles in the window: moving articles between workstations on a USB stick.

File ▸ Export selection as bundle… writes the chosen articles into a ``.avbundle`` file;
File ▸ Merge bundle or archive… (or a bundle or archive file dropped on the window)
first works out what the merge would change (a dry run), asks, merges, then reports,
conflicts listed for review. ``BundleCommands`` runs every step through the window's job
runner; the work itself is the repository's (``db.exchange``).
"""
