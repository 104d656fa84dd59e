#pragma once

#include "ChildRecordCardForm.h"
#include "RosterPage.h"

#include <optional>

class ChildFilterModel;
class ChildRecordCardForm;
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
// Anyone who sees the list prints the selected child's record card, or saves it as PDF.
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
    // The selected child's record card; nullopt (the reason shown) when it cannot be read.
    std::optional<ChildRecordCardForm> selectedCard();
    void printCard();
    void saveCard();

    bool m_canEdit;
    ChildTableModel* m_model;
    ChildFilterModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_classFilter;
    QComboBox* m_careFilter;
    QComboBox* m_standingFilter;
    QTableView* m_view;
    QPushButton* m_reveal;
    QPushButton* m_printCard;
    QPushButton* m_saveCard;
    QPushButton* m_edit = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_careType = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_count;
};
