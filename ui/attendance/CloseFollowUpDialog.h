#pragma once

#include "attendance/FollowUpRepository.h"
#include "common/FormDialog.h"

class Database;
class OptionalDateEdit;
class QLineEdit;

// Closes a follow-up of a sick absence with its outcome (recovered, diagnosis, withdrawn) and the child's first
// day back.
class CloseFollowUpDialog : public FormDialog
{
    Q_OBJECT

public:
    CloseFollowUpDialog(Database& db, const SickFollowUp& followUp, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    qint64 m_followUpId;
    QLineEdit* m_outcome;
    OptionalDateEdit* m_returned;
};
