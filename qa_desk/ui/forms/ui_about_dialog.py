# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(64, 64))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setText(u"QA Desk \u00b7 \u8d28\u68c0\u53f0")

        self.titleLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(12)
        self.detailsLayout.setVerticalSpacing(6)
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(AboutDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.schemaCaption = QLabel(AboutDialog)
        self.schemaCaption.setObjectName(u"schemaCaption")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemaCaption)

        self.schemaValue = QLabel(AboutDialog)
        self.schemaValue.setObjectName(u"schemaValue")
        self.schemaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.qtCaption = QLabel(AboutDialog)
        self.qtCaption.setObjectName(u"qtCaption")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtCaption)

        self.qtValue = QLabel(AboutDialog)
        self.qtValue.setObjectName(u"qtValue")
        self.qtValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtValue)

        self.pythonCaption = QLabel(AboutDialog)
        self.pythonCaption.setObjectName(u"pythonCaption")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pythonCaption)

        self.pythonValue = QLabel(AboutDialog)
        self.pythonValue.setObjectName(u"pythonValue")
        self.pythonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pythonValue)


        self.mainLayout.addLayout(self.detailsLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About QA Desk", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Quality inspection of outsourced customer service for express-delivery outlets: import, sample, score, follow up and report.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.schemaCaption.setText(QCoreApplication.translate("AboutDialog", u"Schema revision:", None))
        self.qtCaption.setText(QCoreApplication.translate("AboutDialog", u"Qt / PySide6:", None))
        self.pythonCaption.setText(QCoreApplication.translate("AboutDialog", u"Python:", None))
    # retranslateUi

