# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sampling_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.sampling_plan_editor import SamplingPlanEditor

class Ui_SamplingPage(object):
    def setupUi(self, SamplingPage):
        if not SamplingPage.objectName():
            SamplingPage.setObjectName(u"SamplingPage")
        SamplingPage.resize(1100, 740)
        self.pageLayout = QVBoxLayout(SamplingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(SamplingPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansTabLayout = QVBoxLayout(self.plansTab)
        self.plansTabLayout.setObjectName(u"plansTabLayout")
        self.planSplitter = QSplitter(self.plansTab)
        self.planSplitter.setObjectName(u"planSplitter")
        self.planSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.planSplitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.planSplitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.plansTitle = QLabel(self.leftPane)
        self.plansTitle.setObjectName(u"plansTitle")

        self.leftLayout.addWidget(self.plansTitle)

        self.planTable = QTableView(self.leftPane)
        self.planTable.setObjectName(u"planTable")

        self.leftLayout.addWidget(self.planTable)

        self.plansHint = QLabel(self.leftPane)
        self.plansHint.setObjectName(u"plansHint")
        self.plansHint.setWordWrap(True)

        self.leftLayout.addWidget(self.plansHint)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.newPlanButton = QPushButton(self.leftPane)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.planButtons.addWidget(self.newPlanButton)

        self.runPlanButton = QPushButton(self.leftPane)
        self.runPlanButton.setObjectName(u"runPlanButton")

        self.planButtons.addWidget(self.runPlanButton)

        self.planButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planButtonsSpacer)


        self.leftLayout.addLayout(self.planButtons)

        self.previewGroup = QGroupBox(self.leftPane)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewForm = QFormLayout()
        self.previewForm.setObjectName(u"previewForm")
        self.previewForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.populationLabel = QLabel(self.previewGroup)
        self.populationLabel.setObjectName(u"populationLabel")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationValue = QLabel(self.previewGroup)
        self.populationValue.setObjectName(u"populationValue")
        self.populationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.populationValue)

        self.excludedLabel = QLabel(self.previewGroup)
        self.excludedLabel.setObjectName(u"excludedLabel")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.excludedLabel)

        self.excludedValue = QLabel(self.previewGroup)
        self.excludedValue.setObjectName(u"excludedValue")
        self.excludedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.excludedValue)

        self.sizeLabel = QLabel(self.previewGroup)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeValue = QLabel(self.previewGroup)
        self.sizeValue.setObjectName(u"sizeValue")
        self.sizeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sizeValue)


        self.previewLayout.addLayout(self.previewForm)

        self.sizeExplanation = QLabel(self.previewGroup)
        self.sizeExplanation.setObjectName(u"sizeExplanation")
        self.sizeExplanation.setWordWrap(True)
        self.sizeExplanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.sizeExplanation)

        self.strataTable = QTableView(self.previewGroup)
        self.strataTable.setObjectName(u"strataTable")

        self.previewLayout.addWidget(self.strataTable)

        self.previewState = QLabel(self.previewGroup)
        self.previewState.setObjectName(u"previewState")
        self.previewState.setWordWrap(True)

        self.previewLayout.addWidget(self.previewState)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewSpacer)

        self.previewLayout.setStretch(2, 1)

        self.leftLayout.addWidget(self.previewGroup)

        self.leftLayout.setStretch(1, 2)
        self.leftLayout.setStretch(4, 3)
        self.planSplitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.planSplitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(6, 0, 0, 0)
        self.editorTitle = QLabel(self.rightPane)
        self.editorTitle.setObjectName(u"editorTitle")

        self.rightLayout.addWidget(self.editorTitle)

        self.editorScroll = QScrollArea(self.rightPane)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editorScroll.setWidgetResizable(True)
        self.editor = SamplingPlanEditor()
        self.editor.setObjectName(u"editor")
        self.editor.setGeometry(QRect(0, 0, 640, 900))
        self.editorScroll.setWidget(self.editor)

        self.rightLayout.addWidget(self.editorScroll)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.previewButton = QPushButton(self.rightPane)
        self.previewButton.setObjectName(u"previewButton")

        self.editorButtons.addWidget(self.previewButton)

        self.editorButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.editorButtonsSpacer)

        self.savePlanButton = QPushButton(self.rightPane)
        self.savePlanButton.setObjectName(u"savePlanButton")

        self.editorButtons.addWidget(self.savePlanButton)

        self.drawButton = QPushButton(self.rightPane)
        self.drawButton.setObjectName(u"drawButton")

        self.editorButtons.addWidget(self.drawButton)


        self.rightLayout.addLayout(self.editorButtons)

        self.rightLayout.setStretch(1, 1)
        self.planSplitter.addWidget(self.rightPane)

        self.plansTabLayout.addWidget(self.planSplitter)

        self.tabs.addTab(self.plansTab, "")
        self.samplesTab = QWidget()
        self.samplesTab.setObjectName(u"samplesTab")
        self.samplesTabLayout = QVBoxLayout(self.samplesTab)
        self.samplesTabLayout.setObjectName(u"samplesTabLayout")
        self.sampleSplitter = QSplitter(self.samplesTab)
        self.sampleSplitter.setObjectName(u"sampleSplitter")
        self.sampleSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sampleSplitter.setChildrenCollapsible(False)
        self.sampleTable = QTableView(self.sampleSplitter)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleSplitter.addWidget(self.sampleTable)
        self.itemsPane = QWidget(self.sampleSplitter)
        self.itemsPane.setObjectName(u"itemsPane")
        self.itemsLayout = QVBoxLayout(self.itemsPane)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 6, 0, 0)
        self.itemsBar = QHBoxLayout()
        self.itemsBar.setObjectName(u"itemsBar")
        self.itemsTitle = QLabel(self.itemsPane)
        self.itemsTitle.setObjectName(u"itemsTitle")

        self.itemsBar.addWidget(self.itemsTitle)

        self.itemsBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemsBar.addItem(self.itemsBarSpacer)

        self.assignButton = QPushButton(self.itemsPane)
        self.assignButton.setObjectName(u"assignButton")

        self.itemsBar.addWidget(self.assignButton)


        self.itemsLayout.addLayout(self.itemsBar)

        self.itemTable = QTableView(self.itemsPane)
        self.itemTable.setObjectName(u"itemTable")

        self.itemsLayout.addWidget(self.itemTable)

        self.itemsLayout.setStretch(1, 1)
        self.sampleSplitter.addWidget(self.itemsPane)

        self.samplesTabLayout.addWidget(self.sampleSplitter)

        self.samplesState = QLabel(self.samplesTab)
        self.samplesState.setObjectName(u"samplesState")

        self.samplesTabLayout.addWidget(self.samplesState)

        self.tabs.addTab(self.samplesTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(SamplingPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SamplingPage)
    # setupUi

    def retranslateUi(self, SamplingPage):
        self.plansTitle.setText(QCoreApplication.translate("SamplingPage", u"Saved plans", None))
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("SamplingPage", u"Saved plans", None))
#endif // QT_CONFIG(accessibility)
        self.plansHint.setText(QCoreApplication.translate("SamplingPage", u"No plan saved yet. Fill in a plan on the right and save it to draw it again for other periods.", None))
        self.newPlanButton.setText(QCoreApplication.translate("SamplingPage", u"Ne&w plan", None))
#if QT_CONFIG(tooltip)
        self.newPlanButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Start again from an empty plan", None))
#endif // QT_CONFIG(tooltip)
        self.runPlanButton.setText(QCoreApplication.translate("SamplingPage", u"R&un for a period\u2026", None))
#if QT_CONFIG(tooltip)
        self.runPlanButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Draw the selected plan's sample for another period, e.g. this week", None))
#endif // QT_CONFIG(tooltip)
        self.previewGroup.setTitle(QCoreApplication.translate("SamplingPage", u"Preview", None))
        self.populationLabel.setText(QCoreApplication.translate("SamplingPage", u"Population:", None))
        self.excludedLabel.setText(QCoreApplication.translate("SamplingPage", u"Left out:", None))
#if QT_CONFIG(tooltip)
        self.excludedLabel.setToolTip(QCoreApplication.translate("SamplingPage", u"Records of the period already inspected against this checklist", None))
#endif // QT_CONFIG(tooltip)
        self.sizeLabel.setText(QCoreApplication.translate("SamplingPage", u"Sample:", None))
#if QT_CONFIG(accessibility)
        self.strataTable.setAccessibleName(QCoreApplication.translate("SamplingPage", u"Strata", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("SamplingPage", u"Pre&view", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Count the population and the strata again; nothing is stored", None))
#endif // QT_CONFIG(tooltip)
        self.savePlanButton.setText(QCoreApplication.translate("SamplingPage", u"&Save plan", None))
#if QT_CONFIG(tooltip)
        self.savePlanButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Keep this plan to draw it again for other periods", None))
#endif // QT_CONFIG(tooltip)
        self.drawButton.setText(QCoreApplication.translate("SamplingPage", u"&Draw sample\u2026", None))
#if QT_CONFIG(tooltip)
        self.drawButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Draw the sample now, store it and assign its records", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("SamplingPage", u"&Plans and drawing", None))
#if QT_CONFIG(accessibility)
        self.sampleTable.setAccessibleName(QCoreApplication.translate("SamplingPage", u"Samples", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("SamplingPage", u"Assi&gn to\u2026", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("SamplingPage", u"Give the selected records to another inspector, or back to the shared pool", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleName(QCoreApplication.translate("SamplingPage", u"Sampled records", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.samplesTab), QCoreApplication.translate("SamplingPage", u"S&amples", None))
        pass
    # retranslateUi

