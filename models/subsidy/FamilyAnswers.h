#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Whether a family has applied for the national 育儿补贴. The family claims it, not the institution; the answer is
// kept only so staff can remind families who have not, and "unknown" until someone asks.
enum class ChildcareSubsidyAnswer
{
    Unknown,
    Yes,
    No
};

class ChildcareSubsidyAnswers
{
    Q_DECLARE_TR_FUNCTIONS(ChildcareSubsidyAnswers)

public:
    static QList<ChildcareSubsidyAnswer> all();
    // "yes", "no", "unknown": stored and typed on the command line; the Chinese name is accepted too.
    static QString key(ChildcareSubsidyAnswer answer);
    static std::optional<ChildcareSubsidyAnswer> fromKey(const QString& text);
    static QString chineseName(ChildcareSubsidyAnswer answer);
    static QString label(ChildcareSubsidyAnswer answer);
};
