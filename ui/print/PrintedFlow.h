#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <utility>

class PrintedPages;

// Lays a form out down the body of its pages, one piece under another: lines of text, paragraphs, grids of labelled
// fields and tables. A table whose rows run past a page continues on the next under its header row repeated; a
// heading stays with what follows it. Everything is placed before anything is painted, so each page's footer knows
// the page count.
class PrintedFlow
{
public:
    // A table column: its header and its share of the body's width.
    struct Column
    {
        QString title;
        qreal share = 1;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Cell
    {
        QString text;
        // Something to look at (an expired certificate): bold on grey.
        bool marked = false;
    };
    struct Row
    {
        QList<Cell> cells;
        // Goes on the page of the row before it: the lines of one person stay together.
        bool keepWithPrevious = false;
        // At least this tall, for what is written on the paper by hand (a signature); 0 for the usual height.
        qreal minimumMm = 0;
    };
    // A label and its value, for grids of fields.
    using Field = std::pair<QString, QString>;

    explicit PrintedFlow(PrintedPages& pages);

    // A section's heading, kept on the page of what follows it.
    void addHeading(const QString& text);
    // One line across the body.
    void addLine(const QString& text, qreal points = 10, bool bold = false);
    // Text wrapped across the body.
    void addParagraph(const QString& text, qreal points = 10);
    // Labels on grey beside their values, `perRow` fields to a row.
    void addFields(const QList<Field>& fields, int perRow = 2);
    void addTable(const QList<Column>& columns, const QList<Row>& rows);
    void addSpace(qreal millimetres);
    // The piece added last stays on one page with the next one added, when the two fit on a page.
    void keepWithNext();

    // Places the pieces on pages, paints them and returns the page count.
    int paint();

    // A row of plain cells.
    static Row row(const QStringList& texts);

private:
    struct Piece
    {
        qreal height = 0;
        std::function<void(qreal top)> draw;
        // The next piece goes on the same page when the two fit on one.
        bool keepWithNext = false;
        // For a table's rows: the header row to repeat above them on a new page.
        std::shared_ptr<Piece> header;
    };
    struct Placed
    {
        const Piece* piece;
        qreal top;
    };
    // Column edges across the body, from the shares.
    QList<qreal> edges(const QList<qreal>& shares) const;
    void addRowPiece(const QList<qreal>& edges, const QList<Column>& columns, const Row& row,
                     const std::shared_ptr<Piece>& header, const QList<bool>& greyColumns);
    QList<QList<Placed>> layOut() const;

    PrintedPages& m_pages;
    QList<Piece> m_pieces;
};
