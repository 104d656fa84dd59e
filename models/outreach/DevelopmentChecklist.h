#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A few things a child of an age usually does, for the visitor to see or ask about: the milestones whose absence
// the national child development warning signs (儿童心理行为发育预警征象) ask a doctor to look at. A milestone not
// yet seen is a reason to talk about development and play, and maybe to refer the child.
class DevelopmentChecklist
{
    Q_DECLARE_TR_FUNCTIONS(DevelopmentChecklist)

public:
    struct Item
    {
        QString key;
        QString label; // in the interface language
    };

    // The items for a child of ageMonths completed months; none from 36 months.
    static QList<Item> forAge(int ageMonths);
    // Every item's key, for checking what a file or a command line names.
    static QStringList allKeys();
};
