#include "PrintedFlow.h"

#include "PrintedPages.h"

#include <QFontMetricsF>
#include <numeric>

namespace {

constexpr qreal TablePoints = 9;
constexpr qreal MinimumRowMm = 6;
constexpr qreal HeadingPoints = 11;

} // namespace

PrintedFlow::PrintedFlow(PrintedPages& pages)
    : m_pages(pages)
{
}

PrintedFlow::Row PrintedFlow::row(const QStringList& texts)
{
    Row r;
    for (const QString& text : texts)
        r.cells << Cell {text};
    return r;
}

void PrintedFlow::addHeading(const QString& text)
{
    const QFont font = m_pages.font(HeadingPoints, true);
    const QRectF body = m_pages.body();
    Piece piece;
    piece.height = QFontMetricsF(font, m_pages.painter().device()).height() + m_pages.mm(3);
    piece.keepWithNext = true;
    piece.draw = [this, font, body, text](qreal top) {
        QPainter& p = m_pages.painter();
        p.setFont(font);
        p.drawText(QRectF(body.left(), top + m_pages.mm(1.5), body.width(), 1e6), Qt::AlignLeft | Qt::AlignTop, text);
    };
    m_pieces << piece;
}

void PrintedFlow::addLine(const QString& text, qreal points, bool bold)
{
    const QFont font = m_pages.font(points, bold);
    const QRectF body = m_pages.body();
    Piece piece;
    piece.height = QFontMetricsF(font, m_pages.painter().device()).height() + m_pages.mm(2);
    piece.draw = [this, font, body, text](qreal top) {
        QPainter& p = m_pages.painter();
        p.setFont(font);
        p.drawText(QRectF(body.left(), top + m_pages.mm(1), body.width(), 1e6), Qt::AlignLeft | Qt::AlignTop, text);
    };
    m_pieces << piece;
}

void PrintedFlow::addParagraph(const QString& text, qreal points)
{
    const QFont font = m_pages.font(points);
    const QRectF body = m_pages.body();
    const QFontMetricsF metrics(font, m_pages.painter().device());
    Piece piece;
    piece.height
        = metrics.boundingRect(QRectF(0, 0, body.width(), 1e6), Qt::TextWordWrap, text).height() + m_pages.mm(2);
    piece.draw = [this, font, body, text](qreal top) {
        QPainter& p = m_pages.painter();
        p.setFont(font);
        p.drawText(QRectF(body.left(), top + m_pages.mm(1), body.width(), 1e6),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    };
    m_pieces << piece;
}

void PrintedFlow::addSpace(qreal millimetres)
{
    Piece piece;
    piece.height = m_pages.mm(millimetres);
    piece.draw = [](qreal) {};
    m_pieces << piece;
}

void PrintedFlow::keepWithNext()
{
    if (!m_pieces.isEmpty())
        m_pieces.last().keepWithNext = true;
}

void PrintedFlow::addFields(const QList<Field>& fields, int perRow)
{
    // Labels are as wide whatever the fields to a row, so grids one under another line up; a field alone on its
    // row (a file's hash) gives its value the rest of the width.
    QList<qreal> shares;
    QList<bool> grey;
    QList<Column> columns;
    for (int i = 0; i < perRow; ++i) {
        shares << 1 << (perRow == 1 ? 2.6 : 0.8);
        grey << true << false;
        columns << Column {} << Column {};
    }
    const QList<qreal> x = edges(shares);
    for (qsizetype first = 0; first < fields.size(); first += perRow) {
        Row r;
        for (qsizetype i = first; i < first + perRow; ++i) {
            const Field field = i < fields.size() ? fields.at(i) : Field();
            r.cells << Cell {field.first} << Cell {field.second};
        }
        addRowPiece(x, columns, r, nullptr, grey);
    }
}

void PrintedFlow::addTable(const QList<Column>& columns, const QList<Row>& rows)
{
    QList<qreal> shares;
    for (const Column& c : columns)
        shares << c.share;
    const QList<qreal> x = edges(shares);
    const QFont font = m_pages.font(TablePoints, true);
    m_pages.painter().setFont(font);
    auto header = std::make_shared<Piece>();
    header->height = m_pages.mm(MinimumRowMm);
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->height = std::max(header->height,
                                  m_pages.wrappedHeight(columns.at(i).title, x.at(i + 1) - x.at(i), Qt::AlignCenter));
    header->keepWithNext = true;
    header->draw = [this, font, x, columns, height = header->height](qreal top) {
        m_pages.painter().setFont(font);
        for (qsizetype i = 0; i < columns.size(); ++i)
            m_pages.drawWrappedCell(QRectF(x.at(i), top, x.at(i + 1) - x.at(i), height), columns.at(i).title,
                                    Qt::AlignCenter, true);
    };
    m_pieces << *header;
    const QList<bool> grey(columns.size(), false);
    for (const Row& r : rows)
        addRowPiece(x, columns, r, header, grey);
}

void PrintedFlow::addRowPiece(const QList<qreal>& x, const QList<Column>& columns, const Row& row,
                              const std::shared_ptr<Piece>& header, const QList<bool>& greyColumns)
{
    const QFont plain = m_pages.font(TablePoints);
    const QFont bold = m_pages.font(TablePoints, true);
    Piece piece;
    piece.height = m_pages.mm(std::max<qreal>(MinimumRowMm, row.minimumMm));
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        m_pages.painter().setFont(row.cells.at(i).marked ? bold : plain);
        piece.height = std::max(
            piece.height, m_pages.wrappedHeight(row.cells.at(i).text, x.at(i + 1) - x.at(i), columns.at(i).alignment));
    }
    piece.header = header;
    piece.draw = [this, plain, bold, x, columns, row, greyColumns, height = piece.height](qreal top) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const Cell& cell = row.cells.at(i);
            m_pages.painter().setFont(cell.marked ? bold : plain);
            m_pages.drawWrappedCell(QRectF(x.at(i), top, x.at(i + 1) - x.at(i), height), cell.text,
                                    columns.at(i).alignment, cell.marked || greyColumns.at(i));
        }
    };
    if (row.keepWithPrevious)
        keepWithNext();
    m_pieces << piece;
}

QList<qreal> PrintedFlow::edges(const QList<qreal>& shares) const
{
    const QRectF body = m_pages.body();
    const qreal total = std::accumulate(shares.begin(), shares.end(), 0.0);
    QList<qreal> x {body.left()};
    for (qreal share : shares)
        x << x.last() + body.width() * share / total;
    return x;
}

QList<QList<PrintedFlow::Placed>> PrintedFlow::layOut() const
{
    const QRectF body = m_pages.body();
    QList<QList<Placed>> pages(1);
    qreal top = body.top();
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece& piece = m_pieces.at(i);
        // What must go on one page with this piece: the pieces it is kept with.
        qreal together = piece.height;
        for (qsizetype k = i; m_pieces.at(k).keepWithNext && k + 1 < m_pieces.size(); ++k)
            together += m_pieces.at(k + 1).height;
        const qreal room = body.bottom() - top;
        const bool pageEmpty = pages.last().isEmpty();
        const bool breakHere = piece.height > room || (together > room && together <= body.height());
        if (!pageEmpty && breakHere) {
            pages.append(QList<Placed>());
            top = body.top();
            if (piece.header) {
                pages.last() << Placed {piece.header.get(), top};
                top += piece.header->height;
            }
        }
        pages.last() << Placed {&piece, top};
        top += piece.height;
    }
    return pages;
}

int PrintedFlow::paint()
{
    const QList<QList<Placed>> pages = layOut();
    m_pages.setPageCount(int(pages.size()));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            m_pages.nextPage();
        for (const Placed& placed : pages.at(page))
            placed.piece->draw(placed.top);
    }
    return int(pages.size());
}
