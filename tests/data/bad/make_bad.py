"""Build the bad-input corpus in tests/data/bad/: hostile, huge and broken
annex files, one per case, named after the case, and ``expected.json``, the
outcome each must have (see tests/test_bad_inputs.py).

    .venv/bin/python -m tests.data.bad.make_bad      (or: python tests/data/bad/make_bad.py)

Every file is written by hand from the bytes up (ZIP members, PDF objects,
text), with fixed dates and seeded randomness, so a second run writes the same
files. Bombs are never held inflated: a ZIP member is written by streaming
zeros through zlib in chunks, a PDF content stream by feeding a
`zlib.compressobj` chunk by chunk (and deflating that once more).

One case is not kept in the repository: a file name with the byte 0xff is no
valid UTF-8, and a checkout on macOS (APFS) or Windows cannot create it, so
the test writes that file into a temporary folder with `write_case`.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
MANIFEST = "expected.json"
DATE = (2024, 1, 1, 0, 0, 0)  # every ZIP member's time stamp
MB = 1_000_000
GIB = 1 << 30

# The annex every case is a broken copy of; its wording is that of the text fixtures.
TITLE = "Bilag 2: Status på handleplanens indsatser med årlige mål"
HEADER = ("Målgruppe", "Mål", "Afrapportering for 2024")
ROWS = (
    ("1. Børn og unge", "Opkvalificering af 200 fagpersoner årligt.",
     "Målet er nået. 272 fagpersoner har deltaget i oplæg."),
    ("2. Voksne", "Afvikling af 17 kurser årligt.", "Målet er ikke nået. 8 ud af 17 kurser er afviklet."),
)
NO_TABLE = "no goal/result table found"


@dataclass(frozen=True)
class Case:
    """One bad file: its name, how it is written, what reading it must give."""

    name: str
    about: str
    expected: dict
    write: Callable[[Path], None]
    committed: bool = True  # False: written by the test into a temporary folder


CASES: list[Case] = []


def case(name: str, about: str, committed: bool = True, **expected: object) -> Callable:
    """Register the decorated writer as the case `name` with its expected outcome."""
    def register(write: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.append(Case(name, about, {**expected, **({} if committed else {"committed": False})}, write,
                          committed))
        return write
    return register


def imported(goals: int | None = None, **more: object) -> dict:
    return {"outcome": "imported", **({"goals": goals} if goals is not None else {}), **more}


def warned(warning: str, goals: int | None = None, **more: object) -> dict:
    return {"outcome": "imported_with_warning", "warning": warning,
            **({"goals": goals} if goals is not None else {}), **more}


def refused(error: str, message: str, **more: object) -> dict:
    return {"outcome": "refused", "error": error, "message": message, **more}


# --- the annex as text and HTML ---------------------------------------------

def annex_text(rows: Iterable[tuple[str, ...]] = ROWS, title: str = TITLE) -> str:
    lines = [title, "", "\t".join(HEADER), *("\t".join(r) for r in rows)]
    return "\n".join(lines) + "\n"


def annex_html(table: str | None = None, title: str = TITLE, head: str = "") -> str:
    if table is None:
        table = html_table(HEADER, ROWS)
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title[:200])}</title>{head}</head>\n"
            f"<body><h1>{escape(title)}</h1>\n{table}\n</body></html>\n")


def html_table(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>"


# --- Word (.docx) packages, written member by member -------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')


def w_paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def w_cell(inner: str, span: int | None = None) -> str:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span is not None else ""
    return f"<w:tc>{props}{inner or '<w:p/>'}</w:tc>"


def w_row(cells: Iterable[str], properties: str = "") -> str:
    return f"<w:tr>{properties}" + "".join(w_cell(w_paragraph(c)) for c in cells) + "</w:tr>"


def w_grid(columns: int) -> str:
    """The table's grid, which Word always writes: its columns' widths."""
    return "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * columns + "</w:tblGrid>"


def w_table(rows: Iterable[tuple[str, ...]], header: tuple[str, ...] | None = HEADER) -> str:
    rows = [*([header] if header else []), *rows]
    return f"<w:tbl>{w_grid(len(rows[0]))}" + "".join(w_row(r) for r in rows) + "</w:tbl>"


def w_document(body: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
            f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')


def annex_body(rows: Iterable[tuple[str, ...]] = ROWS, title: str = TITLE) -> str:
    return w_paragraph(title) + w_table(rows)


Member = tuple[str, bytes | str | Callable[[], Iterator[bytes]]]


def write_zip(path: Path, members: Iterable[Member], method: int = zipfile.ZIP_DEFLATED) -> None:
    """A ZIP package with fixed time stamps; a member given as a function of
    chunks is streamed through the compressor and never held whole."""
    with zipfile.ZipFile(path, "w", method, compresslevel=9) as package:
        for name, data in members:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            if callable(data):
                with package.open(info, "w", force_zip64=False) as member:
                    for chunk in data():
                        member.write(chunk)
            else:
                package.writestr(info, data.encode("utf-8") if isinstance(data, str) else data,
                                 compresslevel=9)


def docx_members(document: str | bytes | Callable[[], Iterator[bytes]]) -> list[Member]:
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
            ("word/document.xml", document)]


def write_docx(path: Path, body: str, doctype: str = "", method: int = zipfile.ZIP_DEFLATED) -> None:
    write_zip(path, docx_members(w_document(body, doctype)), method)


def zeros(total: int, chunk: int = MB) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        block = bytes(chunk)
        for _ in range(total // chunk):
            yield block
    return chunks


def blanks_in_document(total: int) -> Callable[[], Iterator[bytes]]:
    """A document.xml that is well formed, with `total` blanks inside a text run."""
    start, end = w_document(w_paragraph(TITLE) + "<w:p><w:r><w:t>\x00</w:t></w:r></w:p>").split("\x00")

    def chunks() -> Iterator[bytes]:
        yield start.encode()
        block = b" " * MB
        for _ in range(total // MB):
            yield block
        yield end.encode()
    return chunks


# --- PDF, object by object ----------------------------------------------------

def pdf_bytes(objects: dict[int, bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of the numbered objects, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    start = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, start)
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< %s/Length %d >>\nstream\n" % (entries + b" " if entries else b"", len(data)) + data + \
        b"\nendstream"


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


COLUMNS_X = (50, 150, 310, 560)  # a ruled table of three columns on an A4 page
TOP, ROW_HEIGHT = 700, 24


def annex_content(text: Callable[[str], bytes] = pdf_string) -> bytes:
    """The page's drawing: the title and a ruled goal table, one line per cell,
    each text written by `text` (a string in the font's encoding)."""
    ops = [b"BT /F2 13 Tf 50 760 Td %s Tj ET" % text(TITLE)]
    rows = [HEADER, *ROWS]
    bottom = TOP - ROW_HEIGHT * len(rows)
    ops.append(b"0.5 w")
    for r in range(len(rows) + 1):
        y = TOP - ROW_HEIGHT * r
        ops.append(b"%d %d m %d %d l S" % (COLUMNS_X[0], y, COLUMNS_X[-1], y))
    for x in COLUMNS_X:
        ops.append(b"%d %d m %d %d l S" % (x, TOP, x, bottom))
    for r, row in enumerate(rows):
        font = b"/F2" if r == 0 else b"/F1"
        for c, cell in enumerate(row):
            size = 7 if c == 2 else 8
            ops.append(b"BT %s %d Tf %d %d Td %s Tj ET" % (font, size, COLUMNS_X[c] + 4,
                                                           TOP - ROW_HEIGHT * r - 15, text(cell)))
    return b"\n".join(ops) + b"\n"


FONTS = {5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
         6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"}


def annex_objects(page_entries: bytes = b"", content: bytes | None = None,
                  fonts: dict[int, bytes] | None = None) -> dict[int, bytes]:
    """Catalog (1), page tree (2), page (3), content (4), fonts (5, 6 …)."""
    fonts = FONTS if fonts is None else fonts
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s/Resources << /Font << /F1 5 0 R "
           b"/F2 6 0 R >> >> /Contents 4 0 R >>" % (page_entries + b" " if page_entries else b""),
        4: stream(annex_content() if content is None else content),
        **fonts,
    }


def annex_pdf(page_entries: bytes = b"") -> bytes:
    return pdf_bytes(annex_objects(page_entries))


# The standard security handler, revision 2 (RC4, 40-bit key): PDF 1.7 §7.6.3.
PASSWORD_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
FILE_ID = hashlib.md5(b"bilag bad-input corpus").digest()


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user: str, owner: str) -> bytes:
    """The annex encrypted with the user (open) and owner passwords; the
    streams (the only strings it holds are in its content stream) are RC4'd."""
    def padded(password: str) -> bytes:
        return (password.encode("latin-1") + PASSWORD_PAD)[:32]

    permissions = -44  # printing and copying allowed, changing not
    o_value = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
    key = hashlib.md5(padded(user) + o_value + permissions.to_bytes(4, "little", signed=True)
                      + FILE_ID).digest()[:5]
    u_value = rc4(key, PASSWORD_PAD)
    objects = annex_objects()
    # The content stream's own key: from object number 4 and generation 0.
    object_key = hashlib.md5(key + (4).to_bytes(3, "little") + b"\x00\x00").digest()[:10]
    objects[4] = stream(rc4(object_key, annex_content()))
    objects[7] = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        o_value.hex().encode(), u_value.hex().encode(), permissions)
    trailer = b"/Encrypt 7 0 R /ID [<%s> <%s>] " % (FILE_ID.hex().encode(), FILE_ID.hex().encode())
    return pdf_bytes(objects, trailer=trailer)


def deflated(chunks: Iterable[bytes]) -> bytes:
    """The chunks deflated, fed to the compressor one by one."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(chunk) for chunk in chunks]
    parts.append(compressor.flush())
    return b"".join(parts)


# --- OLE2 compound files (.doc, and what Word makes of an encrypted .docx) ----

def u32(value: int) -> bytes:
    return value.to_bytes(4, "little")


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal compound file (MS-CFB version 3, 512-byte sectors): a header,
    one FAT sector, one directory sector and the streams, each in whole
    sectors of the FAT (a stream under 4096 bytes ought to be in the
    mini stream; readers accept it in the FAT when the size is padded up)."""
    sector = 512
    end, free, fat_mark = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = list(streams)
    data_sectors: list[bytes] = []
    starts = []
    fat = [fat_mark, end]  # sector 0: the FAT, sector 1: the directory
    for name in names:
        body = streams[name].ljust(max(4096, len(streams[name])), b"\x00")
        count = -(-len(body) // sector)
        first = 2 + len(data_sectors)
        starts.append(first)
        fat += [first + k + 1 for k in range(count - 1)] + [end]
        data_sectors += [body[k * sector:(k + 1) * sector].ljust(sector, b"\x00") for k in range(count)]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (encoded.ljust(64, b"\x00") + len(encoded).to_bytes(2, "little") + bytes([kind, 1])  # black
                + u32(free) + u32(right) + u32(child)  # left sibling, right sibling, child
                + bytes(16 + 4 + 16) + u32(start) + size.to_bytes(8, "little"))  # CLSID, state, times

    entries = [entry("Root Entry", 5, end, 0, child=1 if names else free)]
    for k, name in enumerate(names):
        right = k + 2 if k + 1 < len(names) else free
        entries.append(entry(name, 2, starts[k], len(streams[name].ljust(4096, b"\x00")), right=right))
    directory = b"".join(entries).ljust(sector, b"\x00")
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16)  # signature, CLSID
              + bytes.fromhex("3e000300feff09000600") + bytes(6)  # versions, byte order, sector shifts
              + u32(0) + u32(1) + u32(1) + u32(0)  # directory sectors, FAT sectors, first directory
              + u32(4096) + u32(end) + u32(0) + u32(end) + u32(0)  # mini stream cut-off; no mini FAT, DIFAT
              + u32(0) + b"\xff" * (109 - 1) * 4)  # the DIFAT: the FAT is sector 0
    return header + b"".join(u32(v) for v in fat) + directory + b"".join(data_sectors)


# === The cases ================================================================

# --- Word (.docx) ---

@case("docx_zip_bomb.docx", "document.xml inflates 1,000 times to 100 MB of blanks",
      **refused("CorruptFile", "would inflate"))
def docx_zip_bomb(path: Path) -> None:
    write_zip(path, docx_members(blanks_in_document(100 * MB)))


@case("docx_overlapping_bomb.docx", "400 directory entries of 1 MB each that all point at the data of "
      "one member (an overlapping-entry zip bomb): 400 MB declared in 30 KB",
      **refused("CorruptFile", "would unpack to"))
def docx_overlapping_bomb(path: Path) -> None:
    write_zip(path, docx_members(w_document(annex_body())) + [("customXml/item0.xml", zeros(MB, MB))])
    data = path.read_bytes()
    end = data.rindex(b"PK\x05\x06")
    count = int.from_bytes(data[end + 10:end + 12], "little")
    start = int.from_bytes(data[end + 16:end + 20], "little")
    records, offset = [], start
    for _ in range(count):  # the central directory, record by record
        size = 46 + sum(int.from_bytes(data[offset + k:offset + k + 2], "little") for k in (28, 30, 32))
        records.append(data[offset:offset + size])
        offset += size
    last = records[-1]  # customXml/item0.xml, with no extra field or comment
    for k in range(1, 400):
        name = f"customXml/item{k}.xml".encode()
        records.append(last[:28] + len(name).to_bytes(2, "little") + last[30:46] + name)
    directory = b"".join(records)
    tail = (data[end:end + 8] + len(records).to_bytes(2, "little") * 2 + len(directory).to_bytes(4, "little")
            + start.to_bytes(4, "little") + data[end + 20:end + 22])
    path.write_bytes(data[:start] + directory + tail)


@case("docx_size_lie.docx", "document.xml's directory entry says 2 KB, its data inflates to 20 MB",
      **refused("CorruptFile", "not a readable Word (.docx) file"))
def docx_size_lie(path: Path) -> None:
    write_zip(path, docx_members(blanks_in_document(20 * MB)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    small = (2048).to_bytes(4, "little")
    data[info.header_offset + 22:info.header_offset + 26] = small  # the local header's size
    end = data.rindex(b"PK\x05\x06")
    directory_start = int.from_bytes(data[end + 16:end + 20], "little")
    entry = data.index(b"word/document.xml", directory_start) - 46
    data[entry + 24:entry + 28] = small  # and the central directory's
    path.write_bytes(bytes(data))


@case("docx_crc_mismatch.docx", "one byte of document.xml's compressed data flipped",
      **refused("CorruptFile", "not a readable Word (.docx) file"))
def docx_crc_mismatch(path: Path) -> None:
    write_zip(path, docx_members(w_document(annex_body())))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename)
    data[start + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))


def damaged_member(path: Path, change: Callable[[bytearray, zipfile.ZipInfo, int], None]) -> None:
    """The annex .docx with `change` made to its document.xml member
    (given the file's bytes, the member and where its data starts)."""
    write_docx(path, annex_body())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    change(data, info, info.header_offset + 30 + len(info.filename))
    path.write_bytes(bytes(data))


def central_entry(data: bytearray, name: str) -> int:
    """Where the central directory's record of the member `name` starts."""
    end = data.rindex(b"PK\x05\x06")
    return data.index(name.encode(), int.from_bytes(data[end + 16:end + 20], "little")) - 46


@case("docx_bad_deflate.docx", "document.xml's compressed data damaged so that inflating it fails",
      **refused("CorruptFile", "compressed data of a part is damaged"))
def docx_bad_deflate(path: Path) -> None:
    def change(data: bytearray, info: zipfile.ZipInfo, start: int) -> None:
        data[start:start + 4] = b"\xff\xff\xff\xff"  # a block header of a type deflate does not have
    damaged_member(path, change)


@case("docx_encrypted_member.docx", "document.xml flagged as encrypted with ZIP's own (weak) encryption",
      **refused("CorruptFile", "encrypted"))
def docx_encrypted_member(path: Path) -> None:
    def change(data: bytearray, info: zipfile.ZipInfo, start: int) -> None:
        for flags in (info.header_offset + 6, central_entry(data, info.filename) + 8):
            data[flags] |= 1
    damaged_member(path, change)


@case("docx_unknown_compression.docx", "document.xml packed by a compression method numbered 99 "
      "(WinZip's AES)", **refused("CorruptFile", "compression method"))
def docx_unknown_compression(path: Path) -> None:
    def change(data: bytearray, info: zipfile.ZipInfo, start: int) -> None:
        for method in (info.header_offset + 8, central_entry(data, info.filename) + 10):
            data[method:method + 2] = (99).to_bytes(2, "little")
    damaged_member(path, change)


@case("docx_gridspan_billion.docx", "the last header cell claims to span 1,000,000,000 grid columns",
      **imported(2))
def docx_gridspan_billion(path: Path) -> None:
    header = "".join(w_cell(w_paragraph(h), 1_000_000_000 if k == 2 else None) for k, h in enumerate(HEADER))
    rows = "".join(w_row(row) for row in ROWS)
    write_docx(path, w_paragraph(TITLE) + f"<w:tbl>{w_grid(3)}<w:tr>{header}</w:tr>{rows}</w:tbl>")


@case("docx_gridbefore_billion.docx", "rows of a table without a grid that leave out 1,000,000,000 grid "
      "columns before and after their cells", **imported(2))
def docx_gridbefore_billion(path: Path) -> None:
    props = '<w:trPr><w:gridBefore w:val="1000000000"/><w:gridAfter w:val="1000000000"/></w:trPr>'
    rows = "".join(w_row(r, props) for r in [HEADER, *ROWS])
    write_docx(path, w_paragraph(TITLE) + f"<w:tbl>{rows}</w:tbl>")


@case("docx_xxe.docx", "document.xml declares an external entity (file:///etc/passwd) and uses it in a cell",
      **imported(2, absent="root:"))
def docx_xxe(path: Path) -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], "&xxe;")]
    body = w_paragraph(TITLE) + w_table(rows).replace("&amp;xxe;", "&xxe;")
    write_docx(path, body, doctype)


@case("docx_billion_laughs.docx", "document.xml's DTD defines ten levels of ten entities each (10^10 "
      "'lol's if expanded)", **refused("CorruptFile", "an XML bomb"))
def docx_billion_laughs(path: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10}">' for k in range(1, 10)]
    doctype = "<!DOCTYPE w:document [" + "".join(entities) + "]>\n"
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], "&lol9;")]
    body = w_paragraph(TITLE) + w_table(rows).replace("&amp;lol9;", "&lol9;")
    write_docx(path, body, doctype)


def nested_tables(depth: int) -> str:
    inner = w_paragraph("Målet er nået.")
    for _ in range(depth):
        inner = f"<w:tbl><w:tr>{w_cell(inner)}</w:tr></w:tbl>"
    return inner


@case("docx_nested_tables_60.docx", "the report cell holds a table nested 60 deep (within the XML "
      "parser's depth limit)", **imported(3, text="Målet er nået."))
def docx_nested_tables_60(path: Path) -> None:
    rows = "".join(w_row(row) for row in [HEADER, *ROWS])
    deep = "<w:tr>" + w_cell(w_paragraph("3. Ældre")) + w_cell(w_paragraph("Besøgsvenner til 40 ældre.")) + \
        w_cell(nested_tables(60)) + "</w:tr>"
    write_docx(path, w_paragraph(TITLE) + f"<w:tbl>{w_grid(3)}{rows}{deep}</w:tbl>")


@case("docx_nested_tables_300.docx", "tables nested 300 deep, past the XML parser's depth limit",
      **refused("CorruptFile", "past the XML parser's limits"))
def docx_nested_tables_300(path: Path) -> None:
    write_docx(path, w_paragraph(TITLE) + w_table(ROWS) + nested_tables(300))


@case("docx_10000_tables.docx", "10,000 tiny tables of one empty cell before the goal table",
      **imported(2))
def docx_10000_tables(path: Path) -> None:
    tiny = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    write_docx(path, w_paragraph(TITLE) + tiny * 10_000 + w_table(ROWS))


def varied_text(total: int, seed: int, words: str = "unge voksne forløb kurser deltaget oplæg fagpersoner "
                "årligt indsats skoler") -> str:
    """`total` characters: a block of seeded words repeated with a counter
    between, so that it packs some 100 times (a zip bomb packs 1,000)."""
    rng = random.Random(seed)
    block = " ".join(rng.choice(words.split()) for _ in range(300))
    parts: list[str] = []
    size = k = 0
    while size < total:
        parts.append(f"{block} {k}.")
        size += len(parts[-1]) + 1
        k += 1
    return " ".join(parts)[:total]


@case("docx_cell_2mb.docx", "a report cell of 2,000,000 characters (document.xml packs 100 times)",
      **warned("a cell of 2,000,015 characters was cut to 100,000", 2))
def docx_cell_2mb(path: Path) -> None:
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], "Målet er nået. " + varied_text(2 * MB, 1))]
    write_docx(path, w_paragraph(TITLE) + w_table(rows))


@case("docx_cell_verdicts_100k.docx", "a report cell of 100,000 characters without a full stop that "
      "says 'Målet er nået' 4,000 times: read in time linear in its length (some 10 s)",
      **imported(2, slow=True))
def docx_cell_verdicts_100k(path: Path) -> None:
    words = "målet er nået unge voksne forløb kurser deltaget oplæg fagpersoner"
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], varied_text(100_000, 2, words))]
    write_docx(path, w_paragraph(TITLE) + w_table(rows))


@case("title_168k.docx", "a title paragraph of 168,000 characters",
      **warned("the title of 168,000 characters was cut to 300", 2))
def title_168k(path: Path) -> None:
    title = (TITLE + " ") + "x" * (168_000 - len(TITLE) - 1)
    write_docx(path, annex_body(title=title))


@case("doc_renamed_docx.docx", "a Word 97-2003 .doc (an OLE2 compound file) named .docx",
      **imported(4, converts=True, text="Der gennemføres 12 tryghedsvandringer årligt."))
def doc_renamed_docx(path: Path) -> None:
    shutil.copyfile(ROOT / "tests/fixtures/doc/merged_cells_horizontal.doc", path)


@case("ole_not_word.docx", "an OLE2 compound file holding no WordDocument stream (an .xls?) named .docx",
      **refused("UnknownFormat", "not a Word document"))
def ole_not_word(path: Path) -> None:
    path.write_bytes(ole_file({"Workbook": b"\x09\x08" + bytes(200)}))


@case("docx_password_protected.docx", "what Word saves for a .docx with an open password: an OLE2 "
      "file with EncryptionInfo and EncryptedPackage streams", **refused("EncryptedDocument", "password"))
def docx_password_protected(path: Path) -> None:
    rng = random.Random(7)
    path.write_bytes(ole_file({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + bytes(120),
                               "EncryptedPackage": rng.randbytes(6000)}))


@case("zip_not_docx.docx", "a ZIP archive of two text files, named .docx",
      **refused("CorruptFile", "not a readable Word (.docx) file"))
def zip_not_docx(path: Path) -> None:
    write_zip(path, [("notes.txt", "Noter til mødet\n"), ("data/tal.csv", "år;antal\n2024;17\n")])


@case("zero_bytes.docx", "an empty file named .docx", **refused("EmptyFile", "empty"))
def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


@case("docx_truncated.docx", "a .docx (members stored, not packed) cut off at 70 %: the ZIP directory is "
      "lost", **refused("CorruptFile", "damaged or incomplete"))
def docx_truncated(path: Path) -> None:
    write_docx(path, annex_body(), method=zipfile.ZIP_STORED)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 7 // 10])


@case("docx_document_not_xml.docx", "word/document.xml holds binary noise, not XML",
      **refused("CorruptFile", "not a readable Word (.docx) file"))
def docx_document_not_xml(path: Path) -> None:
    write_zip(path, docx_members(random.Random(3).randbytes(3000)))


@case("docx_named_pdf.pdf", "a good .docx named .pdf (read by what it is)", **imported(2))
def docx_named_pdf(path: Path) -> None:
    write_docx(path, annex_body())


# --- OpenDocument (.odt), RTF ---

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


@case("odt_zip_bomb.odt", "content.xml inflates 1,000 times to 100 MB of blanks (refused before "
      "LibreOffice inflates it)", **refused("CorruptFile", "would inflate"))
def odt_zip_bomb(path: Path) -> None:
    start = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
             b'"urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text>')

    def content() -> Iterator[bytes]:
        yield start
        yield from zeros(100 * MB)()
        yield b"</office:text></office:body></office:document-content>"
    write_zip(path, [("mimetype", ODT_MIMETYPE), ("content.xml", content)])


@case("rtf_truncated.rtf", "an RTF annex cut off in the middle of its table",
      **refused("ConversionFailed", "could not convert", converts=True))
def rtf_truncated(path: Path) -> None:
    data = (ROOT / "tests/fixtures/rtf/merged_cells_horizontal.rtf").read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])


# --- PDF ---

@case("pdf_rotate_90.pdf", "the annex page with /Rotate 90", **imported(2))
def pdf_rotate_90(path: Path) -> None:
    path.write_bytes(annex_pdf(b"/Rotate 90"))


@case("pdf_rotate_45.pdf", "a page rotated by 45 degrees, which PDF does not allow (only multiples of 90)",
      **imported(2))
def pdf_rotate_45(path: Path) -> None:
    path.write_bytes(annex_pdf(b"/Rotate 45"))


@case("pdf_rotate_huge.pdf", "/Rotate 9999999999990", **imported(2))
def pdf_rotate_huge(path: Path) -> None:
    path.write_bytes(annex_pdf(b"/Rotate 9999999999990"))


@case("pdf_no_tounicode_cid.pdf", "all text in a Type0 font with Identity-H and no ToUnicode map",
      **refused("NotAnAnnex", "no text mapping"))
def pdf_no_tounicode_cid(path: Path) -> None:
    def cids(text: str) -> bytes:  # glyph ids without meaning: what a subset font leaves
        return b"<" + "".join(f"{(ord(ch) % 200) + 3:04x}" for ch in text).encode() + b">"

    fonts = {
        5: b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Hidden /Encoding /Identity-H "
           b"/DescendantFonts [7 0 R] >>",
        6: b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Hidden /Encoding /Identity-H "
           b"/DescendantFonts [7 0 R] >>",
        7: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Hidden /CIDSystemInfo << /Registry "
           b"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>",
        8: b"<< /Type /FontDescriptor /FontName /ABCDEF+Hidden /Flags 4 /FontBBox [0 -200 1000 800] "
           b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    }
    path.write_bytes(pdf_bytes(annex_objects(content=annex_content(cids), fonts=fonts)))


@case("pdf_tounicode_controls.pdf", "fonts whose text map turns a glyph into U+0000 (NUL, which PostgreSQL "
      "refuses in text) or U+0007, drawn inside the words", **imported(2, absent="\x00"))
def pdf_tounicode_controls(path: Path) -> None:
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Controls def "
            b"1 begincodespacerange <00> <ff> endcodespacerange "
            b"2 beginbfchar <01> <0000> <02> <0007> endbfchar endcmap "
            b"CMapName currentdict /CMap defineresource pop end end")

    def with_controls(text: str) -> bytes:  # a control glyph after every second letter
        raw = pdf_string(text)
        inner = b"".join(bytes([b]) + (b"\x01" if i % 2 else b"\x02") for i, b in enumerate(raw[1:-1]))
        return raw[:1] + inner + raw[-1:]

    fonts = {number: font.replace(b" >>", b" /ToUnicode 7 0 R >>") for number, font in FONTS.items()}
    path.write_bytes(pdf_bytes({**annex_objects(content=annex_content(with_controls), fonts=fonts),
                                7: stream(cmap)}))


@case("pdf_damaged_xref.pdf", "every offset in the cross-reference table points 9 bytes off (as after "
      "a transfer that changed line ends)", **refused("CorruptFile", "no pages that can be read"))
def pdf_damaged_xref(path: Path) -> None:
    data = annex_pdf()
    head, xref = data.split(b"\nxref\n", 1)
    lines = xref.split(b"\n")
    for k, line in enumerate(lines):
        if line.endswith(b" 00000 n "):
            lines[k] = b"%010d 00000 n " % (int(line[:10]) + 9)
    path.write_bytes(head + b"\nxref\n" + b"\n".join(lines))


@case("pdf_startxref_wrong.pdf", "startxref points past the end of the file", **imported(2))
def pdf_startxref_wrong(path: Path) -> None:
    data = annex_pdf()
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    path.write_bytes(data[:start] + b"99999999\n%%EOF\n")


@case("pdf_no_trailer.pdf", "objects without cross-reference table or trailer (no /Root to find)",
      **refused("CorruptFile", "not a readable PDF"))
def pdf_no_trailer(path: Path) -> None:
    data = annex_pdf()
    body = data[:data.rindex(b"xref\n")]
    path.write_bytes(body.replace(b"/Type /Catalog", b"/Type /Katalog"))


@case("pdf_truncated.pdf", "the annex PDF cut off at 60 %", **refused("CorruptFile", "not a readable PDF"))
def pdf_truncated(path: Path) -> None:
    data = annex_pdf()
    path.write_bytes(data[: len(data) * 6 // 10])


@case("pdf_header_only.pdf", "only the line %PDF-1.7", **refused("CorruptFile", "not a readable PDF"))
def pdf_header_only(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n")


@case("pdf_encrypted.pdf", "RC4-encrypted with an open password", **refused("EncryptedPDF", "encrypted"))
def pdf_encrypted(path: Path) -> None:
    path.write_bytes(encrypted_pdf(user="hemmelig", owner="ejer"))


@case("pdf_owner_password_only.pdf", "encrypted with an owner password only (restrictions, no open "
      "password): readable", **imported(2))
def pdf_owner_password_only(path: Path) -> None:
    path.write_bytes(encrypted_pdf(user="", owner="ejer"))


@case("pdf_unknown_encryption.pdf", "an /Encrypt dictionary naming a security handler nobody has",
      **refused("EncryptedPDF", "encrypted"))
def pdf_unknown_encryption(path: Path) -> None:
    objects = annex_objects()
    objects[7] = b"<< /Filter /Hemmeligt /V 9 /R 9 >>"
    trailer = b"/Encrypt 7 0 R /ID [<%s> <%s>] " % (FILE_ID.hex().encode(), FILE_ID.hex().encode())
    path.write_bytes(pdf_bytes(objects, trailer=trailer))


@case("pdf_inflates_1gib.pdf", "the page's content stream inflates to 1 GiB of blanks (Flate twice)",
      **refused("LimitExceeded", "limit"))
def pdf_inflates_1gib(path: Path) -> None:
    once = deflated(b" " * MB for _ in range(GIB // MB))
    twice = zlib.compress(once, 9)
    objects = annex_objects()
    objects[4] = stream(twice, b"/Filter [/FlateDecode /FlateDecode]")
    path.write_bytes(pdf_bytes(objects))


@case("pdf_bad_flate.pdf", "the page's second content stream is Flate data of noise", **imported(2))
def pdf_bad_flate(path: Path) -> None:
    objects = annex_objects()
    objects[3] = objects[3].replace(b"/Contents 4 0 R", b"/Contents [4 0 R 9 0 R]")
    objects[9] = stream(random.Random(5).randbytes(800), b"/Filter /FlateDecode")
    path.write_bytes(pdf_bytes(objects))


@case("pdf_2000_pages.pdf", "the annex on page 1, then 1,999 pages sharing one empty content stream",
      **imported(2))
def pdf_2000_pages(path: Path) -> None:
    pages = 2000
    kids = b" ".join(b"%d 0 R" % (20 + k) for k in range(1, pages))
    objects = annex_objects()
    objects[2] = b"<< /Type /Pages /Kids [3 0 R %s] /Count %d /MediaBox [0 0 595 842] >>" % (kids, pages)
    objects[9] = stream(b"")
    for k in range(1, pages):
        objects[20 + k] = b"<</Type/Page/Parent 2 0 R/Contents 9 0 R>>"
    path.write_bytes(pdf_bytes(objects))


@case("pdf_page_tree_loop.pdf", "a page tree whose Kids include the tree itself", **imported(2))
def pdf_page_tree_loop(path: Path) -> None:
    objects = annex_objects()
    objects[2] = b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"
    path.write_bytes(pdf_bytes(objects))


@case("pdf_nested_forms_400.pdf", "form XObjects that each draw the next, 400 deep",
      **refused("CorruptFile", "nest deeper than can be read"))
def pdf_nested_forms_400(path: Path) -> None:
    depth = 400
    objects = annex_objects()
    first = 10
    objects[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R "
                  b"/F2 6 0 R >> /XObject << /X %d 0 R >> >> /Contents 4 0 R >>" % first)
    objects[4] = stream(annex_content() + b"/X Do\n")
    for k in range(depth):
        number = first + k
        inner = b"/X Do" if k + 1 < depth else b"BT /F1 8 Tf 60 100 Td (Bund) Tj ET"
        resources = b"/Resources << /XObject << /X %d 0 R >> /Font << /F1 5 0 R >> >> " % (number + 1) \
            if k + 1 < depth else b"/Resources << /Font << /F1 5 0 R >> >> "
        objects[number] = stream(inner, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources)
    path.write_bytes(pdf_bytes(objects))


@case("pdf_no_mediabox.pdf", "a page without a MediaBox (its size), which PDF requires",
      **refused("CorruptFile", "no valid size"))
def pdf_no_mediabox(path: Path) -> None:
    objects = annex_objects()
    objects[3] = objects[3].replace(b"/MediaBox [0 0 595 842] ", b"")
    path.write_bytes(pdf_bytes(objects))


@case("pdf_mediabox_empty.pdf", "a page whose MediaBox is [0 0 0 0]", **imported(2))
def pdf_mediabox_empty(path: Path) -> None:
    objects = annex_objects()
    objects[3] = objects[3].replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 0 0]")
    path.write_bytes(pdf_bytes(objects))


@case("pdf_dense_page.pdf", "one page of 4,000 words in 4-point type", **warned(NO_TABLE, 0))
def pdf_dense_page(path: Path) -> None:
    rng = random.Random(11)
    words = "unge voksne forløb kurser deltaget oplæg fagpersoner årligt".split()
    ops = [b"BT /F1 13 Tf 50 790 Td %s Tj ET" % pdf_string(TITLE)]
    for line in range(80):
        text = " ".join(rng.choice(words) for _ in range(50))
        ops.append(b"BT /F1 4 Tf 20 %.1f Td %s Tj ET" % (770 - line * 4.6, pdf_string(text)))
    path.write_bytes(pdf_bytes(annex_objects(content=b"\n".join(ops))))


@case("empty.pdf", "an empty file named .pdf", **refused("EmptyFile", "empty"))
def empty_pdf(path: Path) -> None:
    path.write_bytes(b"")


@case("png_named_pdf.pdf", "a PNG image (a blank page, no text) named .pdf: read by OCR",
      **refused("NoTextLayer", "OCR found no text", converts=True))
def png_named_pdf(path: Path) -> None:
    width, height = 600, 400
    raw = b"".join(b"\x00" + b"\xff" * width for _ in range(height))  # filter byte, then white pixels
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    dpi = (200 * 10_000 // 254).to_bytes(4, "big")  # pixels per metre
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
                     + png_chunk(b"pHYs", dpi + dpi + b"\x01") + png_chunk(b"IDAT", zlib.compress(raw, 9))
                     + png_chunk(b"IEND", b""))


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


@case("png_decompression_bomb.png", "a black-and-white page image of 20,000 × 20,000 pixels in 50 KB",
      **refused("NotAnAnnex", "too large to be a scanned page", converts=True))
def png_decompression_bomb(path: Path) -> None:
    width = height = 20_000
    row = b"\x00" + b"\x00" * (width // 8)  # filter byte, then a row of 1-bit pixels
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()  # one row at a time
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data)
                     + png_chunk(b"IEND", b""))


@case("pdf_named_txt.txt", "a good PDF named .txt (read by what it is)", **imported(2))
def pdf_named_txt(path: Path) -> None:
    path.write_bytes(annex_pdf())


# --- HTML ---

@case("html_colspan_1000.html", "a heading row of one cell with colspan=1000 (to span the whole "
      "table) above the header, and a cell with rowspan=1000000", **imported(2))
def html_colspan_1000(path: Path) -> None:
    table = html_table(HEADER, ROWS).replace("<thead>", '<thead><tr><th colspan="1000">Indsatser</th></tr>')
    table = table.replace("<td>", '<td rowspan="1000000">', 1)
    path.write_text(annex_html(table), encoding="utf-8")


@case("html_nested_300.html", "divs nested 300 deep around the table",
      **refused("CorruptFile", "deeper than the HTML parser's limit"))
def html_nested_300(path: Path) -> None:
    path.write_text(annex_html("<div>" * 300 + html_table(HEADER, ROWS) + "</div>" * 300), encoding="utf-8")


@case("html_nested_tables_80.html", "the report cell holds tables nested 80 deep (within the parser's "
      "limit)", **imported(3, text="Besøgsvenner til 40 ældre."))
def html_nested_tables_80(path: Path) -> None:
    inner = "Målet er nået."
    for _ in range(80):
        inner = f"<table><tr><td>{inner}</td></tr></table>"
    table = html_table(HEADER, ROWS).replace(
        "</tbody>", f"<tr><td>3. Ældre</td><td>Besøgsvenner til 40 ældre.</td><td>{inner}</td></tr></tbody>")
    path.write_text(annex_html(table), encoding="utf-8")


@case("html_xxe.html", "an XHTML-looking page whose DOCTYPE declares an external entity used in a cell",
      **imported(2, absent="root:"))
def html_xxe(path: Path) -> None:
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], "\x00")]
    page = annex_html(html_table(HEADER, rows)).replace("\x00", "&xxe;")
    page = page.replace("<!DOCTYPE html>", '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    path.write_text(page, encoding="utf-8")


@case("html_binary_garbage.html", "20 KB of random bytes named .html", **refused("NotAnAnnex", "binary"))
def html_binary_garbage(path: Path) -> None:
    path.write_bytes(random.Random(13).randbytes(20_000))


@case("html_no_body.html", "a page with a head and no body", **warned(NO_TABLE, 0))
def html_no_body(path: Path) -> None:
    path.write_text(f"<html><head><title>{TITLE}</title></head></html>\n", encoding="utf-8")


@case("html_10000_columns.html", "a goal table whose header row has 10,000 cells", **imported(2))
def html_10000_columns(path: Path) -> None:
    table = html_table(HEADER, ROWS).replace("</tr></thead>", "<th>" * 9_997 + "</tr></thead>")
    path.write_text(annex_html(table), encoding="utf-8")


@case("html_latin1_meta.html", "a page in Latin-1 that says so in a meta tag",
      **imported(2, text="Målet er nået."))
def html_latin1_meta(path: Path) -> None:
    page = annex_html().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    path.write_bytes(page.encode("latin-1"))


@case("html_script_flood.html", "2,000 script elements and an inline style of 30 KB before the table",
      **imported(2))
def html_script_flood(path: Path) -> None:
    scripts = "<script>var x = '<table><tr><td>Målgruppe</td></tr></table>';</script>\n" * 2000
    style = "<style>" + ".a{color:red}" * 2_300 + "</style>"
    path.write_text(annex_html(head=style + scripts), encoding="utf-8")


# --- Text exports ---

@case("txt_latin1.txt", "the text export in Latin-1 (Windows-1252)", **imported(2, text="Målet er nået."))
def txt_latin1(path: Path) -> None:
    path.write_bytes(annex_text().encode("latin-1"))


@case("txt_utf16_bom.txt", "the text export in UTF-16 LE with a byte-order mark",
      **imported(2, text="Målet er nået."))
def txt_utf16_bom(path: Path) -> None:
    path.write_bytes(b"\xff\xfe" + annex_text().encode("utf-16-le"))


@case("txt_utf16_be_bom.txt", "the text export in UTF-16 BE with a byte-order mark",
      **imported(2, text="Målet er nået."))
def txt_utf16_be_bom(path: Path) -> None:
    path.write_bytes(b"\xfe\xff" + annex_text().encode("utf-16-be"))


@case("txt_utf16_odd.txt", "UTF-16 with a byte-order mark and an odd number of bytes",
      **refused("NotAnAnnex", "claims UTF-16"))
def txt_utf16_odd(path: Path) -> None:
    path.write_bytes(b"\xff\xfe" + annex_text().encode("utf-16-le") + b"\x00")


@case("txt_utf16_no_bom.txt", "UTF-16 LE without a byte-order mark (every other byte NUL)",
      **refused("NotAnAnnex", "binary"))
def txt_utf16_no_bom(path: Path) -> None:
    path.write_bytes(annex_text().encode("utf-16-le"))


@case("txt_nul_bytes.txt", "the text export with NUL bytes in its first line",
      **refused("NotAnAnnex", "binary"))
def txt_nul_bytes(path: Path) -> None:
    path.write_bytes(annex_text().encode().replace(b"Status", b"St\x00\x00tus"))


@case("txt_nul_late.txt", "the text export with NUL bytes after 8 KB of good text",
      **refused("NotAnAnnex", "binary"))
def txt_nul_late(path: Path) -> None:
    filler = "\n".join(f"Note {k}: Materialet ligger på platformen." for k in range(250))
    text = annex_text() + "\n" + filler + "\n"
    path.write_bytes(text.encode() + b"\x00\x00\x00\x00 slut\n")


@case("txt_not_cp1252.txt", "bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8d)",
      **refused("NotAnAnnex", "neither UTF-8 nor Windows-1252"))
def txt_not_cp1252(path: Path) -> None:
    path.write_bytes(annex_text().encode("latin-1").replace(b"\xe5", b"\x81\x8d"))


@case("txt_only_whitespace.txt", "tabs, blanks and line ends only", **refused("EmptyFile", "empty"))
def txt_only_whitespace(path: Path) -> None:
    path.write_bytes(b"\t \r\n" * 500)


@case("txt_unclosed_p_20000.txt", "20,000 lines that each open a <p> and never close it",
      **warned(NO_TABLE, 0))
def txt_unclosed_p(path: Path) -> None:
    path.write_text(TITLE + "\n" + "<p>Nået\n" * 20_000, encoding="utf-8")


@case("txt_10000_columns.txt", "a goal table whose header line has 10,000 tab-separated cells",
      **imported(2))
def txt_10000_columns(path: Path) -> None:
    path.write_text(annex_text().replace("2024\n", "2024" + "\t" * 9_997 + "\n", 1), encoding="utf-8")


@case("txt_control_chars.txt", "the text export with control characters (BEL, ESC, VT) and a bidi "
      "override in cells, one of them with <p> markup", **imported(2, text="Målet er nået.", absent="\x1b"))
def txt_control_chars(path: Path) -> None:
    rows = [(ROWS[0][0], ROWS[0][1], ROWS[0][2].replace("nået.", "nået.\x07\x1b\u202e")),
            (ROWS[1][0], "\x0b" + ROWS[1][1], f"\x1b[1m <p>{ROWS[1][2]}</p> <p>\x07</p>")]
    path.write_text(annex_text(rows), encoding="utf-8")


@case("txt_markup_in_cells.txt", "cells holding document markup: <html>, <!doctype html>, <?xml?>, an "
      "unclosed comment", **imported(2, text="Afvikling af 17 kurser årligt."))
def txt_markup_in_cells(path: Path) -> None:
    rows = [(ROWS[0][0], ROWS[0][1] + " <html>", "<!doctype html>" + ROWS[0][2], "<html>"),
            (ROWS[1][0], '<?xml version="1.0"?>' + ROWS[1][1], ROWS[1][2] + " <!-- udkast",
             "<!doctype html>")]
    path.write_text(annex_text(rows), encoding="utf-8")


@case(os.fsdecode(b"bilag2_\xff.txt"), "the text export under a file name that is no UTF-8 (byte 0xff)",
      committed=False, **imported(2, file="bilag2_\\xff.txt"))
def non_utf8_name(path: Path) -> None:
    path.write_text(annex_text(), encoding="utf-8")


# === Writing ==================================================================

def manifest_name(case: Case) -> str:
    """The case's file name as valid text (bytes that are no UTF-8 as \\xff)."""
    return os.fsencode(case.name).decode("utf-8", "backslashreplace")


def manifest() -> dict[str, dict]:
    """Each case's expected outcome, by file name."""
    return {manifest_name(c): {"about": c.about, **c.expected} for c in sorted(CASES, key=manifest_name)}


def write_case(case: Case, folder: Path) -> Path:
    """Write one case's file into `folder`; its path."""
    path = folder / case.name
    case.write(path)
    return path


def main(folder: Path = HERE) -> None:
    """Write every committed case and the manifest into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        if case.committed:
            write_case(case, folder)
    text = json.dumps(manifest(), ensure_ascii=False, indent=2) + "\n"
    (folder / MANIFEST).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
