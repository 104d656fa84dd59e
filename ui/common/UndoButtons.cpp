#include "UndoButtons.h"

#include <QAction>
#include <QBoxLayout>
#include <QKeySequence>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// A button of fixed text ("Undo"), so the row does not jump; the step it would take is in the tooltip.
QAction* addAction(QWidget* page, const QString& text, const QString& name, QBoxLayout* buttons)
{
    auto* action = new QAction(text, page);
    action->setObjectName(name + u"Action"_s);
    page->addAction(action);
    auto* button = new QToolButton(page);
    button->setObjectName(name + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(button);
    return action;
}

} // namespace

void UndoButtons::add(QWidget* page, QUndoStack* stack, QBoxLayout* buttons)
{
    QAction* undo = addAction(page, tr("&Undo"), u"undo"_s, buttons);
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = addAction(page, tr("&Redo"), u"redo"_s, buttons);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QObject::connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    QObject::connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::undoTextChanged, undo,
                     [undo](const QString& step) { undo->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(step)); });
    QObject::connect(stack, &QUndoStack::redoTextChanged, redo,
                     [redo](const QString& step) { redo->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(step)); });
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
}
