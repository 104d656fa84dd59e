#pragma once

#include "common/FormDialog.h"
#include "subsidy/BirthSubsidies.h"

class Database;
class OptionalDateEdit;
class QDateEdit;

// Records that a family applied for the birth subsidy ("applicationDialog"): the day it applied and, once the
// health commission paid, the day the money was granted.
class ApplicationDialog : public FormDialog
{
    Q_OBJECT

public:
    ApplicationDialog(Database& db, const BirthSubsidyEntry& entry, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    qint64 m_childId;
    QDateEdit* m_applied;
    OptionalDateEdit* m_granted;
};
