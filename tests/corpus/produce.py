"""The outside producers: LibreOffice and Chromium, run headless on files."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run")


def program(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit(f"build: {names[0]} is needed (apt-get install {names[-1]})")


def libreoffice(source: Path, target: Path, to: str) -> None:
    """Convert a document with LibreOffice (`to`: pdf, odt, docx) in a profile of its own."""
    soffice = program("soffice", "libreoffice", "libreoffice-writer-nogui")
    filters = {"docx": "docx:MS Word 2007 XML", "odt": "odt", "pdf": "pdf"}
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        out = Path(tmp, "out")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                        filters[to], "--outdir", str(out), str(source)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(out / f"{source.stem}.{to}", target)


def chromium(html: str, target: Path, name: str, header_footer: bool) -> None:
    """Print an HTML page to PDF with headless Chromium; with `header_footer`
    the browser adds its print header and footer (date, title, URL, page of pages)."""
    browser = program("chromium", "chromium-browser", "chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "kommune.dk", "politik", f"{name}.html")
        page.parent.mkdir(parents=True)
        page.write_text(html, encoding="utf-8")
        out = Path(tmp, "out.pdf")
        flags = [*CHROMIUM_FLAGS, f"--user-data-dir={Path(tmp, 'profile')}", f"--print-to-pdf={out}"]
        if not header_footer:
            flags.append("--no-pdf-header-footer")
        subprocess.run([browser, *flags, page.as_uri()], check=True, capture_output=True, timeout=120)
        shutil.move(out, target)
