# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(AdminPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")
        self.vendorsTab = QWidget()
        self.vendorsTab.setObjectName(u"vendorsTab")
        self.vendorLayout = QVBoxLayout(self.vendorsTab)
        self.vendorLayout.setObjectName(u"vendorLayout")
        self.vendorBar = QHBoxLayout()
        self.vendorBar.setObjectName(u"vendorBar")
        self.vendorSearch = QLineEdit(self.vendorsTab)
        self.vendorSearch.setObjectName(u"vendorSearch")
        self.vendorSearch.setMinimumSize(QSize(220, 0))
        self.vendorSearch.setClearButtonEnabled(True)

        self.vendorBar.addWidget(self.vendorSearch)

        self.vendorSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vendorBar.addItem(self.vendorSpacer)

        self.newVendor = QPushButton(self.vendorsTab)
        self.newVendor.setObjectName(u"newVendor")

        self.vendorBar.addWidget(self.newVendor)

        self.editVendor = QPushButton(self.vendorsTab)
        self.editVendor.setObjectName(u"editVendor")

        self.vendorBar.addWidget(self.editVendor)

        self.toggleVendor = QPushButton(self.vendorsTab)
        self.toggleVendor.setObjectName(u"toggleVendor")

        self.vendorBar.addWidget(self.toggleVendor)


        self.vendorLayout.addLayout(self.vendorBar)

        self.vendorView = QTableView(self.vendorsTab)
        self.vendorView.setObjectName(u"vendorView")

        self.vendorLayout.addWidget(self.vendorView)

        self.tabs.addTab(self.vendorsTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamLayout = QVBoxLayout(self.teamsTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamBar = QHBoxLayout()
        self.teamBar.setObjectName(u"teamBar")
        self.teamVendorLabel = QLabel(self.teamsTab)
        self.teamVendorLabel.setObjectName(u"teamVendorLabel")

        self.teamBar.addWidget(self.teamVendorLabel)

        self.teamVendorFilter = QComboBox(self.teamsTab)
        self.teamVendorFilter.setObjectName(u"teamVendorFilter")
        self.teamVendorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.teamBar.addWidget(self.teamVendorFilter)

        self.teamSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamBar.addItem(self.teamSpacer)

        self.newTeam = QPushButton(self.teamsTab)
        self.newTeam.setObjectName(u"newTeam")

        self.teamBar.addWidget(self.newTeam)

        self.editTeam = QPushButton(self.teamsTab)
        self.editTeam.setObjectName(u"editTeam")

        self.teamBar.addWidget(self.editTeam)

        self.toggleTeam = QPushButton(self.teamsTab)
        self.toggleTeam.setObjectName(u"toggleTeam")

        self.teamBar.addWidget(self.toggleTeam)


        self.teamLayout.addLayout(self.teamBar)

        self.teamView = QTableView(self.teamsTab)
        self.teamView.setObjectName(u"teamView")

        self.teamLayout.addWidget(self.teamView)

        self.tabs.addTab(self.teamsTab, "")
        self.agentsTab = QWidget()
        self.agentsTab.setObjectName(u"agentsTab")
        self.agentLayout = QVBoxLayout(self.agentsTab)
        self.agentLayout.setObjectName(u"agentLayout")
        self.agentBar = QHBoxLayout()
        self.agentBar.setObjectName(u"agentBar")
        self.agentSearch = QLineEdit(self.agentsTab)
        self.agentSearch.setObjectName(u"agentSearch")
        self.agentSearch.setMinimumSize(QSize(220, 0))
        self.agentSearch.setClearButtonEnabled(True)

        self.agentBar.addWidget(self.agentSearch)

        self.agentVendorLabel = QLabel(self.agentsTab)
        self.agentVendorLabel.setObjectName(u"agentVendorLabel")

        self.agentBar.addWidget(self.agentVendorLabel)

        self.agentVendorFilter = QComboBox(self.agentsTab)
        self.agentVendorFilter.setObjectName(u"agentVendorFilter")
        self.agentVendorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.agentBar.addWidget(self.agentVendorFilter)

        self.agentTeamLabel = QLabel(self.agentsTab)
        self.agentTeamLabel.setObjectName(u"agentTeamLabel")

        self.agentBar.addWidget(self.agentTeamLabel)

        self.agentTeamFilter = QComboBox(self.agentsTab)
        self.agentTeamFilter.setObjectName(u"agentTeamFilter")
        self.agentTeamFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.agentBar.addWidget(self.agentTeamFilter)

        self.agentSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agentBar.addItem(self.agentSpacer)

        self.newAgent = QPushButton(self.agentsTab)
        self.newAgent.setObjectName(u"newAgent")

        self.agentBar.addWidget(self.newAgent)

        self.editAgent = QPushButton(self.agentsTab)
        self.editAgent.setObjectName(u"editAgent")

        self.agentBar.addWidget(self.editAgent)

        self.toggleAgent = QPushButton(self.agentsTab)
        self.toggleAgent.setObjectName(u"toggleAgent")

        self.agentBar.addWidget(self.toggleAgent)


        self.agentLayout.addLayout(self.agentBar)

        self.agentView = QTableView(self.agentsTab)
        self.agentView.setObjectName(u"agentView")

        self.agentLayout.addWidget(self.agentView)

        self.tabs.addTab(self.agentsTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.userLayout = QVBoxLayout(self.usersTab)
        self.userLayout.setObjectName(u"userLayout")
        self.userBar = QHBoxLayout()
        self.userBar.setObjectName(u"userBar")
        self.userSearch = QLineEdit(self.usersTab)
        self.userSearch.setObjectName(u"userSearch")
        self.userSearch.setMinimumSize(QSize(220, 0))
        self.userSearch.setClearButtonEnabled(True)

        self.userBar.addWidget(self.userSearch)

        self.userRoleLabel = QLabel(self.usersTab)
        self.userRoleLabel.setObjectName(u"userRoleLabel")

        self.userBar.addWidget(self.userRoleLabel)

        self.userRoleFilter = QComboBox(self.usersTab)
        self.userRoleFilter.setObjectName(u"userRoleFilter")
        self.userRoleFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.userBar.addWidget(self.userRoleFilter)

        self.userSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userBar.addItem(self.userSpacer)

        self.newUser = QPushButton(self.usersTab)
        self.newUser.setObjectName(u"newUser")

        self.userBar.addWidget(self.newUser)

        self.editUser = QPushButton(self.usersTab)
        self.editUser.setObjectName(u"editUser")

        self.userBar.addWidget(self.editUser)

        self.toggleUser = QPushButton(self.usersTab)
        self.toggleUser.setObjectName(u"toggleUser")

        self.userBar.addWidget(self.toggleUser)

        self.resetPassword = QPushButton(self.usersTab)
        self.resetPassword.setObjectName(u"resetPassword")

        self.userBar.addWidget(self.resetPassword)


        self.userLayout.addLayout(self.userBar)

        self.userView = QTableView(self.usersTab)
        self.userView.setObjectName(u"userView")

        self.userLayout.addWidget(self.userView)

        self.tabs.addTab(self.usersTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.teamVendorLabel.setBuddy(self.teamVendorFilter)
        self.agentVendorLabel.setBuddy(self.agentVendorFilter)
        self.agentTeamLabel.setBuddy(self.agentTeamFilter)
        self.userRoleLabel.setBuddy(self.userRoleFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.vendorSearch.setPlaceholderText(QCoreApplication.translate("AdminPage", u"Search code, name or contact", None))
        self.newVendor.setText(QCoreApplication.translate("AdminPage", u"&New\u2026", None))
        self.editVendor.setText(QCoreApplication.translate("AdminPage", u"&Edit\u2026", None))
        self.toggleVendor.setText(QCoreApplication.translate("AdminPage", u"&Deactivate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.vendorsTab), QCoreApplication.translate("AdminPage", u"&Vendors", None))
        self.teamVendorLabel.setText(QCoreApplication.translate("AdminPage", u"Vendor:", None))
        self.newTeam.setText(QCoreApplication.translate("AdminPage", u"&New\u2026", None))
        self.editTeam.setText(QCoreApplication.translate("AdminPage", u"&Edit\u2026", None))
        self.toggleTeam.setText(QCoreApplication.translate("AdminPage", u"&Deactivate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("AdminPage", u"&Teams", None))
        self.agentSearch.setPlaceholderText(QCoreApplication.translate("AdminPage", u"Search employee ID or name", None))
        self.agentVendorLabel.setText(QCoreApplication.translate("AdminPage", u"Vendor:", None))
        self.agentTeamLabel.setText(QCoreApplication.translate("AdminPage", u"Team:", None))
        self.newAgent.setText(QCoreApplication.translate("AdminPage", u"&New\u2026", None))
        self.editAgent.setText(QCoreApplication.translate("AdminPage", u"&Edit\u2026", None))
        self.toggleAgent.setText(QCoreApplication.translate("AdminPage", u"&Deactivate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agentsTab), QCoreApplication.translate("AdminPage", u"&Agents", None))
        self.userSearch.setPlaceholderText(QCoreApplication.translate("AdminPage", u"Search login or name", None))
        self.userRoleLabel.setText(QCoreApplication.translate("AdminPage", u"Role:", None))
        self.newUser.setText(QCoreApplication.translate("AdminPage", u"&New\u2026", None))
        self.editUser.setText(QCoreApplication.translate("AdminPage", u"&Edit\u2026", None))
        self.toggleUser.setText(QCoreApplication.translate("AdminPage", u"&Deactivate", None))
        self.resetPassword.setText(QCoreApplication.translate("AdminPage", u"Reset &password\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("AdminPage", u"&Users", None))
        pass
    # retranslateUi

