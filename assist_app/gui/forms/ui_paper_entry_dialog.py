# Automatically generated from ui/paper_entry_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_PaperEntryDialog(object):
    def setupUi(self, PaperEntryDialog):
        if not PaperEntryDialog.objectName():
            PaperEntryDialog.setObjectName(u"PaperEntryDialog")
        PaperEntryDialog.resize(900, 780)
        self.layout = QVBoxLayout(PaperEntryDialog)
        self.layout.setObjectName(u"layout")
        self.sheetForm = QFormLayout()
        self.sheetForm.setObjectName(u"sheetForm")
        self.sheetLabel = QLabel(PaperEntryDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(PaperEntryDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.sheetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.formCodeLabel = QLabel(PaperEntryDialog)
        self.formCodeLabel.setObjectName(u"formCodeLabel")

        self.sheetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formCodeLabel)

        self.formCodeEdit = QLineEdit(PaperEntryDialog)
        self.formCodeEdit.setObjectName(u"formCodeEdit")
        self.formCodeEdit.setPlaceholderText(u"PA-FORM:\u2026")

        self.sheetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formCodeEdit)

        self.versionLabel = QLabel(PaperEntryDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)

        self.sheetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.layout.addLayout(self.sheetForm)

        self.caseBox = QGroupBox(PaperEntryDialog)
        self.caseBox.setObjectName(u"caseBox")
        self.caseLayout = QGridLayout(self.caseBox)
        self.caseLayout.setObjectName(u"caseLayout")
        self.newRadio = QRadioButton(self.caseBox)
        self.newRadio.setObjectName(u"newRadio")
        self.newRadio.setChecked(True)

        self.caseLayout.addWidget(self.newRadio, 0, 0, 1, 4)

        self.eventDateLabel = QLabel(self.caseBox)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.caseLayout.addWidget(self.eventDateLabel, 1, 0, 1, 1)

        self.eventDateEdit = QDateEdit(self.caseBox)
        self.eventDateEdit.setObjectName(u"eventDateEdit")
        self.eventDateEdit.setCalendarPopup(True)
        self.eventDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.caseLayout.addWidget(self.eventDateEdit, 1, 1, 1, 1)

        self.knownCheck = QCheckBox(self.caseBox)
        self.knownCheck.setObjectName(u"knownCheck")

        self.caseLayout.addWidget(self.knownCheck, 1, 2, 1, 1)

        self.knownDateEdit = QDateEdit(self.caseBox)
        self.knownDateEdit.setObjectName(u"knownDateEdit")
        self.knownDateEdit.setEnabled(False)
        self.knownDateEdit.setCalendarPopup(True)
        self.knownDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.caseLayout.addWidget(self.knownDateEdit, 1, 3, 1, 1)

        self.existingRadio = QRadioButton(self.caseBox)
        self.existingRadio.setObjectName(u"existingRadio")

        self.caseLayout.addWidget(self.existingRadio, 2, 0, 1, 4)

        self.caseCombo = QComboBox(self.caseBox)
        self.caseCombo.setObjectName(u"caseCombo")
        self.caseCombo.setEnabled(False)

        self.caseLayout.addWidget(self.caseCombo, 3, 0, 1, 4)

        self.layout.addWidget(self.caseBox)

        self.legendLabel = QLabel(PaperEntryDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.entryLabel = QLabel(PaperEntryDialog)
        self.entryLabel.setObjectName(u"entryLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryEdit = QLineEdit(PaperEntryDialog)
        self.entryEdit.setObjectName(u"entryEdit")
        self.entryEdit.setPlaceholderText(u"D01 1 \u00b7 Q3 2")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryEdit)

        self.hintLabel = QLabel(PaperEntryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hintLabel)

        self.layout.addLayout(self.entryForm)

        self.entriesTable = QTableWidget(PaperEntryDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setTabKeyNavigation(False)

        self.layout.addWidget(self.entriesTable)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.removeButton = QPushButton(PaperEntryDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.bottomRow.addWidget(self.removeButton)

        self.countLabel = QLabel(PaperEntryDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PaperEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttons)

        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.formCodeLabel.setBuddy(self.formCodeEdit)
        self.eventDateLabel.setBuddy(self.eventDateEdit)
        self.entryLabel.setBuddy(self.entryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaperEntryDialog)

        QMetaObject.connectSlotsByName(PaperEntryDialog)
    # setupUi

    def retranslateUi(self, PaperEntryDialog):
        PaperEntryDialog.setWindowTitle(QCoreApplication.translate("PaperEntryDialog", u"Enter a paper sheet", None))
        self.sheetLabel.setText(QCoreApplication.translate("PaperEntryDialog", u"S&heet", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Life event of the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.formCodeLabel.setText(QCoreApplication.translate("PaperEntryDialog", u"or scan its &code", None))
#if QT_CONFIG(accessibility)
        self.formCodeEdit.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Code of the sheet (top right corner)", None))
#endif // QT_CONFIG(accessibility)
        self.caseBox.setTitle(QCoreApplication.translate("PaperEntryDialog", u"Case", None))
        self.newRadio.setText(QCoreApplication.translate("PaperEntryDialog", u"A &new case (the resident is chosen when saving)", None))
        self.eventDateLabel.setText(QCoreApplication.translate("PaperEntryDialog", u"Event &date", None))
#if QT_CONFIG(accessibility)
        self.eventDateEdit.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Event date", None))
#endif // QT_CONFIG(accessibility)
        self.knownCheck.setText(QCoreApplication.translate("PaperEntryDialog", u"&Known on a later day", None))
#if QT_CONFIG(accessibility)
        self.knownDateEdit.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Day it became known", None))
#endif // QT_CONFIG(accessibility)
        self.existingRadio.setText(QCoreApplication.translate("PaperEntryDialog", u"An e&xisting case", None))
#if QT_CONFIG(accessibility)
        self.caseCombo.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Existing case", None))
#endif // QT_CONFIG(accessibility)
        self.entryLabel.setText(QCoreApplication.translate("PaperEntryDialog", u"&Type", None))
#if QT_CONFIG(accessibility)
        self.entryEdit.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"Code and answer or status, e.g. D01 1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"What was entered last", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("PaperEntryDialog", u"The sheet, with what was entered", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("PaperEntryDialog", u"&Remove the selected entry", None))
    # retranslateUi
