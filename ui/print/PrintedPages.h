#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;

// Prints a form on A4 pages of any paged device, so "Save as PDF…" (QPdfWriter) and "Print…" (QPrinter) share one
// path: the institution's name and the form's title on top of every page, "Page n of m" at the foot, the form's
// body in between. A form lays its pages out first against body(), which is the same on every page, and tells the
// page count before the first page ends.
class PrintedPages
{
    Q_DECLARE_TR_FUNCTIONS(PrintedPages)

public:
    struct Heading
    {
        QString institution;
        QString title;
    };

    // A4 in this orientation with 12 mm margins; call before constructing the pages.
    static void setUpA4(QPagedPaintDevice& device, QPageLayout::Orientation orientation);

    // Starts painting on the device and draws the first page's heading.
    PrintedPages(QPagedPaintDevice& device, Heading heading);
    // Ends the last page.
    ~PrintedPages();
    PrintedPages(const PrintedPages&) = delete;
    PrintedPages& operator=(const PrintedPages&) = delete;

    // False when the device could not be painted on (a file that cannot be written).
    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    // Where the body goes, in device pixels.
    QRectF body() const { return m_body; }
    // Device pixels in a length given in millimetres.
    qreal mm(qreal millimetres) const;
    // A font of the page's family in points; bold for headings.
    QFont font(qreal points, bool bold = false) const;
    // A table cell: the rectangle outlined (filled grey when asked) and the text inside it, in the painter's font.
    void drawCell(const QRectF& rect, const QString& text, Qt::Alignment alignment = Qt::AlignCenter,
                  bool grey = false);
    // The same with the text wrapped to the cell's width, for cells made as tall as wrappedHeight() says.
    void drawWrappedCell(const QRectF& rect, const QString& text, Qt::Alignment alignment, bool grey = false);
    // How tall text wrapped in a cell this wide stands, in the painter's font, the cell's padding included.
    qreal wrappedHeight(const QString& text, qreal width, Qt::Alignment alignment) const;

    // A date as forms print it, 2026-11-20; blank when there is none.
    static QString dateText(QDate date);

    // How many of a table's rows go on each page: every page full but the last, which keeps room for what closes the
    // form, with at least one row beside it.
    static QList<int> paginate(int rows, int rowsPerPage, int rowsOnLastPage);

    void setPageCount(int count) { m_pageCount = count; }
    // Ends this page and starts the next under the heading.
    void nextPage();

private:
    void drawCellText(const QRectF& rect, const QString& text, Qt::Alignment alignment, bool grey, int flags);
    qreal padding(Qt::Alignment alignment) const;
    void drawHeading();
    void drawFooter();

    QPagedPaintDevice& m_device;
    Heading m_heading;
    QPainter m_painter;
    QRectF m_page;
    QRectF m_body;
    int m_pageNumber = 1;
    int m_pageCount = 1;
};
