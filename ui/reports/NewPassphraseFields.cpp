#include "NewPassphraseFields.h"

#include "reports/InstitutionKeys.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

NewPassphraseFields::NewPassphraseFields(QWidget* parent)
    : m_passphrase(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    m_passphrase->setObjectName(u"newPassphraseEdit"_s);
    m_repeat->setObjectName(u"repeatPassphraseEdit"_s);
    for (QLineEdit* edit : {m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
}

void NewPassphraseFields::addTo(QFormLayout* form)
{
    form->addRow(tr("N&ew passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat new passphrase:"), m_repeat);
}

QString NewPassphraseFields::passphrase() const
{
    return m_passphrase->text();
}

Status NewPassphraseFields::check() const
{
    if (Status length = InstitutionKeys::checkNewPassphrase(m_passphrase->text()); !length)
        return length;
    if (m_passphrase->text() != m_repeat->text())
        return Status::failure(tr("The new passphrase and its repetition differ; type them again."));
    return {};
}
