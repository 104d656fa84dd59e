#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QFormLayout;
class QLineEdit;
class QWidget;

// A new password typed twice, as two rows of a form ("passwordEdit", "repeatPasswordEdit"). check() applies the
// domain's rule for a new password and that both agree, before anything is stored.
class NewPasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(NewPasswordFields)

public:
    explicit NewPasswordFields(QWidget* parent);
    // Puts the two fields into a form, under the given labels.
    void addTo(QFormLayout* form, const QString& label, const QString& repeatLabel);

    QString password() const;
    // The first problem found, or success.
    Status check() const;

private:
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};
