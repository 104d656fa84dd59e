#pragma once

#include "common/FormDialog.h"

#include <functional>
#include <memory>

class NewPassphraseFields;

class QLineEdit;

// Asks for the passphrase of the institution's signing key before the key is used or changed: the passphrase in use
// ("passphraseEdit"), a new one typed twice ("newPassphraseEdit", "repeatPassphraseEdit"), or both. OK runs the
// action with what was typed; when it fails (a wrong passphrase, a passphrase too short) the dialog stays open with
// the reason.
class PassphraseDialog : public FormDialog
{
    Q_OBJECT

public:
    enum Field
    {
        Current = 0x1,
        New = 0x2
    };
    Q_DECLARE_FLAGS(Fields, Field)
    using Action = std::function<Status(const QString& current, const QString& fresh)>;

    PassphraseDialog(Fields fields, const QString& title, const QString& intro, Action action,
                     QWidget* parent = nullptr);
    ~PassphraseDialog() override;

protected:
    Status save() override;

private:
    Action m_action;
    QLineEdit* m_current = nullptr;
    std::unique_ptr<NewPassphraseFields> m_new;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PassphraseDialog::Fields)
