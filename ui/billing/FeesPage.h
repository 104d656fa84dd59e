#pragma once

#include "billing/ReceiptBook.h"
#include "common/Month.h"

#include <QWidget>
#include <optional>

class ArrearsTableModel;
class BillLineTableModel;
class BillTableModel;
class Database;
class QDateEdit;
class ReceiptTableModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

// 收费: a month's bills (as they stand while the month is open, final once it is closed) with what each family paid,
// each bill's lines with how they were worked out, payments and their receipts, and the arrears. Finance and the
// director close the month here, the director reopens it, and the bills go out as a workbook.
class FeesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeesPage(Database& db, QWidget* parent = nullptr);

    Month month() const;
    void setMonth(Month month);
    // The month's bills, or the arrears, in front.
    void showBills(Month month);
    void showArrears();
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createBillsTab();
    QWidget* createReceiptsTab();
    QWidget* createArrearsTab();
    void loadBills();
    void loadReceipts();
    void loadArrears();
    void showSelectedBill();
    int selectedBillRow() const;
    int selectedReceiptRow() const;
    void updateButtons();
    void closeMonth();
    void reopenMonth();
    void recordPayment();
    void recordRefund();
    void chooseItems();
    void exportBills();
    void voidReceipt();
    void printReceipt();
    void saveReceipt();
    // The selected receipt with the bills it pays, or an error shown on the page.
    std::optional<Receipt> selectedReceipt();
    // Asks for a reason in a small dialog with this object name; empty when cancelled.
    QString askReason(const QString& objectName, const QString& title, const QString& label);
    void showOutcome(const Status& status, const QString& message);

    Database& m_db;
    BillTableModel* m_bills;
    BillLineTableModel* m_lines;
    ArrearsTableModel* m_arrears;
    ReceiptTableModel* m_receipts;
    QDateEdit* m_month;
    QLabel* m_state;
    QTabWidget* m_tabs;
    QTableView* m_billView;
    QTableView* m_lineView;
    QTableView* m_receiptView;
    QTableView* m_arrearsView;
    QSpinBox* m_year;
    QLabel* m_billTotals;
    QLabel* m_arrearsTotals;
    QTableWidget* m_arrearsByChild;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_export;
    QPushButton* m_pay;
    QPushButton* m_refund;
    QPushButton* m_items;
    QPushButton* m_void;
    QPushButton* m_printReceipt;
    QPushButton* m_saveReceipt;
    QLabel* m_message;
    QLabel* m_error;
};
