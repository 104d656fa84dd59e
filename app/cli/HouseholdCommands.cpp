#include "CliCommands.h"
#include "ImportOutput.h"
#include "outreach/HouseholdImport.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace {

ImportSummary importSummary(const HouseholdImportPlan& plan)
{
    return {CliText::tr("Imported %1 children: %2 households added, %3 updated, %4 unchanged.")
                .arg(plan.children)
                .arg(plan.report.added)
                .arg(plan.report.updated)
                .arg(plan.unchanged),
            {{u"children"_s, plan.children}, {u"unchanged"_s, plan.unchanged}}};
}

int householdImport(CliContext& context)
{
    return runImportCommand<HouseholdImport>(
        context,
        CliText::tr(
            "Import the team's households from a CSV file, one row per child; all rows or none. Columns: 户编号 "
            "household (shared by the rows of one household), 村 village, 幼儿姓名 child_name, 性别 gender, "
            "出生日期 birth_date, 监护人1姓名 guardian1_name; optional 地址 address, 监护人1关系 "
            "guardian1_relation, 监护人1电话 guardian1_phone, the same for 监护人2 (guardian2_...), 留守 "
            "left_behind (是/否), 照料人 carer, 身份证号 id_number, 特殊需要 special_needs, 知情同意人 "
            "consent_by, 同意日期 consent_on, 登记日期 registered_on, 备注 notes. A child already recorded "
            "(by ID number, else by village, name and birth date) is updated, not added again."),
        importSummary);
}

} // namespace

int runHousehold(CliContext& context)
{
    return runSubcommand(
        context,
        {{u"import"_s, CliText::tr("Import households and their children from a CSV file."), householdImport}});
}
