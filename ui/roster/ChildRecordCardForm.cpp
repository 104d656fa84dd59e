#include "ChildRecordCardForm.h"

#include "print/PrintedFlow.h"
#include "print/PrintedPages.h"

#include <QPagedPaintDevice>
#include <algorithm>

ChildRecordCardForm::ChildRecordCardForm(ChildRecordCard card, QString institution)
    : m_card(std::move(card))
    , m_institution(std::move(institution))
{
}

int ChildRecordCardForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Portrait);
    PrintedPages pages(device, {m_institution, tr("Child's Record Card")});
    if (!pages.isActive())
        return 0;
    PrintedFlow flow(pages);
    addIdentity(flow);
    addGuardians(flow);
    addPlacements(flow);
    addInsurance(flow);
    addHealth(flow);
    addClosing(flow);
    return flow.paint();
}

void ChildRecordCardForm::addIdentity(PrintedFlow& flow) const
{
    const ChildRecord& c = m_card.child;
    const ChildStanding standing = m_card.standing();
    const QString status = standing == ChildStanding::Waiting ? tr("On the waiting list")
        : standing == ChildStanding::Withdrawn                ? tr("Left care")
                                                              : tr("In care");
    flow.addHeading(tr("Identity and enrolment"));
    flow.addFields({
        {tr("Name"), c.name},
        {tr("Gender"), c.gender == Gender::Male ? tr("Boy") : tr("Girl")},
        {tr("Date of birth"), PrintedPages::dateText(c.birthDate)},
        {tr("Age"), tr("%n month(s)", nullptr, m_card.ageInMonths())},
        {tr("ID number"), c.idNumber},
        {tr("Birth order (孩次)"), QString::number(c.birthOrder)},
        {tr("Household registration (户籍)"), c.hukou},
        {tr("Status"), status},
        {tr("Enrolled on"), PrintedPages::dateText(c.enrolledOn)},
        {tr("Last day in care"), PrintedPages::dateText(c.withdrawnOn)},
        {tr("Guardian's consent"),
         c.consentRecorded() ? tr("%1, %2").arg(c.consentBy, PrintedPages::dateText(c.consentOn)) : tr("Not recorded")},
        {tr("Notice version"), c.consentVersion},
    });
}

void ChildRecordCardForm::addGuardians(PrintedFlow& flow) const
{
    flow.addHeading(tr("Guardians and adults who may pick her up"));
    const QList<Guardian>& guardians = m_card.child.guardians;
    if (guardians.isEmpty()) {
        flow.addLine(tr("None recorded."));
        return;
    }
    // The ID number column only when one is recorded: most families give none for the adults.
    const bool idNumbers
        = std::any_of(guardians.begin(), guardians.end(), [](const Guardian& g) { return !g.idNumber.isEmpty(); });
    QList<PrintedFlow::Column> columns {{tr("Name"), 1.1}, {tr("Relation"), 0.8}, {tr("Role"), 1}, {tr("Phone"), 1.2}};
    if (idNumbers)
        columns << PrintedFlow::Column {tr("ID number"), 1.9};
    columns << PrintedFlow::Column {tr("Notes"), 1.5};
    QList<PrintedFlow::Row> rows;
    for (const Guardian& g : guardians) {
        QStringList notes;
        if (g.primary)
            notes << tr("primary contact");
        notes << (g.mayPickUp ? tr("may pick up") : tr("may not pick up"));
        QStringList cells {g.name, g.relation, g.isGuardian ? tr("Guardian") : tr("Pick-up adult"), g.phone};
        if (idNumbers)
            cells << g.idNumber;
        rows << PrintedFlow::row(cells << notes.join(tr(", ")));
    }
    flow.addTable(columns, rows);
}

void ChildRecordCardForm::addPlacements(PrintedFlow& flow) const
{
    flow.addHeading(tr("Classes and care types"));
    QList<PrintedFlow::Row> rows;
    for (const PlacementLine& p : m_card.placements)
        rows << PrintedFlow::row({PrintedPages::dateText(p.from),
                                  p.to.isValid() ? PrintedPages::dateText(p.to) : tr("to date"), p.className,
                                  RosterTypes::label(p.careType)});
    if (rows.isEmpty()) {
        flow.addLine(tr("Not placed in a class yet."));
        return;
    }
    flow.addTable(
        {{tr("From"), 1, Qt::AlignCenter}, {tr("To"), 1, Qt::AlignCenter}, {tr("Class"), 1.5}, {tr("Care type"), 1.5}},
        rows);
}

void ChildRecordCardForm::addInsurance(PrintedFlow& flow) const
{
    flow.addHeading(tr("Accident insurance"));
    QList<PrintedFlow::Row> rows;
    for (const InsurancePolicy& p : m_card.policies)
        rows << PrintedFlow::row({p.policyNumber, PrintedPages::dateText(p.from), PrintedPages::dateText(p.to),
                                  p.premium.toString(), InsurancePayers::label(p.payer)});
    if (rows.isEmpty()) {
        flow.addLine(tr("No policy recorded."));
        return;
    }
    flow.addTable({{tr("Policy number"), 2},
                   {tr("Cover from"), 1, Qt::AlignCenter},
                   {tr("Cover to"), 1, Qt::AlignCenter},
                   {tr("Premium (yuan)"), 1, Qt::AlignRight},
                   {tr("Paid by"), 1}},
                  rows);
}

void ChildRecordCardForm::addHealth(PrintedFlow& flow) const
{
    const ChildRecord& c = m_card.child;
    flow.addHeading(tr("Health"));
    flow.addFields({
        {tr("Admission health check"),
         c.admissionCheckDate.isValid() ? PrintedPages::dateText(c.admissionCheckDate) : tr("Not recorded")},
        {tr("Vaccination certificate"), c.vaccinationChecked ? tr("Checked") : tr("Not checked")},
    });
    flow.addFields(
        {{tr("Allergies"), c.allergies.isEmpty() ? tr("None recorded") : c.allergies}, {tr("Notes"), c.notes}}, 1);
}

void ChildRecordCardForm::addClosing(PrintedFlow& flow) const
{
    flow.addSpace(8);
    flow.addLine(tr("Guardian's signature: ________________      Recorded by: ________________      "
                    "Head of institution: ________________"));
    flow.addSpace(3);
    flow.addLine(tr("Printed on %1.").arg(PrintedPages::dateText(m_card.printedOn)), 8);
    if (!m_card.wholeNumbers)
        flow.addLine(tr("ID and phone numbers are masked: only staff who may see them whole print them in full."), 8);
}
