#include "PrintedPages.h"

#include "common/Application.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal MarginMm = 12;
constexpr qreal HeadingMm = 17;
constexpr qreal FooterMm = 7;

} // namespace

void PrintedPages::setUpA4(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                     QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
}

PrintedPages::PrintedPages(QPagedPaintDevice& device, Heading heading)
    : m_device(device)
    , m_heading(std::move(heading))
{
    if (!m_painter.begin(&m_device))
        return;
    // The painter's origin is the top left of the printable area, inside the margins.
    m_page = QRectF(QPointF(0, 0), m_device.pageLayout().paintRectPixels(m_device.logicalDpiX()).size());
    m_body = m_page.adjusted(0, mm(HeadingMm), 0, -mm(FooterMm));
    drawHeading();
}

PrintedPages::~PrintedPages()
{
    if (!isActive())
        return;
    drawFooter();
    m_painter.end();
}

qreal PrintedPages::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiX() / 25.4;
}

QFont PrintedPages::font(qreal points, bool bold) const
{
    // Every form carries Chinese names, whatever the interface language: Simplified Chinese faces first, or CJK
    // text may come out in Japanese glyphs.
    QFont f;
    f.setFamilies(Application::interfaceFontFamilies(QLocale(QLocale::Chinese, QLocale::China), u"Sans Serif"_s));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Shaped in the CJK face, digits beside Latin words come out as glyphs the PDF's text cannot name, and a receipt
    // number or credit code could no longer be searched or copied; printed forms need no ligatures or kerning.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PrintedPages::drawCell(const QRectF& rect, const QString& text, Qt::Alignment alignment, bool grey)
{
    drawCellText(rect, text, alignment, grey, 0);
}

void PrintedPages::drawWrappedCell(const QRectF& rect, const QString& text, Qt::Alignment alignment, bool grey)
{
    drawCellText(rect, text, alignment, grey, Qt::TextWordWrap);
}

qreal PrintedPages::wrappedHeight(const QString& text, qreal width, Qt::Alignment alignment) const
{
    const QFontMetricsF metrics(m_painter.font(), m_painter.device());
    const qreal inner = width - 2 * padding(alignment);
    return metrics.boundingRect(QRectF(0, 0, inner, 1e6), int(alignment) | Qt::TextWordWrap, text).height() + mm(2);
}

qreal PrintedPages::padding(Qt::Alignment alignment) const
{
    // Text aligned left or right keeps off the rules; centred text keeps the whole width of a narrow column.
    return alignment.testFlag(Qt::AlignHCenter) ? 0 : mm(1.5);
}

void PrintedPages::drawCellText(const QRectF& rect, const QString& text, Qt::Alignment alignment, bool grey, int flags)
{
    m_painter.setPen(QPen(Qt::black, mm(0.15)));
    m_painter.setBrush(grey ? QBrush(QColor(0xd0, 0xd0, 0xd0)) : Qt::NoBrush);
    m_painter.drawRect(rect);
    const qreal pad = padding(alignment);
    m_painter.drawText(rect.adjusted(pad, 0, -pad, 0), int(alignment | Qt::AlignVCenter) | flags, text);
}

QString PrintedPages::dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QList<int> PrintedPages::paginate(int rows, int rowsPerPage, int rowsOnLastPage)
{
    QList<int> pages;
    int remaining = rows;
    while (remaining > rowsOnLastPage) {
        const int take = std::max(1, std::min(rowsPerPage, remaining - 1));
        pages << take;
        remaining -= take;
    }
    pages << remaining;
    return pages;
}

void PrintedPages::nextPage()
{
    drawFooter();
    m_device.newPage();
    ++m_pageNumber;
    drawHeading();
}

void PrintedPages::drawHeading()
{
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(10));
    const QRectF institution(m_page.left(), m_page.top(), m_page.width(), mm(6));
    m_painter.drawText(institution, Qt::AlignHCenter | Qt::AlignVCenter, m_heading.institution);
    m_painter.setFont(font(16, true));
    const QRectF title(m_page.left(), institution.bottom(), m_page.width(), mm(9));
    m_painter.drawText(title, Qt::AlignHCenter | Qt::AlignVCenter, m_heading.title);
}

void PrintedPages::drawFooter()
{
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(8));
    const QRectF footer(m_page.left(), m_page.bottom() - mm(FooterMm) + mm(2), m_page.width(), mm(FooterMm) - mm(2));
    m_painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                       tr("Page %1 of %2").arg(m_pageNumber).arg(m_pageCount));
}
