# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audio_player.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSlider, QToolButton, QVBoxLayout,
    QWidget)

class Ui_AudioPlayer(object):
    def setupUi(self, AudioPlayer):
        if not AudioPlayer.objectName():
            AudioPlayer.setObjectName(u"AudioPlayer")
        AudioPlayer.resize(640, 72)
        self.playerLayout = QVBoxLayout(AudioPlayer)
        self.playerLayout.setSpacing(6)
        self.playerLayout.setObjectName(u"playerLayout")
        self.playerLayout.setContentsMargins(10, 8, 10, 8)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(10)
        self.controls.setObjectName(u"controls")
        self.playButton = QToolButton(AudioPlayer)
        self.playButton.setObjectName(u"playButton")
        self.playButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.controls.addWidget(self.playButton)

        self.positionLabel = QLabel(AudioPlayer)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setText(u"00:00 / 00:00")

        self.controls.addWidget(self.positionLabel)

        self.seekSlider = QSlider(AudioPlayer)
        self.seekSlider.setObjectName(u"seekSlider")
        self.seekSlider.setOrientation(Qt.Orientation.Horizontal)
        self.seekSlider.setTracking(False)

        self.controls.addWidget(self.seekSlider)

        self.speedLabel = QLabel(AudioPlayer)
        self.speedLabel.setObjectName(u"speedLabel")

        self.controls.addWidget(self.speedLabel)

        self.speedCombo = QComboBox(AudioPlayer)
        self.speedCombo.setObjectName(u"speedCombo")
        self.speedCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controls.addWidget(self.speedCombo)


        self.playerLayout.addLayout(self.controls)

        self.messageLabel = QLabel(AudioPlayer)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.playerLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.speedLabel.setBuddy(self.speedCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AudioPlayer)

        QMetaObject.connectSlotsByName(AudioPlayer)
    # setupUi

    def retranslateUi(self, AudioPlayer):
        self.playButton.setText(QCoreApplication.translate("AudioPlayer", u"Play", None))
#if QT_CONFIG(tooltip)
        self.playButton.setToolTip(QCoreApplication.translate("AudioPlayer", u"Play or pause the recording", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.positionLabel.setToolTip(QCoreApplication.translate("AudioPlayer", u"Position / length of the recording", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.seekSlider.setToolTip(QCoreApplication.translate("AudioPlayer", u"Drag to move in the recording", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.seekSlider.setAccessibleName(QCoreApplication.translate("AudioPlayer", u"Position in the recording", None))
#endif // QT_CONFIG(accessibility)
        self.speedLabel.setText(QCoreApplication.translate("AudioPlayer", u"&Speed:", None))
        pass
    # retranslateUi

