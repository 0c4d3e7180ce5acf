# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        ImportSummaryPage.resize(760, 420)
        self.pageLayout = QVBoxLayout(ImportSummaryPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headline = QLabel(ImportSummaryPage)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.headline)

        self.countsLayout = QFormLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLayout.setHorizontalSpacing(24)
        self.rowsReadLabel = QLabel(ImportSummaryPage)
        self.rowsReadLabel.setObjectName(u"rowsReadLabel")

        self.countsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowsReadLabel)

        self.rowsRead = QLabel(ImportSummaryPage)
        self.rowsRead.setObjectName(u"rowsRead")
        self.rowsRead.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rowsRead)

        self.recordsCreatedLabel = QLabel(ImportSummaryPage)
        self.recordsCreatedLabel.setObjectName(u"recordsCreatedLabel")

        self.countsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recordsCreatedLabel)

        self.recordsCreated = QLabel(ImportSummaryPage)
        self.recordsCreated.setObjectName(u"recordsCreated")
        self.recordsCreated.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recordsCreated)

        self.recordsUpdatedLabel = QLabel(ImportSummaryPage)
        self.recordsUpdatedLabel.setObjectName(u"recordsUpdatedLabel")

        self.countsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recordsUpdatedLabel)

        self.recordsUpdated = QLabel(ImportSummaryPage)
        self.recordsUpdated.setObjectName(u"recordsUpdated")
        self.recordsUpdated.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recordsUpdated)

        self.messagesLabel = QLabel(ImportSummaryPage)
        self.messagesLabel.setObjectName(u"messagesLabel")

        self.countsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.messagesLabel)

        self.messages = QLabel(ImportSummaryPage)
        self.messages.setObjectName(u"messages")
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.messages)

        self.duplicatesLabel = QLabel(ImportSummaryPage)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")

        self.countsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.duplicatesLabel)

        self.duplicates = QLabel(ImportSummaryPage)
        self.duplicates.setObjectName(u"duplicates")
        self.duplicates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duplicates)

        self.errorsLabel = QLabel(ImportSummaryPage)
        self.errorsLabel.setObjectName(u"errorsLabel")

        self.countsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.errorsLabel)

        self.errors = QLabel(ImportSummaryPage)
        self.errors.setObjectName(u"errors")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errors)

        self.recordingsMissingLabel = QLabel(ImportSummaryPage)
        self.recordingsMissingLabel.setObjectName(u"recordingsMissingLabel")

        self.countsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recordingsMissingLabel)

        self.recordingsMissing = QLabel(ImportSummaryPage)
        self.recordingsMissing.setObjectName(u"recordingsMissing")
        self.recordingsMissing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordingsMissing)

        self.agentsCreatedLabel = QLabel(ImportSummaryPage)
        self.agentsCreatedLabel.setObjectName(u"agentsCreatedLabel")

        self.countsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agentsCreatedLabel)

        self.agentsCreated = QLabel(ImportSummaryPage)
        self.agentsCreated.setObjectName(u"agentsCreated")
        self.agentsCreated.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agentsCreated)


        self.pageLayout.addLayout(self.countsLayout)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.openReportButton = QPushButton(ImportSummaryPage)
        self.openReportButton.setObjectName(u"openReportButton")

        self.reportRow.addWidget(self.openReportButton)

        self.showFolderButton = QPushButton(ImportSummaryPage)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.reportRow.addWidget(self.showFolderButton)

        self.reportSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportRow.addItem(self.reportSpacer)


        self.pageLayout.addLayout(self.reportRow)

        self.reportLabel = QLabel(ImportSummaryPage)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setWordWrap(True)
        self.reportLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.reportLabel)

        self.pageSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(ImportSummaryPage)

        QMetaObject.connectSlotsByName(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Import finished", None))
        ImportSummaryPage.setSubTitle(QCoreApplication.translate("ImportSummaryPage", u"What this file added to the database. Rows with errors were left out; every other row is stored.", None))
        self.rowsReadLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Rows read:", None))
        self.recordsCreatedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Records created:", None))
        self.recordsUpdatedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Records updated:", None))
        self.messagesLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Messages:", None))
        self.duplicatesLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Duplicates skipped:", None))
        self.errorsLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Rows with errors:", None))
        self.recordingsMissingLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Recordings missing:", None))
        self.agentsCreatedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Agents created:", None))
        self.openReportButton.setText(QCoreApplication.translate("ImportSummaryPage", u"&Open error report", None))
        self.showFolderButton.setText(QCoreApplication.translate("ImportSummaryPage", u"Show in &folder", None))
    # retranslateUi

