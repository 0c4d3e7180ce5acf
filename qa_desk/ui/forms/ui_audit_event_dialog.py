# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AuditEventDialog(object):
    def setupUi(self, AuditEventDialog):
        if not AuditEventDialog.objectName():
            AuditEventDialog.setObjectName(u"AuditEventDialog")
        AuditEventDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(AuditEventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.seqLabel = QLabel(AuditEventDialog)
        self.seqLabel.setObjectName(u"seqLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seqLabel)

        self.seq = QLabel(AuditEventDialog)
        self.seq.setObjectName(u"seq")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seq)

        self.timeLabel = QLabel(AuditEventDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.time = QLabel(AuditEventDialog)
        self.time.setObjectName(u"time")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.time)

        self.userLabel = QLabel(AuditEventDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLabel(AuditEventDialog)
        self.user.setObjectName(u"user")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.user)

        self.entityLabel = QLabel(AuditEventDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.entityLabel)

        self.entity = QLabel(AuditEventDialog)
        self.entity.setObjectName(u"entity")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.entity)

        self.actionLabel = QLabel(AuditEventDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QLabel(AuditEventDialog)
        self.action.setObjectName(u"action")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.action)

        self.changesLabel = QLabel(AuditEventDialog)
        self.changesLabel.setObjectName(u"changesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.changesLabel)

        self.changes = QLabel(AuditEventDialog)
        self.changes.setObjectName(u"changes")
        self.changes.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.changes)

        self.hashLabel = QLabel(AuditEventDialog)
        self.hashLabel.setObjectName(u"hashLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hashLabel)

        self.hash = QLabel(AuditEventDialog)
        self.hash.setObjectName(u"hash")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hash)


        self.dialogLayout.addLayout(self.formLayout)

        self.snapshotsLayout = QHBoxLayout()
        self.snapshotsLayout.setObjectName(u"snapshotsLayout")
        self.beforeGroup = QGroupBox(AuditEventDialog)
        self.beforeGroup.setObjectName(u"beforeGroup")
        self.beforeLayout = QVBoxLayout(self.beforeGroup)
        self.beforeLayout.setObjectName(u"beforeLayout")
        self.before = QPlainTextEdit(self.beforeGroup)
        self.before.setObjectName(u"before")
        self.before.setReadOnly(True)
        self.before.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.beforeLayout.addWidget(self.before)


        self.snapshotsLayout.addWidget(self.beforeGroup)

        self.afterGroup = QGroupBox(AuditEventDialog)
        self.afterGroup.setObjectName(u"afterGroup")
        self.afterLayout = QVBoxLayout(self.afterGroup)
        self.afterLayout.setObjectName(u"afterLayout")
        self.after = QPlainTextEdit(self.afterGroup)
        self.after.setObjectName(u"after")
        self.after.setReadOnly(True)
        self.after.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.afterLayout.addWidget(self.after)


        self.snapshotsLayout.addWidget(self.afterGroup)


        self.dialogLayout.addLayout(self.snapshotsLayout)

        self.buttons = QDialogButtonBox(AuditEventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(AuditEventDialog)
        self.buttons.rejected.connect(AuditEventDialog.reject)

        QMetaObject.connectSlotsByName(AuditEventDialog)
    # setupUi

    def retranslateUi(self, AuditEventDialog):
        AuditEventDialog.setWindowTitle(QCoreApplication.translate("AuditEventDialog", u"Audit event", None))
        self.seqLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Seq:", None))
        self.timeLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Time:", None))
        self.userLabel.setText(QCoreApplication.translate("AuditEventDialog", u"User:", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Changed:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Action:", None))
        self.changesLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Fields changed:", None))
        self.hashLabel.setText(QCoreApplication.translate("AuditEventDialog", u"Hash:", None))
        self.beforeGroup.setTitle(QCoreApplication.translate("AuditEventDialog", u"Before", None))
        self.afterGroup.setTitle(QCoreApplication.translate("AuditEventDialog", u"After", None))
    # retranslateUi

