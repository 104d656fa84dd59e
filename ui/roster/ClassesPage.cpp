#include "ClassesPage.h"

#include "ClassDialog.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "common/WarningList.h"
#include "itemmodels/ClassTableModel.h"
#include "roster/ClassRepository.h"
#include "roster/RosterUndo.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ClassesPage::ClassesPage(Database& db, QWidget* parent)
    : RosterPage(db, parent)
    , m_model(new ClassTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_day(new QDateEdit(Clock::today(), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_warnings(new WarningList(tr("No warnings on this day."), this))
    , m_loadError(makeErrorLabel(this))
{
    setObjectName(u"classesPage"_s);
    m_view->setObjectName(u"classesTable"_s);
    setUpRecordTable(m_view, m_proxy, m_model);
    m_view->horizontalHeader()->setSectionResizeMode(ClassTableModel::CaregiverNamesColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClassesPage::updateButtons);
    m_day->setObjectName(u"dayEdit"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    connect(m_day, &QDateEdit::dateChanged, this, &ClassesPage::reload);
    m_warnings->setObjectName(u"classWarningsList"_s);
    m_edit->setObjectName(u"editClassButton"_s);
    m_remove->setObjectName(u"deleteClassButton"_s);
    m_warnings->setMaximumHeight(160);

    auto* buttons = new QHBoxLayout;
    if (m_db.actor().may(Permission::EditRoster)) {
        auto* add = new QPushButton(tr("&Add class…"), this);
        add->setObjectName(u"addClassButton"_s);
        connect(add, &QPushButton::clicked, this, [this] { openDialog({}); });
        connect(m_edit, &QPushButton::clicked, this, [this] {
            if (const ClassStatus* s = selectedClass())
                openDialog(s->record);
        });
        connect(m_view, &QTableView::doubleClicked, m_edit, &QPushButton::click);
        connect(m_remove, &QPushButton::clicked, this, &ClassesPage::removeSelected);
        buttons->addWidget(add);
        buttons->addWidget(m_edit);
        buttons->addWidget(m_remove);
        buttons->addSpacing(12);
        addUndoButtons(buttons);
    } else {
        m_edit->hide();
        m_remove->hide();
    }
    buttons->addStretch();
    auto* dayLabel = new QLabel(tr("D&ay:"), this);
    dayLabel->setBuddy(m_day);
    buttons->addWidget(dayLabel);
    buttons->addWidget(m_day);

    auto* warningsTitle = new QLabel(tr("Warnings"), this);
    QFont bold = warningsTitle->font();
    bold.setBold(true);
    warningsTitle->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_loadError);
    layout->addWidget(m_view, 1);
    layout->addWidget(warningsTitle);
    layout->addWidget(m_warnings);
    reload();
}

void ClassesPage::reload()
{
    const ClassStatus* selected = selectedClass();
    const qint64 keep = selected ? selected->record.id : 0;
    const Result<QList<ClassStatus>> classes = ClassOverview::load(m_db, m_day->date());
    m_model->setClasses(classes.value_or({}));
    showError(m_loadError, classes ? QString() : classes.error());
    QStringList warnings;
    for (const ClassStatus& s : m_model->classes())
        for (const ClassWarning& w : s.warnings)
            warnings << w.text;
    m_warnings->setWarnings(warnings);
    if (keep != 0)
        selectClass(keep);
    updateButtons();
}

bool ClassesPage::selectClass(qint64 classId)
{
    return selectSourceRow(m_view, m_proxy, m_model->rowOf(classId));
}

const ClassStatus* ClassesPage::selectedClass() const
{
    const int row = selectedSourceRow(m_view, m_proxy);
    return row < 0 ? nullptr : &m_model->status(row);
}

void ClassesPage::updateButtons()
{
    const ClassStatus* s = selectedClass();
    m_edit->setEnabled(s != nullptr);
    m_remove->setEnabled(s != nullptr && !s->hasHistory);
    m_remove->setToolTip(s && s->hasHistory ? tr("Children have been placed in this class; it keeps its history.")
                                            : QString());
}

void ClassesPage::openDialog(const ClassRecord& record)
{
    ClassDialog dialog(
        m_db, record, [this](const ClassRecord& r) { return save(r); }, this);
    dialog.exec();
}

Status ClassesPage::save(const ClassRecord& record)
{
    const QString text = record.id == 0 ? tr("Add class %1").arg(record.name.trimmed())
                                        : tr("Edit class %1").arg(record.name.trimmed());
    const Result<qint64> done = RosterUndo::save<ClassRepository>(undoStack(), m_db, text, RosterState::Kind::Class,
                                                                  record, undoFailureHandler());
    if (!done)
        return Status::failure(done.error());
    selectClass(done.value());
    return {};
}

void ClassesPage::removeSelected()
{
    const ClassStatus* s = selectedClass();
    if (!s)
        return;
    const ClassRecord record = s->record;
    if (MessageBox::question(this, tr("Delete class"), tr("Delete the class %1?").arg(record.name)) != QMessageBox::Yes)
        return;
    const Status removed = RosterUndo::remove(undoStack(), m_db, tr("Delete class %1").arg(record.name),
                                              RosterState::Kind::Class, record.id, undoFailureHandler());
    if (!removed)
        MessageBox::critical(this, tr("Delete class"), removed.error());
}
