#include "AttendanceMonthView.h"

#include "AttendanceClasses.h"
#include "AttendanceRegister.h"
#include "StatusKeys.h"
#include "SymptomDialog.h"
#include "attendance/AttendanceStatuses.h"
#include "common/Clock.h"
#include "common/ColourSwatch.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "institution/InstitutionRepository.h"
#include "itemmodels/AttendanceGridModel.h"
#include "print/PrintOutput.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

AttendanceMonthView::AttendanceMonthView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AttendanceGridModel(db, this))
    , m_classes(new QComboBox(this))
    , m_month(makeMonthEdit(Month::of(Clock::today()), u"monthEdit"_s, this))
    , m_view(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"attendanceMonthView"_s);
    m_classes->setObjectName(u"classCombo"_s);
    m_view->setObjectName(u"attendanceGrid"_s);
    m_totals->setObjectName(u"totalsLabel"_s);
    m_totals->setWordWrap(true);

    auto* previous = new QToolButton(this);
    previous->setObjectName(u"previousMonthButton"_s);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    auto* next = new QToolButton(this);
    next->setObjectName(u"nextMonthButton"_s);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    connect(previous, &QToolButton::clicked, this, [this] { setMonth(month().previous()); });
    connect(next, &QToolButton::clicked, this, [this] { setMonth(month().next()); });
    connect(m_month, &QDateEdit::dateChanged, this, &AttendanceMonthView::reload);
    connect(m_classes, &QComboBox::currentIndexChanged, this, &AttendanceMonthView::reload);

    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(u"printButton"_s);
    connect(print, &QPushButton::clicked, this, &AttendanceMonthView::printRegister);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(u"savePdfButton"_s);
    connect(pdf, &QPushButton::clicked, this, &AttendanceMonthView::saveRegister);

    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &AttendanceMonthView::showCellMenu);
    // Narrow day columns, so a month of 23 care days fits a 1366-pixel screen beside the names and totals.
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setMinimumSectionSize(10);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_model, &AttendanceGridModel::loaded, this, &AttendanceMonthView::showTotals);

    QStringList legend;
    for (AttendanceStatus status : AttendanceStatuses::all())
        legend << tr("<b>%1</b> %2 (%3)")
                      .arg(AttendanceStatuses::symbol(status), AttendanceStatuses::label(status),
                           StatusKeys::keysOf(status));
    legend << tr("%1 not recorded yet").arg(colourSwatch(AttendanceGridModel::gapBackground()))
           << tr("%1 not in this class that day").arg(colourSwatch(AttendanceGridModel::notExpectedBackground()));
    auto* legendLabel = new QLabel(legend.join(u"&nbsp;&nbsp;&nbsp; "_s), this);
    legendLabel->setObjectName(u"legendLabel"_s);
    legendLabel->setWordWrap(true);
    legendLabel->setToolTip(tr("Select a day and type its key; a sick day asks for the symptom."));

    auto* classLabel = new QLabel(tr("&Class:"), this);
    classLabel->setBuddy(m_classes);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* top = new QHBoxLayout;
    top->addWidget(classLabel);
    top->addWidget(m_classes);
    top->addSpacing(12);
    top->addWidget(monthLabel);
    top->addWidget(previous);
    top->addWidget(m_month);
    top->addWidget(next);
    top->addStretch();
    top->addWidget(print);
    top->addWidget(pdf);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(legendLabel);
    layout->addWidget(m_message);
    loadClasses();
    reload();
}

Month AttendanceMonthView::month() const
{
    return Month::of(m_month->date());
}

void AttendanceMonthView::setMonth(Month month)
{
    m_month->setDate(month.firstDay());
}

void AttendanceMonthView::showClass(qint64 classId)
{
    loadClasses();
    if (const int index = m_classes->findData(classId); index >= 0)
        m_classes->setCurrentIndex(index);
}

void AttendanceMonthView::showEvent(QShowEvent* event)
{
    // Other pages change classes, placements and records while this one is hidden.
    loadClasses();
    reload();
    QWidget::showEvent(event);
}

void AttendanceMonthView::loadClasses()
{
    showError(m_error, fillAttendanceClasses(m_db, m_classes));
}

void AttendanceMonthView::reload()
{
    m_message->clear();
    if (m_classes->count() == 0) {
        showError(m_error, tr("There is no class whose attendance you keep."));
        return;
    }
    const Status loaded = m_model->load(m_classes->currentData().toLongLong(), month());
    showError(m_error, loaded ? QString() : loaded.error());
}

void AttendanceMonthView::showTotals()
{
    const AttendanceCounts& t = m_model->totals();
    m_totals->setText(tr("Class total: %1 care days, %2 expected, %3 present, %4 sick, %5 personal leave, %6 other, "
                         "%7 not recorded yet. <b>Attendance rate: %8</b>")
                          .arg(m_model->careDayCount())
                          .arg(t.expected)
                          .arg(t.present)
                          .arg(t.sick)
                          .arg(t.personal)
                          .arg(t.other)
                          .arg(t.notRecorded)
                          .arg(t.rate().text()));
}

bool AttendanceMonthView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        if (const std::optional<AttendanceStatus> status = StatusKeys::statusFor(key->key())) {
            recordCurrent(*status);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttendanceMonthView::recordCurrent(AttendanceStatus status)
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_model->isDayColumn(index.column()))
        return;
    QString symptom;
    if (status == AttendanceStatus::Sick && m_model->cell(index).kind != AttendanceCell::Kind::NotExpected) {
        const std::optional<QString> asked = askSymptom(this, m_model->child(index.row()).name);
        if (!asked)
            return;
        symptom = *asked;
    }
    const Status saved = m_model->record(index, status, symptom);
    showError(m_error, saved ? QString() : saved.error());
    if (saved && index.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(index.row() + 1, index.column()));
}

void AttendanceMonthView::showCellMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!m_model->flags(index).testFlag(Qt::ItemIsEditable))
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    for (AttendanceStatus status : AttendanceStatuses::all())
        menu.addAction(u"%1  %2"_s.arg(AttendanceStatuses::symbol(status), AttendanceStatuses::label(status)), this,
                       [this, status] { recordCurrent(status); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QString AttendanceMonthView::registerTitle() const
{
    return tr("Attendance register %1 %2").arg(m_classes->currentText(), month().toString());
}

int AttendanceMonthView::printOn(QPagedPaintDevice& device) const
{
    return AttendanceRegister(*m_model, InstitutionRepository(m_db).printedName(), m_classes->currentText())
        .print(device);
}

void AttendanceMonthView::printRegister()
{
    PrintOutput::preview(this, registerTitle(), [this](QPagedPaintDevice& device) { return printOn(device); });
}

void AttendanceMonthView::saveRegister()
{
    const QString path
        = FileDialog::saveFileName(this, tr("Save the register as PDF"),
                                   QDir::home().filePath(registerTitle() + u".pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> pages
        = PrintOutput::saveAsPdf(path, [this](QPagedPaintDevice& device) { return printOn(device); });
    showError(m_error, pages ? QString() : pages.error());
    if (pages)
        m_message->setText(tr("Saved %n page(s) to %1.", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}
