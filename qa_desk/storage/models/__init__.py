"""All ORM models; importing this module registers every table on ``Base.metadata``."""

from __future__ import annotations

from qa_desk.storage.models.audit import AuditEvent
from qa_desk.storage.models.base import Base, UTCDateTime
from qa_desk.storage.models.checklists import (
    AutoCheckResult,
    AutoCheckRun,
    Checklist,
    ChecklistItem,
    ChecklistSection,
    ChecklistVersion,
    RulePack,
)
from qa_desk.storage.models.followup import (
    Attachment,
    Comment,
    CorrectiveAction,
    CorrectiveActionTransition,
    Dispute,
    PacketExport,
    Penalty,
)
from qa_desk.storage.models.inspections import (
    Answer,
    AnswerHistory,
    CalibrationRater,
    CalibrationRecord,
    CalibrationSession,
    Inspection,
    Sample,
    SampleItem,
    SamplingPlan,
)
from qa_desk.storage.models.organisation import Agent, AppOption, Outlet, Team, User, Vendor
from qa_desk.storage.models.records import (
    CallInfo,
    ImportBatch,
    ImportProfile,
    Message,
    Record,
    Segment,
)

__all__ = [
    "Agent",
    "Answer",
    "AnswerHistory",
    "AppOption",
    "Attachment",
    "AuditEvent",
    "AutoCheckResult",
    "AutoCheckRun",
    "Base",
    "CalibrationRater",
    "CalibrationRecord",
    "CalibrationSession",
    "CallInfo",
    "Checklist",
    "ChecklistItem",
    "ChecklistSection",
    "ChecklistVersion",
    "Comment",
    "CorrectiveAction",
    "CorrectiveActionTransition",
    "Dispute",
    "ImportBatch",
    "ImportProfile",
    "Inspection",
    "Message",
    "Outlet",
    "PacketExport",
    "Penalty",
    "Record",
    "RulePack",
    "Sample",
    "SampleItem",
    "SamplingPlan",
    "Segment",
    "Team",
    "UTCDateTime",
    "User",
    "Vendor",
]
