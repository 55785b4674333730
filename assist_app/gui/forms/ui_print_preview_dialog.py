# Automatically generated from ui/print_preview_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(900, 860)
        self.layout = QVBoxLayout(PrintPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(PrintPreviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(PrintPreviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.noteLabel)

        self.pagesArea = QScrollArea(PrintPreviewDialog)
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setWidgetResizable(True)
        self.pagesArea.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.layout.addWidget(self.pagesArea)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.zoomLabel = QLabel(PrintPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.bottomRow.addWidget(self.zoomLabel)

        self.zoomCombo = QComboBox(PrintPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.bottomRow.addWidget(self.zoomCombo)

        self.pagesLabel = QLabel(PrintPreviewDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")
        self.pagesLabel.setText(u"")

        self.bottomRow.addWidget(self.pagesLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.spacer)

        self.printButton = QPushButton(PrintPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)

        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.zoomLabel.setBuddy(self.zoomCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintPreviewDialog)

        QMetaObject.connectSlotsByName(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Print preview", None))
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Pages of the document", None))
#endif // QT_CONFIG(accessibility)
        self.zoomLabel.setText(QCoreApplication.translate("PrintPreviewDialog", u"&Zoom", None))
#if QT_CONFIG(accessibility)
        self.zoomCombo.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"&Save as PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"&Close", None))
    # retranslateUi
