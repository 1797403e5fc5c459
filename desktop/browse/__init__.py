"""Browsing without typing: the panel of years, sources, authors and tags with their
counts (``BrowsePanel``), and the timeline of articles per month (``TimelineWidget``).

The counts are the repository's (``db.facets``), read on the list's query thread with
each list request; choosing entries narrows the list (``BrowseChoices``).
"""
