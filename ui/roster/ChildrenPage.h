#pragma once

#include <QWidget>

class ChildTableModel;
class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The list of all children with search. ID and phone numbers stay masked; those who may see them whole reveal
// one child at a time, and each reveal is recorded in the audit trail.
class ChildrenPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenPage(Database& db, QWidget* parent = nullptr);
    void reload();

private:
    void revealSelected();
    void updateButtons();

    Database& m_db;
    ChildTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_reveal;
    QLabel* m_count;
};
