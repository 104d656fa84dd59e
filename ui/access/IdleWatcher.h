#pragma once

#include <QObject>
#include <QTimer>

// Notices that nobody has used the keyboard or the mouse for a while: an application-wide event filter restarts a
// timer on every input event, and when the timer runs out idle() is emitted once, until start() is called again.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};
