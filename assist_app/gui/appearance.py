"""Interface language (Qt translators) and text size for the whole application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from assist_app import paths

LARGE_TEXT_FACTOR = 1.5
BASE_SIZE_PROPERTY = "assistBaseFontSize"
STYLE = """
QLabel#pageTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#stepTitle {{ font-size: {step}pt; font-weight: bold; }}
QLabel#questionText {{ font-weight: bold; }}
QCheckBox::indicator, QRadioButton::indicator, QTreeView::indicator {{ width: {box}px; height: {box}px; }}
QAbstractItemView {{ icon-size: {box}px; }}
QTreeView::item, QTableView::item, QListWidget::item {{ padding-top: {pad}px; padding-bottom: {pad}px; }}
"""


class Appearance:
    """Owns the app's translators, base font size and style sheet; all can change while the app
    runs. Until ``complete`` is called (after the window's first paint), only what the first
    paint shows is set up: our own translations and the font size, not Qt's translations (its
    dialogs) nor the style sheet (page titles, item views), each of which costs start-up time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._complete = False
        self._lang, self._large = "ja", False
        # The platform's size, kept on the app: a second Appearance (tests, screenshots) must not
        # take an already enlarged font as its normal size.
        if app.property(BASE_SIZE_PROPERTY) is None:
            size = app.font().pointSizeF()
            app.setProperty(BASE_SIZE_PROPERTY, size if size > 0 else 10.0)
        self._base_size = float(app.property(BASE_SIZE_PROPERTY))

    def use_bundled_font(self) -> None:
        """Japanese text must render on machines without a Japanese font (BIZ UD, OFL).

        The bundled font comes after the platform's own, as the one that supplies the glyphs the
        platform's font lacks, not first: BIZ UDPGothic declares an ascent and descent of exactly
        one em with no line gap, so lines set in it get no leading at all: wrapped lines touch,
        and the ascenders of a label's first line and the descenders of its last are cut at its
        edge. The platform's family is listed by its real name because Qt matches every listed
        name exactly before it resolves an alias such as "Sans Serif": after the alias, the bundled
        family would still be chosen first."""
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
            platform = QFontInfo(font).family()
            font.setFamilies([platform, *[f for f in families[:1] if f != platform]])
            self.app.setFont(font)

    def complete(self) -> None:
        self._complete = True
        self.set_language(self._lang)
        self.set_large_text(self._large)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        # Every translator the app holds, not only this object's: there is one interface language.
        for translator in self.app.findChildren(QTranslator):
            self.app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Japanese))
        if lang != "en":  # the source strings are English
            self._install_translators(lang)
        # Window titles read "<page> — <this>": the app's name in the interface language.
        self.app.setApplicationDisplayName(QCoreApplication.translate("Appearance", "Procedure Assist"))

    def _install_translators(self, lang: str) -> None:
        ours = (f"assist_{lang}", str(paths.resources_dir() / "translations"))
        qt = (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for name, folder in (ours, qt) if self._complete else (ours,):
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)

    def set_large_text(self, large: bool) -> None:
        self._large = large
        size = self._base_size * (LARGE_TEXT_FACTOR if large else 1.0)
        font: QFont = self.app.font()
        font.setPointSizeF(size)
        self.app.setFont(font)
        if not self._complete:
            return
        # Check boxes and radio buttons grow with the text, or they are hard to see and to hit.
        box = round(QFontMetrics(font).height() * 0.8)
        # Rows with air between them: a list of long procedure names is hard to follow without.
        pad = max(3, box // 4)
        self.app.setStyleSheet(
            STYLE.format(title=round(size * 1.5, 1), step=round(size * 1.3, 1), box=box, pad=pad)
        )
