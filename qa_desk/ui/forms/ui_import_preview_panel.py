# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ImportPreviewPanel(object):
    def setupUi(self, ImportPreviewPanel):
        if not ImportPreviewPanel.objectName():
            ImportPreviewPanel.setObjectName(u"ImportPreviewPanel")
        ImportPreviewPanel.resize(900, 500)
        self.panelLayout = QVBoxLayout(ImportPreviewPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 4, 0, 0)
        self.messageLabel = QLabel(ImportPreviewPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.messageLabel)

        self.infoLabel = QLabel(ImportPreviewPanel)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.infoLabel)

        self.splitter = QSplitter(ImportPreviewPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mappingBox = QGroupBox(self.splitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingView = QTableView(self.mappingBox)
        self.mappingView.setObjectName(u"mappingView")

        self.mappingLayout.addWidget(self.mappingView)

        self.profileRow = QHBoxLayout()
        self.profileRow.setObjectName(u"profileRow")
        self.profileSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileRow.addItem(self.profileSpacer)

        self.saveProfileButton = QPushButton(self.mappingBox)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileRow.addWidget(self.saveProfileButton)


        self.mappingLayout.addLayout(self.profileRow)

        self.splitter.addWidget(self.mappingBox)
        self.rowsBox = QGroupBox(self.splitter)
        self.rowsBox.setObjectName(u"rowsBox")
        self.rowsLayout = QVBoxLayout(self.rowsBox)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsView = QTableView(self.rowsBox)
        self.rowsView.setObjectName(u"rowsView")

        self.rowsLayout.addWidget(self.rowsView)

        self.splitter.addWidget(self.rowsBox)

        self.panelLayout.addWidget(self.splitter)

        self.errorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.errorSpacer)

        self.panelLayout.setStretch(2, 1)

        self.retranslateUi(ImportPreviewPanel)

        QMetaObject.connectSlotsByName(ImportPreviewPanel)
    # setupUi

    def retranslateUi(self, ImportPreviewPanel):
        self.mappingBox.setTitle(QCoreApplication.translate("ImportPreviewPanel", u"Fields", None))
        self.saveProfileButton.setText(QCoreApplication.translate("ImportPreviewPanel", u"&Save as profile\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveProfileButton.setToolTip(QCoreApplication.translate("ImportPreviewPanel", u"Keep this column mapping under a name, to choose it for the next file from the same platform.", None))
#endif // QT_CONFIG(tooltip)
        self.rowsBox.setTitle(QCoreApplication.translate("ImportPreviewPanel", u"First rows of the file", None))
        pass
    # retranslateUi

