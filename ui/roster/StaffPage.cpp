#include "StaffPage.h"

#include "StaffDialog.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "common/WarningList.h"
#include "institution/InstitutionRepository.h"
#include "itemmodels/StaffTableModel.h"
#include "print/PrintOutput.h"
#include "roster/ClassRepository.h"
#include "roster/RosterUndo.h"
#include "roster/StaffOverview.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StaffPage::StaffPage(Database& db, QWidget* parent)
    : RosterPage(db, parent)
    , m_model(new StaffTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_rate(new QLabel(this))
    , m_rateIcon(new QLabel(this))
    , m_rateVerdict(new QLabel(this))
    , m_expiringTitle(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_printList(new QPushButton(tr("&Print qualification list…"), this))
    , m_saveList(new QPushButton(tr("Save qualification list as P&DF…"), this))
    , m_expiring(new WarningList(tr("No certificate of anyone in post has expired or is due soon."), this))
    , m_loadError(makeErrorLabel(this))
{
    setObjectName(u"staffPage"_s);
    m_view->setObjectName(u"staffTable"_s);
    setUpRecordTable(m_view, m_proxy, m_model);
    m_view->horizontalHeader()->setSectionResizeMode(StaffTableModel::QualificationsColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffPage::updateButtons);
    m_rate->setObjectName(u"certifiedRateLabel"_s);
    m_rate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rateIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_rateVerdict->setObjectName(u"certifiedVerdictLabel"_s);
    m_expiringTitle->setObjectName(u"expiringTitle"_s);
    m_expiring->setObjectName(u"expiringList"_s);
    m_edit->setObjectName(u"editStaffButton"_s);
    m_expiring->setMaximumHeight(150);

    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addSpacing(12);
    rateRow->addWidget(m_rateIcon);
    rateRow->addWidget(m_rateVerdict);
    rateRow->addStretch();
    m_printList->setObjectName(u"printQualificationsButton"_s);
    m_saveList->setObjectName(u"saveQualificationsButton"_s);
    connect(m_printList, &QPushButton::clicked, this, &StaffPage::printList);
    connect(m_saveList, &QPushButton::clicked, this, &StaffPage::saveList);
    rateRow->addWidget(m_printList);
    rateRow->addWidget(m_saveList);

    auto* buttons = new QHBoxLayout;
    if (m_db.actor().may(Permission::EditRoster)) {
        auto* add = new QPushButton(tr("&Add staff member…"), this);
        add->setObjectName(u"addStaffButton"_s);
        connect(add, &QPushButton::clicked, this, [this] { openDialog({}); });
        connect(m_edit, &QPushButton::clicked, this, [this] {
            if (const StaffRecord* s = selectedStaff())
                openDialog(*s);
        });
        connect(m_view, &QTableView::doubleClicked, m_edit, &QPushButton::click);
        buttons->addWidget(add);
        buttons->addWidget(m_edit);
        buttons->addSpacing(12);
        addUndoButtons(buttons);
        buttons->addStretch();
    } else {
        m_edit->hide();
    }

    QFont bold = m_expiringTitle->font();
    bold.setBold(true);
    m_expiringTitle->setFont(bold);
    m_rate->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(rateRow);
    layout->addLayout(buttons);
    layout->addWidget(m_loadError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_expiringTitle);
    layout->addWidget(m_expiring);
    reload();
}

void StaffPage::reload()
{
    const StaffRecord* selected = selectedStaff();
    const qint64 keep = selected ? selected->id : 0;
    const QDate today = Clock::today();
    StaffRepository repository(m_db);
    const Result<QList<StaffRecord>> staff = repository.staff();
    const QList<QualificationType> types = repository.qualificationTypes().value_or({});
    const Result<PolicyParameters> policy = PolicyRepository(m_db).load();
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : ClassRepository(m_db).classes().value_or({}))
        classNames.insert(c.id, c.name);
    m_model->setStaff(staff.value_or({}), classNames, types, today);
    showError(m_loadError, !staff ? staff.error() : !policy ? policy.error() : QString());
    const bool anyone = staff && !staff->isEmpty();
    for (QPushButton* button : {m_printList, m_saveList}) {
        button->setEnabled(anyone);
        button->setToolTip(anyone ? QString() : tr("No staff recorded yet."));
    }

    const StaffOverview figures
        = StaffOverview::of(staff.value_or({}), types, policy.value_or(PolicyParameters::defaults()), today);
    const CertifiedRate& rate = figures.rate;
    m_rate->setText(tr("Certified caregivers (持证上岗率): %1").arg(rate.text()));
    const bool below = !rate.meetsTarget();
    m_rateIcon->setVisible(below);
    m_rateVerdict->setText(rate.caregivers == 0 ? tr("No caregivers in post.")
                               : below          ? tr("Below the city's target of %1%.").arg(rate.targetPercent)
                                                : tr("Meets the city's target of %1%.").arg(rate.targetPercent));
    m_rateVerdict->setStyleSheet(below ? u"color: #b00020; font-weight: bold;"_s : QString());

    m_expiringTitle->setText(
        tr("Certificates of staff in post expired or due within %n day(s)", nullptr, figures.warnDays));
    QStringList lines;
    for (const ExpiringQualification& q : figures.expiring)
        lines << q.describe();
    m_expiring->setWarnings(lines);
    if (keep != 0)
        selectStaff(keep);
    updateButtons();
}

bool StaffPage::selectStaff(qint64 staffId)
{
    return selectSourceRow(m_view, m_proxy, m_model->rowOf(staffId));
}

const StaffRecord* StaffPage::selectedStaff() const
{
    const int row = selectedSourceRow(m_view, m_proxy);
    return row < 0 ? nullptr : &m_model->staff(row);
}

void StaffPage::updateButtons()
{
    m_edit->setEnabled(selectedStaff() != nullptr);
}

void StaffPage::openDialog(const StaffRecord& record)
{
    StaffDialog dialog(
        m_db, record, [this](const StaffRecord& r) { return save(r); }, this);
    dialog.exec();
}

Status StaffPage::save(const StaffRecord& record)
{
    const QString text
        = record.id == 0 ? tr("Add staff member %1").arg(record.name) : tr("Edit staff member %1").arg(record.name);
    const Result<qint64> done = RosterUndo::save<StaffRepository>(undoStack(), m_db, text, RosterState::Kind::Staff,
                                                                  record, undoFailureHandler());
    if (!done)
        return Status::failure(done.error());
    selectStaff(done.value());
    return {};
}

std::optional<StaffQualificationForm> StaffPage::qualificationForm()
{
    const Result<StaffQualificationList> list = StaffQualificationList::load(m_db, Clock::today());
    if (!list) {
        MessageBox::critical(this, tr("Not printed"), list.error());
        return std::nullopt;
    }
    return StaffQualificationForm(list.value(), InstitutionRepository(m_db).printedName());
}

QString StaffPage::listTitle() const
{
    return tr("Staff qualifications %1").arg(Clock::today().toString(Qt::ISODate));
}

void StaffPage::printList()
{
    if (const std::optional<StaffQualificationForm> form = qualificationForm())
        PrintOutput::preview(this, listTitle(), [&form](QPagedPaintDevice& device) { return form->print(device); });
}

void StaffPage::saveList()
{
    const std::optional<StaffQualificationForm> form = qualificationForm();
    if (!form)
        return;
    PrintOutput::saveAsPdfAsking(this, listTitle(), [&form](QPagedPaintDevice& device) { return form->print(device); });
}
