# Automatically generated from ui/scan_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt

from PySide6.QtWidgets import QCommandLinkButton, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ScanDialog(object):
    def setupUi(self, ScanDialog):
        if not ScanDialog.objectName():
            ScanDialog.setObjectName(u"ScanDialog")
        ScanDialog.resize(640, 440)
        self.layout = QVBoxLayout(ScanDialog)
        self.layout.setObjectName(u"layout")
        self.steps = QStackedWidget(ScanDialog)
        self.steps.setObjectName(u"steps")
        self.scanPage = QWidget()
        self.scanPage.setObjectName(u"scanPage")
        self.scanLayout = QVBoxLayout(self.scanPage)
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanIntro = QLabel(self.scanPage)
        self.scanIntro.setObjectName(u"scanIntro")
        self.scanIntro.setWordWrap(True)

        self.scanLayout.addWidget(self.scanIntro)

        self.codeLabel = QLabel(self.scanPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.scanLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(self.scanPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"7210\u2026")

        self.scanLayout.addWidget(self.codeEdit)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.openFileButton = QPushButton(self.scanPage)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileRow.addWidget(self.openFileButton)

        self.cameraButton = QPushButton(self.scanPage)
        self.cameraButton.setObjectName(u"cameraButton")

        self.fileRow.addWidget(self.cameraButton)

        self.fileSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)

        self.scanLayout.addLayout(self.fileRow)

        self.resultLabel = QLabel(self.scanPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scanLayout.addWidget(self.resultLabel)

        self.scanSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scanLayout.addItem(self.scanSpacer)

        self.steps.addWidget(self.scanPage)
        self.cameraPage = QWidget()
        self.cameraPage.setObjectName(u"cameraPage")
        self.cameraLayout = QVBoxLayout(self.cameraPage)
        self.cameraLayout.setObjectName(u"cameraLayout")
        self.cameraIntro = QLabel(self.cameraPage)
        self.cameraIntro.setObjectName(u"cameraIntro")
        self.cameraIntro.setWordWrap(True)

        self.cameraLayout.addWidget(self.cameraIntro)

        self.cameraView = QLabel(self.cameraPage)
        self.cameraView.setObjectName(u"cameraView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.cameraView.sizePolicy().hasHeightForWidth())
        self.cameraView.setSizePolicy(sizePolicy)
        self.cameraView.setMinimumSize(QSize(320, 180))
        self.cameraView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cameraView.setWordWrap(True)

        self.cameraLayout.addWidget(self.cameraView)

        self.cameraRow = QHBoxLayout()
        self.cameraRow.setObjectName(u"cameraRow")
        self.cameraSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cameraRow.addItem(self.cameraSpacer)

        self.stopCameraButton = QPushButton(self.cameraPage)
        self.stopCameraButton.setObjectName(u"stopCameraButton")

        self.cameraRow.addWidget(self.stopCameraButton)

        self.cameraLayout.addLayout(self.cameraRow)

        self.steps.addWidget(self.cameraPage)
        self.decidePage = QWidget()
        self.decidePage.setObjectName(u"decidePage")
        self.decideLayout = QVBoxLayout(self.decidePage)
        self.decideLayout.setObjectName(u"decideLayout")
        self.decideIntro = QLabel(self.decidePage)
        self.decideIntro.setObjectName(u"decideIntro")
        self.decideIntro.setWordWrap(True)

        self.decideLayout.addWidget(self.decideIntro)

        self.progressLabel = QLabel(self.decidePage)
        self.progressLabel.setObjectName(u"progressLabel")

        self.decideLayout.addWidget(self.progressLabel)

        self.stepLabel = QLabel(self.decidePage)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.decideLayout.addWidget(self.stepLabel)

        self.paperButton = QCommandLinkButton(self.decidePage)
        self.paperButton.setObjectName(u"paperButton")

        self.decideLayout.addWidget(self.paperButton)

        self.hereButton = QCommandLinkButton(self.decidePage)
        self.hereButton.setObjectName(u"hereButton")

        self.decideLayout.addWidget(self.hereButton)

        self.decideSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decideLayout.addItem(self.decideSpacer)

        self.decideRow = QHBoxLayout()
        self.decideRow.setObjectName(u"decideRow")
        self.backButton = QPushButton(self.decidePage)
        self.backButton.setObjectName(u"backButton")

        self.decideRow.addWidget(self.backButton)

        self.decideRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decideRow.addItem(self.decideRowSpacer)

        self.decideLayout.addLayout(self.decideRow)

        self.steps.addWidget(self.decidePage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.summaryLabel = QLabel(self.confirmPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.summaryLabel)

        self.decisionsList = QListWidget(self.confirmPage)
        self.decisionsList.setObjectName(u"decisionsList")
        self.decisionsList.setWordWrap(True)

        self.confirmLayout.addWidget(self.decisionsList)

        self.confirmRow = QHBoxLayout()
        self.confirmRow.setObjectName(u"confirmRow")
        self.confirmBackButton = QPushButton(self.confirmPage)
        self.confirmBackButton.setObjectName(u"confirmBackButton")

        self.confirmRow.addWidget(self.confirmBackButton)

        self.confirmSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirmRow.addItem(self.confirmSpacer)

        self.applyButton = QPushButton(self.confirmPage)
        self.applyButton.setObjectName(u"applyButton")

        self.confirmRow.addWidget(self.applyButton)

        self.confirmLayout.addLayout(self.confirmRow)

        self.steps.addWidget(self.confirmPage)

        self.layout.addWidget(self.steps)

        self.buttons = QDialogButtonBox(ScanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScanDialog)

        self.applyButton.setDefault(True)

        QMetaObject.connectSlotsByName(ScanDialog)
    # setupUi

    def retranslateUi(self, ScanDialog):
        ScanDialog.setWindowTitle(QCoreApplication.translate("ScanDialog", u"Scan a resume code", None))
        self.scanIntro.setText(QCoreApplication.translate("ScanDialog", u"Scan the resume code on the handout with the scanner, or type its digits and press Enter. A scanned handout can also be opened as an image or PDF file.", None))
        self.codeLabel.setText(QCoreApplication.translate("ScanDialog", u"Resume &code", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Resume code digits", None))
#endif // QT_CONFIG(accessibility)
        self.openFileButton.setText(QCoreApplication.translate("ScanDialog", u"Open &image or PDF\u2026", None))
        self.cameraButton.setText(QCoreApplication.translate("ScanDialog", u"Use the c&amera\u2026", None))
#if QT_CONFIG(accessibility)
        self.cameraButton.setAccessibleDescription(QCoreApplication.translate("ScanDialog", u"Read the code with the camera", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Scan result", None))
#endif // QT_CONFIG(accessibility)
        self.cameraIntro.setText(QCoreApplication.translate("ScanDialog", u"Hold the resume code on the handout up to the camera, flat and still. Reading stops as soon as the code is seen.", None))
#if QT_CONFIG(accessibility)
        self.cameraView.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Camera picture", None))
#endif // QT_CONFIG(accessibility)
        self.stopCameraButton.setText(QCoreApplication.translate("ScanDialog", u"&Stop the camera", None))
#if QT_CONFIG(accessibility)
        self.paperButton.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Use the status on the paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hereButton.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Keep the status on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ScanDialog", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.decisionsList.setAccessibleName(QCoreApplication.translate("ScanDialog", u"What will be saved", None))
#endif // QT_CONFIG(accessibility)
        self.confirmBackButton.setText(QCoreApplication.translate("ScanDialog", u"&Back", None))
        self.applyButton.setText(QCoreApplication.translate("ScanDialog", u"&Apply and open the case", None))
    # retranslateUi
