#include "HouseholdsPage.h"

#include "HouseholdDialog.h"
#include "VisitHistoryView.h"
#include "VisitRecording.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/HouseholdTableModel.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/OutreachPlan.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HouseholdsPage::HouseholdsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new HouseholdTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_edit(makeButton(tr("&Edit household…"), u"editHouseholdButton"_s, this))
    , m_record(makeButton(tr("&Record visit…"), u"recordVisitButton"_s, this))
    , m_history(new VisitHistoryView(db, this))
{
    setObjectName(u"householdsPage"_s);
    m_model->setWholeNumbersVisible(db.actor().may(Permission::ViewFullIdentity));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"householdTable"_s);
    setUpRecordTable(m_view, m_proxy, m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_search->setObjectName(u"householdSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search by village, address, guardian or child"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HouseholdsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &HouseholdsPage::editHousehold);

    auto* add = makeButton(tr("&Add household…"), u"addHouseholdButton"_s, this);
    connect(add, &QPushButton::clicked, this, &HouseholdsPage::addHousehold);
    connect(m_edit, &QPushButton::clicked, this, &HouseholdsPage::editHousehold);
    connect(m_record, &QPushButton::clicked, this, &HouseholdsPage::recordVisit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_record);
    connect(m_history, &VisitHistoryView::visitRemoved, this, [this] {
        reload();
        emit visitsChanged();
    });
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    reload();
}

void HouseholdsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void HouseholdsPage::reload()
{
    const qint64 selected = selectedId();
    const Result<QList<Household>> households = HouseholdRepository(m_db).all();
    if (!households)
        MessageBox::critical(this, tr("Households"), households.error());
    m_model->setHouseholds(households.value_or({}), OutreachPlan::lastVisits(m_db).value_or({}), Clock::today());
    selectHousehold(selected);
    updateButtons();
}

qint64 HouseholdsPage::selectedId() const
{
    const Household* h = m_model->householdAt(selectedSourceRow(m_view, m_proxy));
    return h ? h->id : 0;
}

void HouseholdsPage::selectHousehold(qint64 id)
{
    selectSourceRow(m_view, m_proxy, m_model->rowOf(id));
}

void HouseholdsPage::updateButtons()
{
    const qint64 chosen = selectedId();
    m_edit->setEnabled(chosen != 0);
    m_record->setEnabled(chosen != 0);
    m_history->showHousehold(chosen);
}

void HouseholdsPage::addHousehold()
{
    HouseholdDialog dialog(m_db, Household {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectHousehold(dialog.householdId());
}

void HouseholdsPage::editHousehold()
{
    const Household* h = m_model->householdAt(selectedSourceRow(m_view, m_proxy));
    if (!h)
        return;
    HouseholdDialog dialog(m_db, *h, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void HouseholdsPage::recordVisit()
{
    if (const qint64 id = selectedId(); id != 0 && VisitRecording::recordVisit(m_db, id, this)) {
        reload();
        emit visitsChanged();
    }
}
