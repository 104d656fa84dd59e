#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// What the family-subsidy and insurance lists need to know of a child: who she is, when she was born, her 孩次
// and when she is in care. Read without a permission check; each caller checks its own.
struct ChildBasics
{
    Q_DECLARE_TR_FUNCTIONS(ChildBasics)

public:
    qint64 id = 0;
    QString name;
    QString idNumber;
    QDate birthDate;
    int birthOrder = 1;
    QDate enrolledOn;
    QDate withdrawnOn; // the last day in care; invalid: still in care
    bool insuredMark = false; // the roster's "covered by accident insurance" (children.insured)

    // Enrolled and not yet gone on day.
    bool inCareOn(QDate day) const;
    // In care on at least one day from `from` to `to`.
    bool inCareDuring(QDate from, QDate to) const;

    // "There is no child with the number 12." when the child does not exist.
    static Result<ChildBasics> load(Database& db, qint64 childId);
    // Every child ever enrolled, by name.
    static Result<QList<ChildBasics>> enrolled(Database& db);
};
