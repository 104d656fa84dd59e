#include "AttendanceFixtures.h"
#include "billing/ChargeItemRepository.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "itemmodels/ChargeItemTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// Items collected on behalf (代收费): defined with dated prices, chosen for a child month by month, refused where a
// closed month would change, and billed as one line per item at the price in force in the month.
class TestChargeItems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRefuses_data();
    void addRefuses();
    void pricesApplyFromTheirMonth();
    void priceChangeNeverReachesAClosedMonth_data();
    void priceChangeNeverReachesAClosedMonth();
    void childMonthsAreChosenAndRemoved();
    void closedMonthsAreNotChosenOrRemoved();
    void inactiveOrUnpricedItemIsNotChosen();
    void rightsToDefineAndToChoose();
    void billHasALinePerItem();
    void tableShowsThePriceOfTheMonth();

private:
    qint64 addItem(const QString& name, qint64 yuan, const QString& from);
    QStringList chargesOf(qint64 childId);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<ChargeItemRepository> m_items;
    qint64 m_class = 0;
    qint64 m_child = 0;
};

void TestChargeItems::init()
{
    qint64 unused = 0;
    m_t = rosterDatabase(m_class, unused);
    QVERIFY(m_t);
    m_items = std::make_unique<ChargeItemRepository>(*m_t->db);
    m_child = enrolChild(*m_t->db, u"王一"_s, m_class);
    QVERIFY(m_child);
}

void TestChargeItems::cleanup()
{
    Clock::setFixed({});
    m_items.reset();
    m_t.reset();
}

qint64 TestChargeItems::addItem(const QString& name, qint64 yuan, const QString& from)
{
    const Result<qint64> id = m_items->add(name, Money::fromYuan(yuan), *Month::parse(from));
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

QStringList TestChargeItems::chargesOf(qint64 childId)
{
    const Result<QList<ChildCharge>> charges = m_items->childCharges(childId);
    if (!charges)
        return {charges.error()};
    QStringList lines;
    for (const ChildCharge& c : charges.value())
        lines << u"%1 %2 %3"_s.arg(c.month.toString(), c.itemName, c.amount.toString());
    return lines;
}

void TestChargeItems::addRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no name") << u"  "_s << qint64(5000) << u"2026-12"_s << u"Name:"_s;
    QTest::newRow("same name") << u" 床品 "_s << qint64(5000) << u"2026-12"_s << u"already an item named 床品"_s;
    QTest::newRow("negative amount") << u"园服"_s << qint64(-1) << u"2026-12"_s << u"Amount:"_s;
    QTest::newRow("no month") << u"园服"_s << qint64(5000) << QString() << u"From:"_s;
    QTest::newRow("closed month") << u"园服"_s << qint64(5000) << u"2026-10"_s << u"2026-10 is closed"_s;
}

void TestChargeItems::addRefuses()
{
    QFETCH(QString, name);
    QFETCH(qint64, fen);
    QFETCH(QString, from);
    QFETCH(QString, reason);
    QVERIFY(addItem(u"床品"_s, 30, u"2026-09"_s));
    QVERIFY(MonthClose::close(*m_t->db, Month(2026, 10), true));
    const Result<qint64> added = m_items->add(name, Money::fromFen(fen), Month::parse(from).value_or(Month()));
    QVERIFY(!added);
    QVERIFY2(added.error().contains(reason), qPrintable(added.error()));
    QCOMPARE(m_items->items()->size(), 1);
}

void TestChargeItems::pricesApplyFromTheirMonth()
{
    const qint64 bedding = addItem(u"  床品 "_s, 30, u"2026-09"_s);
    QVERIFY(bedding);
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2027, 1)));
    // A correction between the two keeps the later price.
    QVERIFY(m_items->changePrice(bedding, Money::fromFen(3250), Month(2026, 12)));
    const Result<QList<ChargeItem>> items = m_items->items();
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    const ChargeItem& item = items->first();
    QCOMPARE(item.name, u"床品"_s);
    QVERIFY(item.active);
    QCOMPARE(item.prices.size(), 3);
    QVERIFY(!item.priceIn(Month(2026, 8)));
    QCOMPARE(item.priceIn(Month(2026, 11))->amount, Money::fromYuan(30));
    QCOMPARE(item.priceIn(Month(2026, 12))->amount, Money::fromFen(3250));
    QCOMPARE(item.priceIn(Month(2027, 6))->amount, Money::fromYuan(35));
    QCOMPARE(item.priceIn(Month(2027, 6))->validFrom, Month(2027, 1));
}

void TestChargeItems::priceChangeNeverReachesAClosedMonth_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted");
    // Prices from 2026-09 and 2027-01; October 2026 is closed.
    QTest::newRow("from the closed month") << u"2026-10"_s << false;
    QTest::newRow("from before it, until the later price") << u"2026-09"_s << false;
    QTest::newRow("from the month after it") << u"2026-11"_s << true;
    QTest::newRow("replacing the later price") << u"2027-01"_s << true;
}

void TestChargeItems::priceChangeNeverReachesAClosedMonth()
{
    QFETCH(QString, from);
    QFETCH(bool, accepted);
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2027, 1)));
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 10), Month(2026, 10)));
    QVERIFY(MonthClose::close(*m_t->db, Month(2026, 10), true));

    const Status changed = m_items->changePrice(bedding, Money::fromYuan(40), *Month::parse(from));
    QCOMPARE(changed.ok(), accepted);
    if (!accepted)
        QVERIFY2(changed.error().contains(u"床品 cannot change from %1: 2026-10 is closed"_s.arg(from)),
                 qPrintable(changed.error()));
    QCOMPARE(chargesOf(m_child), QStringList {u"2026-10 床品 30.00"_s});
}

void TestChargeItems::childMonthsAreChosenAndRemoved()
{
    const qint64 insurance = addItem(u"意外保险"_s, 100, u"2026-09"_s);
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2027, 1)));
    // Insurance once a year, bedding every month; choosing a month twice changes nothing.
    QVERIFY(m_items->attach(m_child, insurance, Month(2026, 11), Month(2026, 11)));
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 11), Month(2027, 2)));
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 12), Month(2026, 12)));
    QCOMPARE(chargesOf(m_child),
             QStringList({u"2026-11 床品 30.00"_s, u"2026-11 意外保险 100.00"_s, u"2026-12 床品 30.00"_s,
                          u"2027-01 床品 35.00"_s, u"2027-02 床品 35.00"_s}));
    QVERIFY(m_items->detach(m_child, bedding, Month(2027, 1), Month(2027, 6)));
    QCOMPARE(chargesOf(m_child),
             QStringList({u"2026-11 床品 30.00"_s, u"2026-11 意外保险 100.00"_s, u"2026-12 床品 30.00"_s}));

    const Status backwards = m_items->attach(m_child, bedding, Month(2027, 3), Month(2027, 1));
    QVERIFY(!backwards);
    QVERIFY2(backwards.error().contains(u"To:"_s), qPrintable(backwards.error()));
    const Status tooLong = m_items->attach(m_child, bedding, Month(2027, 1), Month(2029, 1));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().contains(u"at most 24 months"_s), qPrintable(tooLong.error()));
    QVERIFY(!m_items->attach(m_child + 100, bedding, Month(2027, 1), Month(2027, 1)));
}

void TestChargeItems::closedMonthsAreNotChosenOrRemoved()
{
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 10), Month(2026, 10)));
    QVERIFY(MonthClose::close(*m_t->db, Month(2026, 10), true));
    const Status attached = m_items->attach(m_child, bedding, Month(2026, 9), Month(2026, 11));
    QVERIFY(!attached);
    QVERIFY2(attached.error().contains(u"2026-10 is closed"_s), qPrintable(attached.error()));
    const Status detached = m_items->detach(m_child, bedding, Month(2026, 10), Month(2026, 10));
    QVERIFY(!detached);
    QVERIFY2(detached.error().contains(u"2026-10 is closed"_s), qPrintable(detached.error()));
    QCOMPARE(chargesOf(m_child), QStringList {u"2026-10 床品 30.00"_s});
}

void TestChargeItems::inactiveOrUnpricedItemIsNotChosen()
{
    const qint64 uniform = addItem(u"园服"_s, 80, u"2026-12"_s);
    const Status early = m_items->attach(m_child, uniform, Month(2026, 11), Month(2026, 12));
    QVERIFY(!early);
    QVERIFY2(early.error().contains(u"no price before 2026-12"_s), qPrintable(early.error()));
    QVERIFY(m_items->attach(m_child, uniform, Month(2026, 12), Month(2026, 12)));
    QVERIFY(m_items->deactivate(uniform));
    QVERIFY(!m_items->items()->first().active);
    const Status inactive = m_items->attach(m_child, uniform, Month(2027, 1), Month(2027, 1));
    QVERIFY(!inactive);
    QVERIFY2(inactive.error().contains(u"no longer offered"_s), qPrintable(inactive.error()));
    // The month already chosen stays on the bill.
    QCOMPARE(chargesOf(m_child), QStringList {u"2026-12 园服 80.00"_s});
}

void TestChargeItems::rightsToDefineAndToChoose()
{
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    m_t->db->setActor(caregiverActor({m_class}));
    QVERIFY(!m_items->add(u"园服"_s, Money::fromYuan(80), Month(2026, 12)));
    QVERIFY(!m_items->changePrice(bedding, Money::fromYuan(35), Month(2026, 12)));
    QVERIFY(!m_items->deactivate(bedding));
    QVERIFY(!m_items->attach(m_child, bedding, Month(2026, 12), Month(2026, 12)));
    QVERIFY(!m_items->childCharges(m_child));
    QVERIFY(!m_items->chargesIn(Month(2026, 12)));
    // The published list itself is for everyone.
    QCOMPARE(m_items->items()->size(), 1);

    m_t->db->setActor(Actor {3, u"kuaiji"_s, Role::Finance, {}, false});
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2026, 12)));
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 12), Month(2026, 12)));
    QCOMPARE(chargesOf(m_child), QStringList {u"2026-12 床品 35.00"_s});
}

void TestChargeItems::billHasALinePerItem()
{
    const qint64 insurance = addItem(u"意外保险"_s, 100, u"2026-09"_s);
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2026, 11)));
    QVERIFY(m_items->attach(m_child, insurance, Month(2026, 11), Month(2026, 11)));
    QVERIFY(m_items->attach(m_child, bedding, Month(2026, 10), Month(2026, 11)));

    auto othersIn = [this](Month month) {
        QStringList lines;
        const Result<MonthBills> bills = MonthBilling::compute(*m_t->db, month);
        if (!bills || bills->children.size() != 1)
            return QStringList {bills ? u"children: %1"_s.arg(bills->children.size()) : bills.error()};
        for (const BillLine& line : bills->children.first().bill.lines)
            if (line.kind == BillLine::Kind::OtherItem)
                lines << u"%1 %2"_s.arg(line.subject, line.amount.toString());
        return lines;
    };
    QCOMPARE(othersIn(Month(2026, 9)), QStringList());
    QCOMPARE(othersIn(Month(2026, 10)), QStringList {u"床品 30.00"_s});
    QCOMPARE(othersIn(Month(2026, 11)), QStringList({u"床品 35.00"_s, u"意外保险 100.00"_s}));
}

void TestChargeItems::tableShowsThePriceOfTheMonth()
{
    const qint64 bedding = addItem(u"床品"_s, 30, u"2026-09"_s);
    QVERIFY(m_items->changePrice(bedding, Money::fromYuan(35), Month(2027, 1)));
    QVERIFY(addItem(u"园服"_s, 80, u"2027-03"_s));
    QVERIFY(m_items->deactivate(bedding));
    ChargeItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(*m_items->items(), Month(2027, 1));
    QCOMPARE(model.rowCount(), 2);
    // Offered items first.
    QCOMPARE(model.index(0, ChargeItemTableModel::Name).data().toString(), u"园服"_s);
    QCOMPARE(model.index(0, ChargeItemTableModel::Price).data().toString(), u"not yet priced"_s);
    QVERIFY(model.index(0, ChargeItemTableModel::Price).data(ItemRoles::Raw).isNull());
    QCOMPARE(model.index(1, ChargeItemTableModel::Price).data().toString(), u"¥35.00"_s);
    QCOMPARE(model.index(1, ChargeItemTableModel::Price).data(ItemRoles::Raw).toLongLong(), 3500);
    QCOMPARE(model.index(1, ChargeItemTableModel::PriceFrom).data().toString(), u"2027-01"_s);
    QCOMPARE(model.index(1, ChargeItemTableModel::Prices).data().toString(),
             u"¥30.00 from 2026-09; ¥35.00 from 2027-01"_s);
    QCOMPARE(model.index(1, ChargeItemTableModel::Offered).data().toString(), u"No longer offered"_s);
}

QTEST_GUILESS_MAIN(TestChargeItems)
#include "tst_chargeitems.moc"
