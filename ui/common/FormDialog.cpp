#include "FormDialog.h"

#include "ErrorLabel.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FormDialog::FormDialog(QWidget* parent, QDialogButtonBox::StandardButtons buttons)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(buttons, this))
{
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->hide();
    if (QPushButton* ok = okButton())
        ok->setObjectName(u"okButton"_s);
    if (QPushButton* cancel = cancelButton())
        cancel->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void FormDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void FormDialog::fitHeight()
{
    // A window's minimum size ignores the height a wrapped label needs at the window's width; without this a message
    // of two lines squeezes the fields.
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width())));
}

void FormDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void FormDialog::offerLogOutInsteadOfCancel()
{
    m_mustAnswer = true;
    if (QPushButton* cancel = cancelButton()) {
        m_buttons->removeButton(cancel);
        delete cancel;
    }
    QPushButton* logOut = m_buttons->addButton(tr("Log &out"), QDialogButtonBox::DestructiveRole);
    logOut->setObjectName(u"logOutButton"_s);
    // QDialog's own reject(): the override here refuses every other way out.
    connect(logOut, &QPushButton::clicked, this, [this] { QDialog::reject(); });
}

void FormDialog::reject()
{
    if (!m_mustAnswer)
        QDialog::reject();
}

QString FormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormDialog::accept()
{
    showError(m_error, QString());
    // Checking and storing a password takes a noticeable moment (Argon2id is slow on purpose).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = save();
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(m_error, saved.error());
        fitHeight();
        return;
    }
    QDialog::accept();
}
