#pragma once

#include "roster/RosterUndo.h"

#include <QWidget>

class Database;
class QBoxLayout;
class QUndoStack;

// A roster page that edits undoably: it owns the undo stack of its edits and reads the roster again whenever it is
// shown (other pages change it) and after each undo or redo.
class RosterPage : public QWidget
{
    Q_OBJECT

public:
    ~RosterPage() override;
    virtual void reload() = 0;

protected:
    RosterPage(Database& db, QWidget* parent);

    void showEvent(QShowEvent* event) override;
    QUndoStack& undoStack() const { return *m_undo; }
    // Undo and redo buttons with their keys, for those who may edit.
    void addUndoButtons(QBoxLayout* buttons);
    // For RosterUndo: says why an undo or redo could not be written, and reads the roster again.
    RosterUndo::FailureHandler undoFailureHandler();

    Database& m_db;

private:
    QUndoStack* m_undo;
};
