# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_compare_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ChecklistCompareDialog(object):
    def setupUi(self, ChecklistCompareDialog):
        if not ChecklistCompareDialog.objectName():
            ChecklistCompareDialog.setObjectName(u"ChecklistCompareDialog")
        ChecklistCompareDialog.resize(960, 560)
        self.dialogLayout = QVBoxLayout(ChecklistCompareDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pickBar = QHBoxLayout()
        self.pickBar.setObjectName(u"pickBar")
        self.oldLabel = QLabel(ChecklistCompareDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.pickBar.addWidget(self.oldLabel)

        self.oldVersion = QComboBox(ChecklistCompareDialog)
        self.oldVersion.setObjectName(u"oldVersion")
        self.oldVersion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickBar.addWidget(self.oldVersion)

        self.newLabel = QLabel(ChecklistCompareDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.pickBar.addWidget(self.newLabel)

        self.newVersion = QComboBox(ChecklistCompareDialog)
        self.newVersion.setObjectName(u"newVersion")
        self.newVersion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickBar.addWidget(self.newVersion)

        self.pickSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickBar.addItem(self.pickSpacer)


        self.dialogLayout.addLayout(self.pickBar)

        self.summary = QLabel(ChecklistCompareDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.changeView = QTableView(ChecklistCompareDialog)
        self.changeView.setObjectName(u"changeView")

        self.dialogLayout.addWidget(self.changeView)

        self.buttons = QDialogButtonBox(ChecklistCompareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldVersion)
        self.newLabel.setBuddy(self.newVersion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistCompareDialog)
        self.buttons.rejected.connect(ChecklistCompareDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistCompareDialog)
    # setupUi

    def retranslateUi(self, ChecklistCompareDialog):
        ChecklistCompareDialog.setWindowTitle(QCoreApplication.translate("ChecklistCompareDialog", u"Compare checklist versions", None))
        self.oldLabel.setText(QCoreApplication.translate("ChecklistCompareDialog", u"&From:", None))
        self.newLabel.setText(QCoreApplication.translate("ChecklistCompareDialog", u"&To:", None))
    # retranslateUi

