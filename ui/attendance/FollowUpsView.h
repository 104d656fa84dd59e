#pragma once

#include <QWidget>

class Database;
class FollowUpTableModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The follow-up list of sick absences: each stays until the child is back and the outcome is written.
class FollowUpsView : public QWidget
{
    Q_OBJECT

public:
    FollowUpsView(Database& db, QWidget* parent = nullptr);

    void reload();
    int openCount() const;

signals:
    void countChanged(int open);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recordContact();
    void closeSelected();
    void updateButtons();

    Database& m_db;
    FollowUpTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QPushButton* m_contactButton;
    QPushButton* m_closeButton;
};
