#include "XlsxFile.h"

#include "store/SafeFile.h"

#include <QFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace {

// The workbook's formats, made once: libxlsxwriter keeps every format it is given until the file is closed.
struct Formats
{
    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* boldMoney = nullptr;

    explicit Formats(lxw_workbook* book)
        : bold(workbook_add_format(book))
        , money(workbook_add_format(book))
        , boldMoney(workbook_add_format(book))
    {
        format_set_bold(bold);
        format_set_num_format(money, "#,##0.00");
        format_set_bold(boldMoney);
        format_set_num_format(boldMoney, "#,##0.00");
    }
};

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const SheetCell& cell, const Formats& formats)
{
    if (const Money* amount = std::get_if<Money>(&cell.value)) {
        // The one place money leaves integer fen: a spreadsheet number is a double, and every amount up to far
        // beyond a day care's turnover is shown to the fen exactly.
        const double yuan = double(amount->fen()) / 100.0;
        return worksheet_write_number(sheet, row, col, yuan, cell.bold ? formats.boldMoney : formats.money);
    }
    lxw_format* format = cell.bold ? formats.bold : nullptr;
    if (const qint64* number = std::get_if<qint64>(&cell.value))
        return worksheet_write_number(sheet, row, col, double(*number), format);
    return worksheet_write_string(sheet, row, col, std::get<QString>(cell.value).toUtf8().constData(), format);
}

// How many character widths a cell takes: Chinese characters count two, money three more for its grouping.
int displayWidth(const SheetCell& cell)
{
    const QString text = cell.plainText();
    int width = std::holds_alternative<Money>(cell.value) ? 3 : 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

// Each column as wide as its widest cell (within limits), so an 18-digit ID number or a class name is read whole.
// Rows of one cell (titles, signature lines) run across the columns and are left out.
void fitColumns(lxw_worksheet* sheet, const QList<SheetRow>& rows)
{
    QList<int> widths;
    for (const SheetRow& row : rows) {
        if (row.size() < 2)
            continue;
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2, 8, 42), nullptr);
}

lxw_error writeSheet(lxw_workbook* book, const Sheet& description, const Formats& formats)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, description.name.toUtf8().constData());
    if (!sheet)
        return LXW_ERROR_PARAMETER_VALIDATION;
    for (qsizetype r = 0; r < description.rows.size(); ++r) {
        const SheetRow& row = description.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c)
            if (lxw_error e = writeCell(sheet, lxw_row_t(r), lxw_col_t(c), row.at(c), formats))
                return e;
    }
    fitColumns(sheet, description.rows);
    return LXW_NO_ERROR;
}

lxw_error writeSheets(lxw_workbook* book, const QList<Sheet>& sheets)
{
    const Formats formats(book);
    for (const Sheet& sheet : sheets)
        if (lxw_error e = writeSheet(book, sheet, formats))
            return e;
    return LXW_NO_ERROR;
}

} // namespace

Status XlsxFile::write(const QString& path, const QList<Sheet>& sheets)
{
    const QString temporary = SafeFile::temporaryPathFor(path);
    lxw_workbook* book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        return Status::failure(tr("Cannot create the workbook %1.").arg(path));
    const lxw_error cells = writeSheets(book, sheets);
    const lxw_error closed = workbook_close(book);
    const lxw_error error = cells ? cells : closed;
    if (error == LXW_NO_ERROR) {
        if (Status synced = SafeFile::sync(temporary); !synced) {
            QFile::remove(temporary);
            return synced;
        }
        if (Status renamed = SafeFile::rename(temporary, path, true); !renamed) {
            QFile::remove(temporary);
            return renamed;
        }
        return {};
    }
    QFile::remove(temporary);
    return Status::failure(tr("Cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
}
