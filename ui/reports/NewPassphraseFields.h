#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QFormLayout;
class QLineEdit;
class QWidget;

// A new passphrase for the signing key, typed twice ("newPassphraseEdit", "repeatPassphraseEdit"), as two rows of
// a form. check() refuses one that is too short or typed differently, before anything is sealed with it.
class NewPassphraseFields
{
    Q_DECLARE_TR_FUNCTIONS(NewPassphraseFields)

public:
    explicit NewPassphraseFields(QWidget* parent);
    void addTo(QFormLayout* form);

    QString passphrase() const;
    QLineEdit* firstField() const { return m_passphrase; }
    Status check() const;

private:
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
};
