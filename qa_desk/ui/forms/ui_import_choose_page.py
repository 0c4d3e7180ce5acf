# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_choose_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportChoosePage(object):
    def setupUi(self, ImportChoosePage):
        if not ImportChoosePage.objectName():
            ImportChoosePage.setObjectName(u"ImportChoosePage")
        ImportChoosePage.resize(760, 460)
        self.pageLayout = QVBoxLayout(ImportChoosePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.kindGroup = QGroupBox(ImportChoosePage)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QHBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.chatsRadio = QRadioButton(self.kindGroup)
        self.chatsRadio.setObjectName(u"chatsRadio")
        self.chatsRadio.setChecked(True)

        self.kindLayout.addWidget(self.chatsRadio)

        self.callsRadio = QRadioButton(self.kindGroup)
        self.callsRadio.setObjectName(u"callsRadio")

        self.kindLayout.addWidget(self.callsRadio)

        self.kindSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.pageLayout.addWidget(self.kindGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setVerticalSpacing(10)
        self.fileLabel = QLabel(ImportChoosePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportChoosePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportChoosePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.transcriptsLabel = QLabel(ImportChoosePage)
        self.transcriptsLabel.setObjectName(u"transcriptsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.transcriptsLabel)

        self.transcriptsRow = QHBoxLayout()
        self.transcriptsRow.setObjectName(u"transcriptsRow")
        self.transcriptsEdit = QLineEdit(ImportChoosePage)
        self.transcriptsEdit.setObjectName(u"transcriptsEdit")
        self.transcriptsEdit.setClearButtonEnabled(True)

        self.transcriptsRow.addWidget(self.transcriptsEdit)

        self.transcriptsBrowse = QPushButton(ImportChoosePage)
        self.transcriptsBrowse.setObjectName(u"transcriptsBrowse")

        self.transcriptsRow.addWidget(self.transcriptsBrowse)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.transcriptsRow)

        self.recordingsLabel = QLabel(ImportChoosePage)
        self.recordingsLabel.setObjectName(u"recordingsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recordingsLabel)

        self.recordingsRow = QHBoxLayout()
        self.recordingsRow.setObjectName(u"recordingsRow")
        self.recordingsEdit = QLineEdit(ImportChoosePage)
        self.recordingsEdit.setObjectName(u"recordingsEdit")
        self.recordingsEdit.setClearButtonEnabled(True)

        self.recordingsRow.addWidget(self.recordingsEdit)

        self.recordingsBrowse = QPushButton(ImportChoosePage)
        self.recordingsBrowse.setObjectName(u"recordingsBrowse")

        self.recordingsRow.addWidget(self.recordingsBrowse)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.recordingsRow)

        self.vendorLabel = QLabel(ImportChoosePage)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vendorLabel)

        self.vendorCombo = QComboBox(ImportChoosePage)
        self.vendorCombo.setObjectName(u"vendorCombo")
        self.vendorCombo.setMinimumSize(QSize(340, 0))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vendorCombo)

        self.profileLabel = QLabel(ImportChoosePage)
        self.profileLabel.setObjectName(u"profileLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileCombo = QComboBox(ImportChoosePage)
        self.profileCombo.setObjectName(u"profileCombo")
        self.profileCombo.setMinimumSize(QSize(340, 0))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileCombo)


        self.pageLayout.addLayout(self.formLayout)

        self.dropHint = QLabel(ImportChoosePage)
        self.dropHint.setObjectName(u"dropHint")

        self.pageLayout.addWidget(self.dropHint)

        self.messageLabel = QLabel(ImportChoosePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.pageSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.transcriptsLabel.setBuddy(self.transcriptsEdit)
        self.recordingsLabel.setBuddy(self.recordingsEdit)
        self.vendorLabel.setBuddy(self.vendorCombo)
        self.profileLabel.setBuddy(self.profileCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chatsRadio, self.callsRadio)
        QWidget.setTabOrder(self.callsRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.transcriptsEdit)
        QWidget.setTabOrder(self.transcriptsEdit, self.transcriptsBrowse)
        QWidget.setTabOrder(self.transcriptsBrowse, self.recordingsEdit)
        QWidget.setTabOrder(self.recordingsEdit, self.recordingsBrowse)
        QWidget.setTabOrder(self.recordingsBrowse, self.vendorCombo)
        QWidget.setTabOrder(self.vendorCombo, self.profileCombo)

        self.retranslateUi(ImportChoosePage)

        QMetaObject.connectSlotsByName(ImportChoosePage)
    # setupUi

    def retranslateUi(self, ImportChoosePage):
        ImportChoosePage.setTitle(QCoreApplication.translate("ImportChoosePage", u"Choose the file", None))
        ImportChoosePage.setSubTitle(QCoreApplication.translate("ImportChoosePage", u"An export of a service platform or call system. Its format, encoding and columns are detected in the next step.", None))
        self.kindGroup.setTitle(QCoreApplication.translate("ImportChoosePage", u"The file holds", None))
        self.chatsRadio.setText(QCoreApplication.translate("ImportChoosePage", u"C&hats \u2014 one row per message", None))
        self.callsRadio.setText(QCoreApplication.translate("ImportChoosePage", u"C&alls \u2014 one row per call", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportChoosePage", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportChoosePage", u"Type a path, browse, or drop the file here", None))
        self.browseButton.setText(QCoreApplication.translate("ImportChoosePage", u"&Browse\u2026", None))
        self.transcriptsLabel.setText(QCoreApplication.translate("ImportChoosePage", u"&Transcripts:", None))
        self.transcriptsEdit.setPlaceholderText(QCoreApplication.translate("ImportChoosePage", u"Optional: a file with one row per utterance", None))
        self.transcriptsBrowse.setText(QCoreApplication.translate("ImportChoosePage", u"B&rowse\u2026", None))
        self.recordingsLabel.setText(QCoreApplication.translate("ImportChoosePage", u"Recordings f&older:", None))
        self.recordingsEdit.setPlaceholderText(QCoreApplication.translate("ImportChoosePage", u"Optional: recording paths are looked up beside the file", None))
        self.recordingsBrowse.setText(QCoreApplication.translate("ImportChoosePage", u"Bro&wse\u2026", None))
        self.vendorLabel.setText(QCoreApplication.translate("ImportChoosePage", u"&Vendor of unknown agents:", None))
#if QT_CONFIG(tooltip)
        self.vendorCombo.setToolTip(QCoreApplication.translate("ImportChoosePage", u"Agents the database does not know yet are created under this vendor. Without one, only the file's vendor column can place them; otherwise their rows are reported as errors.", None))
#endif // QT_CONFIG(tooltip)
        self.profileLabel.setText(QCoreApplication.translate("ImportChoosePage", u"Column &mapping:", None))
#if QT_CONFIG(tooltip)
        self.profileCombo.setToolTip(QCoreApplication.translate("ImportChoosePage", u"A saved profile reads the columns as it was saved; otherwise they are recognised by their headers.", None))
#endif // QT_CONFIG(tooltip)
        self.dropHint.setText(QCoreApplication.translate("ImportChoosePage", u"You can also drop the file onto this window.", None))
    # retranslateUi

