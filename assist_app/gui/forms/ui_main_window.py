# Automatically generated from ui/main_window.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QStackedWidget, QStatusBar, QToolBar

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.actionNewCase = QAction(MainWindow)
        self.actionNewCase.setObjectName(u"actionNewCase")
        self.actionToday = QAction(MainWindow)
        self.actionToday.setObjectName(u"actionToday")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionLargeText = QAction(MainWindow)
        self.actionLargeText.setObjectName(u"actionLargeText")
        self.actionLargeText.setCheckable(True)
        self.actionJapanese = QAction(MainWindow)
        self.actionJapanese.setObjectName(u"actionJapanese")
        self.actionJapanese.setCheckable(True)
        self.actionJapanese.setText(u"\u65e5\u672c\u8a9e")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.actionSwitchHelper = QAction(MainWindow)
        self.actionSwitchHelper.setObjectName(u"actionSwitchHelper")
        self.pages = QStackedWidget(MainWindow)
        self.pages.setObjectName(u"pages")
        MainWindow.setCentralWidget(self.pages)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelper = QMenu(self.menubar)
        self.menuHelper.setObjectName(u"menuHelper")
        MainWindow.setMenuBar(self.menubar)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setMovable(False)
        MainWindow.addToolBar(self.toolbar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelper.menuAction())
        self.menuFile.addAction(self.actionNewCase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionToday)
        self.menuView.addAction(self.actionFind)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionLargeText)
        self.menuView.addAction(self.actionJapanese)
        self.menuView.addAction(self.actionEnglish)
        self.menuHelper.addAction(self.actionSwitchHelper)
        self.toolbar.addAction(self.actionToday)
        self.toolbar.addAction(self.actionNewCase)
        self.toolbar.addAction(self.actionFind)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actionSwitchHelper)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewCase.setText(QCoreApplication.translate("MainWindow", u"&New case\u2026", None))
        self.actionToday.setText(QCoreApplication.translate("MainWindow", u"&Today", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find resident", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionLargeText.setText(QCoreApplication.translate("MainWindow", u"&Large text", None))
        self.actionSwitchHelper.setText(QCoreApplication.translate("MainWindow", u"S&witch helper\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelper.setTitle(QCoreApplication.translate("MainWindow", u"&Helper", None))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
        pass
    # retranslateUi
