#pragma once

#include "billing/Payment.h"

class QComboBox;
class QDateEdit;
class QWidget;

// The fields a payment and a refund share: how the money changed hands and on which day (today at most).
namespace PaymentFields {
QComboBox* makeMethodCombo(QWidget* parent);
PaymentMethod method(const QComboBox* combo);
QDateEdit* makeDateEdit(QWidget* parent);
} // namespace PaymentFields
