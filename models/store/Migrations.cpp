#include "Migrations.h"

#include "Database.h"
#include "Sql.h"
#include "access/AuditTrail.h"
#include "center/CenterReportLines.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Version 1: the institution, its classes, children with a dated placement history, guardians, staff with
// qualifications, attendance, dated policy parameters and the care calendar.
const QStringList schemaV1 = {
    uR"(CREATE TABLE institution (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        credit_code TEXT NOT NULL,
        county TEXT NOT NULL,
        type TEXT NOT NULL,
        operating_model TEXT NOT NULL,
        inclusive INTEGER NOT NULL DEFAULT 0,
        inclusive_from TEXT,
        inclusive_places INTEGER NOT NULL DEFAULT 0 CHECK (inclusive_places >= 0),
        places INTEGER NOT NULL DEFAULT 0 CHECK (places >= 0),
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))"_s,
    uR"(CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        class_type TEXT NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        room TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE children (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        birth_date TEXT NOT NULL,
        id_number TEXT UNIQUE,
        birth_order INTEGER NOT NULL DEFAULT 1 CHECK (birth_order >= 1),
        hukou TEXT NOT NULL DEFAULT '',
        allergies TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        admission_check_date TEXT,
        vaccination_checked INTEGER NOT NULL DEFAULT 0,
        consent_by TEXT NOT NULL DEFAULT '',
        consent_on TEXT,
        consent_version TEXT NOT NULL DEFAULT '',
        enrolled_on TEXT,
        withdrawn_on TEXT,
        CHECK (withdrawn_on IS NULL OR enrolled_on IS NULL OR withdrawn_on >= enrolled_on)))"_s,
    // A child's class and care type, each row valid from a day to a day (NULL: still in force).
    uR"(CREATE TABLE placements (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        class_id INTEGER NOT NULL REFERENCES classes(id),
        care_type TEXT NOT NULL CHECK (care_type IN ('full_day', 'half_day', 'hourly', 'home')),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)))"_s,
    u"CREATE INDEX placements_child ON placements(child_id, valid_from)"_s,
    u"CREATE INDEX placements_class ON placements(class_id, valid_from)"_s,
    uR"(CREATE TABLE guardians (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        may_pick_up INTEGER NOT NULL DEFAULT 1,
        is_primary INTEGER NOT NULL DEFAULT 0))"_s,
    u"CREATE INDEX guardians_child ON guardians(child_id)"_s,
    uR"(CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        role TEXT NOT NULL CHECK (role IN ('head', 'caregiver', 'health', 'cook', 'security', 'other')),
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT UNIQUE,
        full_time INTEGER NOT NULL DEFAULT 1,
        hired_on TEXT NOT NULL,
        left_on TEXT))"_s,
    uR"(CREATE TABLE staff_classes (
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
        PRIMARY KEY (staff_id, class_id)))"_s,
    // The kinds of certificate are data: a new one (托育师 under the coming law) is a row, not a release.
    uR"(CREATE TABLE qualification_types (
        code TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        counts_as_certified INTEGER NOT NULL DEFAULT 0,
        is_health_certificate INTEGER NOT NULL DEFAULT 0))"_s,
    uR"(INSERT INTO qualification_types (code, name_zh, name_en, counts_as_certified, is_health_certificate) VALUES
        ('childcare_worker', '保育师', 'Childcare worker (保育师)', 1, 0),
        ('infant_carer', '育婴员', 'Infant carer (育婴员)', 1, 0),
        ('development_guide', '婴幼儿发展引导员', 'Infant development guide', 0, 0),
        ('childcare_teacher', '托育师', 'Childcare teacher (托育师)', 0, 0),
        ('health_certificate', '健康合格证', 'Health certificate', 0, 1),
        ('no_criminal_record', '无犯罪记录证明', 'No criminal record certificate', 0, 0),
        ('security_guard', '保安员证', 'Security guard licence', 0, 0),
        ('teacher', '教师资格证', 'Teacher qualification', 0, 0))"_s,
    uR"(CREATE TABLE qualifications (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        type_code TEXT NOT NULL REFERENCES qualification_types(code),
        level TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        expires_on TEXT))"_s,
    u"CREATE INDEX qualifications_staff ON qualifications(staff_id)"_s,
    uR"(CREATE TABLE attendance (
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('present', 'sick', 'personal', 'other')),
        arrival TEXT,
        departure TEXT,
        check_result TEXT CHECK (check_result IN ('normal', 'abnormal')),
        check_note TEXT NOT NULL DEFAULT '',
        temperature_tenths INTEGER,
        hours INTEGER,
        symptom TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (child_id, day)) WITHOUT ROWID)"_s,
    u"CREATE INDEX attendance_day ON attendance(day)"_s,
    // Values that override or extend the bundled defaults, each in force from a month.
    uR"(CREATE TABLE policy_values (
        key TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        value INTEGER NOT NULL,
        basis TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (key, valid_from)))"_s,
    // Official holiday data for years published after this release (the bundled years need no rows).
    uR"(CREATE TABLE calendar_days (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday'))))"_s,
    uR"(CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        basis TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE closures (
        day TEXT PRIMARY KEY,
        reason TEXT NOT NULL))"_s,
};

// Version 2: users and roles, and the append-only audit trail with triggers on every table.
const QStringList schemaV2 = {
    uR"(CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('director', 'finance', 'caregiver', 'outreach', 'center')),
        password_hash TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        last_login_at TEXT))"_s,
    uR"(CREATE TABLE user_classes (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, class_id)))"_s,
};

// Version 3: the waiting list (application date and wanted start month), insurance, and authorised pick-up
// adults who are not guardians.
const QStringList schemaV3 = {
    u"ALTER TABLE children ADD COLUMN applied_on TEXT"_s,
    u"ALTER TABLE children ADD COLUMN wanted_month TEXT"_s,
    u"ALTER TABLE children ADD COLUMN insured INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE guardians ADD COLUMN is_guardian INTEGER NOT NULL DEFAULT 1"_s,
};

// Version 4: follow-ups of sick absences (因病缺勤追踪). One open follow-up per child is kept by the insert that
// opens it, not by a partial unique index: a backup (VACUUM INTO) moves an index created after the audit_log
// triggers ahead of them, and a restored file would no longer dump like the original.
const QStringList schemaV4 = {
    uR"(CREATE TABLE sick_followups (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        first_day TEXT NOT NULL,
        symptom TEXT NOT NULL DEFAULT '',
        last_contact TEXT NOT NULL DEFAULT '',
        returned_on TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        closed INTEGER NOT NULL DEFAULT 0,
        CHECK (returned_on IS NULL OR returned_on >= first_day),
        CHECK (closed = 0 OR outcome <> '')))"_s,
};

// Version 5: the months closed for billing (月结), whose attendance may no longer change until reopened.
const QStringList schemaV5 = {
    uR"(CREATE TABLE closed_months (
        month TEXT PRIMARY KEY,
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL))"_s,
};

// Version 6: fees. The items collected on behalf (代收费) with dated prices and the months each child is billed
// for them; the bills written when a month closes, so a closed month's bills never change; payments (a negative
// amount is a refund paid out) and the receipts numbered from a gapless sequence per year.
const QStringList schemaV6 = {
    // What the frozen bills of a closed month were worked out with.
    u"ALTER TABLE closed_months ADD COLUMN care_days INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE closed_months ADD COLUMN inclusive INTEGER NOT NULL DEFAULT 0"_s,
    uR"(CREATE TABLE charge_items (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        active INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE charge_item_prices (
        item_id INTEGER NOT NULL REFERENCES charge_items(id) ON DELETE CASCADE,
        valid_from TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (item_id, valid_from)))"_s,
    uR"(CREATE TABLE child_charges (
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES charge_items(id),
        month TEXT NOT NULL,
        PRIMARY KEY (child_id, item_id, month)))"_s,
    uR"(CREATE TABLE bills (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id),
        month TEXT NOT NULL,
        class_name TEXT NOT NULL DEFAULT '',
        total INTEGER NOT NULL,
        UNIQUE (child_id, month)))"_s,
    uR"(CREATE TABLE bill_lines (
        bill_id INTEGER NOT NULL REFERENCES bills(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        amount INTEGER NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (bill_id, position)))"_s,
    // A receipt covers what one payer paid at once for a child, possibly for several months ahead.
    uR"(CREATE TABLE receipts (
        number TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL CHECK (sequence > 0),
        issued_on TEXT NOT NULL,
        payee TEXT NOT NULL,
        voided_at TEXT,
        voided_by TEXT,
        void_reason TEXT NOT NULL DEFAULT '',
        UNIQUE (year, sequence),
        CHECK (voided_at IS NULL OR void_reason <> '')))"_s,
    uR"(CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id),
        month TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount <> 0),
        method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'other')),
        paid_on TEXT NOT NULL,
        payer TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        receipt_number TEXT REFERENCES receipts(number),
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0,
        CHECK ((amount > 0) = (receipt_number IS NOT NULL))))"_s,
};

// Version 7: operating subsidy claims (运营补贴申报). Each month's claim has versions: a batch returned for correction
// is kept as it was sent and corrected as the next version. A batch's rows are rebuilt while it is a draft and
// frozen once it is submitted; what the county approved and paid is kept per batch and, when it returns a list,
// per child.
const QStringList schemaV7 = {
    uR"(CREATE TABLE claim_batches (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved_full', 'approved_part', 'returned',
                                               'paid')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        submitted_at TEXT,
        submitted_by TEXT,
        approved_fen INTEGER CHECK (approved_fen >= 0),
        paid_fen INTEGER CHECK (paid_fen >= 0),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (month, version),
        CHECK (status <> 'returned' OR note <> '')))"_s,
    uR"(CREATE TABLE claim_rows (
        batch_id INTEGER NOT NULL REFERENCES claim_batches(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        child_id INTEGER NOT NULL REFERENCES children(id),
        name TEXT NOT NULL,
        id_number TEXT NOT NULL DEFAULT '',
        class_name TEXT NOT NULL DEFAULT '',
        birth_date TEXT,
        enrolled_on TEXT,
        age_months INTEGER NOT NULL,
        claimable INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        care_days INTEGER NOT NULL,
        attended_days INTEGER NOT NULL,
        needed_days INTEGER NOT NULL,
        claimed_months INTEGER NOT NULL,
        fee_standard INTEGER NOT NULL,
        reduction INTEGER NOT NULL,
        fee_charged INTEGER NOT NULL,
        rate INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        approved_fen INTEGER CHECK (approved_fen >= 0),
        paid_fen INTEGER CHECK (paid_fen >= 0),
        PRIMARY KEY (batch_id, position),
        UNIQUE (batch_id, child_id),
        CHECK (claimable = (reason = ''))))"_s,
};

// Version 8: what families do about their own subsidies, and the children's accident insurance. A child without a
// family_subsidies row has not applied for the birth subsidy (生育补贴) and has no answer about the national
// 育儿补贴 yet. A policy covers one child from valid_from to valid_to, both days included; the city's group
// policy has one number for many children.
const QStringList schemaV8 = {
    uR"(CREATE TABLE family_subsidies (
        child_id INTEGER PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
        birth_applied_on TEXT,
        birth_granted_on TEXT,
        childcare_subsidy TEXT NOT NULL DEFAULT 'unknown' CHECK (childcare_subsidy IN ('unknown', 'yes', 'no')),
        CHECK (birth_granted_on IS NULL OR (birth_applied_on IS NOT NULL AND birth_granted_on >= birth_applied_on))))"_s,
    uR"(CREATE TABLE insurance_policies (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        policy_number TEXT NOT NULL CHECK (policy_number <> ''),
        valid_from TEXT NOT NULL,
        valid_to TEXT NOT NULL,
        premium INTEGER NOT NULL CHECK (premium >= 0),
        payer TEXT NOT NULL CHECK (payer IN ('city', 'family', 'institution', 'other')),
        UNIQUE (child_id, policy_number, valid_from),
        CHECK (valid_to >= valid_from)))"_s,
};

// Version 9: the institution's Ed25519 signing keys. The secret half is sealed (crypto_secretbox) with a key
// derived from the director's passphrase by Argon2id, with the salt and limits beside it so they can be raised
// later. A rotated key keeps its row and public key so the reports it signed stay checkable; one key is current.
const QStringList schemaV9 = {
    uR"(CREATE TABLE institution_keys (
        id INTEGER PRIMARY KEY,
        public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
        secret_box BLOB NOT NULL,
        nonce BLOB NOT NULL,
        salt BLOB NOT NULL,
        opslimit INTEGER NOT NULL CHECK (opslimit > 0),
        memlimit INTEGER NOT NULL CHECK (memlimit > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        retired_at TEXT))"_s,
    u"CREATE UNIQUE INDEX institution_keys_one_current ON institution_keys ((retired_at IS NULL)) "
    "WHERE retired_at IS NULL"_s,
};

// Version 10: the monthly reports exported upstream, one row per revision. The signed file and its companion
// workbook are kept as written, so a lost USB stick is replaced by the same bytes. A revision remembers how often
// its month had been reopened and a hash of its content, which tell whether the month changed since. Each
// reopening of a month is kept with its reason.
const QStringList schemaV10 = {
    uR"(CREATE TABLE month_reopenings (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        reopened_at TEXT NOT NULL,
        reopened_by TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason <> '')))"_s,
    uR"(CREATE TABLE report_exports (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        reopenings INTEGER NOT NULL CHECK (reopenings >= 0),
        content_sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        previous_sha256 TEXT,
        key_thumbprint TEXT NOT NULL,
        signed_file BLOB NOT NULL,
        workbook_file BLOB NOT NULL,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL,
        UNIQUE (month, revision),
        CHECK ((revision = 1) = (previous_sha256 IS NULL))))"_s,
};

// Version 11: a county or city center's registry of the institutions that report to it, their public keys (a
// rotated key is added beside the old one, so older reports stay checkable), the signed files it imported, those
// held until their signer is registered, and the log of every file offered. A file is known by its SHA-256. The
// payload is kept beside the file it was read from, so figures are read without decoding every file again. The JWK
// names the institution; its county and type come from the reports it sends.
const QStringList schemaV11 = {
    uR"(CREATE TABLE center_institutions (
        id INTEGER PRIMARY KEY,
        credit_code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        county TEXT NOT NULL DEFAULT '',
        institution_type TEXT NOT NULL DEFAULT '',
        registered_at TEXT NOT NULL,
        registered_by TEXT NOT NULL))"_s, uR"(CREATE TABLE center_keys (
        id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES center_institutions (id),
        public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
        thumbprint TEXT NOT NULL UNIQUE,
        registered_at TEXT NOT NULL,
        registered_by TEXT NOT NULL))"_s,       uR"(CREATE TABLE center_reports (
        id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES center_institutions (id),
        month TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL UNIQUE,
        previous_sha256 TEXT,
        key_thumbprint TEXT NOT NULL,
        payload TEXT NOT NULL,
        signed_file BLOB NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        UNIQUE (institution_id, month, revision)))"_s,
    uR"(CREATE TABLE center_held_files (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL UNIQUE,
        key_thumbprint TEXT NOT NULL,
        signed_file BLOB NOT NULL,
        held_at TEXT NOT NULL,
        held_by TEXT NOT NULL))"_s,   uR"(CREATE TABLE center_import_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT,
        verdict TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        report_id INTEGER REFERENCES center_reports (id)))"_s,
};

// Version 12: what a center adds up, read out of each imported file once: a line per institution the file covers
// (a county center's roll-up covers many) with its figures, and the children each line claims the operating subsidy
// for, so a month's status and the cross-institution checks need not decode every file. A stored file now says its
// format (a monthly report or a roll-up). The lines are an index of the audited payload, rebuilt from it.
const QStringList schemaV12 = {
    u"ALTER TABLE center_reports ADD COLUMN format TEXT NOT NULL DEFAULT 'daycaredesk.monthly-report'"_s,
    u"CREATE INDEX center_reports_month ON center_reports (month)"_s,
    uR"(CREATE TABLE center_report_lines (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES center_reports (id),
        credit_code TEXT NOT NULL,
        name TEXT NOT NULL,
        county TEXT NOT NULL,
        institution_type TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('reported', 'not_reported', 'late')),
        revision INTEGER NOT NULL,
        report_sha256 TEXT NOT NULL,
        figures TEXT NOT NULL))"_s,
    u"CREATE INDEX center_report_lines_report ON center_report_lines (report_id)"_s,
    uR"(CREATE TABLE center_claimed_children (
        id INTEGER PRIMARY KEY,
        line_id INTEGER NOT NULL REFERENCES center_report_lines (id),
        id_number TEXT NOT NULL,
        name TEXT NOT NULL,
        class_name TEXT NOT NULL,
        amount_fen INTEGER NOT NULL))"_s,
    u"CREATE INDEX center_claimed_children_line ON center_claimed_children (line_id)"_s,
    u"CREATE INDEX center_claimed_children_id_number ON center_claimed_children (id_number)"_s,
    // The reports that count: each sender's latest revision of each month.
    uR"(CREATE VIEW center_current_reports AS SELECT r.* FROM center_reports r WHERE r.revision =
        (SELECT max(x.revision) FROM center_reports x WHERE x.institution_id = r.institution_id AND
        x.month = r.month))"_s,
};

// Version 13: a rural home-visit team's records (农村婴幼儿照护服务队): the team's township, the households it
// guides with their guardians and children, each visit with its topics, measurements, development checklist and
// referral, who made it, and the visit form a member was filling in, kept as a draft until it is saved or discarded.
// Measurements are whole grams and millimetres. A center's report lines gain the township an outreach file names.
const QStringList schemaV13 = {
    u"ALTER TABLE institution ADD COLUMN township TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TABLE households (
        id INTEGER PRIMARY KEY,
        village TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        left_behind INTEGER NOT NULL DEFAULT 0,
        carer TEXT NOT NULL DEFAULT '',
        consent_by TEXT NOT NULL,
        consent_on TEXT NOT NULL,
        registered_on TEXT NOT NULL,
        closed_on TEXT,
        notes TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE household_guardians (
        id INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX household_guardians_household ON household_guardians(household_id)"_s,
    uR"(CREATE TABLE outreach_children (
        id INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        birth_date TEXT NOT NULL,
        id_number TEXT UNIQUE,
        special_needs TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX outreach_children_household ON outreach_children(household_id)"_s,
    uR"(CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES outreach_children(id),
        visited_on TEXT NOT NULL,
        topics TEXT NOT NULL,
        weight_g INTEGER CHECK (weight_g > 0),
        length_mm INTEGER CHECK (length_mm > 0),
        head_mm INTEGER CHECK (head_mm > 0),
        checklist TEXT NOT NULL DEFAULT '{}',
        advice TEXT NOT NULL DEFAULT '',
        referral TEXT NOT NULL DEFAULT '' CHECK (referral IN ('', 'township_hospital', 'mch_centre')),
        referral_reason TEXT NOT NULL DEFAULT '',
        next_visit_on TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        CHECK (next_visit_on IS NULL OR next_visit_on > visited_on)))"_s,
    u"CREATE INDEX visits_child ON visits(child_id, visited_on)"_s,
    u"CREATE INDEX visits_day ON visits(visited_on)"_s,
    uR"(CREATE TABLE visit_visitors (
        visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        member TEXT NOT NULL,
        PRIMARY KEY (visit_id, member)))"_s,
    // One unfinished visit form per user, written on every change so a power cut loses at most the last keystroke.
    uR"(CREATE TABLE visit_drafts (
        user_name TEXT PRIMARY KEY,
        form TEXT NOT NULL,
        saved_at TEXT NOT NULL))"_s,
    u"ALTER TABLE center_report_lines ADD COLUMN township TEXT NOT NULL DEFAULT ''"_s,
};

// The imported reports' lines made from their payloads, and the audit triggers rebuilt for the new columns and tables.
Status rebuildAuditAndLines(const QSqlDatabase& db)
{
    if (Status s = AuditTrail::installSchema(db); !s)
        return s;
    return CenterReportLines::rebuildAll(db);
}

struct Step
{
    QStringList statements;
    // Runs after the statements, in the same transaction.
    Status (*finish)(const QSqlDatabase&);
};

const QList<Step>& steps()
{
    static const QList<Step> all = {
        {schemaV1, nullptr},
        {schemaV2, &AuditTrail::installSchema},
        // The audit triggers are rebuilt so they record the new columns.
        {schemaV3, &AuditTrail::installSchema},
        // The new table gets its audit triggers.
        {schemaV4, &AuditTrail::installSchema},
        {schemaV5, &AuditTrail::installSchema},
        {schemaV6, &AuditTrail::installSchema},
        {schemaV7, &AuditTrail::installSchema},
        {schemaV8, &AuditTrail::installSchema},
        {schemaV9, &AuditTrail::installSchema},
        {schemaV10, &AuditTrail::installSchema},
        {schemaV11, &AuditTrail::installSchema},
        // The lines are made from the stored payloads at version 13, once they have all their columns.
        {schemaV12, &AuditTrail::installSchema},
        {schemaV13, &rebuildAuditAndLines},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

Status Migrations::migrate(QSqlDatabase db)
{
    const int current = Sql::scalar(db, u"PRAGMA user_version"_s).toInt();
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction())
            return Status::failure(tr("Could not start upgrading the database: %1").arg(db.lastError().text()));
        Status status;
        const Step& step = steps().at(version - 1);
        QStringList statements = step.statements;
        if (version == 1)
            statements.prepend(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId));
        for (const QString& statement : statements) {
            status = Sql::exec(db, statement);
            if (!status)
                break;
        }
        if (status && step.finish)
            status = step.finish(db);
        if (status)
            status = Sql::exec(db, u"PRAGMA user_version = %1"_s.arg(version));
        if (status && !db.commit())
            status = Status::failure(db.lastError().text());
        if (!status) {
            db.rollback();
            return Status::failure(tr("Upgrading the database to version %1 failed; it was left at version %2. %3")
                                       .arg(version)
                                       .arg(version - 1)
                                       .arg(status.error()));
        }
    }
    return {};
}
