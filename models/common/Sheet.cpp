#include "Sheet.h"

QString SheetCell::plainText() const
{
    if (const Money* amount = std::get_if<Money>(&value))
        return amount->toPlainString();
    if (const qint64* number = std::get_if<qint64>(&value))
        return QString::number(*number);
    if (const QDate* date = std::get_if<QDate>(&value))
        return date->toString(Qt::ISODate);
    return std::get<QString>(value);
}

Sheet Sheet::table(const QString& name, const QStringList& header, const QList<QStringList>& rows)
{
    Sheet sheet {name, {textRow(header, true)}};
    for (const QStringList& row : rows)
        sheet.rows << textRow(row);
    return sheet;
}

SheetRow Sheet::textRow(const QStringList& texts, bool bold)
{
    SheetRow row;
    for (const QString& t : texts)
        row << SheetCell::text(t, bold);
    return row;
}

QList<QStringList> Sheet::plainTexts(const QList<SheetRow>& rows)
{
    QList<QStringList> texts;
    for (const SheetRow& row : rows) {
        QStringList line;
        for (const SheetCell& cell : row)
            line << cell.plainText();
        texts << line;
    }
    return texts;
}
