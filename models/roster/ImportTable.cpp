#include "ImportTable.h"

#include "common/DateText.h"

using namespace Qt::StringLiterals;

ImportTable::ImportTable(const CsvTable& table, const QList<ImportColumn>& columns)
    : m_table(table)
    , m_columns(columns)
{
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString text = table.header.at(i).trimmed();
        const auto column = std::find_if(columns.begin(), columns.end(), [&](const ImportColumn& c) {
            return c.chinese == text || c.key.compare(text, Qt::CaseInsensitive) == 0;
        });
        if (column == columns.end()) {
            if (!text.isEmpty())
                m_warnings.append({text, {}, tr("Unknown column \"%1\" is ignored.").arg(text), 1});
        } else if (m_index.contains(column->key)) {
            m_errors.append({text, {}, tr("The column \"%1\" appears twice.").arg(text), 1});
        } else {
            m_index.insert(column->key, i);
        }
    }
    for (const ImportColumn& column : columns)
        if (column.required && !m_index.contains(column.key))
            m_errors.append(
                {column.chinese, {}, tr("The required column %1 (%2) is missing.").arg(column.chinese, column.key), 1});
}

QString ImportTable::cell(const CsvRow& row, const QString& key) const
{
    const auto found = m_index.constFind(key);
    return found == m_index.cend() ? QString() : row.fields.value(*found).trimmed();
}

QString ImportTable::header(const QString& key) const
{
    const auto found = m_index.constFind(key);
    if (found != m_index.cend())
        return m_table.header.at(*found).trimmed();
    // A column the file does not have is named as the Chinese template names it.
    for (const ImportColumn& column : m_columns)
        if (column.key == key)
            return column.chinese;
    return key;
}

FieldError ImportTable::error(const CsvRow& row, const QString& key, const QString& message) const
{
    return {header(key), cell(row, key), message, row.line};
}

void ImportTable::addValidation(const CsvRow& row, const FieldErrors& found, FieldErrors& errors) const
{
    for (const FieldError& e : found) {
        const QString column = header(e.field);
        if (std::none_of(errors.begin(), errors.end(),
                         [&](const FieldError& f) { return f.row == row.line && f.field == column; }))
            errors.append({column, e.value, e.message, row.line});
    }
}

QDate ImportTable::date(const CsvRow& row, const QString& key, FieldErrors& errors) const
{
    const QString text = cell(row, key);
    if (text.isEmpty())
        return {};
    const Result<QDate> parsed = DateText::parse(text);
    if (!parsed) {
        errors.append(error(row, key, parsed.error()));
        return {};
    }
    return parsed.value();
}

Gender ImportTable::gender(const CsvRow& row, const QString& key, FieldErrors& errors) const
{
    const QString text = cell(row, key);
    if (text == u"男"_s || text.compare(u"male"_s, Qt::CaseInsensitive) == 0
        || text.compare(u"M"_s, Qt::CaseInsensitive) == 0)
        return Gender::Male;
    if (text == u"女"_s || text.compare(u"female"_s, Qt::CaseInsensitive) == 0
        || text.compare(u"F"_s, Qt::CaseInsensitive) == 0)
        return Gender::Female;
    errors.append(
        error(row, key,
              text.isEmpty() ? tr("The gender is missing.") : tr("Unknown gender \"%1\"; write 男 or 女.").arg(text)));
    return Gender::Unknown;
}

bool ImportTable::yesNo(const CsvRow& row, const QString& key, FieldErrors& errors) const
{
    const QString text = cell(row, key);
    const auto isOneOf = [&](std::initializer_list<QString> words) {
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& word) { return text.compare(word, Qt::CaseInsensitive) == 0; });
    };
    if (text.isEmpty() || isOneOf({u"否"_s, u"no"_s, u"n"_s, u"0"_s, u"false"_s}))
        return false;
    if (isOneOf({u"是"_s, u"yes"_s, u"y"_s, u"1"_s, u"true"_s}))
        return true;
    errors.append(error(row, key, tr("Write 是 or 否 (yes or no), not \"%1\".").arg(text)));
    return false;
}
