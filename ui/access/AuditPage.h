#pragma once

#include "access/AuditLog.h"

#include <QWidget>

class AuditTableModel;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The director's view of the audit trail: every change, who made it and when, filtered by user, dates and kind of
// record; a check that nobody altered the trail outside DaycareDesk; and a CSV export (itself recorded).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

    // Reads the filter choices and the rows again; also done each time the page is shown.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    AuditFilter filter() const;
    QString refreshChoices();
    void showEntries();
    void verify();
    void exportCsv();

    Database& m_db;
    QComboBox* m_user;
    QComboBox* m_recordType;
    QCheckBox* m_dateRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
    AuditTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_verdict;
    QLabel* m_loadError;
};
