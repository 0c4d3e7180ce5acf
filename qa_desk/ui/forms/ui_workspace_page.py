# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_WorkspacePage(object):
    def setupUi(self, WorkspacePage):
        if not WorkspacePage.objectName():
            WorkspacePage.setObjectName(u"WorkspacePage")
        WorkspacePage.resize(1100, 740)
        self.pageLayout = QVBoxLayout(WorkspacePage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setSpacing(6)
        self.topBar.setObjectName(u"topBar")
        self.previousButton = QPushButton(WorkspacePage)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.topBar.addWidget(self.previousButton)

        self.nextButton = QPushButton(WorkspacePage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.topBar.addWidget(self.nextButton)

        self.positionLabel = QLabel(WorkspacePage)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.positionLabel.setIndent(6)

        self.topBar.addWidget(self.positionLabel)

        self.reasonLabel = QLabel(WorkspacePage)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonLabel.setIndent(6)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reasonLabel.sizePolicy().hasHeightForWidth())
        self.reasonLabel.setSizePolicy(sizePolicy)

        self.topBar.addWidget(self.reasonLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.saveLabel = QLabel(WorkspacePage)
        self.saveLabel.setObjectName(u"saveLabel")
        self.saveLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topBar.addWidget(self.saveLabel)

        self.timeLabel = QLabel(WorkspacePage)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.timeLabel.setIndent(10)

        self.topBar.addWidget(self.timeLabel)


        self.pageLayout.addLayout(self.topBar)

        self.splitter = QSplitter(WorkspacePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)
        self.queuePane = QWidget(self.splitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setSpacing(4)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.queueTitle = QLabel(self.queuePane)
        self.queueTitle.setObjectName(u"queueTitle")

        self.queueLayout.addWidget(self.queueTitle)

        self.queueTable = QTableView(self.queuePane)
        self.queueTable.setObjectName(u"queueTable")

        self.queueLayout.addWidget(self.queueTable)

        self.queueCount = QLabel(self.queuePane)
        self.queueCount.setObjectName(u"queueCount")
        self.queueCount.setTextFormat(Qt.TextFormat.PlainText)
        self.queueCount.setWordWrap(True)

        self.queueLayout.addWidget(self.queueCount)

        self.splitter.addWidget(self.queuePane)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.queueTitle.setBuddy(self.queueTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkspacePage)

        QMetaObject.connectSlotsByName(WorkspacePage)
    # setupUi

    def retranslateUi(self, WorkspacePage):
        self.previousButton.setText(QCoreApplication.translate("WorkspacePage", u"\u25c0 &Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("WorkspacePage", u"Open the previous record of my queue (Ctrl+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("WorkspacePage", u"&Next \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("WorkspacePage", u"Open the next record of my queue, or take one from the shared pool (Ctrl+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.reasonLabel.setToolTip(QCoreApplication.translate("WorkspacePage", u"Why the sample picked this record", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.timeLabel.setToolTip(QCoreApplication.translate("WorkspacePage", u"Time spent on this inspection while it was on screen", None))
#endif // QT_CONFIG(tooltip)
        self.queueTitle.setText(QCoreApplication.translate("WorkspacePage", u"My &queue", None))
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleName(QCoreApplication.translate("WorkspacePage", u"My queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.queueTable.setToolTip(QCoreApplication.translate("WorkspacePage", u"Double-click or press Enter to open a record", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

