# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vendor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.percent_spin_box import PercentSpinBox

class Ui_VendorDialog(object):
    def setupUi(self, VendorDialog):
        if not VendorDialog.objectName():
            VendorDialog.setObjectName(u"VendorDialog")
        VendorDialog.resize(440, 340)
        self.dialogLayout = QVBoxLayout(VendorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(VendorDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(VendorDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.nameLabel = QLabel(VendorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(VendorDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.contactLabel = QLabel(VendorDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QLineEdit(VendorDialog)
        self.contact.setObjectName(u"contact")
        self.contact.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact)


        self.dialogLayout.addLayout(self.formLayout)

        self.kpiGroup = QGroupBox(VendorDialog)
        self.kpiGroup.setObjectName(u"kpiGroup")
        self.kpiLayout = QFormLayout(self.kpiGroup)
        self.kpiLayout.setObjectName(u"kpiLayout")
        self.passRateLabel = QLabel(self.kpiGroup)
        self.passRateLabel.setObjectName(u"passRateLabel")

        self.kpiLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passRateLabel)

        self.passRate = PercentSpinBox(self.kpiGroup)
        self.passRate.setObjectName(u"passRate")

        self.kpiLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passRate)

        self.firstResponseLabel = QLabel(self.kpiGroup)
        self.firstResponseLabel.setObjectName(u"firstResponseLabel")

        self.kpiLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstResponseLabel)

        self.firstResponse = PercentSpinBox(self.kpiGroup)
        self.firstResponse.setObjectName(u"firstResponse")

        self.kpiLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstResponse)

        self.actionsOnTimeLabel = QLabel(self.kpiGroup)
        self.actionsOnTimeLabel.setObjectName(u"actionsOnTimeLabel")

        self.kpiLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actionsOnTimeLabel)

        self.actionsOnTime = PercentSpinBox(self.kpiGroup)
        self.actionsOnTime.setObjectName(u"actionsOnTime")

        self.kpiLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actionsOnTime)

        self.kpiHint = QLabel(self.kpiGroup)
        self.kpiHint.setObjectName(u"kpiHint")
        self.kpiHint.setWordWrap(True)

        self.kpiLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.kpiHint)


        self.dialogLayout.addWidget(self.kpiGroup)

        self.message = QLabel(VendorDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(VendorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.nameLabel.setBuddy(self.name)
        self.contactLabel.setBuddy(self.contact)
        self.passRateLabel.setBuddy(self.passRate)
        self.firstResponseLabel.setBuddy(self.firstResponse)
        self.actionsOnTimeLabel.setBuddy(self.actionsOnTime)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.contact)
        QWidget.setTabOrder(self.contact, self.passRate)
        QWidget.setTabOrder(self.passRate, self.firstResponse)
        QWidget.setTabOrder(self.firstResponse, self.actionsOnTime)

        self.retranslateUi(VendorDialog)
        self.buttons.accepted.connect(VendorDialog.accept)
        self.buttons.rejected.connect(VendorDialog.reject)

        QMetaObject.connectSlotsByName(VendorDialog)
    # setupUi

    def retranslateUi(self, VendorDialog):
        VendorDialog.setWindowTitle(QCoreApplication.translate("VendorDialog", u"Vendor", None))
        self.codeLabel.setText(QCoreApplication.translate("VendorDialog", u"&Code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("VendorDialog", u"e.g. V03, without spaces", None))
        self.nameLabel.setText(QCoreApplication.translate("VendorDialog", u"&Name:", None))
        self.contactLabel.setText(QCoreApplication.translate("VendorDialog", u"C&ontact:", None))
        self.contact.setPlaceholderText(QCoreApplication.translate("VendorDialog", u"Person, phone or e-mail", None))
        self.kpiGroup.setTitle(QCoreApplication.translate("VendorDialog", u"Contract KPI targets", None))
        self.passRateLabel.setText(QCoreApplication.translate("VendorDialog", u"&Pass rate:", None))
        self.firstResponseLabel.setText(QCoreApplication.translate("VendorDialog", u"&First response in time:", None))
        self.actionsOnTimeLabel.setText(QCoreApplication.translate("VendorDialog", u"&Actions closed on time:", None))
        self.kpiHint.setText(QCoreApplication.translate("VendorDialog", u"Targets are percentages from 0 to 100. Leave a target \"not set\" (empty) when the contract has none.", None))
    # retranslateUi

