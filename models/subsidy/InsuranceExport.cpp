#include "InsuranceExport.h"

#include "common/XlsxFile.h"

using namespace Qt::StringLiterals;

QList<Sheet> InsuranceExport::sheets(const InsuranceCover& cover)
{
    // A list to print and hand over: its header on every page and in view while scrolling, one page wide.
    const SheetLayout layout {1, false, true, true};
    Sheet insured {u"参保名单"_s,
                   {Sheet::textRow({u"序号"_s, u"幼儿姓名"_s, u"身份证号"_s, u"保单号"_s, u"起保日期"_s, u"终止日期"_s,
                                    u"保费"_s, u"缴费方"_s},
                                   true)},
                   layout};
    qint64 number = 0;
    for (const InsuredLine& line : cover.insured) {
        const InsurancePolicy& p = line.policy;
        insured.rows << (SheetRow {SheetCell::integer(++number)}
                         << Sheet::textRow({line.childName, line.idNumber, p.policyNumber}) << SheetCell::date(p.from)
                         << SheetCell::date(p.to) << SheetCell::money(p.premium)
                         << SheetCell::text(InsurancePayers::chineseName(p.payer)));
    }
    insured.rows << (Sheet::textRow({u"合计"_s, QString(), QString(), QString(), QString(), QString()}, true)
                     << SheetCell::money(cover.premiumTotal(), true));

    Sheet uninsured {u"未参保"_s, {Sheet::textRow({u"序号"_s, u"幼儿姓名"_s, u"身份证号"_s}, true)}, layout};
    number = 0;
    for (const UninsuredChild& c : cover.uninsured)
        uninsured.rows << (SheetRow {SheetCell::integer(++number)} << Sheet::textRow({c.name, c.idNumber}));
    return {insured, uninsured};
}

Status InsuranceExport::write(Database& db, const QString& path, QDate from, QDate to)
{
    const Result<InsuranceCover> cover = InsuranceRoll(db).cover(from, to);
    if (!cover)
        return Status::failure(cover.error());
    return XlsxFile::write(path, sheets(cover.value()));
}
