#pragma once

#include "outreach/Household.h"

#include <QWidget>

class QTableWidget;

// The rows of a household edited in place, with buttons to add and remove a row ("add<Name>Button",
// "remove<Name>Button"). Phone and ID numbers show masked to a user who may not see them whole, and are kept as
// they were unless she types a new one.
class HouseholdRowsEditor : public QWidget
{
    Q_OBJECT

signals:
    void changed();

protected:
    HouseholdRowsEditor(const QString& name, const QStringList& headers, bool wholeNumbers, QWidget* parent);
    virtual void addEmptyRow() = 0;
    // A text cell holding a number to mask: the whole number is kept beside what is shown.
    void setNumberItem(int row, int column, const QString& number, const QString& masked);
    QString numberAt(int row, int column) const;
    QString textAt(int row, int column) const;

    QTableWidget* m_table;
    bool m_wholeNumbers;
};

// The adults the team speaks to: name, relation ("祖母") and phone.
class HouseholdGuardiansEditor : public HouseholdRowsEditor
{
    Q_OBJECT

public:
    HouseholdGuardiansEditor(bool wholeNumbers, QWidget* parent);
    void setGuardians(const QList<HouseholdGuardian>& guardians);
    QList<HouseholdGuardian> guardians() const;

protected:
    void addEmptyRow() override;

private:
    void addRow(const HouseholdGuardian& guardian);
};

// The children under three: name, boy or girl, birth date, ID number when known, special needs.
class OutreachChildrenEditor : public HouseholdRowsEditor
{
    Q_OBJECT

public:
    OutreachChildrenEditor(bool wholeNumbers, QWidget* parent);
    void setChildren(const QList<OutreachChild>& children);
    // Each child keeps her id, so an edit updates rather than replaces her.
    QList<OutreachChild> children() const;

protected:
    void addEmptyRow() override;

private:
    void addRow(const OutreachChild& child);
};
