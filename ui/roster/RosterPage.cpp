#include "RosterPage.h"

#include "common/MessageBox.h"
#include "common/UndoButtons.h"

#include <QUndoStack>

RosterPage::RosterPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
{
}

RosterPage::~RosterPage()
{
    // The stack clears itself as it is deleted; the page, half gone by then, must not reload.
    m_undo->disconnect(this);
}

void RosterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void RosterPage::addUndoButtons(QBoxLayout* buttons)
{
    UndoButtons::add(this, m_undo, buttons);
    connect(m_undo, &QUndoStack::indexChanged, this, &RosterPage::reload);
}

RosterUndo::FailureHandler RosterPage::undoFailureHandler()
{
    return [this](const QString& message) {
        MessageBox::critical(this, tr("Undo"), message);
        reload();
    };
}
