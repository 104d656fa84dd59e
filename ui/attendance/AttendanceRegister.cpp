#include "AttendanceRegister.h"

#include "attendance/AttendanceStatuses.h"
#include "itemmodels/AttendanceGridModel.h"
#include "print/PrintedPages.h"

#include <QPagedPaintDevice>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal DetailsMm = 8;
// A4 is 595 points high, a little under 210 mm: 9.5 mm keeps a whole 24th row on the page.
constexpr qreal HeaderRowMm = 9.5;
constexpr qreal RowMm = 6;
constexpr qreal ClosingMm = 24;
constexpr int Totals = AttendanceGridModel::TotalColumnCount;

} // namespace

// Where each column starts on the page, the table centred in the body.
struct AttendanceRegister::Columns
{
    qreal left = 0;
    qreal number = 0;
    qreal name = 0;
    qreal day = 0;
    qreal total = 0;
    int days = 0;

    qreal width() const { return number + name + days * day + Totals * total; }
    qreal dayX(int d) const { return left + number + name + d * day; }
    qreal totalX(int t) const { return dayX(days) + t * total; }
};

AttendanceRegister::AttendanceRegister(const AttendanceGridModel& model, QString institution, QString className)
    : m_model(model)
    , m_institution(std::move(institution))
    , m_className(std::move(className))
{
}

int AttendanceRegister::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Landscape);
    PrintedPages pages(device, {m_institution, tr("Children's Attendance Register")});
    if (!pages.isActive())
        return 0;
    const QRectF body = pages.body();
    Columns columns;
    columns.number = pages.mm(8);
    columns.name = pages.mm(24);
    columns.total = pages.mm(11);
    columns.days = m_model.careDayCount();
    const qreal room = body.width() - columns.number - columns.name - Totals * columns.total;
    columns.day = std::min(pages.mm(9), columns.days > 0 ? room / columns.days : 0);
    columns.left = body.left() + (body.width() - columns.width()) / 2;

    const qreal table = body.height() - pages.mm(DetailsMm + HeaderRowMm);
    const int rowsPerPage = int(table / pages.mm(RowMm));
    const int rowsOnLastPage = int((table - pages.mm(RowMm + ClosingMm)) / pages.mm(RowMm));
    const QList<int> pageRows = PrintedPages::paginate(m_model.rowCount(), rowsPerPage, rowsOnLastPage);
    pages.setPageCount(int(pageRows.size()));

    int row = 0;
    for (qsizetype page = 0; page < pageRows.size(); ++page) {
        if (page > 0)
            pages.nextPage();
        drawDetails(pages);
        qreal top = drawHeaderRow(pages, columns, body.top() + pages.mm(DetailsMm));
        for (int i = 0; i < pageRows.at(page); ++i)
            top = drawChildRow(pages, columns, row++, top);
        if (page == pageRows.size() - 1)
            drawClosing(pages, drawTotalsRow(pages, columns, top));
    }
    return int(pageRows.size());
}

void AttendanceRegister::drawDetails(PrintedPages& pages) const
{
    QPainter& p = pages.painter();
    p.setFont(pages.font(10));
    const QRectF line(pages.body().left(), pages.body().top(), pages.body().width(), pages.mm(DetailsMm - 2));
    const QString details = tr("Class: %1      Month: %2      Care days: %3")
                                .arg(m_className, m_model.month().toString())
                                .arg(m_model.careDayCount());
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, details);
}

qreal AttendanceRegister::drawHeaderRow(PrintedPages& pages, const Columns& columns, qreal top) const
{
    pages.painter().setFont(pages.font(7, true));
    const qreal height = pages.mm(HeaderRowMm);
    pages.drawCell(QRectF(columns.left, top, columns.number, height), tr("No."));
    pages.drawCell(QRectF(columns.left + columns.number, top, columns.name, height), tr("Name"));
    for (int d = 0; d < columns.days; ++d)
        pages.drawCell(QRectF(columns.dayX(d), top, columns.day, height),
                       m_model.headerData(d, Qt::Horizontal).toString());
    for (int t = 0; t < Totals; ++t)
        pages.drawCell(QRectF(columns.totalX(t), top, columns.total, height),
                       m_model.headerData(columns.days + t, Qt::Horizontal).toString());
    return top + height;
}

qreal AttendanceRegister::drawChildRow(PrintedPages& pages, const Columns& columns, int row, qreal top) const
{
    pages.painter().setFont(pages.font(8));
    const qreal height = pages.mm(RowMm);
    pages.drawCell(QRectF(columns.left, top, columns.number, height), QString::number(row + 1));
    pages.drawCell(QRectF(columns.left + columns.number, top, columns.name, height),
                   m_model.headerData(row, Qt::Vertical).toString());
    for (int d = 0; d < columns.days; ++d) {
        const QModelIndex index = m_model.index(row, d);
        pages.drawCell(QRectF(columns.dayX(d), top, columns.day, height), index.data().toString(), Qt::AlignCenter,
                       m_model.cell(index).kind == AttendanceCell::Kind::NotExpected);
    }
    for (int t = 0; t < Totals; ++t)
        pages.drawCell(QRectF(columns.totalX(t), top, columns.total, height),
                       m_model.index(row, columns.days + t).data().toString());
    return top + height;
}

qreal AttendanceRegister::drawTotalsRow(PrintedPages& pages, const Columns& columns, qreal top) const
{
    pages.painter().setFont(pages.font(8, true));
    const qreal height = pages.mm(RowMm);
    pages.drawCell(QRectF(columns.left, top, columns.dayX(columns.days) - columns.left, height), tr("Class total"));
    for (int t = 0; t < Totals; ++t)
        pages.drawCell(QRectF(columns.totalX(t), top, columns.total, height), QString::number(m_model.classTotal(t)));
    return top + height;
}

void AttendanceRegister::drawClosing(PrintedPages& pages, qreal top) const
{
    QPainter& p = pages.painter();
    const QRectF body = pages.body();
    p.setFont(pages.font(10, true));
    p.drawText(QRectF(body.left(), top + pages.mm(1), body.width(), pages.mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Attendance rate (present ÷ expected): %1").arg(m_model.totals().rate().text()));
    QStringList legend;
    for (AttendanceStatus status : AttendanceStatuses::all())
        legend << u"%1 %2"_s.arg(AttendanceStatuses::symbol(status), AttendanceStatuses::label(status));
    p.setFont(pages.font(8));
    p.drawText(QRectF(body.left(), top + pages.mm(7), body.width(), pages.mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1; grey: not in this class that day; blank: not recorded.").arg(legend.join(u"   "_s)));
    p.setFont(pages.font(10));
    p.drawText(QRectF(body.left(), top + pages.mm(15), body.width(), pages.mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Class caregivers: ________________      Head of institution: ________________      "
                  "Date: ____________"));
}
