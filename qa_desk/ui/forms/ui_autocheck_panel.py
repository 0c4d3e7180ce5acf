# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'autocheck_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QToolButton,
    QTreeView, QVBoxLayout, QWidget)

class Ui_AutoCheckPanel(object):
    def setupUi(self, AutoCheckPanel):
        if not AutoCheckPanel.objectName():
            AutoCheckPanel.setObjectName(u"AutoCheckPanel")
        AutoCheckPanel.resize(560, 220)
        self.panelLayout = QVBoxLayout(AutoCheckPanel)
        self.panelLayout.setSpacing(4)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(14, 6, 14, 6)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.toggleButton = QToolButton(AutoCheckPanel)
        self.toggleButton.setObjectName(u"toggleButton")
        self.toggleButton.setAutoRaise(True)
        self.toggleButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggleButton.setArrowType(Qt.ArrowType.DownArrow)

        self.headerRow.addWidget(self.toggleButton)

        self.summaryLabel = QLabel(AutoCheckPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerRow.addWidget(self.summaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.panelLayout.addLayout(self.headerRow)

        self.stateLabel = QLabel(AutoCheckPanel)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stateLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.stateLabel)

        self.checkTree = QTreeView(AutoCheckPanel)
        self.checkTree.setObjectName(u"checkTree")
        self.checkTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkTree.setUniformRowHeights(True)
        self.checkTree.setAllColumnsShowFocus(True)

        self.panelLayout.addWidget(self.checkTree)


        self.retranslateUi(AutoCheckPanel)

        QMetaObject.connectSlotsByName(AutoCheckPanel)
    # setupUi

    def retranslateUi(self, AutoCheckPanel):
#if QT_CONFIG(tooltip)
        self.toggleButton.setToolTip(QCoreApplication.translate("AutoCheckPanel", u"Show or hide the automatic checks", None))
#endif // QT_CONFIG(tooltip)
        self.toggleButton.setText(QCoreApplication.translate("AutoCheckPanel", u"Automatic checks", None))
#if QT_CONFIG(accessibility)
        self.checkTree.setAccessibleName(QCoreApplication.translate("AutoCheckPanel", u"Automatic checks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checkTree.setToolTip(QCoreApplication.translate("AutoCheckPanel", u"Select a check or one of its findings to see it in the conversation", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

