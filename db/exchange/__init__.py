"""Moving articles between workstations: exchange bundles, and merging them without loss.

A **bundle** is an archive file (the same schema, marked as a bundle in its ``meta``)
that holds chosen articles with their history, tags, images, original files and the
other uids they are known by. **Merging** reads a bundle, or any whole archive (another
workstation's file, a backup), without changing it, and brings its articles into the
open archive: an article is recognised by its uid, by a uid it was linked to before, or
by its import fingerprint (the same file imported at two places); of two versions the
newer wins and the other is kept in the history; nothing is ever stored twice or lost.

``db.exchange.bundle`` writes bundles, ``db.exchange.merge`` merges, ``source`` reads the
other file, ``content`` says when two versions are the same, ``store`` writes.
"""

from db.exchange.bundle import BUNDLE_SUFFIX, export_bundle
from db.exchange.merge import MergeProgress, MergeReport, merge_archive

__all__ = ["BUNDLE_SUFFIX", "MergeProgress", "MergeReport", "export_bundle", "merge_archive"]
