# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(420, 260)
        self.dialogLayout = QVBoxLayout(UserDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.loginLabel = QLabel(UserDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(UserDialog)
        self.login.setObjectName(u"login")
        self.login.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.displayNameLabel = QLabel(UserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(UserDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.role.sizePolicy().hasHeightForWidth())
        self.role.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.vendorLabel = QLabel(UserDialog)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vendorLabel)

        self.vendor = QComboBox(UserDialog)
        self.vendor.setObjectName(u"vendor")
        sizePolicy.setHeightForWidth(self.vendor.sizePolicy().hasHeightForWidth())
        self.vendor.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vendor)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(UserDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(UserDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.dialogLayout.addLayout(self.formLayout)

        self.message = QLabel(UserDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.vendorLabel.setBuddy(self.vendor)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.displayName)
        QWidget.setTabOrder(self.displayName, self.role)
        QWidget.setTabOrder(self.role, self.vendor)
        QWidget.setTabOrder(self.vendor, self.password)
        QWidget.setTabOrder(self.password, self.repeat)

        self.retranslateUi(UserDialog)
        self.buttons.accepted.connect(UserDialog.accept)
        self.buttons.rejected.connect(UserDialog.reject)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.loginLabel.setText(QCoreApplication.translate("UserDialog", u"&Login:", None))
        self.login.setPlaceholderText(QCoreApplication.translate("UserDialog", u"Letters, digits or . _ - @", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role:", None))
        self.vendorLabel.setText(QCoreApplication.translate("UserDialog", u"&Vendor:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserDialog", u"R&epeat password:", None))
    # retranslateUi

