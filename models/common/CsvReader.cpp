#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Decoded
{
    QString text;
    CsvEncoding encoding;
};

// Bytes that are valid UTF-8 are taken as UTF-8: GB18030 text of any length almost never is.
Decoded decode(const QByteArray& bytes)
{
    static constexpr QByteArrayView Bom("\xEF\xBB\xBF");
    if (bytes.startsWith(Bom)) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        return {utf8.decode(QByteArrayView(bytes).sliced(Bom.size())), CsvEncoding::Utf8WithBom};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, CsvEncoding::Utf8};
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    return {gb18030.decode(bytes), CsvEncoding::Gb18030};
}

bool isLineEnd(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// Tab-separated exports are common, and Excel writes semicolons where the comma is the decimal mark. Only a header
// without a comma outside quotes is taken for either; a blank line before it is passed over.
QChar sniffSeparator(QStringView text)
{
    qsizetype tabs = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (QChar c : text.sliced(std::find_if_not(text.begin(), text.end(), isLineEnd) - text.begin())) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            return u',';
        else if (isLineEnd(c))
            break;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
    }
    if (tabs == 0 && semicolons == 0)
        return u',';
    return tabs >= semicolons ? u'\t' : u';';
}

// RFC 4180 records, counting physical lines so a record can say where it starts.
class Parser
{
public:
    Parser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    // Every record, blank ones included; nothing when a quote is left open.
    std::optional<QList<CsvRow>> records()
    {
        QList<CsvRow> rows;
        // Rows mostly have as many fields as the one before: a year of attendance is 150,000 rows.
        qsizetype width = 0;
        while (!atEnd()) {
            CsvRow row {m_line, {}};
            row.fields.reserve(width);
            for (;;) {
                std::optional<QString> field = readField();
                if (!field)
                    return std::nullopt;
                row.fields << std::move(*field);
                if (atEnd())
                    break;
                if (m_text[m_pos] == m_separator) {
                    ++m_pos;
                    continue;
                }
                skipLineEnd();
                break;
            }
            width = row.fields.size();
            rows << std::move(row);
        }
        return rows;
    }

    int openQuoteLine() const { return m_openQuoteLine; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipLineEnd()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    std::optional<QString> readField()
    {
        while (!atEnd() && m_text[m_pos] != m_separator && !isLineEnd(m_text[m_pos]) && m_text[m_pos].isSpace())
            ++m_pos;
        if (atEnd() || m_text[m_pos] != u'"')
            return readUnquoted();

        m_openQuoteLine = m_line;
        ++m_pos;
        QString value;
        for (;;) {
            if (atEnd())
                return std::nullopt;
            const QChar c = m_text[m_pos];
            if (c == u'"' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                value += u'"';
                m_pos += 2;
            } else if (c == u'"') {
                ++m_pos;
                break;
            } else if (isLineEnd(c)) {
                skipLineEnd();
                value += u'\n';
            } else {
                value += c;
                ++m_pos;
            }
        }
        // Like Excel, keep anything written after the closing quote.
        return value + readUnquoted();
    }

    QString readUnquoted()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != m_separator && !isLineEnd(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).trimmed().toString();
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_openQuoteLine = 0;
};

// Quoted spaces or line breaks carry nothing either.
bool isBlank(const CsvRow& row)
{
    return std::all_of(row.fields.begin(), row.fields.end(),
                       [](const QString& f) { return QStringView(f).trimmed().isEmpty(); });
}

} // namespace

Result<CsvTable> CsvReader::read(const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CsvTable>::failure(tr("Cannot open %1: %2").arg(shownPath, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<CsvTable>::failure(tr("Cannot read %1: %2").arg(shownPath, file.errorString()));
    Result<CsvTable> table = parse(bytes);
    if (!table)
        return Result<CsvTable>::failure(tr("Cannot read %1: %2").arg(shownPath, table.error()));
    return table;
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes)
{
    using R = Result<CsvTable>;
    // Text never holds a NUL byte; workbooks (.xlsx, .xls) and other binary files always do.
    if (bytes.contains('\0')) {
        return R::failure(tr("The file is not text; it may be an Excel workbook. Open it in Excel and save it as CSV "
                             "(\"Save As\", type \"CSV UTF-8\")."));
    }
    const Decoded decoded = decode(bytes);
    CsvTable table;
    table.encoding = decoded.encoding;
    table.separator = sniffSeparator(decoded.text);

    Parser parser(decoded.text, table.separator);
    std::optional<QList<CsvRow>> records = parser.records();
    if (!records) {
        return R::failure(tr("The quote (\") that opens a field on line %1 is never closed, so the rest of the file "
                             "would be one field. Close the quote or remove it.")
                              .arg(parser.openQuoteLine()));
    }
    table.rows.reserve(records->size());
    for (CsvRow& record : *records) {
        if (isBlank(record))
            continue;
        if (table.header.isEmpty())
            table.header = record.fields;
        else
            table.rows << std::move(record);
    }
    if (table.header.isEmpty())
        return R::failure(tr("The file has no header row: it is empty or has only blank lines."));
    return table;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Gb18030:
        return u"GB18030"_s;
    }
    return {};
}
