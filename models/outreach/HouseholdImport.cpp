#include "HouseholdImport.h"

#include "HouseholdRepository.h"
#include "HouseholdValidator.h"
#include "OutreachChildIndex.h"
#include "OutreachTeam.h"
#include "common/Clock.h"
#include "roster/ImportSteps.h"
#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int GuardianColumns = 2;

QString guardianKey(int number, const QString& part)
{
    return u"guardian%1_%2"_s.arg(number).arg(part);
}

// The columns that describe the household rather than the child: the same on each of its rows.
QStringList householdKeys()
{
    QStringList keys {u"village"_s, u"address"_s, u"left_behind"_s, u"carer"_s};
    for (int g = 1; g <= GuardianColumns; ++g)
        keys << guardianKey(g, u"name"_s) << guardianKey(g, u"relation"_s) << guardianKey(g, u"phone"_s);
    keys << u"consent_by"_s << u"consent_on"_s << u"registered_on"_s << u"notes"_s;
    return keys;
}

// The rows of one household key, in file order.
struct FileHousehold
{
    QString key;
    QList<CsvRow> rows;
};

QList<FileHousehold> groupRows(const ImportTable& cells, FieldErrors& errors)
{
    QList<FileHousehold> households;
    QHash<QString, qsizetype> index;
    for (const CsvRow& row : cells.rows()) {
        const QString key = cells.cell(row, u"household"_s);
        if (key.isEmpty()) {
            errors.append(cells.error(row, u"household"_s,
                                      HouseholdImport::tr("The household key is missing: the rows of one household "
                                                          "share it, so that its children are kept together.")));
            continue;
        }
        const auto found = index.constFind(key);
        if (found == index.cend()) {
            index.insert(key, households.size());
            households.append({key, {row}});
        } else {
            households[*found].rows.append(row);
        }
    }
    return households;
}

// A later row of a household repeats the first row's details or leaves them empty.
void checkRepeats(const ImportTable& cells, const FileHousehold& household, FieldErrors& errors)
{
    const CsvRow& first = household.rows.first();
    for (qsizetype i = 1; i < household.rows.size(); ++i) {
        const CsvRow& row = household.rows.at(i);
        for (const QString& key : householdKeys()) {
            const QString text = cells.cell(row, key);
            if (!text.isEmpty() && text != cells.cell(first, key))
                errors.append(cells.error(row, key,
                                          HouseholdImport::tr("Household %1's first row (%2) has \"%3\" here; the "
                                                              "rows of one household repeat its details or leave "
                                                              "them empty.")
                                              .arg(household.key)
                                              .arg(first.line)
                                              .arg(cells.cell(first, key))));
        }
    }
}

// The household's details from its first row, over what is stored: a column the file does not have leaves the
// stored value alone. guardianColumn gets the guardian columns' number of each guardian kept.
void readDetails(const ImportTable& cells, const CsvRow& row, Household& h, QList<int>& guardianColumn,
                 FieldErrors& errors)
{
    const auto text = [&](const QString& key, QString& field) {
        if (cells.has(key))
            field = cells.cell(row, key);
    };
    text(u"village"_s, h.village);
    text(u"address"_s, h.address);
    text(u"carer"_s, h.carer);
    text(u"consent_by"_s, h.consentBy);
    text(u"notes"_s, h.notes);
    if (cells.has(u"left_behind"_s))
        h.leftBehind = cells.yesNo(row, u"left_behind"_s, errors);
    if (cells.has(u"consent_on"_s))
        h.consentOn = cells.date(row, u"consent_on"_s, errors);
    if (cells.has(u"registered_on"_s) && !cells.cell(row, u"registered_on"_s).isEmpty())
        h.registeredOn = cells.date(row, u"registered_on"_s, errors);
    h.guardians.clear();
    guardianColumn.clear();
    for (int g = 1; g <= GuardianColumns; ++g) {
        const HouseholdGuardian guardian {cells.cell(row, guardianKey(g, u"name"_s)),
                                          cells.cell(row, guardianKey(g, u"relation"_s)),
                                          cells.cell(row, guardianKey(g, u"phone"_s))};
        if (guardian.name.isEmpty() && guardian.relation.isEmpty() && guardian.phone.isEmpty())
            continue;
        h.guardians.append(guardian);
        guardianColumn.append(g);
    }
}

// The child of a row over the stored child it matched, if any: an ID number or special needs the file leaves
// empty keep what is stored.
void readChild(const ImportTable& cells, const CsvRow& row, OutreachChild& child, FieldErrors& errors)
{
    child.name = cells.cell(row, u"child_name"_s);
    child.gender = cells.gender(row, u"gender"_s, errors);
    child.birthDate = cells.date(row, u"birth_date"_s, errors);
    if (!cells.cell(row, u"id_number"_s).isEmpty())
        child.idNumber = cells.cell(row, u"id_number"_s);
    if (!cells.cell(row, u"special_needs"_s).isEmpty() || child.id == 0)
        child.specialNeeds = cells.cell(row, u"special_needs"_s);
}

// The column of the file a HouseholdValidator field is about, and the child (index) it concerns, -1 for the
// household's own details.
QString columnOf(const QString& field, const Household& h, const QList<int>& guardianColumn, qsizetype& child)
{
    child = -1;
    static const QRegularExpression indexed(u"^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"_s);
    const QRegularExpressionMatch match = indexed.match(field);
    if (match.hasMatch()) {
        const qsizetype index = match.captured(2).toLongLong() - 1;
        const QString part = match.captured(3);
        if (match.captured(1) == u"children"_s) {
            child = index;
            return part == u"name"_s ? u"child_name"_s : part;
        }
        return guardianKey(guardianColumn.value(index, 1), part);
    }
    if (field == u"guardians"_s)
        return guardianKey(1, u"name"_s);
    if (field == u"consent"_s)
        return h.consentBy.isEmpty() ? u"consent_by"_s : u"consent_on"_s;
    if (field == u"children"_s)
        return u"child_name"_s;
    return field;
}

QList<OutreachChild> sortedById(QList<OutreachChild> children)
{
    std::sort(children.begin(), children.end(),
              [](const OutreachChild& a, const OutreachChild& b) { return a.id < b.id; });
    return children;
}

bool sameAsStored(Household planned, Household stored)
{
    planned.children = sortedById(planned.children);
    stored.children = sortedById(stored.children);
    return planned == stored;
}

// Reads the file's households one by one, matching their children with those recorded and with the earlier rows.
class HouseholdReader
{
public:
    HouseholdReader(const ImportTable& cells, OutreachChildIndex index, QDate today)
        : m_cells(cells)
        , m_index(std::move(index))
        , m_today(today)
    {
    }

    std::optional<PlannedHousehold> read(const FileHousehold& file, FieldErrors& errors)
    {
        const qsizetype before = errors.size();
        checkRepeats(m_cells, file, errors);
        const CsvRow& first = file.rows.first();
        const QString village = m_cells.cell(first, u"village"_s).simplified();
        const Household* stored = nullptr;
        QList<OutreachChild> children;
        for (const CsvRow& row : file.rows) {
            OutreachChild child;
            if (const std::optional<OutreachChildIndex::Found> match = matchOf(row, village, errors)) {
                if (stored && stored != match->household) {
                    errors.append(m_cells.error(row, u"child_name"_s,
                                                HouseholdImport::tr("This child is recorded in another household "
                                                                    "than the earlier rows of household %1.")
                                                    .arg(file.key)));
                    continue;
                }
                stored = match->household;
                child = *match->child;
            }
            readChild(m_cells, row, child, errors);
            children.append(child);
        }
        if (stored) {
            if (const auto claimed = m_claimedHouseholds.constFind(stored->id); claimed != m_claimedHouseholds.cend())
                errors.append(m_cells.error(first, u"household"_s,
                                            HouseholdImport::tr("The rows of household %1 and of household %2 are "
                                                                "children of the same recorded household; give them "
                                                                "one household key.")
                                                .arg(*claimed, file.key)));
            m_claimedHouseholds.insert(stored->id, file.key);
        }

        Household household = stored ? *stored : Household();
        QList<int> guardianColumn;
        readDetails(m_cells, first, household, guardianColumn, errors);
        household.children = children;
        for (const FieldError& e : HouseholdValidator::validate(household, m_today)) {
            qsizetype child = -1;
            const QString column = columnOf(e.field, household, guardianColumn, child);
            const CsvRow& row = child >= 0 && child < file.rows.size() ? file.rows.at(child) : first;
            m_cells.addValidation(row, {{column, e.value, e.message, row.line}}, errors);
        }
        if (errors.size() > before)
            return std::nullopt;

        PlannedHousehold planned;
        for (const CsvRow& row : file.rows)
            planned.lines.append(row.line);
        if (stored) {
            // Children the file leaves out stay with the household.
            for (const OutreachChild& c : stored->children)
                if (std::none_of(children.cbegin(), children.cend(),
                                 [&](const OutreachChild& kept) { return kept.id == c.id; }))
                    household.children.append(c);
            planned.unchanged = sameAsStored(household, *stored);
        }
        planned.household = household;
        return planned;
    }

private:
    // The recorded child a row is, checked against the rows before it: nullopt for a new child (or on an error).
    std::optional<OutreachChildIndex::Found> matchOf(const CsvRow& row, const QString& village, FieldErrors& errors)
    {
        const QString idNumber = OutreachChildIndex::normalizedIdNumber(m_cells.cell(row, u"id_number"_s));
        const QString name = m_cells.cell(row, u"child_name"_s).simplified();
        FieldErrors ignored; // the date's own problem is reported when the child is read
        const QDate birth = m_cells.date(row, u"birth_date"_s, ignored);
        const QString sameChild = u"%1\n%2\n%3"_s.arg(village, name, birth.toString(Qt::ISODate));
        if (!idNumber.isEmpty()) {
            if (const auto earlier = m_rowOfIdNumber.constFind(idNumber); earlier != m_rowOfIdNumber.cend()) {
                errors.append(m_cells.error(row, u"id_number"_s,
                                            HouseholdImport::tr("Row %1 has the same ID number.").arg(*earlier)));
                return std::nullopt;
            }
            m_rowOfIdNumber.insert(idNumber, row.line);
        } else if (!name.isEmpty() && birth.isValid()) {
            if (const auto earlier = m_rowOfChild.constFind(sameChild); earlier != m_rowOfChild.cend()) {
                errors.append(m_cells.error(row, u"child_name"_s,
                                            HouseholdImport::tr("Row %1 has a child of the same village, name and "
                                                                "birth date; give the ID number if they are two.")
                                                .arg(*earlier)));
                return std::nullopt;
            }
            m_rowOfChild.insert(sameChild, row.line);
        }
        std::optional<OutreachChildIndex::Found> found
            = idNumber.isEmpty() ? std::nullopt : m_index.byIdNumber(idNumber);
        if (!found && !name.isEmpty() && birth.isValid()) {
            const QList<OutreachChildIndex::Found> same = m_index.byVillageNameBirth(village, name, birth, true);
            if (same.size() > 1) {
                errors.append(m_cells.error(row, u"child_name"_s,
                                            HouseholdImport::tr("%n children of %1 are recorded with this name and "
                                                                "birth date; give the ID number to say which.",
                                                                nullptr, int(same.size()))
                                                .arg(village)));
                return std::nullopt;
            }
            if (!same.isEmpty())
                found = same.first();
        }
        if (found) {
            if (const auto earlier = m_rowOfChildId.constFind(found->child->id); earlier != m_rowOfChildId.cend()) {
                errors.append(m_cells.error(row, u"child_name"_s,
                                            HouseholdImport::tr("Row %1 is the same recorded child, %2.")
                                                .arg(*earlier)
                                                .arg(found->child->name)));
                return std::nullopt;
            }
            m_rowOfChildId.insert(found->child->id, row.line);
        }
        return found;
    }

    const ImportTable& m_cells;
    OutreachChildIndex m_index;
    QDate m_today;
    QHash<QString, int> m_rowOfIdNumber;
    QHash<QString, int> m_rowOfChild;
    QHash<qint64, int> m_rowOfChildId;
    QHash<qint64, QString> m_claimedHouseholds;
};

} // namespace

QList<ImportColumn> HouseholdImport::columns()
{
    QList<ImportColumn> columns {
        {u"household"_s, u"户编号"_s, true},
        {u"village"_s, u"村"_s, true},
        {u"address"_s, u"地址"_s, false},
    };
    for (int g = 1; g <= GuardianColumns; ++g) {
        columns.append({guardianKey(g, u"name"_s), u"监护人%1姓名"_s.arg(g), g == 1});
        columns.append({guardianKey(g, u"relation"_s), u"监护人%1关系"_s.arg(g), false});
        columns.append({guardianKey(g, u"phone"_s), u"监护人%1电话"_s.arg(g), false});
    }
    columns << ImportColumn {u"left_behind"_s, u"留守"_s, false} << ImportColumn {u"carer"_s, u"照料人"_s, false}
            << ImportColumn {u"child_name"_s, u"幼儿姓名"_s, true} << ImportColumn {u"gender"_s, u"性别"_s, true}
            << ImportColumn {u"birth_date"_s, u"出生日期"_s, true}
            << ImportColumn {u"id_number"_s, u"身份证号"_s, false}
            << ImportColumn {u"special_needs"_s, u"特殊需要"_s, false}
            << ImportColumn {u"consent_by"_s, u"知情同意人"_s, false}
            << ImportColumn {u"consent_on"_s, u"同意日期"_s, false}
            << ImportColumn {u"registered_on"_s, u"登记日期"_s, false} << ImportColumn {u"notes"_s, u"备注"_s, false};
    return columns;
}

Result<HouseholdImportPlan> HouseholdImport::preview(Database& db, const QString& path)
{
    return ImportSteps::readFile<HouseholdImportPlan>(path, [&](const CsvTable& table) { return preview(db, table); });
}

Result<HouseholdImportPlan> HouseholdImport::preview(Database& db, const CsvTable& table)
{
    using R = Result<HouseholdImportPlan>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    Result<QList<Household>> recorded = HouseholdRepository(db).all();
    if (!recorded)
        return R::failure(recorded.error());

    HouseholdImportPlan plan;
    plan.encoding = table.encoding;
    const ImportTable cells(table, columns());
    if (!ImportSteps::begin(cells, plan.report))
        return plan;
    HouseholdReader reader(cells, OutreachChildIndex(std::move(recorded.value())), Clock::today());
    for (const FileHousehold& file : groupRows(cells, plan.report.errors)) {
        plan.children += int(file.rows.size());
        const std::optional<PlannedHousehold> planned = reader.read(file, plan.report.errors);
        if (!planned)
            continue;
        if (planned->unchanged)
            ++plan.unchanged;
        else
            ++(planned->isUpdate() ? plan.report.updated : plan.report.added);
        plan.households.append(*planned);
    }
    std::stable_sort(plan.report.errors.begin(), plan.report.errors.end(),
                     [](const FieldError& a, const FieldError& b) { return a.row < b.row; });
    return plan;
}

Result<ImportReport> HouseholdImport::apply(Database& db, const HouseholdImportPlan& plan)
{
    HouseholdRepository households(db);
    return ImportSteps::apply(db, plan.report, [&]() -> Status {
        for (const PlannedHousehold& planned : plan.households) {
            if (planned.unchanged)
                continue;
            const Status s = planned.isUpdate() ? households.update(planned.household)
                                                : households.add(planned.household).status();
            if (!s)
                return Status::failure(tr("Row %1: %2").arg(planned.lines.first()).arg(s.error()));
        }
        return {};
    });
}
