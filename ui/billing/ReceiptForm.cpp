#include "ReceiptForm.h"

#include "print/PrintedPages.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal DetailLineMm = 6.5;
constexpr int DetailLines = 5;
constexpr qreal HeaderRowMm = 8;
constexpr qreal RowMm = 7;
constexpr qreal ClosingMm = 46;
const QColor VoidRed(0xc0, 0x10, 0x10);

} // namespace

// One row of the table: a bill line, or a month's summary (its bill total, what was paid, a month paid ahead).
struct ReceiptForm::Row
{
    QString month; // on the first row of each month only
    QString item;
    QString subject;
    QString basis;
    Money amount;
    bool summary = false; // the item spans the subject and basis columns, in bold
};

// Where each column starts on the page: the table fills the body's width.
struct ReceiptForm::Columns
{
    explicit Columns(const PrintedPages& pages)
        : left(pages.body().left())
        , month(pages.mm(20))
        , item(pages.mm(26))
        , amount(pages.mm(30))
    {
        const qreal rest = pages.body().width() - month - item - amount;
        subject = rest * 0.45;
        basis = rest - subject;
    }

    qreal itemX() const { return left + month; }
    qreal subjectX() const { return itemX() + item; }
    qreal basisX() const { return subjectX() + subject; }
    qreal amountX() const { return basisX() + basis; }

    qreal left = 0;
    qreal month = 0;
    qreal item = 0;
    qreal subject = 0;
    qreal basis = 0;
    qreal amount = 0;
};

ReceiptForm::ReceiptForm(Receipt receipt)
    : m_receipt(std::move(receipt))
{
}

int ReceiptForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Portrait);
    PrintedPages pages(device, {m_receipt.institutionName, tr("Fee Receipt")});
    if (!pages.isActive())
        return 0;
    const Columns columns(pages);
    const QList<Row> rows = this->rows();
    const qreal details = pages.mm(detailsMm());
    const qreal table = pages.body().height() - details - pages.mm(HeaderRowMm);
    const int rowsPerPage = int(table / pages.mm(RowMm));
    const int rowsOnLastPage = int((table - pages.mm(ClosingMm)) / pages.mm(RowMm));
    const QList<int> pageRows = PrintedPages::paginate(int(rows.size()), rowsPerPage, rowsOnLastPage);
    pages.setPageCount(int(pageRows.size()));

    int row = 0;
    for (qsizetype page = 0; page < pageRows.size(); ++page) {
        if (page > 0)
            pages.nextPage();
        drawDetails(pages);
        qreal top = drawHeaderRow(pages, columns, pages.body().top() + details);
        for (int i = 0; i < pageRows.at(page); ++i)
            top = drawRow(pages, columns, rows.at(row++), top);
        if (page == pageRows.size() - 1)
            drawClosing(pages, columns, top);
        if (m_receipt.voided)
            drawVoidStamp(pages);
    }
    return int(pageRows.size());
}

QList<ReceiptForm::Row> ReceiptForm::rows() const
{
    QList<Row> rows;
    for (const ReceiptMonth& m : m_receipt.months) {
        const qsizetype first = rows.size();
        const QString month = m.month.toString();
        if (m.bill) {
            for (const BillLine& line : m.bill->lines)
                rows << Row {{}, BillLines::chineseName(line.kind), line.subject, line.basis, line.amount};
            rows << Row {{}, tr("Bill for %1, in total").arg(month), {}, {}, m.bill->total(), true};
            rows << Row {{}, tr("Paid for %1 on this receipt").arg(month), {}, {}, m.paid, true};
        } else {
            rows << Row {{}, tr("Paid in advance for %1").arg(month), {}, {}, m.paid, true};
        }
        rows[first].month = month;
    }
    return rows;
}

qreal ReceiptForm::detailsMm() const
{
    // The reason a receipt was voided takes a line of its own under the details.
    return (DetailLines + (m_receipt.voided ? 1 : 0)) * DetailLineMm + 2;
}

void ReceiptForm::drawDetails(PrintedPages& pages) const
{
    // Labels and values drawn apart, so the values line up in each half.
    struct Field
    {
        QString label;
        QString value;
    };
    const Receipt& r = m_receipt;
    const QList<std::pair<Field, Field>> lines {
        {{tr("Receipt No.:"), r.number}, {tr("Issued on:"), PrintedPages::dateText(r.issuedOn)}},
        {{tr("Received by:"), r.institutionName}, {tr("Unified social credit code:"), r.creditCode}},
        {{tr("Child:"), r.childName}, {tr("Payer:"), r.payer}},
        {{tr("Payment method:"), PaymentMethods::chineseName(r.method)},
         {tr("Paid on:"), PrintedPages::dateText(r.paidOn)}},
        {{tr("Reference:"), r.reference}, {}},
    };
    QPainter& p = pages.painter();
    p.setPen(Qt::black);
    p.setFont(pages.font(10));
    const QFontMetricsF metrics(p.font());
    qreal leftLabel = 0;
    qreal rightLabel = 0;
    for (const auto& [left, right] : lines) {
        leftLabel = std::max(leftLabel, metrics.horizontalAdvance(left.label));
        rightLabel = std::max(rightLabel, metrics.horizontalAdvance(right.label));
    }
    const QRectF body = pages.body();
    const qreal height = pages.mm(DetailLineMm);
    // The credit code needs the wider half.
    const qreal rightX = body.left() + body.width() * 0.45;
    const auto drawField = [&](const Field& field, qreal x, qreal labelWidth, qreal right, qreal top) {
        p.drawText(QRectF(x, top, labelWidth, height), Qt::AlignLeft | Qt::AlignVCenter, field.label);
        const qreal valueX = x + labelWidth + pages.mm(2);
        p.drawText(QRectF(valueX, top, right - valueX, height), Qt::AlignLeft | Qt::AlignVCenter, field.value);
    };
    qreal top = body.top();
    for (const auto& [left, right] : lines) {
        drawField(left, body.left(), leftLabel, rightX, top);
        drawField(right, rightX, rightLabel, body.right(), top);
        top += height;
    }
    if (r.voided) {
        p.setPen(VoidRed);
        p.setFont(pages.font(10, true));
        p.drawText(QRectF(body.left(), top, body.width(), pages.mm(DetailLineMm)), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("This receipt is void (作废). Reason: %1").arg(r.voidReason));
        p.setPen(Qt::black);
    }
}

qreal ReceiptForm::drawHeaderRow(PrintedPages& pages, const Columns& columns, qreal top) const
{
    pages.painter().setFont(pages.font(9, true));
    const qreal height = pages.mm(HeaderRowMm);
    pages.drawCell(QRectF(columns.left, top, columns.month, height), tr("Month"));
    pages.drawCell(QRectF(columns.itemX(), top, columns.item, height), tr("Item"));
    pages.drawCell(QRectF(columns.subjectX(), top, columns.subject, height), tr("Details"));
    pages.drawCell(QRectF(columns.basisX(), top, columns.basis, height), tr("Worked out as"));
    pages.drawCell(QRectF(columns.amountX(), top, columns.amount, height), tr("Amount (yuan)"));
    return top + height;
}

qreal ReceiptForm::drawRow(PrintedPages& pages, const Columns& columns, const Row& row, qreal top) const
{
    const qreal height = pages.mm(RowMm);
    pages.painter().setFont(pages.font(9));
    pages.drawCell(QRectF(columns.left, top, columns.month, height), row.month);
    pages.painter().setFont(pages.font(9, row.summary));
    if (row.summary) {
        pages.drawCell(QRectF(columns.itemX(), top, columns.amountX() - columns.itemX(), height), row.item,
                       Qt::AlignLeft);
    } else {
        pages.drawCell(QRectF(columns.itemX(), top, columns.item, height), row.item, Qt::AlignLeft);
        pages.drawCell(QRectF(columns.subjectX(), top, columns.subject, height), row.subject, Qt::AlignLeft);
        pages.drawCell(QRectF(columns.basisX(), top, columns.basis, height), row.basis, Qt::AlignLeft);
    }
    pages.drawCell(QRectF(columns.amountX(), top, columns.amount, height), row.amount.toString(), Qt::AlignRight);
    return top + height;
}

void ReceiptForm::drawClosing(PrintedPages& pages, const Columns& columns, qreal top) const
{
    const Money total = m_receipt.total();
    const qreal height = pages.mm(RowMm + 1);
    pages.painter().setFont(pages.font(10, true));
    pages.drawCell(QRectF(columns.left, top, columns.amountX() - columns.left, height), tr("Total received"),
                   Qt::AlignLeft);
    pages.drawCell(QRectF(columns.amountX(), top, columns.amount, height), total.toStringWithSymbol(), Qt::AlignRight);

    QPainter& p = pages.painter();
    const QRectF body = pages.body();
    p.setFont(pages.font(11, true));
    p.drawText(QRectF(body.left(), top + height + pages.mm(3), body.width(), pages.mm(8)),
               Qt::AlignLeft | Qt::AlignVCenter, tr("In words (人民币大写): %1").arg(total.toChineseCapitals()));
    p.setFont(pages.font(10));
    p.drawText(QRectF(body.left(), top + height + pages.mm(16), body.width(), pages.mm(7)),
               Qt::AlignLeft | Qt::AlignVCenter,
               tr("Payee: %1      Payer's signature: ________________      Institution's stamp:").arg(m_receipt.payee));
    p.setFont(pages.font(8));
    p.drawText(QRectF(body.left(), top + height + pages.mm(28), body.width(), pages.mm(6)),
               Qt::AlignLeft | Qt::AlignVCenter, tr("This receipt is valid with the institution's stamp."));
}

void ReceiptForm::drawVoidStamp(PrintedPages& pages) const
{
    // Across the table, so no part of a void receipt can be cut off and passed as valid.
    QPainter& p = pages.painter();
    const QRectF body = pages.body();
    p.save();
    p.translate(body.center().x(), body.top() + pages.mm(detailsMm() + 50));
    p.rotate(-18);
    const QRectF stamp(-pages.mm(55), -pages.mm(18), pages.mm(110), pages.mm(36));
    // Translucent, so what it covers stays legible.
    QColor ink = VoidRed;
    ink.setAlpha(150);
    p.setPen(QPen(ink, pages.mm(1.2)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(stamp, pages.mm(3), pages.mm(3));
    p.setFont(pages.font(40, true));
    p.drawText(stamp, Qt::AlignCenter, tr("VOID 作废"));
    p.restore();
}
