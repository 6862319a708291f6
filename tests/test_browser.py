"""A real browser check: headless Chromium draws the seed article's quote view.

Renders ``../shared/seeds/000_a45e18ada133cc22.txt`` (beside the repository)
with :func:`quotes.render_html`, then runs headless Chromium twice on the
file: ``--screenshot`` (the PNG is decoded here with zlib/struct, no Pillow,
and must show many colours, including the highlight tints) and
``--dump-dom`` (the live DOM must hold exactly one ``.q-quote`` element per
quote). The screenshot is kept in ``build/screenshots/seed.png``.

Skipped, with the reason, when the seed article or Chromium is missing
(``apt-get install chromium`` on Debian/Ubuntu).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotes
from quotes.render import PALETTE, _tint

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_a45e18ada133cc22.txt"
SCREENSHOT = ROOT / "build" / "screenshots" / "seed.png"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def find_chromium() -> str | None:
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = find_chromium()
    if exe is None:
        pytest.skip("headless Chromium is not installed (/usr/bin/chromium or chromium on PATH); "
                    "install it with: apt-get install -y chromium")
    return exe


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (the shared/ folder beside the repository)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_page(seed_text: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("render") / "seed.html"
    quotes.render_html(quotes.analyze(seed_text, doc_id=SEED.name), path=path)
    return path


def run_chromium(exe: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


# -- a small PNG decoder (8-bit, non-interlaced; what Chromium writes) --------


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """Return (width, height, rows of raw pixel bytes, bytes per pixel)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r} chunk"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    assert header is not None, "no IHDR chunk"
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    assert depth == 8 and channels and interlace == 0, f"unsupported PNG layout {header}"
    bpp = channels
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        base = y * (stride + 1)
        ftype = raw[base]
        line = bytearray(raw[base + 1 : base + 1 + stride])
        if ftype == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:  # Up
            line = bytearray((x + p) & 0xFF for x, p in zip(line, prev))
        elif ftype == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:  # Paeth
            for i in range(stride):
                if i >= bpp:
                    line[i] = (line[i] + _paeth(line[i - bpp], prev[i], prev[i - bpp])) & 0xFF
                else:
                    line[i] = (line[i] + prev[i]) & 0xFF
        else:
            assert ftype == 0, f"bad filter type {ftype}"
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def pixel_colours(rows: list[bytes], bpp: int) -> set[tuple[int, int, int]]:
    out: set[tuple[int, int, int]] = set()
    for row in rows:
        for i in range(0, len(row), bpp):
            px = row[i : i + bpp]
            out.add((px[0], px[0], px[0]) if bpp <= 2 else (px[0], px[1], px[2]))
    return out


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _near(colours: set[tuple[int, int, int]], target: tuple[int, int, int], tol: int = 4) -> bool:
    return any(all(abs(a - b) <= tol for a, b in zip(c, target)) for c in colours)


class QuoteCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.indexes: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "q-quote" in (a.get("class") or "").split():
            self.indexes.append(a.get("data-quote-index", ""))


# -- the checks ----------------------------------------------------------------


def test_screenshot_is_not_blank(chromium: str, seed_text: str, seed_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "seed.png"
    proc = run_chromium(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000", seed_page.as_uri())
    assert shot.is_file(), f"Chromium wrote no screenshot (exit {proc.returncode}):\n{proc.stderr[-2000:]}"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)
    print(f"screenshot: {SCREENSHOT}")

    width, height, rows, bpp = decode_png(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    colours = pixel_colours(rows, bpp)
    assert len(colours) > 100, f"only {len(colours)} distinct colours: a blank page?"
    # The two speakers of the seed article get the first two palette tints.
    speakers = {q.speaker.name for q in quotes.analyze(seed_text).quotes if q.speaker}
    assert len(speakers) >= 2
    for _, colour in PALETTE[:2]:
        assert _near(colours, _rgb(_tint(colour))), f"highlight tint of {colour} not drawn"
    # Mostly a light page with dark text on it.
    assert _near(colours, (255, 255, 255)) and any(sum(c) < 150 for c in colours)


def test_dom_has_one_quote_element_per_quote(chromium: str, seed_text: str, seed_page: Path, tmp_path: Path) -> None:
    proc = run_chromium(chromium, tmp_path, "--dump-dom", seed_page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert "<body" in dom, f"no DOM dumped:\n{proc.stderr[-2000:]}"
    counter = QuoteCounter()
    counter.feed(dom)
    expected = quotes.analyze(seed_text).quotes
    assert len(expected) > 0
    assert counter.indexes == [str(i) for i in range(len(expected))]
    assert "<script" not in dom.lower()


def _encode_png(width: int, height: int, pixels: list[bytes], filters: list[int]) -> bytes:
    """A tiny RGB PNG encoder that applies the given filter per row (to test the decoder)."""
    bpp, raw, prev = 3, bytearray(), bytes(width * 3)
    for row, ftype in zip(pixels, filters):
        out = bytearray()
        for i, x in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pred = [0, a, b, (a + b) >> 1, _paeth(a, b, c)][ftype]
            out.append((x - pred) & 0xFF)
        raw += bytes([ftype]) + out
        prev = row

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b"")


def test_png_decoder_round_trips_every_filter() -> None:
    width, height = 7, 10
    pixels = [bytes((x * 37 + y * 11 + k * 90) % 256 for x in range(width) for k in range(3)) for y in range(height)]
    filters = [y % 5 for y in range(height)]
    w, h, rows, bpp = decode_png(_encode_png(width, height, pixels, filters))
    assert (w, h, bpp) == (width, height, 3)
    assert rows == pixels
