# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sampling_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SamplingRunDialog(object):
    def setupUi(self, SamplingRunDialog):
        if not SamplingRunDialog.objectName():
            SamplingRunDialog.setObjectName(u"SamplingRunDialog")
        SamplingRunDialog.resize(520, 230)
        self.dialogLayout = QVBoxLayout(SamplingRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(SamplingRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.periodLabel = QLabel(SamplingRunDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formGrid.addWidget(self.periodLabel, 0, 0, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(6)
        self.periodRow.setObjectName(u"periodRow")
        self.dateFrom = QDateEdit(SamplingRunDialog)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.periodRow.addWidget(self.dateFrom)

        self.dateDash = QLabel(SamplingRunDialog)
        self.dateDash.setObjectName(u"dateDash")
        self.dateDash.setText(u"\u2013")

        self.periodRow.addWidget(self.dateDash)

        self.dateTo = QDateEdit(SamplingRunDialog)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.periodRow.addWidget(self.dateTo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.formGrid.addLayout(self.periodRow, 0, 1, 1, 1)

        self.quickRow = QHBoxLayout()
        self.quickRow.setObjectName(u"quickRow")
        self.thisWeekButton = QToolButton(SamplingRunDialog)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.quickRow.addWidget(self.thisWeekButton)

        self.lastWeekButton = QToolButton(SamplingRunDialog)
        self.lastWeekButton.setObjectName(u"lastWeekButton")

        self.quickRow.addWidget(self.lastWeekButton)

        self.thisMonthButton = QToolButton(SamplingRunDialog)
        self.thisMonthButton.setObjectName(u"thisMonthButton")

        self.quickRow.addWidget(self.thisMonthButton)

        self.quickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickRow.addItem(self.quickSpacer)


        self.formGrid.addLayout(self.quickRow, 1, 1, 1, 1)

        self.seedLabel = QLabel(SamplingRunDialog)
        self.seedLabel.setObjectName(u"seedLabel")

        self.formGrid.addWidget(self.seedLabel, 2, 0, 1, 1)

        self.seedEdit = QLineEdit(SamplingRunDialog)
        self.seedEdit.setObjectName(u"seedEdit")
        self.seedEdit.setMaxLength(10)
        self.seedEdit.setClearButtonEnabled(True)

        self.formGrid.addWidget(self.seedEdit, 2, 1, 1, 1)

        self.formGrid.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formGrid)

        self.message = QLabel(SamplingRunDialog)
        self.message.setObjectName(u"message")

        self.dialogLayout.addWidget(self.message)

        self.dialogSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(SamplingRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.dateFrom)
        self.seedLabel.setBuddy(self.seedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.lastWeekButton)
        QWidget.setTabOrder(self.lastWeekButton, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.seedEdit)

        self.retranslateUi(SamplingRunDialog)
        self.buttons.accepted.connect(SamplingRunDialog.accept)
        self.buttons.rejected.connect(SamplingRunDialog.reject)

        QMetaObject.connectSlotsByName(SamplingRunDialog)
    # setupUi

    def retranslateUi(self, SamplingRunDialog):
        SamplingRunDialog.setWindowTitle(QCoreApplication.translate("SamplingRunDialog", u"Run a plan for a period", None))
        self.periodLabel.setText(QCoreApplication.translate("SamplingRunDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("SamplingRunDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("SamplingRunDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.thisWeekButton.setText(QCoreApplication.translate("SamplingRunDialog", u"This week", None))
#if QT_CONFIG(tooltip)
        self.thisWeekButton.setToolTip(QCoreApplication.translate("SamplingRunDialog", u"From Monday to today", None))
#endif // QT_CONFIG(tooltip)
        self.lastWeekButton.setText(QCoreApplication.translate("SamplingRunDialog", u"Last week", None))
#if QT_CONFIG(tooltip)
        self.lastWeekButton.setToolTip(QCoreApplication.translate("SamplingRunDialog", u"Monday to Sunday of last week", None))
#endif // QT_CONFIG(tooltip)
        self.thisMonthButton.setText(QCoreApplication.translate("SamplingRunDialog", u"This month", None))
#if QT_CONFIG(tooltip)
        self.thisMonthButton.setToolTip(QCoreApplication.translate("SamplingRunDialog", u"From the first of the month to today", None))
#endif // QT_CONFIG(tooltip)
        self.seedLabel.setText(QCoreApplication.translate("SamplingRunDialog", u"S&eed:", None))
    # retranslateUi

