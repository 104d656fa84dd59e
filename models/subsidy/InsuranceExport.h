#pragma once

#include "InsuranceRoll.h"
#include "common/Result.h"
#include "common/Sheet.h"

#include <QCoreApplication>

class Database;

// The insured list as the city's insurer receives it: sheet 参保名单 with a header row, one row per policy and a
// totals row for the premium; sheet 未参保 with the children in care without cover. The headers are the
// insurer's Chinese ones in every language.
class InsuranceExport
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceExport)

public:
    static QList<Sheet> sheets(const InsuranceCover& cover);
    // The policies covering at least one day from `from` to `to`; needs Permission::ViewRoster, ID numbers whole
    // only for Permission::ViewFullIdentity.
    static Status write(Database& db, const QString& path, QDate from, QDate to);
};
