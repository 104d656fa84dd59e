#include "OutreachSummaryPage.h"

#include "access/UserRepository.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/RecordTable.h"
#include "itemmodels/OutreachGroupTableModel.h"
#include "outreach/OutreachReport.h"
#include "outreach/OutreachSummary.h"
#include "reports/SignedExportFlow.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OutreachSummaryPage::OutreachSummaryPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_month(makeMonthEdit(Month::of(Clock::today()), u"summaryMonthEdit"_s, this))
    , m_totals(new QLabel(this))
    , m_byMember(new OutreachGroupTableModel(tr("Member"), this))
    , m_byVillage(new OutreachGroupTableModel(tr("Village"), this))
    , m_error(makeErrorLabel(this))
    , m_message(makeMessageLabel(this))
{
    setObjectName(u"outreachSummaryPage"_s);
    m_totals->setObjectName(u"summaryTotalsLabel"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    connect(m_month, &QDateEdit::dateChanged, this, &OutreachSummaryPage::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addStretch();
    if (db.actor().may(Permission::ExportReports)) {
        auto* send = makeButton(tr("E&xport signed file…"), u"exportOutreachButton"_s, this);
        connect(send, &QPushButton::clicked, this, &OutreachSummaryPage::exportMonth);
        top->addWidget(send);
    }

    const auto table = [this](OutreachGroupTableModel* model, const QString& name, const QString& title) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        QTableView* view = makeRecordTable(model, name, box);
        // Counts stay beside their headers rather than the last spread across the page.
        view->horizontalHeader()->setStretchLastSection(false);
        layout->addWidget(view);
        return box;
    };
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_totals);
    layout->addWidget(table(m_byMember, u"memberTable"_s, tr("By member")), 1);
    layout->addWidget(table(m_byVillage, u"villageTable"_s, tr("By village")), 1);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    reload();
}

void OutreachSummaryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

Month OutreachSummaryPage::month() const
{
    return Month::of(m_month->date());
}

void OutreachSummaryPage::reload()
{
    const Result<OutreachSummary> summary = OutreachSummary::build(m_db, month());
    showError(m_error, summary ? QString() : summary.error());
    const OutreachSummary s = summary.value_or({});
    const OutreachCounts& t = s.total;
    m_totals->setText(tr("%1: %2 households and %3 children covered (%4 under 12 months, %5 of 12–24 months, %6 of "
                         "24–36 months), %7 visits, %8 referrals, %9 left-behind children visited.")
                          .arg(month().toString())
                          .arg(t.households)
                          .arg(t.children)
                          .arg(t.childrenByAge.at(0))
                          .arg(t.childrenByAge.at(1))
                          .arg(t.childrenByAge.at(2))
                          .arg(t.visits)
                          .arg(t.referrals)
                          .arg(t.leftBehindChildren));
    QHash<QString, QString> names;
    for (const User& user : UserRepository(m_db).list().value_or({}))
        if (!user.fullName.isEmpty())
            names.insert(user.name, user.fullName);
    m_byMember->setGroups(s.byMember, t, names);
    m_byVillage->setGroups(s.byVillage, t);
}

void OutreachSummaryPage::exportMonth()
{
    const Month chosen = month();
    QString error;
    const std::optional<ExportedReport> exported = SignedExportFlow::run(
        m_db, this,
        {tr("The team has no signing key yet. The team leader makes it under Institution & settings → Data safety and "
            "signing."),
         tr("Export the visits of %1 into").arg(chosen.toString()), tr("Sign the visits of %1").arg(chosen.toString()),
         tr("The month's visits are signed with the team's key before they go to the county. Type its passphrase.")},
        [&](const QString& passphrase, const QString& folder) {
            return OutreachReport::exportMonth(m_db, chosen, passphrase, folder);
        },
        error);
    showError(m_error, error);
    if (!exported)
        return;
    m_message->setText(SignedExportFlow::writtenMessage(*exported, tr("the visits of %1").arg(chosen.toString())));
}
