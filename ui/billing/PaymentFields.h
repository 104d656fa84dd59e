#pragma once

#include "billing/Payment.h"
#include "common/Result.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QWidget;

// The fields a payment and a refund share: the month, the amount, how the money changed hands and on which day
// (today at most).
namespace PaymentFields {
QComboBox* makeMethodCombo(QWidget* parent);
PaymentMethod method(const QComboBox* combo);
QDateEdit* makeDateEdit(QWidget* parent);
// The month and the amount typed in a form, or why they cannot be read ("Month: …", "Amount: …").
Result<Month> readMonth(const QLineEdit* edit);
Result<Money> readAmount(const QLineEdit* edit);
} // namespace PaymentFields
