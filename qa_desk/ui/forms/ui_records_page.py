# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        RecordsPage.resize(1200, 700)
        self.pageLayout = QVBoxLayout(RecordsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodBar = QHBoxLayout()
        self.periodBar.setObjectName(u"periodBar")
        self.periodCheck = QCheckBox(RecordsPage)
        self.periodCheck.setObjectName(u"periodCheck")

        self.periodBar.addWidget(self.periodCheck)

        self.dateFrom = QDateEdit(RecordsPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.periodBar.addWidget(self.dateFrom)

        self.dateDash = QLabel(RecordsPage)
        self.dateDash.setObjectName(u"dateDash")
        self.dateDash.setText(u"\u2013")

        self.periodBar.addWidget(self.dateDash)

        self.dateTo = QDateEdit(RecordsPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.periodBar.addWidget(self.dateTo)

        self.todayButton = QToolButton(RecordsPage)
        self.todayButton.setObjectName(u"todayButton")

        self.periodBar.addWidget(self.todayButton)

        self.weekButton = QToolButton(RecordsPage)
        self.weekButton.setObjectName(u"weekButton")

        self.periodBar.addWidget(self.weekButton)

        self.monthButton = QToolButton(RecordsPage)
        self.monthButton.setObjectName(u"monthButton")

        self.periodBar.addWidget(self.monthButton)

        self.periodSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.periodBar.addItem(self.periodSpacer)

        self.searchLabel = QLabel(RecordsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.periodBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RecordsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.periodBar.addWidget(self.searchEdit)

        self.clearFilters = QPushButton(RecordsPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.periodBar.addWidget(self.clearFilters)

        self.runChecksButton = QPushButton(RecordsPage)
        self.runChecksButton.setObjectName(u"runChecksButton")

        self.periodBar.addWidget(self.runChecksButton)


        self.pageLayout.addLayout(self.periodBar)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.vendorLabel = QLabel(RecordsPage)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.filterGrid.addWidget(self.vendorLabel, 0, 0, 1, 1)

        self.vendorFilter = QComboBox(RecordsPage)
        self.vendorFilter.setObjectName(u"vendorFilter")
        self.vendorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vendorFilter.setMinimumContentsLength(16)

        self.filterGrid.addWidget(self.vendorFilter, 0, 1, 1, 1)

        self.teamLabel = QLabel(RecordsPage)
        self.teamLabel.setObjectName(u"teamLabel")

        self.filterGrid.addWidget(self.teamLabel, 0, 2, 1, 1)

        self.teamFilter = QComboBox(RecordsPage)
        self.teamFilter.setObjectName(u"teamFilter")
        self.teamFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.teamFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.teamFilter, 0, 3, 1, 1)

        self.agentLabel = QLabel(RecordsPage)
        self.agentLabel.setObjectName(u"agentLabel")

        self.filterGrid.addWidget(self.agentLabel, 0, 4, 1, 1)

        self.agentFilter = QComboBox(RecordsPage)
        self.agentFilter.setObjectName(u"agentFilter")
        self.agentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agentFilter.setMinimumContentsLength(14)
        self.agentFilter.setMaxVisibleItems(20)

        self.filterGrid.addWidget(self.agentFilter, 0, 5, 1, 1)

        self.channelLabel = QLabel(RecordsPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.filterGrid.addWidget(self.channelLabel, 1, 0, 1, 1)

        self.channelFilter = QComboBox(RecordsPage)
        self.channelFilter.setObjectName(u"channelFilter")
        self.channelFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterGrid.addWidget(self.channelFilter, 1, 1, 1, 1)

        self.categoryLabel = QLabel(RecordsPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterGrid.addWidget(self.categoryLabel, 1, 2, 1, 1)

        self.categoryFilter = QComboBox(RecordsPage)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.categoryFilter, 1, 3, 1, 1)

        self.csatLabel = QLabel(RecordsPage)
        self.csatLabel.setObjectName(u"csatLabel")

        self.filterGrid.addWidget(self.csatLabel, 1, 4, 1, 1)

        self.csatFilter = QComboBox(RecordsPage)
        self.csatFilter.setObjectName(u"csatFilter")
        self.csatFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterGrid.addWidget(self.csatFilter, 1, 5, 1, 1)

        self.flagLabel = QLabel(RecordsPage)
        self.flagLabel.setObjectName(u"flagLabel")

        self.filterGrid.addWidget(self.flagLabel, 1, 6, 1, 1)

        self.flagFilter = QComboBox(RecordsPage)
        self.flagFilter.setObjectName(u"flagFilter")
        self.flagFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flagFilter.setMinimumContentsLength(14)

        self.filterGrid.addWidget(self.flagFilter, 1, 7, 1, 1)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterGrid.addItem(self.filterSpacer, 0, 8, 1, 1)

        self.filterGrid.setColumnStretch(8, 1)

        self.pageLayout.addLayout(self.filterGrid)

        self.splitter = QSplitter(RecordsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.recordTable = QTableView(self.splitter)
        self.recordTable.setObjectName(u"recordTable")
        self.splitter.addWidget(self.recordTable)

        self.pageLayout.addWidget(self.splitter)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.countLabel = QLabel(RecordsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.statusRow.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)

        self.indexLabel = QLabel(RecordsPage)
        self.indexLabel.setObjectName(u"indexLabel")

        self.statusRow.addWidget(self.indexLabel)


        self.pageLayout.addLayout(self.statusRow)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.vendorLabel.setBuddy(self.vendorFilter)
        self.teamLabel.setBuddy(self.teamFilter)
        self.agentLabel.setBuddy(self.agentFilter)
        self.channelLabel.setBuddy(self.channelFilter)
        self.categoryLabel.setBuddy(self.categoryFilter)
        self.csatLabel.setBuddy(self.csatFilter)
        self.flagLabel.setBuddy(self.flagFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordsPage)

        QMetaObject.connectSlotsByName(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        self.periodCheck.setText(QCoreApplication.translate("RecordsPage", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("RecordsPage", u"Only records started within these days (outlet time)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("RecordsPage", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("RecordsPage", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("RecordsPage", u"Today", None))
        self.weekButton.setText(QCoreApplication.translate("RecordsPage", u"7 days", None))
#if QT_CONFIG(tooltip)
        self.weekButton.setToolTip(QCoreApplication.translate("RecordsPage", u"Today and the six days before", None))
#endif // QT_CONFIG(tooltip)
        self.monthButton.setText(QCoreApplication.translate("RecordsPage", u"30 days", None))
#if QT_CONFIG(tooltip)
        self.monthButton.setToolTip(QCoreApplication.translate("RecordsPage", u"Today and the 29 days before", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("RecordsPage", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Words in messages and transcripts, then Enter", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RecordsPage", u"Finds records whose messages or transcript contain every word, e.g. \u6295\u8bc9 or a waybill number", None))
#endif // QT_CONFIG(tooltip)
        self.clearFilters.setText(QCoreApplication.translate("RecordsPage", u"C&lear filters", None))
        self.runChecksButton.setText(QCoreApplication.translate("RecordsPage", u"&Run automatic checks", None))
#if QT_CONFIG(tooltip)
        self.runChecksButton.setToolTip(QCoreApplication.translate("RecordsPage", u"Check the records the active checklists have not checked yet (forbidden words, greetings, response times \u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.vendorLabel.setText(QCoreApplication.translate("RecordsPage", u"&Vendor:", None))
        self.teamLabel.setText(QCoreApplication.translate("RecordsPage", u"&Team:", None))
        self.agentLabel.setText(QCoreApplication.translate("RecordsPage", u"&Agent:", None))
        self.channelLabel.setText(QCoreApplication.translate("RecordsPage", u"C&hannel:", None))
        self.categoryLabel.setText(QCoreApplication.translate("RecordsPage", u"Cat&egory:", None))
        self.csatLabel.setText(QCoreApplication.translate("RecordsPage", u"&Satisfaction:", None))
        self.flagLabel.setText(QCoreApplication.translate("RecordsPage", u"Flagged &by:", None))
#if QT_CONFIG(tooltip)
        self.flagFilter.setToolTip(QCoreApplication.translate("RecordsPage", u"Only records an automatic check of the active checklists failed or flagged", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

