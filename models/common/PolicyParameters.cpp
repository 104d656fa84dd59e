#include "PolicyParameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString FormatName = u"daycaredesk.policy-defaults"_s;
constexpr int FormatVersion = 1;

bool overlaps(const PolicyValue& a, const PolicyValue& b)
{
    const bool aEndsBeforeB = !a.isOpenEnded() && a.validTo < b.validFrom;
    const bool bEndsBeforeA = !b.isOpenEnded() && b.validTo < a.validFrom;
    return !aEndsBeforeB && !bEndsBeforeA;
}

void sortByValidFrom(QList<PolicyValue>& values)
{
    std::sort(values.begin(), values.end(),
              [](const PolicyValue& a, const PolicyValue& b) { return a.validFrom < b.validFrom; });
}

} // namespace

Result<PolicyParameters> PolicyParameters::fromJson(const QByteArray& json)
{
    using R = Result<PolicyParameters>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The policy file is not valid JSON: %1 at character %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName)
        return R::failure(
            tr("The file is not a DaycareDesk policy file (its \"format\" is not \"%1\").").arg(FormatName));
    const int version = root.value(u"version"_s).toInt();
    if (version != FormatVersion)
        return R::failure(tr("The policy file has format version %1; this version of DaycareDesk reads version %2.")
                              .arg(version)
                              .arg(FormatVersion));
    if (!root.value(u"parameters"_s).isArray())
        return R::failure(tr("The policy file has no list of \"parameters\"."));

    PolicyParameters parameters;
    const QJsonArray entries = root.value(u"parameters"_s).toArray();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const int number = int(index + 1);
        if (!entries.at(index).isObject())
            return R::failure(tr("Parameter %1 is not an object.").arg(number));
        const QJsonObject entry = entries.at(index).toObject();
        const QString key = entry.value(u"key"_s).toString();
        const PolicyDefinition* definition = PolicyDefinition::find(key);
        if (!definition)
            return R::failure(tr("Parameter %1: \"%2\" is not a known policy parameter.").arg(number).arg(key));
        const QString where = tr("Parameter %1 (%2)").arg(number).arg(key);

        const QString unitName = entry.value(u"unit"_s).toString();
        if (unitName != PolicyDefinition::unitName(definition->unit()))
            return R::failure(tr("%1: the unit is \"%2\", but this parameter is counted in %3.")
                                  .arg(where, unitName, PolicyDefinition::unitName(definition->unit())));

        // A sentinel no valid value can take tells a fraction or a non-number apart from a real integer.
        constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
        const qint64 amount = entry.value(u"value"_s).toInteger(notInteger);
        if (amount == notInteger)
            return R::failure(tr("%1: \"value\" must be a whole number.").arg(where));

        PolicyValue value {key, {}, {}, amount, {}};
        const Result<Month> validFrom = Month::parse(entry.value(u"valid_from"_s).toString());
        if (!validFrom)
            return R::failure(tr("%1: \"valid_from\": %2").arg(where, validFrom.error()));
        value.validFrom = *validFrom;
        const QJsonValue validToText = entry.value(u"valid_to"_s);
        if (!validToText.isUndefined() && !validToText.isNull()) {
            const Result<Month> validTo = Month::parse(validToText.toString());
            if (!validTo)
                return R::failure(tr("%1: \"valid_to\": %2").arg(where, validTo.error()));
            value.validTo = *validTo;
        }
        const QJsonValue basis = entry.value(u"basis"_s);
        if (!basis.isUndefined() && !basis.isString())
            return R::failure(tr("%1: \"basis\" must be text.").arg(where));
        value.basis = basis.toString();

        const Status valid = parameters.validate(value);
        if (!valid)
            return R::failure(tr("Parameter %1: %2").arg(number).arg(valid.error()));
        // In a file, overlapping periods are a mistake to report rather than a change to apply as set() would.
        QList<PolicyValue>& history = parameters.m_values[key];
        for (const PolicyValue& existing : std::as_const(history)) {
            if (overlaps(existing, value))
                return R::failure(tr("%1: its months overlap the value from %2 of the same parameter.")
                                      .arg(where, existing.validFrom.toString()));
        }
        history.append(value);
        sortByValidFrom(history);
    }
    return parameters;
}

const PolicyParameters& PolicyParameters::defaults()
{
    static const PolicyParameters parameters = [] {
        QFile file(u":/policy/defaults.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The embedded policy defaults are missing from this build");
        Result<PolicyParameters> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("The embedded policy defaults are broken: %s", qUtf8Printable(parsed.error()));
        return std::move(parsed.value());
    }();
    return parameters;
}

Status PolicyParameters::validate(const PolicyValue& value) const
{
    const PolicyDefinition* definition = PolicyDefinition::find(value.key);
    if (!definition)
        return Status::failure(tr("\"%1\" is not a known policy parameter.").arg(value.key));
    const QString label = definition->label();
    if (!value.validFrom.isValid())
        return Status::failure(tr("%1: the month it applies from is missing.").arg(label));
    if (!value.isOpenEnded() && value.validTo < value.validFrom)
        return Status::failure(tr("%1: the last month (%2) is before the first month (%3).")
                                   .arg(label, value.validTo.toString(), value.validFrom.toString()));
    if (value.value < 0)
        return Status::failure(tr("%1: the value cannot be negative.").arg(label));
    if (definition->unit() == PolicyUnit::Percent && value.value > 100)
        return Status::failure(tr("%1: a percentage cannot be more than 100 (given %2).").arg(label).arg(value.value));
    if (definition->unit() == PolicyUnit::Children && value.value < 1)
        return Status::failure(tr("%1: a ratio needs at least one child per caregiver.").arg(label));
    return {};
}

Status PolicyParameters::set(const PolicyValue& value)
{
    const Status valid = validate(value);
    if (!valid)
        return valid;

    const QList<PolicyValue> old = m_values.value(value.key);
    PolicyValue added = value;
    if (added.isOpenEnded()) {
        const auto later = std::find_if(old.cbegin(), old.cend(),
                                        [&](const PolicyValue& v) { return v.validFrom > added.validFrom; });
        if (later != old.cend())
            added.validTo = later->validFrom.previous();
    }

    QList<PolicyValue> history;
    for (const PolicyValue& existing : old) {
        if (!overlaps(existing, added)) {
            history.append(existing);
            continue;
        }
        // Keep whatever part of the existing period lies outside the new one, on either side.
        if (existing.validFrom < added.validFrom) {
            PolicyValue before = existing;
            before.validTo = added.validFrom.previous();
            history.append(before);
        }
        if (!added.isOpenEnded() && (existing.isOpenEnded() || existing.validTo > added.validTo)) {
            PolicyValue after = existing;
            after.validFrom = added.validTo.next();
            history.append(after);
        }
    }
    history.append(added);
    sortByValidFrom(history);
    m_values.insert(value.key, history);
    return {};
}

bool PolicyParameters::remove(const QString& key, Month validFrom)
{
    const auto found = m_values.find(key);
    if (found == m_values.end())
        return false;
    QList<PolicyValue>& history = *found;
    const auto removed
        = std::find_if(history.begin(), history.end(), [&](const PolicyValue& v) { return v.validFrom == validFrom; });
    if (removed == history.end())
        return false;
    if (removed != history.begin()) {
        PolicyValue& before = *(removed - 1);
        if (!before.isOpenEnded() && before.validTo.next() == removed->validFrom)
            before.validTo = removed->validTo;
    }
    history.erase(removed);
    if (history.isEmpty())
        m_values.erase(found);
    return true;
}

std::optional<PolicyValue> PolicyParameters::inForce(const QString& key, Month month) const
{
    const auto found = m_values.constFind(key);
    if (found == m_values.cend() || !month.isValid())
        return std::nullopt;
    for (const PolicyValue& candidate : *found) {
        if (candidate.covers(month))
            return candidate;
    }
    return std::nullopt;
}

std::optional<qint64> PolicyParameters::value(const QString& key, Month month) const
{
    const std::optional<PolicyValue> entry = inForce(key, month);
    if (!entry)
        return std::nullopt;
    return entry->value;
}

qint64 PolicyParameters::valueOr(const QString& key, Month month, qint64 fallback) const
{
    return value(key, month).value_or(fallback);
}

QStringList PolicyParameters::keys() const
{
    QStringList result;
    for (const PolicyDefinition& definition : PolicyDefinition::all()) {
        if (m_values.contains(definition.key()))
            result.append(definition.key());
    }
    return result;
}

PolicyUnit PolicyParameters::unit(const QString& key) const
{
    const PolicyDefinition* definition = PolicyDefinition::find(key);
    return definition ? definition->unit() : PolicyUnit::Fen;
}

QString PolicyParameters::label(const QString& key)
{
    const PolicyDefinition* definition = PolicyDefinition::find(key);
    return definition ? definition->label() : key;
}
