#include "RosterRowReader.h"

#include "ChildRepository.h"

using namespace Qt::StringLiterals;

RosterRowReader::RosterRowReader(Database& db, const ImportTable& table, const QList<ClassRecord>& classes,
                                 const QList<ChildListEntry>& existing, const ChildValidator::Options& options)
    : m_db(db)
    , m_table(table)
    , m_options(options)
{
    for (const ClassRecord& c : classes) {
        m_classIds.insert(c.name, c.id);
        m_classNames << c.name;
    }
    for (const ChildListEntry& e : existing)
        if (!e.idNumber.isEmpty())
            m_existing.insert(e.idNumber, e);
}

QString RosterRowReader::normalizedIdNumber(const CsvRow& row, FieldErrors& errors) const
{
    const QString text = m_table.cell(row, u"id_number"_s).remove(u' ');
    if (text.isEmpty()) {
        errors.append(m_table.error(row, u"id_number"_s, tr("The ID number is missing; children are matched by it.")));
        return {};
    }
    const Result<IdNumber> id = IdNumber::parse(text, m_options.today);
    return id ? id->text() : text;
}

void RosterRowReader::readPlacement(const CsvRow& row, PlannedChild& planned, FieldErrors& errors) const
{
    const QString className = m_table.cell(row, u"class"_s);
    if (const auto found = m_classIds.constFind(className); found != m_classIds.cend())
        planned.classId = *found;
    else
        errors.append(m_table.error(
            row, u"class"_s,
            className.isEmpty() ? tr("The class is missing; the classes are: %1.").arg(m_classNames.join(u"、"_s))
                                : tr("There is no class called \"%1\"; the classes are: %2.")
                                      .arg(className, m_classNames.join(u"、"_s))));
    const QString careText = m_table.cell(row, u"care_type"_s);
    if (const auto careType = RosterTypes::careTypeFromKey(careText))
        planned.careType = *careType;
    else
        errors.append(m_table.error(
            row, u"care_type"_s,
            tr("Unknown care type \"%1\"; write 全日托, 半日托, 计时托 or 上门托 (full_day, half_day, hourly, home).")
                .arg(careText)));
}

void RosterRowReader::readGuardianAndConsent(const CsvRow& row, ChildRecord& child, FieldErrors& errors) const
{
    const QString name = m_table.cell(row, u"guardian"_s).simplified();
    const QString phone = m_table.cell(row, u"phone"_s);
    if (!name.isEmpty()) {
        const auto known = std::find_if(child.guardians.begin(), child.guardians.end(),
                                        [&](const Guardian& g) { return g.name == name; });
        if (known != child.guardians.end()) {
            if (!phone.isEmpty())
                known->phone = phone;
        } else {
            for (Guardian& g : child.guardians)
                g.primary = false;
            Guardian guardian;
            guardian.name = name;
            guardian.phone = phone;
            guardian.primary = true;
            child.guardians.prepend(guardian);
        }
    } else if (!phone.isEmpty()) {
        errors.append(m_table.error(row, u"phone"_s,
                                    tr("The phone number has no guardian beside it: add the column 监护人 (guardian) "
                                       "with the name of the person it belongs to.")));
    }
    FieldErrors ignored; // a wrong consent date is reported by the caller's own read of the cell
    const QDate consentOn = m_table.date(row, u"consent_date"_s, ignored);
    if (consentOn.isValid() && (consentOn != child.consentOn || child.consentBy.isEmpty())) {
        child.consentOn = consentOn;
        if (!name.isEmpty())
            child.consentBy = name;
    }
}

void RosterRowReader::checkUpdate(const CsvRow& row, const PlannedChild& planned, ImportReport& report) const
{
    const ChildRecord& child = planned.record;
    if (!planned.currentEnrolledOn.isValid()) {
        if (!child.consentRecorded())
            report.errors.append(m_table.error(
                row, u"consent_date"_s,
                tr("%1 is on the waiting list; record the guardian's consent to enrol her.").arg(child.name)));
        return;
    }
    if (child.enrolledOn != planned.currentEnrolledOn)
        report.warnings.append(
            m_table.error(row, u"enrolled_on"_s,
                          tr("%1 stays enrolled from %2; change an enrolment date on the Children page.")
                              .arg(child.name, planned.currentEnrolledOn.toString(Qt::ISODate))));
    const bool moved = planned.classId != planned.currentClassId || planned.currentCareType != planned.careType;
    const QDate from = std::max(m_options.today, planned.currentEnrolledOn);
    if (moved && planned.currentWithdrawnOn.isValid() && planned.currentWithdrawnOn < from)
        report.errors.append(m_table.error(row, u"class"_s,
                                           tr("%1 left care on %2; her class and care type can no longer change.")
                                               .arg(child.name, planned.currentWithdrawnOn.toString(Qt::ISODate))));
}

std::optional<PlannedChild> RosterRowReader::read(const CsvRow& row, ImportReport& report)
{
    FieldErrors errors;
    PlannedChild planned;
    planned.line = row.line;
    ChildRecord& child = planned.record;

    const QString idNumber = normalizedIdNumber(row, errors);
    if (const auto existing = m_existing.constFind(idNumber); !idNumber.isEmpty() && existing != m_existing.cend()) {
        const Result<ChildRecord> loaded = ChildRepository(m_db).load(existing->id);
        if (!loaded) {
            report.errors.append(m_table.error(row, u"id_number"_s, loaded.error()));
            return std::nullopt;
        }
        child = loaded.value();
        planned.currentClassId = existing->classId;
        planned.currentCareType = existing->careType;
        planned.currentEnrolledOn = existing->enrolledOn;
        planned.currentWithdrawnOn = existing->withdrawnOn;
    }
    child.name = m_table.cell(row, u"name"_s);
    child.gender = m_table.gender(row, u"gender"_s, errors);
    child.birthDate = m_table.date(row, u"birth_date"_s, errors);
    child.idNumber = idNumber;
    if (const QString order = m_table.cell(row, u"birth_order"_s); !order.isEmpty()) {
        bool number = false;
        child.birthOrder = order.toInt(&number);
        if (!number)
            errors.append(m_table.error(row, u"birth_order"_s, tr("The birth order (孩次) must be a whole number.")));
    }
    if (m_table.has(u"hukou"_s))
        child.hukou = m_table.cell(row, u"hukou"_s);
    if (m_table.has(u"note"_s))
        child.notes = m_table.cell(row, u"note"_s);
    readPlacement(row, planned, errors);
    child.enrolledOn = m_table.date(row, u"enrolled_on"_s, errors);
    if (!child.enrolledOn.isValid() && m_table.cell(row, u"enrolled_on"_s).isEmpty())
        errors.append(m_table.error(row, u"enrolled_on"_s, tr("The enrolment date is missing.")));
    if (const QDate withdrawnOn = m_table.date(row, u"withdrawn_on"_s, errors); withdrawnOn.isValid())
        child.withdrawnOn = withdrawnOn;
    m_table.date(row, u"consent_date"_s, errors);
    readGuardianAndConsent(row, child, errors);

    m_table.addValidation(row, ChildValidator::validate(child, m_options), errors);
    if (!child.idNumber.isEmpty()) {
        if (const int first = m_seenIdNumbers.value(child.idNumber); first > 0)
            errors.append(m_table.error(row, u"id_number"_s,
                                        tr("The ID number is also on row %1; each child may appear once.").arg(first)));
        else
            m_seenIdNumbers.insert(child.idNumber, row.line);
    }
    if (planned.isUpdate() && errors.isEmpty())
        checkUpdate(row, planned, report);
    if (!child.consentRecorded())
        report.warnings.append(
            m_table.error(row, u"consent_date"_s,
                          tr("Consent missing for %1: the director records who consented and when.").arg(child.name)));
    report.errors.append(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return planned;
}
