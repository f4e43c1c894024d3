"""The one base class of sitgraph's own errors.

Every module raises a subclass of :class:`SitgraphError` with a one-line message that
names the file or input and the problem; the CLI turns them into one-line messages and
exit code 1, never a traceback.
"""


class SitgraphError(Exception):
    """An error a user can act on, with a one-line message."""
