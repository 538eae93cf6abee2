"""Named errors of the library. The command line turns each into one line:
``Error: FILE: reason``."""


import os


def printable(name: str | os.PathLike[str]) -> str:
    """A file name as valid text: bytes that are not UTF-8 (old archives'
    names, kept by Python as surrogates) written as \\xff escapes, so the
    name can be printed, stored and put in JSON, and still tells the bytes."""
    return os.fsencode(os.fspath(name)).decode("utf-8", "backslashreplace")


class BilagError(Exception):
    """Base class: a problem with one input file, with a reason a person can act on."""

    def __init__(self, file: str, reason: str) -> None:
        file = printable(file)
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason

    def __reduce__(self) -> tuple:
        # Rebuilt from both fields when it crosses from a worker process.
        return type(self), (self.file, self.reason)


class UnknownFormat(BilagError):
    """The file is none of the formats bilag reads (PDF, DOCX, text, HTML)."""


class EmptyFile(BilagError):
    """The file has no bytes, or no text at all."""


class CorruptFile(BilagError):
    """The file claims a format but cannot be parsed as one."""


class EncryptedPDF(BilagError):
    """The PDF is encrypted and cannot be read without a password."""


class EncryptedDocument(BilagError):
    """An Office document saved with an open password: Word keeps such a .docx
    as an OLE2 file of encrypted streams, which cannot be read without it."""


class NotAnAnnex(BilagError):
    """The file is readable but is not a document bilag can read as an annex
    (for instance a binary file with a .txt name)."""


class StoreError(Exception):
    """The SQL store cannot be used (bad URL, database unreachable), with a
    one-line reason."""


class MissingTool(BilagError):
    """Reading the file needs a program that is not installed (LibreOffice for
    .doc/.odt/.rtf, OCRmyPDF with Tesseract for scans); the reason names what to install."""


class ConversionFailed(BilagError):
    """LibreOffice or OCR could not convert the file, or ran past its time limit."""


class LimitExceeded(BilagError):
    """Reading the file ran past the per-file time or memory limit
    (`Settings.file_time_limit`, `Settings.file_memory_limit`); its worker
    process was stopped and replaced, and the batch went on."""


class WorkerDied(BilagError):
    """The worker process reading the file ended without a result (killed by
    the system, or a crash in a library's C code)."""


class NoTextLayer(NotAnAnnex):
    """A PDF whose pages hold no text (a scan): it is read by OCR where OCR is installed."""


class MissingDependency(Exception):
    """An optional part of bilag is used without its extra installed, with
    the command that installs it."""

    def __init__(self, extra: str, message: str) -> None:
        super().__init__(message)
        self.extra = extra
