# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sampling_choice_popup.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from qa_desk.ui.widgets.sampling_choice_list import SamplingChoiceList

class Ui_SamplingChoicePopup(object):
    def setupUi(self, SamplingChoicePopup):
        if not SamplingChoicePopup.objectName():
            SamplingChoicePopup.setObjectName(u"SamplingChoicePopup")
        SamplingChoicePopup.resize(300, 320)
        SamplingChoicePopup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popupLayout = QVBoxLayout(SamplingChoicePopup)
        self.popupLayout.setObjectName(u"popupLayout")
        self.popupLayout.setContentsMargins(6, 6, 6, 6)
        self.filterEdit = QLineEdit(SamplingChoicePopup)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.popupLayout.addWidget(self.filterEdit)

        self.choiceList = SamplingChoiceList(SamplingChoicePopup)
        self.choiceList.setObjectName(u"choiceList")

        self.popupLayout.addWidget(self.choiceList)

        self.popupButtons = QHBoxLayout()
        self.popupButtons.setObjectName(u"popupButtons")
        self.countLabel = QLabel(SamplingChoicePopup)
        self.countLabel.setObjectName(u"countLabel")

        self.popupButtons.addWidget(self.countLabel)

        self.popupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.popupButtons.addItem(self.popupSpacer)

        self.clearButton = QPushButton(SamplingChoicePopup)
        self.clearButton.setObjectName(u"clearButton")

        self.popupButtons.addWidget(self.clearButton)


        self.popupLayout.addLayout(self.popupButtons)


        self.retranslateUi(SamplingChoicePopup)

        QMetaObject.connectSlotsByName(SamplingChoicePopup)
    # setupUi

    def retranslateUi(self, SamplingChoicePopup):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SamplingChoicePopup", u"Type to find\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("SamplingChoicePopup", u"Untick all", None))
        pass
    # retranslateUi

