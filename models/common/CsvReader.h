#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How the bytes of a file were turned into text, so an import report can say it.
enum class CsvEncoding
{
    Utf8WithBom,
    Utf8,
    Gb18030,
};

struct CsvRow
{
    // 1-based line of the file where the record starts, the header being on line 1.
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    // Rows as written: a row may have more or fewer fields than the header.
    QList<CsvRow> rows;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar separator = u',';
};

// Reads the spreadsheet a user already has, saved as CSV by Excel, WPS or by hand: UTF-8 with or without a BOM, or
// GB18030 as Excel writes it on a Chinese Windows; comma-, tab- or semicolon-separated; RFC 4180 quoting. The first
// non-blank record is the header; wholly blank rows are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> read(const QString& path);
    static Result<CsvTable> parse(const QByteArray& bytes);
    // "UTF-8 with BOM", "UTF-8", "GB18030".
    static QString encodingName(CsvEncoding encoding);
};
