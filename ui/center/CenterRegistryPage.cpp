#include "CenterRegistryPage.h"

#include "RegisterKeyDialog.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/RecordTable.h"
#include "itemmodels/CenterInstitutionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CenterRegistryPage::CenterRegistryPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CenterInstitutionTableModel(this))
    , m_table(makeRecordTable(m_model, u"institutionTable"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"centerRegistryPage"_s);
    auto* intro = new QLabel(tr("A report is imported only when it is signed with a key registered here. Register "
                                "an institution from the public key file (.jwk) its director exports, after "
                                "comparing the key's fingerprint with her over the phone."),
                             this);
    intro->setWordWrap(true);
    auto* registerButton = makeButton(tr("&Register a key…"), u"registerKeyButton"_s, this);
    connect(registerButton, &QPushButton::clicked, this, &CenterRegistryPage::registerKey);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(registerButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void CenterRegistryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void CenterRegistryPage::reload()
{
    const Result<QList<RegisteredInstitution>> institutions = CenterRegistry::institutions(m_db);
    showError(m_error, institutions ? QString() : institutions.error());
    m_model->setInstitutions(institutions.value_or(QList<RegisteredInstitution>()));
    m_table->resizeColumnsToContents();
}

bool CenterRegistryPage::registerKey()
{
    const std::optional<RegisterKeyDialog::Done> done = RegisterKeyDialog::registerFromFile(m_db, this);
    if (!done)
        return false;
    m_message->setText(done->message);
    reload();
    emit registered();
    return true;
}
