#include "ChildrenPage.h"

#include "ChildDialog.h"
#include "PlacementDialog.h"
#include "PlacementFields.h"
#include "RosterImportDialog.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "institution/InstitutionRepository.h"
#include "itemmodels/ChildFilterModel.h"
#include "itemmodels/ChildTableModel.h"
#include "print/PrintOutput.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/RosterExport.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChildrenPage::ChildrenPage(Database& db, QWidget* parent)
    : RosterPage(db, parent)
    , m_canEdit(db.actor().may(Permission::EditRoster))
    , m_model(new ChildTableModel(this))
    , m_proxy(new ChildFilterModel(m_model, this))
    , m_search(new QLineEdit(this))
    , m_classFilter(new QComboBox(this))
    , m_careFilter(new QComboBox(this))
    , m_standingFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_reveal(new QPushButton(tr("Show &whole ID and phone numbers"), this))
    , m_printCard(new QPushButton(tr("&Print record card…"), this))
    , m_saveCard(new QPushButton(tr("Save record card as P&DF…"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"childrenPage"_s);
    m_model->setWholeNumbersVisible(db.actor().may(Permission::ViewFullIdentity));
    m_view->setObjectName(u"childrenTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChildTableModel::ClassColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Column widths from the first rows only: measuring every row of a large roster slows the page down.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChildrenPage::updateButtons);
    if (m_canEdit)
        connect(m_view, &QTableView::doubleClicked, this, &ChildrenPage::editChild);

    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setVisible(m_db.actor().may(Permission::ViewFullIdentity));
    connect(m_reveal, &QPushButton::clicked, this, &ChildrenPage::revealSelected);
    m_count->setObjectName(u"childCountLabel"_s);
    m_printCard->setObjectName(u"printCardButton"_s);
    m_saveCard->setObjectName(u"saveCardButton"_s);
    connect(m_printCard, &QPushButton::clicked, this, &ChildrenPage::printCard);
    connect(m_saveCard, &QPushButton::clicked, this, &ChildrenPage::saveCard);

    auto* foot = new QHBoxLayout;
    foot->addWidget(m_count, 1);
    foot->addWidget(m_printCard);
    foot->addWidget(m_saveCard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeFilters());
    if (m_canEdit)
        layout->addWidget(makeButtons());
    layout->addWidget(m_view, 1);
    layout->addLayout(foot);
    reload();
}

QWidget* ChildrenPage::makeFilters()
{
    auto* bar = new QWidget(this);
    m_search->setObjectName(u"childSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search by name, ID number, guardian or phone"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ChildrenPage::applyFilters);

    m_classFilter->setObjectName(u"classFilter"_s);
    m_careFilter->setObjectName(u"careTypeFilter"_s);
    m_careFilter->addItem(tr("All care types"), -1);
    PlacementFields::fillCareTypes(m_careFilter);
    m_standingFilter->setObjectName(u"standingFilter"_s);
    m_standingFilter->addItem(tr("Enrolled"), int(ChildTableModel::Standing::Enrolled));
    m_standingFilter->addItem(tr("Left care"), int(ChildTableModel::Standing::Withdrawn));
    m_standingFilter->addItem(tr("Waiting list"), int(ChildTableModel::Standing::Waiting));
    m_standingFilter->addItem(tr("All children"), -1);
    for (QComboBox* combo : {m_classFilter, m_careFilter, m_standingFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChildrenPage::applyFilters);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_classFilter);
    row->addWidget(m_careFilter);
    row->addWidget(m_standingFilter);
    row->addWidget(m_reveal);
    return bar;
}

QWidget* ChildrenPage::makeButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString& name, const QString& text, auto slot) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    QPushButton* add = button(u"addChildButton"_s, tr("&Add child…"), &ChildrenPage::addChild);
    add->setShortcut(QKeySequence::New);
    m_edit = button(u"editChildButton"_s, tr("&Edit…"), &ChildrenPage::editChild);
    m_enrol = button(u"enrolButton"_s, tr("E&nrol…"), [this] { changePlacement(int(PlacementDialog::Change::Enrol)); });
    m_move = button(u"moveClassButton"_s, tr("&Move class…"),
                    [this] { changePlacement(int(PlacementDialog::Change::MoveClass)); });
    m_careType = button(u"careTypeButton"_s, tr("Change care &type…"),
                        [this] { changePlacement(int(PlacementDialog::Change::ChangeCareType)); });
    m_withdraw = button(u"withdrawButton"_s, tr("&Leaves care…"),
                        [this] { changePlacement(int(PlacementDialog::Change::Withdraw)); });
    m_remove = button(u"removeChildButton"_s, tr("Remo&ve"), &ChildrenPage::removeChild);
    row->addStretch();
    button(u"importRosterButton"_s, tr("&Import…"), &ChildrenPage::importRoster);
    button(u"exportRosterButton"_s, tr("E&xport…"), &ChildrenPage::exportRoster);
    addUndoButtons(row);
    return bar;
}

void ChildrenPage::reloadClasses()
{
    const QVariant current = m_classFilter->currentData();
    const QSignalBlocker quiet(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), 0);
    if (const Result<QList<ClassRecord>> classes = ClassRepository(m_db).classes(); classes)
        for (const ClassRecord& c : classes.value())
            m_classFilter->addItem(c.name, c.id);
    m_classFilter->setCurrentIndex(std::max(0, m_classFilter->findData(current)));
}

void ChildrenPage::reload()
{
    const qint64 selectedId = selected() ? selected()->id : 0;
    reloadClasses();
    const QDate today = Clock::today();
    const auto entries = ChildListing::load(m_db, today);
    m_model->setEntries(entries ? entries.value() : QList<ChildListEntry>(), today);
    applyFilters();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id == selectedId)
            m_view->selectRow(row);
    }
    if (!entries)
        m_count->setText(entries.error());
}

void ChildrenPage::showClass(qint64 classId)
{
    reloadClasses();
    m_search->clear();
    m_careFilter->setCurrentIndex(0);
    m_classFilter->setCurrentIndex(std::max(0, m_classFilter->findData(classId)));
    applyFilters();
}

void ChildrenPage::applyFilters()
{
    m_proxy->setSearch(m_search->text());
    m_proxy->setClassId(m_classFilter->currentData().toLongLong());
    const int care = m_careFilter->currentData().toInt();
    m_proxy->setCareType(care < 0 ? std::nullopt : std::optional<CareType>(CareType(care)));
    const int standing = m_standingFilter->currentData().toInt();
    m_proxy->setStanding(standing < 0 ? std::nullopt
                                      : std::optional<ChildTableModel::Standing>(ChildTableModel::Standing(standing)));
    updateButtons();
}

int ChildrenPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

const ChildListEntry* ChildrenPage::selected() const
{
    const int row = selectedRow();
    return row < 0 ? nullptr : &m_model->entry(row);
}

void ChildrenPage::updateButtons()
{
    const int row = selectedRow();
    m_reveal->setEnabled(row >= 0 && !m_model->isRevealed(row));
    for (QPushButton* button : {m_printCard, m_saveCard}) {
        button->setEnabled(row >= 0);
        button->setToolTip(row >= 0 ? QString() : tr("Choose a child in the list first."));
    }
    m_count->setText(tr("Children shown: %n of %1", nullptr, m_proxy->rowCount()).arg(m_model->rowCount()));
    if (!m_canEdit)
        return;
    const std::optional<ChildTableModel::Standing> standing
        = row < 0 ? std::nullopt : std::optional(m_model->standing(row));
    const bool inCare = standing == ChildTableModel::Standing::Enrolled;
    m_edit->setEnabled(row >= 0);
    m_enrol->setEnabled(standing == ChildTableModel::Standing::Waiting);
    m_move->setEnabled(inCare);
    m_careType->setEnabled(inCare);
    m_withdraw->setEnabled(inCare);
    m_remove->setEnabled(row >= 0);
}

void ChildrenPage::addChild()
{
    ChildDialog dialog(m_db, undoStack(), undoFailureHandler(), 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChildrenPage::editChild()
{
    const ChildListEntry* child = selected();
    if (!child || !m_canEdit)
        return;
    ChildDialog dialog(m_db, undoStack(), undoFailureHandler(), child->id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChildrenPage::changePlacement(int change)
{
    const ChildListEntry* child = selected();
    if (!child)
        return;
    PlacementDialog dialog(m_db, undoStack(), undoFailureHandler(), PlacementDialog::Change(change), *child, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChildrenPage::removeChild()
{
    const ChildListEntry* child = selected();
    if (!child)
        return;
    if (MessageBox::question(this, tr("Remove %1?").arg(child->name),
                             tr("Remove %1 from the roster? Use this for an entry made by mistake or an application "
                                "withdrawn; a child who attended keeps the records and leaves care instead.")
                                 .arg(child->name))
        != QMessageBox::Yes)
        return;
    const Status removed = RosterUndo::remove(undoStack(), m_db, tr("Remove %1").arg(child->name),
                                              RosterState::Kind::Child, child->id, undoFailureHandler());
    if (!removed)
        MessageBox::critical(this, tr("Not removed"), removed.error());
    reload();
}

void ChildrenPage::importRoster()
{
    RosterImportDialog dialog(m_db, this);
    if (!dialog.chooseFile())
        return;
    if (dialog.exec() == QDialog::Accepted) {
        // An import is many edits at once; the undo history of single edits no longer describes the data.
        undoStack().clear();
        reload();
    }
}

void ChildrenPage::exportRoster()
{
    const QString suggested = QDir::home().filePath(tr("roster-%1.xlsx").arg(Clock::today().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(this, tr("Export the roster"), suggested,
                                                  tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = RosterExport::write(m_db, path, Clock::today()); !written) {
        MessageBox::critical(this, tr("Not exported"), written.error());
        return;
    }
    MessageBox::information(this, tr("Roster exported"),
                            m_db.actor().may(Permission::ViewFullIdentity)
                                ? tr("The roster was written to %1.").arg(QDir::toNativeSeparators(path))
                                : tr("The roster was written to %1, with ID and phone numbers masked.")
                                      .arg(QDir::toNativeSeparators(path)));
}

void ChildrenPage::revealSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (Status shown = ChildListing::reveal(m_db, m_model->entry(row)); !shown) {
        MessageBox::critical(this, tr("Not allowed"), shown.error());
        return;
    }
    m_model->setRevealed(row);
    updateButtons();
}

std::optional<ChildRecordCardForm> ChildrenPage::selectedCard()
{
    const ChildListEntry* child = selected();
    if (!child)
        return std::nullopt;
    const Result<ChildRecordCard> card = ChildRecordCard::forPrinting(m_db, child->id, Clock::today());
    if (!card) {
        MessageBox::critical(this, tr("Not printed"), card.error());
        return std::nullopt;
    }
    return ChildRecordCardForm(card.value(), InstitutionRepository(m_db).printedName());
}

void ChildrenPage::printCard()
{
    const std::optional<ChildRecordCardForm> form = selectedCard();
    if (!form)
        return;
    PrintOutput::preview(this, tr("Record card %1").arg(selected()->name),
                         [&form](QPagedPaintDevice& device) { return form->print(device); });
}

void ChildrenPage::saveCard()
{
    if (!selected())
        return;
    // The card is read (and whole numbers on it audited) only once there is a file to write it to.
    const QString path = PrintOutput::askPdfPath(this, tr("Record card %1").arg(selected()->name));
    if (path.isEmpty())
        return;
    const std::optional<ChildRecordCardForm> form = selectedCard();
    if (!form)
        return;
    PrintOutput::saveAsPdfTelling(this, path, [&form](QPagedPaintDevice& device) { return form->print(device); });
}
