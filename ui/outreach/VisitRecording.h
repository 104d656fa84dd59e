#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// Opening the visit form: for a household chosen on a page, or for the draft a visitor left when the laptop went
// off or the program closed, which the first outreach page shown offers back.
class VisitRecording
{
    Q_DECLARE_TR_FUNCTIONS(VisitRecording)

public:
    // Opens the form for a new visit to the household; true when a visit was saved.
    static bool recordVisit(Database& db, qint64 householdId, QWidget* parent);
    // When the user left a visit form unsaved, asks whether to continue it and opens it again, or throws it away;
    // true when a visit was saved.
    static bool offerDraft(Database& db, QWidget* parent);
};
