# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_InspectionsPage(object):
    def setupUi(self, InspectionsPage):
        if not InspectionsPage.objectName():
            InspectionsPage.setObjectName(u"InspectionsPage")
        InspectionsPage.resize(1100, 740)
        self.pageLayout = QVBoxLayout(InspectionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodBar = QHBoxLayout()
        self.periodBar.setObjectName(u"periodBar")
        self.periodCheck = QCheckBox(InspectionsPage)
        self.periodCheck.setObjectName(u"periodCheck")

        self.periodBar.addWidget(self.periodCheck)

        self.dateFrom = QDateEdit(InspectionsPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.periodBar.addWidget(self.dateFrom)

        self.dateDash = QLabel(InspectionsPage)
        self.dateDash.setObjectName(u"dateDash")
        self.dateDash.setText(u"\u2013")

        self.periodBar.addWidget(self.dateDash)

        self.dateTo = QDateEdit(InspectionsPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.periodBar.addWidget(self.dateTo)

        self.weekButton = QToolButton(InspectionsPage)
        self.weekButton.setObjectName(u"weekButton")

        self.periodBar.addWidget(self.weekButton)

        self.monthButton = QToolButton(InspectionsPage)
        self.monthButton.setObjectName(u"monthButton")

        self.periodBar.addWidget(self.monthButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodBar.addItem(self.periodSpacer)

        self.clearFilters = QPushButton(InspectionsPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.periodBar.addWidget(self.clearFilters)

        self.reopenButton = QPushButton(InspectionsPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.periodBar.addWidget(self.reopenButton)


        self.pageLayout.addLayout(self.periodBar)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.vendorLabel = QLabel(InspectionsPage)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.filterGrid.addWidget(self.vendorLabel, 0, 0, 1, 1)

        self.vendorFilter = QComboBox(InspectionsPage)
        self.vendorFilter.setObjectName(u"vendorFilter")
        self.vendorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vendorFilter.setMinimumContentsLength(14)

        self.filterGrid.addWidget(self.vendorFilter, 0, 1, 1, 1)

        self.agentLabel = QLabel(InspectionsPage)
        self.agentLabel.setObjectName(u"agentLabel")

        self.filterGrid.addWidget(self.agentLabel, 0, 2, 1, 1)

        self.agentFilter = QComboBox(InspectionsPage)
        self.agentFilter.setObjectName(u"agentFilter")
        self.agentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agentFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.agentFilter, 0, 3, 1, 1)

        self.inspectorLabel = QLabel(InspectionsPage)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.filterGrid.addWidget(self.inspectorLabel, 0, 4, 1, 1)

        self.inspectorFilter = QComboBox(InspectionsPage)
        self.inspectorFilter.setObjectName(u"inspectorFilter")
        self.inspectorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.inspectorFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.inspectorFilter, 0, 5, 1, 1)

        self.checklistLabel = QLabel(InspectionsPage)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.filterGrid.addWidget(self.checklistLabel, 0, 6, 1, 1)

        self.checklistFilter = QComboBox(InspectionsPage)
        self.checklistFilter.setObjectName(u"checklistFilter")
        self.checklistFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.checklistFilter.setMinimumContentsLength(14)

        self.filterGrid.addWidget(self.checklistFilter, 0, 7, 1, 1)

        self.passedLabel = QLabel(InspectionsPage)
        self.passedLabel.setObjectName(u"passedLabel")

        self.filterGrid.addWidget(self.passedLabel, 1, 0, 1, 1)

        self.passedFilter = QComboBox(InspectionsPage)
        self.passedFilter.setObjectName(u"passedFilter")

        self.filterGrid.addWidget(self.passedFilter, 1, 1, 1, 1)

        self.criticalLabel = QLabel(InspectionsPage)
        self.criticalLabel.setObjectName(u"criticalLabel")

        self.filterGrid.addWidget(self.criticalLabel, 1, 2, 1, 1)

        self.criticalFilter = QComboBox(InspectionsPage)
        self.criticalFilter.setObjectName(u"criticalFilter")

        self.filterGrid.addWidget(self.criticalFilter, 1, 3, 1, 1)

        self.statusLabel = QLabel(InspectionsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 1, 4, 1, 1)

        self.statusFilter = QComboBox(InspectionsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterGrid.addWidget(self.statusFilter, 1, 5, 1, 1)

        self.filterGrid.setColumnStretch(8, 1)

        self.pageLayout.addLayout(self.filterGrid)

        self.splitter = QSplitter(InspectionsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.inspectionTable = QTableView(self.splitter)
        self.inspectionTable.setObjectName(u"inspectionTable")
        self.splitter.addWidget(self.inspectionTable)
        self.detailSplitter = QSplitter(self.splitter)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.detailSplitter)

        self.pageLayout.addWidget(self.splitter)

        self.countLabel = QLabel(InspectionsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.countLabel)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.vendorLabel.setBuddy(self.vendorFilter)
        self.agentLabel.setBuddy(self.agentFilter)
        self.inspectorLabel.setBuddy(self.inspectorFilter)
        self.checklistLabel.setBuddy(self.checklistFilter)
        self.passedLabel.setBuddy(self.passedFilter)
        self.criticalLabel.setBuddy(self.criticalFilter)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsPage)

        QMetaObject.connectSlotsByName(InspectionsPage)
    # setupUi

    def retranslateUi(self, InspectionsPage):
        self.periodCheck.setText(QCoreApplication.translate("InspectionsPage", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("InspectionsPage", u"Only inspections submitted (or, for drafts, started) within these days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.weekButton.setText(QCoreApplication.translate("InspectionsPage", u"7 days", None))
#if QT_CONFIG(tooltip)
        self.weekButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"Today and the six days before", None))
#endif // QT_CONFIG(tooltip)
        self.monthButton.setText(QCoreApplication.translate("InspectionsPage", u"30 days", None))
#if QT_CONFIG(tooltip)
        self.monthButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"Today and the 29 days before", None))
#endif // QT_CONFIG(tooltip)
        self.clearFilters.setText(QCoreApplication.translate("InspectionsPage", u"C&lear filters", None))
        self.reopenButton.setText(QCoreApplication.translate("InspectionsPage", u"&Reopen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"Let its inspector change the selected submitted inspection again (asks for a reason; audited)", None))
#endif // QT_CONFIG(tooltip)
        self.vendorLabel.setText(QCoreApplication.translate("InspectionsPage", u"&Vendor:", None))
        self.agentLabel.setText(QCoreApplication.translate("InspectionsPage", u"&Agent:", None))
        self.inspectorLabel.setText(QCoreApplication.translate("InspectionsPage", u"&Inspector:", None))
        self.checklistLabel.setText(QCoreApplication.translate("InspectionsPage", u"C&hecklist:", None))
        self.passedLabel.setText(QCoreApplication.translate("InspectionsPage", u"Res&ult:", None))
        self.criticalLabel.setText(QCoreApplication.translate("InspectionsPage", u"C&ritical:", None))
        self.statusLabel.setText(QCoreApplication.translate("InspectionsPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.inspectionTable.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"Inspections", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

