"""Interface language (Qt translators) and text size for the whole application."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assist_app import paths

LARGE_TEXT_FACTOR = 1.5
STYLE = """
QLabel#pageTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#stepTitle {{ font-size: {step}pt; font-weight: bold; }}
*:focus {{ outline: 2px solid palette(highlight); }}
"""


class Appearance:
    """Owns the app's translators and base font size; both can change while the app runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._translators: list[QTranslator] = []
        self._base_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0

    def use_bundled_font(self) -> None:
        """Japanese text must render on machines without a Japanese font (BIZ UD, OFL)."""
        try:
            folder = paths.fonts_dir()
        except FileNotFoundError:
            return
        families: list[str] = []
        for font in sorted(folder.glob("*Regular.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(font))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        if families:
            font = self.app.font()
            font.setFamilies([*families[:1], *font.families()])
            self.app.setFont(font)

    def set_language(self, lang: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Japanese))
        if lang == "en":
            return  # the source strings are English
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = paths.resources_dir() / "translations"
        for name, folder in ((f"qtbase_{lang}", qt_dir), (f"assist_{lang}", str(ours))):
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._translators.append(translator)

    def set_large_text(self, large: bool) -> None:
        size = self._base_size * (LARGE_TEXT_FACTOR if large else 1.0)
        font: QFont = self.app.font()
        font.setPointSizeF(size)
        self.app.setFont(font)
        self.app.setStyleSheet(STYLE.format(title=round(size * 1.5, 1), step=round(size * 1.3, 1)))
