#pragma once

#include "OutbreakDetector.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// An outbreak alert as the attendance page shows it: with the class and the children named.
struct OutbreakNotice
{
    OutbreakAlert alert;
    QString className;
    QStringList childNames;
    // One sentence: which class, how many children, which symptom, when, who.
    QString text;
};

// The alerts someone opening a day's sheet must see: those raised on that care day or on the care days of the
// outbreak window before it, the latest for each class and symptom, so an alert stays in view while its cases
// are still within the reporting window. A caregiver sees her classes' alerts.
class OutbreakWatch
{
    Q_DECLARE_TR_FUNCTIONS(OutbreakWatch)

public:
    static Result<QList<OutbreakNotice>> around(Database& db, QDate day);
};
