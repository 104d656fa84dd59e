#include "Payment.h"
#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<PaymentMethod>>& methodNames()
{
    using M = PaymentMethod;
    static const QList<EnumName<M>> names = {
        {M::Cash, u"cash"_s, u"现金"_s},     {M::WeChat, u"wechat"_s, u"微信"_s}, {M::Alipay, u"alipay"_s, u"支付宝"_s},
        {M::Bank, u"bank"_s, u"银行转账"_s}, {M::Other, u"other"_s, u"其他"_s},
    };
    return names;
}

} // namespace

QList<PaymentMethod> PaymentMethods::all()
{
    QList<PaymentMethod> methods;
    for (const EnumName<PaymentMethod>& n : methodNames())
        methods << n.value;
    return methods;
}

QString PaymentMethods::key(PaymentMethod method)
{
    return enumKey(methodNames(), method);
}

std::optional<PaymentMethod> PaymentMethods::fromKey(const QString& text)
{
    return enumFromKey(methodNames(), text);
}

QString PaymentMethods::chineseName(PaymentMethod method)
{
    return enumChinese(methodNames(), method);
}

QString PaymentMethods::label(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::WeChat:
        return tr("WeChat Pay");
    case PaymentMethod::Alipay:
        return tr("Alipay");
    case PaymentMethod::Bank:
        return tr("Bank transfer");
    case PaymentMethod::Other:
        return tr("Other");
    }
    return {};
}
