#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

// A cell of a worksheet: text, an amount of money, a whole number or a date, optionally bold. Money stays money up
// to the writer, which shows it in yuan with two decimals; a date becomes a spreadsheet date shown yyyy-mm-dd.
struct SheetCell
{
    using Value = std::variant<QString, Money, qint64, QDate>;

    Value value;
    bool bold = false;
    // A sheet's title: larger, bold, centred across the table when it is alone on its row.
    bool title = false;

    SheetCell() = default;
    SheetCell(Value value, bool bold = false, bool title = false)
        : value(std::move(value))
        , bold(bold)
        , title(title)
    {
    }

    static SheetCell text(const QString& text, bool bold = false) { return {text, bold}; }
    static SheetCell money(Money amount, bool bold = false) { return {amount, bold}; }
    static SheetCell integer(qint64 number, bool bold = false) { return {number, bold}; }
    // An invalid date is an empty cell.
    static SheetCell date(QDate date) { return date.isValid() ? SheetCell {date} : SheetCell {QString()}; }
    static SheetCell heading(const QString& text) { return {text, true, true}; }

    // What a CSV file holds: money as "1234.50", without grouping.
    QString plainText() const;
};

using SheetRow = QList<SheetCell>;

// How a sheet is printed on paper and scrolled on screen. The paper is always A4, what Chinese offices print on.
struct SheetLayout
{
    // The rows from the top (title, header lines, column header) printed again at the top of every page and kept
    // in view while scrolling; 0: none.
    int headerRows = 0;
    bool landscape = false;
    // Scaled to one page wide, as many pages long as it takes.
    bool fitToWidth = false;
    // The cell grid printed too, as on a paper form.
    bool gridlines = false;
};

// One worksheet as rows from the top, each from the first column: title rows, a header, data rows, a totals row,
// signature lines; an empty row leaves a blank line.
struct Sheet
{
    QString name;
    QList<SheetRow> rows;
    SheetLayout layout;

    Sheet() = default;
    Sheet(QString name, QList<SheetRow> rows, SheetLayout layout = {})
        : name(std::move(name))
        , rows(std::move(rows))
        , layout(layout)
    {
    }

    // The shape of a plain list: a bold header, then rows of text.
    static Sheet table(const QString& name, const QStringList& header, const QList<QStringList>& rows);
    static SheetRow textRow(const QStringList& texts, bool bold = false);
    static QList<QStringList> plainTexts(const QList<SheetRow>& rows);
};
