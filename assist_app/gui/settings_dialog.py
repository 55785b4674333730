"""Preferences: ward office layer, interface language, text size, handout defaults, database URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from assist_app.catalog import Library
from assist_app.config import save_database_url
from assist_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from assist_app.gui.settings import Settings

HANDOUT_LANGUAGES = (("ja", "日本語"), ("en", "English"), ("easy_ja", "やさしい日本語"))


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        library: Library,
        data_dir: Path,
        database_url: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings, self.data_dir = settings, data_dir
        ui = self.ui
        ui.wardCombo.addItem(self.tr("Generic (any ward)"), "generic")
        for layer in library.wards():
            ui.wardCombo.addItem(layer.ward.ja if layer.ward else layer.id, layer.id)
        ui.languageCombo.addItem("日本語", "ja")
        ui.languageCombo.addItem("English", "en")
        ui.textSizeCombo.addItem(self.tr("Normal"), False)
        ui.textSizeCombo.addItem(self.tr("Large"), True)
        for code, label in HANDOUT_LANGUAGES:
            ui.handoutLanguageCombo.addItem(label, code)
        ui.wardCombo.setCurrentIndex(max(0, ui.wardCombo.findData(settings.ward)))
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(settings.language)))
        ui.textSizeCombo.setCurrentIndex(1 if settings.large_text else 0)
        ui.handoutLanguageCombo.setCurrentIndex(
            max(0, ui.handoutLanguageCombo.findData(settings.handout_language))
        )
        ui.handoutLargeCheck.setChecked(settings.handout_large)
        ui.dataDirValue.setText(str(data_dir))
        default_url = f"sqlite:///{data_dir / 'assist.sqlite3'}"
        self._initial_url = "" if database_url == default_url else database_url
        ui.databaseUrlEdit.setText(self._initial_url)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        ui, settings = self.ui, self.settings
        settings.ward = ui.wardCombo.currentData()
        settings.language = ui.languageCombo.currentData()
        settings.large_text = ui.textSizeCombo.currentData()
        settings.handout_language = ui.handoutLanguageCombo.currentData()
        settings.handout_large = ui.handoutLargeCheck.isChecked()
        url = ui.databaseUrlEdit.text().strip()
        if url != self._initial_url:
            save_database_url(self.data_dir, url or None)
        super().accept()
