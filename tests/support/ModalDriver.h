#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>
#include <functional>

// Widget tests drive dialogs whose exec() blocks the test function: before the call that opens one, a test
// registers what to do with it. As soon as a visible window with the objectName appears, the action runs on it
// inside the dialog's own event loop. An action must end by closing its dialog (accept, reject, a button click),
// or register the next action for a dialog that stays open.
inline void whenShown(const QString& objectName, std::function<void(QWidget*)> action, int timeoutMs = 10000)
{
    auto* poll = new QTimer(qApp);
    poll->setObjectName(QStringLiteral("whenShown"));
    poll->setInterval(20);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, objectName, action, deadline] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->objectName() == objectName && window->isVisible()) {
                poll->stop();
                poll->deleteLater();
                action(window);
                return;
            }
        }
        if (deadline.hasExpired()) {
            qWarning("no window \"%s\" appeared", qPrintable(objectName));
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

// Withdraws every action still waiting, so a test that failed early leaves none behind for the next one; for
// cleanup().
inline void cancelPendingActions()
{
    for (QTimer* poll : qApp->findChildren<QTimer*>(QStringLiteral("whenShown"), Qt::FindDirectChildrenOnly))
        delete poll;
}

// The child of a window by objectName, or a warning that names what is missing.
template<typename T> T* childOf(QWidget* parent, const QString& name)
{
    T* widget = parent ? parent->findChild<T*>(name) : nullptr;
    if (!widget)
        qWarning("no widget \"%s\"", qPrintable(name));
    return widget;
}
