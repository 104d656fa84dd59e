#include "FeesPage.h"

#include "ChildChargesDialog.h"
#include "PaymentDialog.h"
#include "ReceiptForm.h"
#include "RefundDialog.h"
#include "billing/Arrears.h"
#include "billing/BillsExport.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"
#include "billing/ReceiptBook.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/ArrearsTableModel.h"
#include "itemmodels/BillLineTableModel.h"
#include "itemmodels/BillTableModel.h"
#include "itemmodels/ReceiptTableModel.h"
#include "print/PrintOutput.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FeesPage::FeesPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_bills(new BillTableModel(this))
    , m_lines(new BillLineTableModel(this))
    , m_arrears(new ArrearsTableModel(this))
    , m_receipts(new ReceiptTableModel(this))
    , m_month(makeMonthEdit(Month::of(Clock::today()).addMonths(-1), u"feesMonthEdit"_s, this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_year(new QSpinBox(this))
    , m_billTotals(new QLabel(this))
    , m_arrearsTotals(new QLabel(this))
    , m_arrearsByChild(new QTableWidget(this))
    , m_close(makeButton(tr("&Close month…"), u"closeMonthButton"_s, this))
    , m_reopen(makeButton(tr("Re&open month…"), u"reopenMonthButton"_s, this))
    , m_export(makeButton(tr("E&xport bills…"), u"exportBillsButton"_s, this))
    , m_pay(makeButton(tr("Record &payment…"), u"recordPaymentButton"_s, this))
    , m_refund(makeButton(tr("Re&fund…"), u"refundButton"_s, this))
    , m_items(makeButton(tr("Collected &items…"), u"childItemsButton"_s, this))
    , m_void(makeButton(tr("&Void receipt…"), u"voidReceiptButton"_s, this))
    , m_printReceipt(makeButton(tr("P&rint receipt…"), u"printReceiptButton"_s, this))
    , m_saveReceipt(makeButton(tr("&Save receipt as PDF…"), u"saveReceiptButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"feesPage"_s);
    m_state->setObjectName(u"monthStateLabel"_s);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(m_state, 1);
    top->addWidget(m_close);
    top->addWidget(m_reopen);
    top->addWidget(m_export);

    m_tabs->setObjectName(u"feesTabs"_s);
    m_tabs->addTab(createBillsTab(), tr("Bills"));
    m_tabs->addTab(createReceiptsTab(), tr("Receipts"));
    m_tabs->addTab(createArrearsTab(), tr("Arrears"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    const Actor& actor = db.actor();
    m_close->setVisible(actor.may(Permission::EditFees));
    m_reopen->setVisible(actor.may(Permission::ReopenMonth));
    m_pay->setVisible(actor.may(Permission::EditFees));
    m_refund->setVisible(actor.may(Permission::EditFees));
    m_void->setVisible(actor.may(Permission::EditFees));

    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        loadBills();
        updateButtons();
    });
    connect(m_close, &QPushButton::clicked, this, &FeesPage::closeMonth);
    connect(m_reopen, &QPushButton::clicked, this, &FeesPage::reopenMonth);
    connect(m_export, &QPushButton::clicked, this, &FeesPage::exportBills);
    connect(m_pay, &QPushButton::clicked, this, &FeesPage::recordPayment);
    connect(m_refund, &QPushButton::clicked, this, &FeesPage::recordRefund);
    connect(m_items, &QPushButton::clicked, this, &FeesPage::chooseItems);
    connect(m_void, &QPushButton::clicked, this, &FeesPage::voidReceipt);
    connect(m_printReceipt, &QPushButton::clicked, this, &FeesPage::printReceipt);
    connect(m_saveReceipt, &QPushButton::clicked, this, &FeesPage::saveReceipt);
    connect(m_year, &QSpinBox::valueChanged, this, &FeesPage::loadReceipts);
}

QWidget* FeesPage::createBillsTab()
{
    auto* tab = new QWidget(this);
    m_billView = makeRecordTable(m_bills, u"billTable"_s, tab);
    m_lineView = makeRecordTable(m_lines, u"billLineTable"_s, tab);
    // The arithmetic takes what room is left, so the amounts stay in view.
    m_lineView->horizontalHeader()->setStretchLastSection(false);
    m_lineView->horizontalHeader()->setSectionResizeMode(BillLineTableModel::BasisColumn, QHeaderView::Stretch);
    m_billTotals->setObjectName(u"billTotalsLabel"_s);
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_billView);
    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(new QLabel(tr("How the selected bill is worked out:"), detail));
    detailLayout->addWidget(m_lineView, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pay);
    buttons->addWidget(m_refund);
    buttons->addWidget(m_items);
    buttons->addStretch();
    detailLayout->addLayout(buttons);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_billTotals);
    connect(m_billView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedBill();
        updateButtons();
    });
    connect(m_billView, &QTableView::activated, this, &FeesPage::recordPayment);
    return tab;
}

QWidget* FeesPage::createReceiptsTab()
{
    auto* tab = new QWidget(this);
    m_receiptView = makeRecordTable(m_receipts, u"receiptTable"_s, tab);
    m_year->setObjectName(u"receiptYearSpin"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::today().year());
    auto* yearLabel = new QLabel(tr("&Year:"), tab);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(m_printReceipt);
    top->addWidget(m_saveReceipt);
    top->addWidget(m_void);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_receiptView, 1);
    connect(m_receiptView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeesPage::updateButtons);
    connect(m_receiptView, &QTableView::activated, this, &FeesPage::printReceipt);
    return tab;
}

QWidget* FeesPage::createArrearsTab()
{
    auto* tab = new QWidget(this);
    m_arrearsView = makeRecordTable(m_arrears, u"arrearsTable"_s, tab);
    m_arrearsView->horizontalHeader()->setStretchLastSection(false);
    m_arrearsByChild->setObjectName(u"arrearsByChildTable"_s);
    m_arrearsByChild->setColumnCount(3);
    m_arrearsByChild->setHorizontalHeaderLabels({tr("Child"), tr("Bills"), tr("Outstanding")});
    m_arrearsByChild->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_arrearsByChild->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_arrearsByChild->verticalHeader()->hide();
    m_arrearsByChild->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_arrearsTotals->setObjectName(u"arrearsTotalsLabel"_s);
    m_arrearsTotals->setWordWrap(true);
    auto* bills = new QWidget(tab);
    auto* billsLayout = new QVBoxLayout(bills);
    billsLayout->setContentsMargins(0, 0, 0, 0);
    billsLayout->addWidget(new QLabel(tr("Bills of closed months not paid in full:"), bills));
    billsLayout->addWidget(m_arrearsView, 1);
    auto* children = new QWidget(tab);
    auto* childrenLayout = new QVBoxLayout(children);
    childrenLayout->setContentsMargins(0, 0, 0, 0);
    childrenLayout->addWidget(new QLabel(tr("By child:"), children));
    childrenLayout->addWidget(m_arrearsByChild, 1);
    auto* tables = new QHBoxLayout;
    tables->addWidget(bills, 3);
    tables->addWidget(children, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(tables, 1);
    layout->addWidget(m_arrearsTotals);
    return tab;
}

Month FeesPage::month() const
{
    return Month::of(m_month->date());
}

void FeesPage::setMonth(Month month)
{
    m_month->setDate(month.firstDay());
}

void FeesPage::showBills(Month month)
{
    if (month.isValid())
        setMonth(month);
    m_tabs->setCurrentIndex(0);
}

void FeesPage::showArrears()
{
    m_tabs->setCurrentIndex(2);
}

void FeesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void FeesPage::reload()
{
    loadBills();
    loadReceipts();
    loadArrears();
    updateButtons();
}

void FeesPage::loadBills()
{
    const qint64 selected = selectedBillRow() >= 0 ? m_bills->bill(selectedBillRow()).childId : 0;
    const Result<MonthBills> bills = MonthBilling::forMonth(m_db, month());
    const Result<QHash<qint64, Money>> paid = PaymentRepository(m_db).paidByChild(month());
    if (!bills || !paid) {
        m_bills->setBills({}, {});
        showError(m_error, bills ? paid.error() : bills.error());
        return;
    }
    m_bills->setBills(bills.value(), paid.value());
    m_state->setText(bills->closed ? tr("Closed: these bills are final.")
                                   : tr("Open: the bills as attendance stands now; they become final when the month "
                                        "is closed."));
    const Money due = bills->total();
    const Money received = m_bills->paidTotal();
    m_billTotals->setText(tr("%n bill(s), %1 care days. Due %2, paid %3, outstanding %4.", nullptr, m_bills->rowCount())
                              .arg(bills->careDays)
                              .arg(due.toString(), received.toString(), (due - received).toString()));
    const int row = m_bills->rowOf(selected);
    m_billView->selectRow(row >= 0 ? row : 0);
    showSelectedBill();
}

void FeesPage::loadReceipts()
{
    const Result<QList<Receipt>> receipts = ReceiptBook(m_db).receipts(m_year->value());
    m_receipts->setReceipts(receipts.value_or(QList<Receipt>()));
    if (!receipts)
        showError(m_error, receipts.error());
}

void FeesPage::loadArrears()
{
    const Result<ArrearsList> arrears = Arrears::compute(m_db);
    m_arrears->setArrears(arrears.value_or(ArrearsList()));
    if (!arrears) {
        showError(m_error, arrears.error());
        return;
    }
    QStringList months;
    for (const ArrearsSubtotal& m : arrears->byMonth())
        months << tr("%1: %2 (%n bill(s))", nullptr, m.bills).arg(m.label, m.outstanding.toString());
    const QList<ArrearsSubtotal> children = arrears->byChild();
    m_arrearsByChild->setRowCount(int(children.size()));
    for (int row = 0; row < children.size(); ++row) {
        const ArrearsSubtotal& c = children.at(row);
        m_arrearsByChild->setItem(row, 0, new QTableWidgetItem(c.label));
        m_arrearsByChild->setItem(row, 1, new QTableWidgetItem(QString::number(c.bills)));
        auto* amount = new QTableWidgetItem(c.outstanding.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_arrearsByChild->setItem(row, 2, amount);
    }
    m_arrearsTotals->setText(
        arrears->rows.isEmpty()
            ? tr("No arrears: every bill of a closed month is paid.")
            : tr("Outstanding in all: %1. By month: %2.").arg(arrears->total().toString(), months.join(tr("; "))));
    m_tabs->setTabText(2, arrears->rows.isEmpty() ? tr("Arrears") : tr("Arrears (%1)").arg(arrears->rows.size()));
}

int FeesPage::selectedBillRow() const
{
    const QModelIndex current = m_billView->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_bills->rowCount() ? current.row() : -1;
}

int FeesPage::selectedReceiptRow() const
{
    const QModelIndex current = m_receiptView->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_receipts->rowCount() ? current.row() : -1;
}

void FeesPage::showSelectedBill()
{
    const int row = selectedBillRow();
    if (row < 0)
        m_lines->clear();
    else
        m_lines->setBill(m_bills->bill(row).bill);
}

void FeesPage::updateButtons()
{
    const bool closed = m_bills->bills().closed;
    const bool over = month().lastDay() < Clock::today();
    m_close->setEnabled(!closed && over);
    m_close->setToolTip(over ? QString() : tr("A month can be closed once it is over."));
    m_reopen->setEnabled(closed);
    m_pay->setEnabled(selectedBillRow() >= 0);
    m_refund->setEnabled(selectedBillRow() >= 0);
    m_items->setEnabled(selectedBillRow() >= 0);
    const int receipt = selectedReceiptRow();
    m_void->setEnabled(receipt >= 0 && !m_receipts->receipt(receipt).voided);
    m_printReceipt->setEnabled(receipt >= 0);
    m_saveReceipt->setEnabled(receipt >= 0);
}

void FeesPage::showOutcome(const Status& status, const QString& message)
{
    showError(m_error, status ? QString() : status.error());
    m_message->setText(status ? message : QString());
}

void FeesPage::closeMonth()
{
    const Month month = this->month();
    const Result<QList<AttendanceDay>> gaps = MonthClose::unrecordedDays(m_db, month);
    if (!gaps) {
        showOutcome(Status::failure(gaps.error()), {});
        return;
    }
    bool confirmGaps = false;
    if (!gaps->isEmpty()) {
        if (!m_db.actor().may(Permission::ConfirmAbsences)) {
            showOutcome(Status::failure(tr("%1 has %n care day(s) without attendance. Record them on the Attendance "
                                           "page, or ask the director to confirm them as absences.",
                                           nullptr, int(gaps->size()))
                                            .arg(month.toString())),
                        {});
            return;
        }
        const AttendanceDay& first = gaps->first();
        const QString question
            = tr("%1 has %n care day(s) without attendance, the first %2 on %3.\n\nConfirm them as absences "
                 "(other, \"%4\") and close the month? Its attendance and bills then become final.",
                 nullptr, int(gaps->size()))
                  .arg(month.toString(), first.childName, first.day.toString(Qt::ISODate),
                       MonthClose::confirmedAbsenceNote());
        if (MessageBox::question(this, tr("Close %1").arg(month.toString()), question) != QMessageBox::Yes)
            return;
        confirmGaps = true;
    } else if (MessageBox::question(this, tr("Close %1").arg(month.toString()),
                                    tr("Close %1? Its attendance and bills become final; only the director can "
                                       "reopen it.")
                                        .arg(month.toString()))
               != QMessageBox::Yes) {
        return;
    }
    const Result<int> closed = MonthClose::close(m_db, month, confirmGaps);
    reload();
    showOutcome(closed ? Status() : Status::failure(closed.error()),
                tr("%1 is closed; its bills are final.").arg(month.toString()));
}

QString FeesPage::askReason(const QString& objectName, const QString& title, const QString& label)
{
    QInputDialog ask(this);
    ask.setObjectName(objectName);
    ask.setWindowTitle(title);
    ask.setLabelText(label);
    if (ask.exec() != QDialog::Accepted)
        return {};
    return ask.textValue().trimmed();
}

void FeesPage::reopenMonth()
{
    const Month month = this->month();
    const QString reason = askReason(u"reopenReasonDialog"_s, tr("Reopen %1").arg(month.toString()),
                                     tr("Why is %1 reopened? The reason is kept in the audit trail, and the "
                                        "month's next report will show it was revised.")
                                         .arg(month.toString()));
    if (reason.isEmpty())
        return;
    const Status reopened = MonthClose::reopen(m_db, month, reason);
    reload();
    showOutcome(reopened, tr("%1 is open again; close it when the corrections are done.").arg(month.toString()));
}

void FeesPage::recordPayment()
{
    const int row = selectedBillRow();
    if (row < 0 || !m_db.actor().may(Permission::EditFees))
        return;
    // A copy: the reload after the payment replaces the model's bills.
    const ChildBill bill = m_bills->bill(row);
    const Money suggested = std::max(m_bills->outstanding(row), Money());
    PaymentDialog dialog(m_db, bill.childId, bill.name, month(), suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_message->setText(tr("Receipt %1 issued for %2.").arg(dialog.receiptNumber(), bill.name));
    showError(m_error, {});
}

void FeesPage::recordRefund()
{
    const int row = selectedBillRow();
    if (row < 0 || !m_db.actor().may(Permission::EditFees))
        return;
    const ChildBill bill = m_bills->bill(row);
    RefundDialog dialog(m_db, bill.childId, bill.name, month(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showOutcome({}, tr("Refund for %1 recorded.").arg(bill.name));
}

void FeesPage::chooseItems()
{
    const int row = selectedBillRow();
    if (row < 0)
        return;
    const ChildBill bill = m_bills->bill(row);
    ChildChargesDialog dialog(m_db, bill.childId, bill.name, this);
    dialog.exec();
    reload();
}

void FeesPage::exportBills()
{
    const QString suggested = QDir::home().filePath(tr("Bills %1.xlsx").arg(month().toString()));
    const QString path = FileDialog::saveFileName(this, tr("Export the bills"), suggested,
                                                  tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = BillsExport::write(m_db, month(), path);
    showOutcome(written, tr("Wrote the bills of %1 to %2.").arg(month().toString(), QDir::toNativeSeparators(path)));
}

void FeesPage::voidReceipt()
{
    const int row = selectedReceiptRow();
    if (row < 0)
        return;
    const QString number = m_receipts->receipt(row).number;
    const QString reason
        = askReason(u"voidReasonDialog"_s, tr("Void receipt %1").arg(number),
                    tr("Why is receipt %1 voided? It keeps its number and stays in the list.").arg(number));
    if (reason.isEmpty())
        return;
    const Status voided = ReceiptBook(m_db).voidReceipt(number, reason);
    reload();
    showOutcome(voided, tr("Receipt %1 is void; its payment no longer counts.").arg(number));
}

std::optional<Receipt> FeesPage::selectedReceipt()
{
    const int row = selectedReceiptRow();
    if (row < 0)
        return std::nullopt;
    const Result<Receipt> receipt = ReceiptBook(m_db).receipt(m_receipts->receipt(row).number);
    if (!receipt) {
        showOutcome(Status::failure(receipt.error()), {});
        return std::nullopt;
    }
    return receipt.value();
}

void FeesPage::printReceipt()
{
    const std::optional<Receipt> receipt = selectedReceipt();
    if (!receipt)
        return;
    const ReceiptForm form(*receipt);
    PrintOutput::preview(this, tr("Receipt %1").arg(receipt->number),
                         [&form](QPagedPaintDevice& device) { return form.print(device); });
}

void FeesPage::saveReceipt()
{
    const std::optional<Receipt> receipt = selectedReceipt();
    if (!receipt)
        return;
    const QString path = FileDialog::saveFileName(this, tr("Save the receipt as PDF"),
                                                  QDir::home().filePath(tr("Receipt %1.pdf").arg(receipt->number)),
                                                  tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReceiptForm form(*receipt);
    const Result<int> pages
        = PrintOutput::saveAsPdf(path, [&form](QPagedPaintDevice& device) { return form.print(device); });
    showOutcome(pages ? Status() : Status::failure(pages.error()),
                tr("Saved receipt %1 to %2.").arg(receipt->number, QDir::toNativeSeparators(path)));
}
