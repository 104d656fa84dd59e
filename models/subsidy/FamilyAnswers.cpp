#include "FamilyAnswers.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<ChildcareSubsidyAnswer>>& answerNames()
{
    using A = ChildcareSubsidyAnswer;
    static const QList<EnumName<A>> names = {
        {A::Unknown, u"unknown"_s, u"未知"_s},
        {A::Yes, u"yes"_s, u"已申领"_s},
        {A::No, u"no"_s, u"未申领"_s},
    };
    return names;
}

} // namespace

QList<ChildcareSubsidyAnswer> ChildcareSubsidyAnswers::all()
{
    return enumValues(answerNames());
}

QString ChildcareSubsidyAnswers::key(ChildcareSubsidyAnswer answer)
{
    return enumKey(answerNames(), answer);
}

std::optional<ChildcareSubsidyAnswer> ChildcareSubsidyAnswers::fromKey(const QString& text)
{
    return enumFromKey(answerNames(), text);
}

QString ChildcareSubsidyAnswers::chineseName(ChildcareSubsidyAnswer answer)
{
    return enumChinese(answerNames(), answer);
}

QString ChildcareSubsidyAnswers::label(ChildcareSubsidyAnswer answer)
{
    switch (answer) {
    case ChildcareSubsidyAnswer::Unknown:
        return tr("Not asked yet");
    case ChildcareSubsidyAnswer::Yes:
        return tr("Applied");
    case ChildcareSubsidyAnswer::No:
        return tr("Not applied");
    }
    return {};
}
