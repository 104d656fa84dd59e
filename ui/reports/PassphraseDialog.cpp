#include "PassphraseDialog.h"

#include "NewPassphraseFields.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

PassphraseDialog::PassphraseDialog(Fields fields, const QString& title, const QString& intro, Action action,
                                   QWidget* parent)
    : FormDialog(parent)
    , m_action(std::move(action))
{
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(title);
    setIntro(intro);
    if (fields & Current) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(u"passphraseEdit"_s);
        m_current->setEchoMode(QLineEdit::Password);
        form()->addRow(tr("&Passphrase:"), m_current);
    }
    if (fields & New) {
        m_new = std::make_unique<NewPassphraseFields>(this);
        m_new->addTo(form());
    }
    (m_current ? m_current : m_new->firstField())->setFocus();
}

PassphraseDialog::~PassphraseDialog() = default;

Status PassphraseDialog::save()
{
    if (m_current && m_current->text().isEmpty())
        return Status::failure(tr("Type the passphrase of the signing key."));
    if (m_new)
        if (Status fresh = m_new->check(); !fresh)
            return fresh;
    return m_action(m_current ? m_current->text() : QString(), m_new ? m_new->passphrase() : QString());
}
