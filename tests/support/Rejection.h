#pragma once

#include <QString>
#include <QTest>

// What every parser's refusal must do: fail, say why, and quote what was typed (trimmed) so the user finds it.
template<typename Parsed> void verifyRejected(const Parsed& result, const QString& text, const QString& reason)
{
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
    if (!text.trimmed().isEmpty())
        QVERIFY2(result.error().contains(u'"' + text.trimmed() + u'"'), qPrintable(result.error()));
}
