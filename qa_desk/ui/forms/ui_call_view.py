# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_view.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.audio_player import AudioPlayer
from qa_desk.ui.widgets.transcript_view import TranscriptView

class Ui_CallView(object):
    def setupUi(self, CallView):
        if not CallView.objectName():
            CallView.setObjectName(u"CallView")
        CallView.resize(640, 480)
        self.callLayout = QVBoxLayout(CallView)
        self.callLayout.setSpacing(0)
        self.callLayout.setObjectName(u"callLayout")
        self.callLayout.setContentsMargins(0, 0, 0, 0)
        self.player = AudioPlayer(CallView)
        self.player.setObjectName(u"player")

        self.callLayout.addWidget(self.player)

        self.transcriptView = TranscriptView(CallView)
        self.transcriptView.setObjectName(u"transcriptView")

        self.callLayout.addWidget(self.transcriptView)


        self.retranslateUi(CallView)

        QMetaObject.connectSlotsByName(CallView)
    # setupUi

    def retranslateUi(self, CallView):
#if QT_CONFIG(accessibility)
        self.transcriptView.setAccessibleName(QCoreApplication.translate("CallView", u"Transcript", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

