#pragma once

#include <QWidget>

class CenterInstitutionTableModel;
class Database;
class QLabel;
class QTableView;

// The institutions a center takes reports from, with their key fingerprints, and the way to register another
// institution's key (or a further key of one already known) from its .jwk file.
class CenterRegistryPage : public QWidget
{
    Q_OBJECT

public:
    explicit CenterRegistryPage(Database& db, QWidget* parent = nullptr);
    void reload();
    // Asks for a .jwk file and registers it; says what was done. True when something was registered.
    bool registerKey();

signals:
    // A key was registered and the files held for it were imported.
    void registered();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_db;
    CenterInstitutionTableModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QLabel* m_error;
};
