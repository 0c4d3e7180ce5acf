# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outlet_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_OutletTab(object):
    def setupUi(self, OutletTab):
        if not OutletTab.objectName():
            OutletTab.setObjectName(u"OutletTab")
        OutletTab.resize(800, 400)
        self.tabLayout = QVBoxLayout(OutletTab)
        self.tabLayout.setSpacing(12)
        self.tabLayout.setObjectName(u"tabLayout")
        self.outletLayout = QFormLayout()
        self.outletLayout.setObjectName(u"outletLayout")
        self.outletLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outletNameLabel = QLabel(OutletTab)
        self.outletNameLabel.setObjectName(u"outletNameLabel")

        self.outletLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outletNameLabel)

        self.outletName = QLineEdit(OutletTab)
        self.outletName.setObjectName(u"outletName")
        self.outletName.setReadOnly(True)
        self.outletName.setMaximumSize(QSize(420, 16777215))

        self.outletLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outletName)

        self.timezoneLabel = QLabel(OutletTab)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.outletLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezone = QLineEdit(OutletTab)
        self.timezone.setObjectName(u"timezone")
        self.timezone.setReadOnly(True)
        self.timezone.setMaximumSize(QSize(420, 16777215))

        self.outletLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timezone)


        self.tabLayout.addLayout(self.outletLayout)

        self.importGroup = QGroupBox(OutletTab)
        self.importGroup.setObjectName(u"importGroup")
        self.importLayout = QVBoxLayout(self.importGroup)
        self.importLayout.setObjectName(u"importLayout")
        self.maskPhones = QCheckBox(self.importGroup)
        self.maskPhones.setObjectName(u"maskPhones")

        self.importLayout.addWidget(self.maskPhones)

        self.maskHint = QLabel(self.importGroup)
        self.maskHint.setObjectName(u"maskHint")
        self.maskHint.setWordWrap(True)
        self.maskHint.setIndent(24)

        self.importLayout.addWidget(self.maskHint)

        self.readOnlyNote = QLabel(self.importGroup)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setIndent(24)

        self.importLayout.addWidget(self.readOnlyNote)


        self.tabLayout.addWidget(self.importGroup)

        self.tabSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tabLayout.addItem(self.tabSpacer)

#if QT_CONFIG(shortcut)
        self.outletNameLabel.setBuddy(self.outletName)
        self.timezoneLabel.setBuddy(self.timezone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutletTab)

        QMetaObject.connectSlotsByName(OutletTab)
    # setupUi

    def retranslateUi(self, OutletTab):
        self.outletNameLabel.setText(QCoreApplication.translate("OutletTab", u"Outlet name:", None))
        self.timezoneLabel.setText(QCoreApplication.translate("OutletTab", u"Time zone:", None))
        self.importGroup.setTitle(QCoreApplication.translate("OutletTab", u"Import", None))
        self.maskPhones.setText(QCoreApplication.translate("OutletTab", u"&Mask customer phone numbers when importing (138****1234)", None))
        self.maskHint.setText(QCoreApplication.translate("OutletTab", u"Applies to every file imported from now on, on every PC using this database. Masked digits are not stored, so they cannot be shown later.", None))
        self.readOnlyNote.setText(QCoreApplication.translate("OutletTab", u"Only an administrator can change these options.", None))
        pass
    # retranslateUi

