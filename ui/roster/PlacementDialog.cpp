#include "PlacementDialog.h"

#include "PlacementFields.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

PlacementDialog::PlacementDialog(Database& db, QUndoStack& undo, RosterUndo::FailureHandler onUndoFailure,
                                 Change change, const ChildListEntry& child, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_onUndoFailure(std::move(onUndoFailure))
    , m_change(change)
    , m_child(child)
    , m_date(new QDateEdit(Clock::today(), this))
    , m_class(new QComboBox(this))
    , m_careType(new QComboBox(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(u"placementDialog"_s);
    m_date->setObjectName(u"effectiveDateEdit"_s);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    m_class->setObjectName(u"classCombo"_s);
    PlacementFields::fillClasses(m_class, db);
    m_class->setCurrentIndex(std::max(0, m_class->findData(child.classId)));
    m_careType->setObjectName(u"careTypeCombo"_s);
    PlacementFields::fillCareTypes(m_careType);
    m_careType->setCurrentIndex(std::max(0, m_careType->findData(int(child.careType.value_or(CareType::FullDay)))));

    m_warnings->setObjectName(u"placementWarningsLabel"_s);
    m_warnings->setWordWrap(true);
    if (change == Change::Enrol || change == Change::MoveClass) {
        connect(m_date, &QDateEdit::dateChanged, this, &PlacementDialog::showWarnings);
        connect(m_class, &QComboBox::currentIndexChanged, this, &PlacementDialog::showWarnings);
    }

    switch (change) {
    case Change::Enrol:
        setWindowTitle(tr("Enrol %1").arg(child.name));
        setIntro(tr("%1 leaves the waiting list and starts care on the day below.").arg(child.name));
        form()->addRow(tr("First &day in care:"), m_date);
        form()->addRow(tr("C&lass:"), m_class);
        form()->addRow(tr("Care &type:"), m_careType);
        break;
    case Change::MoveClass:
        setWindowTitle(tr("Move %1 to another class").arg(child.name));
        setIntro(tr("From the day below %1 is in the new class; the days before stay billed and claimed in %2.")
                     .arg(child.name, child.className));
        form()->addRow(tr("First &day in the new class:"), m_date);
        form()->addRow(tr("New c&lass:"), m_class);
        break;
    case Change::ChangeCareType:
        setWindowTitle(tr("Change the care type of %1").arg(child.name));
        setIntro(tr("From the day below the new care type applies; earlier days keep the old one."));
        form()->addRow(tr("First &day of the new care type:"), m_date);
        form()->addRow(tr("New care &type:"), m_careType);
        break;
    case Change::Withdraw:
        setWindowTitle(tr("%1 leaves care").arg(child.name));
        setIntro(tr("The date is %1's last day in care. The records up to that day are kept.").arg(child.name));
        form()->addRow(tr("&Last day in care:"), m_date);
        break;
    }
    form()->addRow(m_warnings);
    showWarnings();
}

void PlacementDialog::showWarnings()
{
    if (m_change != Change::Enrol && m_change != Change::MoveClass)
        return;
    const Result<QList<ClassWarning>> warnings = ClassOverview::placementWarnings(
        m_db, m_child.birthDate, m_class->currentData().toLongLong(), m_date->date(), m_child.id);
    PlacementFields::showWarnings(m_warnings, warnings.value_or({}));
}

Result<qint64> PlacementDialog::apply()
{
    ChildRepository children(m_db);
    const qint64 id = m_child.id;
    const QDate day = m_date->date();
    Status done;
    switch (m_change) {
    case Change::Enrol:
        done = children.enrol(
            id, {m_class->currentData().toLongLong(), CareType(m_careType->currentData().toInt()), day, {}});
        break;
    case Change::MoveClass:
        done = children.changePlacement(id, day, m_class->currentData().toLongLong(), std::nullopt);
        break;
    case Change::ChangeCareType:
        done = children.changePlacement(id, day, std::nullopt, CareType(m_careType->currentData().toInt()));
        break;
    case Change::Withdraw:
        done = children.withdraw(id, day);
        break;
    }
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Status PlacementDialog::save()
{
    const Result<qint64> done = RosterUndo::perform(
        m_undo, m_db, windowTitle(), RosterState::Kind::Child, m_child.id, [this] { return apply(); }, m_onUndoFailure);
    return done ? Status() : Status::failure(done.error());
}
