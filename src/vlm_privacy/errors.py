"""Errors users see: each names the file or field at fault and says how to fix it."""

from vlm_privacy.compat import PrerequisiteError


class VlmPrivacyError(PrerequisiteError):
    """Base class for errors caused by user input or environment, not by a bug.

    Subclassing Inspect's ``PrerequisiteError`` makes ``inspect eval`` print the message
    alone, without a traceback. Inspect prints ``message`` through rich, which would read
    ``[x1, y1, x2, y2]`` or ``[width, height]`` (and any bracketed user text) as markup and
    drop it, so ``message`` is the text with rich markup escaped; ``str(error)`` stays the
    plain text.
    """

    def __init__(self, message: str) -> None:
        from rich.markup import escape

        super().__init__(message)
        self.args = (message,)
        self.message = escape(str(message))


class DataValidationError(VlmPrivacyError, ValueError):
    """A data file does not follow its documented schema."""


class DownloadError(VlmPrivacyError):
    """A download failed or produced a file that is not what was expected."""


class UnsafeArchiveError(VlmPrivacyError):
    """An archive has a member that would be written outside the target directory."""


class ParameterError(VlmPrivacyError, ValueError):
    """A task parameter (``-T name=value``) has the wrong type or is out of range."""
