# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QToolButton, QTreeView, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.checklist_params import RuleParamsForm
from qa_desk.ui.widgets.checklist_spin import NumberSpinBox

class Ui_ChecklistEditor(object):
    def setupUi(self, ChecklistEditor):
        if not ChecklistEditor.objectName():
            ChecklistEditor.setObjectName(u"ChecklistEditor")
        ChecklistEditor.resize(900, 640)
        self.editorLayout = QVBoxLayout(ChecklistEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.nameLabel = QLabel(ChecklistEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.headerGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(ChecklistEditor)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.headerGrid.addWidget(self.name, 0, 1, 1, 1)

        self.channelLabel = QLabel(ChecklistEditor)
        self.channelLabel.setObjectName(u"channelLabel")

        self.headerGrid.addWidget(self.channelLabel, 0, 2, 1, 1)

        self.channel = QComboBox(ChecklistEditor)
        self.channel.setObjectName(u"channel")

        self.headerGrid.addWidget(self.channel, 0, 3, 1, 1)

        self.passMarkLabel = QLabel(ChecklistEditor)
        self.passMarkLabel.setObjectName(u"passMarkLabel")

        self.headerGrid.addWidget(self.passMarkLabel, 0, 4, 1, 1)

        self.passMark = NumberSpinBox(ChecklistEditor)
        self.passMark.setObjectName(u"passMark")
        self.passMark.setDecimals(1)
        self.passMark.setMaximum(100.000000000000000)
        self.passMark.setValue(80.000000000000000)

        self.headerGrid.addWidget(self.passMark, 0, 5, 1, 1)

        self.descriptionLabel = QLabel(ChecklistEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerGrid.addWidget(self.descriptionLabel, 1, 0, 1, 1)

        self.description = QPlainTextEdit(ChecklistEditor)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.headerGrid.addWidget(self.description, 1, 1, 1, 5)

        self.headerGrid.setColumnStretch(1, 1)

        self.editorLayout.addLayout(self.headerGrid)

        self.tabs = QTabWidget(ChecklistEditor)
        self.tabs.setObjectName(u"tabs")
        self.structureTab = QWidget()
        self.structureTab.setObjectName(u"structureTab")
        self.structureLayout = QVBoxLayout(self.structureTab)
        self.structureLayout.setObjectName(u"structureLayout")
        self.structureSplitter = QSplitter(self.structureTab)
        self.structureSplitter.setObjectName(u"structureSplitter")
        self.structureSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.structureSplitter.setChildrenCollapsible(False)
        self.treePane = QWidget(self.structureSplitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.structureView = QTreeView(self.treePane)
        self.structureView.setObjectName(u"structureView")

        self.treeLayout.addWidget(self.structureView)

        self.treeButtons = QHBoxLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addSection = QPushButton(self.treePane)
        self.addSection.setObjectName(u"addSection")

        self.treeButtons.addWidget(self.addSection)

        self.addItem = QPushButton(self.treePane)
        self.addItem.setObjectName(u"addItem")

        self.treeButtons.addWidget(self.addItem)

        self.removeNode = QPushButton(self.treePane)
        self.removeNode.setObjectName(u"removeNode")

        self.treeButtons.addWidget(self.removeNode)

        self.treeSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.treeButtons.addItem(self.treeSpacer)

        self.moveUp = QToolButton(self.treePane)
        self.moveUp.setObjectName(u"moveUp")
        self.moveUp.setArrowType(Qt.ArrowType.UpArrow)

        self.treeButtons.addWidget(self.moveUp)

        self.moveDown = QToolButton(self.treePane)
        self.moveDown.setObjectName(u"moveDown")
        self.moveDown.setArrowType(Qt.ArrowType.DownArrow)

        self.treeButtons.addWidget(self.moveDown)


        self.treeLayout.addLayout(self.treeButtons)

        self.structureSplitter.addWidget(self.treePane)
        self.detailScroll = QScrollArea(self.structureSplitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailStack = QStackedWidget()
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.detailStack.addWidget(self.emptyPage)
        self.sectionPage = QWidget()
        self.sectionPage.setObjectName(u"sectionPage")
        self.sectionPageLayout = QVBoxLayout(self.sectionPage)
        self.sectionPageLayout.setObjectName(u"sectionPageLayout")
        self.sectionForm = QFormLayout()
        self.sectionForm.setObjectName(u"sectionForm")
        self.sectionForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sectionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sectionCodeLabel = QLabel(self.sectionPage)
        self.sectionCodeLabel.setObjectName(u"sectionCodeLabel")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionCodeLabel)

        self.sectionCode = QLineEdit(self.sectionPage)
        self.sectionCode.setObjectName(u"sectionCode")
        self.sectionCode.setMaxLength(32)

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCode)

        self.sectionNameLabel = QLabel(self.sectionPage)
        self.sectionNameLabel.setObjectName(u"sectionNameLabel")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionNameLabel)

        self.sectionName = QLineEdit(self.sectionPage)
        self.sectionName.setObjectName(u"sectionName")
        self.sectionName.setMaxLength(200)

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionName)

        self.sectionWeightLabel = QLabel(self.sectionPage)
        self.sectionWeightLabel.setObjectName(u"sectionWeightLabel")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectionWeightLabel)

        self.sectionWeight = NumberSpinBox(self.sectionPage)
        self.sectionWeight.setObjectName(u"sectionWeight")
        self.sectionWeight.setDecimals(2)
        self.sectionWeight.setMaximum(10000.000000000000000)

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectionWeight)


        self.sectionPageLayout.addLayout(self.sectionForm)

        self.sectionSummary = QLabel(self.sectionPage)
        self.sectionSummary.setObjectName(u"sectionSummary")
        self.sectionSummary.setWordWrap(True)

        self.sectionPageLayout.addWidget(self.sectionSummary)

        self.sectionSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionPageLayout.addItem(self.sectionSpacer)

        self.detailStack.addWidget(self.sectionPage)
        self.itemPage = QWidget()
        self.itemPage.setObjectName(u"itemPage")
        self.itemPageLayout = QVBoxLayout(self.itemPage)
        self.itemPageLayout.setObjectName(u"itemPageLayout")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.itemForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.itemForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.itemCodeLabel = QLabel(self.itemPage)
        self.itemCodeLabel.setObjectName(u"itemCodeLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemCodeLabel)

        self.itemCode = QLineEdit(self.itemPage)
        self.itemCode.setObjectName(u"itemCode")
        self.itemCode.setMaxLength(32)

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCode)

        self.itemTextLabel = QLabel(self.itemPage)
        self.itemTextLabel.setObjectName(u"itemTextLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemTextLabel)

        self.itemText = QLineEdit(self.itemPage)
        self.itemText.setObjectName(u"itemText")
        self.itemText.setMaxLength(500)

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemText)

        self.itemGuidanceLabel = QLabel(self.itemPage)
        self.itemGuidanceLabel.setObjectName(u"itemGuidanceLabel")
        self.itemGuidanceLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemGuidanceLabel)

        self.itemGuidance = QPlainTextEdit(self.itemPage)
        self.itemGuidance.setObjectName(u"itemGuidance")
        self.itemGuidance.setTabChangesFocus(True)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemGuidance)

        self.itemKindLabel = QLabel(self.itemPage)
        self.itemKindLabel.setObjectName(u"itemKindLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.itemKindLabel)

        self.itemKind = QComboBox(self.itemPage)
        self.itemKind.setObjectName(u"itemKind")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.itemKind)

        self.itemPointsLabel = QLabel(self.itemPage)
        self.itemPointsLabel.setObjectName(u"itemPointsLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.itemPointsLabel)

        self.itemPoints = NumberSpinBox(self.itemPage)
        self.itemPoints.setObjectName(u"itemPoints")
        self.itemPoints.setDecimals(2)
        self.itemPoints.setMaximum(10000.000000000000000)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.itemPoints)

        self.itemLevelsLabel = QLabel(self.itemPage)
        self.itemLevelsLabel.setObjectName(u"itemLevelsLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.itemLevelsLabel)

        self.itemLevels = QLineEdit(self.itemPage)
        self.itemLevels.setObjectName(u"itemLevels")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.itemLevels)

        self.itemPerOccurrenceLabel = QLabel(self.itemPage)
        self.itemPerOccurrenceLabel.setObjectName(u"itemPerOccurrenceLabel")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.itemPerOccurrenceLabel)

        self.itemPerOccurrence = NumberSpinBox(self.itemPage)
        self.itemPerOccurrence.setObjectName(u"itemPerOccurrence")
        self.itemPerOccurrence.setDecimals(2)
        self.itemPerOccurrence.setMaximum(10000.000000000000000)

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemPerOccurrence)

        self.itemCriticalLabel = QLabel(self.itemPage)
        self.itemCriticalLabel.setObjectName(u"itemCriticalLabel")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.itemCriticalLabel)

        self.itemCritical = QComboBox(self.itemPage)
        self.itemCritical.setObjectName(u"itemCritical")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.itemCritical)

        self.itemPenaltyLabel = QLabel(self.itemPage)
        self.itemPenaltyLabel.setObjectName(u"itemPenaltyLabel")

        self.itemForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.itemPenaltyLabel)

        self.itemPenalty = QLineEdit(self.itemPage)
        self.itemPenalty.setObjectName(u"itemPenalty")

        self.itemForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.itemPenalty)

        self.itemAllowsNa = QCheckBox(self.itemPage)
        self.itemAllowsNa.setObjectName(u"itemAllowsNa")

        self.itemForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.itemAllowsNa)


        self.itemPageLayout.addLayout(self.itemForm)

        self.ruleGroup = QGroupBox(self.itemPage)
        self.ruleGroup.setObjectName(u"ruleGroup")
        self.ruleLayout = QVBoxLayout(self.ruleGroup)
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.ruleForm = QFormLayout()
        self.ruleForm.setObjectName(u"ruleForm")
        self.ruleForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ruleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.itemRuleLabel = QLabel(self.ruleGroup)
        self.itemRuleLabel.setObjectName(u"itemRuleLabel")

        self.ruleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemRuleLabel)

        self.itemRule = QComboBox(self.ruleGroup)
        self.itemRule.setObjectName(u"itemRule")

        self.ruleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemRule)


        self.ruleLayout.addLayout(self.ruleForm)

        self.itemRuleNote = QLabel(self.ruleGroup)
        self.itemRuleNote.setObjectName(u"itemRuleNote")
        self.itemRuleNote.setWordWrap(True)

        self.ruleLayout.addWidget(self.itemRuleNote)

        self.itemParams = RuleParamsForm(self.ruleGroup)
        self.itemParams.setObjectName(u"itemParams")

        self.ruleLayout.addWidget(self.itemParams)


        self.itemPageLayout.addWidget(self.ruleGroup)

        self.itemSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.itemPageLayout.addItem(self.itemSpacer)

        self.detailStack.addWidget(self.itemPage)
        self.detailScroll.setWidget(self.detailStack)
        self.structureSplitter.addWidget(self.detailScroll)

        self.structureLayout.addWidget(self.structureSplitter)

        self.tabs.addTab(self.structureTab, "")
        self.flagsTab = QWidget()
        self.flagsTab.setObjectName(u"flagsTab")
        self.flagsLayout = QVBoxLayout(self.flagsTab)
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.flagsHint = QLabel(self.flagsTab)
        self.flagsHint.setObjectName(u"flagsHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.flagsHint.sizePolicy().hasHeightForWidth())
        self.flagsHint.setSizePolicy(sizePolicy)
        self.flagsHint.setWordWrap(True)

        self.flagsLayout.addWidget(self.flagsHint)

        self.flagSplitter = QSplitter(self.flagsTab)
        self.flagSplitter.setObjectName(u"flagSplitter")
        self.flagSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.flagSplitter.setChildrenCollapsible(False)
        self.flagListPane = QWidget(self.flagSplitter)
        self.flagListPane.setObjectName(u"flagListPane")
        self.flagListLayout = QVBoxLayout(self.flagListPane)
        self.flagListLayout.setObjectName(u"flagListLayout")
        self.flagListLayout.setContentsMargins(0, 0, 0, 0)
        self.flagView = QTableView(self.flagListPane)
        self.flagView.setObjectName(u"flagView")

        self.flagListLayout.addWidget(self.flagView)

        self.flagButtons = QHBoxLayout()
        self.flagButtons.setObjectName(u"flagButtons")
        self.addFlag = QPushButton(self.flagListPane)
        self.addFlag.setObjectName(u"addFlag")

        self.flagButtons.addWidget(self.addFlag)

        self.removeFlag = QPushButton(self.flagListPane)
        self.removeFlag.setObjectName(u"removeFlag")

        self.flagButtons.addWidget(self.removeFlag)

        self.flagSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagButtons.addItem(self.flagSpacer)


        self.flagListLayout.addLayout(self.flagButtons)

        self.flagSplitter.addWidget(self.flagListPane)
        self.flagScroll = QScrollArea(self.flagSplitter)
        self.flagScroll.setObjectName(u"flagScroll")
        self.flagScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flagScroll.setWidgetResizable(True)
        self.flagScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.flagDetail = QWidget()
        self.flagDetail.setObjectName(u"flagDetail")
        self.flagDetailLayout = QVBoxLayout(self.flagDetail)
        self.flagDetailLayout.setObjectName(u"flagDetailLayout")
        self.flagForm = QFormLayout()
        self.flagForm.setObjectName(u"flagForm")
        self.flagForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.flagForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.flagKeyLabel = QLabel(self.flagDetail)
        self.flagKeyLabel.setObjectName(u"flagKeyLabel")

        self.flagForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.flagKeyLabel)

        self.flagKey = QLineEdit(self.flagDetail)
        self.flagKey.setObjectName(u"flagKey")
        self.flagKey.setMaxLength(32)

        self.flagForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.flagKey)

        self.flagLabelLabel = QLabel(self.flagDetail)
        self.flagLabelLabel.setObjectName(u"flagLabelLabel")

        self.flagForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.flagLabelLabel)

        self.flagLabel = QLineEdit(self.flagDetail)
        self.flagLabel.setObjectName(u"flagLabel")
        self.flagLabel.setMaxLength(200)

        self.flagForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.flagLabel)

        self.flagRuleLabel = QLabel(self.flagDetail)
        self.flagRuleLabel.setObjectName(u"flagRuleLabel")

        self.flagForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.flagRuleLabel)

        self.flagRule = QComboBox(self.flagDetail)
        self.flagRule.setObjectName(u"flagRule")

        self.flagForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.flagRule)


        self.flagDetailLayout.addLayout(self.flagForm)

        self.flagRuleNote = QLabel(self.flagDetail)
        self.flagRuleNote.setObjectName(u"flagRuleNote")
        self.flagRuleNote.setWordWrap(True)

        self.flagDetailLayout.addWidget(self.flagRuleNote)

        self.flagParams = RuleParamsForm(self.flagDetail)
        self.flagParams.setObjectName(u"flagParams")

        self.flagDetailLayout.addWidget(self.flagParams)

        self.flagDetailSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.flagDetailLayout.addItem(self.flagDetailSpacer)

        self.flagScroll.setWidget(self.flagDetail)
        self.flagSplitter.addWidget(self.flagScroll)

        self.flagsLayout.addWidget(self.flagSplitter)

        self.flagsLayout.setStretch(1, 1)
        self.tabs.addTab(self.flagsTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.problemsLabel = QLabel(ChecklistEditor)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.problemsLabel)

        self.problemView = QTableView(ChecklistEditor)
        self.problemView.setObjectName(u"problemView")

        self.editorLayout.addWidget(self.problemView)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.channelLabel.setBuddy(self.channel)
        self.passMarkLabel.setBuddy(self.passMark)
        self.descriptionLabel.setBuddy(self.description)
        self.sectionCodeLabel.setBuddy(self.sectionCode)
        self.sectionNameLabel.setBuddy(self.sectionName)
        self.sectionWeightLabel.setBuddy(self.sectionWeight)
        self.itemCodeLabel.setBuddy(self.itemCode)
        self.itemTextLabel.setBuddy(self.itemText)
        self.itemGuidanceLabel.setBuddy(self.itemGuidance)
        self.itemKindLabel.setBuddy(self.itemKind)
        self.itemPointsLabel.setBuddy(self.itemPoints)
        self.itemLevelsLabel.setBuddy(self.itemLevels)
        self.itemPerOccurrenceLabel.setBuddy(self.itemPerOccurrence)
        self.itemCriticalLabel.setBuddy(self.itemCritical)
        self.itemPenaltyLabel.setBuddy(self.itemPenalty)
        self.itemRuleLabel.setBuddy(self.itemRule)
        self.flagKeyLabel.setBuddy(self.flagKey)
        self.flagLabelLabel.setBuddy(self.flagLabel)
        self.flagRuleLabel.setBuddy(self.flagRule)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.channel)
        QWidget.setTabOrder(self.channel, self.passMark)
        QWidget.setTabOrder(self.passMark, self.description)
        QWidget.setTabOrder(self.description, self.tabs)
        QWidget.setTabOrder(self.tabs, self.structureView)
        QWidget.setTabOrder(self.structureView, self.addSection)
        QWidget.setTabOrder(self.addSection, self.addItem)
        QWidget.setTabOrder(self.addItem, self.removeNode)
        QWidget.setTabOrder(self.removeNode, self.moveUp)
        QWidget.setTabOrder(self.moveUp, self.moveDown)
        QWidget.setTabOrder(self.moveDown, self.sectionCode)
        QWidget.setTabOrder(self.sectionCode, self.sectionName)
        QWidget.setTabOrder(self.sectionName, self.sectionWeight)
        QWidget.setTabOrder(self.sectionWeight, self.itemCode)
        QWidget.setTabOrder(self.itemCode, self.itemText)
        QWidget.setTabOrder(self.itemText, self.itemGuidance)
        QWidget.setTabOrder(self.itemGuidance, self.itemKind)
        QWidget.setTabOrder(self.itemKind, self.itemPoints)
        QWidget.setTabOrder(self.itemPoints, self.itemLevels)
        QWidget.setTabOrder(self.itemLevels, self.itemPerOccurrence)
        QWidget.setTabOrder(self.itemPerOccurrence, self.itemCritical)
        QWidget.setTabOrder(self.itemCritical, self.itemPenalty)
        QWidget.setTabOrder(self.itemPenalty, self.itemAllowsNa)
        QWidget.setTabOrder(self.itemAllowsNa, self.itemRule)
        QWidget.setTabOrder(self.itemRule, self.flagView)
        QWidget.setTabOrder(self.flagView, self.addFlag)
        QWidget.setTabOrder(self.addFlag, self.removeFlag)
        QWidget.setTabOrder(self.removeFlag, self.flagKey)
        QWidget.setTabOrder(self.flagKey, self.flagLabel)
        QWidget.setTabOrder(self.flagLabel, self.flagRule)
        QWidget.setTabOrder(self.flagRule, self.problemView)

        self.retranslateUi(ChecklistEditor)

        self.tabs.setCurrentIndex(0)
        self.detailStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChecklistEditor)
    # setupUi

    def retranslateUi(self, ChecklistEditor):
        self.nameLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"The checklist's name, e.g. Express service checklist", None))
        self.channelLabel.setText(QCoreApplication.translate("ChecklistEditor", u"C&hannel:", None))
#if QT_CONFIG(tooltip)
        self.channel.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Which records the checklist scores", None))
#endif // QT_CONFIG(tooltip)
        self.passMarkLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Pass &mark:", None))
#if QT_CONFIG(tooltip)
        self.passMark.setToolTip(QCoreApplication.translate("ChecklistEditor", u"An inspection passes with at least this score (0\u2013100) and no critical failure", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Description:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"What the checklist is for and how to use it", None))
#if QT_CONFIG(tooltip)
        self.structureView.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Drag sections and items to reorder them", None))
#endif // QT_CONFIG(tooltip)
        self.addSection.setText(QCoreApplication.translate("ChecklistEditor", u"Add &section", None))
        self.addItem.setText(QCoreApplication.translate("ChecklistEditor", u"Add i&tem", None))
        self.removeNode.setText(QCoreApplication.translate("ChecklistEditor", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.moveUp.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUp.setText(QCoreApplication.translate("ChecklistEditor", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.moveDown.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDown.setText(QCoreApplication.translate("ChecklistEditor", u"Move down", None))
        self.emptyHint.setText(QCoreApplication.translate("ChecklistEditor", u"Select a section or an item to see its details, or add one.", None))
        self.sectionCodeLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Co&de:", None))
        self.sectionCode.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"e.g. S, unique in the checklist", None))
        self.sectionNameLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Section &name:", None))
        self.sectionName.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"e.g. Brand tone", None))
        self.sectionWeightLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Weight:", None))
#if QT_CONFIG(tooltip)
        self.sectionWeight.setToolTip(QCoreApplication.translate("ChecklistEditor", u"The section's share of the total score, relative to the other sections", None))
#endif // QT_CONFIG(tooltip)
        self.itemCodeLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Co&de:", None))
        self.itemCode.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"e.g. S1, unique in the checklist", None))
        self.itemTextLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Item:", None))
        self.itemText.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"What is checked, e.g. Standard greeting", None))
        self.itemGuidanceLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Guidance:", None))
        self.itemGuidance.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"How inspectors should judge it", None))
        self.itemKindLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Kind:", None))
        self.itemPointsLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Points:", None))
#if QT_CONFIG(tooltip)
        self.itemPoints.setToolTip(QCoreApplication.translate("ChecklistEditor", u"What a fully met item earns", None))
#endif // QT_CONFIG(tooltip)
        self.itemLevelsLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Levels:", None))
#if QT_CONFIG(tooltip)
        self.itemLevels.setToolTip(QCoreApplication.translate("ChecklistEditor", u"The scores an inspector can give, ascending, ending with the points", None))
#endif // QT_CONFIG(tooltip)
        self.itemLevels.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"e.g. 0, 1, 2, 3", None))
        self.itemPerOccurrenceLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Per &occurrence:", None))
#if QT_CONFIG(tooltip)
        self.itemPerOccurrence.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Points taken off each time it happens, down to 0", None))
#endif // QT_CONFIG(tooltip)
        self.itemCriticalLabel.setText(QCoreApplication.translate("ChecklistEditor", u"C&ritical:", None))
#if QT_CONFIG(tooltip)
        self.itemCritical.setToolTip(QCoreApplication.translate("ChecklistEditor", u"A failed critical item sets its section, or the whole inspection, to 0", None))
#endif // QT_CONFIG(tooltip)
        self.itemPenaltyLabel.setText(QCoreApplication.translate("ChecklistEditor", u"Pe&nalty:", None))
#if QT_CONFIG(tooltip)
        self.itemPenalty.setToolTip(QCoreApplication.translate("ChecklistEditor", u"The amount the contract charges when the item fails; empty for none", None))
#endif // QT_CONFIG(tooltip)
        self.itemPenalty.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"None", None))
        self.itemAllowsNa.setText(QCoreApplication.translate("ChecklistEditor", u"May be marked &not applicable (N/A)", None))
        self.ruleGroup.setTitle(QCoreApplication.translate("ChecklistEditor", u"Automatic check", None))
        self.itemRuleLabel.setText(QCoreApplication.translate("ChecklistEditor", u"R&ule:", None))
#if QT_CONFIG(tooltip)
        self.itemRule.setToolTip(QCoreApplication.translate("ChecklistEditor", u"A machine check that suggests the item's score", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.structureTab), QCoreApplication.translate("ChecklistEditor", u"Sections and &items", None))
        self.flagsHint.setText(QCoreApplication.translate("ChecklistEditor", u"Automatic checks that flag records for attention without scoring an item, e.g. risk keywords.", None))
        self.addFlag.setText(QCoreApplication.translate("ChecklistEditor", u"&Add flag", None))
        self.removeFlag.setText(QCoreApplication.translate("ChecklistEditor", u"Remo&ve flag", None))
        self.flagKeyLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Key:", None))
        self.flagKey.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"e.g. risk, unique in the checklist", None))
        self.flagLabelLabel.setText(QCoreApplication.translate("ChecklistEditor", u"&Label:", None))
        self.flagLabel.setPlaceholderText(QCoreApplication.translate("ChecklistEditor", u"What the flag means, shown on the Records page", None))
        self.flagRuleLabel.setText(QCoreApplication.translate("ChecklistEditor", u"R&ule:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.flagsTab), QCoreApplication.translate("ChecklistEditor", u"Record &flags", None))
#if QT_CONFIG(tooltip)
        self.problemView.setToolTip(QCoreApplication.translate("ChecklistEditor", u"Double-click a problem to go to its section or item", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

