#include "BirthSubsidyForm.h"

#include "print/PrintedPages.h"

#include <QPagedPaintDevice>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal RowMm = 9;
constexpr qreal LabelShare = 0.22;

} // namespace

BirthSubsidyForm::BirthSubsidyForm(BirthSubsidyApplication application)
    : m_application(std::move(application))
{
}

int BirthSubsidyForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Portrait);
    PrintedPages pages(device, {m_application.institution, tr("Birth Subsidy Application (生育补贴申请表)")});
    if (!pages.isActive())
        return 0;
    qreal top = drawFields(pages, pages.body().top());
    top = drawGuardians(pages, top + pages.mm(6));
    drawClosing(pages, top + pages.mm(8));
    return 1;
}

qreal BirthSubsidyForm::drawFields(PrintedPages& pages, qreal top) const
{
    const BirthSubsidyApplication& a = m_application;
    const QString gender = a.gender == Gender::Male ? tr("Boy") : a.gender == Gender::Female ? tr("Girl") : QString();
    const QList<std::pair<QString, QString>> fields {
        {tr("Child's name"), a.childName},
        {tr("Gender"), gender},
        {tr("Date of birth"), PrintedPages::dateText(a.birthDate)},
        {tr("ID number"), a.idNumber},
        {tr("Birth order (孩次)"), a.birthOrder >= 3 ? tr("Third child or later") : tr("Second child")},
        {tr("Subsidy (yuan)"), tr("%1 (人民币大写: %2)").arg(a.amount.toString(), a.amount.toChineseCapitals())},
        {tr("Day care"), a.institution},
        {tr("Unified social credit code"), a.institutionCreditCode},
        {tr("Applied on"), PrintedPages::dateText(a.appliedOn)},
    };
    const QRectF body = pages.body();
    const qreal label = body.width() * LabelShare;
    const qreal height = pages.mm(RowMm);
    for (const auto& [name, value] : fields) {
        pages.painter().setFont(pages.font(10, true));
        pages.drawCell(QRectF(body.left(), top, label, height), name, Qt::AlignCenter, true);
        pages.painter().setFont(pages.font(10));
        pages.drawCell(QRectF(body.left() + label, top, body.width() - label, height), value, Qt::AlignLeft);
        top += height;
    }
    return top;
}

qreal BirthSubsidyForm::drawGuardians(PrintedPages& pages, qreal top) const
{
    const QRectF body = pages.body();
    const qreal height = pages.mm(RowMm);
    const qreal name = body.width() * 0.4;
    const qreal relation = body.width() * 0.25;
    const qreal phone = body.width() - name - relation;
    const auto row = [&](const QString& a, const QString& b, const QString& c, bool heading) {
        pages.painter().setFont(pages.font(10, heading));
        pages.drawCell(QRectF(body.left(), top, name, height), a, Qt::AlignCenter, heading);
        pages.drawCell(QRectF(body.left() + name, top, relation, height), b, Qt::AlignCenter, heading);
        pages.drawCell(QRectF(body.left() + name + relation, top, phone, height), c, Qt::AlignCenter, heading);
        top += height;
    };
    row(tr("Guardian"), tr("Relation"), tr("Phone"), true);
    // Two lines at least, for a guardian the roster does not hold yet.
    for (int i = 0; i < std::max<qsizetype>(2, m_application.guardians.size()); ++i) {
        if (i < m_application.guardians.size()) {
            const BirthSubsidyApplication::GuardianLine& g = m_application.guardians.at(i);
            row(g.name, g.relation, g.phone, false);
        } else {
            row({}, {}, {}, false);
        }
    }
    return top;
}

void BirthSubsidyForm::drawClosing(PrintedPages& pages, qreal top) const
{
    QPainter& p = pages.painter();
    const QRectF body = pages.body();
    p.setFont(pages.font(10));
    const QString papers
        = tr("Bring with this sheet: the household register (户口簿), the child's birth medical "
             "certificate (出生医学证明), both parents' ID cards and a bank card in a guardian's name.");
    const QRectF papersRect(body.left(), top, body.width(), pages.mm(16));
    p.drawText(papersRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, papers);
    top += pages.mm(26);
    const QStringList lines {
        tr("I declare that the above is true. Applicant (guardian): ________________      Date: ____________"),
        tr("Filled in by the day care: ________________      Institution's stamp:"),
    };
    for (const QString& line : lines) {
        p.drawText(QRectF(body.left(), top, body.width(), pages.mm(8)), Qt::AlignLeft | Qt::AlignVCenter, line);
        top += pages.mm(14);
    }
}
