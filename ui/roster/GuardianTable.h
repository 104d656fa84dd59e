#pragma once

#include "roster/RosterRecords.h"

#include <QWidget>

class QTableWidget;

// The guardians and authorised pick-up adults of a child, edited in place: name, relation, phone, ID number,
// whether the person is a guardian and whether she may pick the child up.
class GuardianTable : public QWidget
{
    Q_OBJECT

public:
    explicit GuardianTable(QWidget* parent = nullptr);
    void setGuardians(const QList<Guardian>& guardians);
    QList<Guardian> guardians() const;

signals:
    void changed();

private:
    void addRow(const Guardian& guardian);

    QTableWidget* m_table;
};
