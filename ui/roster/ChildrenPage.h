#pragma once

#include "RosterPage.h"

class ChildFilterModel;
class ChildTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
struct ChildListEntry;

// The list of all children with search and filters, and the roster edits: add and edit a child, enrol from the
// waiting list, move class, change care type, leave care, each with its effective date and undoable in the session.
// ID and phone numbers stay masked; those who may see them whole reveal one child at a time, each reveal audited.
class ChildrenPage : public RosterPage
{
    Q_OBJECT

public:
    explicit ChildrenPage(Database& db, QWidget* parent = nullptr);
    void reload() override;
    // Lists the children of one class (0: every class), whatever the other filters said.
    void showClass(qint64 classId);

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
    void importRoster();
    void exportRoster();

    bool m_canEdit;
    ChildTableModel* m_model;
    ChildFilterModel* m_proxy;
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
