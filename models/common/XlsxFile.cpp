#include "XlsxFile.h"

#include "store/SafeFile.h"

#include <QDir>
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
    lxw_format* date = nullptr;
    lxw_format* boldDate = nullptr;
    lxw_format* title = nullptr;

    explicit Formats(lxw_workbook* book)
        : bold(workbook_add_format(book))
        , money(workbook_add_format(book))
        , boldMoney(workbook_add_format(book))
        , date(workbook_add_format(book))
        , boldDate(workbook_add_format(book))
        , title(workbook_add_format(book))
    {
        for (lxw_format* f : {bold, boldMoney, boldDate, title})
            format_set_bold(f);
        for (lxw_format* f : {money, boldMoney})
            format_set_num_format(f, "#,##0.00");
        for (lxw_format* f : {date, boldDate})
            format_set_num_format(f, "yyyy-mm-dd");
        format_set_font_size(title, 16);
        // Centred across the blank cells beside it rather than merged: merging is not possible while rows are
        // written one after another.
        format_set_align(title, LXW_ALIGN_CENTER_ACROSS);
    }

    lxw_format* of(const SheetCell& cell) const
    {
        if (cell.title)
            return title;
        if (std::holds_alternative<Money>(cell.value))
            return cell.bold ? boldMoney : money;
        if (std::holds_alternative<QDate>(cell.value))
            return cell.bold ? boldDate : date;
        return cell.bold ? bold : nullptr;
    }
};

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const SheetCell& cell, const Formats& formats)
{
    lxw_format* format = formats.of(cell);
    if (const Money* amount = std::get_if<Money>(&cell.value)) {
        // The one place money leaves integer fen: a spreadsheet number is a double, and every amount up to far
        // beyond a day care's turnover is shown to the fen exactly.
        const double yuan = double(amount->fen()) / 100.0;
        return worksheet_write_number(sheet, row, col, yuan, format);
    }
    if (const qint64* number = std::get_if<qint64>(&cell.value))
        return worksheet_write_number(sheet, row, col, double(*number), format);
    if (const QDate* date = std::get_if<QDate>(&cell.value)) {
        lxw_datetime day {date->year(), date->month(), date->day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, col, &day, format);
    }
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
// Rows of one cell (titles, signature lines) run across the columns and are left out. Returns the number of
// columns of the table.
lxw_col_t fitColumns(lxw_worksheet* sheet, const QList<SheetRow>& rows)
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
    return lxw_col_t(widths.size());
}

// A4 always; the rest as the sheet asks.
void setUpPages(lxw_worksheet* sheet, const SheetLayout& layout)
{
    worksheet_set_paper(sheet, 9);
    if (layout.landscape)
        worksheet_set_landscape(sheet);
    if (layout.fitToWidth)
        worksheet_fit_to_pages(sheet, 1, 0);
    if (layout.gridlines)
        worksheet_gridlines(sheet, LXW_SHOW_ALL_GRIDLINES);
    if (layout.headerRows > 0) {
        worksheet_repeat_rows(sheet, 0, lxw_row_t(layout.headerRows - 1));
        worksheet_freeze_panes(sheet, lxw_row_t(layout.headerRows), 0);
    }
}

// The rows in order from the top, as the constant-memory mode needs: a row once left is on disk.
lxw_error writeSheet(lxw_workbook* book, const Sheet& description, const Formats& formats)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, description.name.toUtf8().constData());
    if (!sheet)
        return LXW_ERROR_PARAMETER_VALIDATION;
    setUpPages(sheet, description.layout);
    const lxw_col_t tableColumns = fitColumns(sheet, description.rows);
    for (qsizetype r = 0; r < description.rows.size(); ++r) {
        const SheetRow& row = description.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c)
            if (lxw_error e = writeCell(sheet, lxw_row_t(r), lxw_col_t(c), row.at(c), formats))
                return e;
        // A title alone on its row is centred across the blank cells of the table's width.
        if (row.size() == 1 && row.first().title)
            for (lxw_col_t c = 1; c < tableColumns; ++c)
                if (lxw_error e = worksheet_write_blank(sheet, lxw_row_t(r), c, formats.title))
                    return e;
    }
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
    // Each row goes to a temporary file as soon as the next begins, so a claim of thousands of children takes no
    // more memory than one of ten.
    QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options {.constant_memory = LXW_TRUE, .tmpdir = tmpdir.data(), .use_zip64 = LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
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
