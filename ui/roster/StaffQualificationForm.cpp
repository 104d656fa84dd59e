#include "StaffQualificationForm.h"

#include "print/PrintedPages.h"

#include <QPagedPaintDevice>

StaffQualificationForm::StaffQualificationForm(StaffQualificationList list, QString institution)
    : m_list(std::move(list))
    , m_institution(std::move(institution))
{
}

int StaffQualificationForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Landscape);
    PrintedPages pages(device, {m_institution, tr("Staff Qualification List")});
    if (!pages.isActive())
        return 0;
    PrintedFlow flow(pages);
    flow.addLine(
        tr("Staff in post on %1. Marked: certificates expired or expiring within %n day(s).", nullptr, m_list.warnDays)
            .arg(PrintedPages::dateText(m_list.day)));
    flow.addTable({{tr("No."), 0.4, Qt::AlignCenter},
                   {tr("Name"), 0.7},
                   {tr("Role"), 0.75},
                   {tr("Classes"), 0.75},
                   {tr("Certificate"), 1.6},
                   {tr("Level"), 0.9},
                   {tr("Certificate number"), 1.1},
                   {tr("Issued by"), 1.9},
                   {tr("Valid until"), 0.9, Qt::AlignCenter},
                   {tr("Health certificate valid until"), 1, Qt::AlignCenter},
                   {tr("Counts as certified"), 0.7, Qt::AlignCenter}},
                  rows());
    addFoot(flow);
    return flow.paint();
}

QList<PrintedFlow::Row> StaffQualificationForm::rows() const
{
    using Cell = PrintedFlow::Cell;
    QList<PrintedFlow::Row> rows;
    int number = 0;
    for (const ListedStaff& person : m_list.staff) {
        const StaffRecord& s = person.staff;
        const std::optional<ListedCertificate>& health = person.healthCertificate;
        PrintedFlow::Row first;
        first.cells << Cell {QString::number(++number)} << Cell {s.name} << Cell {RosterTypes::label(s.role)}
                    << Cell {person.classNames.join(tr(", "))};
        const auto certificateCells = [this](const ListedCertificate* c) {
            if (!c)
                return QList<Cell> {Cell {tr("None recorded")}, {}, {}, {}, {}};
            const Qualification& q = c->qualification;
            return QList<Cell> {Cell {c->type.name()}, Cell {q.level}, Cell {q.number}, Cell {q.issuer},
                                Cell {expiry(*c), c->standing != ListedCertificate::Standing::Valid}};
        };
        first.cells << certificateCells(person.certificates.isEmpty() ? nullptr : &person.certificates.first());
        first.cells << (health ? Cell {expiry(*health), health->standing != ListedCertificate::Standing::Valid}
                               : Cell {tr("None"), true});
        first.cells << Cell {s.role != StaffRole::Caregiver ? QString() : person.certified ? tr("Yes") : tr("No")};
        rows << first;
        for (qsizetype i = 1; i < person.certificates.size(); ++i) {
            PrintedFlow::Row more;
            more.keepWithPrevious = true;
            more.cells << Cell {} << Cell {} << Cell {} << Cell {} << certificateCells(&person.certificates.at(i))
                       << Cell {} << Cell {};
            rows << more;
        }
    }
    return rows;
}

QString StaffQualificationForm::expiry(const ListedCertificate& certificate) const
{
    const QDate expires = certificate.qualification.expiresOn;
    switch (certificate.standing) {
    case ListedCertificate::Standing::Expired:
        return tr("%1\nexpired").arg(PrintedPages::dateText(expires));
    case ListedCertificate::Standing::Due:
        return tr("%1\ndue in %n day(s)", nullptr, certificate.daysLeft).arg(PrintedPages::dateText(expires));
    case ListedCertificate::Standing::Valid:
        break;
    }
    return expires.isValid() ? PrintedPages::dateText(expires) : tr("No expiry");
}

void StaffQualificationForm::addFoot(PrintedFlow& flow) const
{
    const CertifiedRate& rate = m_list.rate;
    // The rate stands under the table, not alone on a page of its own.
    flow.keepWithNext();
    flow.addSpace(3);
    flow.keepWithNext();
    flow.addLine(tr("Certified caregivers (持证上岗率): %1").arg(rate.text()), 11, true);
    flow.addLine(rate.caregivers == 0     ? tr("No caregivers in post.")
                     : rate.meetsTarget() ? tr("Meets the city's target of %1%.").arg(rate.targetPercent)
                                          : tr("Below the city's target of %1%.").arg(rate.targetPercent),
                 10, !rate.meetsTarget());
    flow.addLine(tr("A caregiver in post counts as certified with a valid certificate of one of these kinds: %1.")
                     .arg(m_list.certifyingTypes.join(tr(", "))),
                 8);
    flow.addSpace(6);
    flow.addLine(tr("Head of institution: ________________      Date: ____________"));
}
