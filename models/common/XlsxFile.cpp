#include "XlsxFile.h"

#include "store/SafeFile.h"

#include <QFile>
#include <xlsxwriter.h>

namespace {

lxw_error writeCells(lxw_workbook* book, const QString& sheetName, const QStringList& header,
                     const QList<QStringList>& rows)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold))
            return e;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 14, nullptr);
    }
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            if (lxw_error e = worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                                     rows.at(r).at(c).toUtf8().constData(), nullptr))
                return e;
    return LXW_NO_ERROR;
}

} // namespace

Status XlsxFile::write(const QString& path, const QString& sheetName, const QStringList& header,
                       const QList<QStringList>& rows)
{
    const QString temporary = SafeFile::temporaryPathFor(path);
    lxw_workbook* book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        return Status::failure(tr("Cannot create the workbook %1.").arg(path));
    const lxw_error cells = writeCells(book, sheetName, header, rows);
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
