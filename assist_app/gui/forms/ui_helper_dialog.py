# Automatically generated from ui/helper_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_HelperDialog(object):
    def setupUi(self, HelperDialog):
        if not HelperDialog.objectName():
            HelperDialog.setObjectName(u"HelperDialog")
        HelperDialog.resize(560, 520)
        self.layout = QVBoxLayout(HelperDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HelperDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.helperList = QListWidget(HelperDialog)
        self.helperList.setObjectName(u"helperList")

        self.layout.addWidget(self.helperList)

        self.selectedBox = QGroupBox(HelperDialog)
        self.selectedBox.setObjectName(u"selectedBox")
        self.selectedRow = QHBoxLayout(self.selectedBox)
        self.selectedRow.setObjectName(u"selectedRow")
        self.setPinButton = QPushButton(self.selectedBox)
        self.setPinButton.setObjectName(u"setPinButton")

        self.selectedRow.addWidget(self.setPinButton)

        self.selectedRoleCombo = QComboBox(self.selectedBox)
        self.selectedRoleCombo.setObjectName(u"selectedRoleCombo")

        self.selectedRow.addWidget(self.selectedRoleCombo)

        self.setRoleButton = QPushButton(self.selectedBox)
        self.setRoleButton.setObjectName(u"setRoleButton")

        self.selectedRow.addWidget(self.setRoleButton)

        self.activeButton = QPushButton(self.selectedBox)
        self.activeButton.setObjectName(u"activeButton")

        self.selectedRow.addWidget(self.activeButton)

        self.selectedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectedRow.addItem(self.selectedSpacer)

        self.layout.addWidget(self.selectedBox)

        self.newHelperBox = QGroupBox(HelperDialog)
        self.newHelperBox.setObjectName(u"newHelperBox")
        self.form = QFormLayout(self.newHelperBox)
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.newHelperBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newHelperBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.newHelperBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.newHelperBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.pinLabel = QLabel(self.newHelperBox)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.newHelperBox)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinAgainLabel = QLabel(self.newHelperBox)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.pinAgainEdit = QLineEdit(self.newHelperBox)
        self.pinAgainEdit.setObjectName(u"pinAgainEdit")
        self.pinAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinAgainEdit)

        self.addButton = QPushButton(self.newHelperBox)
        self.addButton.setObjectName(u"addButton")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addButton)

        self.layout.addWidget(self.newHelperBox)

        self.buttons = QDialogButtonBox(HelperDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinAgainLabel.setBuddy(self.pinAgainEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HelperDialog)

        QMetaObject.connectSlotsByName(HelperDialog)
    # setupUi

    def retranslateUi(self, HelperDialog):
        HelperDialog.setWindowTitle(QCoreApplication.translate("HelperDialog", u"Helper accounts", None))
        self.introLabel.setText(QCoreApplication.translate("HelperDialog", u"Each helper signs in with their own PIN. A volunteer sees only the residents and cases they look after; counter staff see all; a supervisor also sees the audit log and manages accounts.", None))
#if QT_CONFIG(accessibility)
        self.helperList.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.selectedBox.setTitle(QCoreApplication.translate("HelperDialog", u"The chosen helper", None))
        self.setPinButton.setText(QCoreApplication.translate("HelperDialog", u"Set &PIN\u2026", None))
#if QT_CONFIG(accessibility)
        self.selectedRoleCombo.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Role of the chosen helper", None))
#endif // QT_CONFIG(accessibility)
        self.setRoleButton.setText(QCoreApplication.translate("HelperDialog", u"Change &role", None))
        self.activeButton.setText(QCoreApplication.translate("HelperDialog", u"&Deactivate", None))
        self.newHelperBox.setTitle(QCoreApplication.translate("HelperDialog", u"New account", None))
        self.nameLabel.setText(QCoreApplication.translate("HelperDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Helper name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("HelperDialog", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Helper role", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("HelperDialog", u"P&IN", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("HelperDialog", u"PIN for the new helper", None))
#endif // QT_CONFIG(accessibility)
        self.pinAgainLabel.setText(QCoreApplication.translate("HelperDialog", u"PIN a&gain", None))
#if QT_CONFIG(accessibility)
        self.pinAgainEdit.setAccessibleName(QCoreApplication.translate("HelperDialog", u"The same PIN again", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("HelperDialog", u"&Add account", None))
    # retranslateUi
