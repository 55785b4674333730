"""Preferences: ward office layer, interface language, text size, handout defaults, and the database
(the data folder's SQLite file, or a PostgreSQL server whose password goes to the keychain)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from assist_app.catalog import Library
from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from assist_app.gui.labels import HANDOUT_LANGUAGES
from assist_app.gui.settings import Settings
from assist_app.security import SecretStore, SecretStoreError
from assist_app.security.database_key import PassphraseRequired
from assist_app.services.database_choice import choose_database, parse_database_url
from assist_app.services.errors import InvalidInput


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        library: Library,
        data_dir: Path,
        database_url: str,
        parent: QWidget | None = None,
        keychain: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings, self.data_dir = settings, data_dir
        self._keychain = keychain or SecretStore()
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
        # wide enough for its example, in any text size
        example = ui.databaseUrlEdit.fontMetrics().horizontalAdvance(ui.databaseUrlEdit.placeholderText())
        ui.databaseUrlEdit.setMinimumWidth(example + 4 * ui.databaseUrlEdit.fontMetrics().averageCharWidth())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        if not self._save_database():
            return
        ui, settings = self.ui, self.settings
        settings.ward = ui.wardCombo.currentData()
        settings.language = ui.languageCombo.currentData()
        settings.large_text = ui.textSizeCombo.currentData()
        settings.handout_language = ui.handoutLanguageCombo.currentData()
        settings.handout_large = ui.handoutLargeCheck.isChecked()
        super().accept()

    def _save_database(self) -> bool:
        """The database URL to config.json (without a password), the password to the keychain;
        False (the dialog stays open, saying why) when the URL or the keychain will not do."""
        ui = self.ui
        url, password = ui.databaseUrlEdit.text().strip(), ui.databasePasswordEdit.text()
        if url == self._initial_url and not password:
            return True
        try:
            choose_database(self.data_dir, url, password or None, self._keychain)
        except InvalidInput:
            return self._refuse(
                self.tr(
                    "This is not a database the app can use. Give a PostgreSQL server as "
                    "postgresql://USER@SERVER/DATABASE, or leave the URL empty for the SQLite file."
                ),
                ui.databaseUrlEdit,
            )
        except PassphraseRequired:  # no keychain works here: the vault needs a passphrase
            return self._refuse(
                self.tr(
                    "No keychain can keep the password on this computer. Keep it with "
                    "“assist-app database password” (protected by a passphrase) instead, or give it "
                    "in PGPASSWORD."
                ),
                ui.databasePasswordEdit,
            )
        except SecretStoreError as exc:
            return self._refuse(explain(exc), ui.databasePasswordEdit)
        shown, _ = parse_database_url(url)
        ui.databaseUrlEdit.setText(shown or "")  # a password typed into the URL does not stay on screen
        ui.databasePasswordEdit.clear()
        return True

    def _refuse(self, message: str, field) -> bool:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
        field.setFocus()
        return False


@dataclass(frozen=True)
class SettingsSaved:
    # A new language has already retranslated every page (through the window's request).
    language_changed: bool


def edit_settings(
    window: QMainWindow, settings: Settings, library: Library, data_dir: Path, database_url: str
) -> SettingsSaved | None:
    """The dialog over ``window`` (the main window); the language and text size it changed are
    applied through the window's requests. None when the helper cancelled."""
    before = (settings.language, settings.large_text)
    if (
        SettingsDialog(settings, library, data_dir, database_url, window).exec()
        != QDialog.DialogCode.Accepted
    ):
        return None
    language_changed = settings.language != before[0]
    if language_changed:
        window.language_requested.emit(settings.language)
    if settings.large_text != before[1]:
        window.ui.actionLargeText.setChecked(settings.large_text)
    return SettingsSaved(language_changed)
