#pragma once

#include <QGroupBox>

class Database;

// Settings' data-safety tools for the director: check the audit trail, back up now, restore a backup. A restore
// needs the database closed, so the box only asks for it (restoreRequested) once the backup passed its checks and
// the director agreed; the program then closes, restores and starts again.
class DataSafetyBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DataSafetyBox(Database& db, QWidget* parent = nullptr);

signals:
    void restoreRequested(const QString& backupPath);

private:
    void verifyAudit();
    void backUpNow();
    void chooseBackup();

    Database& m_db;
};
