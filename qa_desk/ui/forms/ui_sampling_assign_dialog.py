# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sampling_assign_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SamplingAssignDialog(object):
    def setupUi(self, SamplingAssignDialog):
        if not SamplingAssignDialog.objectName():
            SamplingAssignDialog.setObjectName(u"SamplingAssignDialog")
        SamplingAssignDialog.resize(460, 180)
        self.dialogLayout = QVBoxLayout(SamplingAssignDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(SamplingAssignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.inspectorLabel = QLabel(SamplingAssignDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inspectorLabel)

        self.inspectorCombo = QComboBox(SamplingAssignDialog)
        self.inspectorCombo.setObjectName(u"inspectorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inspectorCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.workloadHint = QLabel(SamplingAssignDialog)
        self.workloadHint.setObjectName(u"workloadHint")
        self.workloadHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.workloadHint)

        self.message = QLabel(SamplingAssignDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.dialogSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(SamplingAssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.inspectorLabel.setBuddy(self.inspectorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SamplingAssignDialog)
        self.buttons.accepted.connect(SamplingAssignDialog.accept)
        self.buttons.rejected.connect(SamplingAssignDialog.reject)

        QMetaObject.connectSlotsByName(SamplingAssignDialog)
    # setupUi

    def retranslateUi(self, SamplingAssignDialog):
        SamplingAssignDialog.setWindowTitle(QCoreApplication.translate("SamplingAssignDialog", u"Assign records", None))
        self.inspectorLabel.setText(QCoreApplication.translate("SamplingAssignDialog", u"&Inspector:", None))
    # retranslateUi

