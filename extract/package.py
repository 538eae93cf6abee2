"""ZIP packages (.docx, .odt) checked before anything is inflated.

An annex file comes from outside and is untrusted: a few megabytes of ZIP can
inflate to gigabytes (a "zip bomb"). The sizes a package's directory declares
bound what Python's zipfile will inflate for each member, so they are checked
first: the total, and how many times a member grows.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from bilag.errors import CorruptFile
from bilag.settings import Settings

SMALL = 1_000_000  # bytes: a member this small may pack as tightly as it likes


def check_package(path: Path, settings: Settings) -> None:
    """Refuse a ZIP package that would inflate beyond the settings' bounds."""
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with the file
    total = sum(m.file_size for m in members)
    if total > settings.max_unpacked_bytes:
        raise CorruptFile(str(path), f"the package would unpack to {total / 1e6:,.0f} MB, more than the "
                                     f"{settings.max_unpacked_bytes / 1e6:,.0f} MB allowed")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > settings.max_packing_ratio and member.file_size > SMALL:
            raise CorruptFile(str(path), f"{member.filename} would inflate {ratio:,.0f} times (a zip bomb?); "
                                         f"at most {settings.max_packing_ratio:,.0f} times is allowed")
