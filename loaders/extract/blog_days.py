"""A live blog's entries lend no day to one another.

A news site's live blog is a run of entries each opened by a line holding only its time
(blog_entries.py), newest or oldest first. Read in text order, a newest-first blog tells a
catch-up entry's earlier attack ("The last deadly strike in the area was on Saturday, when a
drone hit a car near Bint Jbeil") just above the entry of an act of the blog's own day ("A
second strike: a drone hit a motorcycle in Qana"). An act whose sentence gives no day took the
day told last, so the day's second strike was dated to Saturday. Each entry is told on its own:
entering a new entry, the day told last is not lent on, as entering a dated entry of a
timeline (extractor._entry_reference); the act then takes the page's day (the blog's) unless
its own entry tells another.

Used by extractor.py (:class:`BlogEntries` in place of blog_entries.Entries). Cost: a
bisection per sentence.
"""

from __future__ import annotations

from sitgraph.loaders.extract.blog_entries import Entries
from sitgraph.loaders.extract.rules import branch, enabled, event_dates

ENTRY_DAY = branch(
    "date.blog-entry-not-lent",
    "in a live blog, a day told in one timestamped entry ('The last deadly strike was on Saturday') is not lent "
    "to an undated act of the next entry ('A drone hit a motorcycle in Qana')",
    pos=[("Lebanon live: strikes in the south\n\n21:10\nThat is all from us tonight.\n\n15:20\nThe last deadly "
          "strike in the area was on Monday, when an Israeli drone hit a car near the town of Bint Jbeil, killing "
          "two men.\n\n13:25\nA drone hit a motorcycle on the main road in the town of Qana, killing its rider, the "
          "news agency reported.\n\n12:40\nPeople are digging through the rubble.",
          (("2023-11-13", None), ("2023-11-16", None)))],
    # the same lines without timestamps: a story's next sentence takes the day told before it
    neg=[("Lebanon: strikes in the south\n\nThe last deadly strike in the area was on Monday, when an Israeli "
          "drone hit a car near the town of Bint Jbeil, killing two men. A drone hit a motorcycle on the main road "
          "in the town of Qana, killing its rider, the news agency reported.",
          (("2023-11-13", None), ("2023-11-13", None)))],
    probe=event_dates, where="blog_days.BlogEntries.entered")


class BlogEntries(Entries):
    """The entries of a text laid out as a live blog (blog_entries.Entries), remembering the
    entry read last."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.read = 0

    def entered(self, offset: int) -> bool:
        """Does a sentence at `offset`, read after the one before it, open another entry of a
        live blog (at least blog_entries.MIN_ENTRIES timestamps)? Then the day told last is
        not lent to it. False in a text that is no blog."""
        if not self or not enabled(ENTRY_DAY):
            return False
        entry = self.of(offset)
        before, self.read = self.read, entry
        return entry != before
