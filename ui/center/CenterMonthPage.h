#pragma once

#include "common/Month.h"

#include <QWidget>

class QDateEdit;
class QHBoxLayout;

// A center's page about one month: a month chooser on the month before today's (the one whose reports are due), read
// again whenever the page is shown or its month changes. The window keeps the month pages on the same month.
class CenterMonthPage : public QWidget
{
    Q_OBJECT

public:
    Month month() const;
    void setMonth(Month month);
    virtual void reload() = 0;

signals:
    void monthChanged(Month month);

protected:
    CenterMonthPage(const QString& monthEditName, QWidget* parent);
    // "Month: [2026-11]", for the top of the page; the page adds what goes beside it.
    QHBoxLayout* makeMonthRow();
    void showEvent(QShowEvent* event) override;

private:
    QDateEdit* m_month;
};
