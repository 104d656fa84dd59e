#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/CreditCode.h"
#include "institution/InstitutionRepository.h"
#include "setup/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

// The first-start wizard driven as a director would: typing, a wrong credit code caught before moving on,
// and finishing saves exactly what was typed.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void setUpAnInclusiveInstitution();
    void inclusivePlacesAboveTotalAreRefused();
    void setUpACenter_data();
    void setUpACenter();
    void setUpAnOutreachTeam();

private:
    template<typename T> static T* child(QWidget* parent, const QString& name)
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    static void clickNext(QWizard& wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }
    static QLabel* visibleError(QWizard& wizard)
    {
        for (QLabel* label : wizard.currentPage()->findChildren<QLabel*>(u"errorLabel"_s))
            if (label->isVisible())
                return label;
        return nullptr;
    }
};

void TestSetupWizard::setUpAnInclusiveInstitution()
{
    TempDatabase t;
    QVERIFY(t.open());
    t.db->setActor({}); // nobody is logged in on a new database
    SetupWizard wizard(*t.db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Chinese text arrives whole from the input method, as insert() does; Latin text is typed key by key.
    child<QLineEdit>(&wizard, u"nameEdit"_s)->insert(u"上党区童心托育园"_s);
    QLineEdit* code = child<QLineEdit>(&wizard, u"creditCodeEdit"_s);
    QTest::keyClicks(code, u"91350100M000100Y44"_s);
    QVERIFY(child<QLabel>(&wizard, u"creditCodeHint"_s)->text().contains(u"check character"_s));
    child<QComboBox>(&wizard, u"countyCombo"_s)->setCurrentText(u"上党区"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 0);
    QLabel* error = visibleError(wizard);
    QVERIFY(error);
    QVERIFY2(error->text().contains(u"check character"_s), qPrintable(error->text()));

    code->clear();
    QTest::keyClicks(code, u"91350100m000100y43"_s);
    QCOMPARE(child<QLabel>(&wizard, u"creditCodeHint"_s)->text(), u"The check character is right."_s);
    QComboBox* type = child<QComboBox>(&wizard, u"typeCombo"_s);
    type->setCurrentIndex(type->findData(int(InstitutionType::Kindergarten)));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 1);

    QSpinBox* places = child<QSpinBox>(&wizard, u"placesSpin"_s);
    places->selectAll();
    QTest::keyClicks(places, u"45"_s);
    QTest::mouseClick(child<QCheckBox>(&wizard, u"inclusiveCheck"_s), Qt::LeftButton, {},
                      QPoint(5, child<QCheckBox>(&wizard, u"inclusiveCheck"_s)->height() / 2));
    QVERIFY(child<QDateEdit>(&wizard, u"inclusiveFromEdit"_s)->isEnabled());
    child<QDateEdit>(&wizard, u"inclusiveFromEdit"_s)->setDate(QDate(2025, 9, 1));
    QSpinBox* inclusivePlaces = child<QSpinBox>(&wizard, u"inclusivePlacesSpin"_s);
    inclusivePlaces->selectAll();
    QTest::keyClicks(inclusivePlaces, u"40"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 2);

    // The director's account: passwords that differ are caught before going on.
    QLineEdit* user = child<QLineEdit>(&wizard, u"userNameEdit"_s);
    user->clear();
    QTest::keyClicks(user, u"zhangli"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"passwordEdit"_s), u"tuoyu-2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPasswordEdit"_s), u"tuoyu-2062"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 2);
    QVERIFY(visibleError(wizard)->text().contains(u"passwords differ"_s));
    child<QLineEdit>(&wizard, u"repeatPasswordEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPasswordEdit"_s), u"tuoyu-2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 3);

    // The report signing key's passphrase, typed twice alike.
    QTest::keyClicks(child<QLineEdit>(&wizard, u"newPassphraseEdit"_s), u"tongxin reports 2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPassphraseEdit"_s), u"tongxin reports 2062"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 3);
    QVERIFY(visibleError(wizard)->text().contains(u"differ"_s));
    child<QLineEdit>(&wizard, u"repeatPassphraseEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPassphraseEdit"_s), u"tongxin reports 2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 4);
    QVERIFY(child<QLabel>(&wizard, u"summaryLabel"_s)->text().contains(u"91350100M000100Y43"_s));

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const auto saved = InstitutionRepository(*t.db).load();
    QVERIFY(saved.ok() && saved.value().has_value());
    const InstitutionProfile& p = *saved.value();
    QCOMPARE(p.name, u"上党区童心托育园"_s);
    QCOMPARE(p.creditCode, u"91350100M000100Y43"_s);
    QCOMPARE(p.county, u"上党区"_s);
    QCOMPARE(p.type, InstitutionType::Kindergarten);
    QCOMPARE(p.places, 45);
    QVERIFY(p.inclusive);
    QCOMPARE(p.inclusiveFrom, QDate(2025, 9, 1));
    QCOMPARE(p.inclusivePlaces, 40);
    // The director exists, may log in, and is the one now acting.
    QCOMPARE(t.db->actor().name, u"zhangli"_s);
    QCOMPARE(t.db->actor().role, Role::Director);
    QVERIFY(UserRepository(*t.db).authenticate(u"zhangli"_s, u"tuoyu-2026"_s).ok());
}

void TestSetupWizard::inclusivePlacesAboveTotalAreRefused()
{
    TempDatabase t;
    QVERIFY(t.open());
    SetupWizard wizard(*t.db);
    InstitutionProfile p;
    p.name = u"黎城县小太阳托育点"_s;
    p.creditCode = u"91110000600037341L"_s;
    p.county = u"黎城县"_s;
    p.places = 20;
    p.inclusive = true;
    p.inclusiveFrom = QDate(2025, 1, 1);
    p.inclusivePlaces = 25;
    wizard.setProfile(p);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 1);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 1);
    QLabel* error = visibleError(wizard);
    QVERIFY(error);
    QVERIFY2(error->text().contains(u"cannot exceed the total places (20)"_s), qPrintable(error->text()));
    QVERIFY(!InstitutionRepository(*t.db).load().value().has_value());
}

Q_DECLARE_METATYPE(InstitutionType)

void TestSetupWizard::setUpACenter_data()
{
    QTest::addColumn<InstitutionType>("type");
    QTest::addColumn<QString>("creditCode");
    QTest::newRow("county center") << InstitutionType::CountyCenter << u"12140402MB0000001R"_s;
    QTest::newRow("city center") << InstitutionType::CityCenter << u"12140400MB0000001W"_s;
}

// A center keeps no places: the wizard goes from who it is straight to the head's account, and what it saves has
// no places, whatever was typed before the type was chosen.
void TestSetupWizard::setUpACenter()
{
    QFETCH(InstitutionType, type);
    QFETCH(QString, creditCode);
    TempDatabase t;
    QVERIFY(t.open());
    t.db->setActor({});
    SetupWizard wizard(*t.db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    child<QLineEdit>(&wizard, u"nameEdit"_s)->insert(u"潞州区托育综合服务中心"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"creditCodeEdit"_s), creditCode);
    child<QComboBox>(&wizard, u"countyCombo"_s)->setCurrentText(u"潞州区"_s);
    QSpinBox* places = child<QSpinBox>(&wizard, u"placesSpin"_s);
    places->setValue(30);
    QComboBox* typeCombo = child<QComboBox>(&wizard, u"typeCombo"_s);
    QVERIFY(typeCombo->findData(int(type)) >= 0);
    typeCombo->setCurrentIndex(typeCombo->findData(int(type)));
    QCOMPARE(places->value(), 0);
    QVERIFY(!places->isEnabled());
    QVERIFY(!child<QCheckBox>(&wizard, u"inclusiveCheck"_s)->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 2);
    // The account is the center head's, who adds the officers, not a finance clerk and caregivers.
    QVERIFY2(wizard.currentPage()->subTitle().contains(u"officers"_s), qPrintable(wizard.currentPage()->subTitle()));

    QTest::keyClicks(child<QLineEdit>(&wizard, u"passwordEdit"_s), u"zhongxin-2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPasswordEdit"_s), u"zhongxin-2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 3);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"newPassphraseEdit"_s), u"center roll-ups 2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPassphraseEdit"_s), u"center roll-ups 2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 4);
    const QString summary = child<QLabel>(&wizard, u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(InstitutionProfile::typeLabel(type)), qPrintable(summary));
    QVERIFY2(!summary.contains(u"Places"_s), qPrintable(summary));
    // Back to the start and forward again, never through the places.
    for (int id : {3, 2, 0}) {
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), id);
    }
    for (int id : {2, 3, 4}) {
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), id);
    }
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const auto saved = InstitutionRepository(*t.db).load();
    QVERIFY(saved.ok() && saved.value().has_value());
    QCOMPARE(saved.value()->type, type);
    QCOMPARE(saved.value()->places, 0);
    QVERIFY(!saved.value()->inclusive);
    QCOMPARE(t.db->actor().role, Role::Director);
}

// A rural outreach team names its township (asked only of a team), keeps no places, and its account page speaks of
// the team leader and the members who record the visits.
void TestSetupWizard::setUpAnOutreachTeam()
{
    TempDatabase t;
    QVERIFY(t.open());
    t.db->setActor({});
    SetupWizard wizard(*t.db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QLineEdit* township = child<QLineEdit>(&wizard, u"townshipEdit"_s);
    QVERIFY(!township->isVisible());
    child<QLineEdit>(&wizard, u"nameEdit"_s)->insert(u"黄碾镇农村婴幼儿照护服务队"_s);
    const QString first17 = u"52140402MJ0000003"_s;
    QTest::keyClicks(child<QLineEdit>(&wizard, u"creditCodeEdit"_s), first17 + CreditCode::checkCharacter(first17));
    child<QComboBox>(&wizard, u"countyCombo"_s)->setCurrentText(u"潞州区"_s);
    child<QSpinBox>(&wizard, u"placesSpin"_s)->setValue(30);
    QComboBox* typeCombo = child<QComboBox>(&wizard, u"typeCombo"_s);
    typeCombo->setCurrentIndex(typeCombo->findData(int(InstitutionType::OutreachTeam)));
    QVERIFY(township->isVisible());
    QCOMPARE(child<QSpinBox>(&wizard, u"placesSpin"_s)->value(), 0);

    // Without the township the team cannot go on.
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 0);
    QLabel* error = visibleError(wizard);
    QVERIFY(error);
    QVERIFY2(error->text().contains(u"township"_s), qPrintable(error->text()));
    township->insert(u"黄碾镇"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 2);
    QCOMPARE(wizard.currentPage()->title(), u"The team leader's account"_s);
    QVERIFY2(wizard.currentPage()->subTitle().contains(u"members"_s), qPrintable(wizard.currentPage()->subTitle()));

    QTest::keyClicks(child<QLineEdit>(&wizard, u"passwordEdit"_s), u"duizhang-2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPasswordEdit"_s), u"duizhang-2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 3);
    QVERIFY2(wizard.currentPage()->subTitle().contains(u"home visits"_s), qPrintable(wizard.currentPage()->subTitle()));
    QTest::keyClicks(child<QLineEdit>(&wizard, u"newPassphraseEdit"_s), u"team visits 2026"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"repeatPassphraseEdit"_s), u"team visits 2026"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), 4);
    const QString summary = child<QLabel>(&wizard, u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"Township: 黄碾镇"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"Places"_s), qPrintable(summary));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const auto saved = InstitutionRepository(*t.db).load();
    QVERIFY(saved.ok() && saved.value().has_value());
    QCOMPARE(saved.value()->type, InstitutionType::OutreachTeam);
    QCOMPARE(saved.value()->township, u"黄碾镇"_s);
    QCOMPARE(saved.value()->places, 0);
    QCOMPARE(t.db->actor().role, Role::Director);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
