#pragma once

#include <QCoreApplication>

class QBoxLayout;
class QUndoStack;
class QWidget;

// Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) of a page's own stack: actions of the page, so the keys work while it is
// shown and not while another page is, and buttons ("undoButton", "redoButton") added to `buttons`. The actions
// name the step they would take back or repeat.
class UndoButtons
{
    Q_DECLARE_TR_FUNCTIONS(UndoButtons)

public:
    static void add(QWidget* page, QUndoStack* stack, QBoxLayout* buttons);
};
