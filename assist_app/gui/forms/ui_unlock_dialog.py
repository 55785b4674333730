# Automatically generated from ui/unlock_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 330)
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setObjectName(u"layout")
        self.reasonLabel = QLabel(UnlockDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.reasonLabel)

        self.pages = QStackedWidget(UnlockDialog)
        self.pages.setObjectName(u"pages")
        self.passphrasePage = QWidget()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseForm = QFormLayout(self.passphrasePage)
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(self.passphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(self.passphrasePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.passphrasePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.pages.addWidget(self.passphrasePage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryForm = QFormLayout(self.recoveryPage)
        self.recoveryForm.setObjectName(u"recoveryForm")
        self.recoveryLabel = QLabel(self.recoveryPage)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.recoveryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recoveryLabel)

        self.recoveryEdit = QLineEdit(self.recoveryPage)
        self.recoveryEdit.setObjectName(u"recoveryEdit")

        self.recoveryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recoveryEdit)

        self.newPassphraseLabel = QLabel(self.recoveryPage)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.recoveryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(self.recoveryPage)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.recoveryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.newConfirmLabel = QLabel(self.recoveryPage)
        self.newConfirmLabel.setObjectName(u"newConfirmLabel")

        self.recoveryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newConfirmLabel)

        self.newConfirmEdit = QLineEdit(self.recoveryPage)
        self.newConfirmEdit.setObjectName(u"newConfirmEdit")
        self.newConfirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.recoveryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newConfirmEdit)

        self.pages.addWidget(self.recoveryPage)

        self.layout.addWidget(self.pages)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.errorLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(UnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.newConfirmLabel.setBuddy(self.newConfirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Open the case database", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"The same passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Recovery key", None))
#if QT_CONFIG(accessibility)
        self.recoveryEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Recovery key from the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryEdit.setPlaceholderText(QCoreApplication.translate("UnlockDialog", u"XXXX-XXXX-\u2026 (type it, or scan the sheet's QR code)", None))
        self.newPassphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.newPassphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newConfirmLabel.setText(QCoreApplication.translate("UnlockDialog", u"A&gain", None))
#if QT_CONFIG(accessibility)
        self.newConfirmEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"The same new passphrase again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
