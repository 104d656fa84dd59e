#include "attendance/AttendanceValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AttendanceRecord)

// The rules a day's record meets before the sheet, the month grid or an import may save it.
class TestAttendanceValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void parseTemperature_data();
    void parseTemperature();
    void startedHours_data();
    void startedHours();
};

namespace {

AttendanceRecord present()
{
    AttendanceRecord r;
    r.childId = 1;
    r.day = QDate(2026, 11, 20);
    return r;
}

} // namespace

void TestAttendanceValidator::validate_data()
{
    QTest::addColumn<AttendanceRecord>("record");
    QTest::addColumn<int>("careType");
    QTest::addColumn<QStringList>("fields"); // the fields refused, in order

    const int fullDay = int(CareType::FullDay), hourly = int(CareType::Hourly);
    AttendanceRecord r = present();
    QTest::newRow("present, nothing else") << r << fullDay << QStringList {};
    r.arrival = QTime(8, 5);
    r.departure = QTime(17, 0);
    r.checkNormal = true;
    r.temperatureTenths = 366;
    QTest::newRow("present with times, check and temperature") << r << fullDay << QStringList {};
    r.departure = QTime(8, 0);
    QTest::newRow("departure before arrival") << r << fullDay << QStringList {u"departure"_s};
    r.departure = QTime(8, 5);
    QTest::newRow("departure at arrival") << r << fullDay << QStringList {u"departure"_s};

    r = present();
    r.temperatureTenths = 339;
    QTest::newRow("33.9 °C") << r << fullDay << QStringList {u"temperature"_s};
    r.temperatureTenths = 340;
    QTest::newRow("34.0 °C") << r << fullDay << QStringList {};
    r.temperatureTenths = 425;
    QTest::newRow("42.5 °C") << r << fullDay << QStringList {};
    r.temperatureTenths = 426;
    QTest::newRow("42.6 °C") << r << fullDay << QStringList {u"temperature"_s};

    r = present();
    r.checkNormal = false;
    QTest::newRow("abnormal check without a note") << r << fullDay << QStringList {u"check"_s};
    r.checkNote = u"咽部红肿"_s;
    QTest::newRow("abnormal check with a note") << r << fullDay << QStringList {};

    r = present();
    r.status = AttendanceStatus::Sick;
    QTest::newRow("sick without symptom") << r << fullDay << QStringList {u"symptom"_s};
    r.symptom = u"  "_s;
    QTest::newRow("sick with a blank symptom") << r << fullDay << QStringList {u"symptom"_s};
    r.symptom = u"发热"_s;
    QTest::newRow("sick with symptom") << r << fullDay << QStringList {};
    r.arrival = QTime(8, 0);
    QTest::newRow("sick with an arrival time") << r << fullDay << QStringList {u"arrival"_s};

    r = present();
    QTest::newRow("hourly without hours or times") << r << hourly << QStringList {u"hours"_s};
    r.arrival = QTime(9, 0);
    r.departure = QTime(11, 30);
    QTest::newRow("hourly with times only") << r << hourly << QStringList {};
    r = present();
    r.hours = 3;
    QTest::newRow("hourly with hours") << r << hourly << QStringList {};
    QTest::newRow("hours for full-day care") << r << fullDay << QStringList {u"hours"_s};
    r.hours = 25;
    QTest::newRow("25 hours") << r << hourly << QStringList {u"hours"_s};
    r = present();
    r.status = AttendanceStatus::Personal;
    QTest::newRow("hourly child on leave needs no hours") << r << hourly << QStringList {};
    r.hours = 2;
    QTest::newRow("hourly child on leave with hours") << r << hourly << QStringList {u"hours"_s};
}

void TestAttendanceValidator::validate()
{
    QFETCH(AttendanceRecord, record);
    QFETCH(int, careType);
    QFETCH(QStringList, fields);
    QStringList refused;
    for (const FieldError& e : AttendanceValidator::validate(record, static_cast<CareType>(careType))) {
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
        refused << e.field;
    }
    QCOMPARE(refused, fields);
}

void TestAttendanceValidator::parseTemperature_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenths"); // -1: refused

    QTest::newRow("36.6") << u"36.6"_s << 366;
    QTest::newRow("37") << u"37"_s << 370;
    QTest::newRow("decimal comma") << u"36,8"_s << 368;
    QTest::newRow("full-width stop") << u"37。2"_s << 372;
    QTest::newRow("spaces") << u" 36.5 "_s << 365;
    QTest::newRow("two decimals") << u"36.65"_s << -1;
    QTest::newRow("one digit") << u"3"_s << -1;
    QTest::newRow("words") << u"正常"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestAttendanceValidator::parseTemperature()
{
    QFETCH(QString, text);
    QFETCH(int, tenths);
    const std::optional<int> parsed = AttendanceValidator::parseTemperature(text);
    QCOMPARE(parsed.value_or(-1), tenths);
    if (parsed)
        QCOMPARE(AttendanceValidator::parseTemperature(AttendanceValidator::temperatureText(*parsed)), parsed);
}

void TestAttendanceValidator::startedHours_data()
{
    QTest::addColumn<QTime>("arrival");
    QTest::addColumn<QTime>("departure");
    QTest::addColumn<int>("hours"); // -1: none

    QTest::newRow("exactly two hours") << QTime(9, 0) << QTime(11, 0) << 2;
    QTest::newRow("a started third hour") << QTime(9, 0) << QTime(11, 1) << 3;
    QTest::newRow("ten minutes") << QTime(9, 0) << QTime(9, 10) << 1;
    QTest::newRow("no departure") << QTime(9, 0) << QTime() << -1;
    QTest::newRow("departure before arrival") << QTime(11, 0) << QTime(9, 0) << -1;
}

void TestAttendanceValidator::startedHours()
{
    QFETCH(QTime, arrival);
    QFETCH(QTime, departure);
    QFETCH(int, hours);
    QCOMPARE(AttendanceValidator::startedHours(arrival, departure).value_or(-1), hours);
}

QTEST_APPLESS_MAIN(TestAttendanceValidator)
#include "tst_attendancevalidator.moc"
