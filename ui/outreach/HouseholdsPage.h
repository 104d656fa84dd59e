#pragma once

#include <QWidget>

class Database;
class HouseholdTableModel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class VisitHistoryView;

// 家庭: the households the team follows, searched by village, address, guardian or child; adding and editing one,
// recording a visit to the one selected, and its visits below the list.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(Database& db, QWidget* parent = nullptr);
    void reload();

signals:
    // A visit was recorded or removed here.
    void visitsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedId() const;
    void selectHousehold(qint64 id);
    void addHousehold();
    void editHousehold();
    void recordVisit();
    void updateButtons();

    Database& m_db;
    HouseholdTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_record;
    VisitHistoryView* m_history;
};
