#pragma once

#include <QWidget>

class ChildFilterModel;
class ChildTableModel;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
struct ChildListEntry;

// The list of all children with search and filters, and the roster edits: add and edit a child, enrol from the
// waiting list, move class, change care type, leave care, each with its effective date and undoable in the session.
// ID and phone numbers stay masked; those who may see them whole reveal one child at a time, each reveal audited.
class ChildrenPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenPage(Database& db, QWidget* parent = nullptr);
    void reload();
    QUndoStack* undoStack() const { return m_undo; }

private:
    QWidget* makeFilters();
    QWidget* makeButtons();
    void revealSelected();
    void updateButtons();
    void reloadClasses();
    void applyFilters();
    const ChildListEntry* selected() const;
    int selectedRow() const;
    void addChild();
    void editChild();
    void changePlacement(int change);
    void removeChild();
    void reportUndoFailure(const QString& message);

    Database& m_db;
    bool m_canEdit;
    ChildTableModel* m_model;
    ChildFilterModel* m_proxy;
    QUndoStack* m_undo;
    QLineEdit* m_search;
    QComboBox* m_classFilter;
    QComboBox* m_careFilter;
    QComboBox* m_standingFilter;
    QTableView* m_view;
    QPushButton* m_reveal;
    QPushButton* m_edit = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_careType = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_count;
};
