# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sampling_plan_editor.ui'
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
    QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget)

from qa_desk.ui.widgets.sampling_choice_list import SamplingChoiceList
from qa_desk.ui.widgets.sampling_choices import SamplingChoiceButton

class Ui_SamplingPlanEditor(object):
    def setupUi(self, SamplingPlanEditor):
        if not SamplingPlanEditor.objectName():
            SamplingPlanEditor.setObjectName(u"SamplingPlanEditor")
        SamplingPlanEditor.resize(680, 900)
        self.editorLayout = QVBoxLayout(SamplingPlanEditor)
        self.editorLayout.setSpacing(10)
        self.editorLayout.setObjectName(u"editorLayout")
        self.planGroup = QGroupBox(SamplingPlanEditor)
        self.planGroup.setObjectName(u"planGroup")
        self.planGrid = QGridLayout(self.planGroup)
        self.planGrid.setObjectName(u"planGrid")
        self.nameLabel = QLabel(self.planGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.planGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.planGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.planGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.checklistLabel = QLabel(self.planGroup)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.planGrid.addWidget(self.checklistLabel, 1, 0, 1, 1)

        self.checklistCombo = QComboBox(self.planGroup)
        self.checklistCombo.setObjectName(u"checklistCombo")
        self.checklistCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.checklistCombo.setMinimumContentsLength(20)

        self.planGrid.addWidget(self.checklistCombo, 1, 1, 1, 1)

        self.planGrid.setColumnStretch(1, 1)

        self.editorLayout.addWidget(self.planGroup)

        self.populationGroup = QGroupBox(SamplingPlanEditor)
        self.populationGroup.setObjectName(u"populationGroup")
        self.populationGrid = QGridLayout(self.populationGroup)
        self.populationGrid.setObjectName(u"populationGrid")
        self.populationGrid.setHorizontalSpacing(10)
        self.periodLabel = QLabel(self.populationGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.populationGrid.addWidget(self.periodLabel, 0, 0, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(6)
        self.periodRow.setObjectName(u"periodRow")
        self.dateFrom = QDateEdit(self.populationGroup)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.periodRow.addWidget(self.dateFrom)

        self.dateDash = QLabel(self.populationGroup)
        self.dateDash.setObjectName(u"dateDash")
        self.dateDash.setText(u"\u2013")

        self.periodRow.addWidget(self.dateDash)

        self.dateTo = QDateEdit(self.populationGroup)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.periodRow.addWidget(self.dateTo)

        self.thisWeekButton = QToolButton(self.populationGroup)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.periodRow.addWidget(self.thisWeekButton)

        self.lastWeekButton = QToolButton(self.populationGroup)
        self.lastWeekButton.setObjectName(u"lastWeekButton")

        self.periodRow.addWidget(self.lastWeekButton)

        self.thisMonthButton = QToolButton(self.populationGroup)
        self.thisMonthButton.setObjectName(u"thisMonthButton")

        self.periodRow.addWidget(self.thisMonthButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.populationGrid.addLayout(self.periodRow, 0, 1, 1, 3)

        self.vendorLabel = QLabel(self.populationGroup)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.populationGrid.addWidget(self.vendorLabel, 1, 0, 1, 1)

        self.vendorChoice = SamplingChoiceButton(self.populationGroup)
        self.vendorChoice.setObjectName(u"vendorChoice")

        self.populationGrid.addWidget(self.vendorChoice, 1, 1, 1, 1)

        self.teamLabel = QLabel(self.populationGroup)
        self.teamLabel.setObjectName(u"teamLabel")

        self.populationGrid.addWidget(self.teamLabel, 1, 2, 1, 1)

        self.teamChoice = SamplingChoiceButton(self.populationGroup)
        self.teamChoice.setObjectName(u"teamChoice")

        self.populationGrid.addWidget(self.teamChoice, 1, 3, 1, 1)

        self.agentLabel = QLabel(self.populationGroup)
        self.agentLabel.setObjectName(u"agentLabel")

        self.populationGrid.addWidget(self.agentLabel, 2, 0, 1, 1)

        self.agentChoice = SamplingChoiceButton(self.populationGroup)
        self.agentChoice.setObjectName(u"agentChoice")

        self.populationGrid.addWidget(self.agentChoice, 2, 1, 1, 1)

        self.channelLabel = QLabel(self.populationGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.populationGrid.addWidget(self.channelLabel, 2, 2, 1, 1)

        self.channelCombo = QComboBox(self.populationGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.populationGrid.addWidget(self.channelCombo, 2, 3, 1, 1)

        self.categoryLabel = QLabel(self.populationGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.populationGrid.addWidget(self.categoryLabel, 3, 0, 1, 1)

        self.categoryChoice = SamplingChoiceButton(self.populationGroup)
        self.categoryChoice.setObjectName(u"categoryChoice")

        self.populationGrid.addWidget(self.categoryChoice, 3, 1, 1, 1)

        self.csatLabel = QLabel(self.populationGroup)
        self.csatLabel.setObjectName(u"csatLabel")

        self.populationGrid.addWidget(self.csatLabel, 3, 2, 1, 1)

        self.csatCombo = QComboBox(self.populationGroup)
        self.csatCombo.setObjectName(u"csatCombo")

        self.populationGrid.addWidget(self.csatCombo, 3, 3, 1, 1)

        self.flagLabel = QLabel(self.populationGroup)
        self.flagLabel.setObjectName(u"flagLabel")

        self.populationGrid.addWidget(self.flagLabel, 4, 0, 1, 1)

        self.flagChoice = SamplingChoiceButton(self.populationGroup)
        self.flagChoice.setObjectName(u"flagChoice")

        self.populationGrid.addWidget(self.flagChoice, 4, 1, 1, 3)

        self.populationGrid.setColumnStretch(1, 1)
        self.populationGrid.setColumnStretch(3, 1)

        self.editorLayout.addWidget(self.populationGroup)

        self.sizeGroup = QGroupBox(SamplingPlanEditor)
        self.sizeGroup.setObjectName(u"sizeGroup")
        self.sizeGrid = QGridLayout(self.sizeGroup)
        self.sizeGrid.setObjectName(u"sizeGrid")
        self.sizeRuleLabel = QLabel(self.sizeGroup)
        self.sizeRuleLabel.setObjectName(u"sizeRuleLabel")

        self.sizeGrid.addWidget(self.sizeRuleLabel, 0, 0, 1, 1)

        self.sizeRuleCombo = QComboBox(self.sizeGroup)
        self.sizeRuleCombo.setObjectName(u"sizeRuleCombo")

        self.sizeGrid.addWidget(self.sizeRuleCombo, 0, 1, 1, 1)

        self.sizeStack = QStackedWidget(self.sizeGroup)
        self.sizeStack.setObjectName(u"sizeStack")
        self.fixedPage = QWidget()
        self.fixedPage.setObjectName(u"fixedPage")
        self.fixedRow = QHBoxLayout(self.fixedPage)
        self.fixedRow.setObjectName(u"fixedRow")
        self.fixedRow.setContentsMargins(0, 0, 0, 0)
        self.fixedLabel = QLabel(self.fixedPage)
        self.fixedLabel.setObjectName(u"fixedLabel")

        self.fixedRow.addWidget(self.fixedLabel)

        self.fixedSpin = QSpinBox(self.fixedPage)
        self.fixedSpin.setObjectName(u"fixedSpin")
        self.fixedSpin.setMinimum(1)
        self.fixedSpin.setMaximum(1000000)
        self.fixedSpin.setValue(50)
        self.fixedSpin.setAccelerated(True)

        self.fixedRow.addWidget(self.fixedSpin)

        self.fixedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fixedRow.addItem(self.fixedSpacer)

        self.sizeStack.addWidget(self.fixedPage)
        self.percentPage = QWidget()
        self.percentPage.setObjectName(u"percentPage")
        self.percentRow = QHBoxLayout(self.percentPage)
        self.percentRow.setObjectName(u"percentRow")
        self.percentRow.setContentsMargins(0, 0, 0, 0)
        self.percentLabel = QLabel(self.percentPage)
        self.percentLabel.setObjectName(u"percentLabel")

        self.percentRow.addWidget(self.percentLabel)

        self.percentSpin = QDoubleSpinBox(self.percentPage)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setDecimals(1)
        self.percentSpin.setMinimum(0.100000000000000)
        self.percentSpin.setMaximum(100.000000000000000)
        self.percentSpin.setValue(5.000000000000000)
        self.percentSpin.setSuffix(u" %")

        self.percentRow.addWidget(self.percentSpin)

        self.percentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.percentRow.addItem(self.percentSpacer)

        self.sizeStack.addWidget(self.percentPage)
        self.quotaPage = QWidget()
        self.quotaPage.setObjectName(u"quotaPage")
        self.quotaRow = QHBoxLayout(self.quotaPage)
        self.quotaRow.setObjectName(u"quotaRow")
        self.quotaRow.setContentsMargins(0, 0, 0, 0)
        self.quotaLabel = QLabel(self.quotaPage)
        self.quotaLabel.setObjectName(u"quotaLabel")

        self.quotaRow.addWidget(self.quotaLabel)

        self.quotaSpin = QSpinBox(self.quotaPage)
        self.quotaSpin.setObjectName(u"quotaSpin")
        self.quotaSpin.setMinimum(1)
        self.quotaSpin.setMaximum(10000)
        self.quotaSpin.setValue(5)

        self.quotaRow.addWidget(self.quotaSpin)

        self.quotaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quotaRow.addItem(self.quotaSpacer)

        self.sizeStack.addWidget(self.quotaPage)
        self.isoPage = QWidget()
        self.isoPage.setObjectName(u"isoPage")
        self.isoRow = QHBoxLayout(self.isoPage)
        self.isoRow.setObjectName(u"isoRow")
        self.isoRow.setContentsMargins(0, 0, 0, 0)
        self.levelLabel = QLabel(self.isoPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.isoRow.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(self.isoPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.isoRow.addWidget(self.levelCombo)

        self.isoGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.isoRow.addItem(self.isoGap)

        self.aqlLabel = QLabel(self.isoPage)
        self.aqlLabel.setObjectName(u"aqlLabel")

        self.isoRow.addWidget(self.aqlLabel)

        self.aqlCombo = QComboBox(self.isoPage)
        self.aqlCombo.setObjectName(u"aqlCombo")
        self.aqlCombo.setMaxVisibleItems(16)

        self.isoRow.addWidget(self.aqlCombo)

        self.isoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.isoRow.addItem(self.isoSpacer)

        self.sizeStack.addWidget(self.isoPage)
        self.cochranPage = QWidget()
        self.cochranPage.setObjectName(u"cochranPage")
        self.cochranRow = QHBoxLayout(self.cochranPage)
        self.cochranRow.setObjectName(u"cochranRow")
        self.cochranRow.setContentsMargins(0, 0, 0, 0)
        self.confidenceLabel = QLabel(self.cochranPage)
        self.confidenceLabel.setObjectName(u"confidenceLabel")

        self.cochranRow.addWidget(self.confidenceLabel)

        self.confidenceCombo = QComboBox(self.cochranPage)
        self.confidenceCombo.setObjectName(u"confidenceCombo")

        self.cochranRow.addWidget(self.confidenceCombo)

        self.marginLabel = QLabel(self.cochranPage)
        self.marginLabel.setObjectName(u"marginLabel")

        self.cochranRow.addWidget(self.marginLabel)

        self.marginSpin = QDoubleSpinBox(self.cochranPage)
        self.marginSpin.setObjectName(u"marginSpin")
        self.marginSpin.setDecimals(1)
        self.marginSpin.setMinimum(0.500000000000000)
        self.marginSpin.setMaximum(50.000000000000000)
        self.marginSpin.setSingleStep(0.500000000000000)
        self.marginSpin.setValue(5.000000000000000)
        self.marginSpin.setSuffix(u" %")

        self.cochranRow.addWidget(self.marginSpin)

        self.proportionLabel = QLabel(self.cochranPage)
        self.proportionLabel.setObjectName(u"proportionLabel")

        self.cochranRow.addWidget(self.proportionLabel)

        self.proportionSpin = QDoubleSpinBox(self.cochranPage)
        self.proportionSpin.setObjectName(u"proportionSpin")
        self.proportionSpin.setDecimals(0)
        self.proportionSpin.setMinimum(1.000000000000000)
        self.proportionSpin.setMaximum(99.000000000000000)
        self.proportionSpin.setValue(50.000000000000000)
        self.proportionSpin.setSuffix(u" %")

        self.cochranRow.addWidget(self.proportionSpin)

        self.cochranSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cochranRow.addItem(self.cochranSpacer)

        self.sizeStack.addWidget(self.cochranPage)

        self.sizeGrid.addWidget(self.sizeStack, 1, 1, 1, 1)

        self.sizeExplanation = QLabel(self.sizeGroup)
        self.sizeExplanation.setObjectName(u"sizeExplanation")
        self.sizeExplanation.setWordWrap(True)
        self.sizeExplanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sizeGrid.addWidget(self.sizeExplanation, 2, 0, 1, 2)

        self.sizeGrid.setColumnStretch(1, 1)

        self.editorLayout.addWidget(self.sizeGroup)

        self.methodGroup = QGroupBox(SamplingPlanEditor)
        self.methodGroup.setObjectName(u"methodGroup")
        self.methodGrid = QGridLayout(self.methodGroup)
        self.methodGrid.setObjectName(u"methodGrid")
        self.methodGrid.setHorizontalSpacing(10)
        self.methodLabel = QLabel(self.methodGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.methodGrid.addWidget(self.methodLabel, 0, 0, 1, 1)

        self.methodCombo = QComboBox(self.methodGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.methodGrid.addWidget(self.methodCombo, 0, 1, 1, 3)

        self.stratifyLabel = QLabel(self.methodGroup)
        self.stratifyLabel.setObjectName(u"stratifyLabel")

        self.methodGrid.addWidget(self.stratifyLabel, 1, 0, 1, 1)

        self.stratifyCombo = QComboBox(self.methodGroup)
        self.stratifyCombo.setObjectName(u"stratifyCombo")

        self.methodGrid.addWidget(self.stratifyCombo, 1, 1, 1, 1)

        self.allocationLabel = QLabel(self.methodGroup)
        self.allocationLabel.setObjectName(u"allocationLabel")

        self.methodGrid.addWidget(self.allocationLabel, 1, 2, 1, 1)

        self.allocationCombo = QComboBox(self.methodGroup)
        self.allocationCombo.setObjectName(u"allocationCombo")

        self.methodGrid.addWidget(self.allocationCombo, 1, 3, 1, 1)

        self.minimumLabel = QLabel(self.methodGroup)
        self.minimumLabel.setObjectName(u"minimumLabel")

        self.methodGrid.addWidget(self.minimumLabel, 2, 0, 1, 1)

        self.minimumSpin = QSpinBox(self.methodGroup)
        self.minimumSpin.setObjectName(u"minimumSpin")
        self.minimumSpin.setMaximum(10000)

        self.methodGrid.addWidget(self.minimumSpin, 2, 1, 1, 1)

        self.riskShareLabel = QLabel(self.methodGroup)
        self.riskShareLabel.setObjectName(u"riskShareLabel")

        self.methodGrid.addWidget(self.riskShareLabel, 3, 0, 1, 1)

        self.riskShareSpin = QSpinBox(self.methodGroup)
        self.riskShareSpin.setObjectName(u"riskShareSpin")
        self.riskShareSpin.setMinimum(0)
        self.riskShareSpin.setMaximum(100)
        self.riskShareSpin.setSingleStep(5)
        self.riskShareSpin.setValue(20)
        self.riskShareSpin.setSuffix(u" %")

        self.methodGrid.addWidget(self.riskShareSpin, 3, 1, 1, 1)

        self.methodHint = QLabel(self.methodGroup)
        self.methodHint.setObjectName(u"methodHint")
        self.methodHint.setWordWrap(True)

        self.methodGrid.addWidget(self.methodHint, 4, 0, 1, 4)

        self.methodGrid.setColumnStretch(1, 1)
        self.methodGrid.setColumnStretch(3, 1)

        self.editorLayout.addWidget(self.methodGroup)

        self.assignGroup = QGroupBox(SamplingPlanEditor)
        self.assignGroup.setObjectName(u"assignGroup")
        self.assignLayout = QVBoxLayout(self.assignGroup)
        self.assignLayout.setObjectName(u"assignLayout")
        self.inspectorList = SamplingChoiceList(self.assignGroup)
        self.inspectorList.setObjectName(u"inspectorList")

        self.assignLayout.addWidget(self.inspectorList)

        self.ownVendorCheck = QCheckBox(self.assignGroup)
        self.ownVendorCheck.setObjectName(u"ownVendorCheck")
        self.ownVendorCheck.setChecked(True)

        self.assignLayout.addWidget(self.ownVendorCheck)

        self.assignHint = QLabel(self.assignGroup)
        self.assignHint.setObjectName(u"assignHint")
        self.assignHint.setWordWrap(True)

        self.assignLayout.addWidget(self.assignHint)


        self.editorLayout.addWidget(self.assignGroup)

        self.seedGroup = QGroupBox(SamplingPlanEditor)
        self.seedGroup.setObjectName(u"seedGroup")
        self.seedGrid = QGridLayout(self.seedGroup)
        self.seedGrid.setObjectName(u"seedGrid")
        self.seedLabel = QLabel(self.seedGroup)
        self.seedLabel.setObjectName(u"seedLabel")

        self.seedGrid.addWidget(self.seedLabel, 0, 0, 1, 1)

        self.seedEdit = QLineEdit(self.seedGroup)
        self.seedEdit.setObjectName(u"seedEdit")
        self.seedEdit.setMaxLength(10)
        self.seedEdit.setClearButtonEnabled(True)

        self.seedGrid.addWidget(self.seedEdit, 0, 1, 1, 1)

        self.seedHint = QLabel(self.seedGroup)
        self.seedHint.setObjectName(u"seedHint")
        self.seedHint.setWordWrap(True)

        self.seedGrid.addWidget(self.seedHint, 0, 2, 1, 1)

        self.seedGrid.setColumnStretch(2, 1)

        self.editorLayout.addWidget(self.seedGroup)

        self.editorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.checklistLabel.setBuddy(self.checklistCombo)
        self.periodLabel.setBuddy(self.dateFrom)
        self.vendorLabel.setBuddy(self.vendorChoice)
        self.teamLabel.setBuddy(self.teamChoice)
        self.agentLabel.setBuddy(self.agentChoice)
        self.channelLabel.setBuddy(self.channelCombo)
        self.categoryLabel.setBuddy(self.categoryChoice)
        self.csatLabel.setBuddy(self.csatCombo)
        self.flagLabel.setBuddy(self.flagChoice)
        self.sizeRuleLabel.setBuddy(self.sizeRuleCombo)
        self.fixedLabel.setBuddy(self.fixedSpin)
        self.percentLabel.setBuddy(self.percentSpin)
        self.quotaLabel.setBuddy(self.quotaSpin)
        self.levelLabel.setBuddy(self.levelCombo)
        self.aqlLabel.setBuddy(self.aqlCombo)
        self.confidenceLabel.setBuddy(self.confidenceCombo)
        self.marginLabel.setBuddy(self.marginSpin)
        self.proportionLabel.setBuddy(self.proportionSpin)
        self.methodLabel.setBuddy(self.methodCombo)
        self.stratifyLabel.setBuddy(self.stratifyCombo)
        self.allocationLabel.setBuddy(self.allocationCombo)
        self.minimumLabel.setBuddy(self.minimumSpin)
        self.riskShareLabel.setBuddy(self.riskShareSpin)
        self.seedLabel.setBuddy(self.seedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.checklistCombo)
        QWidget.setTabOrder(self.checklistCombo, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.lastWeekButton)
        QWidget.setTabOrder(self.lastWeekButton, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.vendorChoice)
        QWidget.setTabOrder(self.vendorChoice, self.teamChoice)
        QWidget.setTabOrder(self.teamChoice, self.agentChoice)
        QWidget.setTabOrder(self.agentChoice, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.categoryChoice)
        QWidget.setTabOrder(self.categoryChoice, self.csatCombo)
        QWidget.setTabOrder(self.csatCombo, self.flagChoice)
        QWidget.setTabOrder(self.flagChoice, self.sizeRuleCombo)
        QWidget.setTabOrder(self.sizeRuleCombo, self.fixedSpin)
        QWidget.setTabOrder(self.fixedSpin, self.percentSpin)
        QWidget.setTabOrder(self.percentSpin, self.quotaSpin)
        QWidget.setTabOrder(self.quotaSpin, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.aqlCombo)
        QWidget.setTabOrder(self.aqlCombo, self.confidenceCombo)
        QWidget.setTabOrder(self.confidenceCombo, self.marginSpin)
        QWidget.setTabOrder(self.marginSpin, self.proportionSpin)
        QWidget.setTabOrder(self.proportionSpin, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.stratifyCombo)
        QWidget.setTabOrder(self.stratifyCombo, self.allocationCombo)
        QWidget.setTabOrder(self.allocationCombo, self.minimumSpin)
        QWidget.setTabOrder(self.minimumSpin, self.riskShareSpin)
        QWidget.setTabOrder(self.riskShareSpin, self.inspectorList)
        QWidget.setTabOrder(self.inspectorList, self.ownVendorCheck)
        QWidget.setTabOrder(self.ownVendorCheck, self.seedEdit)

        self.retranslateUi(SamplingPlanEditor)

        QMetaObject.connectSlotsByName(SamplingPlanEditor)
    # setupUi

    def retranslateUi(self, SamplingPlanEditor):
        self.planGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Plan", None))
        self.nameLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SamplingPlanEditor", u"Needed to save the plan, e.g. Weekly chats per agent", None))
        self.checklistLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"C&hecklist:", None))
#if QT_CONFIG(tooltip)
        self.checklistCombo.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"The records are sampled to be scored against this checklist; records already inspected against it are left out", None))
#endif // QT_CONFIG(tooltip)
        self.populationGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Population: which records may be drawn", None))
        self.periodLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.periodLabel.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"Records started within these days (outlet time), both included", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("SamplingPlanEditor", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("SamplingPlanEditor", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.thisWeekButton.setText(QCoreApplication.translate("SamplingPlanEditor", u"This week", None))
#if QT_CONFIG(tooltip)
        self.thisWeekButton.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"From Monday to today", None))
#endif // QT_CONFIG(tooltip)
        self.lastWeekButton.setText(QCoreApplication.translate("SamplingPlanEditor", u"Last week", None))
#if QT_CONFIG(tooltip)
        self.lastWeekButton.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"Monday to Sunday of last week", None))
#endif // QT_CONFIG(tooltip)
        self.thisMonthButton.setText(QCoreApplication.translate("SamplingPlanEditor", u"This month", None))
#if QT_CONFIG(tooltip)
        self.thisMonthButton.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"From the first of the month to today", None))
#endif // QT_CONFIG(tooltip)
        self.vendorLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Vendors:", None))
        self.teamLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Teams:", None))
        self.agentLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Agents:", None))
        self.channelLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Cha&nnel:", None))
        self.categoryLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Cat&egories:", None))
        self.csatLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Sa&tisfaction:", None))
        self.flagLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"F&lagged by:", None))
#if QT_CONFIG(tooltip)
        self.flagChoice.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"Only records that an automatic check of the active checklists failed or flagged (any of those ticked)", None))
#endif // QT_CONFIG(tooltip)
        self.sizeGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Sample size", None))
        self.sizeRuleLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Rule:", None))
        self.fixedLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Records to &draw:", None))
        self.percentLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Share of the &population:", None))
        self.quotaLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Records per a&gent:", None))
        self.levelLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Inspection &level:", None))
#if QT_CONFIG(tooltip)
        self.levelCombo.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"General levels I, II (the usual one) and III; special levels S-1 to S-4 for small samples", None))
#endif // QT_CONFIG(tooltip)
        self.aqlLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"A&QL:", None))
#if QT_CONFIG(tooltip)
        self.aqlLabel.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"Acceptable quality limit: the largest percentage of failed records still accepted as a process average", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.aqlCombo.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"Acceptable quality limit: the largest percentage of failed records still accepted as a process average", None))
#endif // QT_CONFIG(tooltip)
        self.confidenceLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Con&fidence:", None))
        self.marginLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Margin \u00b1", None))
#if QT_CONFIG(tooltip)
        self.marginLabel.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"How far the estimated pass rate may be from the true one", None))
#endif // QT_CONFIG(tooltip)
        self.proportionLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"E&xpected rate:", None))
#if QT_CONFIG(tooltip)
        self.proportionLabel.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"The failure (or pass) rate you expect; 50 % when unknown gives the largest, safest sample", None))
#endif // QT_CONFIG(tooltip)
        self.methodGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Method", None))
        self.methodLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"&Method:", None))
        self.stratifyLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Strata &by:", None))
        self.allocationLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Allocati&on:", None))
        self.minimumLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Mi&nimum per stratum:", None))
        self.minimumSpin.setSpecialValueText(QCoreApplication.translate("SamplingPlanEditor", u"none", None))
        self.riskShareLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"Ris&k share:", None))
#if QT_CONFIG(tooltip)
        self.riskShareSpin.setToolTip(QCoreApplication.translate("SamplingPlanEditor", u"The part of the sample drawn by risk; the rest is a simple random sample", None))
#endif // QT_CONFIG(tooltip)
        self.assignGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Assign to", None))
#if QT_CONFIG(accessibility)
        self.inspectorList.setAccessibleName(QCoreApplication.translate("SamplingPlanEditor", u"Inspectors", None))
#endif // QT_CONFIG(accessibility)
        self.ownVendorCheck.setText(QCoreApplication.translate("SamplingPlanEditor", u"Never assign a record to an inspector of the agent's own &vendor", None))
        self.assignHint.setText(QCoreApplication.translate("SamplingPlanEditor", u"Items are shared among the ticked inspectors by their open workload. With none ticked they wait in the shared pool, where inspectors take them with \u201cNext\u201d.", None))
        self.seedGroup.setTitle(QCoreApplication.translate("SamplingPlanEditor", u"Reproducibility", None))
        self.seedLabel.setText(QCoreApplication.translate("SamplingPlanEditor", u"S&eed:", None))
        self.seedEdit.setPlaceholderText(QCoreApplication.translate("SamplingPlanEditor", u"new for every draw", None))
        self.seedHint.setText(QCoreApplication.translate("SamplingPlanEditor", u"Every draw records its seed: the same plan, records and seed give the same sample.", None))
        pass
    # retranslateUi

