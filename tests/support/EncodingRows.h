#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QTest>

// The rows of a data-driven import test over the encodings a spreadsheet writes, under its QByteArray column
// "bytes": the file in UTF-8, in UTF-8 with a BOM and in GB18030.
inline void addEncodingRows(const QByteArray& utf8)
{
    QStringEncoder gb18030("GB18030");
    const QByteArray gb = gb18030.encode(QString::fromUtf8(utf8));
    QVERIFY(!gb18030.hasError());
    QTest::newRow("utf-8") << utf8;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + utf8;
    QTest::newRow("gb18030") << gb;
}
