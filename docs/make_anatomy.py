"""Regenerate ``docs/_static/anatomy.png``: the renderer's view of a small example.

Usage, from the repository root (needs headless Chromium, e.g.
``apt-get install chromium``)::

    python docs/make_anatomy.py

The example text is :data:`ANATOMY_TEXT`, which ``docs/anatomy.md`` also uses
in its doctests, so the picture and the numbers on the page describe the same
quotes. The page is rendered with :func:`quotes.render_html`, then Chromium
takes a screenshot of it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The invented example shown on the "Anatomy of a Quote" page.
ANATOMY_TEXT = (
    "Harbour Minister Ana Lindqvar met dockworkers on Monday. "
    "\u201cThe cranes will come,\u201d she told the crowd, \u201cand so will the training.\u201d\n\n"
    "Tomas Brennic, who leads the union, described the plan as \u201ca gamble with our jobs\u201d.\n\n"
    "Talks will resume next week, the union said."
)

OUTPUT = HERE / "_static" / "anatomy.png"
WINDOW = "1000,600"


def find_chromium() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def main() -> int:
    sys.path.insert(0, str(HERE.parent))  # run from a source checkout without installing
    import quotes

    exe = find_chromium()
    if exe is None:
        print("make_anatomy: Chromium not found; install it (apt-get install chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "anatomy.html"
        quotes.render_html(quotes.analyze(ANATOMY_TEXT), path=page, title="Anatomy of a quote")
        shot = Path(tmp) / "anatomy.png"
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic",
            "--hide-scrollbars",
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--screenshot={shot}",
            f"--window-size={WINDOW}",
            page.as_uri(),
        ]
        subprocess.run(cmd, capture_output=True, timeout=90, check=False)
        if not shot.is_file():
            print("make_anatomy: Chromium wrote no screenshot", file=sys.stderr)
            return 1
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, OUTPUT)
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
