<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>Please log in first: only a logged-in user may %1.</source>
        <translation>Please log in first: only a logged-in user may %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask the director if this is needed.</source>
        <translation>%1 (%2) may not %3. Ask the director if this is needed.</translation>
    </message>
    <message>
        <source>%1 is not assigned to this class and may not record its attendance.</source>
        <translation>%1 is not assigned to this class and may not record its attendance.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Each person who works with DaycareDesk has her own account, so the audit trail shows who did what.</source>
        <translation>Each person who works with DaycareDesk has her own account, so the audit trail shows who did what.</translation>
    </message>
    <message>
        <source>e.g. 李静</source>
        <translation>e.g. 李静</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes:</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <source>Click to open where this is put right.</source>
        <translation>Click to open where this is put right.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Granted on</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>Birth subsidy: %1</source>
        <translation>Birth subsidy: %1</translation>
    </message>
    <message>
        <source>The family of %1 (birth order %2) may apply for %3.</source>
        <translation>The family of %1 (birth order %2) may apply for %3.</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Applied on:</translation>
    </message>
</context>
<context>
    <name>ArrearsTableModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Choose a child&apos;s day to record.</source>
        <translation>Choose a child&apos;s day to record.</translation>
    </message>
    <message>
        <source>%1 was not in this class on %2: there is nothing to record.</source>
        <translation>%1 was not in this class on %2: there is nothing to record.</translation>
    </message>
    <message>
        <source>%1 was not in this class on %2.</source>
        <translation>%1 was not in this class on %2.</translation>
    </message>
    <message>
        <source>%1, %2: a care day still to come.</source>
        <translation>%1, %2: a care day still to come.</translation>
    </message>
    <message>
        <source>%1, %2: not recorded yet (to fill in, not an absence).</source>
        <translation>%1, %2: not recorded yet (to fill in, not an absence).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Expected: care days the child was in this class</source>
        <translation>Expected: care days the child was in this class</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>Pres.</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>Other absence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not recorded yet: days to fill in</source>
        <translation>Not recorded yet: days to fill in</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>The ID number is missing; children are matched by it.</source>
        <translation>The ID number is missing; children are matched by it.</translation>
    </message>
    <message>
        <source>No child on the roster has this ID number.</source>
        <translation>No child on the roster has this ID number.</translation>
    </message>
    <message>
        <source>%1 is a weekend day, not a care day.</source>
        <translation>%1 is a weekend day, not a care day.</translation>
    </message>
    <message>
        <source>%1 is a public holiday, not a care day.</source>
        <translation>%1 is a public holiday, not a care day.</translation>
    </message>
    <message>
        <source>The institution was closed on %1 (%2).</source>
        <translation>The institution was closed on %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not enrolled (waiting list).</source>
        <translation>%1 is not enrolled (waiting list).</translation>
    </message>
    <message>
        <source>%1 was in care from %2 to %3, not on %4.</source>
        <translation>%1 was in care from %2 to %3, not on %4.</translation>
    </message>
    <message>
        <source>%1 is in care from %2, not yet on %3.</source>
        <translation>%1 is in care from %2, not yet on %3.</translation>
    </message>
    <message>
        <source>%1 was placed in no class on %2.</source>
        <translation>%1 was placed in no class on %2.</translation>
    </message>
    <message>
        <source>The status is missing; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</source>
        <translation>The status is missing; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</translation>
    </message>
    <message>
        <source>Unknown status; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</source>
        <translation>Unknown status; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</translation>
    </message>
    <message>
        <source>Write the time as 8:05 or 17:30.</source>
        <translation>Write the time as 8:05 or 17:30.</translation>
    </message>
    <message>
        <source>The hours must be a whole number, like 3.</source>
        <translation>The hours must be a whole number, like 3.</translation>
    </message>
    <message>
        <source>Write the morning check as 正常 or 异常 (normal or abnormal).</source>
        <translation>Write the morning check as 正常 or 异常 (normal or abnormal).</translation>
    </message>
    <message>
        <source>Write the temperature in degrees with at most one decimal, like 36.8.</source>
        <translation>Write the temperature in degrees with at most one decimal, like 36.8.</translation>
    </message>
    <message>
        <source>%1 already has a row for this day on row %2.</source>
        <translation>%1 already has a row for this day on row %2.</translation>
    </message>
    <message>
        <source>an imported file</source>
        <translation>an imported file</translation>
    </message>
</context>
<context>
    <name>AttendanceMonth</name>
    <message>
        <source>No month was given.</source>
        <translation>No month was given.</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthView</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 not recorded yet</source>
        <translation>%1 not recorded yet</translation>
    </message>
    <message>
        <source>%1 not in this class that day</source>
        <translation>%1 not in this class that day</translation>
    </message>
    <message>
        <source>Select a day and type its key; a sick day asks for the symptom.</source>
        <translation>Select a day and type its key; a sick day asks for the symptom.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>There is no class whose attendance you keep.</source>
        <translation>There is no class whose attendance you keep.</translation>
    </message>
    <message>
        <source>Class total: %1 care days, %2 expected, %3 present, %4 sick, %5 personal leave, %6 other, %7 not recorded yet. &lt;b&gt;Attendance rate: %8&lt;/b&gt;</source>
        <translation>Class total: %1 care days, %2 expected, %3 present, %4 sick, %5 personal leave, %6 other, %7 not recorded yet. &lt;b&gt;Attendance rate: %8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance register %1 %2</source>
        <translation>Attendance register %1 %2</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Save the register as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Daily sheet</source>
        <translation>Daily sheet</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>AttendanceRegister</name>
    <message>
        <source>Children&apos;s Attendance Register</source>
        <translation>Children&apos;s Attendance Register</translation>
    </message>
    <message>
        <source>Class: %1      Month: %2      Care days: %3</source>
        <translation>Class: %1      Month: %2      Care days: %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class total</source>
        <translation>Class total</translation>
    </message>
    <message>
        <source>Attendance rate (present ÷ expected): %1</source>
        <translation>Attendance rate (present ÷ expected): %1</translation>
    </message>
    <message>
        <source>%1; grey: not in this class that day; blank: not recorded.</source>
        <translation>%1; grey: not in this class that day; blank: not recorded.</translation>
    </message>
    <message>
        <source>Class caregivers: ________________      Head of institution: ________________      Date: ____________</source>
        <translation>Class caregivers: ________________      Head of institution: ________________      Date: ____________</translation>
    </message>
</context>
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>%1 is not in care in any class on %2.</source>
        <translation>%1 is not in care in any class on %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>Other absence</translation>
    </message>
    <message>
        <source>√</source>
        <comment>register mark: present</comment>
        <translation>√</translation>
    </message>
    <message>
        <source>S</source>
        <comment>register mark: sick</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>L</source>
        <comment>register mark: personal leave</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>O</source>
        <comment>register mark: other absence</comment>
        <translation>O</translation>
    </message>
</context>
<context>
    <name>AttendanceValidator</name>
    <message>
        <source>An absent child has no arrival or departure time.</source>
        <translation>An absent child has no arrival or departure time.</translation>
    </message>
    <message>
        <source>The departure time must be after the arrival time (%1).</source>
        <translation>The departure time must be after the arrival time (%1).</translation>
    </message>
    <message>
        <source>Hours are recorded only for hourly and home care.</source>
        <translation>Hours are recorded only for hourly and home care.</translation>
    </message>
    <message>
        <source>An absent child has no hours.</source>
        <translation>An absent child has no hours.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation>Hours must be between 0 and %1.</translation>
    </message>
    <message>
        <source>Hourly care needs the hours, or the arrival and departure times.</source>
        <translation>Hourly care needs the hours, or the arrival and departure times.</translation>
    </message>
    <message>
        <source>Say what the morning check found abnormal.</source>
        <translation>Say what the morning check found abnormal.</translation>
    </message>
    <message>
        <source>A body temperature lies between %1 and %2 °C.</source>
        <translation>A body temperature lies between %1 and %2 °C.</translation>
    </message>
    <message>
        <source>A sick absence needs the symptom or illness, for the follow-up and the outbreak watch.</source>
        <translation>A sick absence needs the symptom or illness, for the follow-up and the outbreak watch.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>%n audit row(s) exported to %1</source>
        <translation>
            <numerusform>%n audit row exported to %1</numerusform>
            <numerusform>%n audit rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Class and care type history</source>
        <translation>Class and care type history</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff classes</source>
        <translation>Staff classes</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Qualification types</source>
        <translation>Qualification types</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>Policy parameters</translation>
    </message>
    <message>
        <source>Official calendar days</source>
        <translation>Official calendar days</translation>
    </message>
    <message>
        <source>Official calendar years</source>
        <translation>Official calendar years</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Closure days</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User classes</source>
        <translation>User classes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Viewed in full</source>
        <translation>Viewed in full</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sick absence follow-ups</source>
        <translation>Sick absence follow-ups</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Families&apos; subsidies</source>
        <translation>Families&apos; subsidies</translation>
    </message>
    <message>
        <source>Accident insurance policies</source>
        <translation>Accident insurance policies</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written</source>
        <translation>
            <numerusform>%n record written</numerusform>
            <numerusform>%n records written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier record(s) replaced</source>
        <translation>
            <numerusform>%n earlier record replaced</numerusform>
            <numerusform>%n earlier records replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed in full</source>
        <translation>Printed in full</translation>
    </message>
    <message>
        <source>Registered institutions</source>
        <translation>Registered institutions</translation>
    </message>
    <message>
        <source>Registered institution keys</source>
        <translation>Registered institution keys</translation>
    </message>
    <message>
        <source>Imported reports</source>
        <translation>Imported reports</translation>
    </message>
    <message>
        <source>Held report files</source>
        <translation>Held report files</translation>
    </message>
    <message>
        <source>Report import log</source>
        <translation>Report import log</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Between</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Verify the audit trail</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Everybody</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; narrow the filter to see older ones.</source>
        <translation>The newest %1 changes are shown; narrow the filter to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>The audit trail was altered</source>
        <translation>The audit trail was altered</translation>
    </message>
    <message>
        <source>%1

Someone changed the database outside DaycareDesk. Keep this file as it is and compare it with a backup.</source>
        <translation>%1

Someone changed the database outside DaycareDesk. Keep this file as it is and compare it with a backup.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was exported to %1.</source>
        <translation>The audit trail was exported to %1.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit row %1 was never sealed: it was added outside DaycareDesk.</source>
        <translation>Audit row %1 was never sealed: it was added outside DaycareDesk.</translation>
    </message>
    <message>
        <source>Audit row %1 was edited after it was written.</source>
        <translation>Audit row %1 was edited after it was written.</translation>
    </message>
    <message>
        <source>Audit row %1 was deleted.</source>
        <translation>Audit row %1 was deleted.</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were deleted.</source>
        <translation>Audit rows %1 to %2 were deleted.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it was inserted or moved.</source>
        <translation>Audit row %1 is out of order: it was inserted or moved.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row checked.</numerusform>
            <numerusform>The audit trail is intact: %n rows checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is damaged (%2).</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk backup: it is an SQLite file of another program.</source>
        <translation>%1 is not a DaycareDesk backup: it is an SQLite file of another program.</translation>
    </message>
    <message>
        <source>%1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to restore it.</source>
        <translation>%1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to restore it.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. %2</source>
        <translation>The backup %1 could not be written. %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 already exists. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>backup written to %1</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>There is no backup file at %1.</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk backup (it is not an SQLite file).</source>
        <translation>%1 is not a DaycareDesk backup (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>BillLineTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Worked out as</source>
        <translation>Worked out as</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>BillLines</name>
    <message>
        <source>Care fee</source>
        <translation>Care fee</translation>
    </message>
    <message>
        <source>Inclusive reduction</source>
        <translation>Inclusive reduction</translation>
    </message>
    <message>
        <source>Absence refund</source>
        <translation>Absence refund</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Hourly care</source>
        <translation>Hourly care</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>Collected item</source>
        <translation>Collected item</translation>
    </message>
</context>
<context>
    <name>BillStore</name>
    <message>
        <source>%1 is not closed, so it has no final bills yet.</source>
        <translation>%1 is not closed, so it has no final bills yet.</translation>
    </message>
    <message>
        <source>A bill line of %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>A bill line of %1 has an unknown kind &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <source>Paid ahead</source>
        <translation>Paid ahead</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Paid in full</translation>
    </message>
</context>
<context>
    <name>BirthSubsidies</name>
    <message>
        <source>%1, birth subsidy: a first child (孩次 1) has none; it is for a second or later child.</source>
        <translation>%1, birth subsidy: a first child (孩次 1) has none; it is for a second or later child.</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: give the day the family applied.</source>
        <translation>%1, birth subsidy application date: give the day the family applied.</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: %2 is in the future.</source>
        <translation>%1, birth subsidy application date: %2 is in the future.</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: %2 is before the child was born (%3).</source>
        <translation>%1, birth subsidy application date: %2 is before the child was born (%3).</translation>
    </message>
    <message>
        <source>%1, birth subsidy grant date: %2 is in the future.</source>
        <translation>%1, birth subsidy grant date: %2 is in the future.</translation>
    </message>
    <message>
        <source>%1, birth subsidy grant date: %2 is before the application (%3).</source>
        <translation>%1, birth subsidy grant date: %2 is before the application (%3).</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyApplication</name>
    <message>
        <source>%1 is a first child (孩次 1): the birth subsidy is for a second or later child.</source>
        <translation>%1 is a first child (孩次 1): the birth subsidy is for a second or later child.</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyForm</name>
    <message>
        <source>Birth Subsidy Application (生育补贴申请表)</source>
        <translation>Birth Subsidy Application (生育补贴申请表)</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Girl</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth order (孩次)</source>
        <translation>Birth order (孩次)</translation>
    </message>
    <message>
        <source>Third child or later</source>
        <translation>Third child or later</translation>
    </message>
    <message>
        <source>Second child</source>
        <translation>Second child</translation>
    </message>
    <message>
        <source>Subsidy (yuan)</source>
        <translation>Subsidy (yuan)</translation>
    </message>
    <message>
        <source>%1 (人民币大写: %2)</source>
        <translation>%1 (人民币大写: %2)</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bring with this sheet: the household register (户口簿), the child&apos;s birth medical certificate (出生医学证明), both parents&apos; ID cards and a bank card in a guardian&apos;s name.</source>
        <translation>Bring with this sheet: the household register (户口簿), the child&apos;s birth medical certificate (出生医学证明), both parents&apos; ID cards and a bank card in a guardian&apos;s name.</translation>
    </message>
    <message>
        <source>I declare that the above is true. Applicant (guardian): ________________      Date: ____________</source>
        <translation>I declare that the above is true. Applicant (guardian): ________________      Date: ____________</translation>
    </message>
    <message>
        <source>Filled in by the day care: ________________      Institution&apos;s stamp:</source>
        <translation>Filled in by the day care: ________________      Institution&apos;s stamp:</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Birth order</source>
        <translation>Birth order</translation>
    </message>
    <message>
        <source>Birth subsidy</source>
        <translation>Birth subsidy</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Childcare subsidy (育儿补贴) applied</source>
        <translation>Childcare subsidy (育儿补贴) applied</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>care day</source>
        <translation>care day</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>make-up working day (a care day)</source>
        <translation>make-up working day (a care day)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>&amp;Mark closed…</source>
        <translation>&amp;Mark closed…</translation>
    </message>
    <message>
        <source>&amp;Reopen this day</source>
        <translation>&amp;Reopen this day</translation>
    </message>
    <message>
        <source>Closures this month</source>
        <translation>Closures this month</translation>
    </message>
    <message>
        <source>Care days in %1: %2</source>
        <translation>Care days in %1: %2</translation>
    </message>
    <message>
        <source>%1: closed (%2).</source>
        <translation>%1: closed (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>There is no care on this day anyway, so it cannot be marked closed.</source>
        <translation>There is no care on this day anyway, so it cannot be marked closed.</translation>
    </message>
    <message>
        <source>Mark closed</source>
        <translation>Mark closed</translation>
    </message>
    <message>
        <source>Why is the institution closed on %1? (e.g. heating repair)</source>
        <translation>Why is the institution closed on %1? (e.g. heating repair)</translation>
    </message>
    <message>
        <source>A closure needs its reason; the day was not closed.</source>
        <translation>A closure needs its reason; the day was not closed.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Please give the reason for closing on %1.</source>
        <translation>Please give the reason for closing on %1.</translation>
    </message>
    <message>
        <source>%1 is not a care day (weekend or public holiday), so there is nothing to close.</source>
        <translation>%1 is not a care day (weekend or public holiday), so there is nothing to close.</translation>
    </message>
</context>
<context>
    <name>CareCalendar</name>
    <message>
        <source>The official holiday calendar for %1 has not been added, so care days in %1 are counted as Monday to Friday. Add the year&apos;s holidays and make-up working days in Settings once the State Council publishes them.</source>
        <translation>The official holiday calendar for %1 has not been added, so care days in %1 are counted as Monday to Friday. Add the year&apos;s holidays and make-up working days in Settings once the State Council publishes them.</translation>
    </message>
</context>
<context>
    <name>CenterChartsPage</name>
    <message>
        <source>Places and children enrolled by county, %1</source>
        <translation>Places and children enrolled by county, %1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1 (use %2)</translation>
    </message>
    <message>
        <source>Places and children</source>
        <translation>Places and children</translation>
    </message>
    <message>
        <source>Attendance rate and certified caregivers by institution, %1 (target for certified caregivers: %2%)</source>
        <translation>Attendance rate and certified caregivers by institution, %1 (target for certified caregivers: %2%)</translation>
    </message>
    <message>
        <source>Attendance rate (出勤率)</source>
        <translation>Attendance rate (出勤率)</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率)</source>
        <translation>Certified caregivers (持证上岗率)</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>No reports yet</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>Target %1%</translation>
    </message>
    <message>
        <source>Operating subsidy claimed by month</source>
        <translation>Operating subsidy claimed by month</translation>
    </message>
    <message>
        <source>Subsidy claimed</source>
        <translation>Subsidy claimed</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Children visited at home</source>
        <translation>Children visited at home</translation>
    </message>
    <message>
        <source>Places, children enrolled and children visited at home by county, %1</source>
        <translation>Places, children enrolled and children visited at home by county, %1</translation>
    </message>
</context>
<context>
    <name>CenterFigureColumns</name>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Place use</source>
        <translation>Place use</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>Certified caregivers</translation>
    </message>
    <message>
        <source>Subsidy child-months</source>
        <translation>Subsidy child-months</translation>
    </message>
    <message>
        <source>Subsidy claimed</source>
        <translation>Subsidy claimed</translation>
    </message>
    <message>
        <source>Children visited at home</source>
        <translation>Children visited at home</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Children reached (in care + visited)</source>
        <translation>Children reached (in care + visited)</translation>
    </message>
</context>
<context>
    <name>CenterFindingTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Institutions involved</source>
        <translation>Institutions involved</translation>
    </message>
</context>
<context>
    <name>CenterFindings</name>
    <message>
        <source>Over the year&apos;s months</source>
        <translation>Over the year&apos;s months</translation>
    </message>
    <message>
        <source>More claimed than inclusive places</source>
        <translation>More claimed than inclusive places</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 (%2) is claimed for %3 by %4 institutions: %5.</source>
        <translation>%1 (%2) is claimed for %3 by %4 institutions: %5.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (%2) is claimed in %3 months of %4, more than the %5 allowed: %6.</source>
        <translation>%1 (%2) is claimed in %3 months of %4, more than the %5 allowed: %6.</translation>
    </message>
    <message>
        <source>%1 (%2) claims %3 children for %4 but has %5 approved inclusive places.</source>
        <translation>%1 (%2) claims %3 children for %4 but has %5 approved inclusive places.</translation>
    </message>
    <message>
        <source>Claimed by more than one institution</source>
        <translation>Claimed by more than one institution</translation>
    </message>
</context>
<context>
    <name>CenterImport</name>
    <message>
        <source>The same file was imported on %1.</source>
        <translation>The same file was imported on %1.</translation>
    </message>
    <message>
        <source>Signed with a key the center does not know (fingerprint %1). Register this institution? Its held files are then imported.</source>
        <translation>Signed with a key the center does not know (fingerprint %1). Register this institution? Its held files are then imported.</translation>
    </message>
    <message>
        <source>Signed with the key of %1, but it reports for %2: an institution signs only its own reports.</source>
        <translation>Signed with the key of %1, but it reports for %2: an institution signs only its own reports.</translation>
    </message>
    <message>
        <source>The report names no valid month and revision.</source>
        <translation>The report names no valid month and revision.</translation>
    </message>
    <message>
        <source>Another file was imported as revision %1 of %2 for this institution; two files cannot both be it.</source>
        <translation>Another file was imported as revision %1 of %2 for this institution; two files cannot both be it.</translation>
    </message>
    <message>
        <source>Revision %1 replaces revision %2 as the month&apos;s report; the older one is kept.</source>
        <translation>Revision %1 replaces revision %2 as the month&apos;s report; the older one is kept.</translation>
    </message>
    <message>
        <source>Revision %1 arrived after revision %2: kept in the history, but revision %2 stays the month&apos;s report.</source>
        <translation>Revision %1 arrived after revision %2: kept in the history, but revision %2 stays the month&apos;s report.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported, replaces an earlier revision</source>
        <translation>Imported, replaces an earlier revision</translation>
    </message>
    <message>
        <source>Kept, an older revision</source>
        <translation>Kept, an older revision</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Held: unknown signer</source>
        <translation>Held: unknown signer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>This is a county center&apos;s roll-up, which goes to the city center; a county center imports its institutions&apos; monthly reports.</source>
        <translation>This is a county center&apos;s roll-up, which goes to the city center; a county center imports its institutions&apos; monthly reports.</translation>
    </message>
    <message>
        <source>This is an outreach team&apos;s month, which goes to its county center; the city center receives it in the county&apos;s roll-up.</source>
        <translation>This is an outreach team&apos;s month, which goes to its county center; the city center receives it in the county&apos;s roll-up.</translation>
    </message>
</context>
<context>
    <name>CenterImportPage</name>
    <message>
        <source>Register this &amp;institution…</source>
        <translation>Register this &amp;institution…</translation>
    </message>
    <message>
        <source>Drop report files (*.ddreport.json) or whole folders here, or</source>
        <translation>Drop report files (*.ddreport.json) or whole folders here, or</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <source>Register the key of the institution whose files are held; they are then imported.</source>
        <translation>Register the key of the institution whose files are held; they are then imported.</translation>
    </message>
    <message>
        <source>This import</source>
        <translation>This import</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>Import report files</source>
        <translation>Import report files</translation>
    </message>
    <message>
        <source>Report files (*%1);;All files (*)</source>
        <translation>Report files (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>No report files (*%1) were found in what was dropped.</source>
        <translation>No report files (*%1) were found in what was dropped.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacing an earlier revision</source>
        <translation>
            <numerusform>%n replacing an earlier revision</numerusform>
            <numerusform>%n replacing an earlier revision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older revision(s) kept</source>
        <translation>
            <numerusform>%n older revision kept</numerusform>
            <numerusform>%n older revisions kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>No files imported yet in this session.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CenterInstitutionTableModel</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key fingerprints</source>
        <translation>Key fingerprints</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>CenterMonth</name>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Not reported yet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>CenterMonthPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
</context>
<context>
    <name>CenterMonthTableModel</name>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>CenterRegistry</name>
    <message>
        <source>The key file does not name its institution (name and credit_code): ask the institution for the file DaycareDesk exported.</source>
        <translation>The key file does not name its institution (name and credit_code): ask the institution for the file DaycareDesk exported.</translation>
    </message>
    <message>
        <source>The thumbprint read back (%1) is not this key&apos;s (%2): the file may not be the institution&apos;s. Nothing was registered.</source>
        <translation>The thumbprint read back (%1) is not this key&apos;s (%2): the file may not be the institution&apos;s. Nothing was registered.</translation>
    </message>
    <message>
        <source>This key is already registered for the institution %1, not for %2.</source>
        <translation>This key is already registered for the institution %1, not for %2.</translation>
    </message>
    <message>
        <source>%1 is registered with another key. A new key is taken only when its thumbprint, read back by the institution&apos;s director, is given: %2</source>
        <translation>%1 is registered with another key. A new key is taken only when its thumbprint, read back by the institution&apos;s director, is given: %2</translation>
    </message>
    <message>
        <source>This database keeps a day care institution, not a center. Reports are imported into a county or city center&apos;s own database (init --type county-center or city-center).</source>
        <translation>This database keeps a day care institution, not a center. Reports are imported into a county or city center&apos;s own database (init --type county-center or city-center).</translation>
    </message>
</context>
<context>
    <name>CenterRegistryPage</name>
    <message>
        <source>A report is imported only when it is signed with a key registered here. Register an institution from the public key file (.jwk) its director exports, after comparing the key&apos;s fingerprint with her over the phone.</source>
        <translation>A report is imported only when it is signed with a key registered here. Register an institution from the public key file (.jwk) its director exports, after comparing the key&apos;s fingerprint with her over the phone.</translation>
    </message>
    <message>
        <source>&amp;Register a key…</source>
        <translation>&amp;Register a key…</translation>
    </message>
</context>
<context>
    <name>CenterRollUp</name>
    <message>
        <source>Only a county center sends a roll-up; the city center is the last to receive one.</source>
        <translation>Only a county center sends a roll-up; the city center is the last to receive one.</translation>
    </message>
</context>
<context>
    <name>CenterSenderTableModel</name>
    <message>
        <source>An older revision arrived after this one; this one stays the month&apos;s file.</source>
        <translation>An older revision arrived after this one; this one stays the month&apos;s file.</translation>
    </message>
    <message>
        <source>%1, after the due date</source>
        <translation>%1, after the due date</translation>
    </message>
    <message>
        <source>r%1 (an older one came later)</source>
        <translation>r%1 (an older one came later)</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>CenterStatusPage</name>
    <message>
        <source>E&amp;xport roll-up…</source>
        <translation>E&amp;xport roll-up…</translation>
    </message>
    <message>
        <source>Sign the month&apos;s figures of every institution with the center&apos;s key and write the file for the city, with its workbook.</source>
        <translation>Sign the month&apos;s figures of every institution with the center&apos;s key and write the file for the city, with its workbook.</translation>
    </message>
    <message>
        <source>By &amp;county</source>
        <translation>By &amp;county</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>By &amp;type</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Overall</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>County cente&amp;rs</source>
        <translation>County cente&amp;rs</translation>
    </message>
    <message>
        <source>Reports &amp;received</source>
        <translation>Reports &amp;received</translation>
    </message>
    <message>
        <source>%1 of %2 institutions reported; reports of %3 are due by %4.</source>
        <translation>%1 of %2 institutions reported; reports of %3 are due by %4.</translation>
    </message>
    <message>
        <source>&amp;Findings (%1)</source>
        <translation>&amp;Findings (%1)</translation>
    </message>
    <message>
        <source>The center has no signing key yet. Its head makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>The center has no signing key yet. Its head makes it under Institution &amp; settings → Data safety and signing.</translation>
    </message>
    <message>
        <source>Export the roll-up of %1 into</source>
        <translation>Export the roll-up of %1 into</translation>
    </message>
    <message>
        <source>Sign the roll-up of %1</source>
        <translation>Sign the roll-up of %1</translation>
    </message>
    <message>
        <source>The roll-up is signed with the center&apos;s key, so the city knows it comes from you unchanged. Type its passphrase.</source>
        <translation>The roll-up is signed with the center&apos;s key, so the city knows it comes from you unchanged. Type its passphrase.</translation>
    </message>
    <message>
        <source>&amp;Findings (none)</source>
        <translation>&amp;Findings (none)</translation>
    </message>
    <message>
        <source>Home visits by to&amp;wnship</source>
        <translation>Home visits by to&amp;wnship</translation>
    </message>
    <message>
        <source>Children under three reached: %1 in care + %2 visited at home = %3.</source>
        <translation>Children under three reached: %1 in care + %2 visited at home = %3.</translation>
    </message>
    <message>
        <source>the roll-up of %1</source>
        <translation>the roll-up of %1</translation>
    </message>
</context>
<context>
    <name>CenterTotalsTableModel</name>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>%1, please choose a new password of your own before you go on. It protects the children&apos;s personal data.</source>
        <translation>%1, please choose a new password of your own before you go on. It protects the children&apos;s personal data.</translation>
    </message>
</context>
<context>
    <name>ChargeItemDialog</name>
    <message>
        <source>Add an item collected on behalf</source>
        <translation>Add an item collected on behalf</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>Change the price of %1</translation>
    </message>
    <message>
        <source>Items collected on behalf (代收费) such as accident insurance or bedding are passed on at cost. A price applies from its month until the next price; closed months keep theirs.</source>
        <translation>Items collected on behalf (代收费) such as accident insurance or bedding are passed on at cost. A price applies from its month until the next price; closed months keep theirs.</translation>
    </message>
    <message>
        <source>e.g. 意外保险</source>
        <translation>e.g. 意外保险</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Applies &amp;from:</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Applies from: %1</source>
        <translation>Applies from: %1</translation>
    </message>
</context>
<context>
    <name>ChargeItemRepository</name>
    <message>
        <source>The item collected on behalf no longer exists.</source>
        <translation>The item collected on behalf no longer exists.</translation>
    </message>
    <message>
        <source>Amount: an item collected on behalf cannot cost less than nothing.</source>
        <translation>Amount: an item collected on behalf cannot cost less than nothing.</translation>
    </message>
    <message>
        <source>From: the month the price applies from is missing.</source>
        <translation>From: the month the price applies from is missing.</translation>
    </message>
    <message>
        <source>Name: enter what is collected, for example 意外保险.</source>
        <translation>Name: enter what is collected, for example 意外保险.</translation>
    </message>
    <message>
        <source>Name: there is already an item named %1.</source>
        <translation>Name: there is already an item named %1.</translation>
    </message>
    <message>
        <source>From: the first month is missing.</source>
        <translation>From: the first month is missing.</translation>
    </message>
    <message>
        <source>To: the last month is missing.</source>
        <translation>To: the last month is missing.</translation>
    </message>
    <message>
        <source>To: the last month (%1) is before the first month (%2).</source>
        <translation>To: the last month (%1) is before the first month (%2).</translation>
    </message>
    <message>
        <source>To: choose at most %1 months at a time (%2 to %3 is %4 months).</source>
        <translation>To: choose at most %1 months at a time (%2 to %3 is %4 months).</translation>
    </message>
    <message>
        <source>Item: %1 is no longer offered.</source>
        <translation>Item: %1 is no longer offered.</translation>
    </message>
    <message>
        <source>From: %1 has no price before %2.</source>
        <translation>From: %1 has no price before %2.</translation>
    </message>
    <message>
        <source>The child no longer exists.</source>
        <translation>The child no longer exists.</translation>
    </message>
</context>
<context>
    <name>ChargeItemTableModel</name>
    <message>
        <source>not yet priced</source>
        <translation>not yet priced</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>No longer offered</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>All prices</source>
        <translation>All prices</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChargeItemsView</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>Change &amp;price…</source>
        <translation>Change &amp;price…</translation>
    </message>
    <message>
        <source>Stop &amp;offering</source>
        <translation>Stop &amp;offering</translation>
    </message>
    <message>
        <source>Stop offering %1</source>
        <translation>Stop offering %1</translation>
    </message>
    <message>
        <source>%1 can no longer be chosen for a child. The months already chosen stay on the bills until they are removed.</source>
        <translation>%1 can no longer be chosen for a child. The months already chosen stay on the bills until they are removed.</translation>
    </message>
</context>
<context>
    <name>ChildBasics</name>
    <message>
        <source>There is no child with the number %1.</source>
        <translation>There is no child with the number %1.</translation>
    </message>
</context>
<context>
    <name>ChildChargesDialog</name>
    <message>
        <source>&amp;Add to these months</source>
        <translation>&amp;Add to these months</translation>
    </message>
    <message>
        <source>&amp;Remove from these months</source>
        <translation>&amp;Remove from these months</translation>
    </message>
    <message>
        <source>Items collected on behalf for %1</source>
        <translation>Items collected on behalf for %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;From month:</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>&amp;To month:</translation>
    </message>
    <message>
        <source>Item: no item collected on behalf is offered yet.</source>
        <translation>Item: no item collected on behalf is offered yet.</translation>
    </message>
    <message>
        <source>From month: %1</source>
        <translation>From month: %1</translation>
    </message>
    <message>
        <source>To month: %1</source>
        <translation>To month: %1</translation>
    </message>
</context>
<context>
    <name>ChildClaimDialog</name>
    <message>
        <source>County&apos;s list: %1</source>
        <translation>County&apos;s list: %1</translation>
    </message>
    <message>
        <source>What the county&apos;s list for %1 says about %2, claimed for %3.</source>
        <translation>What the county&apos;s list for %1 says about %2, claimed for %3.</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>&amp;Approved (yuan):</source>
        <translation>&amp;Approved (yuan):</translation>
    </message>
    <message>
        <source>&amp;Paid (yuan):</source>
        <translation>&amp;Paid (yuan):</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Covered by accident insurance</source>
        <translation>Covered by accident insurance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Vaccination certificate checked</source>
        <translation>Vaccination certificate checked</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Edit child</translation>
    </message>
    <message>
        <source>C&amp;hild</source>
        <translation>C&amp;hild</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>&amp;Guardians</translation>
    </message>
    <message>
        <source>Health &amp;&amp; &amp;consent</source>
        <translation>Health &amp;&amp; &amp;consent</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Enrolment</translation>
    </message>
    <message>
        <source>Class &amp;history</source>
        <translation>Class &amp;history</translation>
    </message>
    <message>
        <source>e.g. 王小雨</source>
        <translation>e.g. 王小雨</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Boy (男)</source>
        <translation>Boy (男)</translation>
    </message>
    <message>
        <source>Girl (女)</source>
        <translation>Girl (女)</translation>
    </message>
    <message>
        <source>18 characters; birth date and gender are taken from it</source>
        <translation>18 characters; birth date and gender are taken from it</translation>
    </message>
    <message>
        <source>1 for a first child, 2 for a second, 3 or more: the birth subsidy depends on it.</source>
        <translation>1 for a first child, 2 for a second, 3 or more: the birth subsidy depends on it.</translation>
    </message>
    <message>
        <source>e.g. 山西省长治市潞州区</source>
        <translation>e.g. 山西省长治市潞州区</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number (身份证号):</source>
        <translation>&amp;ID number (身份证号):</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>Ge&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Birth &amp;order (孩次):</source>
        <translation>Birth &amp;order (孩次):</translation>
    </message>
    <message>
        <source>Hu&amp;kou (户籍):</source>
        <translation>Hu&amp;kou (户籍):</translation>
    </message>
    <message>
        <source>Parents and other guardians, and adults the family authorises to pick the child up. The first person is the main contact.</source>
        <translation>Parents and other guardians, and adults the family authorises to pick the child up. The first person is the main contact.</translation>
    </message>
    <message>
        <source>the guardian who signed</source>
        <translation>the guardian who signed</translation>
    </message>
    <message>
        <source>version of the privacy notice signed</source>
        <translation>version of the privacy notice signed</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Admission health &amp;check:</source>
        <translation>Admission health &amp;check:</translation>
    </message>
    <message>
        <source>Children&apos;s personal information is sensitive: record which guardian consented to its processing, when, and to which version of the notice.</source>
        <translation>Children&apos;s personal information is sensitive: record which guardian consented to its processing, when, and to which version of the notice.</translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation>Consent &amp;given by:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Consent &amp;date:</translation>
    </message>
    <message>
        <source>Notice &amp;version:</source>
        <translation>Notice &amp;version:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Put on the &amp;waiting list</source>
        <translation>Put on the &amp;waiting list</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <source>Care &amp;type:</source>
        <translation>Care &amp;type:</translation>
    </message>
    <message>
        <source>First &amp;day in care:</source>
        <translation>First &amp;day in care:</translation>
    </message>
    <message>
        <source>A&amp;pplied on:</source>
        <translation>A&amp;pplied on:</translation>
    </message>
    <message>
        <source>Wanted start &amp;month:</source>
        <translation>Wanted start &amp;month:</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1 – %2: %3, %4</source>
        <translation>%1 – %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Age on the first day: %n month(s); no class type fits.</source>
        <translation>
            <numerusform>Age on the first day: %n month; no class type fits.</numerusform>
            <numerusform>Age on the first day: %n months; no class type fits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age on the first day: %n month(s); suggested: %1.</source>
        <translation>
            <numerusform>Age on the first day: %n month; suggested: %1.</numerusform>
            <numerusform>Age on the first day: %n months; suggested: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting; the first: %1</source>
        <translation>
            <numerusform>%n field need correcting; the first: %1</numerusform>
            <numerusform>%n fields need correcting; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Set from the policies recorded under Subsidies → Accident insurance; tick it by hand only while the policy is not recorded there.</source>
        <translation>Set from the policies recorded under Subsidies → Accident insurance; tick it by hand only while the policy is not recorded there.</translation>
    </message>
</context>
<context>
    <name>ChildListing</name>
    <message>
        <source>ID and phone numbers of %1 shown whole</source>
        <translation>ID and phone numbers of %1 shown whole</translation>
    </message>
</context>
<context>
    <name>ChildRecordCard</name>
    <message>
        <source>ID and phone numbers of %1 printed whole on the record card</source>
        <translation>ID and phone numbers of %1 printed whole on the record card</translation>
    </message>
</context>
<context>
    <name>ChildRecordCardForm</name>
    <message>
        <source>Child&apos;s Record Card</source>
        <translation>Child&apos;s Record Card</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Left care</source>
        <translation>Left care</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>In care</translation>
    </message>
    <message>
        <source>Identity and enrolment</source>
        <translation>Identity and enrolment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Girl</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth order (孩次)</source>
        <translation>Birth order (孩次)</translation>
    </message>
    <message>
        <source>Household registration (户籍)</source>
        <translation>Household registration (户籍)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Last day in care</source>
        <translation>Last day in care</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>Guardian&apos;s consent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <source>Guardians and adults who may pick her up</source>
        <translation>Guardians and adults who may pick her up</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>primary contact</source>
        <translation>primary contact</translation>
    </message>
    <message>
        <source>may pick up</source>
        <translation>may pick up</translation>
    </message>
    <message>
        <source>may not pick up</source>
        <translation>may not pick up</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Pick-up adult</source>
        <translation>Pick-up adult</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Classes and care types</source>
        <translation>Classes and care types</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>Not placed in a class yet.</source>
        <translation>Not placed in a class yet.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Care type</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Accident insurance</translation>
    </message>
    <message>
        <source>No policy recorded.</source>
        <translation>No policy recorded.</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Cover from</source>
        <translation>Cover from</translation>
    </message>
    <message>
        <source>Cover to</source>
        <translation>Cover to</translation>
    </message>
    <message>
        <source>Premium (yuan)</source>
        <translation>Premium (yuan)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Admission health check</source>
        <translation>Admission health check</translation>
    </message>
    <message>
        <source>Vaccination certificate</source>
        <translation>Vaccination certificate</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Guardian&apos;s signature: ________________      Recorded by: ________________      Head of institution: ________________</source>
        <translation>Guardian&apos;s signature: ________________      Recorded by: ________________      Head of institution: ________________</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Printed on %1.</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked: only staff who may see them whole print them in full.</source>
        <translation>ID and phone numbers are masked: only staff who may see them whole print them in full.</translation>
    </message>
</context>
<context>
    <name>ChildRepository</name>
    <message>
        <source>The ID number %1 is already recorded for %2.</source>
        <translation>The ID number %1 is already recorded for %2.</translation>
    </message>
    <message>
        <source>There is no child with number %1.</source>
        <translation>There is no child with number %1.</translation>
    </message>
    <message>
        <source>%1 is already enrolled (since %2).</source>
        <translation>%1 is already enrolled (since %2).</translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent for %1 before enrolling.</source>
        <translation>Record the guardian&apos;s consent for %1 before enrolling.</translation>
    </message>
    <message>
        <source>The enrolment date is before %1&apos;s birth date.</source>
        <translation>The enrolment date is before %1&apos;s birth date.</translation>
    </message>
    <message>
        <source>%1 is not enrolled yet; enrol first.</source>
        <translation>%1 is not enrolled yet; enrol first.</translation>
    </message>
    <message>
        <source>The change must take effect on or after the enrolment date %1.</source>
        <translation>The change must take effect on or after the enrolment date %1.</translation>
    </message>
    <message>
        <source>%1 left care on %2; a change after that date has no effect.</source>
        <translation>%1 left care on %2; a change after that date has no effect.</translation>
    </message>
    <message>
        <source>%1 has no class on %2; give both the class and the care type.</source>
        <translation>%1 has no class on %2; give both the class and the care type.</translation>
    </message>
    <message>
        <source>On %1 %2 is already in that class with that care type.</source>
        <translation>On %1 %2 is already in that class with that care type.</translation>
    </message>
    <message>
        <source>%1 was never enrolled.</source>
        <translation>%1 was never enrolled.</translation>
    </message>
    <message>
        <source>The last day in care cannot be before the enrolment date %1.</source>
        <translation>The last day in care cannot be before the enrolment date %1.</translation>
    </message>
    <message numerus="yes">
        <source>This child has %n attendance record(s): the child can leave care but cannot be removed.</source>
        <translation>
            <numerusform>This child has %n attendance record: the child can leave care but cannot be removed.</numerusform>
            <numerusform>This child has %n attendance records: the child can leave care but cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildTableModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Left on %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Girl</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Care type</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting list since %1</source>
        <translation>Waiting list since %1</translation>
    </message>
    <message>
        <source>Waiting list since %1, wants %2</source>
        <translation>Waiting list since %1, wants %2</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Starts on %1</translation>
    </message>
    <message>
        <source>Enrolled, last day %1</source>
        <translation>Enrolled, last day %1</translation>
    </message>
    <message>
        <source>%1 · consent missing</source>
        <translation>%1 · consent missing</translation>
    </message>
</context>
<context>
    <name>ChildValidator</name>
    <message>
        <source>The child&apos;s name is missing.</source>
        <translation>The child&apos;s name is missing.</translation>
    </message>
    <message>
        <source>Choose the child&apos;s gender (男 or 女).</source>
        <translation>Choose the child&apos;s gender (男 or 女).</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>The birth date is missing.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>The birth order (孩次) must be 1, 2, 3 or more, not %1.</source>
        <translation>The birth order (孩次) must be 1, 2, 3 or more, not %1.</translation>
    </message>
    <message>
        <source>The enrolment date %1 is before the birth date.</source>
        <translation>The enrolment date %1 is before the birth date.</translation>
    </message>
    <message>
        <source>On %1 the child is %2 months old; care starts at %3 months at the earliest.</source>
        <translation>On %1 the child is %2 months old; care starts at %3 months at the earliest.</translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent (who and when) before enrolling the child.</source>
        <translation>Record the guardian&apos;s consent (who and when) before enrolling the child.</translation>
    </message>
    <message>
        <source>Give an enrolment date, or an application date for the waiting list.</source>
        <translation>Give an enrolment date, or an application date for the waiting list.</translation>
    </message>
    <message>
        <source>A child who was never enrolled cannot leave.</source>
        <translation>A child who was never enrolled cannot leave.</translation>
    </message>
    <message>
        <source>The last day in care, %1, is before the enrolment date %2.</source>
        <translation>The last day in care, %1, is before the enrolment date %2.</translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation>The application date %1 is in the future.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>The consent date %1 is in the future.</translation>
    </message>
    <message>
        <source>The admission health check date %1 is in the future.</source>
        <translation>The admission health check date %1 is in the future.</translation>
    </message>
    <message>
        <source>Guardian %1 has no name.</source>
        <translation>Guardian %1 has no name.</translation>
    </message>
    <message>
        <source>Phone of %1: %2</source>
        <translation>Phone of %1: %2</translation>
    </message>
    <message>
        <source>ID number of %1: %2</source>
        <translation>ID number of %1: %2</translation>
    </message>
</context>
<context>
    <name>ChildcareSubsidyAnswers</name>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Show &amp;whole ID and phone numbers</source>
        <translation>Show &amp;whole ID and phone numbers</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Search by name, ID number, guardian or phone</source>
        <translation>Search by name, ID number, guardian or phone</translation>
    </message>
    <message>
        <source>All care types</source>
        <translation>All care types</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Left care</source>
        <translation>Left care</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>All children</translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation>&amp;Add child…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>E&amp;nrol…</translation>
    </message>
    <message>
        <source>&amp;Move class…</source>
        <translation>&amp;Move class…</translation>
    </message>
    <message>
        <source>Change care &amp;type…</source>
        <translation>Change care &amp;type…</translation>
    </message>
    <message>
        <source>&amp;Leaves care…</source>
        <translation>&amp;Leaves care…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message numerus="yes">
        <source>Children shown: %n of %1</source>
        <translation>
            <numerusform>Children shown: %n of %1</numerusform>
            <numerusform>Children shown: %n of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Use this for an entry made by mistake or an application withdrawn; a child who attended keeps the records and leaves care instead.</source>
        <translation>Remove %1 from the roster? Use this for an entry made by mistake or an application withdrawn; a child who attended keeps the records and leaves care instead.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>roster-%1.xlsx</source>
        <translation>roster-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Roster exported</source>
        <translation>Roster exported</translation>
    </message>
    <message>
        <source>The roster was written to %1.</source>
        <translation>The roster was written to %1.</translation>
    </message>
    <message>
        <source>The roster was written to %1, with ID and phone numbers masked.</source>
        <translation>The roster was written to %1, with ID and phone numbers masked.</translation>
    </message>
    <message>
        <source>&amp;Print record card…</source>
        <translation>&amp;Print record card…</translation>
    </message>
    <message>
        <source>Save record card as P&amp;DF…</source>
        <translation>Save record card as P&amp;DF…</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>Choose a child in the list first.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Record card %1</source>
        <translation>Record card %1</translation>
    </message>
</context>
<context>
    <name>ClaimBatches</name>
    <message>
        <source>%1 has no claim yet: %2</source>
        <translation>%1 has no claim yet: %2</translation>
    </message>
    <message>
        <source>The claim for %1 (version %2) is %3: %4</source>
        <translation>The claim for %1 (version %2) is %3: %4</translation>
    </message>
    <message>
        <source>The claim for %1 (version %2) is %3: only a claim returned for correction gets a new version.</source>
        <translation>The claim for %1 (version %2) is %3: only a claim returned for correction gets a new version.</translation>
    </message>
    <message>
        <source>%1 is not closed: close the month first, so the attendance and fees the claim shows are final.</source>
        <translation>%1 is not closed: close the month first, so the attendance and fees the claim shows are final.</translation>
    </message>
    <message>
        <source>No child is claimable in %1: there is nothing to submit.</source>
        <translation>No child is claimable in %1: there is nothing to submit.</translation>
    </message>
    <message>
        <source>only a submitted claim can be approved.</source>
        <translation>only a submitted claim can be approved.</translation>
    </message>
    <message>
        <source>The approved amount of the claim for %1 must be more than nothing; a claim the county refused is recorded as returned, with its note.</source>
        <translation>The approved amount of the claim for %1 must be more than nothing; a claim the county refused is recorded as returned, with its note.</translation>
    </message>
    <message>
        <source>The approved amount %1 is more than the %2 claimed for %3.</source>
        <translation>The approved amount %1 is more than the %2 claimed for %3.</translation>
    </message>
    <message>
        <source>Say what the county asks to correct in the claim for %1: the note is required.</source>
        <translation>Say what the county asks to correct in the claim for %1: the note is required.</translation>
    </message>
    <message>
        <source>only a submitted claim can be returned.</source>
        <translation>only a submitted claim can be returned.</translation>
    </message>
    <message>
        <source>only an approved claim can be paid.</source>
        <translation>only an approved claim can be paid.</translation>
    </message>
    <message>
        <source>The payment for the claim for %1 must be more than nothing and at most the %2 approved.</source>
        <translation>The payment for the claim for %1 must be more than nothing and at most the %2 approved.</translation>
    </message>
    <message>
        <source>the county&apos;s amounts per child are recorded once it has approved the claim.</source>
        <translation>the county&apos;s amounts per child are recorded once it has approved the claim.</translation>
    </message>
    <message>
        <source>The claim for %1 does not claim for this child.</source>
        <translation>The claim for %1 does not claim for this child.</translation>
    </message>
    <message>
        <source>%1&apos;s amounts in the claim for %2 must be between 0.00 and the %3 claimed.</source>
        <translation>%1&apos;s amounts in the claim for %2 must be between 0.00 and the %3 claimed.</translation>
    </message>
    <message>
        <source>%1 was paid %2 in the claim for %3, more than the %4 approved.</source>
        <translation>%1 was paid %2 in the claim for %3, more than the %4 approved.</translation>
    </message>
</context>
<context>
    <name>ClaimDecisionDialog</name>
    <message>
        <source>Approved in &amp;full (%1)</source>
        <translation>Approved in &amp;full (%1)</translation>
    </message>
    <message>
        <source>Approved in &amp;part, for:</source>
        <translation>Approved in &amp;part, for:</translation>
    </message>
    <message>
        <source>&amp;Returned for correction, because:</source>
        <translation>&amp;Returned for correction, because:</translation>
    </message>
    <message>
        <source>The county&apos;s decision on %1</source>
        <translation>The county&apos;s decision on %1</translation>
    </message>
    <message>
        <source>What the county decided on the claim of %1. A returned claim is corrected and submitted again as a new version; the one sent is kept.</source>
        <translation>What the county decided on the claim of %1. A returned claim is corrected and submitted again as a new version; the one sent is kept.</translation>
    </message>
    <message>
        <source>yuan approved</source>
        <translation>yuan approved</translation>
    </message>
    <message>
        <source>e.g. two children&apos;s ID numbers do not match</source>
        <translation>e.g. two children&apos;s ID numbers do not match</translation>
    </message>
</context>
<context>
    <name>ClaimPaymentDialog</name>
    <message>
        <source>Subsidy received for %1</source>
        <translation>Subsidy received for %1</translation>
    </message>
    <message>
        <source>The county approved %1 for %2. How much of it has reached the institution&apos;s account?</source>
        <translation>The county approved %1 for %2. How much of it has reached the institution&apos;s account?</translation>
    </message>
    <message>
        <source>&amp;Received (yuan):</source>
        <translation>&amp;Received (yuan):</translation>
    </message>
</context>
<context>
    <name>ClaimReasons</name>
    <message>
        <source>The institution&apos;s inclusive recognition does not cover the month.</source>
        <translation>The institution&apos;s inclusive recognition does not cover the month.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old on the 1st of the month: past the subsidy age.</source>
        <translation>
            <numerusform>%n month old on the 1st of the month: past the subsidy age.</numerusform>
            <numerusform>%n months old on the 1st of the month: past the subsidy age.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ID number.</source>
        <translation>No ID number.</translation>
    </message>
    <message>
        <source>In hourly or home care, which is not claimed.</source>
        <translation>In hourly or home care, which is not claimed.</translation>
    </message>
    <message>
        <source>Attended %1 of %2 care days; needs %3.</source>
        <translation>Attended %1 of %2 care days; needs %3.</translation>
    </message>
    <message numerus="yes">
        <source>Already claimed for %n month(s) this year: the yearly limit.</source>
        <translation>
            <numerusform>Already claimed for %n month this year: the yearly limit.</numerusform>
            <numerusform>Already claimed for %n months this year: the yearly limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the approved inclusive places.</source>
        <translation>Over the approved inclusive places.</translation>
    </message>
</context>
<context>
    <name>ClaimStatuses</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>approved in full</source>
        <translation>approved in full</translation>
    </message>
    <message>
        <source>approved in part</source>
        <translation>approved in part</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Attended %1 of %2 care days; %3 needed.</source>
        <translation>Attended %1 of %2 care days; %3 needed.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Age on the 1st</source>
        <translation>Age on the 1st</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <source>Care fee</source>
        <translation>Care fee</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Claimed?</source>
        <translation>Claimed?</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Add a class</source>
        <translation>Add a class</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>Edit class %1</translation>
    </message>
    <message>
        <source>A class gets its size limit and caregiver ratio from its type (托育机构设置标准). The Classes page warns when a class is over its capacity, short of caregivers or has children outside its ages.</source>
        <translation>A class gets its size limit and caregiver ratio from its type (托育机构设置标准). The Classes page warns when a class is over its capacity, short of caregivers or has children outside its ages.</translation>
    </message>
    <message>
        <source>e.g. 向日葵班</source>
        <translation>e.g. 向日葵班</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>e.g. 101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Care&amp;givers:</source>
        <translation>Care&amp;givers:</translation>
    </message>
    <message>
        <source>not in post</source>
        <translation>not in post</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>National maximum for this type: %1</source>
        <translation>National maximum for this type: %1</translation>
    </message>
</context>
<context>
    <name>ClassOverview</name>
    <message numerus="yes">
        <source>%1 in %2 is %n month(s) old; the class type is for children from %3 to under %4 months.</source>
        <translation>
            <numerusform>%1 in %2 is %n month old; the class type is for children from %3 to under %4 months.</numerusform>
            <numerusform>%1 in %2 is %n months old; the class type is for children from %3 to under %4 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>With this child %1 would have %2 children, more than its capacity of %3.</source>
        <translation>With this child %1 would have %2 children, more than its capacity of %3.</translation>
    </message>
    <message>
        <source>%1 has %2 children, more than its capacity of %3.</source>
        <translation>%1 has %2 children, more than its capacity of %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n caregiver(s)</source>
        <translation>
            <numerusform>%n caregiver</numerusform>
            <numerusform>%n caregivers</numerusform>
        </translation>
    </message>
    <message>
        <source>With this child %1 would need %2 for %3 children (one for every %4) but has %5 assigned.</source>
        <translation>With this child %1 would need %2 for %3 children (one for every %4) but has %5 assigned.</translation>
    </message>
    <message>
        <source>%1 needs %2 for %3 children (one for every %4) but has %5 assigned.</source>
        <translation>%1 needs %2 for %3 children (one for every %4) but has %5 assigned.</translation>
    </message>
    <message>
        <source>The capacity of %1 (%2) is above the national maximum of %3 for its class type.</source>
        <translation>The capacity of %1 (%2) is above the national maximum of %3 for its class type.</translation>
    </message>
    <message>
        <source>There is no class with number %1.</source>
        <translation>There is no class with number %1.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the child will be %n month(s) old, outside the ages of %2 (%3 to under %4 months).</source>
        <translation>
            <numerusform>On %1 the child will be %n month old, outside the ages of %2 (%3 to under %4 months).</numerusform>
            <numerusform>On %1 the child will be %n months old, outside the ages of %2 (%3 to under %4 months).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassRepository</name>
    <message>
        <source>The class needs a name, such as 小一班.</source>
        <translation>The class needs a name, such as 小一班.</translation>
    </message>
    <message>
        <source>The capacity of class %1 must be at least 1, not %2.</source>
        <translation>The capacity of class %1 must be at least 1, not %2.</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>There is already a class named %1.</translation>
    </message>
    <message>
        <source>Children have been placed in this class, so it keeps its history and cannot be removed.</source>
        <translation>Children have been placed in this class, so it keeps its history and cannot be removed.</translation>
    </message>
    <message>
        <source>There is no class with number %1.</source>
        <translation>There is no class with number %1.</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Children / capacity</source>
        <translation>Children / capacity</translation>
    </message>
    <message>
        <source>Caregivers / required</source>
        <translation>Caregivers / required</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Caregivers</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>No warnings on this day.</source>
        <translation>No warnings on this day.</translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation>&amp;Add class…</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>D&amp;ay:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Children have been placed in this class; it keeps its history.</source>
        <translation>Children have been placed in this class; it keeps its history.</translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>Add class %1</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>Edit class %1</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Delete class</translation>
    </message>
    <message>
        <source>Delete the class %1?</source>
        <translation>Delete the class %1?</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>Delete class %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>The password file %1 is empty.</translation>
    </message>
    <message>
        <source>This command needs a user: daycaredesk-cli --user NAME --password-file FILE ... (or the password in DAYCAREDESK_PASSWORD).</source>
        <translation>This command needs a user: daycaredesk-cli --user NAME --password-file FILE ... (or the password in DAYCAREDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>No password: give --password-file FILE or set DAYCAREDESK_PASSWORD.</source>
        <translation>No password: give --password-file FILE or set DAYCAREDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set DAYCAREDESK_PASSPHRASE.</source>
        <translation>No passphrase: give --passphrase-file FILE or set DAYCAREDESK_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <source>Back in care on</source>
        <translation>Back in care on</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <source>%1, sick since %2 (%3). Write what came of it; the follow-up then leaves the list.</source>
        <translation>%1, sick since %2 (%3). Write what came of it; the follow-up then leaves the list.</translation>
    </message>
    <message>
        <source>e.g. recovered, doctor&apos;s note seen; diagnosed 手足口病, class disinfected</source>
        <translation>e.g. recovered, doctor&apos;s note seen; diagnosed 手足口病, class disinfected</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
</context>
<context>
    <name>ClosedMonths</name>
    <message>
        <source>%1 is closed: reopen the month before changing its attendance.</source>
        <translation>%1 is closed: reopen the month before changing its attendance.</translation>
    </message>
    <message>
        <source>%1 cannot change from %2: %3 is closed, and the fees of a closed month never change. Apply the change from %4 or later, or reopen %3 first.</source>
        <translation>%1 cannot change from %2: %3 is closed, and the fees of a closed month never change. Apply the change from %4 or later, or reopen %3 first.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation>Print the result as one JSON object on standard output.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Missing argument; see --help.</source>
        <translation>Missing argument; see --help.</translation>
    </message>
    <message>
        <source>%1 needs %2; see --help.</source>
        <translation>%1 needs %2; see --help.</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>Enter the 18-character unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, but “%1” has %2.</source>
        <translation>A unified social credit code has 18 characters, but “%1” has %2.</translation>
    </message>
    <message>
        <source>The credit code “%1” has “%2” at position %3, which is not allowed: a credit code has only digits and capital letters, and never uses I, O, Z, S or V.</source>
        <translation>The credit code “%1” has “%2” at position %3, which is not allowed: a credit code has only digits and capital letters, and never uses I, O, Z, S or V.</translation>
    </message>
    <message>
        <source>The check character of the credit code “%1” should be %2, not %3 — a character was probably mistyped.</source>
        <translation>The check character of the credit code “%1” should be %2, not %3 — a character was probably mistyped.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is not text; it may be an Excel workbook. Open it in Excel and save it as CSV (&quot;Save As&quot;, type &quot;CSV UTF-8&quot;).</source>
        <translation>The file is not text; it may be an Excel workbook. Open it in Excel and save it as CSV (&quot;Save As&quot;, type &quot;CSV UTF-8&quot;).</translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens a field on line %1 is never closed, so the rest of the file would be one field. Close the quote or remove it.</source>
        <translation>The quote (&quot;) that opens a field on line %1 is never closed, so the rest of the file would be one field. Close the quote or remove it.</translation>
    </message>
    <message>
        <source>The file has no header row: it is empty or has only blank lines.</source>
        <translation>The file has no header row: it is empty or has only blank lines.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DailySheet</name>
    <message>
        <source>%1 is a weekend day: no care, no attendance sheet.</source>
        <translation>%1 is a weekend day: no care, no attendance sheet.</translation>
    </message>
    <message>
        <source>%1 is a public holiday: no care, no attendance sheet.</source>
        <translation>%1 is a public holiday: no care, no attendance sheet.</translation>
    </message>
    <message>
        <source>The institution is closed on %1 (%2): no attendance sheet.</source>
        <translation>The institution is closed on %1 (%2): no attendance sheet.</translation>
    </message>
    <message>
        <source>%1 is not assigned to this class.</source>
        <translation>%1 is not assigned to this class.</translation>
    </message>
</context>
<context>
    <name>DailySheetModel</name>
    <message>
        <source>arrival</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>departure</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>morning check</source>
        <translation>morning check</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>symptom</translation>
    </message>
    <message>
        <source>%1: choose a status before saving the other fields.</source>
        <translation>%1: choose a status before saving the other fields.</translation>
    </message>
    <message>
        <source>%1, temperature &quot;%2&quot;: write it as 36.8.</source>
        <translation>%1, temperature &quot;%2&quot;: write it as 36.8.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) of %1: %2.</source>
        <translation>
            <numerusform>Saved %n record of %1: %2.</numerusform>
            <numerusform>Saved %n records of %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>abnormal</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Changed, not saved yet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Care type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Morning check</source>
        <translation>Morning check</translation>
    </message>
    <message>
        <source>Check note</source>
        <translation>Check note</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DailySheetView</name>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>abnormal</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>&amp;All present</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <source>Marks present every child not recorded yet; recorded rows stay as they are.</source>
        <translation>Marks present every child not recorded yet; recorded rows stay as they are.</translation>
    </message>
    <message>
        <source>There is no class yet: add one on the Classes page.</source>
        <translation>There is no class yet: add one on the Classes page.</translation>
    </message>
    <message>
        <source>No child is enrolled in this class on this day.</source>
        <translation>No child is enrolled in this class on this day.</translation>
    </message>
    <message>
        <source>⚠ Possible outbreak: %1</source>
        <translation>⚠ Possible outbreak: %1</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Unsaved attendance</translation>
    </message>
    <message>
        <source>The sheet of %1 has changes that are not saved. Save them?</source>
        <translation>The sheet of %1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Every child already has a status.</source>
        <translation>Every child already has a status.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:
%1</source>
        <translation>Nothing was saved. Please correct:
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) marked present; not saved yet.</source>
        <translation>
            <numerusform>%n row marked present; not saved yet.</numerusform>
            <numerusform>%n rows marked present; not saved yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Keys: %1 · arrows move · F2 edits a field · Ctrl+S saves</source>
        <translation>Keys: %1 · arrows move · F2 edits a field · Ctrl+S saves</translation>
    </message>
</context>
<context>
    <name>DataSafetyBox</name>
    <message>
        <source>Data safety</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Verify the audit trail</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Re&amp;store a backup…</source>
        <translation>Re&amp;store a backup…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>DaycareDesk backups (*.db)</source>
        <translation>DaycareDesk backups (*.db)</translation>
    </message>
    <message>
        <source>Replace the database with %1? DaycareDesk closes, restores the backup and starts again. The database as it is now is kept in the backups folder.</source>
        <translation>Replace the database with %1? DaycareDesk closes, restores the backup and starts again. The database as it is now is kept in the backups folder.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is in use by another program (it is locked). Close DaycareDesk where else it is open, or wait for the other program to finish, and try again.</source>
        <translation>The database %1 is in use by another program (it is locked). Close DaycareDesk where else it is open, or wait for the other program to finish, and try again.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was not changed. Restore it from a backup.</source>
        <translation>The database %1 is damaged (%2). It was not changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk database: it is an SQLite file of another program. It was not changed.</source>
        <translation>%1 is not a DaycareDesk database: it is an SQLite file of another program. It was not changed.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to open it. It was not changed.</source>
        <translation>The database %1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to open it. It was not changed.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. DaycareDesk needs to write to it: copy it to a folder of your own or ask for write permission.</source>
        <translation>The database %1 is read-only. DaycareDesk needs to write to it: copy it to a folder of your own or ask for write permission.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. DaycareDesk keeps a journal beside the database and needs to write there.</source>
        <translation>The folder %1 is read-only. DaycareDesk keeps a journal beside the database and needs to write there.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging here (the file system refused it). Keep the database on a local disk.</source>
        <translation>The database %1 cannot use write-ahead logging here (the file system refused it). Keep the database on a local disk.</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>This SQLite library cannot enforce foreign keys.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 is not a DaycareDesk database (it is not an SQLite file). It was not changed.</translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation>Could not start a change: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Could not save the change: %1</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301</source>
        <translation>2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301</translation>
    </message>
    <message>
        <source>No date: write one as %1.</source>
        <translation>No date: write one as %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as %2.</source>
        <translation>&quot;%1&quot; is not a date: write it as %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the month must be from 1 to 12. Write dates as %2.</source>
        <translation>&quot;%1&quot; is not a date: the month must be from 1 to 12. Write dates as %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the day must be from 1 to %2 in %3. Write dates as %4.</source>
        <translation>&quot;%1&quot; is not a date: the day must be from 1 to %2 in %3. Write dates as %4.</translation>
    </message>
    <message>
        <source>2026-03, 2026/3 or 2026年3月</source>
        <translation>2026-03, 2026/3 or 2026年3月</translation>
    </message>
    <message>
        <source>No month: write one as %1.</source>
        <translation>No month: write one as %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as %2.</source>
        <translation>&quot;%1&quot; is not a month: write it as %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must be from 1 to 12. Write months as %2.</source>
        <translation>&quot;%1&quot; is not a month: the month must be from 1 to 12. Write months as %2.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--children must be between 1 and 5000, not %1.</source>
        <translation>--children must be between 1 and 5000, not %1.</translation>
    </message>
    <message>
        <source>--months must be between 1 and 36, not %1.</source>
        <translation>--months must be between 1 and 36, not %1.</translation>
    </message>
    <message>
        <source>This database already holds the institution &quot;%1&quot;; demo data goes only into a new, empty database.</source>
        <translation>This database already holds the institution &quot;%1&quot;; demo data goes only into a new, empty database.</translation>
    </message>
    <message>
        <source>This database already has user accounts; demo data goes only into a new, empty database.</source>
        <translation>This database already has user accounts; demo data goes only into a new, empty database.</translation>
    </message>
    <message>
        <source>--institution must be between 1 and %1, not %2.</source>
        <translation>--institution must be between 1 and %1, not %2.</translation>
    </message>
</context>
<context>
    <name>DemoOutreach</name>
    <message>
        <source>This database is not empty; a demo team goes only into a new, empty database.</source>
        <translation>This database is not empty; a demo team goes only into a new, empty database.</translation>
    </message>
</context>
<context>
    <name>DevelopmentChecklist</name>
    <message>
        <source>Lifts the head when lying on the tummy</source>
        <translation>Lifts the head when lying on the tummy</translation>
    </message>
    <message>
        <source>Follows a face or a toy with the eyes</source>
        <translation>Follows a face or a toy with the eyes</translation>
    </message>
    <message>
        <source>Smiles back when talked to</source>
        <translation>Smiles back when talked to</translation>
    </message>
    <message>
        <source>Rolls over</source>
        <translation>Rolls over</translation>
    </message>
    <message>
        <source>Reaches for and grasps a toy</source>
        <translation>Reaches for and grasps a toy</translation>
    </message>
    <message>
        <source>Turns towards a voice or a sound</source>
        <translation>Turns towards a voice or a sound</translation>
    </message>
    <message>
        <source>Sits without support</source>
        <translation>Sits without support</translation>
    </message>
    <message>
        <source>Babbles syllables such as &quot;ba-ba&quot;, &quot;ma-ma&quot;</source>
        <translation>Babbles syllables such as &quot;ba-ba&quot;, &quot;ma-ma&quot;</translation>
    </message>
    <message>
        <source>Passes a toy from one hand to the other</source>
        <translation>Passes a toy from one hand to the other</translation>
    </message>
    <message>
        <source>Pulls up to stand holding on</source>
        <translation>Pulls up to stand holding on</translation>
    </message>
    <message>
        <source>Picks up a small thing between thumb and finger</source>
        <translation>Picks up a small thing between thumb and finger</translation>
    </message>
    <message>
        <source>Waves bye-bye or copies a gesture</source>
        <translation>Waves bye-bye or copies a gesture</translation>
    </message>
    <message>
        <source>Walks alone</source>
        <translation>Walks alone</translation>
    </message>
    <message>
        <source>Says a few words</source>
        <translation>Says a few words</translation>
    </message>
    <message>
        <source>Points at what he or she wants</source>
        <translation>Points at what he or she wants</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Puts two words together</source>
        <translation>Puts two words together</translation>
    </message>
    <message>
        <source>Follows a simple instruction</source>
        <translation>Follows a simple instruction</translation>
    </message>
    <message>
        <source>Jumps with both feet</source>
        <translation>Jumps with both feet</translation>
    </message>
    <message>
        <source>Speaks in short sentences</source>
        <translation>Speaks in short sentences</translation>
    </message>
    <message>
        <source>Plays pretend (feeds a doll, makes a call)</source>
        <translation>Plays pretend (feeds a doll, makes a call)</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>&amp;Record visit…</source>
        <translation>&amp;Record visit…</translation>
    </message>
    <message>
        <source>&amp;Print route sheet…</source>
        <translation>&amp;Print route sheet…</translation>
    </message>
    <message>
        <source>Save route sheet as P&amp;DF…</source>
        <translation>Save route sheet as P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due for a visit on %1</source>
        <translation>
            <numerusform>%n household due for a visit on %1</numerusform>
            <numerusform>%n households due for a visit on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not visited for over three months, in amber.</source>
        <translation>
            <numerusform>; %n not visited for over three months, in amber.</numerusform>
            <numerusform>; %n not visited for over three months, in amber.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>Over %n month(s) without a visit</source>
        <translation>
            <numerusform>Over %n month without a visit</numerusform>
            <numerusform>Over %n months without a visit</numerusform>
        </translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>None planned</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
</context>
<context>
    <name>FamilySubsidiesView</name>
    <message>
        <source>&amp;Every child in care, for the 育儿补贴</source>
        <translation>&amp;Every child in care, for the 育儿补贴</translation>
    </message>
    <message>
        <source>Family &amp;applied…</source>
        <translation>Family &amp;applied…</translation>
    </message>
    <message>
        <source>&amp;Not applied</source>
        <translation>&amp;Not applied</translation>
    </message>
    <message>
        <source>&amp;Print application sheet…</source>
        <translation>&amp;Print application sheet…</translation>
    </message>
    <message>
        <source>&amp;Save application sheet as PDF…</source>
        <translation>&amp;Save application sheet as PDF…</translation>
    </message>
    <message>
        <source>Children in care &amp;on:</source>
        <translation>Children in care &amp;on:</translation>
    </message>
    <message>
        <source>Applied for the &amp;childcare subsidy (育儿补贴):</source>
        <translation>Applied for the &amp;childcare subsidy (育儿补贴):</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) may apply for the birth subsidy, %1 in all; %2 have applied.</source>
        <translation>
            <numerusform>%n family may apply for the birth subsidy, %1 in all; %2 have applied.</numerusform>
            <numerusform>%n families may apply for the birth subsidy, %1 in all; %2 have applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application of %1&apos;s family is recorded.</source>
        <translation>The application of %1&apos;s family is recorded.</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>Record that the family of %1 has not applied? The application date recorded is removed.</source>
        <translation>Record that the family of %1 has not applied? The application date recorded is removed.</translation>
    </message>
    <message>
        <source>%1&apos;s family is recorded as not applied.</source>
        <translation>%1&apos;s family is recorded as not applied.</translation>
    </message>
    <message>
        <source>育儿补贴 for %1: %2.</source>
        <translation>育儿补贴 for %1: %2.</translation>
    </message>
    <message>
        <source>Birth subsidy application: %1</source>
        <translation>Birth subsidy application: %1</translation>
    </message>
    <message>
        <source>Save the application sheet as PDF</source>
        <translation>Save the application sheet as PDF</translation>
    </message>
    <message>
        <source>Birth subsidy application %1.pdf</source>
        <translation>Birth subsidy application %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the application sheet to %1.</source>
        <translation>Saved the application sheet to %1.</translation>
    </message>
</context>
<context>
    <name>FeeScheduleView</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Fees in force in &amp;month:</source>
        <translation>Fees in force in &amp;month:</translation>
    </message>
    <message>
        <source>Fee parameters (a change applies from a month on; closed months keep theirs)</source>
        <translation>Fee parameters (a change applies from a month on; closed months keep theirs)</translation>
    </message>
    <message>
        <source>History of the chosen parameter:</source>
        <translation>History of the chosen parameter:</translation>
    </message>
    <message>
        <source>Items collected on behalf (代收费)</source>
        <translation>Items collected on behalf (代收费)</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>&amp;Close month…</source>
        <translation>&amp;Close month…</translation>
    </message>
    <message>
        <source>Re&amp;open month…</source>
        <translation>Re&amp;open month…</translation>
    </message>
    <message>
        <source>E&amp;xport bills…</source>
        <translation>E&amp;xport bills…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Collected &amp;items…</source>
        <translation>Collected &amp;items…</translation>
    </message>
    <message>
        <source>&amp;Void receipt…</source>
        <translation>&amp;Void receipt…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>How the selected bill is worked out:</source>
        <translation>How the selected bill is worked out:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Bills of closed months not paid in full:</source>
        <translation>Bills of closed months not paid in full:</translation>
    </message>
    <message>
        <source>Closed: these bills are final.</source>
        <translation>Closed: these bills are final.</translation>
    </message>
    <message>
        <source>Open: the bills as attendance stands now; they become final when the month is closed.</source>
        <translation>Open: the bills as attendance stands now; they become final when the month is closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s), %1 care days. Due %2, paid %3, outstanding %4.</source>
        <translation>
            <numerusform>%n bill, %1 care days. Due %2, paid %3, outstanding %4.</numerusform>
            <numerusform>%n bills, %1 care days. Due %2, paid %3, outstanding %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n bill(s))</source>
        <translation>
            <numerusform>%1: %2 (%n bill)</numerusform>
            <numerusform>%1: %2 (%n bills)</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears: every bill of a closed month is paid.</source>
        <translation>No arrears: every bill of a closed month is paid.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Arrears (%1)</source>
        <translation>Arrears (%1)</translation>
    </message>
    <message>
        <source>A month can be closed once it is over.</source>
        <translation>A month can be closed once it is over.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance. Record them on the Attendance page, or ask the director to confirm them as absences.</source>
        <translation>
            <numerusform>%1 has %n care day without attendance. Record them on the Attendance page, or ask the director to confirm them as absences.</numerusform>
            <numerusform>%1 has %n care days without attendance. Record them on the Attendance page, or ask the director to confirm them as absences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance, the first %2 on %3.

Confirm them as absences (other, &quot;%4&quot;) and close the month? Its attendance and bills then become final.</source>
        <translation>
            <numerusform>%1 has %n care day without attendance, the first %2 on %3.

Confirm them as absences (other, &quot;%4&quot;) and close the month? Its attendance and bills then become final.</numerusform>
            <numerusform>%1 has %n care days without attendance, the first %2 on %3.

Confirm them as absences (other, &quot;%4&quot;) and close the month? Its attendance and bills then become final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Close %1? Its attendance and bills become final; only the director can reopen it.</source>
        <translation>Close %1? Its attendance and bills become final; only the director can reopen it.</translation>
    </message>
    <message>
        <source>%1 is closed; its bills are final.</source>
        <translation>%1 is closed; its bills are final.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is kept in the audit trail, and the month&apos;s next report will show it was revised.</source>
        <translation>Why is %1 reopened? The reason is kept in the audit trail, and the month&apos;s next report will show it was revised.</translation>
    </message>
    <message>
        <source>%1 is open again; close it when the corrections are done.</source>
        <translation>%1 is open again; close it when the corrections are done.</translation>
    </message>
    <message>
        <source>Receipt %1 issued for %2.</source>
        <translation>Receipt %1 issued for %2.</translation>
    </message>
    <message>
        <source>Bills %1.xlsx</source>
        <translation>Bills %1.xlsx</translation>
    </message>
    <message>
        <source>Export the bills</source>
        <translation>Export the bills</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the bills of %1 to %2.</source>
        <translation>Wrote the bills of %1 to %2.</translation>
    </message>
    <message>
        <source>Void receipt %1</source>
        <translation>Void receipt %1</translation>
    </message>
    <message>
        <source>Why is receipt %1 voided? It keeps its number and stays in the list.</source>
        <translation>Why is receipt %1 voided? It keeps its number and stays in the list.</translation>
    </message>
    <message>
        <source>Receipt %1 is void; its payment no longer counts.</source>
        <translation>Receipt %1 is void; its payment no longer counts.</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>P&amp;rint receipt…</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>&amp;Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>Receipt %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved receipt %1 to %2.</source>
        <translation>Saved receipt %1 to %2.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>By child:</source>
        <translation>By child:</translation>
    </message>
    <message>
        <source>Outstanding in all: %1. By month: %2.</source>
        <translation>Outstanding in all: %1. By month: %2.</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <source>Refund for %1 recorded.</source>
        <translation>Refund for %1 recorded.</translation>
    </message>
</context>
<context>
    <name>FirstDirectorDialog</name>
    <message>
        <source>The director&apos;s account</source>
        <translation>The director&apos;s account</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. From now on everyone logs in, and the director adds the accounts of the finance clerk and the caregivers. Create the director&apos;s account first.</source>
        <translation>This database has no user accounts yet. From now on everyone logs in, and the director adds the accounts of the finance clerk and the caregivers. Create the director&apos;s account first.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>DaycareDesk</source>
        <translation>DaycareDesk</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to DaycareDesk</source>
        <translation>Welcome to DaycareDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to DaycareDesk&lt;/h3&gt;&lt;p&gt;A new database was created at&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to DaycareDesk&lt;/h3&gt;&lt;p&gt;A new database was created at&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Start with demo data</translation>
    </message>
    <message>
        <source>A made-up day care in Changzhi with classes, children, staff and three months of attendance, to look around safely.</source>
        <translation>A made-up day care in Changzhi with classes, children, staff and three months of attendance, to look around safely.</translation>
    </message>
    <message>
        <source>Set up my institution</source>
        <translation>Set up my institution</translation>
    </message>
    <message>
        <source>Enter your institution&apos;s name, credit code, county and places; or set up a county or city center that receives the reports, or a rural home-visit team (服务队).</source>
        <translation>Enter your institution&apos;s name, credit code, county and places; or set up a county or city center that receives the reports, or a rural home-visit team (服务队).</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no follow-up with number %1.</source>
        <translation>There is no follow-up with number %1.</translation>
    </message>
    <message>
        <source>Follow-up %1 is already closed.</source>
        <translation>Follow-up %1 is already closed.</translation>
    </message>
    <message>
        <source>Follow-up %1: write the outcome (recovered, diagnosis, withdrawn) before closing it.</source>
        <translation>Follow-up %1: write the outcome (recovered, diagnosis, withdrawn) before closing it.</translation>
    </message>
    <message>
        <source>Follow-up %1: the return date %2 is before the first sick day %3.</source>
        <translation>Follow-up %1: the return date %2 is before the first sick day %3.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>no contact recorded yet</source>
        <translation>no contact recorded yet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Sick since</source>
        <translation>Sick since</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>Sick days</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Last contact with the family</source>
        <translation>Last contact with the family</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>No sick absence is waiting for a follow-up.</source>
        <translation>No sick absence is waiting for a follow-up.</translation>
    </message>
    <message>
        <source>Record &amp;contact…</source>
        <translation>Record &amp;contact…</translation>
    </message>
    <message>
        <source>C&amp;lose with outcome…</source>
        <translation>C&amp;lose with outcome…</translation>
    </message>
    <message>
        <source>Each sick absence is followed up (因病缺勤追踪): call the family, note what they say, and close it with the outcome once the child is back.</source>
        <translation>Each sick absence is followed up (因病缺勤追踪): call the family, note what they say, and close it with the outcome once the child is back.</translation>
    </message>
    <message>
        <source>Follow-ups are kept by the director and the caregivers.</source>
        <translation>Follow-ups are kept by the director and the caregivers.</translation>
    </message>
    <message>
        <source>Contact with the family</source>
        <translation>Contact with the family</translation>
    </message>
    <message>
        <source>What did the family of %1 say?</source>
        <translation>What did the family of %1 say?</translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation>Contact not recorded</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
<context>
    <name>GuardianTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>May pick up</source>
        <translation>May pick up</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Remove person</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Left behind (留守): both parents work away</source>
        <translation>Left behind (留守): both parents work away</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Add household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>A family the team visits at home. Phones and ID numbers are kept only on this computer and are not sent to the county.</source>
        <translation>A family the team visits at home. Phones and ID numbers are kept only on this computer and are not sent to the county.</translation>
    </message>
    <message>
        <source>The village (村), for the route sheet</source>
        <translation>The village (村), for the route sheet</translation>
    </message>
    <message>
        <source>Who looks after the children: 祖母</source>
        <translation>Who looks after the children: 祖母</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Guardians:</source>
        <translation>Guardians:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Ca&amp;rer:</source>
        <translation>Ca&amp;rer:</translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation>Consent &amp;given by:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>The household was not saved: correct what is marked.</source>
        <translation>The household was not saved: correct what is marked.</translation>
    </message>
</context>
<context>
    <name>HouseholdGuardiansEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>The household key is missing: the rows of one household share it, so that its children are kept together.</source>
        <translation>The household key is missing: the rows of one household share it, so that its children are kept together.</translation>
    </message>
    <message>
        <source>Household %1&apos;s first row (%2) has &quot;%3&quot; here; the rows of one household repeat its details or leave them empty.</source>
        <translation>Household %1&apos;s first row (%2) has &quot;%3&quot; here; the rows of one household repeat its details or leave them empty.</translation>
    </message>
    <message>
        <source>This child is recorded in another household than the earlier rows of household %1.</source>
        <translation>This child is recorded in another household than the earlier rows of household %1.</translation>
    </message>
    <message>
        <source>The rows of household %1 and of household %2 are children of the same recorded household; give them one household key.</source>
        <translation>The rows of household %1 and of household %2 are children of the same recorded household; give them one household key.</translation>
    </message>
    <message>
        <source>Row %1 has the same ID number.</source>
        <translation>Row %1 has the same ID number.</translation>
    </message>
    <message>
        <source>Row %1 has a child of the same village, name and birth date; give the ID number if they are two.</source>
        <translation>Row %1 has a child of the same village, name and birth date; give the ID number if they are two.</translation>
    </message>
    <message numerus="yes">
        <source>%n children of %1 are recorded with this name and birth date; give the ID number to say which.</source>
        <translation>
            <numerusform>%n child of %1 is recorded with this name and birth date; give the ID number to say which.</numerusform>
            <numerusform>%n children of %1 are recorded with this name and birth date; give the ID number to say which.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is the same recorded child, %2.</source>
        <translation>Row %1 is the same recorded child, %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) recorded and cannot be taken off the household; close the household instead.</source>
        <translation>
            <numerusform>%1 has %n visit recorded and cannot be taken off the household; close the household instead.</numerusform>
            <numerusform>%1 has %n visits recorded and cannot be taken off the household; close the household instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already recorded for %3 of %4.</source>
        <translation>The ID number %1 of %2 is already recorded for %3 of %4.</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>There is no household %1.</translation>
    </message>
    <message>
        <source>There is no child %1 among the team&apos;s households.</source>
        <translation>There is no child %1 among the team&apos;s households.</translation>
    </message>
</context>
<context>
    <name>HouseholdRowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n month)</numerusform>
            <numerusform>%1 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left behind, cared for by %1</source>
        <translation>Left behind, cared for by %1</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>Left behind</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>HouseholdValidator</name>
    <message>
        <source>Give at least one guardian or carer the team can speak to.</source>
        <translation>Give at least one guardian or carer the team can speak to.</translation>
    </message>
    <message>
        <source>Guardian %1 has no name.</source>
        <translation>Guardian %1 has no name.</translation>
    </message>
    <message>
        <source>Guardian %1&apos;s phone: %2</source>
        <translation>Guardian %1&apos;s phone: %2</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>Child %1 has no name.</source>
        <translation>Child %1 has no name.</translation>
    </message>
    <message>
        <source>%1: choose boy or girl.</source>
        <translation>%1: choose boy or girl.</translation>
    </message>
    <message>
        <source>%1: the birth date is required.</source>
        <translation>%1: the birth date is required.</translation>
    </message>
    <message>
        <source>%1: the birth date %2 is in the future.</source>
        <translation>%1: the birth date %2 is in the future.</translation>
    </message>
    <message>
        <source>%1 was born on %2 and is three or older; the team follows children under three.</source>
        <translation>%1 was born on %2 and is three or older; the team follows children under three.</translation>
    </message>
    <message>
        <source>%1&apos;s ID number: %2</source>
        <translation>%1&apos;s ID number: %2</translation>
    </message>
    <message>
        <source>The village (村) is required: the route sheet is grouped by it.</source>
        <translation>The village (村) is required: the route sheet is grouped by it.</translation>
    </message>
    <message>
        <source>A left-behind (留守) household needs the carer who looks after the children.</source>
        <translation>A left-behind (留守) household needs the carer who looks after the children.</translation>
    </message>
    <message>
        <source>Record who agreed to the home visits and the records, and on which day, before the household is registered.</source>
        <translation>Record who agreed to the home visits and the records, and on which day, before the household is registered.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>The consent date %1 is in the future.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>The registration date %1 is in the future.</translation>
    </message>
    <message>
        <source>The household cannot be closed before it was registered.</source>
        <translation>The household cannot be closed before it was registered.</translation>
    </message>
    <message>
        <source>Add the child (under three) the team will visit.</source>
        <translation>Add the child (under three) the team will visit.</translation>
    </message>
    <message>
        <source>Children %1 and %2 have the same ID number.</source>
        <translation>Children %1 and %2 have the same ID number.</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>&amp;Edit household…</source>
        <translation>&amp;Edit household…</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>&amp;Record visit…</translation>
    </message>
    <message>
        <source>Search by village, address, guardian or child</source>
        <translation>Search by village, address, guardian or child</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>&amp;Add household…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the 18-character ID number.</source>
        <translation>Enter the 18-character ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, but “%1” has %2.</source>
        <translation>An ID number has 18 characters, but “%1” has %2.</translation>
    </message>
    <message>
        <source>The ID number “%1” has “%2” at position %3; an ID number has only digits, with X allowed as the last character.</source>
        <translation>The ID number “%1” has “%2” at position %3; an ID number has only digits, with X allowed as the last character.</translation>
    </message>
    <message>
        <source>The ID number “%1” starts with %2, but ID numbers start with a region code whose first digit is 1 to 8.</source>
        <translation>The ID number “%1” starts with %2, but ID numbers start with a region code whose first digit is 1 to 8.</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which does not exist.</source>
        <translation>The ID number “%1” contains the birth date %2, which does not exist.</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which is before 1900.</source>
        <translation>The ID number “%1” contains the birth date %2, which is before 1900.</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which is after today (%3).</source>
        <translation>The ID number “%1” contains the birth date %2, which is after today (%3).</translation>
    </message>
    <message>
        <source>The check character of the ID number “%1” should be %2, not %3 — a digit was probably mistyped.</source>
        <translation>The check character of the ID number “%1” should be %2, not %3 — a digit was probably mistyped.</translation>
    </message>
    <message>
        <source>The ID number “%1” gives the birth date %2, but the birth date entered is %3.</source>
        <translation>The ID number “%1” gives the birth date %2, but the birth date entered is %3.</translation>
    </message>
    <message>
        <source>The ID number “%1” belongs to a male (its 17th digit is odd), but the gender entered is female.</source>
        <translation>The ID number “%1” belongs to a male (its 17th digit is odd), but the gender entered is female.</translation>
    </message>
    <message>
        <source>The ID number “%1” belongs to a female (its 17th digit is even), but the gender entered is male.</source>
        <translation>The ID number “%1” belongs to a female (its 17th digit is even), but the gender entered is male.</translation>
    </message>
</context>
<context>
    <name>ImportLogTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Unknown column &quot;%1&quot; is ignored.</source>
        <translation>Unknown column &quot;%1&quot; is ignored.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>The column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing.</source>
        <translation>The required column %1 (%2) is missing.</translation>
    </message>
    <message>
        <source>The gender is missing.</source>
        <translation>The gender is missing.</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;; write 男 or 女.</source>
        <translation>Unknown gender &quot;%1&quot;; write 男 or 女.</translation>
    </message>
    <message>
        <source>Write 是 or 否 (yes or no), not &quot;%1&quot;.</source>
        <translation>Write 是 or 否 (yes or no), not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportedFileTableModel</name>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>InstitutionKeys</name>
    <message>
        <source>The signing key was removed while it was being unlocked.</source>
        <translation>The signing key was removed while it was being unlocked.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters; a sentence you can remember is better than a short word.</source>
        <translation>The passphrase must have at least %1 characters; a sentence you can remember is better than a short word.</translation>
    </message>
    <message>
        <source>The institution has a signing key already (%1). Rotate it to make a new one.</source>
        <translation>The institution has a signing key already (%1). Rotate it to make a new one.</translation>
    </message>
    <message>
        <source>The institution has no signing key yet. The director makes one with a passphrase first.</source>
        <translation>The institution has no signing key yet. The director makes one with a passphrase first.</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Care days this year</source>
        <translation>Care days this year</translation>
    </message>
    <message>
        <source>Policy parameters (dated; a month is always computed with the values in force in that month)</source>
        <translation>Policy parameters (dated; a month is always computed with the values in force in that month)</translation>
    </message>
    <message>
        <source>The institution has not been set up yet.</source>
        <translation>The institution has not been set up yet.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>County:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Operating model:</source>
        <translation>Operating model:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>Inclusive (普惠):</source>
        <translation>Inclusive (普惠):</translation>
    </message>
    <message>
        <source>Yes, since %1; %2 approved inclusive places</source>
        <translation>Yes, since %1; %2 approved inclusive places</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Official %1 holidays and make-up working days are applied.</source>
        <translation>Official %1 holidays and make-up working days are applied.</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>&amp;Fees (收费标准)</source>
        <translation>&amp;Fees (收费标准)</translation>
    </message>
    <message>
        <source>&amp;Data safety and signing</source>
        <translation>&amp;Data safety and signing</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
</context>
<context>
    <name>InstitutionProfile</name>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>The institution&apos;s name is required.</translation>
    </message>
    <message>
        <source>The county is required.</source>
        <translation>The county is required.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1.</source>
        <translation>The number of places must be at least 1.</translation>
    </message>
    <message>
        <source>An inclusive (普惠) institution needs the date of its recognition.</source>
        <translation>An inclusive (普惠) institution needs the date of its recognition.</translation>
    </message>
    <message>
        <source>The recognition date %1 is in the future.</source>
        <translation>The recognition date %1 is in the future.</translation>
    </message>
    <message>
        <source>An inclusive institution needs its approved inclusive places (at least 1).</source>
        <translation>An inclusive institution needs its approved inclusive places (at least 1).</translation>
    </message>
    <message>
        <source>The approved inclusive places (%1) cannot exceed the total places (%2).</source>
        <translation>The approved inclusive places (%1) cannot exceed the total places (%2).</translation>
    </message>
    <message>
        <source>Inclusive places or a recognition date were given, but the institution is not marked inclusive (普惠).</source>
        <translation>Inclusive places or a recognition date were given, but the institution is not marked inclusive (普惠).</translation>
    </message>
    <message>
        <source>Independent childcare institution</source>
        <translation>Independent childcare institution</translation>
    </message>
    <message>
        <source>Community childcare point</source>
        <translation>Community childcare point</translation>
    </message>
    <message>
        <source>Family childcare point</source>
        <translation>Family childcare point</translation>
    </message>
    <message>
        <source>Kindergarten nursery class</source>
        <translation>Kindergarten nursery class</translation>
    </message>
    <message>
        <source>Employer-run childcare</source>
        <translation>Employer-run childcare</translation>
    </message>
    <message>
        <source>Childcare run by a medical institution</source>
        <translation>Childcare run by a medical institution</translation>
    </message>
    <message>
        <source>Public building, publicly run</source>
        <translation>Public building, publicly run</translation>
    </message>
    <message>
        <source>Public building, privately run</source>
        <translation>Public building, privately run</translation>
    </message>
    <message>
        <source>Privately run</source>
        <translation>Privately run</translation>
    </message>
    <message>
        <source>A center keeps no places of its own and is not recognised as inclusive; leave places and the inclusive recognition empty.</source>
        <translation>A center keeps no places of its own and is not recognised as inclusive; leave places and the inclusive recognition empty.</translation>
    </message>
    <message>
        <source>County childcare service center</source>
        <translation>County childcare service center</translation>
    </message>
    <message>
        <source>City childcare service center</source>
        <translation>City childcare service center</translation>
    </message>
    <message>
        <source>An outreach team needs the township (乡镇) it serves.</source>
        <translation>An outreach team needs the township (乡镇) it serves.</translation>
    </message>
    <message>
        <source>Only an outreach team records a township.</source>
        <translation>Only an outreach team records a township.</translation>
    </message>
    <message>
        <source>An outreach team keeps no places and is not recognised as inclusive; leave places and the inclusive recognition empty.</source>
        <translation>An outreach team keeps no places and is not recognised as inclusive; leave places and the inclusive recognition empty.</translation>
    </message>
    <message>
        <source>Rural infant-care service team</source>
        <translation>Rural infant-care service team</translation>
    </message>
</context>
<context>
    <name>InsurancePayers</name>
    <message>
        <source>City budget</source>
        <translation>City budget</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>InsuranceRoll</name>
    <message>
        <source>%1, policy number: give the number printed on the policy.</source>
        <translation>%1, policy number: give the number printed on the policy.</translation>
    </message>
    <message>
        <source>%1, start of cover: give the first day the policy covers.</source>
        <translation>%1, start of cover: give the first day the policy covers.</translation>
    </message>
    <message>
        <source>%1, end of cover: give the last day the policy covers.</source>
        <translation>%1, end of cover: give the last day the policy covers.</translation>
    </message>
    <message>
        <source>%1, end of cover: %2 is before the start of cover (%3).</source>
        <translation>%1, end of cover: %2 is before the start of cover (%3).</translation>
    </message>
    <message>
        <source>%1, premium: %2 is less than 0.</source>
        <translation>%1, premium: %2 is less than 0.</translation>
    </message>
    <message>
        <source>%1, policy number: policy %2 from %3 is already on the list.</source>
        <translation>%1, policy number: policy %2 from %3 is already on the list.</translation>
    </message>
    <message>
        <source>There is no insurance policy with the number %1.</source>
        <translation>There is no insurance policy with the number %1.</translation>
    </message>
    <message>
        <source>Period: give a first and a last day, the last not before the first.</source>
        <translation>Period: give a first and a last day, the last not before the first.</translation>
    </message>
</context>
<context>
    <name>InsuranceTableModel</name>
    <message>
        <source>No policy recorded, though the roster says insured</source>
        <translation>No policy recorded, though the roster says insured</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Cover from</source>
        <translation>Cover from</translation>
    </message>
    <message>
        <source>Cover to</source>
        <translation>Cover to</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
</context>
<context>
    <name>InsuranceView</name>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Add policy…</translation>
    </message>
    <message>
        <source>&amp;Change policy…</source>
        <translation>&amp;Change policy…</translation>
    </message>
    <message>
        <source>&amp;Remove policy…</source>
        <translation>&amp;Remove policy…</translation>
    </message>
    <message>
        <source>E&amp;xport insured list…</source>
        <translation>E&amp;xport insured list…</translation>
    </message>
    <message>
        <source>Cover &amp;from:</source>
        <translation>Cover &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies), premiums %1; %2 child(ren) in care without cover.</source>
        <translation>
            <numerusform>%n policy, premiums %1; %2 child in care without cover.</numerusform>
            <numerusform>%n policies, premiums %1; %2 children in care without cover.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy is recorded.</source>
        <translation>The policy is recorded.</translation>
    </message>
    <message>
        <source>The policy of %1 is changed.</source>
        <translation>The policy of %1 is changed.</translation>
    </message>
    <message>
        <source>Remove the policy</source>
        <translation>Remove the policy</translation>
    </message>
    <message>
        <source>Remove policy %1 of %2? Only a policy recorded by mistake should be removed.</source>
        <translation>Remove policy %1 of %2? Only a policy recorded by mistake should be removed.</translation>
    </message>
    <message>
        <source>Policy %1 is removed.</source>
        <translation>Policy %1 is removed.</translation>
    </message>
    <message>
        <source>Insured list %1 to %2.xlsx</source>
        <translation>Insured list %1 to %2.xlsx</translation>
    </message>
    <message>
        <source>Export the insured list</source>
        <translation>Export the insured list</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the insured list to %1.</source>
        <translation>Wrote the insured list to %1.</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>Could not write the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file is not a JSON Web Key: it is not a JSON object.</source>
        <translation>The key file is not a JSON Web Key: it is not a JSON object.</translation>
    </message>
    <message>
        <source>The key file holds a key of type &quot;%1&quot;; an Ed25519 key has the type &quot;OKP&quot;.</source>
        <translation>The key file holds a key of type &quot;%1&quot;; an Ed25519 key has the type &quot;OKP&quot;.</translation>
    </message>
    <message>
        <source>The key file holds a key on the curve &quot;%1&quot;; only Ed25519 keys are accepted.</source>
        <translation>The key file holds a key on the curve &quot;%1&quot;; only Ed25519 keys are accepted.</translation>
    </message>
    <message>
        <source>The key file contains a private key. Send and register only the public key.</source>
        <translation>The key file contains a private key. Send and register only the public key.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key (&quot;x&quot;) is not %1 bytes in base64url.</source>
        <translation>The key file&apos;s public key (&quot;x&quot;) is not %1 bytes in base64url.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The file is not a signed DaycareDesk file: it is not a JSON object.</source>
        <translation>The file is not a signed DaycareDesk file: it is not a JSON object.</translation>
    </message>
    <message>
        <source>The signed file has the member &quot;%1&quot;; it may have only &quot;payload&quot;, &quot;protected&quot; and &quot;signature&quot;.</source>
        <translation>The signed file has the member &quot;%1&quot;; it may have only &quot;payload&quot;, &quot;protected&quot; and &quot;signature&quot;.</translation>
    </message>
    <message>
        <source>The signed file has no &quot;%1&quot; member.</source>
        <translation>The signed file has no &quot;%1&quot; member.</translation>
    </message>
    <message>
        <source>The signed file&apos;s &quot;%1&quot; is not text.</source>
        <translation>The signed file&apos;s &quot;%1&quot; is not text.</translation>
    </message>
    <message>
        <source>The signed file&apos;s &quot;%1&quot; is not base64url without padding.</source>
        <translation>The signed file&apos;s &quot;%1&quot; is not base64url without padding.</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header is not a JSON object.</source>
        <translation>The signed file&apos;s protected header is not a JSON object.</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header names no algorithm (&quot;alg&quot;).</source>
        <translation>The signed file&apos;s protected header names no algorithm (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>The file is signed with the algorithm &quot;%1&quot;; DaycareDesk accepts only &quot;%2&quot; (Ed25519).</source>
        <translation>The file is signed with the algorithm &quot;%1&quot;; DaycareDesk accepts only &quot;%2&quot; (Ed25519).</translation>
    </message>
    <message>
        <source>The file&apos;s protected header lists critical extensions (&quot;crit&quot;), which DaycareDesk does not support.</source>
        <translation>The file&apos;s protected header lists critical extensions (&quot;crit&quot;), which DaycareDesk does not support.</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header does not name its key (&quot;kid&quot;).</source>
        <translation>The signed file&apos;s protected header does not name its key (&quot;kid&quot;).</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header has a &quot;typ&quot; that is not text.</source>
        <translation>The signed file&apos;s protected header has a &quot;typ&quot; that is not text.</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long; an Ed25519 signature has %2.</source>
        <translation>The signature is %1 bytes long; an Ed25519 signature has %2.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>The new language applies the next time DaycareDesk starts.</source>
        <translation>The new language applies the next time DaycareDesk starts.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DaycareDesk is locked</source>
        <translation>DaycareDesk is locked</translation>
    </message>
    <message>
        <source>DaycareDesk is locked to protect the children&apos;s personal data. Enter the password of &lt;b&gt;%1&lt;/b&gt; to go on working.</source>
        <translation>DaycareDesk is locked to protect the children&apos;s personal data. Enter the password of &lt;b&gt;%1&lt;/b&gt; to go on working.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to DaycareDesk</source>
        <translation>Log in to DaycareDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Log in with your user name and password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Log in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DaycareDesk</source>
        <translation>DaycareDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Current month: %1</source>
        <translation>Current month: %1</translation>
    </message>
    <message>
        <source>Institution &amp; settings</source>
        <translation>Institution &amp; settings</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>There is nothing for the role %1 in this version of DaycareDesk yet.</source>
        <translation>There is nothing for the role %1 in this version of DaycareDesk yet.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in: %1 · %2</source>
        <translation>Logged in: %1 · %2</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Verify a report file…</source>
        <translation>&amp;Verify a report file…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Monthly status</source>
        <translation>Monthly status</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Due visits</source>
        <translation>Due visits</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Monthly summary</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not start upgrading the database: %1</source>
        <translation>Could not start upgrading the database: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2. %3</source>
        <translation>Upgrading the database to version %1 failed; it was left at version %2. %3</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter a mobile number.</source>
        <translation>Enter a mobile number.</translation>
    </message>
    <message>
        <source>The mobile number “%1” contains “%2”; only digits, spaces, hyphens and a leading +86 are allowed.</source>
        <translation>The mobile number “%1” contains “%2”; only digits, spaces, hyphens and a leading +86 are allowed.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, but “%1” has %2.</source>
        <translation>A mobile number has 11 digits, but “%1” has %2.</translation>
    </message>
    <message>
        <source>The mobile number “%1” starts with %2, but mobile numbers start with 13 to 19.</source>
        <translation>The mobile number “%1” starts with %2, but mobile numbers start with 13 to 19.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount of money, for example 1,234.50.</source>
        <translation>Enter an amount of money, for example 1,234.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: &quot;%2&quot; is not allowed; use digits, a decimal point and commas between thousands.</source>
        <translation>&quot;%1&quot; is not an amount of money: &quot;%2&quot; is not allowed; use digits, a decimal point and commas between thousands.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: it has more than one decimal point.</source>
        <translation>&quot;%1&quot; is not an amount of money: it has more than one decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: it has no digits.</source>
        <translation>&quot;%1&quot; is not an amount of money: it has no digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: commas may only separate groups of three digits before the decimal point, as in 1,234,567.50.</source>
        <translation>&quot;%1&quot; is not an amount of money: commas may only separate groups of three digits before the decimal point, as in 1,234,567.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount of money.</source>
        <translation>&quot;%1&quot; is too large to be an amount of money.</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Enter a month as YYYY-MM, for example 2026-03.</source>
        <translation>Enter a month as YYYY-MM, for example 2026-03.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, for example 2026-03.</source>
        <translation>&quot;%1&quot; is not a month: write it as YYYY-MM, for example 2026-03.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: separate the year and the month with &quot;-&quot;, as in 2026-03.</source>
        <translation>&quot;%1&quot; is not a month: separate the year and the month with &quot;-&quot;, as in 2026-03.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the year must have four digits, as in 2026-03.</source>
        <translation>&quot;%1&quot; is not a month: the year must have four digits, as in 2026-03.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must have two digits, as in 2026-03.</source>
        <translation>&quot;%1&quot; is not a month: the month must have two digits, as in 2026-03.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must be from 01 to 12.</source>
        <translation>&quot;%1&quot; is not a month: the month must be from 01 to 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: there is no year 0000.</source>
        <translation>&quot;%1&quot; is not a month: there is no year 0000.</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2.</source>
        <translation>%1 is not over yet: it can be closed from %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance: %2. Record them, or confirm them as absences.</source>
        <translation>
            <numerusform>%1 has %n care day without attendance: %2. Record them, or confirm them as absences.</numerusform>
            <numerusform>%1 has %n care days without attendance: %2. Record them, or confirm them as absences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why %1 is reopened; the reason is kept in the audit trail.</source>
        <translation>Say why %1 is reopened; the reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 is not closed.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportBuilder</name>
    <message>
        <source>%1 is not closed: a monthly report is made once the month&apos;s attendance and bills are final.</source>
        <translation>%1 is not closed: a monthly report is made once the month&apos;s attendance and bills are final.</translation>
    </message>
    <message>
        <source>The institution is not set up yet: a monthly report needs its name and credit code.</source>
        <translation>The institution is not set up yet: a monthly report needs its name and credit code.</translation>
    </message>
</context>
<context>
    <name>MonthlyReports</name>
    <message>
        <source>Not yet exported</source>
        <translation>Not yet exported</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Closed again since export: export the next revision</source>
        <translation>Closed again since export: export the next revision</translation>
    </message>
    <message>
        <source>Changed since export: export the next revision</source>
        <translation>Changed since export: export the next revision</translation>
    </message>
    <message>
        <source>Reopened: close the month, then export it again</source>
        <translation>Reopened: close the month, then export it again</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>N&amp;ew passphrase:</source>
        <translation>N&amp;ew passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ; type them again.</source>
        <translation>The new passphrase and its repetition differ; type them again.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>OfficialCalendar</name>
    <message>
        <source>The calendar file is not valid JSON: %1 at character %2.</source>
        <translation>The calendar file is not valid JSON: %1 at character %2.</translation>
    </message>
    <message>
        <source>The file is not a DaycareDesk holiday calendar (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>The file is not a DaycareDesk holiday calendar (its &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The calendar file has format version %1; this version of DaycareDesk reads version %2.</source>
        <translation>The calendar file has format version %1; this version of DaycareDesk reads version %2.</translation>
    </message>
    <message>
        <source>The calendar file has no list of &quot;years&quot;.</source>
        <translation>The calendar file has no list of &quot;years&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of the calendar&apos;s years has no valid &quot;year&quot;.</source>
        <translation>Entry %1 of the calendar&apos;s years has no valid &quot;year&quot;.</translation>
    </message>
    <message>
        <source>Year %1 appears twice in the calendar file.</source>
        <translation>Year %1 appears twice in the calendar file.</translation>
    </message>
    <message>
        <source>Year %1: &quot;holidays&quot; must be a list of [first, last] date pairs.</source>
        <translation>Year %1: &quot;holidays&quot; must be a list of [first, last] date pairs.</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: expected a pair of dates [first, last].</source>
        <translation>Year %1, holiday %2: expected a pair of dates [first, last].</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>Year %1, holiday %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Year %1: &quot;workdays&quot; must be a list of dates.</source>
        <translation>Year %1: &quot;workdays&quot; must be a list of dates.</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>Year %1, make-up working day %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Year %1: &quot;basis&quot; must be text.</source>
        <translation>Year %1: &quot;basis&quot; must be text.</translation>
    </message>
    <message>
        <source>%1 is not a valid year.</source>
        <translation>%1 is not a valid year.</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: both the first and the last day are needed.</source>
        <translation>Year %1, holiday %2: both the first and the last day are needed.</translation>
    </message>
    <message>
        <source>Year %1, holiday %2 (%3 to %4)</source>
        <translation>Year %1, holiday %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>%1: the last day is before the first day.</source>
        <translation>%1: the last day is before the first day.</translation>
    </message>
    <message>
        <source>%1: the dates are outside the year %2.</source>
        <translation>%1: the dates are outside the year %2.</translation>
    </message>
    <message>
        <source>%1: a holiday longer than %2 days is surely a typing mistake.</source>
        <translation>%1: a holiday longer than %2 days is surely a typing mistake.</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2: the date is missing.</source>
        <translation>Year %1, make-up working day %2: the date is missing.</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2 (%3)</source>
        <translation>Year %1, make-up working day %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the date is outside the year %2.</source>
        <translation>%1: the date is outside the year %2.</translation>
    </message>
    <message>
        <source>%1: a make-up working day is always a Saturday or a Sunday.</source>
        <translation>%1: a make-up working day is always a Saturday or a Sunday.</translation>
    </message>
    <message>
        <source>%1: the day is also inside a holiday.</source>
        <translation>%1: the day is also inside a holiday.</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>DaycareDesk</source>
        <translation>DaycareDesk</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Put it in the database&apos;s place? The damaged file is kept in the backups folder.</source>
        <translation>%1

The newest good backup is from %2. Put it in the database&apos;s place? The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Open a backup?</source>
        <translation>Open a backup?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup from %1 is open. Changes made after it was taken must be entered again.</source>
        <translation>The backup from %1 is open. Changes made after it was taken must be entered again.</translation>
    </message>
    <message>
        <source>%1 was restored. The database as it was before is kept in %2.</source>
        <translation>%1 was restored. The database as it was before is kept in %2.</translation>
    </message>
</context>
<context>
    <name>OperatingClaimView</name>
    <message>
        <source>&amp;Submit claim…</source>
        <translation>&amp;Submit claim…</translation>
    </message>
    <message>
        <source>County&apos;s &amp;decision…</source>
        <translation>County&apos;s &amp;decision…</translation>
    </message>
    <message>
        <source>Subsidy &amp;received…</source>
        <translation>Subsidy &amp;received…</translation>
    </message>
    <message>
        <source>County&apos;s list for the &amp;child…</source>
        <translation>County&apos;s list for the &amp;child…</translation>
    </message>
    <message>
        <source>E&amp;xport claim workbook…</source>
        <translation>E&amp;xport claim workbook…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>As the rules make it now</source>
        <translation>As the rules make it now</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>Version %1 is a draft, not sent yet.</source>
        <translation>Version %1 is a draft, not sent yet.</translation>
    </message>
    <message>
        <source>Version %1 was submitted on %2 by %3; it no longer changes.</source>
        <translation>Version %1 was submitted on %2 by %3; it no longer changes.</translation>
    </message>
    <message>
        <source>Approved %1 of %2.</source>
        <translation>Approved %1 of %2.</translation>
    </message>
    <message>
        <source>Received %1; still owed %2.</source>
        <translation>Received %1; still owed %2.</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>Returned for correction: %1</translation>
    </message>
    <message>
        <source>The institution&apos;s inclusive recognition does not cover %1: nothing is claimable.</source>
        <translation>The institution&apos;s inclusive recognition does not cover %1: nothing is claimable.</translation>
    </message>
    <message>
        <source>The claim as the rules make it now, not saved. Submit it once the month is closed; it is then frozen as the next version.</source>
        <translation>The claim as the rules make it now, not saved. Submit it once the month is closed; it is then frozen as the next version.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) considered, %1 claimed, subsidy %2.</source>
        <translation>
            <numerusform>%n child considered, %1 claimed, subsidy %2.</numerusform>
            <numerusform>%n children considered, %1 claimed, subsidy %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1 on the Fees page first: a claim is submitted with the month&apos;s final attendance and bills.</source>
        <translation>Close %1 on the Fees page first: a claim is submitted with the month&apos;s final attendance and bills.</translation>
    </message>
    <message>
        <source>Submit the claim for %1</source>
        <translation>Submit the claim for %1</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n child(ren) for %1, %2 in all? The claim is then frozen; a correction the county asks for becomes a new version.</source>
        <translation>
            <numerusform>Submit %n child for %1, %2 in all? The claim is then frozen; a correction the county asks for becomes a new version.</numerusform>
            <numerusform>Submit %n children for %1, %2 in all? The claim is then frozen; a correction the county asks for becomes a new version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the claim for %2 is submitted.</source>
        <translation>Version %1 of the claim for %2 is submitted.</translation>
    </message>
    <message>
        <source>The county&apos;s decision on %1 is recorded.</source>
        <translation>The county&apos;s decision on %1 is recorded.</translation>
    </message>
    <message>
        <source>The subsidy received for %1 is recorded.</source>
        <translation>The subsidy received for %1 is recorded.</translation>
    </message>
    <message>
        <source>The county&apos;s figures for %1 are recorded.</source>
        <translation>The county&apos;s figures for %1 are recorded.</translation>
    </message>
    <message>
        <source>Operating subsidy claim %1.xlsx</source>
        <translation>Operating subsidy claim %1.xlsx</translation>
    </message>
    <message>
        <source>Export the claim workbook</source>
        <translation>Export the claim workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the claim workbook of %1 to %2.</source>
        <translation>Wrote the claim workbook of %1 to %2.</translation>
    </message>
</context>
<context>
    <name>OutbreakDetector</name>
    <message>
        <source>Report to the local centre for disease control (疾控) within 24 hours, as 学校和托幼机构传染病疫情报告工作规范 requires: %1 sick absences with the same symptom in one class on one day, or %2 within %3 consecutive care days.</source>
        <translation>Report to the local centre for disease control (疾控) within 24 hours, as 学校和托幼机构传染病疫情报告工作规范 requires: %1 sick absences with the same symptom in one class on one day, or %2 within %3 consecutive care days.</translation>
    </message>
</context>
<context>
    <name>OutbreakWatch</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) of %2 on %3 (%4).</source>
        <translation>
            <numerusform>%1: %n case of %2 on %3 (%4).</numerusform>
            <numerusform>%1: %n cases of %2 on %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) of %2 from %3 to %4 (%5).</source>
        <translation>
            <numerusform>%1: %n case of %2 from %3 to %4 (%5).</numerusform>
            <numerusform>%1: %n cases of %2 from %3 to %4 (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachChildrenEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number (if known)</source>
        <translation>ID number (if known)</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Girl</translation>
    </message>
</context>
<context>
    <name>OutreachGroupTableModel</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 months</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>Left-behind children</translation>
    </message>
</context>
<context>
    <name>OutreachReport</name>
    <message>
        <source>%1 has not begun; a month is sent once its visits are made.</source>
        <translation>%1 has not begun; a month is sent once its visits are made.</translation>
    </message>
</context>
<context>
    <name>OutreachSummaryPage</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>E&amp;xport signed file…</source>
        <translation>E&amp;xport signed file…</translation>
    </message>
    <message>
        <source>By member</source>
        <translation>By member</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>%1: %2 households and %3 children covered (%4 under 12 months, %5 of 12–24 months, %6 of 24–36 months), %7 visits, %8 referrals, %9 left-behind children visited.</source>
        <translation>%1: %2 households and %3 children covered (%4 under 12 months, %5 of 12–24 months, %6 of 24–36 months), %7 visits, %8 referrals, %9 left-behind children visited.</translation>
    </message>
    <message>
        <source>The team has no signing key yet. The team leader makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>The team has no signing key yet. The team leader makes it under Institution &amp; settings → Data safety and signing.</translation>
    </message>
    <message>
        <source>Export the visits of %1 into</source>
        <translation>Export the visits of %1 into</translation>
    </message>
    <message>
        <source>Sign the visits of %1</source>
        <translation>Sign the visits of %1</translation>
    </message>
    <message>
        <source>The month&apos;s visits are signed with the team&apos;s key before they go to the county. Type its passphrase.</source>
        <translation>The month&apos;s visits are signed with the team&apos;s key before they go to the county. Type its passphrase.</translation>
    </message>
    <message>
        <source>the visits of %1</source>
        <translation>the visits of %1</translation>
    </message>
</context>
<context>
    <name>OutreachTeam</name>
    <message>
        <source>This database is not an outreach team&apos;s. Households and home visits are kept in the team&apos;s own database (init --type outreach-team).</source>
        <translation>This database is not an outreach team&apos;s. Households and home visits are kept in the team&apos;s own database (init --type outreach-team).</translation>
    </message>
</context>
<context>
    <name>OverviewAlerts</name>
    <message numerus="yes">
        <source>%n illness absence(s) to follow up: %1</source>
        <translation>
            <numerusform>%n illness absence to follow up: %1</numerusform>
            <numerusform>%n illness absences to follow up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n child-day(s) without attendance this month</source>
        <translation>
            <numerusform>%1: %n child-day without attendance this month</numerusform>
            <numerusform>%1: %n child-days without attendance this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) not closed yet: %1</source>
        <translation>
            <numerusform>%n month not closed yet: %1</numerusform>
            <numerusform>%n months not closed yet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of %1 changed since it was exported: export it again as a new revision</source>
        <translation>The report of %1 changed since it was exported: export it again as a new revision</translation>
    </message>
    <message numerus="yes">
        <source>%n closed month(s) not reported to the county: %1</source>
        <translation>
            <numerusform>%n closed month not reported to the county: %1</numerusform>
            <numerusform>%n closed months not reported to the county: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) unpaid for more than a month: %1 in all</source>
        <translation>
            <numerusform>%n bill unpaid for more than a month: %1 in all</numerusform>
            <numerusform>%n bills unpaid for more than a month: %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outgrows the class on %3: plan the move</source>
        <translation>%1 of %2 outgrows the class on %3: plan the move</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Attendance rate by month</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Children and places by class</source>
        <translation>Children and places by class</translation>
    </message>
    <message>
        <source>Children in care</source>
        <translation>Children in care</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Fees collected and subsidy received</source>
        <translation>Fees collected and subsidy received</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>Fees collected</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>Subsidy received</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Children in care by age</source>
        <translation>Children in care by age</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Age in years</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Places in use</source>
        <translation>Places in use</translation>
    </message>
    <message>
        <source>Present today</source>
        <translation>Present today</translation>
    </message>
    <message>
        <source>Attendance rate this month</source>
        <translation>Attendance rate this month</translation>
    </message>
    <message>
        <source>Fees collected this month</source>
        <translation>Fees collected this month</translation>
    </message>
    <message>
        <source>Operating subsidy received this year</source>
        <translation>Operating subsidy received this year</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>Certified caregivers</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 children, %2 places</source>
        <translation>%1 children, %2 places</translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded yet</source>
        <translation>
            <numerusform>%n not recorded yet</numerusform>
            <numerusform>%n not recorded yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone recorded</source>
        <translation>Everyone recorded</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 of %2 days</translation>
    </message>
    <message>
        <source>Billed %1 · arrears %2</source>
        <translation>Billed %1 · arrears %2</translation>
    </message>
    <message>
        <source>Claimed %1 · owed %2</source>
        <translation>Claimed %1 · owed %2</translation>
    </message>
    <message>
        <source>%1 of %2 · target %3%</source>
        <translation>%1 of %2 · target %3%</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key.</source>
        <translation>Type the passphrase of the signing key.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>A receipt is issued for the payment. To pay several months ahead, give the first month and how many months; each month gets the amount.</source>
        <translation>A receipt is issued for the payment. To pay several months ahead, give the first month and how many months; each month gets the amount.</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Number of mon&amp;ths:</source>
        <translation>Number of mon&amp;ths:</translation>
    </message>
    <message>
        <source>&amp;Amount per month (yuan):</source>
        <translation>&amp;Amount per month (yuan):</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Paid &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Payer:</translation>
    </message>
    <message>
        <source>e.g. the transfer&apos;s transaction number</source>
        <translation>e.g. the transfer&apos;s transaction number</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
</context>
<context>
    <name>PaymentFields</name>
    <message>
        <source>Month: %1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>There is no child with the number %1.</source>
        <translation>There is no child with the number %1.</translation>
    </message>
    <message>
        <source>Date: give the day the money changed hands.</source>
        <translation>Date: give the day the money changed hands.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future.</source>
        <translation>Date: %1 is in the future.</translation>
    </message>
    <message>
        <source>Amount: a payment must be more than 0; a refund is recorded as a refund.</source>
        <translation>Amount: a payment must be more than 0; a refund is recorded as a refund.</translation>
    </message>
    <message>
        <source>Months: a payment covers at least one month.</source>
        <translation>Months: a payment covers at least one month.</translation>
    </message>
    <message>
        <source>Month: say which month&apos;s bill is paid.</source>
        <translation>Month: say which month&apos;s bill is paid.</translation>
    </message>
    <message>
        <source>Payer: say who paid; the receipt names them.</source>
        <translation>Payer: say who paid; the receipt names them.</translation>
    </message>
    <message>
        <source>Months: fees may be paid at most until %1 today; %2 is too far ahead.</source>
        <translation>Months: fees may be paid at most until %1 today; %2 is too far ahead.</translation>
    </message>
    <message>
        <source>Month: %1 is not enrolled in %2.</source>
        <translation>Month: %1 is not enrolled in %2.</translation>
    </message>
    <message>
        <source>Month: the bill of %1 for %2 is paid in full.</source>
        <translation>Month: the bill of %1 for %2 is paid in full.</translation>
    </message>
    <message>
        <source>Amount: the bill of %1 for %2 asks %3 more; %4 is more than that.</source>
        <translation>Amount: the bill of %1 for %2 asks %3 more; %4 is more than that.</translation>
    </message>
    <message>
        <source>Amount: a refund must be more than 0.</source>
        <translation>Amount: a refund must be more than 0.</translation>
    </message>
    <message>
        <source>Reason: say why the money goes back.</source>
        <translation>Reason: say why the money goes back.</translation>
    </message>
    <message>
        <source>Amount: %1 can be refunded for %2&apos;s %3 at most; %4 is more than that.</source>
        <translation>Amount: %1 can be refunded for %2&apos;s %3 at most; %4 is more than that.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>change the institution&apos;s details</source>
        <translation>change the institution&apos;s details</translation>
    </message>
    <message>
        <source>change fee and subsidy parameters</source>
        <translation>change fee and subsidy parameters</translation>
    </message>
    <message>
        <source>change classes, children and staff</source>
        <translation>change classes, children and staff</translation>
    </message>
    <message>
        <source>see the roster</source>
        <translation>see the roster</translation>
    </message>
    <message>
        <source>see whole ID and phone numbers</source>
        <translation>see whole ID and phone numbers</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>record attendance</translation>
    </message>
    <message>
        <source>see fees</source>
        <translation>see fees</translation>
    </message>
    <message>
        <source>record fees and payments</source>
        <translation>record fees and payments</translation>
    </message>
    <message>
        <source>reopen a closed month</source>
        <translation>reopen a closed month</translation>
    </message>
    <message>
        <source>prepare subsidy claims</source>
        <translation>prepare subsidy claims</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>export reports</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>see the audit trail</translation>
    </message>
    <message>
        <source>create and restore backups</source>
        <translation>create and restore backups</translation>
    </message>
    <message>
        <source>record home visits</source>
        <translation>record home visits</translation>
    </message>
    <message>
        <source>work on a center&apos;s reports</source>
        <translation>work on a center&apos;s reports</translation>
    </message>
    <message>
        <source>confirm days without attendance as absences</source>
        <translation>confirm days without attendance as absences</translation>
    </message>
    <message>
        <source>manage the institution&apos;s signing keys</source>
        <translation>manage the institution&apos;s signing keys</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Enrol %1</source>
        <translation>Enrol %1</translation>
    </message>
    <message>
        <source>%1 leaves the waiting list and starts care on the day below.</source>
        <translation>%1 leaves the waiting list and starts care on the day below.</translation>
    </message>
    <message>
        <source>First &amp;day in care:</source>
        <translation>First &amp;day in care:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <source>Care &amp;type:</source>
        <translation>Care &amp;type:</translation>
    </message>
    <message>
        <source>Move %1 to another class</source>
        <translation>Move %1 to another class</translation>
    </message>
    <message>
        <source>From the day below %1 is in the new class; the days before stay billed and claimed in %2.</source>
        <translation>From the day below %1 is in the new class; the days before stay billed and claimed in %2.</translation>
    </message>
    <message>
        <source>First &amp;day in the new class:</source>
        <translation>First &amp;day in the new class:</translation>
    </message>
    <message>
        <source>New c&amp;lass:</source>
        <translation>New c&amp;lass:</translation>
    </message>
    <message>
        <source>Change the care type of %1</source>
        <translation>Change the care type of %1</translation>
    </message>
    <message>
        <source>From the day below the new care type applies; earlier days keep the old one.</source>
        <translation>From the day below the new care type applies; earlier days keep the old one.</translation>
    </message>
    <message>
        <source>First &amp;day of the new care type:</source>
        <translation>First &amp;day of the new care type:</translation>
    </message>
    <message>
        <source>New care &amp;type:</source>
        <translation>New care &amp;type:</translation>
    </message>
    <message>
        <source>%1 leaves care</source>
        <translation>%1 leaves care</translation>
    </message>
    <message>
        <source>The date is %1&apos;s last day in care. The records up to that day are kept.</source>
        <translation>The date is %1&apos;s last day in care. The records up to that day are kept.</translation>
    </message>
    <message>
        <source>&amp;Last day in care:</source>
        <translation>&amp;Last day in care:</translation>
    </message>
</context>
<context>
    <name>PolicyDefinition</name>
    <message>
        <source>Monthly care fee, infant class</source>
        <translation>Monthly care fee, infant class</translation>
    </message>
    <message>
        <source>Monthly care fee, younger toddler class</source>
        <translation>Monthly care fee, younger toddler class</translation>
    </message>
    <message>
        <source>Monthly care fee, older toddler class</source>
        <translation>Monthly care fee, older toddler class</translation>
    </message>
    <message>
        <source>Monthly care fee, mixed-age class</source>
        <translation>Monthly care fee, mixed-age class</translation>
    </message>
    <message>
        <source>Monthly care fee, family care point</source>
        <translation>Monthly care fee, family care point</translation>
    </message>
    <message>
        <source>Half-day care fee, share of the full-day fee</source>
        <translation>Half-day care fee, share of the full-day fee</translation>
    </message>
    <message>
        <source>Hourly care, per started hour</source>
        <translation>Hourly care, per started hour</translation>
    </message>
    <message>
        <source>Home care, per hour</source>
        <translation>Home care, per hour</translation>
    </message>
    <message>
        <source>Inclusive care reduction per child per month</source>
        <translation>Inclusive care reduction per child per month</translation>
    </message>
    <message>
        <source>Meals, per day attended</source>
        <translation>Meals, per day attended</translation>
    </message>
    <message>
        <source>Care fee refunded for a whole month absent</source>
        <translation>Care fee refunded for a whole month absent</translation>
    </message>
    <message>
        <source>Care fee refunded when attending at most half the care days</source>
        <translation>Care fee refunded when attending at most half the care days</translation>
    </message>
    <message>
        <source>Longest prepayment</source>
        <translation>Longest prepayment</translation>
    </message>
    <message>
        <source>Operating subsidy per child per month, independent institution</source>
        <translation>Operating subsidy per child per month, independent institution</translation>
    </message>
    <message>
        <source>Operating subsidy per child per month, kindergarten class</source>
        <translation>Operating subsidy per child per month, kindergarten class</translation>
    </message>
    <message>
        <source>Attendance needed for the operating subsidy</source>
        <translation>Attendance needed for the operating subsidy</translation>
    </message>
    <message>
        <source>Subsidised months per child per year, at most</source>
        <translation>Subsidised months per child per year, at most</translation>
    </message>
    <message>
        <source>Age limit for the operating subsidy</source>
        <translation>Age limit for the operating subsidy</translation>
    </message>
    <message>
        <source>Birth subsidy, second child</source>
        <translation>Birth subsidy, second child</translation>
    </message>
    <message>
        <source>Birth subsidy, third or later child</source>
        <translation>Birth subsidy, third or later child</translation>
    </message>
    <message>
        <source>National childcare subsidy per child per year</source>
        <translation>National childcare subsidy per child per year</translation>
    </message>
    <message>
        <source>Youngest age accepted</source>
        <translation>Youngest age accepted</translation>
    </message>
    <message>
        <source>Children per caregiver, mixed-age class</source>
        <translation>Children per caregiver, mixed-age class</translation>
    </message>
    <message>
        <source>Warning before a health certificate expires</source>
        <translation>Warning before a health certificate expires</translation>
    </message>
    <message>
        <source>Target share of certified caregivers</source>
        <translation>Target share of certified caregivers</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Monthly report due, days after the month&apos;s end</source>
        <translation>Monthly report due, days after the month&apos;s end</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Add an insurance policy</source>
        <translation>Add an insurance policy</translation>
    </message>
    <message>
        <source>Change the policy of %1</source>
        <translation>Change the policy of %1</translation>
    </message>
    <message>
        <source>A child&apos;s accident insurance (意外伤害保险) as the policy states it; both days of the period are covered.</source>
        <translation>A child&apos;s accident insurance (意外伤害保险) as the policy states it; both days of the period are covered.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>&amp;Policy number:</translation>
    </message>
    <message>
        <source>Cover &amp;from:</source>
        <translation>Cover &amp;from:</translation>
    </message>
    <message>
        <source>Cover &amp;to:</source>
        <translation>Cover &amp;to:</translation>
    </message>
    <message>
        <source>P&amp;remium (yuan):</source>
        <translation>P&amp;remium (yuan):</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Paid &amp;by:</translation>
    </message>
</context>
<context>
    <name>PolicyParameters</name>
    <message>
        <source>The policy file is not valid JSON: %1 at character %2.</source>
        <translation>The policy file is not valid JSON: %1 at character %2.</translation>
    </message>
    <message>
        <source>The file is not a DaycareDesk policy file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>The file is not a DaycareDesk policy file (its &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The policy file has format version %1; this version of DaycareDesk reads version %2.</source>
        <translation>The policy file has format version %1; this version of DaycareDesk reads version %2.</translation>
    </message>
    <message>
        <source>The policy file has no list of &quot;parameters&quot;.</source>
        <translation>The policy file has no list of &quot;parameters&quot;.</translation>
    </message>
    <message>
        <source>Parameter %1 is not an object.</source>
        <translation>Parameter %1 is not an object.</translation>
    </message>
    <message>
        <source>Parameter %1: &quot;%2&quot; is not a known policy parameter.</source>
        <translation>Parameter %1: &quot;%2&quot; is not a known policy parameter.</translation>
    </message>
    <message>
        <source>Parameter %1 (%2)</source>
        <translation>Parameter %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the unit is &quot;%2&quot;, but this parameter is counted in %3.</source>
        <translation>%1: the unit is &quot;%2&quot;, but this parameter is counted in %3.</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a whole number.</source>
        <translation>%1: &quot;value&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>%1: &quot;valid_from&quot;: %2</source>
        <translation>%1: &quot;valid_from&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;valid_to&quot;: %2</source>
        <translation>%1: &quot;valid_to&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;basis&quot; must be text.</source>
        <translation>%1: &quot;basis&quot; must be text.</translation>
    </message>
    <message>
        <source>Parameter %1: %2</source>
        <translation>Parameter %1: %2</translation>
    </message>
    <message>
        <source>%1: its months overlap the value from %2 of the same parameter.</source>
        <translation>%1: its months overlap the value from %2 of the same parameter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known policy parameter.</source>
        <translation>&quot;%1&quot; is not a known policy parameter.</translation>
    </message>
    <message>
        <source>%1: the month it applies from is missing.</source>
        <translation>%1: the month it applies from is missing.</translation>
    </message>
    <message>
        <source>%1: the last month (%2) is before the first month (%3).</source>
        <translation>%1: the last month (%2) is before the first month (%3).</translation>
    </message>
    <message>
        <source>%1: the value cannot be negative.</source>
        <translation>%1: the value cannot be negative.</translation>
    </message>
    <message>
        <source>%1: a percentage cannot be more than 100 (given %2).</source>
        <translation>%1: a percentage cannot be more than 100 (given %2).</translation>
    </message>
    <message>
        <source>%1: a ratio needs at least one child per caregiver.</source>
        <translation>%1: a ratio needs at least one child per caregiver.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>1 : %1</source>
        <translation>1 : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyValueDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>The new value applies from the month you choose; the months before keep the value they had. A closed month is never changed.</source>
        <translation>The new value applies from the month you choose; the months before keep the value they had. A closed month is never changed.</translation>
    </message>
    <message>
        <source>&amp;Value (yuan):</source>
        <translation>&amp;Value (yuan):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Applies &amp;from:</translation>
    </message>
    <message>
        <source>e.g. 潞价字〔2026〕12号</source>
        <translation>e.g. 潞价字〔2026〕12号</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Applies from: %1</source>
        <translation>Applies from: %1</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>QualificationsEditor</name>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Add &amp;certificate</source>
        <translation>Add &amp;certificate</translation>
    </message>
    <message>
        <source>Remo&amp;ve certificate</source>
        <translation>Remo&amp;ve certificate</translation>
    </message>
</context>
<context>
    <name>ReceiptBook</name>
    <message>
        <source>Say why receipt %1 is voided; the reason stays with it.</source>
        <translation>Say why receipt %1 is voided; the reason stays with it.</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>There is no receipt %1.</translation>
    </message>
    <message>
        <source>Receipt %1 is already void.</source>
        <translation>Receipt %1 is already void.</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <source>Fee Receipt</source>
        <translation>Fee Receipt</translation>
    </message>
    <message>
        <source>Bill for %1, in total</source>
        <translation>Bill for %1, in total</translation>
    </message>
    <message>
        <source>Paid for %1 on this receipt</source>
        <translation>Paid for %1 on this receipt</translation>
    </message>
    <message>
        <source>Paid in advance for %1</source>
        <translation>Paid in advance for %1</translation>
    </message>
    <message>
        <source>Receipt No.:</source>
        <translation>Receipt No.:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>Payer:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>This receipt is void (作废). Reason: %1</source>
        <translation>This receipt is void (作废). Reason: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Worked out as</source>
        <translation>Worked out as</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>Total received</translation>
    </message>
    <message>
        <source>In words (人民币大写): %1</source>
        <translation>In words (人民币大写): %1</translation>
    </message>
    <message>
        <source>Payee: %1      Payer&apos;s signature: ________________      Institution&apos;s stamp:</source>
        <translation>Payee: %1      Payer&apos;s signature: ________________      Institution&apos;s stamp:</translation>
    </message>
    <message>
        <source>This receipt is valid with the institution&apos;s stamp.</source>
        <translation>This receipt is valid with the institution&apos;s stamp.</translation>
    </message>
    <message>
        <source>VOID 作废</source>
        <translation>VOID 作废</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Void: %1</source>
        <translation>Void: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Record a refund</source>
        <translation>Record a refund</translation>
    </message>
    <message>
        <source>Money paid back to the family: at most what was paid beyond a closed month&apos;s bill, or what was paid ahead for a month not closed yet.</source>
        <translation>Money paid back to the family: at most what was paid beyond a closed month&apos;s bill, or what was paid ahead for a month not closed yet.</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Paid &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>e.g. withdrew on 15 December</source>
        <translation>e.g. withdrew on 15 December</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Register an institution&apos;s key</source>
        <translation>Register an institution&apos;s key</translation>
    </message>
    <message>
        <source>%1 is registered already with another key. A further key lets whoever holds it sign this institution&apos;s reports: call its director on the number you know, have her read the fingerprint from Institution &amp; settings → Data safety and signing, and type it as she reads.</source>
        <translation>%1 is registered already with another key. A further key lets whoever holds it sign this institution&apos;s reports: call its director on the number you know, have her read the fingerprint from Institution &amp; settings → Data safety and signing, and type it as she reads.</translation>
    </message>
    <message>
        <source>Call the director of %1 on the number you know and have her read the fingerprint of her key (Institution &amp; settings → Data safety and signing). Register the key only when every group matches.</source>
        <translation>Call the director of %1 on the number you know and have her read the fingerprint of her key (Institution &amp; settings → Data safety and signing). Register the key only when every group matches.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>County:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>The fingerprint as the director reads it</source>
        <translation>The fingerprint as the director reads it</translation>
    </message>
    <message>
        <source>Fingerprint &amp;read back:</source>
        <translation>Fingerprint &amp;read back:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>Public keys (*.jwk)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an institution&apos;s public key: %2</source>
        <translation>%1 is not an institution&apos;s public key: %2</translation>
    </message>
    <message>
        <source>Registered %1 (%2).</source>
        <translation>Registered %1 (%2).</translation>
    </message>
    <message>
        <source>Registered a further key of %1 (%2).</source>
        <translation>Registered a further key of %1 (%2).</translation>
    </message>
    <message>
        <source>This key of %1 was registered already; nothing changed.</source>
        <translation>This key of %1 was registered already; nothing changed.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence, then another</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n held file(s) of this institution imported.</source>
        <translation>
            <numerusform>%n held file of this institution imported.</numerusform>
            <numerusform>%n held files of this institution imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>The file does not say what kind of file it is: its protected header has no &quot;typ&quot;.</source>
        <translation>The file does not say what kind of file it is: its protected header has no &quot;typ&quot;.</translation>
    </message>
    <message>
        <source>The file is of the type &quot;%1&quot;, which this version of DaycareDesk does not read.</source>
        <translation>The file is of the type &quot;%1&quot;, which this version of DaycareDesk does not read.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON object.</source>
        <translation>The signed content is not a JSON object.</translation>
    </message>
    <message>
        <source>The signed content names no &quot;format&quot;.</source>
        <translation>The signed content names no &quot;format&quot;.</translation>
    </message>
    <message>
        <source>The signed content is in the format &quot;%1&quot;, but the file says it is of the type &quot;%2&quot;.</source>
        <translation>The signed content is in the format &quot;%1&quot;, but the file says it is of the type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The signed content&apos;s &quot;version&quot; is missing or not a whole number.</source>
        <translation>The signed content&apos;s &quot;version&quot; is missing or not a whole number.</translation>
    </message>
    <message>
        <source>The file is version %1 of the format &quot;%2&quot;; this version of DaycareDesk reads version %3. A newer DaycareDesk may read it.</source>
        <translation>The file is version %1 of the format &quot;%2&quot;; this version of DaycareDesk reads version %3. A newer DaycareDesk may read it.</translation>
    </message>
    <message>
        <source>The signature is valid: the file was signed with the key %1.</source>
        <translation>The signature is valid: the file was signed with the key %1.</translation>
    </message>
    <message>
        <source>The file was signed with the key %1, which is not among the keys it was checked against.</source>
        <translation>The file was signed with the key %1, which is not among the keys it was checked against.</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed or signed with another key.</source>
        <translation>The signature does not match: the file was changed or signed with another key.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is %2; signed report files are at most %3.</source>
        <translation>The file %1 is %2; signed report files are at most %3.</translation>
    </message>
    <message>
        <source>Could not write the signed file %1: %2</source>
        <translation>Could not write the signed file %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Places used (托位使用率)</source>
        <translation>Places used (托位使用率)</translation>
    </message>
    <message>
        <source>Attendance (出勤率)</source>
        <translation>Attendance (出勤率)</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>Sick days</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率)</source>
        <translation>Certified caregivers (持证上岗率)</translation>
    </message>
    <message>
        <source>Fees billed</source>
        <translation>Fees billed</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>Fees collected</translation>
    </message>
    <message>
        <source>Fees outstanding</source>
        <translation>Fees outstanding</translation>
    </message>
    <message>
        <source>Operating subsidy: child-months</source>
        <translation>Operating subsidy: child-months</translation>
    </message>
    <message>
        <source>Operating subsidy: amount</source>
        <translation>Operating subsidy: amount</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>In care at the month&apos;s end</source>
        <translation>In care at the month&apos;s end</translation>
    </message>
    <message>
        <source>New enrolments</source>
        <translation>New enrolments</translation>
    </message>
    <message>
        <source>Left care in the month</source>
        <translation>Left care in the month</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Care days</source>
        <translation>Care days</translation>
    </message>
    <message>
        <source>Expected attendances</source>
        <translation>Expected attendances</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Children with sick days</source>
        <translation>Children with sick days</translation>
    </message>
    <message>
        <source>Personal leave days</source>
        <translation>Personal leave days</translation>
    </message>
    <message>
        <source>Other absence days</source>
        <translation>Other absence days</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff in post at the month&apos;s end</source>
        <translation>Staff in post at the month&apos;s end</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Caregivers</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>Certified caregivers</translation>
    </message>
    <message>
        <source>The city&apos;s target</source>
        <translation>The city&apos;s target</translation>
    </message>
    <message>
        <source>Valid health certificates</source>
        <translation>Valid health certificates</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>Fees (yuan)</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Inclusive reductions (普惠减免)</source>
        <translation>Inclusive reductions (普惠减免)</translation>
    </message>
    <message>
        <source>Absence refunds</source>
        <translation>Absence refunds</translation>
    </message>
    <message>
        <source>Collected in the month</source>
        <translation>Collected in the month</translation>
    </message>
    <message>
        <source>Refunds paid in the month</source>
        <translation>Refunds paid in the month</translation>
    </message>
    <message>
        <source>Operating subsidy claim (运营补贴)</source>
        <translation>Operating subsidy claim (运营补贴)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Children considered</source>
        <translation>Children considered</translation>
    </message>
    <message>
        <source>Child-months claimed</source>
        <translation>Child-months claimed</translation>
    </message>
    <message>
        <source>Amount claimed (yuan)</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>Birth subsidy (生育补贴)</source>
        <translation>Birth subsidy (生育补贴)</translation>
    </message>
    <message>
        <source>Children who may apply</source>
        <translation>Children who may apply</translation>
    </message>
    <message>
        <source>Families who applied</source>
        <translation>Families who applied</translation>
    </message>
    <message>
        <source>Amount applied for (yuan)</source>
        <translation>Amount applied for (yuan)</translation>
    </message>
    <message>
        <source>Institutions reported</source>
        <translation>Institutions reported</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cross-institution findings</source>
        <translation>Cross-institution findings</translation>
    </message>
</context>
<context>
    <name>ReportSummaryForm</name>
    <message>
        <source>Monthly Report Summary</source>
        <translation>Monthly Report Summary</translation>
    </message>
    <message>
        <source>Month: %1      Revision: %2</source>
        <translation>Month: %1      Revision: %2</translation>
    </message>
    <message>
        <source>Superseded by revision %1: the county counts the latest revision.</source>
        <translation>Superseded by revision %1: the county counts the latest revision.</translation>
    </message>
    <message>
        <source>Head of institution: ________________      Date: ____________      Institution&apos;s stamp:</source>
        <translation>Head of institution: ________________      Date: ____________      Institution&apos;s stamp:</translation>
    </message>
    <message>
        <source>The signed file</source>
        <translation>The signed file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 of the file</translation>
    </message>
    <message>
        <source>SHA-256 of revision %1&apos;s file</source>
        <translation>SHA-256 of revision %1&apos;s file</translation>
    </message>
    <message>
        <source>SHA-256 of the workbook</source>
        <translation>SHA-256 of the workbook</translation>
    </message>
    <message>
        <source>Signing key&apos;s fingerprint</source>
        <translation>Signing key&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>A file matches this paper when its SHA-256 (sha256sum, certutil -hashfile … SHA256) equals the one above.</source>
        <translation>A file matches this paper when its SHA-256 (sha256sum, certutil -hashfile … SHA256) equals the one above.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Superseded by revision %1</source>
        <translation>Superseded by revision %1</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Previous revision&apos;s SHA-256</source>
        <translation>Previous revision&apos;s SHA-256</translation>
    </message>
</context>
<context>
    <name>ReportVerdictDialog</name>
    <message>
        <source>Verify a report file</source>
        <translation>Verify a report file</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ReportVerification</name>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>The signer&apos;s public key</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>Public keys (*.jwk)</translation>
    </message>
    <message>
        <source>Verify a report file</source>
        <translation>Verify a report file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Signed reports (*.ddreport.json);;All files (*)</source>
        <translation>Signed reports (*.ddreport.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1

Check it against the public key file (.jwk) of the institution that sent it?</source>
        <translation>%1

Check it against the public key file (.jwk) of the institution that sent it?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Export the selected month&apos;s report…</source>
        <translation>&amp;Export the selected month&apos;s report…</translation>
    </message>
    <message>
        <source>Each closed month is reported to the county as a signed file, with a workbook of the same figures beside it. A month reopened and closed again, or changed after its export, is exported as the next revision, which names the one before.</source>
        <translation>Each closed month is reported to the county as a signed file, with a workbook of the same figures beside it. A month reopened and closed again, or changed after its export, is exported as the next revision, which names the one before.</translation>
    </message>
    <message>
        <source>&amp;Verify a report file…</source>
        <translation>&amp;Verify a report file…</translation>
    </message>
    <message>
        <source>Choose a month first.</source>
        <translation>Choose a month first.</translation>
    </message>
    <message>
        <source>%1 is open again: close it on the Fees page first.</source>
        <translation>%1 is open again: close it on the Fees page first.</translation>
    </message>
    <message>
        <source>Export the report of %1 into</source>
        <translation>Export the report of %1 into</translation>
    </message>
    <message>
        <source>Sign the report of %1</source>
        <translation>Sign the report of %1</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is signed with the institution&apos;s key. Type its passphrase.</source>
        <translation>Revision %1 of %2 is signed with the institution&apos;s key. Type its passphrase.</translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2: %3, and its workbook %4.</source>
        <translation>Wrote revision %1 of %2: %3, and its workbook %4.</translation>
    </message>
    <message>
        <source>%1 has not changed since revision %2; wrote that revision again: %3, and its workbook %4.</source>
        <translation>%1 has not changed since revision %2; wrote that revision again: %3, and its workbook %4.</translation>
    </message>
    <message>
        <source>The institution has no signing key yet. The director makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>The institution has no signing key yet. The director makes it under Institution &amp; settings → Data safety and signing.</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Save summary as P&amp;DF…</translation>
    </message>
    <message>
        <source>%1 has not been exported yet: its summary is printed from the signed file, so the paper matches what the county receives.</source>
        <translation>%1 has not been exported yet: its summary is printed from the signed file, so the paper matches what the county receives.</translation>
    </message>
    <message>
        <source>Monthly report %1 revision %2</source>
        <translation>Monthly report %1 revision %2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Tell it to her in person; she must choose her own at the next login.</source>
        <translation>A new password for &lt;b&gt;%1&lt;/b&gt;. Tell it to her in person; she must choose her own at the next login.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>The database %1 is not damaged. Log in as the director to restore a backup over it.</source>
        <translation>The database %1 is not damaged. Log in as the director to restore a backup over it.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored; the database was not changed. %2</source>
        <translation>The backup %1 was not restored; the database was not changed. %2</translation>
    </message>
    <message>
        <source>The database %1 is still open, in DaycareDesk or another program. Close it there first.</source>
        <translation>The database %1 is still open, in DaycareDesk or another program. Close it there first.</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>Could not move %1 aside.</translation>
    </message>
</context>
<context>
    <name>RevisionSummary</name>
    <message>
        <source>Revision %1 of %2 was never exported.</source>
        <translation>Revision %1 of %2 was never exported.</translation>
    </message>
    <message>
        <source>The stored copy of %1 no longer matches the SHA-256 recorded when it was exported.</source>
        <translation>The stored copy of %1 no longer matches the SHA-256 recorded when it was exported.</translation>
    </message>
    <message>
        <source>The stored copy of %1 does not verify: %2</source>
        <translation>The stored copy of %1 does not verify: %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Finance clerk</source>
        <translation>Finance clerk</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Home-visit team member</source>
        <translation>Home-visit team member</translation>
    </message>
    <message>
        <source>Center officer</source>
        <translation>Center officer</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>The ID number is missing; children are matched by it.</source>
        <translation>The ID number is missing; children are matched by it.</translation>
    </message>
    <message>
        <source>The class is missing; the classes are: %1.</source>
        <translation>The class is missing; the classes are: %1.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;; the classes are: %2.</source>
        <translation>There is no class called &quot;%1&quot;; the classes are: %2.</translation>
    </message>
    <message>
        <source>Unknown care type &quot;%1&quot;; write 全日托, 半日托, 计时托 or 上门托 (full_day, half_day, hourly, home).</source>
        <translation>Unknown care type &quot;%1&quot;; write 全日托, 半日托, 计时托 or 上门托 (full_day, half_day, hourly, home).</translation>
    </message>
    <message>
        <source>The phone number has no guardian beside it: add the column 监护人 (guardian) with the name of the person it belongs to.</source>
        <translation>The phone number has no guardian beside it: add the column 监护人 (guardian) with the name of the person it belongs to.</translation>
    </message>
    <message>
        <source>%1 is on the waiting list; record the guardian&apos;s consent to enrol her.</source>
        <translation>%1 is on the waiting list; record the guardian&apos;s consent to enrol her.</translation>
    </message>
    <message>
        <source>%1 stays enrolled from %2; change an enrolment date on the Children page.</source>
        <translation>%1 stays enrolled from %2; change an enrolment date on the Children page.</translation>
    </message>
    <message>
        <source>%1 left care on %2; her class and care type can no longer change.</source>
        <translation>%1 left care on %2; her class and care type can no longer change.</translation>
    </message>
    <message>
        <source>The birth order (孩次) must be a whole number.</source>
        <translation>The birth order (孩次) must be a whole number.</translation>
    </message>
    <message>
        <source>The enrolment date is missing.</source>
        <translation>The enrolment date is missing.</translation>
    </message>
    <message>
        <source>The ID number is also on row %1; each child may appear once.</source>
        <translation>The ID number is also on row %1; each child may appear once.</translation>
    </message>
    <message>
        <source>Consent missing for %1: the director records who consented and when.</source>
        <translation>Consent missing for %1: the director records who consented and when.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import children from a spreadsheet</source>
        <translation>Import children from a spreadsheet</translation>
    </message>
    <message>
        <source>Save the sheet from Excel or WPS as CSV. The first row names the columns, in Chinese or English and in any order: 姓名, 性别, 出生日期, 身份证号, 孩次, 班级, 托育类型, 入托日期, and if you have them 离托日期, 监护人, 联系电话, 户籍, 监护人同意日期, 备注. A child whose ID number is already recorded is updated.</source>
        <translation>Save the sheet from Excel or WPS as CSV. The first row names the columns, in Chinese or English and in any order: 姓名, 性别, 出生日期, 身份证号, 孩次, 班级, 托育类型, 入托日期, and if you have them 离托日期, 监护人, 联系电话, 户籍, 监护人同意日期, 备注. A child whose ID number is already recorded is updated.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (%2): </source>
        <translation>%1 (%2): </translation>
    </message>
    <message>
        <source>children to add: %1, to update: %2</source>
        <translation>children to add: %1, to update: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Import to write them.</source>
        <translation>Press Import to write them.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file first; nothing is imported until then.</source>
        <translation>
            <numerusform>%n problem must be corrected in the file first; nothing is imported until then.</numerusform>
            <numerusform>%n problems must be corrected in the file first; nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <source>Children added: %1, updated: %2.</source>
        <translation>Children added: %1, updated: %2.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>RosterTypes</name>
    <message>
        <source>Infant class (6-12 months)</source>
        <translation>Infant class (6-12 months)</translation>
    </message>
    <message>
        <source>Young toddler class (12-24 months)</source>
        <translation>Young toddler class (12-24 months)</translation>
    </message>
    <message>
        <source>Older toddler class (24-36 months)</source>
        <translation>Older toddler class (24-36 months)</translation>
    </message>
    <message>
        <source>Mixed-age class (18 months and older)</source>
        <translation>Mixed-age class (18 months and older)</translation>
    </message>
    <message>
        <source>Family childcare point</source>
        <translation>Family childcare point</translation>
    </message>
    <message>
        <source>Full-day care</source>
        <translation>Full-day care</translation>
    </message>
    <message>
        <source>Half-day care</source>
        <translation>Half-day care</translation>
    </message>
    <message>
        <source>Hourly care</source>
        <translation>Hourly care</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Other staff</translation>
    </message>
</context>
<context>
    <name>RouteSheetForm</name>
    <message>
        <source>Route sheet %1</source>
        <translation>Route sheet %1</translation>
    </message>
    <message>
        <source>Home visit route sheet</source>
        <translation>Home visit route sheet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · households due for a visit on %2 · %n household(s)</source>
        <translation>
            <numerusform>%1 · households due for a visit on %2 · %n household</numerusform>
            <numerusform>%1 · households due for a visit on %2 · %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is due for a visit.</source>
        <translation>No household is due for a visit.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Signature on visit</source>
        <translation>Signature on visit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n household(s))</source>
        <translation>
            <numerusform>%1 (%n household)</numerusform>
            <numerusform>%1 (%n households)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors: ________________      Date: ____________</source>
        <translation>Visitors: ________________      Date: ____________</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Could not write %1 to the disk: %2</source>
        <translation>Could not write %1 to the disk: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not name the file %1: %2</source>
        <translation>Could not name the file %1: %2</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Could not replace %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>The demo institution is ready. Its director logs in as %1 with the password %2.</source>
        <translation>The demo institution is ready. Its director logs in as %1 with the password %2.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up your institution</source>
        <translation>Set up your institution</translation>
    </message>
    <message>
        <source>e.g. 潞州区阳光托育园</source>
        <translation>e.g. 潞州区阳光托育园</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Choose one of Changzhi&apos;s counties or type another.</source>
        <translation>Choose one of Changzhi&apos;s counties or type another.</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Places and inclusive status</source>
        <translation>Places and inclusive status</translation>
    </message>
    <message>
        <source>Recognised as &amp;inclusive (普惠) by the county</source>
        <translation>Recognised as &amp;inclusive (普惠) by the county</translation>
    </message>
    <message>
        <source>Total &amp;places:</source>
        <translation>Total &amp;places:</translation>
    </message>
    <message>
        <source>&amp;Recognised on:</source>
        <translation>&amp;Recognised on:</translation>
    </message>
    <message>
        <source>&amp;Approved inclusive places:</source>
        <translation>&amp;Approved inclusive places:</translation>
    </message>
    <message>
        <source>Check and finish</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <source>You can change these details later on the Institution page.</source>
        <translation>You can change these details later on the Institution page.</translation>
    </message>
    <message>
        <source>Edit the institution&apos;s details</source>
        <translation>Edit the institution&apos;s details</translation>
    </message>
    <message>
        <source>The check character is right.</source>
        <translation>The check character is right.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>Credit code: %1</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>County: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Operating model: %1</source>
        <translation>Operating model: %1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Places: %1</translation>
    </message>
    <message>
        <source>Inclusive (普惠) since %1 with %2 approved inclusive places</source>
        <translation>Inclusive (普惠) since %1 with %2 approved inclusive places</translation>
    </message>
    <message>
        <source>Not an inclusive (普惠) institution</source>
        <translation>Not an inclusive (普惠) institution</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation>The director&apos;s account</translation>
    </message>
    <message>
        <source>The director may do everything, including adding accounts for the finance clerk and the caregivers. Keep the password safe: it protects the children&apos;s personal data.</source>
        <translation>The director may do everything, including adding accounts for the finance clerk and the caregivers. Keep the password safe: it protects the children&apos;s personal data.</translation>
    </message>
    <message>
        <source>About your institution</source>
        <translation>About your institution</translation>
    </message>
    <message>
        <source>As registered with the county health bureau (卫健局). Reports and subsidy claims carry these details.</source>
        <translation>As registered with the county health bureau (卫健局). Reports and subsidy claims carry these details.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Operating mo&amp;del:</source>
        <translation>Operating mo&amp;del:</translation>
    </message>
    <message>
        <source>An inclusive (普惠) institution charges %1 yuan less per child each month and may claim the operating subsidy for its approved inclusive places.</source>
        <translation>An inclusive (普惠) institution charges %1 yuan less per child each month and may claim the operating subsidy for its approved inclusive places.</translation>
    </message>
    <message>
        <source>The report signing key</source>
        <translation>The report signing key</translation>
    </message>
    <message>
        <source>Report signing key</source>
        <translation>Report signing key</translation>
    </message>
    <message>
        <source>%1
Make the key later under Institution &amp; settings → Data safety and signing.</source>
        <translation>%1
Make the key later under Institution &amp; settings → Data safety and signing.</translation>
    </message>
    <message>
        <source>The month&apos;s roll-up a center sends on is signed with the center&apos;s key, so the city knows it comes from you unchanged.</source>
        <translation>The month&apos;s roll-up a center sends on is signed with the center&apos;s key, so the city knows it comes from you unchanged.</translation>
    </message>
    <message>
        <source>Each month&apos;s report to the county is signed with the institution&apos;s key, so the county knows it comes from you unchanged.</source>
        <translation>Each month&apos;s report to the county is signed with the institution&apos;s key, so the county knows it comes from you unchanged.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters that you and whoever exports the reports will remember; it is asked at every export.</source>
        <translation>Choose a passphrase of at least %1 characters that you and whoever exports the reports will remember; it is asked at every export.</translation>
    </message>
    <message>
        <source>The center&apos;s head may do everything, including adding accounts for the officers who import the reports. Keep the password safe: the reports carry children&apos;s ID numbers.</source>
        <translation>The center&apos;s head may do everything, including adding accounts for the officers who import the reports. Keep the password safe: the reports carry children&apos;s ID numbers.</translation>
    </message>
    <message>
        <source>e.g. 黄碾镇</source>
        <translation>e.g. 黄碾镇</translation>
    </message>
    <message>
        <source>To&amp;wnship:</source>
        <translation>To&amp;wnship:</translation>
    </message>
    <message>
        <source>The team leader&apos;s account</source>
        <translation>The team leader&apos;s account</translation>
    </message>
    <message>
        <source>The team leader may do everything, including adding accounts for the team&apos;s members (队员), who record the home visits. Keep the password safe: the records hold the families&apos; personal data.</source>
        <translation>The team leader may do everything, including adding accounts for the team&apos;s members (队员), who record the home visits. Keep the password safe: the records hold the families&apos; personal data.</translation>
    </message>
    <message>
        <source>Each month of home visits sent to the county is signed with the team&apos;s key, so the county knows it comes from you unchanged.</source>
        <translation>Each month of home visits sent to the county is signed with the team&apos;s key, so the county knows it comes from you unchanged.</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
</context>
<context>
    <name>SignedExport</name>
    <message>
        <source>Cannot read %1 back: %2</source>
        <translation>Cannot read %1 back: %2</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Cannot make the folder %1.</translation>
    </message>
</context>
<context>
    <name>SignedExportFlow</name>
    <message>
        <source>Wrote revision %1 of %2: %3, and its workbook %4.</source>
        <translation>Wrote revision %1 of %2: %3, and its workbook %4.</translation>
    </message>
    <message>
        <source>Nothing in %1 has changed since revision %2; wrote that revision again: %3, and its workbook %4.</source>
        <translation>Nothing in %1 has changed since revision %2; wrote that revision again: %3, and its workbook %4.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>There is not enough memory to hold the key.</source>
        <translation>There is not enough memory to hold the key.</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>The stored key is damaged.</translation>
    </message>
    <message>
        <source>The key could not be unlocked: deriving it from the passphrase failed (out of memory?).</source>
        <translation>The key could not be unlocked: deriving it from the passphrase failed (out of memory?).</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>The stored key is damaged: its secret does not belong to its public key.</source>
        <translation>The stored key is damaged: its secret does not belong to its public key.</translation>
    </message>
    <message>
        <source>The key could not be sealed: deriving it from the passphrase failed (out of memory?).</source>
        <translation>The key could not be sealed: deriving it from the passphrase failed (out of memory?).</translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <source>Report signing key</source>
        <translation>Report signing key</translation>
    </message>
    <message>
        <source>&amp;Make the signing key…</source>
        <translation>&amp;Make the signing key…</translation>
    </message>
    <message>
        <source>E&amp;xport the public key…</source>
        <translation>E&amp;xport the public key…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <source>R&amp;otate the key…</source>
        <translation>R&amp;otate the key…</translation>
    </message>
    <message>
        <source>No signing key yet</source>
        <translation>No signing key yet</translation>
    </message>
    <message>
        <source>Reports are signed with the institution&apos;s key. Make it once, with a passphrase only you and whoever exports the reports know.</source>
        <translation>Reports are signed with the institution&apos;s key. Make it once, with a passphrase only you and whoever exports the reports know.</translation>
    </message>
    <message>
        <source>The director makes the signing key before the first report is exported.</source>
        <translation>The director makes the signing key before the first report is exported.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Made %1 by %2. The county registers this key; read it the fingerprint to confirm.</source>
        <translation>Made %1 by %2. The county registers this key; read it the fingerprint to confirm.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier key(s) are kept for checking older reports.</source>
        <translation>
            <numerusform>%n earlier key is kept for checking older reports.</numerusform>
            <numerusform>%n earlier keys are kept for checking older reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the signing key</source>
        <translation>Make the signing key</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. It is asked for every time a report is exported; if it is forgotten, a new key must be made and registered with the county again.</source>
        <translation>Choose a passphrase of at least %1 characters. It is asked for every time a report is exported; if it is forgotten, a new key must be made and registered with the county again.</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Export the public key</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <translation>The institution is not set up yet.</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>Public keys (*.jwk)</translation>
    </message>
    <message>
        <source>Written %1. Give it to the county and read them the fingerprint: %2</source>
        <translation>Written %1. Give it to the county and read them the fingerprint: %2</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The key stays the same, and so does its fingerprint.</source>
        <translation>The key stays the same, and so does its fingerprint.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Rotate the signing key</translation>
    </message>
    <message>
        <source>A new key replaces the current one, sealed with the same passphrase. The county must register the new public key before it accepts reports signed with it; the old key is kept so earlier reports can still be checked.</source>
        <translation>A new key replaces the current one, sealed with the same passphrase. The county must register the new public key before it accepts reports signed with it; the old key is kept so earlier reports can still be checked.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a change: %1</source>
        <translation>The database refused a change: %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Full time</source>
        <translation>&amp;Full time</translation>
    </message>
    <message>
        <source>Has left; last day:</source>
        <translation>Has left; last day:</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>18 characters (公民身份号码)</source>
        <translation>18 characters (公民身份号码)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>&amp;Hired on:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <source>Cl&amp;asses:</source>
        <translation>Cl&amp;asses:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>Unknown certificate &quot;%1&quot;; the kinds are: %2.</source>
        <translation>Unknown certificate &quot;%1&quot;; the kinds are: %2.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; write 负责人, 保育人员, 保健人员, 炊事人员, 保安 or 其他 (head, caregiver, health, cook, security, other).</source>
        <translation>Unknown role &quot;%1&quot;; write 负责人, 保育人员, 保健人员, 炊事人员, 保安 or 其他 (head, caregiver, health, cook, security, other).</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The ID number is missing; staff are matched by it.</source>
        <translation>The ID number is missing; staff are matched by it.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffOverview</name>
    <message numerus="yes">
        <source>%1: %2 expired on %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>%1: %2 expired on %3 (%n day ago).</numerusform>
            <numerusform>%1: %2 expired on %3 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 expires today (%3).</source>
        <translation>%1: %2 expires today (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expires on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1: %2 expires on %3 (in %n day).</numerusform>
            <numerusform>%1: %2 expires on %3 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>No certificate of anyone in post has expired or is due soon.</source>
        <translation>No certificate of anyone in post has expired or is due soon.</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1</source>
        <translation>Certified caregivers (持证上岗率): %1</translation>
    </message>
    <message>
        <source>No caregivers in post.</source>
        <translation>No caregivers in post.</translation>
    </message>
    <message>
        <source>Below the city&apos;s target of %1%.</source>
        <translation>Below the city&apos;s target of %1%.</translation>
    </message>
    <message>
        <source>Meets the city&apos;s target of %1%.</source>
        <translation>Meets the city&apos;s target of %1%.</translation>
    </message>
    <message numerus="yes">
        <source>Certificates of staff in post expired or due within %n day(s)</source>
        <translation>
            <numerusform>Certificates of staff in post expired or due within %n day</numerusform>
            <numerusform>Certificates of staff in post expired or due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Add staff member %1</source>
        <translation>Add staff member %1</translation>
    </message>
    <message>
        <source>Edit staff member %1</source>
        <translation>Edit staff member %1</translation>
    </message>
    <message>
        <source>&amp;Print qualification list…</source>
        <translation>&amp;Print qualification list…</translation>
    </message>
    <message>
        <source>Save qualification list as P&amp;DF…</source>
        <translation>Save qualification list as P&amp;DF…</translation>
    </message>
    <message>
        <source>No staff recorded yet.</source>
        <translation>No staff recorded yet.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Staff qualifications %1</source>
        <translation>Staff qualifications %1</translation>
    </message>
</context>
<context>
    <name>StaffQualificationForm</name>
    <message>
        <source>Staff Qualification List</source>
        <translation>Staff Qualification List</translation>
    </message>
    <message numerus="yes">
        <source>Staff in post on %1. Marked: certificates expired or expiring within %n day(s).</source>
        <translation>
            <numerusform>Staff in post on %1. Marked: certificates expired or expiring within %n day.</numerusform>
            <numerusform>Staff in post on %1. Marked: certificates expired or expiring within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Health certificate valid until</source>
        <translation>Health certificate valid until</translation>
    </message>
    <message>
        <source>Counts as certified</source>
        <translation>Counts as certified</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1
expired</source>
        <translation>%1
expired</translation>
    </message>
    <message numerus="yes">
        <source>%1
due in %n day(s)</source>
        <translation>
            <numerusform>%1
due in %n day</numerusform>
            <numerusform>%1
due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1</source>
        <translation>Certified caregivers (持证上岗率): %1</translation>
    </message>
    <message>
        <source>No caregivers in post.</source>
        <translation>No caregivers in post.</translation>
    </message>
    <message>
        <source>Meets the city&apos;s target of %1%.</source>
        <translation>Meets the city&apos;s target of %1%.</translation>
    </message>
    <message>
        <source>Below the city&apos;s target of %1%.</source>
        <translation>Below the city&apos;s target of %1%.</translation>
    </message>
    <message>
        <source>A caregiver in post counts as certified with a valid certificate of one of these kinds: %1.</source>
        <translation>A caregiver in post counts as certified with a valid certificate of one of these kinds: %1.</translation>
    </message>
    <message>
        <source>Head of institution: ________________      Date: ____________</source>
        <translation>Head of institution: ________________      Date: ____________</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Choose the gender (男 or 女).</source>
        <translation>Choose the gender (男 or 女).</translation>
    </message>
    <message>
        <source>The date of hiring is missing.</source>
        <translation>The date of hiring is missing.</translation>
    </message>
    <message>
        <source>The leaving date %1 is before the hiring date %2.</source>
        <translation>The leaving date %1 is before the hiring date %2.</translation>
    </message>
    <message>
        <source>%1 is not a known kind of certificate.</source>
        <translation>%1 is not a known kind of certificate.</translation>
    </message>
    <message>
        <source>A certificate cannot expire (%1) before it was issued (%2).</source>
        <translation>A certificate cannot expire (%1) before it was issued (%2).</translation>
    </message>
    <message>
        <source>The ID number %1 is already recorded for another staff member.</source>
        <translation>The ID number %1 is already recorded for another staff member.</translation>
    </message>
    <message>
        <source>There is no staff member with number %1.</source>
        <translation>There is no staff member with number %1.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, expired %2</source>
        <translation>%1, expired %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Left on %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Starts on %1</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SubsidiesPage</name>
    <message>
        <source>Operating subsidy</source>
        <translation>Operating subsidy</translation>
    </message>
    <message>
        <source>Families&apos; subsidies</source>
        <translation>Families&apos; subsidies</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Accident insurance</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Sick absence</source>
        <translation>Sick absence</translation>
    </message>
    <message>
        <source>Symptom or illness of %1 (pick one or type it):</source>
        <translation>Symptom or illness of %1 (pick one or type it):</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: use 2 to 32 letters, digits, Chinese characters, dots, hyphens or underscores, without spaces.</source>
        <translation>The user name &quot;%1&quot; is not allowed: use 2 to 32 letters, digits, Chinese characters, dots, hyphens or underscores, without spaces.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>This database already has users; a director adds new ones.</source>
        <translation>This database already has users; a director adds new ones.</translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot;.</source>
        <translation>There is already a user called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>The password could not be protected (not enough memory).</translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>There is no user called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for &quot;%1&quot;. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for &quot;%1&quot;. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>The next try is possible in %n second.</numerusform>
            <numerusform>The next try is possible in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the director.</source>
        <translation>The account &quot;%1&quot; is disabled. Ask the director.</translation>
    </message>
    <message>
        <source>Please log in first to change your password.</source>
        <translation>Please log in first to change your password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active director and cannot be disabled.</source>
        <translation>&quot;%1&quot; is the last active director and cannot be disabled.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Everyone who works with DaycareDesk logs in with an account of her own. Accounts are never deleted, so the audit trail keeps a name; disable the account of someone who left.</source>
        <translation>Everyone who works with DaycareDesk logs in with an account of her own. Accounts are never deleted, so the audit trail keeps a name; disable the account of someone who left.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account %1? She can no longer log in; what she recorded keeps her name.</source>
        <translation>Disable the account %1? She can no longer log in; what she recorded keeps her name.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>VisitChecklistBox</name>
    <message>
        <source>Development checklist: seen the child do</source>
        <translation>Development checklist: seen the child do</translation>
    </message>
    <message>
        <source>No checklist at this age.</source>
        <translation>No checklist at this age.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Home visit: %1, %2</source>
        <translation>Home visit: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2. What you type is kept as you go; a visit not saved is offered back at the next start.</source>
        <translation>%1, %2. What you type is kept as you go; a visit not saved is offered back at the next start.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>Visited &amp;on:</source>
        <translation>Visited &amp;on:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>Visitors:</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>Topics talked about</translation>
    </message>
    <message>
        <source>What the family was advised to do</source>
        <translation>What the family was advised to do</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <source>Why a doctor should see the child</source>
        <translation>Why a doctor should see the child</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Referral:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <source>&amp;Next visit:</source>
        <translation>&amp;Next visit:</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) on the day of the visit (born %1)</source>
        <translation>
            <numerusform>%n month on the day of the visit (born %1)</numerusform>
            <numerusform>%n months on the day of the visit (born %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A measurement is not a figure: correct it or leave it empty.</source>
        <translation>A measurement is not a figure: correct it or leave it empty.</translation>
    </message>
    <message>
        <source>The visit was not saved: correct what is marked.</source>
        <translation>The visit was not saved: correct what is marked.</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>Visit not saved</translation>
    </message>
    <message>
        <source>Throw this visit form away? Choose No to keep it as a draft and continue it later.</source>
        <translation>Throw this visit form away? Choose No to keep it as a draft and continue it later.</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>Re&amp;move visit…</source>
        <translation>Re&amp;move visit…</translation>
    </message>
    <message>
        <source>Choose a household to see its visits.</source>
        <translation>Choose a household to see its visits.</translation>
    </message>
    <message>
        <source>Visits of the household chosen (%1)</source>
        <translation>Visits of the household chosen (%1)</translation>
    </message>
    <message>
        <source>Remove the visit to %1 on %2? Do this only for a visit recorded by mistake; the audit trail keeps what it said.</source>
        <translation>Remove the visit to %1 on %2? Do this only for a visit recorded by mistake; the audit trail keeps what it said.</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Remove visit</translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>No child of the team&apos;s households has this ID number.</source>
        <translation>No child of the team&apos;s households has this ID number.</translation>
    </message>
    <message>
        <source>Name the child by ID number, or by village, name and birth date.</source>
        <translation>Name the child by ID number, or by village, name and birth date.</translation>
    </message>
    <message>
        <source>No child called %1 born on %2 is recorded in %3.</source>
        <translation>No child called %1 born on %2 is recorded in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n children called %1 born on %2 are recorded in %3; give the ID number to say which.</source>
        <translation>
            <numerusform>%n child called %1 born on %2 is recorded in %3; give the ID number to say which.</numerusform>
            <numerusform>%n children called %1 born on %2 are recorded in %3; give the ID number to say which.</numerusform>
        </translation>
    </message>
    <message>
        <source>This child&apos;s visit of this day is already recorded; the row is left out.</source>
        <translation>This child&apos;s visit of this day is already recorded; the row is left out.</translation>
    </message>
    <message>
        <source>Row %1 is a visit of the same child on the same day.</source>
        <translation>Row %1 is a visit of the same child on the same day.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>VisitInput</name>
    <message>
        <source>Write the weight in kilograms with up to three decimals, such as 7.35, not &quot;%1&quot;.</source>
        <translation>Write the weight in kilograms with up to three decimals, such as 7.35, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write centimetres with up to one decimal, such as 68.5, not &quot;%1&quot;.</source>
        <translation>Write centimetres with up to one decimal, such as 68.5, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown topic in &quot;%1&quot;; the topics are: %2.</source>
        <translation>Unknown topic in &quot;%1&quot;; the topics are: %2.</translation>
    </message>
    <message>
        <source>Unknown referral &quot;%1&quot;; write township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</source>
        <translation>Unknown referral &quot;%1&quot;; write township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</translation>
    </message>
</context>
<context>
    <name>VisitMeasurementsBox</name>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>&amp;Length or height</source>
        <translation>&amp;Length or height</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>&amp;Head circumference</source>
        <translation>&amp;Head circumference</translation>
    </message>
    <message>
        <source>Last time: %1 %2 on %3</source>
        <translation>Last time: %1 %2 on %3</translation>
    </message>
    <message>
        <source>Not measured before</source>
        <translation>Not measured before</translation>
    </message>
    <message>
        <source>Type the weight in kilograms, like 7.35.</source>
        <translation>Type the weight in kilograms, like 7.35.</translation>
    </message>
    <message>
        <source>Type the length in centimetres, like 68.5.</source>
        <translation>Type the length in centimetres, like 68.5.</translation>
    </message>
    <message>
        <source>Type the head circumference in centimetres, like 43.2.</source>
        <translation>Type the head circumference in centimetres, like 43.2.</translation>
    </message>
</context>
<context>
    <name>VisitRecording</name>
    <message>
        <source>Record visit</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>Visit not saved</translation>
    </message>
    <message>
        <source>A visit to %1 on %2 was not saved. Continue it?

No throws the form away.</source>
        <translation>A visit to %1 on %2 was not saved. Continue it?

No throws the form away.</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>There is no visit %1.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Length / height</source>
        <translation>Length / height</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
</context>
<context>
    <name>VisitTerms</name>
    <message>
        <source>Feeding</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>Development and play</source>
        <translation>Development and play</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Health and vaccination</source>
        <translation>Health and vaccination</translation>
    </message>
    <message>
        <source>Parenting stress</source>
        <translation>Parenting stress</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Township hospital (乡镇卫生院)</source>
        <translation>Township hospital (乡镇卫生院)</translation>
    </message>
    <message>
        <source>Maternal and child health centre (妇幼保健院)</source>
        <translation>Maternal and child health centre (妇幼保健院)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>%1 is outside what a child under three measures (%2); check the figure.</source>
        <translation>%1 is outside what a child under three measures (%2); check the figure.</translation>
    </message>
    <message>
        <source>The day of the visit is required.</source>
        <translation>The day of the visit is required.</translation>
    </message>
    <message>
        <source>The visit day %1 is in the future.</source>
        <translation>The visit day %1 is in the future.</translation>
    </message>
    <message>
        <source>The visit day %1 is before %2 was born (%3).</source>
        <translation>The visit day %1 is before %2 was born (%3).</translation>
    </message>
    <message>
        <source>Name at least one team member who made the visit.</source>
        <translation>Name at least one team member who made the visit.</translation>
    </message>
    <message>
        <source>%1 is not a member of the team (an active account that records visits).</source>
        <translation>%1 is not a member of the team (an active account that records visits).</translation>
    </message>
    <message>
        <source>Choose at least one topic the visit covered.</source>
        <translation>Choose at least one topic the visit covered.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>1–25 kg</source>
        <translation>1–25 kg</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>40–120 cm</source>
        <translation>40–120 cm</translation>
    </message>
    <message>
        <source>30–56 cm</source>
        <translation>30–56 cm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the development checklist.</source>
        <translation>&quot;%1&quot; is not an item of the development checklist.</translation>
    </message>
    <message>
        <source>Say why the child is referred to the %1.</source>
        <translation>Say why the child is referred to the %1.</translation>
    </message>
    <message>
        <source>A referral reason was given but no place the child is referred to.</source>
        <translation>A referral reason was given but no place the child is referred to.</translation>
    </message>
    <message>
        <source>The next visit (%1) must come after this one (%2).</source>
        <translation>The next visit (%1) must come after this one (%2).</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Cannot create the workbook %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Cannot write the workbook %1: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fill a new database with a demo institution.</source>
        <translation>Fill a new database with a demo institution.</translation>
    </message>
    <message>
        <source>How many children (default 60).</source>
        <translation>How many children (default 60).</translation>
    </message>
    <message>
        <source>Months of attendance up to today (default 3).</source>
        <translation>Months of attendance up to today (default 3).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same data (default 1).</source>
        <translation>Seed: the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>Demo institution created in %1: %2 classes, %3 children, %4 staff, %5 attendance records.</source>
        <translation>Demo institution created in %1: %2 classes, %3 children, %4 staff, %5 attendance records.</translation>
    </message>
    <message>
        <source>Record the institution in a new database.</source>
        <translation>Record the institution in a new database.</translation>
    </message>
    <message>
        <source>The institution&apos;s registered name.</source>
        <translation>The institution&apos;s registered name.</translation>
    </message>
    <message>
        <source>County or district, e.g. 潞州区.</source>
        <translation>County or district, e.g. 潞州区.</translation>
    </message>
    <message>
        <source>Institution type: %1.</source>
        <translation>Institution type: %1.</translation>
    </message>
    <message>
        <source>Operating model: %1.</source>
        <translation>Operating model: %1.</translation>
    </message>
    <message>
        <source>Total places (托位数).</source>
        <translation>Total places (托位数).</translation>
    </message>
    <message>
        <source>Date of the inclusive (普惠) recognition; marks the institution inclusive.</source>
        <translation>Date of the inclusive (普惠) recognition; marks the institution inclusive.</translation>
    </message>
    <message>
        <source>Approved inclusive places.</source>
        <translation>Approved inclusive places.</translation>
    </message>
    <message>
        <source>Unknown institution type &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown institution type &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown operating model &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown operating model &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>This database already holds the institution &quot;%1&quot;; nothing was changed.</source>
        <translation>This database already holds the institution &quot;%1&quot;; nothing was changed.</translation>
    </message>
    <message>
        <source>Set up &quot;%1&quot; in %2.</source>
        <translation>Set up &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Show the institution and the database.</source>
        <translation>Show the institution and the database.</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>Database: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>Credit code: %1</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>County: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Operating model: %1</source>
        <translation>Operating model: %1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Places: %1</translation>
    </message>
    <message>
        <source>Inclusive (普惠) since %1, %2 approved inclusive places</source>
        <translation>Inclusive (普惠) since %1, %2 approved inclusive places</translation>
    </message>
    <message>
        <source>Not an inclusive (普惠) institution</source>
        <translation>Not an inclusive (普惠) institution</translation>
    </message>
    <message>
        <source>The institution has not been set up yet (run init or demo).</source>
        <translation>The institution has not been set up yet (run init or demo).</translation>
    </message>
    <message>
        <source>Classes: %1, children enrolled: %2, staff: %3</source>
        <translation>Classes: %1, children enrolled: %2, staff: %3</translation>
    </message>
    <message>
        <source>Usage: daycaredesk-cli [--db FILE] COMMAND [options]</source>
        <translation>Usage: daycaredesk-cli [--db FILE] COMMAND [options]</translation>
    </message>
    <message>
        <source>Without --db the GUI&apos;s database is used: %1</source>
        <translation>Without --db the GUI&apos;s database is used: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run daycaredesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Run daycaredesk-cli COMMAND --help for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage error, 3 input rejected (nothing changed), 4 signature or integrity check failed.</source>
        <translation>Exit codes: 0 done, 1 failed, 2 usage error, 3 input rejected (nothing changed), 4 signature or integrity check failed.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Unknown option %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Unknown command &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and report the first break.</source>
        <translation>Recompute the audit trail&apos;s hash chain and report the first break.</translation>
    </message>
    <message>
        <source>Export the audit trail to a CSV file.</source>
        <translation>Export the audit trail to a CSV file.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>First day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Last day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only changes made by this user.</source>
        <translation>Only changes made by this user.</translation>
    </message>
    <message>
        <source>Only this kind of record (e.g. children).</source>
        <translation>Only this kind of record (e.g. children).</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export needs --out FILE.</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Written %1.</translation>
    </message>
    <message>
        <source>The demo&apos;s director logs in as %1 with the password %2.</source>
        <translation>The demo&apos;s director logs in as %1 with the password %2.</translation>
    </message>
    <message>
        <source>File whose first line is the password of the director account admin (without it the password is admin and must be changed at the first login).</source>
        <translation>File whose first line is the password of the director account admin (without it the password is admin and must be changed at the first login).</translation>
    </message>
    <message>
        <source>The director account is admin with the password admin; it must be changed at the first login.</source>
        <translation>The director account is admin with the password admin; it must be changed at the first login.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add a user account.</source>
        <translation>Add a user account.</translation>
    </message>
    <message>
        <source>The new user&apos;s login name.</source>
        <translation>The new user&apos;s login name.</translation>
    </message>
    <message>
        <source>Role: %1.</source>
        <translation>Role: %1.</translation>
    </message>
    <message>
        <source>File whose first line is the new user&apos;s password.</source>
        <translation>File whose first line is the new user&apos;s password.</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>The person&apos;s full name.</translation>
    </message>
    <message>
        <source>For a caregiver: her classes, separated by commas.</source>
        <translation>For a caregiver: her classes, separated by commas.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown role &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>user add needs --new-password-file FILE.</source>
        <translation>user add needs --new-password-file FILE.</translation>
    </message>
    <message>
        <source>This database has no users yet; the first one must be a director.</source>
        <translation>This database has no users yet; the first one must be a director.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>List the user accounts.</source>
        <translation>List the user accounts.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Change your own password, or (director) reset another user&apos;s.</source>
        <translation>Change your own password, or (director) reset another user&apos;s.</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>Whose password.</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>File whose first line is the new password.</translation>
    </message>
    <message>
        <source>user passwd needs --new-password-file FILE.</source>
        <translation>user passwd needs --new-password-file FILE.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Disable a user account (its history is kept).</source>
        <translation>Disable a user account (its history is kept).</translation>
    </message>
    <message>
        <source>Enable a disabled user account.</source>
        <translation>Enable a disabled user account.</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>The user.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>User accounts: add, list, passwd, disable, enable.</source>
        <translation>User accounts: add, list, passwd, disable, enable.</translation>
    </message>
    <message>
        <source>The audit trail: verify, export.</source>
        <translation>The audit trail: verify, export.</translation>
    </message>
    <message>
        <source>The password may also come from the environment variable DAYCAREDESK_PASSWORD.</source>
        <translation>The password may also come from the environment variable DAYCAREDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Write a backup of the database.</source>
        <translation>Write a backup of the database.</translation>
    </message>
    <message>
        <source>The file to write; without it, a new file in the backups folder beside the database.</source>
        <translation>The file to write; without it, a new file in the backups folder beside the database.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>List the database&apos;s backups, newest first.</source>
        <translation>List the database&apos;s backups, newest first.</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>There are no backups in %1.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The database as it was is kept in the backups folder.</source>
        <translation>Replace the database with a backup. The database as it was is kept in the backups folder.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>The database as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>Backups: create, list, restore.</source>
        <translation>Backups: create, list, restore.</translation>
    </message>
    <message>
        <source>Usage: daycaredesk-cli %1 %2 ... (see --help of each)</source>
        <translation>Usage: daycaredesk-cli %1 %2 ... (see --help of each)</translation>
    </message>
    <message>
        <source>Add a class.</source>
        <translation>Add a class.</translation>
    </message>
    <message>
        <source>The class name, such as 向日葵班.</source>
        <translation>The class name, such as 向日葵班.</translation>
    </message>
    <message>
        <source>Class type: %1.</source>
        <translation>Class type: %1.</translation>
    </message>
    <message>
        <source>Most children the class takes (default: the national maximum of its type).</source>
        <translation>Most children the class takes (default: the national maximum of its type).</translation>
    </message>
    <message>
        <source>The room it uses.</source>
        <translation>The room it uses.</translation>
    </message>
    <message>
        <source>class add needs --type TYPE (%1).</source>
        <translation>class add needs --type TYPE (%1).</translation>
    </message>
    <message>
        <source>Unknown class type &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown class type &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Warning: the capacity %1 is above the national maximum of %2 for this type.</source>
        <translation>Warning: the capacity %1 is above the national maximum of %2 for this type.</translation>
    </message>
    <message>
        <source>Added the class %1 (%2), capacity %3.</source>
        <translation>Added the class %1 (%2), capacity %3.</translation>
    </message>
    <message>
        <source>List the classes with children, caregivers and warnings on a day.</source>
        <translation>List the classes with children, caregivers and warnings on a day.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default today).</source>
        <translation>The day (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <source>%1	%2	room %3	children %4/%5	caregivers %6/%7	%8</source>
        <translation>%1	%2	room %3	children %4/%5	caregivers %6/%7	%8</translation>
    </message>
    <message>
        <source>There are no classes yet.</source>
        <translation>There are no classes yet.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;: %4</source>
        <translation>Row %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8 or GB18030.</source>
        <translation>The CSV file, UTF-8 or GB18030.</translation>
    </message>
    <message>
        <source>Import children from a CSV file; all rows or none.</source>
        <translation>Import children from a CSV file; all rows or none.</translation>
    </message>
    <message>
        <source>List every child with class, care type, dates and status.</source>
        <translation>List every child with class, care type, dates and status.</translation>
    </message>
    <message>
        <source>Only the children of this class.</source>
        <translation>Only the children of this class.</translation>
    </message>
    <message>
        <source>Export the roster as CSV (UTF-8 with BOM) or .xlsx.</source>
        <translation>Export the roster as CSV (UTF-8 with BOM) or .xlsx.</translation>
    </message>
    <message>
        <source>The file to write: FILE.csv or FILE.xlsx.</source>
        <translation>The file to write: FILE.csv or FILE.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the roster to %1.</source>
        <translation>Wrote the roster to %1.</translation>
    </message>
    <message>
        <source>Import children from a CSV file.</source>
        <translation>Import children from a CSV file.</translation>
    </message>
    <message>
        <source>List the children.</source>
        <translation>List the children.</translation>
    </message>
    <message>
        <source>Export the roster to CSV or xlsx.</source>
        <translation>Export the roster to CSV or xlsx.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>List the staff with roles, classes and certificates.</source>
        <translation>List the staff with roles, classes and certificates.</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>in post</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1, target %2%.</source>
        <translation>Certified caregivers (持证上岗率): %1, target %2%.</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1, below the target of %2%.</source>
        <translation>Certified caregivers (持证上岗率): %1, below the target of %2%.</translation>
    </message>
    <message>
        <source>Import staff and their certificates from a CSV file; all rows or none.</source>
        <translation>Import staff and their certificates from a CSV file; all rows or none.</translation>
    </message>
    <message>
        <source>Classes: add, list.</source>
        <translation>Classes: add, list.</translation>
    </message>
    <message>
        <source>Staff: list, import.</source>
        <translation>Staff: list, import.</translation>
    </message>
    <message>
        <source>Children: import, list, export.</source>
        <translation>Children: import, list, export.</translation>
    </message>
    <message>
        <source>Per class and child: expected care days, attendance by status, days not recorded and the attendance rate of a month.</source>
        <translation>Per class and child: expected care days, attendance by status, days not recorded and the attendance rate of a month.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>The month, YYYY-MM.</translation>
    </message>
    <message>
        <source>Only this class.</source>
        <translation>Only this class.</translation>
    </message>
    <message>
        <source>%1 %2: attendance rate %3</source>
        <translation>%1 %2: attendance rate %3</translation>
    </message>
    <message>
        <source>Name	ID number	Expected	Present	Sick	Personal	Other	Not recorded	Hours</source>
        <translation>Name	ID number	Expected	Present	Sick	Personal	Other	Not recorded	Hours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No child was expected in care in %1.</source>
        <translation>No child was expected in care in %1.</translation>
    </message>
    <message>
        <source>Care days not recorded: %1.</source>
        <translation>Care days not recorded: %1.</translation>
    </message>
    <message>
        <source>Records on days without care or outside enrolment, not counted: %1.</source>
        <translation>Records on days without care or outside enrolment, not counted: %1.</translation>
    </message>
    <message>
        <source>Imported %1 attendance records (%2 new, %3 replaced): %4. Months: %5.</source>
        <translation>Imported %1 attendance records (%2 new, %3 replaced): %4. Months: %5.</translation>
    </message>
    <message>
        <source>Import attendance from a CSV file, one row per child and day; all rows or none. Columns: 日期 date, 身份证号 id_number, 状态 status; optional 到园 arrival, 离园 departure, 时长 hours, 晨检 check, 晨检说明 check_note, 体温 temperature, 症状 symptom (needed on sick days), 备注 note.</source>
        <translation>Import attendance from a CSV file, one row per child and day; all rows or none. Columns: 日期 date, 身份证号 id_number, 状态 status; optional 到园 arrival, 离园 departure, 时长 hours, 晨检 check, 晨检说明 check_note, 体温 temperature, 症状 symptom (needed on sick days), 备注 note.</translation>
    </message>
    <message>
        <source>Attendance: summary, import.</source>
        <translation>Attendance: summary, import.</translation>
    </message>
    <message>
        <source>The bills of a month as they stand, without closing it: per child each line with how it was worked out, and the month&apos;s total. Money in fen in JSON.</source>
        <translation>The bills of a month as they stand, without closing it: per child each line with how it was worked out, and the month&apos;s total. Money in fen in JSON.</translation>
    </message>
    <message>
        <source>%1: %2 care days; inclusive reduction: %3</source>
        <translation>%1: %2 care days; inclusive reduction: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n bill(s): %1</source>
        <translation>
            <numerusform>Total of %n bill: %1</numerusform>
            <numerusform>Total of %n bills: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes a month that is over: its attendance becomes final. Refused while care days are unrecorded, which it lists.</source>
        <translation>Closes a month that is over: its attendance becomes final. Refused while care days are unrecorded, which it lists.</translation>
    </message>
    <message>
        <source>Record the unrecorded care days as absences and close (director).</source>
        <translation>Record the unrecorded care days as absences and close (director).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed; %n unrecorded care day(s) confirmed as absences.</source>
        <translation>
            <numerusform>%1 is closed; %n unrecorded care day confirmed as absences.</numerusform>
            <numerusform>%1 is closed; %n unrecorded care days confirmed as absences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopens a closed month (director); the reason goes into the audit trail.</source>
        <translation>Reopens a closed month (director); the reason goes into the audit trail.</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>Why the month is reopened.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 is open again.</translation>
    </message>
    <message>
        <source>A month&apos;s fees: bill, close, reopen.</source>
        <translation>A month&apos;s fees: bill, close, reopen.</translation>
    </message>
    <message>
        <source>Export a month&apos;s bills: per child each kind of fee and the total due, with a totals row; a workbook also lists every bill line.</source>
        <translation>Export a month&apos;s bills: per child each kind of fee and the total due, with a totals row; a workbook also lists every bill line.</translation>
    </message>
    <message>
        <source>The file to write: FILE.xlsx or FILE.csv.</source>
        <translation>The file to write: FILE.xlsx or FILE.csv.</translation>
    </message>
    <message>
        <source>bills export needs --out FILE.</source>
        <translation>bills export needs --out FILE.</translation>
    </message>
    <message>
        <source>Wrote the bills of %1 to %2.</source>
        <translation>Wrote the bills of %1 to %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The child&apos;s ID number.</source>
        <translation>The child&apos;s ID number.</translation>
    </message>
    <message>
        <source>The month of the bill, YYYY-MM.</source>
        <translation>The month of the bill, YYYY-MM.</translation>
    </message>
    <message>
        <source>How the money changed hands: %1.</source>
        <translation>How the money changed hands: %1.</translation>
    </message>
    <message>
        <source>The day the money changed hands, YYYY-MM-DD (default: today).</source>
        <translation>The day the money changed hands, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown payment method &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>No child has the ID number %1.</source>
        <translation>No child has the ID number %1.</translation>
    </message>
    <message>
        <source>Record a payment for a child&apos;s monthly bill and issue its receipt. With --months the same amount is paid for several months ahead on one receipt.</source>
        <translation>Record a payment for a child&apos;s monthly bill and issue its receipt. With --months the same amount is paid for several months ahead on one receipt.</translation>
    </message>
    <message>
        <source>What is paid for each month, such as 1400.00.</source>
        <translation>What is paid for each month, such as 1400.00.</translation>
    </message>
    <message>
        <source>Who paid (default: the child&apos;s primary guardian, else her first guardian).</source>
        <translation>Who paid (default: the child&apos;s primary guardian, else her first guardian).</translation>
    </message>
    <message>
        <source>The transaction number or a note, printed on the receipt.</source>
        <translation>The transaction number or a note, printed on the receipt.</translation>
    </message>
    <message>
        <source>Pay the same amount for N months from --month (default 1).</source>
        <translation>Pay the same amount for N months from --month (default 1).</translation>
    </message>
    <message>
        <source>%1 has no guardian on record; say who paid with --payer.</source>
        <translation>%1 has no guardian on record; say who paid with --payer.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 from %3 for %4, %5.</source>
        <translation>Receipt %1: %2 from %3 for %4, %5.</translation>
    </message>
    <message>
        <source>Record a refund paid out to a family: at most what was paid for the month beyond its bill, or paid ahead for a month not yet closed.</source>
        <translation>Record a refund paid out to a family: at most what was paid for the month beyond its bill, or paid ahead for a month not yet closed.</translation>
    </message>
    <message>
        <source>What goes back, such as 400.00.</source>
        <translation>What goes back, such as 400.00.</translation>
    </message>
    <message>
        <source>Why the money goes back.</source>
        <translation>Why the money goes back.</translation>
    </message>
    <message>
        <source>Refunded %1 for %2, %3 (%4).</source>
        <translation>Refunded %1 for %2, %3 (%4).</translation>
    </message>
    <message>
        <source>Void a receipt: it keeps its number with the reason, and its payments count for nothing.</source>
        <translation>Void a receipt: it keeps its number with the reason, and its payments count for nothing.</translation>
    </message>
    <message>
        <source>The receipt&apos;s number, such as 2026-000123.</source>
        <translation>The receipt&apos;s number, such as 2026-000123.</translation>
    </message>
    <message>
        <source>Why the receipt is voided.</source>
        <translation>Why the receipt is voided.</translation>
    </message>
    <message>
        <source>Receipt %1 is void: %2.</source>
        <translation>Receipt %1 is void: %2.</translation>
    </message>
    <message>
        <source>The receipts of a year, newest first, voided ones with the reason.</source>
        <translation>The receipts of a year, newest first, voided ones with the reason.</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>The year (default: this year).</translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation>void: %1</translation>
    </message>
    <message>
        <source>No receipts in %1.</source>
        <translation>No receipts in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message>
        <source>The unpaid and partly paid bills of closed months, with subtotals by month and by child. Money in fen in JSON.</source>
        <translation>The unpaid and partly paid bills of closed months, with subtotals by month and by child. Money in fen in JSON.</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <source>No arrears: every bill of the closed months is paid.</source>
        <translation>No arrears: every bill of the closed months is paid.</translation>
    </message>
    <message>
        <source>Month	Child	Billed	Paid	Outstanding</source>
        <translation>Month	Child	Billed	Paid	Outstanding</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>By month:</translation>
    </message>
    <message>
        <source>By child:</source>
        <translation>By child:</translation>
    </message>
    <message>
        <source>Total outstanding: %1</source>
        <translation>Total outstanding: %1</translation>
    </message>
    <message>
        <source>A month&apos;s bills: export.</source>
        <translation>A month&apos;s bills: export.</translation>
    </message>
    <message>
        <source>Payments for bills: add, refund.</source>
        <translation>Payments for bills: add, refund.</translation>
    </message>
    <message>
        <source>Receipts: list, void.</source>
        <translation>Receipts: list, void.</translation>
    </message>
    <message>
        <source>The unpaid bills of closed months.</source>
        <translation>The unpaid bills of closed months.</translation>
    </message>
    <message>
        <source>claimable</source>
        <translation>claimable</translation>
    </message>
    <message>
        <source>The operating subsidy claim of a month as the rules make it now, without saving it: per child whether she is claimable and why not, her days and amounts. Money in fen in JSON.</source>
        <translation>The operating subsidy claim of a month as the rules make it now, without saving it: per child whether she is claimable and why not, her days and amounts. Money in fen in JSON.</translation>
    </message>
    <message>
        <source>%1: %2 care days; %3; inclusive places: %4</source>
        <translation>%1: %2 care days; %3; inclusive places: %4</translation>
    </message>
    <message>
        <source>The claim for %1, version %2, is %3.</source>
        <translation>The claim for %1, version %2, is %3.</translation>
    </message>
    <message>
        <source>Submits the claim of a closed month: its children and amounts are built afresh and frozen as the version sent to the county.</source>
        <translation>Submits the claim of a closed month: its children and amounts are built afresh and frozen as the version sent to the county.</translation>
    </message>
    <message>
        <source>Records the county&apos;s answer to a submitted claim: the amount approved (in full or in part) and the amount paid, or its return for correction.</source>
        <translation>Records the county&apos;s answer to a submitted claim: the amount approved (in full or in part) and the amount paid, or its return for correction.</translation>
    </message>
    <message>
        <source>The amount the county approved.</source>
        <translation>The amount the county approved.</translation>
    </message>
    <message>
        <source>The amount received for an approved claim.</source>
        <translation>The amount received for an approved claim.</translation>
    </message>
    <message>
        <source>The county returned the claim for correction (needs --note).</source>
        <translation>The county returned the claim for correction (needs --note).</translation>
    </message>
    <message>
        <source>What the county asks to correct.</source>
        <translation>What the county asks to correct.</translation>
    </message>
    <message>
        <source>Give --approved AMOUNT and/or --paid AMOUNT, or --returned --note TEXT.</source>
        <translation>Give --approved AMOUNT and/or --paid AMOUNT, or --returned --note TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>Claimable: %1 of %n listed; subsidy %2</source>
        <translation>
            <numerusform>Claimable: %1 of %n listed; subsidy %2</numerusform>
            <numerusform>Claimable: %1 of %n listed; subsidy %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed %1 for %n claimable line(s); approved %2; paid %3; still owed %4.</source>
        <translation>
            <numerusform>Claimed %1 for %n claimable line; approved %2; paid %3; still owed %4.</numerusform>
            <numerusform>Claimed %1 for %n claimable lines; approved %2; paid %3; still owed %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the claim of a month as the workbook sent to the county: the claimable children (申报表), those left out with the reason (不予申报) and the sums by class and care type (汇总). The latest version once submitted, else the claim as the rules make it now.</source>
        <translation>Writes the claim of a month as the workbook sent to the county: the claimable children (申报表), those left out with the reason (不予申报) and the sums by class and care type (汇总). The latest version once submitted, else the claim as the rules make it now.</translation>
    </message>
    <message>
        <source>The workbook to write: FILE.xlsx.</source>
        <translation>The workbook to write: FILE.xlsx.</translation>
    </message>
    <message>
        <source>claim export needs --out FILE.xlsx.</source>
        <translation>claim export needs --out FILE.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the claim of %1 to %2.</source>
        <translation>Wrote the claim of %1 to %2.</translation>
    </message>
    <message>
        <source>The children in care whose 孩次 is 2 or later, with the birth subsidy their family may apply for, whether it has, and its answer about the 育儿补贴.</source>
        <translation>The children in care whose 孩次 is 2 or later, with the birth subsidy their family may apply for, whether it has, and its answer about the 育儿补贴.</translation>
    </message>
    <message>
        <source>The day the children are in care, YYYY-MM-DD (default: today).</source>
        <translation>The day the children are in care, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>孩次 %1</source>
        <translation>孩次 %1</translation>
    </message>
    <message>
        <source>育儿补贴: %1</source>
        <translation>育儿补贴: %1</translation>
    </message>
    <message>
        <source>No child in care on %1 has 孩次 2 or later.</source>
        <translation>No child in care on %1 has 孩次 2 or later.</translation>
    </message>
    <message>
        <source>Record whether a child&apos;s family has applied for the birth subsidy.</source>
        <translation>Record whether a child&apos;s family has applied for the birth subsidy.</translation>
    </message>
    <message>
        <source>The day the family applied, YYYY-MM-DD.</source>
        <translation>The day the family applied, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The day the subsidy was granted, YYYY-MM-DD.</source>
        <translation>The day the subsidy was granted, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The family has not applied (clears an application date).</source>
        <translation>The family has not applied (clears an application date).</translation>
    </message>
    <message>
        <source>birth-subsidy set needs either --applied YYYY-MM-DD or --not-applied.</source>
        <translation>birth-subsidy set needs either --applied YYYY-MM-DD or --not-applied.</translation>
    </message>
    <message>
        <source>--granted goes with --applied, not with --not-applied.</source>
        <translation>--granted goes with --applied, not with --not-applied.</translation>
    </message>
    <message>
        <source>%1: birth subsidy not applied for.</source>
        <translation>%1: birth subsidy not applied for.</translation>
    </message>
    <message>
        <source>%1: birth subsidy applied for on %2.</source>
        <translation>%1: birth subsidy applied for on %2.</translation>
    </message>
    <message>
        <source>Record whether a child&apos;s family has applied for the national 育儿补贴.</source>
        <translation>Record whether a child&apos;s family has applied for the national 育儿补贴.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown answer &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>%1: 育儿补贴 %2.</source>
        <translation>%1: 育儿补贴 %2.</translation>
    </message>
    <message>
        <source>The policies covering this day, YYYY-MM-DD (default: today).</source>
        <translation>The policies covering this day, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>With --to: the policies covering any day of a period.</source>
        <translation>With --to: the policies covering any day of a period.</translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation>The last day of the period.</translation>
    </message>
    <message>
        <source>Give either --date or --from with --to, not both.</source>
        <translation>Give either --date or --from with --to, not both.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from and --to go together.</translation>
    </message>
    <message>
        <source>The period ends before it starts (%1).</source>
        <translation>The period ends before it starts (%1).</translation>
    </message>
    <message>
        <source>Record a child&apos;s accident-insurance policy.</source>
        <translation>Record a child&apos;s accident-insurance policy.</translation>
    </message>
    <message>
        <source>The policy number.</source>
        <translation>The policy number.</translation>
    </message>
    <message>
        <source>The first day of cover, YYYY-MM-DD.</source>
        <translation>The first day of cover, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last day of cover, YYYY-MM-DD.</source>
        <translation>The last day of cover, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The premium in yuan, such as 100.00.</source>
        <translation>The premium in yuan, such as 100.00.</translation>
    </message>
    <message>
        <source>Who paid: %1.</source>
        <translation>Who paid: %1.</translation>
    </message>
    <message>
        <source>Unknown payer &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown payer &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>%1 is insured under policy %2 from %3 to %4 (%5, paid by %6).</source>
        <translation>%1 is insured under policy %2 from %3 to %4 (%5, paid by %6).</translation>
    </message>
    <message>
        <source>The insured list: the policies covering a day or a period, and the children in care without one.</source>
        <translation>The insured list: the policies covering a day or a period, and the children in care without one.</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies), premium %1.</source>
        <translation>
            <numerusform>%n policy, premium %1.</numerusform>
            <numerusform>%n policies, premium %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not insured: %1 (%2); the roster says insured, but no policy is recorded.</source>
        <translation>Not insured: %1 (%2); the roster says insured, but no policy is recorded.</translation>
    </message>
    <message>
        <source>Not insured: %1 (%2).</source>
        <translation>Not insured: %1 (%2).</translation>
    </message>
    <message>
        <source>Write the insured list (参保名单) as an Excel workbook.</source>
        <translation>Write the insured list (参保名单) as an Excel workbook.</translation>
    </message>
    <message>
        <source>The workbook to write, ending in .xlsx.</source>
        <translation>The workbook to write, ending in .xlsx.</translation>
    </message>
    <message>
        <source>The insured list is a workbook: name a .xlsx file.</source>
        <translation>The insured list is a workbook: name a .xlsx file.</translation>
    </message>
    <message>
        <source>Wrote the insured list to %1.</source>
        <translation>Wrote the insured list to %1.</translation>
    </message>
    <message>
        <source>Operating subsidy claims: build, submit, record, export.</source>
        <translation>Operating subsidy claims: build, submit, record, export.</translation>
    </message>
    <message>
        <source>Families&apos; birth subsidy (生育补贴): list, set.</source>
        <translation>Families&apos; birth subsidy (生育补贴): list, set.</translation>
    </message>
    <message>
        <source>Whether families applied for the 育儿补贴: set.</source>
        <translation>Whether families applied for the 育儿补贴: set.</translation>
    </message>
    <message>
        <source>Children&apos;s accident insurance: add, list, export.</source>
        <translation>Children&apos;s accident insurance: add, list, export.</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (else DAYCAREDESK_PASSPHRASE).</source>
        <translation>A file whose first line is the passphrase (else DAYCAREDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Make the institution&apos;s signing key, sealed with a passphrase.</source>
        <translation>Make the institution&apos;s signing key, sealed with a passphrase.</translation>
    </message>
    <message>
        <source>The signing key is made. Its fingerprint: %1</source>
        <translation>The signing key is made. Its fingerprint: %1</translation>
    </message>
    <message>
        <source>The institution has no signing key yet: run key init first.</source>
        <translation>The institution has no signing key yet: run key init first.</translation>
    </message>
    <message>
        <source>Write the current public key as a JWK file for the county.</source>
        <translation>Write the current public key as a JWK file for the county.</translation>
    </message>
    <message>
        <source>The .jwk file to write.</source>
        <translation>The .jwk file to write.</translation>
    </message>
    <message>
        <source>The institution is not set up yet; its key names it.</source>
        <translation>The institution is not set up yet; its key names it.</translation>
    </message>
    <message>
        <source>Written %1. Fingerprint: %2</source>
        <translation>Written %1. Fingerprint: %2</translation>
    </message>
    <message>
        <source>Show the current key&apos;s fingerprint, to read over the phone.</source>
        <translation>Show the current key&apos;s fingerprint, to read over the phone.</translation>
    </message>
    <message>
        <source>List the institution&apos;s signing keys, oldest first.</source>
        <translation>List the institution&apos;s signing keys, oldest first.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>retired %1</translation>
    </message>
    <message>
        <source>The institution has no signing key yet.</source>
        <translation>The institution has no signing key yet.</translation>
    </message>
    <message>
        <source>Change the passphrase of the current key; the key stays the same.</source>
        <translation>Change the passphrase of the current key; the key stays the same.</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase in use.</source>
        <translation>A file whose first line is the passphrase in use.</translation>
    </message>
    <message>
        <source>A file whose first line is the new passphrase.</source>
        <translation>A file whose first line is the new passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is changed; the key and its fingerprint stay the same.</source>
        <translation>The passphrase is changed; the key and its fingerprint stay the same.</translation>
    </message>
    <message>
        <source>Replace the current key with a new one; the old public key is kept so reports it signed can still be checked.</source>
        <translation>Replace the current key with a new one; the old public key is kept so reports it signed can still be checked.</translation>
    </message>
    <message>
        <source>A new signing key is made; send the county its key file. New fingerprint: %1</source>
        <translation>A new signing key is made; send the county its key file. New fingerprint: %1</translation>
    </message>
    <message>
        <source>The institution&apos;s signing keys: init, export, fingerprint, list, passphrase, rotate.</source>
        <translation>The institution&apos;s signing keys: init, export, fingerprint, list, passphrase, rotate.</translation>
    </message>
    <message>
        <source>A signing key&apos;s passphrase may come from DAYCAREDESK_PASSPHRASE.</source>
        <translation>A signing key&apos;s passphrase may come from DAYCAREDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Export a closed month&apos;s report for the county as a signed file, with its workbook beside it. A month changed or closed again since its last export becomes the next revision.</source>
        <translation>Export a closed month&apos;s report for the county as a signed file, with its workbook beside it. A month changed or closed again since its last export becomes the next revision.</translation>
    </message>
    <message>
        <source>The folder to write the report into.</source>
        <translation>The folder to write the report into.</translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2: %3</source>
        <translation>Wrote revision %1 of %2: %3</translation>
    </message>
    <message>
        <source>%1 has not changed since revision %2; wrote that revision again: %3</source>
        <translation>%1 has not changed since revision %2; wrote that revision again: %3</translation>
    </message>
    <message>
        <source>The closed months and their exported report revisions, newest first.</source>
        <translation>The closed months and their exported report revisions, newest first.</translation>
    </message>
    <message>
        <source>r%1 %2</source>
        <translation>r%1 %2</translation>
    </message>
    <message>
        <source>No month is closed yet.</source>
        <translation>No month is closed yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>Check a signed report file: its signature, its key and its format. Without --key, against every key of the institution&apos;s database.</source>
        <translation>Check a signed report file: its signature, its key and its format. Without --key, against every key of the institution&apos;s database.</translation>
    </message>
    <message>
        <source>The signed file (.ddreport.json).</source>
        <translation>The signed file (.ddreport.json).</translation>
    </message>
    <message>
        <source>The institution&apos;s public key file (.jwk) to check against.</source>
        <translation>The institution&apos;s public key file (.jwk) to check against.</translation>
    </message>
    <message>
        <source>Monthly reports for the county: export, list.</source>
        <translation>Monthly reports for the county: export, list.</translation>
    </message>
    <message>
        <source>Check a signed report file&apos;s signature and format.</source>
        <translation>Check a signed report file&apos;s signature and format.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Cannot make the folder %1.</translation>
    </message>
    <message>
        <source>Register an institution&apos;s public key (.jwk) with this center.</source>
        <translation>Register an institution&apos;s public key (.jwk) with this center.</translation>
    </message>
    <message>
        <source>The institution&apos;s public key file (.jwk).</source>
        <translation>The institution&apos;s public key file (.jwk).</translation>
    </message>
    <message>
        <source>The key&apos;s thumbprint as the institution&apos;s director read it out; needed for a further key of a registered institution.</source>
        <translation>The key&apos;s thumbprint as the institution&apos;s director read it out; needed for a further key of a registered institution.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered. Confirm its fingerprint with the director: %3</source>
        <translation>%1 (%2) is registered. Confirm its fingerprint with the director: %3</translation>
    </message>
    <message>
        <source>A new key of %1 (%2) is registered beside its earlier ones: %3</source>
        <translation>A new key of %1 (%2) is registered beside its earlier ones: %3</translation>
    </message>
    <message>
        <source>This key of %1 (%2) was registered already: %3</source>
        <translation>This key of %1 (%2) was registered already: %3</translation>
    </message>
    <message>
        <source>The institutions registered with this center and their keys.</source>
        <translation>The institutions registered with this center and their keys.</translation>
    </message>
    <message>
        <source>No institution is registered yet.</source>
        <translation>No institution is registered yet.</translation>
    </message>
    <message>
        <source>Import signed monthly report files; each file gets its verdict.</source>
        <translation>Import signed monthly report files; each file gets its verdict.</translation>
    </message>
    <message>
        <source>The signed report files (.ddreport.json).</source>
        <translation>The signed report files (.ddreport.json).</translation>
    </message>
    <message>
        <source>A county or city center: register institutions, import their reports.</source>
        <translation>A county or city center: register institutions, import their reports.</translation>
    </message>
    <message>
        <source>A month at this center: every institution with the state of its report and its figures, and the totals by county, by type and overall.</source>
        <translation>A month at this center: every institution with the state of its report and its figures, and the totals by county, by type and overall.</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>%1 enrolled / %2 places</source>
        <translation>%1 enrolled / %2 places</translation>
    </message>
    <message>
        <source>Total: %1 of %2 reported; %3 enrolled / %4 places (%5); attendance %6; certified %7; subsidy %8 child-months, %9</source>
        <translation>Total: %1 of %2 reported; %3 enrolled / %4 places (%5); attendance %6; certified %7; subsidy %8 child-months, %9</translation>
    </message>
    <message>
        <source>The month&apos;s cross-institution findings: a child claimed by two institutions, claimed in more months of the year than allowed, or more children claimed than approved inclusive places.</source>
        <translation>The month&apos;s cross-institution findings: a child claimed by two institutions, claimed in more months of the year than allowed, or more children claimed than approved inclusive places.</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>Nothing found for %1.</translation>
    </message>
    <message>
        <source>Export the county&apos;s roll-up of a month for the city center: a signed file and the roll-up workbook beside it. A month changed since its last export becomes the next revision.</source>
        <translation>Export the county&apos;s roll-up of a month for the city center: a signed file and the roll-up workbook beside it. A month changed since its last export becomes the next revision.</translation>
    </message>
    <message>
        <source>The folder to write the roll-up into.</source>
        <translation>The folder to write the roll-up into.</translation>
    </message>
    <message>
        <source>center export needs --out DIR.</source>
        <translation>center export needs --out DIR.</translation>
    </message>
    <message>
        <source>Wrote revision %1 of the %2 roll-up: %3</source>
        <translation>Wrote revision %1 of the %2 roll-up: %3</translation>
    </message>
    <message>
        <source>Which demo institution, 1 to %1: each has its own name, credit code and county (default 1).</source>
        <translation>Which demo institution, 1 to %1: each has its own name, credit code and county (default 1).</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (through %2)</translation>
    </message>
    <message>
        <source>Demo outreach team created in %1: %2 households, %3 children, %4 home visits, %5 referrals.</source>
        <translation>Demo outreach team created in %1: %2 households, %3 children, %4 home visits, %5 referrals.</translation>
    </message>
    <message>
        <source>The team leader logs in as %1 with the password %2; the team members (队员) %3 with the password %4.</source>
        <translation>The team leader logs in as %1 with the password %2; the team members (队员) %3 with the password %4.</translation>
    </message>
    <message>
        <source>Make a rural infant-care service team (服务队) instead: its households (户) in four villages (村) and four months of home visits (入户指导).</source>
        <translation>Make a rural infant-care service team (服务队) instead: its households (户) in four villages (村) and four months of home visits (入户指导).</translation>
    </message>
    <message>
        <source>Imported %1 children: %2 households added, %3 updated, %4 unchanged.</source>
        <translation>Imported %1 children: %2 households added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Import the team&apos;s households from a CSV file, one row per child; all rows or none. Columns: 户编号 household (shared by the rows of one household), 村 village, 幼儿姓名 child_name, 性别 gender, 出生日期 birth_date, 监护人1姓名 guardian1_name; optional 地址 address, 监护人1关系 guardian1_relation, 监护人1电话 guardian1_phone, the same for 监护人2 (guardian2_...), 留守 left_behind (是/否), 照料人 carer, 身份证号 id_number, 特殊需要 special_needs, 知情同意人 consent_by, 同意日期 consent_on, 登记日期 registered_on, 备注 notes. A child already recorded (by ID number, else by village, name and birth date) is updated, not added again.</source>
        <translation>Import the team&apos;s households from a CSV file, one row per child; all rows or none. Columns: 户编号 household (shared by the rows of one household), 村 village, 幼儿姓名 child_name, 性别 gender, 出生日期 birth_date, 监护人1姓名 guardian1_name; optional 地址 address, 监护人1关系 guardian1_relation, 监护人1电话 guardian1_phone, the same for 监护人2 (guardian2_...), 留守 left_behind (是/否), 照料人 carer, 身份证号 id_number, 特殊需要 special_needs, 知情同意人 consent_by, 同意日期 consent_on, 登记日期 registered_on, 备注 notes. A child already recorded (by ID number, else by village, name and birth date) is updated, not added again.</translation>
    </message>
    <message>
        <source>Import households and their children from a CSV file.</source>
        <translation>Import households and their children from a CSV file.</translation>
    </message>
    <message>
        <source>Unified social credit code (18 characters). An outreach team gives that of the body that runs it, such as the township health centre (乡镇卫生院).</source>
        <translation>Unified social credit code (18 characters). An outreach team gives that of the body that runs it, such as the township health centre (乡镇卫生院).</translation>
    </message>
    <message>
        <source>The township (乡镇) an outreach team (服务队) serves; only for --type outreach-team, which needs it and has no places.</source>
        <translation>The township (乡镇) an outreach team (服务队) serves; only for --type outreach-team, which needs it and has no places.</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>not visited for over %n month(s)</source>
        <translation>
            <numerusform>not visited for over %n month</numerusform>
            <numerusform>not visited for over %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>never visited</translation>
    </message>
    <message numerus="yes">
        <source>The households to visit: those whose next visit has come, and those not visited for over %n month(s), by village.</source>
        <translation>
            <numerusform>The households to visit: those whose next visit has come, and those not visited for over %n month, by village.</numerusform>
            <numerusform>The households to visit: those whose next visit has come, and those not visited for over %n months, by village.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day to plan for (default today).</source>
        <translation>The day to plan for (default today).</translation>
    </message>
    <message>
        <source>No household is due for a visit on %1.</source>
        <translation>No household is due for a visit on %1.</translation>
    </message>
    <message>
        <source>%1: households %2, children %3 (left-behind %4), visits %5, referrals %6</source>
        <translation>%1: households %2, children %3 (left-behind %4), visits %5, referrals %6</translation>
    </message>
    <message>
        <source>A month&apos;s home visits counted: households, children, visits and referrals, in all, by member and by village.</source>
        <translation>A month&apos;s home visits counted: households, children, visits and referrals, in all, by member and by village.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Export a month&apos;s home visits for the county center as a signed file, with its workbook beside it. A month changed since its last export becomes the next revision.</source>
        <translation>Export a month&apos;s home visits for the county center as a signed file, with its workbook beside it. A month changed since its last export becomes the next revision.</translation>
    </message>
    <message>
        <source>The folder to write the file into.</source>
        <translation>The folder to write the file into.</translation>
    </message>
    <message>
        <source>The households due for a visit.</source>
        <translation>The households due for a visit.</translation>
    </message>
    <message>
        <source>A month&apos;s visits counted.</source>
        <translation>A month&apos;s visits counted.</translation>
    </message>
    <message>
        <source>A month&apos;s visits as a signed file for the county.</source>
        <translation>A month&apos;s visits as a signed file for the county.</translation>
    </message>
    <message>
        <source>%1 needs --out DIR.</source>
        <translation>%1 needs --out DIR.</translation>
    </message>
    <message>
        <source>No child of the team&apos;s households has the ID number %1.</source>
        <translation>No child of the team&apos;s households has the ID number %1.</translation>
    </message>
    <message>
        <source>--child-id takes the number of a child, not &quot;%1&quot;.</source>
        <translation>--child-id takes the number of a child, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record a home visit (入户指导) of one child.</source>
        <translation>Record a home visit (入户指导) of one child.</translation>
    </message>
    <message>
        <source>The child&apos;s number in the database, when her ID number is not known.</source>
        <translation>The child&apos;s number in the database, when her ID number is not known.</translation>
    </message>
    <message>
        <source>The day of the visit.</source>
        <translation>The day of the visit.</translation>
    </message>
    <message>
        <source>The team members who made the visit, by user name, comma-separated.</source>
        <translation>The team members who made the visit, by user name, comma-separated.</translation>
    </message>
    <message>
        <source>What the visit covered, comma-separated: feeding, sleep, development, safety, health, parenting_stress.</source>
        <translation>What the visit covered, comma-separated: feeding, sleep, development, safety, health, parenting_stress.</translation>
    </message>
    <message>
        <source>Weight in kilograms, e.g. 7.35.</source>
        <translation>Weight in kilograms, e.g. 7.35.</translation>
    </message>
    <message>
        <source>Length or height in centimetres, e.g. 68.5.</source>
        <translation>Length or height in centimetres, e.g. 68.5.</translation>
    </message>
    <message>
        <source>Head circumference in centimetres, e.g. 43.2.</source>
        <translation>Head circumference in centimetres, e.g. 43.2.</translation>
    </message>
    <message>
        <source>Development checklist items seen, comma-separated; an item not seen with a leading minus: sits,babbles,-passes_hand.</source>
        <translation>Development checklist items seen, comma-separated; an item not seen with a leading minus: sits,babbles,-passes_hand.</translation>
    </message>
    <message>
        <source>The advice given to the family.</source>
        <translation>The advice given to the family.</translation>
    </message>
    <message>
        <source>Where the child is referred: township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</source>
        <translation>Where the child is referred: township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</translation>
    </message>
    <message>
        <source>Why the child is referred.</source>
        <translation>Why the child is referred.</translation>
    </message>
    <message>
        <source>The day of the next visit.</source>
        <translation>The day of the next visit.</translation>
    </message>
    <message>
        <source>visit add needs either --child ID_NUMBER or --child-id N.</source>
        <translation>visit add needs either --child ID_NUMBER or --child-id N.</translation>
    </message>
    <message>
        <source>Recorded visit %1: %2 on %3.</source>
        <translation>Recorded visit %1: %2 on %3.</translation>
    </message>
    <message>
        <source>Imported %1 visits; %2 rows already recorded were left out.</source>
        <translation>Imported %1 visits; %2 rows already recorded were left out.</translation>
    </message>
    <message>
        <source>Import home visits from a CSV file, one row per child seen; all rows or none. The child by 身份证号 id_number, or by 村 village, 幼儿姓名 child_name and 出生日期 birth_date. Columns: 入户日期 visited_on, 入户人员 visitors, 指导内容 topics; optional 体重 weight (kg), 身长 length (cm), 头围 head (cm), 发育检查 checklist, 指导建议 advice, 转介 referral, 转介原因 referral_reason, 下次入户日期 next_visit_on. A child&apos;s visit of a day already recorded is left out.</source>
        <translation>Import home visits from a CSV file, one row per child seen; all rows or none. The child by 身份证号 id_number, or by 村 village, 幼儿姓名 child_name and 出生日期 birth_date. Columns: 入户日期 visited_on, 入户人员 visitors, 指导内容 topics; optional 体重 weight (kg), 身长 length (cm), 头围 head (cm), 发育检查 checklist, 指导建议 advice, 转介 referral, 转介原因 referral_reason, 下次入户日期 next_visit_on. A child&apos;s visit of a day already recorded is left out.</translation>
    </message>
    <message>
        <source>Record a home visit.</source>
        <translation>Record a home visit.</translation>
    </message>
    <message>
        <source>Import home visits from a CSV file.</source>
        <translation>Import home visits from a CSV file.</translation>
    </message>
    <message>
        <source>An outreach team&apos;s households (户): import.</source>
        <translation>An outreach team&apos;s households (户): import.</translation>
    </message>
    <message>
        <source>Home visits (入户指导): add, import.</source>
        <translation>Home visits (入户指导): add, import.</translation>
    </message>
    <message>
        <source>An outreach team&apos;s plan and months: due, summary, export.</source>
        <translation>An outreach team&apos;s plan and months: due, summary, export.</translation>
    </message>
    <message>
        <source>Remove a home visit recorded by mistake (the audit trail keeps it).</source>
        <translation>Remove a home visit recorded by mistake (the audit trail keeps it).</translation>
    </message>
    <message>
        <source>The visit&apos;s number, as visit add printed it.</source>
        <translation>The visit&apos;s number, as visit add printed it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit&apos;s number.</source>
        <translation>&quot;%1&quot; is not a visit&apos;s number.</translation>
    </message>
    <message>
        <source>Removed visit %1.</source>
        <translation>Removed visit %1.</translation>
    </message>
    <message>
        <source>Remove a visit recorded by mistake.</source>
        <translation>Remove a visit recorded by mistake.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Management of infant day care (托育) institutions.</source>
        <translation>Management of infant day care (托育) institutions.</translation>
    </message>
    <message>
        <source>The database file to open, or a signed report (.ddreport.json) to verify.</source>
        <translation>The database file to open, or a signed report (.ddreport.json) to verify.</translation>
    </message>
</context>
</TS>
