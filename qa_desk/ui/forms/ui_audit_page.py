# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.entityLabel = QLabel(AuditPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.bar.addWidget(self.entityLabel)

        self.entityFilter = QComboBox(AuditPage)
        self.entityFilter.setObjectName(u"entityFilter")
        self.entityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.bar.addWidget(self.entityFilter)

        self.reload = QPushButton(AuditPage)
        self.reload.setObjectName(u"reload")

        self.bar.addWidget(self.reload)

        self.barSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.details = QPushButton(AuditPage)
        self.details.setObjectName(u"details")

        self.bar.addWidget(self.details)

        self.verify = QPushButton(AuditPage)
        self.verify.setObjectName(u"verify")

        self.bar.addWidget(self.verify)


        self.pageLayout.addLayout(self.bar)

        self.verifyResult = QLabel(AuditPage)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)

        self.pageLayout.addWidget(self.verifyResult)

        self.eventView = QTableView(AuditPage)
        self.eventView.setObjectName(u"eventView")

        self.pageLayout.addWidget(self.eventView)

        self.summary = QLabel(AuditPage)
        self.summary.setObjectName(u"summary")

        self.pageLayout.addWidget(self.summary)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.entityLabel.setText(QCoreApplication.translate("AuditPage", u"&Show:", None))
        self.reload.setText(QCoreApplication.translate("AuditPage", u"&Reload", None))
        self.details.setText(QCoreApplication.translate("AuditPage", u"&Details\u2026", None))
        self.verify.setText(QCoreApplication.translate("AuditPage", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.verify.setToolTip(QCoreApplication.translate("AuditPage", u"Recompute every event's hash and check the links between them", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

