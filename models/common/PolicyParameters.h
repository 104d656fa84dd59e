#pragma once

#include "Month.h"
#include "PolicyDefinition.h"
#include "PolicyValue.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The figures that provinces and cities set by document and change over time: prices, reductions, refunds,
// subsidies, limits. Each parameter keeps a history of dated values so that a month is always computed with the
// values in force in that month, also when it is recomputed after a change.
class PolicyParameters
{
    Q_DECLARE_TR_FUNCTIONS(PolicyParameters)

public:
    PolicyParameters() = default;

    // Reads the "daycaredesk.policy-defaults" format of resources/policy/defaults.json. A failure names the
    // parameter entry and what is wrong with it.
    static Result<PolicyParameters> fromJson(const QByteArray& json);
    // The defaults embedded in the application, parsed once.
    static const PolicyParameters& defaults();

    // Refuses an unknown key, a missing first month, a last month before the first, a negative value, a percentage
    // over 100 and a ratio under one child per caregiver.
    Status validate(const PolicyValue& value) const;
    // Records a value after validate(). The months it covers are taken from the values already there: an
    // open-ended value in force before validFrom now ends the month before, a value starting at validFrom is
    // replaced. An open-ended new value runs until the next value already recorded after it starts, so inserting
    // a correction never erases a later change.
    Status set(const PolicyValue& value);
    // Removes the value that starts at validFrom; the value just before it, if adjoining, takes over its months.
    // False when there is no such value.
    bool remove(const QString& key, Month validFrom);

    // The value in force in month; none before the earliest recorded month or in a gap.
    std::optional<qint64> value(const QString& key, Month month) const;
    qint64 valueOr(const QString& key, Month month, qint64 fallback) const;
    // The whole entry in force in month, for showing its legal basis beside a figure.
    std::optional<PolicyValue> inForce(const QString& key, Month month) const;
    // Sorted by validFrom; the periods never overlap.
    QList<PolicyValue> history(const QString& key) const { return m_values.value(key); }
    // The keys with at least one value, in the order of PolicyDefinition::all().
    QStringList keys() const;

    // Fen for an unknown key, which validate() refuses anyway.
    PolicyUnit unit(const QString& key) const;
    // Translated; the key itself for an unknown key.
    static QString label(const QString& key);

private:
    QMap<QString, QList<PolicyValue>> m_values;
};
