# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_panel.ui'
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
    QLabel, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScoringPanel(object):
    def setupUi(self, ScoringPanel):
        if not ScoringPanel.objectName():
            ScoringPanel.setObjectName(u"ScoringPanel")
        ScoringPanel.resize(440, 700)
        self.panelLayout = QVBoxLayout(ScoringPanel)
        self.panelLayout.setSpacing(0)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.headerFrame = QFrame(ScoringPanel)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(12, 8, 10, 8)
        self.checklistLabel = QLabel(self.headerFrame)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checklistLabel.sizePolicy().hasHeightForWidth())
        self.checklistLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.checklistLabel)

        self.progressLabel = QLabel(self.headerFrame)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.progressLabel)


        self.panelLayout.addWidget(self.headerFrame)

        self.bannerLabel = QLabel(ScoringPanel)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setMargin(6)
        self.bannerLabel.setIndent(6)

        self.panelLayout.addWidget(self.bannerLabel)

        self.scrollArea = QScrollArea(ScoringPanel)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.itemsWidget = QWidget()
        self.itemsWidget.setObjectName(u"itemsWidget")
        self.itemsWidget.setGeometry(QRect(0, 0, 440, 480))
        self.itemsLayout = QVBoxLayout(self.itemsWidget)
        self.itemsLayout.setSpacing(0)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 8)
        self.emptyLabel = QLabel(self.itemsWidget)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setMargin(24)

        self.itemsLayout.addWidget(self.emptyLabel)

        self.overallFrame = QFrame(self.itemsWidget)
        self.overallFrame.setObjectName(u"overallFrame")
        self.overallLayout = QVBoxLayout(self.overallFrame)
        self.overallLayout.setSpacing(4)
        self.overallLayout.setObjectName(u"overallLayout")
        self.overallLayout.setContentsMargins(12, 10, 10, 4)
        self.overallCaption = QLabel(self.overallFrame)
        self.overallCaption.setObjectName(u"overallCaption")

        self.overallLayout.addWidget(self.overallCaption)

        self.overallEdit = QPlainTextEdit(self.overallFrame)
        self.overallEdit.setObjectName(u"overallEdit")
        self.overallEdit.setTabChangesFocus(True)
        self.overallEdit.setMaximumSize(QSize(16777215, 72))

        self.overallLayout.addWidget(self.overallEdit)

        self.overallText = QLabel(self.overallFrame)
        self.overallText.setObjectName(u"overallText")
        self.overallText.setTextFormat(Qt.TextFormat.PlainText)
        self.overallText.setWordWrap(True)
        self.overallText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overallLayout.addWidget(self.overallText)


        self.itemsLayout.addWidget(self.overallFrame)

        self.itemsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.itemsLayout.addItem(self.itemsSpacer)

        self.scrollArea.setWidget(self.itemsWidget)

        self.panelLayout.addWidget(self.scrollArea)

        self.footerFrame = QFrame(ScoringPanel)
        self.footerFrame.setObjectName(u"footerFrame")
        self.footerLayout = QGridLayout(self.footerFrame)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setHorizontalSpacing(10)
        self.footerLayout.setVerticalSpacing(4)
        self.footerLayout.setContentsMargins(12, 8, 10, 8)
        self.totalLabel = QLabel(self.footerFrame)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.footerLayout.addWidget(self.totalLabel, 0, 0, 1, 1)

        self.verdictLabel = QLabel(self.footerFrame)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.footerLayout.addWidget(self.verdictLabel, 0, 1, 1, 1)

        self.passMarkLabel = QLabel(self.footerFrame)
        self.passMarkLabel.setObjectName(u"passMarkLabel")
        self.passMarkLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.footerLayout.addWidget(self.passMarkLabel, 0, 2, 1, 1)

        self.submitButton = QPushButton(self.footerFrame)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.footerLayout.addWidget(self.submitButton, 0, 3, 1, 1)

        self.criticalLabel = QLabel(self.footerFrame)
        self.criticalLabel.setObjectName(u"criticalLabel")
        self.criticalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.criticalLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.criticalLabel, 1, 0, 1, 4)

        self.footerLayout.setColumnStretch(2, 1)

        self.panelLayout.addWidget(self.footerFrame)

        self.keysLabel = QLabel(ScoringPanel)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setMargin(4)
        self.keysLabel.setIndent(8)

        self.panelLayout.addWidget(self.keysLabel)

        self.messageLabel = QLabel(ScoringPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setMargin(4)
        self.messageLabel.setIndent(8)

        self.panelLayout.addWidget(self.messageLabel)

        self.panelLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.overallCaption.setBuddy(self.overallEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoringPanel)

        QMetaObject.connectSlotsByName(ScoringPanel)
    # setupUi

    def retranslateUi(self, ScoringPanel):
#if QT_CONFIG(tooltip)
        self.progressLabel.setToolTip(QCoreApplication.translate("ScoringPanel", u"Items answered or marked N/A", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("ScoringPanel", u"No inspection is open.", None))
        self.overallCaption.setText(QCoreApplication.translate("ScoringPanel", u"&Overall comment", None))
        self.overallEdit.setPlaceholderText(QCoreApplication.translate("ScoringPanel", u"What the agent did well and what to improve", None))
#if QT_CONFIG(tooltip)
        self.totalLabel.setToolTip(QCoreApplication.translate("ScoringPanel", u"The weighted total, 0 to 100", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("ScoringPanel", u"&Submit", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("ScoringPanel", u"Submit the inspection and open the next one (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

