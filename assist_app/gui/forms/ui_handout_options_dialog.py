# Automatically generated from ui/handout_options_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

class Ui_HandoutOptionsDialog(object):
    def setupUi(self, HandoutOptionsDialog):
        if not HandoutOptionsDialog.objectName():
            HandoutOptionsDialog.setObjectName(u"HandoutOptionsDialog")
        HandoutOptionsDialog.resize(440, 200)
        self.layout = QVBoxLayout(HandoutOptionsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HandoutOptionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(HandoutOptionsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(HandoutOptionsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.largeCheck = QCheckBox(HandoutOptionsDialog)
        self.largeCheck.setObjectName(u"largeCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.largeCheck)

        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(HandoutOptionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutOptionsDialog)

        QMetaObject.connectSlotsByName(HandoutOptionsDialog)
    # setupUi

    def retranslateUi(self, HandoutOptionsDialog):
        HandoutOptionsDialog.setWindowTitle(QCoreApplication.translate("HandoutOptionsDialog", u"Print handout", None))
        self.introLabel.setText(QCoreApplication.translate("HandoutOptionsDialog", u"The handout lists every remaining step with its deadline, place and documents, and carries the resume code.", None))
        self.languageLabel.setText(QCoreApplication.translate("HandoutOptionsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("HandoutOptionsDialog", u"Handout language", None))
#endif // QT_CONFIG(accessibility)
        self.largeCheck.setText(QCoreApplication.translate("HandoutOptionsDialog", u"La&rge print", None))
    # retranslateUi
