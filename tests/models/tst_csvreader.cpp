#include "common/CsvReader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CsvEncoding)

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

const QByteArray Bom("\xEF\xBB\xBF");
const QString Roster = u"姓名,出生日期\r\n张小明,2024年3月1日\r\n"_s;

QList<QStringList> fieldsOf(const QList<CsvRow>& rows)
{
    QList<QStringList> fields;
    for (const CsvRow& row : rows)
        fields << row.fields;
    return fields;
}

QList<int> linesOf(const QList<CsvRow>& rows)
{
    QList<int> lines;
    for (const CsvRow& row : rows)
        lines << row.line;
    return lines;
}

} // namespace

// Directors import the spreadsheets they already keep, saved as CSV by whichever Excel or WPS they have; every
// encoding, quoting rule and line end such a file can have gets a row, and so does each way it can be unreadable.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encoding_data();
    void encoding();
    void fields_data();
    void fields();
    void lineNumbers_data();
    void lineNumbers();
    void rejects_data();
    void rejects();
    void read_data();
    void read();
    void readRejects_data();
    void readRejects();
};

void TestCsvReader::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("row");

    const QStringList header {u"姓名"_s, u"出生日期"_s};
    const QStringList row {u"张小明"_s, u"2024年3月1日"_s};
    QTest::addRow("UTF-8 with BOM") << Bom + utf8(Roster) << CsvEncoding::Utf8WithBom << u"UTF-8 with BOM"_s << header
                                    << row;
    QTest::addRow("UTF-8 without BOM") << utf8(Roster) << CsvEncoding::Utf8 << u"UTF-8"_s << header << row;
    QTest::addRow("GB18030") << gb18030(Roster) << CsvEncoding::Gb18030 << u"GB18030"_s << header << row;
    // A rare name character outside the BMP takes four bytes in GB18030.
    QTest::addRow("GB18030 four-byte character") << gb18030(u"姓名\n𠮷小明\n"_s) << CsvEncoding::Gb18030 << u"GB18030"_s
                                                 << QStringList {u"姓名"_s} << QStringList {u"𠮷小明"_s};
    QTest::addRow("ASCII") << QByteArray("name,birth\nZhang,2024-03-01\n") << CsvEncoding::Utf8 << u"UTF-8"_s
                           << QStringList {u"name"_s, u"birth"_s} << QStringList {u"Zhang"_s, u"2024-03-01"_s};
    QTest::addRow("BOM before a quoted header") << Bom + utf8(u"\"姓名\",\"出生日期\"\n张小明,2024年3月1日\n"_s)
                                                << CsvEncoding::Utf8WithBom << u"UTF-8 with BOM"_s << header << row;
}

void TestCsvReader::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QString, name);
    QFETCH(QStringList, header);
    QFETCH(QStringList, row);

    const Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(CsvReader::encodingName(table->encoding), name);
    QCOMPARE(table->header, header);
    QCOMPARE(fieldsOf(table->rows), QList<QStringList> {row});
}

void TestCsvReader::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList ab {u"a"_s, u"b"_s};
    const QChar comma = u',';

    QTest::addRow("LF") << u"a,b\n1,2\n3,4\n"_s << comma << ab
                        << QList<QStringList> {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::addRow("CRLF") << u"a,b\r\n1,2\r\n3,4\r\n"_s << comma << ab
                          << QList<QStringList> {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::addRow("CR") << u"a,b\r1,2\r3,4\r"_s << comma << ab
                        << QList<QStringList> {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::addRow("no final line end") << u"a,b\n1,2"_s << comma << ab << QList<QStringList> {{u"1"_s, u"2"_s}};
    QTest::addRow("header only") << u"a,b\r\n"_s << comma << ab << QList<QStringList> {};
    QTest::addRow("quoted comma") << u"a,b\n\"北京市, 朝阳区\",2\n"_s << comma << ab
                                  << QList<QStringList> {{u"北京市, 朝阳区"_s, u"2"_s}};
    QTest::addRow("doubled quotes") << u"a,b\n\"他说\"\"好\"\"\",\"\"\"\"\n"_s << comma << ab
                                    << QList<QStringList> {{u"他说\"好\""_s, u"\""_s}};
    QTest::addRow("LF inside quotes") << u"a,b\n\"line 1\nline 2\",2\n"_s << comma << ab
                                      << QList<QStringList> {{u"line 1\nline 2"_s, u"2"_s}};
    QTest::addRow("CRLF inside quotes becomes LF")
        << u"a,b\r\n\"line 1\r\nline 2\",2\r\n"_s << comma << ab << QList<QStringList> {{u"line 1\nline 2"_s, u"2"_s}};
    QTest::addRow("quoted empty field") << u"a,b\n\"\",2\n"_s << comma << ab
                                        << QList<QStringList> {{QString(), u"2"_s}};
    QTest::addRow("spaces outside quotes trimmed")
        << u" a , b \n  1\t,\u3000\"  2 \"  \n"_s << comma << ab << QList<QStringList> {{u"1"_s, u"  2 "_s}};
    QTest::addRow("quote inside an unquoted field")
        << u"a,b\n5\" screen,2\n"_s << comma << ab << QList<QStringList> {{u"5\" screen"_s, u"2"_s}};
    QTest::addRow("text after the closing quote kept")
        << u"a,b\n\"12\"3,4\n"_s << comma << ab << QList<QStringList> {{u"123"_s, u"4"_s}};
    QTest::addRow("empty fields") << u"a,b,c\n,,3\n1,,\n"_s << comma << QStringList {u"a"_s, u"b"_s, u"c"_s}
                                  << QList<QStringList> {{QString(), QString(), u"3"_s},
                                                         {u"1"_s, QString(), QString()}};
    QTest::addRow("short and long rows kept as written")
        << u"a,b\n1\n1,2,3\n"_s << comma << ab << QList<QStringList> {{u"1"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::addRow("blank rows skipped") << u"a,b\n\n1,2\n , \n,,\n\"\",\"\"\n3,4\n"_s << comma << ab
                                        << QList<QStringList> {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::addRow("trailing empty lines")
        << u"a,b\r\n1,2\r\n\r\n\r\n"_s << comma << ab << QList<QStringList> {{u"1"_s, u"2"_s}};
    QTest::addRow("blank lines before the header")
        << u"\n\na,b\n1,2\n"_s << comma << ab << QList<QStringList> {{u"1"_s, u"2"_s}};
    QTest::addRow("tab-separated") << u"a\tb\n1,5\t2\n"_s << QChar(u'\t') << ab
                                   << QList<QStringList> {{u"1,5"_s, u"2"_s}};
    QTest::addRow("semicolon-separated") << u"a;b\n1,5;2\n"_s << QChar(u';') << ab
                                         << QList<QStringList> {{u"1,5"_s, u"2"_s}};
    QTest::addRow("tabs with empty fields")
        << u"a\tb\tc\n\t\t3\n"_s << QChar(u'\t') << QStringList {u"a"_s, u"b"_s, u"c"_s}
        << QList<QStringList> {{QString(), QString(), u"3"_s}};
    QTest::addRow("comma in the header wins")
        << u"a;x,b\n1;2,3\n"_s << comma << QStringList {u"a;x"_s, u"b"_s} << QList<QStringList> {{u"1;2"_s, u"3"_s}};
    QTest::addRow("comma inside a quoted header does not count")
        << u"\"a,b\"\tc\n1\t2\n"_s << QChar(u'\t') << QStringList {u"a,b"_s, u"c"_s}
        << QList<QStringList> {{u"1"_s, u"2"_s}};
    QTest::addRow("single column") << u"姓名\n张小明\n"_s << comma << QStringList {u"姓名"_s}
                                   << QList<QStringList> {{u"张小明"_s}};
}

void TestCsvReader::fields()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);

    const Result<CsvTable> table = CsvReader::parse(utf8(text));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->header, header);
    QCOMPARE(fieldsOf(table->rows), rows);
}

void TestCsvReader::lineNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("one record a line") << u"a,b\n1,2\n3,4\n"_s << QList<int> {2, 3};
    QTest::addRow("after a field of two lines") << u"a,b\n\"x\ny\",1\n3,4\n"_s << QList<int> {2, 4};
    QTest::addRow("after a field of three CRLF lines") << u"a,b\r\n1,\"x\r\ny\r\nz\"\r\n3,4\r\n"_s << QList<int> {2, 5};
    QTest::addRow("after a header of two lines") << u"\"a\nb\",c\n1,2\n"_s << QList<int> {3};
    QTest::addRow("CR line ends with a field of two lines") << u"a,b\r\"x\ry\",1\r3,4\r"_s << QList<int> {2, 4};
    QTest::addRow("blank rows still counted") << u"a,b\n\n1,2\n , \n,,\n3,4\n"_s << QList<int> {3, 6};
    QTest::addRow("blank lines before the header counted") << u"\r\n\r\na,b\r\n1,2\r\n"_s << QList<int> {4};
    QTest::addRow("quoted blank row skipped, its lines counted") << u"a,b\n\"\n\n\",\n1,2\n"_s << QList<int> {5};
}

void TestCsvReader::lineNumbers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);

    const Result<CsvTable> table = CsvReader::parse(utf8(text));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(linesOf(table->rows), lines);
}

void TestCsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // A phrase only this kind of refusal contains.
    QTest::addColumn<QString>("reason");

    const QString noHeader = u"The file has no header row"_s;
    const QString notText = u"The file is not text; it may be an Excel workbook. Open it in Excel and save it as CSV"_s;

    QTest::addRow("empty") << QByteArray() << noHeader;
    QTest::addRow("only a BOM") << Bom << noHeader;
    QTest::addRow("only blank lines") << QByteArray("\r\n \r\n,,\r\n") << noHeader;
    QTest::addRow("quote open in a row") << utf8(u"a,b\n1,\"x\n2,3\n"_s)
                                         << u"The quote (\") that opens a field on line 2 is never closed"_s;
    QTest::addRow("quote open in the header")
        << utf8(u"\"a,b\n1,2\n"_s) << u"The quote (\") that opens a field on line 1 is never closed"_s;
    QTest::addRow("quote open after a field of two lines")
        << utf8(u"a,b\r\n\"x\r\ny\",1\r\n3,\"4\r\n"_s)
        << u"The quote (\") that opens a field on line 4 is never closed"_s;
    QTest::addRow("doubled quote at the end leaves it open")
        << utf8(u"a,b\n1,\"2\"\"\n"_s) << u"The quote (\") that opens a field on line 2 is never closed"_s;
    QTest::addRow("xlsx workbook") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16) << notText;
    QTest::addRow("UTF-16 text") << QByteArray("a\0,\0b\0\r\0\n\0", 10) << notText;
    QTest::addRow("NUL after text") << QByteArray("a,b\n1,2\n\0", 9) << notText;
}

void TestCsvReader::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().contains(reason), qPrintable(table.error()));
}

void TestCsvReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvEncoding>("encoding");

    QTest::addRow("UTF-8 with BOM") << Bom + utf8(Roster) << CsvEncoding::Utf8WithBom;
    QTest::addRow("GB18030") << gb18030(Roster) << CsvEncoding::Gb18030;
}

void TestCsvReader::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvEncoding, encoding);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"花名册.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const Result<CsvTable> table = CsvReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->header, (QStringList {u"姓名"_s, u"出生日期"_s}));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows[0].line, 2);
    QCOMPARE(table->rows[0].fields, (QStringList {u"张小明"_s, u"2024年3月1日"_s}));
}

void TestCsvReader::readRejects_data()
{
    QTest::addColumn<QString>("name");
    // Written to the file when set; a name with no content is not created.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::addRow("missing file") << u"不存在.csv"_s << QByteArray() << u"Cannot open"_s;
    QTest::addRow("a folder") << u"."_s << QByteArray() << u"Cannot open"_s;
    QTest::addRow("workbook saved as .csv")
        << u"花名册.csv"_s << QByteArray("PK\x03\x04\x00\x00", 6) << u"save it as CSV"_s;
    QTest::addRow("empty file") << u"空.csv"_s << QByteArray("\r\n") << u"no header row"_s;
}

void TestCsvReader::readRejects()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir::cleanPath(dir.filePath(name));
    if (!bytes.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    const Result<CsvTable> table = CsvReader::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().contains(reason), qPrintable(table.error()));
    QVERIFY2(table.error().contains(QDir::toNativeSeparators(path)), qPrintable(table.error()));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
