#include "DuePage.h"

#include "RouteSheetForm.h"
#include "VisitRecording.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/RecordTable.h"
#include "institution/InstitutionRepository.h"
#include "itemmodels/DueTableModel.h"
#include "print/PrintOutput.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

DuePage::DuePage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DueTableModel(this))
    , m_view(makeRecordTable(m_model, u"dueTable"_s, this))
    , m_count(new QLabel(this))
    , m_record(makeButton(tr("&Record visit…"), u"recordVisitButton"_s, this))
{
    setObjectName(u"duePage"_s);
    m_count->setObjectName(u"dueCountLabel"_s);
    m_count->setWordWrap(true);
    auto* print = makeButton(tr("&Print route sheet…"), u"printRouteSheetButton"_s, this);
    auto* save = makeButton(tr("Save route sheet as P&DF…"), u"saveRouteSheetButton"_s, this);
    connect(m_record, &QPushButton::clicked, this, &DuePage::recordVisit);
    connect(print, &QPushButton::clicked, this, &DuePage::printRouteSheet);
    connect(save, &QPushButton::clicked, this, &DuePage::saveRouteSheet);
    connect(m_view, &QTableView::doubleClicked, this, &DuePage::recordVisit);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DuePage::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addStretch();
    buttons->addWidget(print);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    reload();
}

void DuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DuePage::reload()
{
    const QDate today = Clock::today();
    const Result<QList<DueHousehold>> due = OutreachPlan::dueList(m_db, today);
    m_model->setDue(due.value_or({}), today);
    if (!due) {
        m_count->setText(due.error());
    } else {
        const auto flagged
            = std::count_if(due->cbegin(), due->cend(), [](const DueHousehold& d) { return d.longUnvisited; });
        m_count->setText(
            tr("%n household(s) due for a visit on %1", nullptr, int(due->size())).arg(today.toString(Qt::ISODate))
            + (flagged > 0 ? tr("; %n not visited for over three months, in amber.", nullptr, int(flagged)) : tr(".")));
    }
    m_view->resizeColumnsToContents();
    updateButtons();
}

void DuePage::updateButtons()
{
    m_record->setEnabled(m_view->currentIndex().isValid() && m_view->selectionModel()->hasSelection());
}

void DuePage::recordVisit()
{
    const DueHousehold* due = m_model->dueAt(m_view->currentIndex().row());
    if (!due)
        return;
    if (VisitRecording::recordVisit(m_db, due->household.id, this)) {
        reload();
        emit visitRecorded();
    }
}

RouteSheetForm DuePage::routeSheet() const
{
    const InstitutionRepository institution(m_db);
    const QString township = institution.load().value_or({}).value_or(InstitutionProfile()).township;
    return RouteSheetForm(m_model->due(), institution.printedName(), township, Clock::today());
}

void DuePage::printRouteSheet()
{
    const RouteSheetForm form = routeSheet();
    PrintOutput::preview(this, form.title(), [&form](QPagedPaintDevice& device) { return form.print(device); });
}

void DuePage::saveRouteSheet()
{
    const RouteSheetForm form = routeSheet();
    PrintOutput::saveAsPdfAsking(this, form.title(), [&form](QPagedPaintDevice& device) { return form.print(device); });
}
