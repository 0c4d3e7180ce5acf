# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.autocheck_panel import AutoCheckPanel
from qa_desk.ui.widgets.call_view import CallView
from qa_desk.ui.widgets.chat_view import ChatView

class Ui_RecordView(object):
    def setupUi(self, RecordView):
        if not RecordView.objectName():
            RecordView.setObjectName(u"RecordView")
        RecordView.resize(760, 620)
        self.recordLayout = QVBoxLayout(RecordView)
        self.recordLayout.setSpacing(0)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.headerFrame = QFrame(RecordView)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QVBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 10, 14, 10)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(10)
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(self.headerFrame)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.titleLabel)

        self.channelBadge = QLabel(self.headerFrame)
        self.channelBadge.setObjectName(u"channelBadge")
        self.channelBadge.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.channelBadge)

        self.sourceLabel = QLabel(self.headerFrame)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.sourceLabel)

        self.titleSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)


        self.headerLayout.addLayout(self.titleRow)

        self.fieldsArea = QWidget(self.headerFrame)
        self.fieldsArea.setObjectName(u"fieldsArea")
        self.fieldsGrid = QGridLayout(self.fieldsArea)
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(8)
        self.fieldsGrid.setVerticalSpacing(4)
        self.fieldsGrid.setContentsMargins(0, 0, 0, 0)

        self.headerLayout.addWidget(self.fieldsArea)


        self.recordLayout.addWidget(self.headerFrame)

        self.bodySplitter = QSplitter(RecordView)
        self.bodySplitter.setObjectName(u"bodySplitter")
        self.bodySplitter.setOrientation(Qt.Orientation.Vertical)
        self.bodySplitter.setChildrenCollapsible(False)
        self.bodySplitter.setHandleWidth(5)
        self.checksPanel = AutoCheckPanel(self.bodySplitter)
        self.checksPanel.setObjectName(u"checksPanel")
        self.bodySplitter.addWidget(self.checksPanel)
        self.stack = QStackedWidget(self.bodySplitter)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.chatView = ChatView()
        self.chatView.setObjectName(u"chatView")
        self.stack.addWidget(self.chatView)
        self.callView = CallView()
        self.callView.setObjectName(u"callView")
        self.stack.addWidget(self.callView)
        self.bodySplitter.addWidget(self.stack)

        self.recordLayout.addWidget(self.bodySplitter)


        self.retranslateUi(RecordView)

        QMetaObject.connectSlotsByName(RecordView)
    # setupUi

    def retranslateUi(self, RecordView):
#if QT_CONFIG(tooltip)
        self.titleLabel.setToolTip(QCoreApplication.translate("RecordView", u"The record's id in the exporting system", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sourceLabel.setToolTip(QCoreApplication.translate("RecordView", u"The platform or system the record was exported from", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("RecordView", u"Select a record to read its conversation.", None))
#if QT_CONFIG(accessibility)
        self.chatView.setAccessibleName(QCoreApplication.translate("RecordView", u"Conversation", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

