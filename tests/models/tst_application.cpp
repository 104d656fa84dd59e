#include "common/Application.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the program starts with: the language chosen in Settings, else the system's, and interface fonts that give
// Chinese text Simplified Chinese shapes whatever the language.
class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void chosenLocale_data();
    void chosenLocale();
    void fontFamilies_data();
    void fontFamilies();
};

void TestApplication::chosenLocale_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("nothing saved: the system's") << QString() << QLocale::system();
    QTest::newRow("Chinese") << u"zh_CN"_s << QLocale(QLocale::Chinese, QLocale::China);
    QTest::newRow("English") << u"en"_s << QLocale(QLocale::English);
}

void TestApplication::chosenLocale()
{
    QFETCH(QString, saved);
    QFETCH(QLocale, locale);
    QCOMPARE(Application::chosenLocale(saved), locale);
}

void TestApplication::fontFamilies_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("a Chinese interface: Chinese faces first")
        << QLocale(QLocale::Chinese, QLocale::China) << u"DejaVu Sans"_s << u"Microsoft YaHei"_s << u"DejaVu Sans"_s;
    QTest::newRow("an English interface: the system's face, Chinese names in Chinese faces")
        << QLocale(QLocale::English) << u"Segoe UI"_s << u"Segoe UI"_s << u"WenQuanYi Micro Hei"_s;
    QTest::newRow("a system face that is one of them is not repeated")
        << QLocale(QLocale::Chinese, QLocale::China) << u"Noto Sans CJK SC"_s << u"Microsoft YaHei"_s
        << u"WenQuanYi Micro Hei"_s;
}

void TestApplication::fontFamilies()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, system);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const QStringList families = Application::interfaceFontFamilies(locale, system);
    QCOMPARE(families.first(), first);
    QCOMPARE(families.last(), last);
    QCOMPARE(families.count(system), 1);
    // Whatever the system's face, a Simplified Chinese face comes before any other CJK face could be picked.
    QVERIFY(families.contains(u"Noto Sans CJK SC"_s));
    for (const QString& family : families)
        QVERIFY2(!family.contains(u" JP"_s) && !family.contains(u" KR"_s), qPrintable(family));
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
