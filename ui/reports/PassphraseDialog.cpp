#include "PassphraseDialog.h"

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
    if (fields & Current)
        m_current = addField(tr("&Passphrase:"), u"passphraseEdit"_s);
    if (fields & New) {
        m_new = addField(tr("&New passphrase:"), u"newPassphraseEdit"_s);
        m_repeat = addField(tr("&Repeat new passphrase:"), u"repeatPassphraseEdit"_s);
    }
    (m_current ? m_current : m_new)->setFocus();
}

QLineEdit* PassphraseDialog::addField(const QString& label, const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    form()->addRow(label, edit);
    return edit;
}

Status PassphraseDialog::save()
{
    if (m_current && m_current->text().isEmpty())
        return Status::failure(tr("Type the passphrase of the signing key."));
    if (m_new && m_new->text() != m_repeat->text())
        return Status::failure(tr("The new passphrase and its repetition differ; type them again."));
    return m_action(m_current ? m_current->text() : QString(), m_new ? m_new->text() : QString());
}
