#include "CsvWriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

QString CsvWriter::quote(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

Status CsvWriter::write(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto line = [&file](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << quote(f);
        file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    line(header);
    for (const QStringList& row : rows)
        line(row);
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
