# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(380, 150)
        self.dialogLayout = QVBoxLayout(TeamDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.vendorLabel = QLabel(TeamDialog)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vendorLabel)

        self.vendor = QComboBox(TeamDialog)
        self.vendor.setObjectName(u"vendor")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.vendor.sizePolicy().hasHeightForWidth())
        self.vendor.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vendor)

        self.nameLabel = QLabel(TeamDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(TeamDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)


        self.dialogLayout.addLayout(self.formLayout)

        self.message = QLabel(TeamDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(TeamDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.vendorLabel.setBuddy(self.vendor)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.vendor, self.name)

        self.retranslateUi(TeamDialog)
        self.buttons.accepted.connect(TeamDialog.accept)
        self.buttons.rejected.connect(TeamDialog.reject)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team", None))
        self.vendorLabel.setText(QCoreApplication.translate("TeamDialog", u"&Vendor:", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamDialog", u"&Name:", None))
    # retranslateUi

