# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_new_dialog.ui'
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

class Ui_ChecklistNewDialog(object):
    def setupUi(self, ChecklistNewDialog):
        if not ChecklistNewDialog.objectName():
            ChecklistNewDialog.setObjectName(u"ChecklistNewDialog")
        ChecklistNewDialog.resize(460, 200)
        self.dialogLayout = QVBoxLayout(ChecklistNewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ChecklistNewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ChecklistNewDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ChecklistNewDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.channelLabel = QLabel(ChecklistNewDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(ChecklistNewDialog)
        self.channel.setObjectName(u"channel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel)


        self.dialogLayout.addLayout(self.formLayout)

        self.message = QLabel(ChecklistNewDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.dialogSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(ChecklistNewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.channelLabel.setBuddy(self.channel)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.channel)

        self.retranslateUi(ChecklistNewDialog)
        self.buttons.accepted.connect(ChecklistNewDialog.accept)
        self.buttons.rejected.connect(ChecklistNewDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistNewDialog)
    # setupUi

    def retranslateUi(self, ChecklistNewDialog):
        ChecklistNewDialog.setWindowTitle(QCoreApplication.translate("ChecklistNewDialog", u"New checklist", None))
        self.intro.setText(QCoreApplication.translate("ChecklistNewDialog", u"The checklist starts as an empty draft: add its sections and items, then publish it.", None))
        self.nameLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ChecklistNewDialog", u"e.g. Call centre checklist 2027", None))
        self.channelLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"C&hannel:", None))
    # retranslateUi

