# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_lists_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_WordListsTab(object):
    def setupUi(self, WordListsTab):
        if not WordListsTab.objectName():
            WordListsTab.setObjectName(u"WordListsTab")
        WordListsTab.resize(960, 560)
        self.tabLayout = QVBoxLayout(WordListsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.introLabel = QLabel(WordListsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(WordListsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.packView = QTableView(self.splitter)
        self.packView.setObjectName(u"packView")
        self.splitter.addWidget(self.packView)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(6, 0, 0, 0)
        self.packTitle = QLabel(self.editorPane)
        self.packTitle.setObjectName(u"packTitle")
        self.packTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.editorLayout.addWidget(self.packTitle)

        self.contentEdit = QPlainTextEdit(self.editorPane)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.contentEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.contentEdit)

        self.errorLabel = QLabel(self.editorPane)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.errorLabel)

        self.noteLabel = QLabel(self.editorPane)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.noteLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.resetButton = QPushButton(self.editorPane)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(self.editorPane)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editorPane)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonRow)

        self.splitter.addWidget(self.editorPane)

        self.tabLayout.addWidget(self.splitter)

        self.tabLayout.setStretch(1, 1)

        self.retranslateUi(WordListsTab)

        QMetaObject.connectSlotsByName(WordListsTab)
    # setupUi

    def retranslateUi(self, WordListsTab):
        self.introLabel.setText(QCoreApplication.translate("WordListsTab", u"The automatic checks look for these words and phrases in every conversation: one entry a line, lines starting with # are comments, and a line starting with re: is a regular expression.", None))
#if QT_CONFIG(accessibility)
        self.packView.setAccessibleName(QCoreApplication.translate("WordListsTab", u"Word lists", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contentEdit.setAccessibleName(QCoreApplication.translate("WordListsTab", u"Entries of the word list", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("WordListsTab", u"Saving makes the next run of the automatic checks check every record again with the new list.", None))
        self.resetButton.setText(QCoreApplication.translate("WordListsTab", u"Reset to &default", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("WordListsTab", u"Go back to the list shipped with QA Desk", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("WordListsTab", u"&Undo changes", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("WordListsTab", u"Show the saved list again", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("WordListsTab", u"&Save", None))
        pass
    # retranslateUi

