# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_run_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportRunPage(object):
    def setupUi(self, ImportRunPage):
        if not ImportRunPage.objectName():
            ImportRunPage.setObjectName(u"ImportRunPage")
        ImportRunPage.resize(760, 360)
        self.pageLayout = QVBoxLayout(ImportRunPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fileLabel = QLabel(ImportRunPage)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.fileLabel)

        self.progressBar = QProgressBar(ImportRunPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.pageLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ImportRunPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(ImportRunPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.retryButton = QPushButton(ImportRunPage)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonRow.addWidget(self.retryButton)

        self.cancelButton = QPushButton(ImportRunPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.pageSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(ImportRunPage)

        QMetaObject.connectSlotsByName(ImportRunPage)
    # setupUi

    def retranslateUi(self, ImportRunPage):
        ImportRunPage.setTitle(QCoreApplication.translate("ImportRunPage", u"Importing", None))
        ImportRunPage.setSubTitle(QCoreApplication.translate("ImportRunPage", u"The good rows are stored together once the whole file has been read; if you cancel, nothing is stored.", None))
        self.retryButton.setText(QCoreApplication.translate("ImportRunPage", u"&Try again", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportRunPage", u"&Stop import", None))
    # retranslateUi

