"""The locale of each interface language, apart from the formatting that uses it: the window sets its
default locale before its first frame, without loading Babel's data (desktop/core/display.py)."""

from __future__ import annotations

LOCALES = {"he": "he_IL", "es": "es_ES", "en": "en_US"}
