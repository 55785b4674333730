# Automatically generated from ui/batch_print_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_BatchPrintDialog(object):
    def setupUi(self, BatchPrintDialog):
        if not BatchPrintDialog.objectName():
            BatchPrintDialog.setObjectName(u"BatchPrintDialog")
        BatchPrintDialog.resize(640, 560)
        self.layout = QVBoxLayout(BatchPrintDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BatchPrintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.casesList = QListWidget(BatchPrintDialog)
        self.casesList.setObjectName(u"casesList")
        self.casesList.setWordWrap(True)

        self.layout.addWidget(self.casesList)

        self.selectRow = QHBoxLayout()
        self.selectRow.setObjectName(u"selectRow")
        self.selectAllButton = QPushButton(BatchPrintDialog)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.selectRow.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(BatchPrintDialog)
        self.selectNoneButton.setObjectName(u"selectNoneButton")

        self.selectRow.addWidget(self.selectNoneButton)

        self.countLabel = QLabel(BatchPrintDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.selectRow.addWidget(self.countLabel)

        self.selectSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectRow.addItem(self.selectSpacer)

        self.layout.addLayout(self.selectRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(BatchPrintDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(BatchPrintDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.sizeLabel = QLabel(BatchPrintDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeCombo = QComboBox(BatchPrintDialog)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sizeCombo)

        self.outputLabel = QLabel(BatchPrintDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputBox = QVBoxLayout()
        self.outputBox.setObjectName(u"outputBox")
        self.printerRadio = QRadioButton(BatchPrintDialog)
        self.printerRadio.setObjectName(u"printerRadio")
        self.printerRadio.setChecked(True)

        self.outputBox.addWidget(self.printerRadio)

        self.folderRadio = QRadioButton(BatchPrintDialog)
        self.folderRadio.setObjectName(u"folderRadio")

        self.outputBox.addWidget(self.folderRadio)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.outputBox)

        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(BatchPrintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.sizeLabel.setBuddy(self.sizeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BatchPrintDialog)

        QMetaObject.connectSlotsByName(BatchPrintDialog)
    # setupUi

    def retranslateUi(self, BatchPrintDialog):
        BatchPrintDialog.setWindowTitle(QCoreApplication.translate("BatchPrintDialog", u"Print handouts for several cases", None))
        self.introLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"One handout per ticked case, e.g. before an announced outage. Each handout is recorded in its case's history.", None))
#if QT_CONFIG(accessibility)
        self.casesList.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Open cases to print", None))
#endif // QT_CONFIG(accessibility)
        self.selectAllButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Select &all", None))
        self.selectNoneButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Select &none", None))
        self.languageLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Handout language", None))
#endif // QT_CONFIG(accessibility)
        self.sizeLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Print si&ze", None))
#if QT_CONFIG(accessibility)
        self.sizeCombo.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Print size", None))
#endif // QT_CONFIG(accessibility)
        self.outputLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Output", None))
        self.printerRadio.setText(QCoreApplication.translate("BatchPrintDialog", u"To a p&rinter", None))
        self.folderRadio.setText(QCoreApplication.translate("BatchPrintDialog", u"As PDF &files in a folder (one per case, named by case number)", None))
    # retranslateUi
