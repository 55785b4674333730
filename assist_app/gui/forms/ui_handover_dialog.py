# Automatically generated from ui/handover_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(460, 320)
        self.layout = QVBoxLayout(HandoverDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.helperLabel = QLabel(HandoverDialog)
        self.helperLabel.setObjectName(u"helperLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.helperLabel)

        self.helperCombo = QComboBox(HandoverDialog)
        self.helperCombo.setObjectName(u"helperCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.helperCombo)

        self.noteLabel = QLabel(HandoverDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(HandoverDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(HandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.helperLabel.setBuddy(self.helperCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Hand the case over", None))
        self.helperLabel.setText(QCoreApplication.translate("HandoverDialog", u"&To helper", None))
#if QT_CONFIG(accessibility)
        self.helperCombo.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Helper who takes over", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("HandoverDialog", u"Handover &note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Handover note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Where things stand, what to do next", None))
    # retranslateUi
