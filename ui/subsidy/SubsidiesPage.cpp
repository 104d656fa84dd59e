#include "SubsidiesPage.h"

#include "FamilySubsidiesView.h"
#include "InsuranceView.h"
#include "OperatingClaimView.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SubsidiesPage::SubsidiesPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_claims(new OperatingClaimView(db, this))
    , m_families(new FamilySubsidiesView(db, this))
    , m_insurance(new InsuranceView(db, this))
{
    setObjectName(u"subsidiesPage"_s);
    m_tabs->setObjectName(u"subsidyTabs"_s);
    m_tabs->addTab(m_claims, tr("Operating subsidy"));
    m_tabs->addTab(m_families, tr("Families' subsidies"));
    m_tabs->addTab(m_insurance, tr("Accident insurance"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SubsidiesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_claims->reload();
    m_families->reload();
    m_insurance->reload();
}
