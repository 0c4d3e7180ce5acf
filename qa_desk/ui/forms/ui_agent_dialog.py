# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AgentDialog(object):
    def setupUi(self, AgentDialog):
        if not AgentDialog.objectName():
            AgentDialog.setObjectName(u"AgentDialog")
        AgentDialog.resize(420, 290)
        self.dialogLayout = QVBoxLayout(AgentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.employeeIdLabel = QLabel(AgentDialog)
        self.employeeIdLabel.setObjectName(u"employeeIdLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeIdLabel)

        self.employeeId = QLineEdit(AgentDialog)
        self.employeeId.setObjectName(u"employeeId")
        self.employeeId.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employeeId)

        self.nameLabel = QLabel(AgentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AgentDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.vendorLabel = QLabel(AgentDialog)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vendorLabel)

        self.vendor = QComboBox(AgentDialog)
        self.vendor.setObjectName(u"vendor")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.vendor.sizePolicy().hasHeightForWidth())
        self.vendor.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vendor)

        self.teamLabel = QLabel(AgentDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.team = QComboBox(AgentDialog)
        self.team.setObjectName(u"team")
        sizePolicy.setHeightForWidth(self.team.sizePolicy().hasHeightForWidth())
        self.team.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.team)

        self.activeFromSet = QCheckBox(AgentDialog)
        self.activeFromSet.setObjectName(u"activeFromSet")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activeFromSet)

        self.activeFrom = QDateEdit(AgentDialog)
        self.activeFrom.setObjectName(u"activeFrom")
        self.activeFrom.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeFrom)

        self.activeToSet = QCheckBox(AgentDialog)
        self.activeToSet.setObjectName(u"activeToSet")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.activeToSet)

        self.activeTo = QDateEdit(AgentDialog)
        self.activeTo.setObjectName(u"activeTo")
        self.activeTo.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeTo)


        self.dialogLayout.addLayout(self.formLayout)

        self.datesHint = QLabel(AgentDialog)
        self.datesHint.setObjectName(u"datesHint")
        self.datesHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.datesHint)

        self.message = QLabel(AgentDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(AgentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.employeeIdLabel.setBuddy(self.employeeId)
        self.nameLabel.setBuddy(self.name)
        self.vendorLabel.setBuddy(self.vendor)
        self.teamLabel.setBuddy(self.team)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employeeId, self.name)
        QWidget.setTabOrder(self.name, self.vendor)
        QWidget.setTabOrder(self.vendor, self.team)
        QWidget.setTabOrder(self.team, self.activeFromSet)
        QWidget.setTabOrder(self.activeFromSet, self.activeFrom)
        QWidget.setTabOrder(self.activeFrom, self.activeToSet)
        QWidget.setTabOrder(self.activeToSet, self.activeTo)

        self.retranslateUi(AgentDialog)
        self.buttons.accepted.connect(AgentDialog.accept)
        self.buttons.rejected.connect(AgentDialog.reject)
        self.activeFromSet.toggled.connect(self.activeFrom.setEnabled)
        self.activeToSet.toggled.connect(self.activeTo.setEnabled)

        QMetaObject.connectSlotsByName(AgentDialog)
    # setupUi

    def retranslateUi(self, AgentDialog):
        AgentDialog.setWindowTitle(QCoreApplication.translate("AgentDialog", u"Agent", None))
        self.employeeIdLabel.setText(QCoreApplication.translate("AgentDialog", u"&Employee ID:", None))
        self.employeeId.setPlaceholderText(QCoreApplication.translate("AgentDialog", u"As in the service platform's exports", None))
        self.nameLabel.setText(QCoreApplication.translate("AgentDialog", u"&Name:", None))
        self.vendorLabel.setText(QCoreApplication.translate("AgentDialog", u"&Vendor:", None))
        self.teamLabel.setText(QCoreApplication.translate("AgentDialog", u"&Team:", None))
        self.activeFromSet.setText(QCoreApplication.translate("AgentDialog", u"Active &from:", None))
        self.activeToSet.setText(QCoreApplication.translate("AgentDialog", u"Active t&o:", None))
        self.datesHint.setText(QCoreApplication.translate("AgentDialog", u"Tick \"Active to\" on the agent's last working day; leave it empty while the agent works here.", None))
    # retranslateUi

