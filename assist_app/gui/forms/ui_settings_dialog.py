# Automatically generated from ui/settings_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 420)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.wardLabel = QLabel(SettingsDialog)
        self.wardLabel.setObjectName(u"wardLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wardLabel)

        self.wardCombo = QComboBox(SettingsDialog)
        self.wardCombo.setObjectName(u"wardCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wardCombo)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.textSizeLabel = QLabel(SettingsDialog)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeCombo = QComboBox(SettingsDialog)
        self.textSizeCombo.setObjectName(u"textSizeCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textSizeCombo)

        self.handoutLanguageLabel = QLabel(SettingsDialog)
        self.handoutLanguageLabel.setObjectName(u"handoutLanguageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.handoutLanguageLabel)

        self.handoutLanguageCombo = QComboBox(SettingsDialog)
        self.handoutLanguageCombo.setObjectName(u"handoutLanguageCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.handoutLanguageCombo)

        self.handoutLargeCheck = QCheckBox(SettingsDialog)
        self.handoutLargeCheck.setObjectName(u"handoutLargeCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handoutLargeCheck)

        self.dataDirLabel = QLabel(SettingsDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLineEdit(SettingsDialog)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setReadOnly(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dataDirValue)

        self.databaseUrlLabel = QLabel(SettingsDialog)
        self.databaseUrlLabel.setObjectName(u"databaseUrlLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.databaseUrlLabel)

        self.databaseUrlEdit = QLineEdit(SettingsDialog)
        self.databaseUrlEdit.setObjectName(u"databaseUrlEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.databaseUrlEdit)

        self.databasePasswordLabel = QLabel(SettingsDialog)
        self.databasePasswordLabel.setObjectName(u"databasePasswordLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.databasePasswordLabel)

        self.databasePasswordEdit = QLineEdit(SettingsDialog)
        self.databasePasswordEdit.setObjectName(u"databasePasswordEdit")
        self.databasePasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.databasePasswordEdit)

        self.layout.addLayout(self.form)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.layout.addWidget(self.restartNote)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setVisible(False)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.wardLabel.setBuddy(self.wardCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.textSizeLabel.setBuddy(self.textSizeCombo)
        self.handoutLanguageLabel.setBuddy(self.handoutLanguageCombo)
        self.dataDirLabel.setBuddy(self.dataDirValue)
        self.databaseUrlLabel.setBuddy(self.databaseUrlEdit)
        self.databasePasswordLabel.setBuddy(self.databasePasswordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.wardLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Ward offices", None))
#if QT_CONFIG(accessibility)
        self.wardCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Ward office layer", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Interface language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.textSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Text size", None))
#if QT_CONFIG(accessibility)
        self.textSizeCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Text size", None))
#endif // QT_CONFIG(accessibility)
        self.handoutLanguageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Handout language", None))
#if QT_CONFIG(accessibility)
        self.handoutLanguageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default handout language", None))
#endif // QT_CONFIG(accessibility)
        self.handoutLargeCheck.setText(QCoreApplication.translate("SettingsDialog", u"Print handouts in &large print", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data &folder", None))
#if QT_CONFIG(accessibility)
        self.dataDirValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.databaseUrlLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Database URL", None))
#if QT_CONFIG(accessibility)
        self.databaseUrlEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Database URL", None))
#endif // QT_CONFIG(accessibility)
        self.databaseUrlEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"postgresql://USER@SERVER/DATABASE", None))
        self.databasePasswordLabel.setText(QCoreApplication.translate("SettingsDialog", u"Database &password", None))
#if QT_CONFIG(accessibility)
        self.databasePasswordEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Database server password", None))
#endif // QT_CONFIG(accessibility)
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"Leave the URL empty to use the SQLite file in the data folder, or give a PostgreSQL server shared by the office. The password is kept in the keychain, never in the settings file. A new database is used after the app restarts.", None))
    # retranslateUi
