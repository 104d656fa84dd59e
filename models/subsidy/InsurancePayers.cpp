#include "InsurancePolicy.h"
#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<InsurancePayer>>& payerNames()
{
    using P = InsurancePayer;
    static const QList<EnumName<P>> names = {
        {P::City, u"city"_s, u"市级财政"_s},
        {P::Family, u"family"_s, u"家庭"_s},
        {P::Institution, u"institution"_s, u"机构"_s},
        {P::Other, u"other"_s, u"其他"_s},
    };
    return names;
}

} // namespace

QList<InsurancePayer> InsurancePayers::all()
{
    return enumValues(payerNames());
}

QString InsurancePayers::key(InsurancePayer payer)
{
    return enumKey(payerNames(), payer);
}

std::optional<InsurancePayer> InsurancePayers::fromKey(const QString& text)
{
    return enumFromKey(payerNames(), text);
}

QString InsurancePayers::chineseName(InsurancePayer payer)
{
    return enumChinese(payerNames(), payer);
}

QString InsurancePayers::label(InsurancePayer payer)
{
    switch (payer) {
    case InsurancePayer::City:
        return tr("City budget");
    case InsurancePayer::Family:
        return tr("Family");
    case InsurancePayer::Institution:
        return tr("Institution");
    case InsurancePayer::Other:
        return tr("Other");
    }
    return {};
}
