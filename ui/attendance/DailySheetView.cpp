#include "DailySheetView.h"

#include "AttendanceClasses.h"
#include "StatusKeys.h"
#include "SymptomDialog.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/AttendanceStatuses.h"
#include "attendance/OutbreakWatch.h"
#include "common/ChoiceDelegate.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "itemmodels/DailySheetModel.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QList<ChoiceDelegate::Choice> statusChoices()
{
    QList<ChoiceDelegate::Choice> choices;
    for (AttendanceStatus s : AttendanceStatuses::all())
        choices << ChoiceDelegate::Choice {int(s), AttendanceStatuses::label(s)};
    return choices;
}

QList<ChoiceDelegate::Choice> checkChoices()
{
    using C = DailySheetModel::Check;
    return {{int(C::NotDone), DailySheetView::tr("not done")},
            {int(C::Normal), DailySheetView::tr("normal")},
            {int(C::Abnormal), DailySheetView::tr("abnormal")}};
}

// The columns on which a digit sets the status rather than starting to type.
bool isStatusKeyColumn(int column)
{
    return column == DailySheetModel::NameColumn || column == DailySheetModel::CareTypeColumn
        || column == DailySheetModel::StatusColumn;
}

} // namespace

DailySheetView::DailySheetView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DailySheetModel(this))
    , m_classCombo(new QComboBox(this))
    , m_dayEdit(new QDateEdit(this))
    , m_outbreakLabel(new QLabel(this))
    , m_noSheetLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_savedLabel(new QLabel(this))
    , m_allPresentButton(new QPushButton(tr("&All present"), this))
    , m_discardButton(new QPushButton(tr("&Discard changes"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_day(Clock::today())
{
    setObjectName(u"dailySheetView"_s);
    m_classCombo->setObjectName(u"classCombo"_s);
    m_classCombo->setMinimumContentsLength(8);
    m_dayEdit->setObjectName(u"dayEdit"_s);
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(u"yyyy-MM-dd ddd"_s);
    m_dayEdit->setDate(m_day);
    auto* previousDay = new QToolButton(this);
    previousDay->setObjectName(u"previousDayButton"_s);
    previousDay->setArrowType(Qt::LeftArrow);
    previousDay->setToolTip(tr("Previous day"));
    auto* nextDay = new QToolButton(this);
    nextDay->setObjectName(u"nextDayButton"_s);
    nextDay->setArrowType(Qt::RightArrow);
    nextDay->setToolTip(tr("Next day"));
    auto* todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setObjectName(u"todayButton"_s);

    auto* top = new QHBoxLayout;
    auto* classLabel = new QLabel(tr("&Class:"), this);
    classLabel->setBuddy(m_classCombo);
    top->addWidget(classLabel);
    top->addWidget(m_classCombo);
    top->addSpacing(16);
    auto* dayLabel = new QLabel(tr("Da&y:"), this);
    dayLabel->setBuddy(m_dayEdit);
    top->addWidget(dayLabel);
    top->addWidget(previousDay);
    top->addWidget(m_dayEdit);
    top->addWidget(nextDay);
    top->addWidget(todayButton);
    top->addStretch(1);

    m_outbreakLabel->setObjectName(u"outbreakLabel"_s);
    m_outbreakLabel->setWordWrap(true);
    m_outbreakLabel->setTextFormat(Qt::PlainText);
    m_outbreakLabel->setStyleSheet(
        u"QLabel { background: #fde8e8; color: #8a1010; border: 1px solid #d04040; padding: 6px; }"_s);
    m_outbreakLabel->hide();
    m_noSheetLabel->setObjectName(u"noSheetLabel"_s);
    m_noSheetLabel->setWordWrap(true);
    m_noSheetLabel->hide();

    m_table->setObjectName(u"sheetTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegateForColumn(DailySheetModel::StatusColumn, new ChoiceDelegate(statusChoices(), this));
    m_table->setItemDelegateForColumn(DailySheetModel::CheckColumn, new ChoiceDelegate(checkChoices(), this));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->installEventFilter(this);

    QStringList keys;
    for (AttendanceStatus s : AttendanceStatuses::all())
        keys << tr("%1 %2").arg(StatusKeys::keysOf(s), AttendanceStatuses::label(s));
    auto* hint
        = new QLabel(tr("Keys: %1 · arrows move · F2 edits a field · Ctrl+S saves").arg(keys.join(u" · "_s)), this);
    hint->setObjectName(u"keysHint"_s);
    hint->setWordWrap(true);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setWordWrap(true);
    m_allPresentButton->setObjectName(u"allPresentButton"_s);
    m_allPresentButton->setToolTip(tr("Marks present every child not recorded yet; recorded rows stay as they are."));
    m_discardButton->setObjectName(u"discardButton"_s);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_savedLabel, 1);
    bottom->addWidget(m_allPresentButton);
    bottom->addWidget(m_discardButton);
    bottom->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_outbreakLabel);
    layout->addWidget(m_noSheetLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addLayout(bottom);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DailySheetView::save);
    connect(m_saveButton, &QPushButton::clicked, this, &DailySheetView::save);
    connect(m_discardButton, &QPushButton::clicked, this, &DailySheetView::discard);
    connect(m_allPresentButton, &QPushButton::clicked, this, &DailySheetView::markAllPresent);
    connect(m_classCombo, &QComboBox::activated, this, &DailySheetView::chooseClass);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &DailySheetView::chooseDay);
    connect(previousDay, &QToolButton::clicked, this, [this] { m_dayEdit->setDate(m_day.addDays(-1)); });
    connect(nextDay, &QToolButton::clicked, this, [this] { m_dayEdit->setDate(m_day.addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { m_dayEdit->setDate(Clock::today()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DailySheetView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DailySheetView::updateButtons);

    fillClasses();
    loadSheet();
}

void DailySheetView::showEvent(QShowEvent* event)
{
    // Other tabs and pages change the roster and the records while this one is hidden.
    reload();
    QWidget::showEvent(event);
}

void DailySheetView::reload()
{
    fillClasses();
    if (!m_model->hasChanges())
        loadSheet();
    showOutbreaks();
}

void DailySheetView::fillClasses()
{
    // The combo keeps the class shown; at first the user's own class, where a caregiver's morning starts.
    const QString failure = fillAttendanceClasses(m_db, m_classCombo);
    m_classId = m_classCombo->currentData().toLongLong();
    if (!failure.isEmpty())
        m_noSheetLabel->setText(failure);
}

void DailySheetView::loadSheet()
{
    if (m_classId == 0) {
        m_model->setSheet({});
        m_noSheetLabel->setText(tr("There is no class yet: add one on the Classes page."));
        m_noSheetLabel->show();
        m_table->hide();
        return;
    }
    const Result<DailySheet> sheet = DailySheet::load(m_db, m_classId, m_day);
    const bool locked = sheet && !sheet->lockedReason.isEmpty();
    m_model->setEditable(m_db.actor().may(Permission::RecordAttendance) && !locked);
    m_model->setSheet(sheet.value_or(DailySheet {}));
    QString notice = sheet ? sheet->noSheetReason() : sheet.error();
    if (notice.isEmpty() && sheet->children.isEmpty())
        notice = tr("No child is enrolled in this class on this day.");
    // A closed month's sheet stays in view, read-only, with the reason above it.
    m_noSheetLabel->setText(notice.isEmpty() && locked ? sheet->lockedReason : notice);
    m_noSheetLabel->setVisible(!notice.isEmpty() || locked);
    m_table->setVisible(notice.isEmpty());
    m_table->resizeColumnsToContents();
    m_table->setCurrentIndex(m_model->index(0, DailySheetModel::StatusColumn));
    showOutbreaks();
}

void DailySheetView::showOutbreaks()
{
    const Result<QList<OutbreakNotice>> notices = OutbreakWatch::around(m_db, m_day);
    QStringList lines;
    for (const OutbreakNotice& n : notices.value_or(QList<OutbreakNotice> {}))
        lines << tr("⚠ Possible outbreak: %1").arg(n.text);
    if (!lines.isEmpty())
        lines << OutbreakDetector::reportingDuty();
    m_outbreakLabel->setText(lines.join(u'\n'));
    m_outbreakLabel->setVisible(!lines.isEmpty());
}

bool DailySheetView::settleChanges()
{
    if (!m_model->hasChanges())
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved attendance"),
                                             tr("The sheet of %1 has changes that are not saved. Save them?")
                                                 .arg(m_model->sheet().day.toString(Qt::ISODate)),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DailySheetView::showToday(qint64 classId)
{
    if (const int index = m_classCombo->findData(classId); index >= 0) {
        m_classCombo->setCurrentIndex(index);
        chooseClass();
    }
    m_dayEdit->setDate(Clock::today());
}

void DailySheetView::chooseClass()
{
    const qint64 wanted = m_classCombo->currentData().toLongLong();
    if (wanted == m_classId)
        return;
    if (!settleChanges()) {
        const QSignalBlocker block(m_classCombo);
        m_classCombo->setCurrentIndex(m_classCombo->findData(m_classId));
        return;
    }
    m_classId = wanted;
    m_savedLabel->clear();
    loadSheet();
}

void DailySheetView::chooseDay(QDate day)
{
    if (day == m_day)
        return;
    if (!settleChanges()) {
        const QSignalBlocker block(m_dayEdit);
        m_dayEdit->setDate(m_day);
        return;
    }
    m_day = day;
    m_savedLabel->clear();
    loadSheet();
}

bool DailySheetView::eventFilter(QObject* watched, QEvent* event)
{
    // An open editor gets the keys itself; these are the keys pressed on the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const std::optional<AttendanceStatus> status = StatusKeys::statusFor(key->key());
        if (plain && status && isStatusKeyColumn(m_table->currentIndex().column())) {
            setCurrentStatus(*status);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DailySheetView::setCurrentStatus(AttendanceStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()
        || !(m_model->flags(current.siblingAtColumn(DailySheetModel::StatusColumn)) & Qt::ItemIsEditable))
        return;
    const int row = current.row();
    QString symptom;
    if (status == AttendanceStatus::Sick) {
        const std::optional<QString> asked = askSymptom(this, m_model->sheet().children.at(row).name);
        // Back to the sheet for the next key, also where no window manager hands the focus back.
        window()->activateWindow();
        m_table->setFocus();
        if (!asked)
            return;
        symptom = *asked;
    }
    m_model->setStatus(row, status, symptom);
    if (row + 1 < m_model->rowCount())
        m_table->setCurrentIndex(current.sibling(row + 1, current.column()));
}

void DailySheetView::markAllPresent()
{
    const int marked = m_model->markUntouchedPresent();
    m_savedLabel->setText(marked ? tr("%n row(s) marked present; not saved yet.", nullptr, marked)
                                 : tr("Every child already has a status."));
}

bool DailySheetView::save()
{
    if (!m_model->hasChanges()) {
        m_savedLabel->setText(tr("Nothing to save."));
        return true;
    }
    if (const QStringList problems = m_model->problems(); !problems.isEmpty()) {
        MessageBox::critical(this, tr("Attendance not saved"),
                             tr("Nothing was saved. Please correct:\n%1").arg(problems.join(u'\n')));
        return false;
    }
    const QList<AttendanceRecord> records = m_model->changes();
    if (Status s = AttendanceRepository(m_db).save(records); !s) {
        MessageBox::critical(this, tr("Attendance not saved"), tr("Nothing was saved: %1").arg(s.error()));
        return false;
    }
    m_savedLabel->setText(DailySheetModel::savedSummary(records, m_day));
    loadSheet();
    emit saved();
    return true;
}

void DailySheetView::discard()
{
    m_savedLabel->clear();
    loadSheet();
}

void DailySheetView::updateButtons()
{
    const bool editable = m_model->isEditable() && m_model->rowCount() > 0;
    m_allPresentButton->setEnabled(editable);
    m_saveButton->setEnabled(editable);
    m_discardButton->setEnabled(m_model->hasChanges());
}
