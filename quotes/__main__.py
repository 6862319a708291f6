"""``python -m quotes``: see :mod:`quotes.cli`."""

from .cli import main

raise SystemExit(main())
