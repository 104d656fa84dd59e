#include "VisitHistoryView.h"

#include "common/Controls.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/VisitTableModel.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/VisitRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisitHistoryView::VisitHistoryView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new VisitTableModel(this))
    , m_title(new QLabel(this))
    , m_view(makeRecordTable(m_model, u"visitHistoryTable"_s, this))
    , m_remove(makeButton(tr("Re&move visit…"), u"removeVisitButton"_s, this))
{
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitHistoryView::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &VisitHistoryView::removeVisit);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    showHousehold(0);
}

void VisitHistoryView::showHousehold(qint64 householdId)
{
    m_householdId = householdId;
    QList<Visit> visits;
    QHash<qint64, QString> names;
    QString error;
    if (householdId != 0) {
        const Result<Household> household = HouseholdRepository(m_db).load(householdId);
        const Result<QList<Visit>> found = VisitRepository(m_db).ofHousehold(householdId);
        error = !household ? household.error() : !found ? found.error() : QString();
        for (const OutreachChild& child : household.value_or(Household()).children)
            names.insert(child.id, child.name);
        visits = found.value_or(QList<Visit>());
    }
    m_model->setVisits(visits, names);
    m_title->setText(!error.isEmpty()       ? error
                         : householdId == 0 ? tr("Choose a household to see its visits.")
                                            : tr("Visits of the household chosen (%1)").arg(visits.size()));
    m_view->resizeColumnsToContents();
    updateButtons();
}

void VisitHistoryView::updateButtons()
{
    m_remove->setEnabled(m_model->visitAt(m_view->currentIndex().row()) != nullptr
                         && m_view->selectionModel()->hasSelection());
}

void VisitHistoryView::removeVisit()
{
    const Visit* visit = m_model->visitAt(m_view->currentIndex().row());
    if (!visit)
        return;
    const QString question = tr("Remove the visit to %1 on %2? Do this only for a visit recorded by mistake; the "
                                "audit trail keeps what it said.")
                                 .arg(m_model->childName(*visit), visit->visitedOn.toString(Qt::ISODate));
    if (MessageBox::question(this, tr("Remove visit"), question) != QMessageBox::Yes)
        return;
    if (const Status removed = VisitRepository(m_db).remove(visit->id); !removed) {
        MessageBox::critical(this, tr("Remove visit"), removed.error());
        return;
    }
    showHousehold(m_householdId);
    emit visitRemoved();
}
