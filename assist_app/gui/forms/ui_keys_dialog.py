# Automatically generated from ui/keys_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt

from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(680, 520)
        self.layout = QVBoxLayout(KeysDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(KeysDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.ownBox = QGroupBox(KeysDialog)
        self.ownBox.setObjectName(u"ownBox")
        self.ownForm = QFormLayout(self.ownBox)
        self.ownForm.setObjectName(u"ownForm")
        self.ownKeyTitle = QLabel(self.ownBox)
        self.ownKeyTitle.setObjectName(u"ownKeyTitle")

        self.ownForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownKeyTitle)

        self.ownKeyLabel = QLabel(self.ownBox)
        self.ownKeyLabel.setObjectName(u"ownKeyLabel")
        self.ownKeyLabel.setWordWrap(True)
        self.ownKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ownForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownKeyLabel)

        self.nameLabel = QLabel(self.ownBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.ownForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.ownBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.ownForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.exportButton = QPushButton(self.ownBox)
        self.exportButton.setObjectName(u"exportButton")

        self.ownForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.exportButton)

        self.layout.addWidget(self.ownBox)

        self.trustedBox = QGroupBox(KeysDialog)
        self.trustedBox.setObjectName(u"trustedBox")
        self.trustedLayout = QVBoxLayout(self.trustedBox)
        self.trustedLayout.setObjectName(u"trustedLayout")
        self.keysTable = QTableWidget(self.trustedBox)
        self.keysTable.setObjectName(u"keysTable")
        self.keysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keysTable.setTabKeyNavigation(False)

        self.trustedLayout.addWidget(self.keysTable)

        self.trustedRow = QHBoxLayout()
        self.trustedRow.setObjectName(u"trustedRow")
        self.importButton = QPushButton(self.trustedBox)
        self.importButton.setObjectName(u"importButton")

        self.trustedRow.addWidget(self.importButton)

        self.removeButton = QPushButton(self.trustedBox)
        self.removeButton.setObjectName(u"removeButton")

        self.trustedRow.addWidget(self.removeButton)

        self.trustedSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trustedRow.addItem(self.trustedSpacer)

        self.trustedLayout.addLayout(self.trustedRow)

        self.layout.addWidget(self.trustedBox)

        self.resultLabel = QLabel(KeysDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.resultLabel)

        self.buttons = QDialogButtonBox(KeysDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeysDialog)

        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Resume-code keys", None))
        self.introLabel.setText(QCoreApplication.translate("KeysDialog", u"Each installation signs the resume codes it prints. A code is accepted here only if it was signed by this installation or by one whose public key was imported. Hand this installation's public key file to the other seats and laptops of your ward, and import theirs.", None))
        self.ownBox.setTitle(QCoreApplication.translate("KeysDialog", u"This installation", None))
        self.ownKeyTitle.setText(QCoreApplication.translate("KeysDialog", u"Key", None))
        self.nameLabel.setText(QCoreApplication.translate("KeysDialog", u"&Name in the file", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("KeysDialog", u"Name of this installation, as others will see it", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("KeysDialog", u"e.g. Minato ward office, counter 1", None))
        self.exportButton.setText(QCoreApplication.translate("KeysDialog", u"&Export the public key\u2026", None))
        self.trustedBox.setTitle(QCoreApplication.translate("KeysDialog", u"Installations whose codes are accepted", None))
#if QT_CONFIG(accessibility)
        self.keysTable.setAccessibleName(QCoreApplication.translate("KeysDialog", u"Trusted keys", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("KeysDialog", u"&Import a key file\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("KeysDialog", u"&Stop trusting the selected key", None))
    # retranslateUi
