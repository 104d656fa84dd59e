#pragma once

#include "common/Money.h"
#include "common/Month.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

enum class PaymentMethod
{
    Cash, // 现金
    WeChat, // 微信
    Alipay, // 支付宝
    Bank, // 银行转账
    Other, // 其他
};

class PaymentMethods
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethods)

public:
    static QList<PaymentMethod> all();
    // "wechat": stored and typed on the command line; the Chinese name is accepted too.
    static QString key(PaymentMethod method);
    static std::optional<PaymentMethod> fromKey(const QString& text);
    static QString chineseName(PaymentMethod method);
    static QString label(PaymentMethod method);
};

// Money received for (or, negative, refunded on) one child's bill of one month.
struct Payment
{
    qint64 id = 0;
    qint64 childId = 0;
    QString childName;
    Month month;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn;
    QString payer;
    QString reference;
    QString receiptNumber; // empty for a refund paid out
    bool voided = false;
};

// What a payer hands over at once for a child: the same amount for each of `months` months from firstMonth,
// several months being a prepayment. One receipt covers it all.
struct PaymentRequest
{
    qint64 childId = 0;
    Month firstMonth;
    int months = 1;
    Money amountPerMonth;
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn;
    QString payer;
    QString reference;
};

// A refund paid out to a family: money paid for a month beyond what its bill asks.
struct RefundRequest
{
    qint64 childId = 0;
    Month month;
    Money amount; // positive: what goes back
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn;
    QString reason;
};
