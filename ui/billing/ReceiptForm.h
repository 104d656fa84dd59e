#pragma once

#include "billing/ReceiptBook.h"

#include <QCoreApplication>

class PrintedPages;
class QPagedPaintDevice;

// 收费收据: one receipt as the institution hands it to the payer, on A4 portrait: its number and date, the
// institution's credit code, the child, who paid and how, month by month the bill it pays (or the month paid in
// advance) with what was paid for it, the total in figures and in 人民币大写, and the payee's and stamp lines.
// A void receipt keeps all of it under a 作废 stamp with the reason. Months beyond a page continue on the next.
class ReceiptForm
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptForm)

public:
    explicit ReceiptForm(Receipt receipt);

    // Prints on the device (set up as A4 portrait here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    struct Row;
    struct Columns;
    QList<Row> rows() const;
    qreal detailsMm() const;
    void drawDetails(PrintedPages& pages) const;
    qreal drawHeaderRow(PrintedPages& pages, const Columns& columns, qreal top) const;
    qreal drawRow(PrintedPages& pages, const Columns& columns, const Row& row, qreal top) const;
    void drawClosing(PrintedPages& pages, const Columns& columns, qreal top) const;
    void drawVoidStamp(PrintedPages& pages) const;

    Receipt m_receipt;
};
