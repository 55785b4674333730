# Automatically generated from ui/outage_kit_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout

class Ui_OutageKitDialog(object):
    def setupUi(self, OutageKitDialog):
        if not OutageKitDialog.objectName():
            OutageKitDialog.setObjectName(u"OutageKitDialog")
        OutageKitDialog.resize(520, 440)
        self.layout = QVBoxLayout(OutageKitDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(OutageKitDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.eventsBox = QGroupBox(OutageKitDialog)
        self.eventsBox.setObjectName(u"eventsBox")
        self.eventsLayout = QVBoxLayout(self.eventsBox)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsList = QListWidget(self.eventsBox)
        self.eventsList.setObjectName(u"eventsList")
        self.eventsList.setWordWrap(True)

        self.eventsLayout.addWidget(self.eventsList)

        self.layout.addWidget(self.eventsBox)

        self.sheetsBox = QGroupBox(OutageKitDialog)
        self.sheetsBox.setObjectName(u"sheetsBox")
        self.sheetsLayout = QGridLayout(self.sheetsBox)
        self.sheetsLayout.setObjectName(u"sheetsLayout")
        self.intakeCheck = QCheckBox(self.sheetsBox)
        self.intakeCheck.setObjectName(u"intakeCheck")
        self.intakeCheck.setChecked(True)

        self.sheetsLayout.addWidget(self.intakeCheck, 0, 0, 1, 1)

        self.checklistCheck = QCheckBox(self.sheetsBox)
        self.checklistCheck.setObjectName(u"checklistCheck")
        self.checklistCheck.setChecked(True)

        self.sheetsLayout.addWidget(self.checklistCheck, 0, 1, 1, 1)

        self.consentCheck = QCheckBox(self.sheetsBox)
        self.consentCheck.setObjectName(u"consentCheck")
        self.consentCheck.setChecked(True)

        self.sheetsLayout.addWidget(self.consentCheck, 1, 0, 1, 1)

        self.handoutCheck = QCheckBox(self.sheetsBox)
        self.handoutCheck.setObjectName(u"handoutCheck")
        self.handoutCheck.setChecked(True)

        self.sheetsLayout.addWidget(self.handoutCheck, 1, 1, 1, 1)

        self.layout.addWidget(self.sheetsBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(OutageKitDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(OutageKitDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OutageKitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutageKitDialog)

        QMetaObject.connectSlotsByName(OutageKitDialog)
    # setupUi

    def retranslateUi(self, OutageKitDialog):
        OutageKitDialog.setWindowTitle(QCoreApplication.translate("OutageKitDialog", u"Outage kit", None))
        self.introLabel.setText(QCoreApplication.translate("OutageKitDialog", u"Blank paper for running the counter with no computer. Each sheet carries a code, so what is ticked on it can be entered again quickly (File \u25b8 Enter a paper sheet).", None))
        self.eventsBox.setTitle(QCoreApplication.translate("OutageKitDialog", u"Life events", None))
#if QT_CONFIG(accessibility)
        self.eventsList.setAccessibleName(QCoreApplication.translate("OutageKitDialog", u"Life events in the kit", None))
#endif // QT_CONFIG(accessibility)
        self.sheetsBox.setTitle(QCoreApplication.translate("OutageKitDialog", u"Sheets", None))
        self.intakeCheck.setText(QCoreApplication.translate("OutageKitDialog", u"&Intake sheet", None))
        self.checklistCheck.setText(QCoreApplication.translate("OutageKitDialog", u"&Checklist (every procedure)", None))
        self.consentCheck.setText(QCoreApplication.translate("OutageKitDialog", u"C&onsent form", None))
        self.handoutCheck.setText(QCoreApplication.translate("OutageKitDialog", u"&Blank handout", None))
        self.languageLabel.setText(QCoreApplication.translate("OutageKitDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("OutageKitDialog", u"Language of the sheets", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
