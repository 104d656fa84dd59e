#pragma once

#include "Money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

// A cell of a worksheet: text, an amount of money or a whole number, optionally bold. Money stays money up to the
// writer, which shows it in yuan with two decimals.
struct SheetCell
{
    std::variant<QString, Money, qint64> value;
    bool bold = false;

    static SheetCell text(const QString& text, bool bold = false) { return {text, bold}; }
    static SheetCell money(Money amount, bool bold = false) { return {amount, bold}; }
    static SheetCell integer(qint64 number, bool bold = false) { return {number, bold}; }

    // What a CSV file holds: money as "1234.50", without grouping.
    QString plainText() const;
};

using SheetRow = QList<SheetCell>;

// One worksheet as rows from the top, each from the first column: title rows, a header, data rows, a totals row,
// signature lines; an empty row leaves a blank line.
struct Sheet
{
    QString name;
    QList<SheetRow> rows;

    // The shape of a plain list: a bold header, then rows of text.
    static Sheet table(const QString& name, const QStringList& header, const QList<QStringList>& rows);
    static SheetRow textRow(const QStringList& texts, bool bold = false);
    static QList<QStringList> plainTexts(const QList<SheetRow>& rows);
};
