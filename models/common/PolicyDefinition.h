#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// What a policy parameter's integer value counts.
enum class PolicyUnit
{
    Fen, // money, 1/100 yuan
    Percent, // 0 to 100
    Months,
    Days,
    Children, // a ratio: children per caregiver
    Minutes,
};

// The parameters the application knows: each key's unit and its label in Settings. The code, not the defaults
// file, is the authority here, so a file cannot change what a figure means.
class PolicyDefinition
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDefinition)

public:
    // Every known parameter, in the order Settings lists them (fees, subsidies, then the rest).
    static const QList<PolicyDefinition>& all();
    // Null for an unknown key.
    static const PolicyDefinition* find(const QString& key);

    // The unit's name in files ("fen", "percent", ...), and back; nullopt for an unknown name.
    static QString unitName(PolicyUnit unit);
    static std::optional<PolicyUnit> unitFromName(const QString& name);

    const QString& key() const { return m_key; }
    PolicyUnit unit() const { return m_unit; }
    // Translated.
    QString label() const { return tr(m_labelSource); }

private:
    PolicyDefinition(QString key, PolicyUnit unit, const char* labelSource);

    QString m_key;
    PolicyUnit m_unit;
    const char* m_labelSource;
};
