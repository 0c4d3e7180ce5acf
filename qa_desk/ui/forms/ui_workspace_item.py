# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_item.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_ScoringItem(object):
    def setupUi(self, ScoringItem):
        if not ScoringItem.objectName():
            ScoringItem.setObjectName(u"ScoringItem")
        ScoringItem.resize(420, 150)
        self.itemLayout = QVBoxLayout(ScoringItem)
        self.itemLayout.setSpacing(4)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemLayout.setContentsMargins(12, 6, 10, 6)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(6)
        self.titleRow.setObjectName(u"titleRow")
        self.codeLabel = QLabel(ScoringItem)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.codeLabel.setMinimumSize(QSize(24, 0))

        self.titleRow.addWidget(self.codeLabel)

        self.textLabel = QLabel(ScoringItem)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.textLabel.setWordWrap(True)
        self.textLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.textLabel.sizePolicy().hasHeightForWidth())
        self.textLabel.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.textLabel)

        self.criticalTag = QLabel(ScoringItem)
        self.criticalTag.setObjectName(u"criticalTag")
        self.criticalTag.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.titleRow.addWidget(self.criticalTag)

        self.scoreLabel = QLabel(ScoringItem)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.scoreLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)
        self.scoreLabel.setMinimumSize(QSize(44, 0))

        self.titleRow.addWidget(self.scoreLabel)


        self.itemLayout.addLayout(self.titleRow)

        self.answerRow = QHBoxLayout()
        self.answerRow.setSpacing(8)
        self.answerRow.setObjectName(u"answerRow")
        self.answerRow.setContentsMargins(30, -1, -1, -1)
        self.answerButtons = QWidget(ScoringItem)
        self.answerButtons.setObjectName(u"answerButtons")
        self.answerButtonsLayout = QHBoxLayout(self.answerButtons)
        self.answerButtonsLayout.setSpacing(0)
        self.answerButtonsLayout.setObjectName(u"answerButtonsLayout")
        self.answerButtonsLayout.setContentsMargins(0, 0, 0, 0)

        self.answerRow.addWidget(self.answerButtons)

        self.answerLabel = QLabel(ScoringItem)
        self.answerLabel.setObjectName(u"answerLabel")
        self.answerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.answerRow.addWidget(self.answerLabel)

        self.answerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerRow.addItem(self.answerSpacer)

        self.machineLabel = QLabel(ScoringItem)
        self.machineLabel.setObjectName(u"machineLabel")
        self.machineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.answerRow.addWidget(self.machineLabel)


        self.itemLayout.addLayout(self.answerRow)

        self.reasonFrame = QFrame(ScoringItem)
        self.reasonFrame.setObjectName(u"reasonFrame")
        self.reasonLayout = QGridLayout(self.reasonFrame)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setHorizontalSpacing(6)
        self.reasonLayout.setVerticalSpacing(4)
        self.reasonLayout.setContentsMargins(8, 6, 8, 6)
        self.reasonPrompt = QLabel(self.reasonFrame)
        self.reasonPrompt.setObjectName(u"reasonPrompt")
        self.reasonPrompt.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonPrompt.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonPrompt, 0, 0, 1, 3)

        self.reasonEdit = QLineEdit(self.reasonFrame)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.reasonLayout.addWidget(self.reasonEdit, 1, 0, 1, 1)

        self.reasonOk = QPushButton(self.reasonFrame)
        self.reasonOk.setObjectName(u"reasonOk")

        self.reasonLayout.addWidget(self.reasonOk, 1, 1, 1, 1)

        self.reasonCancel = QPushButton(self.reasonFrame)
        self.reasonCancel.setObjectName(u"reasonCancel")

        self.reasonLayout.addWidget(self.reasonCancel, 1, 2, 1, 1)


        self.itemLayout.addWidget(self.reasonFrame)

        self.overrideLabel = QLabel(ScoringItem)
        self.overrideLabel.setObjectName(u"overrideLabel")
        self.overrideLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.overrideLabel.setWordWrap(True)
        self.overrideLabel.setIndent(30)

        self.itemLayout.addWidget(self.overrideLabel)

        self.commentRow = QHBoxLayout()
        self.commentRow.setSpacing(6)
        self.commentRow.setObjectName(u"commentRow")
        self.commentRow.setContentsMargins(30, -1, -1, -1)
        self.commentEdit = QLineEdit(ScoringItem)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setClearButtonEnabled(True)

        self.commentRow.addWidget(self.commentEdit)

        self.attachButton = QToolButton(ScoringItem)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoRaise(False)

        self.commentRow.addWidget(self.attachButton)


        self.itemLayout.addLayout(self.commentRow)

        self.commentLabel = QLabel(ScoringItem)
        self.commentLabel.setObjectName(u"commentLabel")
        self.commentLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.commentLabel.setWordWrap(True)
        self.commentLabel.setIndent(30)
        self.commentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.itemLayout.addWidget(self.commentLabel)

        self.evidenceBox = QWidget(ScoringItem)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setSpacing(3)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLayout.setContentsMargins(30, 0, 0, 0)

        self.itemLayout.addWidget(self.evidenceBox)

#if QT_CONFIG(shortcut)
        self.reasonPrompt.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoringItem)

        QMetaObject.connectSlotsByName(ScoringItem)
    # setupUi

    def retranslateUi(self, ScoringItem):
        self.criticalTag.setText(QCoreApplication.translate("ScoringItem", u"Critical", None))
#if QT_CONFIG(tooltip)
        self.criticalTag.setToolTip(QCoreApplication.translate("ScoringItem", u"Failing this item fails its section or the whole inspection", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.scoreLabel.setToolTip(QCoreApplication.translate("ScoringItem", u"Points earned of the item's points", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ScoringItem", u"A short reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ScoringItem", u"Reason for the override", None))
#endif // QT_CONFIG(accessibility)
        self.reasonOk.setText(QCoreApplication.translate("ScoringItem", u"Override", None))
#if QT_CONFIG(tooltip)
        self.reasonOk.setToolTip(QCoreApplication.translate("ScoringItem", u"Enter", None))
#endif // QT_CONFIG(tooltip)
        self.reasonCancel.setText(QCoreApplication.translate("ScoringItem", u"Keep", None))
#if QT_CONFIG(tooltip)
        self.reasonCancel.setToolTip(QCoreApplication.translate("ScoringItem", u"Keep the automatic answer (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ScoringItem", u"Comment on this item (C)", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("ScoringItem", u"Comment on this item", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("ScoringItem", u"Attach selected", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("ScoringItem", u"Attach the messages or utterances selected in the conversation as evidence (E)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

