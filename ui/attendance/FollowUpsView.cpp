#include "FollowUpsView.h"

#include "CloseFollowUpDialog.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/FollowUpTableModel.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FollowUpsView::FollowUpsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new FollowUpTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(tr("No sick absence is waiting for a follow-up."), this))
    , m_contactButton(new QPushButton(tr("Record &contact…"), this))
    , m_closeButton(new QPushButton(tr("C&lose with outcome…"), this))
{
    setObjectName(u"followUpsView"_s);
    m_table->setObjectName(u"followUpTable"_s);
    setUpRecordTable(m_table, m_proxy, m_model);
    m_emptyLabel->setObjectName(u"noFollowUpsLabel"_s);
    m_contactButton->setObjectName(u"recordContactButton"_s);
    m_closeButton->setObjectName(u"closeFollowUpButton"_s);

    auto* intro = new QLabel(tr("Each sick absence is followed up (因病缺勤追踪): call the family, note what they "
                                "say, and close it with the outcome once the child is back."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_contactButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_contactButton, &QPushButton::clicked, this, &FollowUpsView::recordContact);
    connect(m_closeButton, &QPushButton::clicked, this, &FollowUpsView::closeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &FollowUpsView::recordContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpsView::updateButtons);
    reload();
}

void FollowUpsView::showEvent(QShowEvent* event)
{
    // Other tabs and pages change the roster and the records while this one is hidden.
    reload();
    QWidget::showEvent(event);
}

void FollowUpsView::reload()
{
    if (!m_db.actor().may(Permission::RecordAttendance)) {
        m_emptyLabel->setText(tr("Follow-ups are kept by the director and the caregivers."));
        m_table->hide();
        updateButtons();
        return;
    }
    const Result<QList<SickFollowUp>> open = FollowUpRepository(m_db).openFollowUps();
    m_model->setFollowUps(open.value_or(QList<SickFollowUp> {}));
    if (!open)
        m_emptyLabel->setText(open.error());
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
    updateButtons();
    emit countChanged(m_model->rowCount());
}

int FollowUpsView::openCount() const
{
    return m_model->rowCount();
}

void FollowUpsView::recordContact()
{
    const int row = selectedSourceRow(m_table, m_proxy);
    if (row < 0)
        return;
    const SickFollowUp& f = m_model->followUp(row);
    QInputDialog dialog(this);
    dialog.setObjectName(u"contactDialog"_s);
    dialog.setWindowTitle(tr("Contact with the family"));
    dialog.setLabelText(tr("What did the family of %1 say?").arg(f.childName));
    dialog.setTextValue(f.lastContact);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = FollowUpRepository(m_db).recordContact(f.id, dialog.textValue()); !s) {
        MessageBox::critical(this, tr("Contact not recorded"), s.error());
        return;
    }
    reload();
    selectSourceRow(m_table, m_proxy, row);
}

void FollowUpsView::closeSelected()
{
    const int row = selectedSourceRow(m_table, m_proxy);
    if (row < 0)
        return;
    CloseFollowUpDialog dialog(m_db, m_model->followUp(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FollowUpsView::updateButtons()
{
    const bool selected = selectedSourceRow(m_table, m_proxy) >= 0;
    m_contactButton->setEnabled(selected);
    m_closeButton->setEnabled(selected);
}
