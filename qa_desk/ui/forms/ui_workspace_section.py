# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_section.ui'
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
    QSizePolicy, QSpacerItem, QWidget)

class Ui_ScoringSection(object):
    def setupUi(self, ScoringSection):
        if not ScoringSection.objectName():
            ScoringSection.setObjectName(u"ScoringSection")
        ScoringSection.resize(420, 34)
        self.sectionLayout = QHBoxLayout(ScoringSection)
        self.sectionLayout.setSpacing(8)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(12, 8, 10, 6)
        self.nameLabel = QLabel(ScoringSection)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.sectionLayout.addWidget(self.nameLabel)

        self.weightLabel = QLabel(ScoringSection)
        self.weightLabel.setObjectName(u"weightLabel")
        self.weightLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.sectionLayout.addWidget(self.weightLabel)

        self.sectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sectionLayout.addItem(self.sectionSpacer)

        self.scoreLabel = QLabel(ScoringSection)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.scoreLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.sectionLayout.addWidget(self.scoreLabel)


        self.retranslateUi(ScoringSection)

        QMetaObject.connectSlotsByName(ScoringSection)
    # setupUi

    def retranslateUi(self, ScoringSection):
#if QT_CONFIG(tooltip)
        self.weightLabel.setToolTip(QCoreApplication.translate("ScoringSection", u"The section's weight in the total", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.scoreLabel.setToolTip(QCoreApplication.translate("ScoringSection", u"The section's score, 0 to 100", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

