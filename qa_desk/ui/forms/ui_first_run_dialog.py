# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
    QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(540, 480)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.stack = QStackedWidget(FirstRunDialog)
        self.stack.setObjectName(u"stack")
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setSpacing(10)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.setupPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.setupLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.setupPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.outletLabel = QLabel(self.setupPage)
        self.outletLabel.setObjectName(u"outletLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outletLabel)

        self.outletEdit = QLineEdit(self.setupPage)
        self.outletEdit.setObjectName(u"outletEdit")
        self.outletEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outletEdit)

        self.loginLabel = QLabel(self.setupPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.setupPage)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.nameLabel = QLabel(self.setupPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.setupPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.passwordLabel = QLabel(self.setupPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.setupPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.setupPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.setupPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.hintLabel = QLabel(self.setupPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #6b6b6b;")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.setupLayout.addLayout(self.formLayout)

        self.dataGroup = QGroupBox(self.setupPage)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QVBoxLayout(self.dataGroup)
        self.dataLayout.setSpacing(6)
        self.dataLayout.setObjectName(u"dataLayout")
        self.emptyRadio = QRadioButton(self.dataGroup)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.dataLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(self.dataGroup)
        self.demoRadio.setObjectName(u"demoRadio")

        self.dataLayout.addWidget(self.demoRadio)


        self.setupLayout.addWidget(self.dataGroup)

        self.messageLabel = QLabel(self.setupPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.messageLabel)

        self.setupSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.stack.addWidget(self.setupPage)
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setSpacing(10)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryTitleLabel = QLabel(self.summaryPage)
        self.summaryTitleLabel.setObjectName(u"summaryTitleLabel")
        self.summaryTitleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.summaryLayout.addWidget(self.summaryTitleLabel)

        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        self.stack.addWidget(self.summaryPage)

        self.mainLayout.addWidget(self.stack)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.outletLabel.setBuddy(self.outletEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outletEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.emptyRadio)
        QWidget.setTabOrder(self.emptyRadio, self.demoRadio)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up QA Desk", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to QA Desk", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"This database has no accounts yet. Name your outlet and create the first administrator account (the QA lead), who then adds vendors, agents and users.", None))
        self.outletLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Outlet name:", None))
        self.loginLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Admin &login:", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Display name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password:", None))
        self.dataGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Start with", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstRunDialog", u"An &empty database", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&Demo data (2 vendors, 20 agents, 6,000 records)", None))
        self.summaryTitleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"QA Desk is ready", None))
    # retranslateUi

