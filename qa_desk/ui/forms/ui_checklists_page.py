# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklists_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTreeView, QVBoxLayout, QWidget)

from qa_desk.ui.widgets.checklist_editor import ChecklistEditor

class Ui_ChecklistsPage(object):
    def setupUi(self, ChecklistsPage):
        if not ChecklistsPage.objectName():
            ChecklistsPage.setObjectName(u"ChecklistsPage")
        ChecklistsPage.resize(1200, 760)
        self.pageLayout = QVBoxLayout(ChecklistsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageBar = QHBoxLayout()
        self.pageBar.setObjectName(u"pageBar")
        self.newChecklist = QPushButton(ChecklistsPage)
        self.newChecklist.setObjectName(u"newChecklist")

        self.pageBar.addWidget(self.newChecklist)

        self.importXlsx = QPushButton(ChecklistsPage)
        self.importXlsx.setObjectName(u"importXlsx")

        self.pageBar.addWidget(self.importXlsx)

        self.exportXlsx = QPushButton(ChecklistsPage)
        self.exportXlsx.setObjectName(u"exportXlsx")

        self.pageBar.addWidget(self.exportXlsx)

        self.compareVersions = QPushButton(ChecklistsPage)
        self.compareVersions.setObjectName(u"compareVersions")

        self.pageBar.addWidget(self.compareVersions)

        self.installDefault = QPushButton(ChecklistsPage)
        self.installDefault.setObjectName(u"installDefault")

        self.pageBar.addWidget(self.installDefault)

        self.pageSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageBar.addItem(self.pageSpacer)


        self.pageLayout.addLayout(self.pageBar)

        self.splitter = QSplitter(ChecklistsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versionView = QTreeView(self.splitter)
        self.versionView.setObjectName(u"versionView")
        self.splitter.addWidget(self.versionView)
        self.rightStack = QStackedWidget(self.splitter)
        self.rightStack.setObjectName(u"rightStack")
        self.nothingPage = QWidget()
        self.nothingPage.setObjectName(u"nothingPage")
        self.nothingLayout = QVBoxLayout(self.nothingPage)
        self.nothingLayout.setObjectName(u"nothingLayout")
        self.nothingHint = QLabel(self.nothingPage)
        self.nothingHint.setObjectName(u"nothingHint")
        self.nothingHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothingHint.setWordWrap(True)

        self.nothingLayout.addWidget(self.nothingHint)

        self.rightStack.addWidget(self.nothingPage)
        self.versionPage = QWidget()
        self.versionPage.setObjectName(u"versionPage")
        self.versionLayout = QVBoxLayout(self.versionPage)
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLayout.setContentsMargins(0, 0, 0, 0)
        self.versionTitle = QLabel(self.versionPage)
        self.versionTitle.setObjectName(u"versionTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.versionTitle.sizePolicy().hasHeightForWidth())
        self.versionTitle.setSizePolicy(sizePolicy)
        self.versionTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.versionLayout.addWidget(self.versionTitle)

        self.versionBar = QHBoxLayout()
        self.versionBar.setObjectName(u"versionBar")
        self.readOnlyNote = QLabel(self.versionPage)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        sizePolicy.setHeightForWidth(self.readOnlyNote.sizePolicy().hasHeightForWidth())
        self.readOnlyNote.setSizePolicy(sizePolicy)
        self.readOnlyNote.setWordWrap(True)

        self.versionBar.addWidget(self.readOnlyNote)

        self.versionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionBar.addItem(self.versionSpacer)

        self.editAsDraft = QPushButton(self.versionPage)
        self.editAsDraft.setObjectName(u"editAsDraft")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.editAsDraft.sizePolicy().hasHeightForWidth())
        self.editAsDraft.setSizePolicy(sizePolicy1)

        self.versionBar.addWidget(self.editAsDraft)

        self.discardDraft = QPushButton(self.versionPage)
        self.discardDraft.setObjectName(u"discardDraft")
        sizePolicy1.setHeightForWidth(self.discardDraft.sizePolicy().hasHeightForWidth())
        self.discardDraft.setSizePolicy(sizePolicy1)

        self.versionBar.addWidget(self.discardDraft)

        self.saveDraft = QPushButton(self.versionPage)
        self.saveDraft.setObjectName(u"saveDraft")
        sizePolicy1.setHeightForWidth(self.saveDraft.sizePolicy().hasHeightForWidth())
        self.saveDraft.setSizePolicy(sizePolicy1)

        self.versionBar.addWidget(self.saveDraft)

        self.publish = QPushButton(self.versionPage)
        self.publish.setObjectName(u"publish")
        sizePolicy1.setHeightForWidth(self.publish.sizePolicy().hasHeightForWidth())
        self.publish.setSizePolicy(sizePolicy1)

        self.versionBar.addWidget(self.publish)

        self.versionBar.setStretch(0, 1)

        self.versionLayout.addLayout(self.versionBar)

        self.editor = ChecklistEditor(self.versionPage)
        self.editor.setObjectName(u"editor")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.editor.sizePolicy().hasHeightForWidth())
        self.editor.setSizePolicy(sizePolicy2)

        self.versionLayout.addWidget(self.editor)

        self.rightStack.addWidget(self.versionPage)
        self.splitter.addWidget(self.rightStack)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(ChecklistsPage)

        self.rightStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChecklistsPage)
    # setupUi

    def retranslateUi(self, ChecklistsPage):
        self.newChecklist.setText(QCoreApplication.translate("ChecklistsPage", u"&New checklist\u2026", None))
        self.importXlsx.setText(QCoreApplication.translate("ChecklistsPage", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.importXlsx.setToolTip(QCoreApplication.translate("ChecklistsPage", u"Read a checklist from a spreadsheet (columns such as section, item, points, kind) as a new draft", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsx.setText(QCoreApplication.translate("ChecklistsPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsx.setToolTip(QCoreApplication.translate("ChecklistsPage", u"Write the selected version to a spreadsheet that can be imported again", None))
#endif // QT_CONFIG(tooltip)
        self.compareVersions.setText(QCoreApplication.translate("ChecklistsPage", u"&Compare versions\u2026", None))
        self.installDefault.setText(QCoreApplication.translate("ChecklistsPage", u"Install the &default checklist", None))
#if QT_CONFIG(tooltip)
        self.installDefault.setToolTip(QCoreApplication.translate("ChecklistsPage", u"The express-delivery service checklist shipped with QA Desk, in the interface language", None))
#endif // QT_CONFIG(tooltip)
        self.editAsDraft.setText(QCoreApplication.translate("ChecklistsPage", u"Edit as new dra&ft", None))
#if QT_CONFIG(tooltip)
        self.editAsDraft.setToolTip(QCoreApplication.translate("ChecklistsPage", u"Published versions never change: copy this one into a new draft to edit", None))
#endif // QT_CONFIG(tooltip)
        self.discardDraft.setText(QCoreApplication.translate("ChecklistsPage", u"Discard dr&aft\u2026", None))
        self.saveDraft.setText(QCoreApplication.translate("ChecklistsPage", u"&Save draft", None))
#if QT_CONFIG(tooltip)
        self.saveDraft.setToolTip(QCoreApplication.translate("ChecklistsPage", u"Save the draft (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.publish.setText(QCoreApplication.translate("ChecklistsPage", u"&Publish\u2026", None))
#if QT_CONFIG(tooltip)
        self.publish.setToolTip(QCoreApplication.translate("ChecklistsPage", u"Freeze the draft and make it the checklist inspections and automatic checks use", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

