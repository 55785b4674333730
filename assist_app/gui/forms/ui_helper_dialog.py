# Automatically generated from ui/helper_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout

class Ui_HelperDialog(object):
    def setupUi(self, HelperDialog):
        if not HelperDialog.objectName():
            HelperDialog.setObjectName(u"HelperDialog")
        HelperDialog.resize(460, 380)
        self.layout = QVBoxLayout(HelperDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HelperDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.helperList = QListWidget(HelperDialog)
        self.helperList.setObjectName(u"helperList")

        self.layout.addWidget(self.helperList)

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

        self.addButton = QPushButton(self.newHelperBox)
        self.addButton.setObjectName(u"addButton")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addButton)

        self.layout.addWidget(self.newHelperBox)

        self.buttons = QDialogButtonBox(HelperDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HelperDialog)

        QMetaObject.connectSlotsByName(HelperDialog)
    # setupUi

    def retranslateUi(self, HelperDialog):
        HelperDialog.setWindowTitle(QCoreApplication.translate("HelperDialog", u"Who is using the app?", None))
        self.introLabel.setText(QCoreApplication.translate("HelperDialog", u"Every change is recorded under the helper's name. Choose yourself, or add yourself.", None))
#if QT_CONFIG(accessibility)
        self.helperList.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Helpers", None))
#endif // QT_CONFIG(accessibility)
        self.newHelperBox.setTitle(QCoreApplication.translate("HelperDialog", u"New helper", None))
        self.nameLabel.setText(QCoreApplication.translate("HelperDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Helper name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("HelperDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("HelperDialog", u"Helper role", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("HelperDialog", u"&Add and use", None))
    # retranslateUi
