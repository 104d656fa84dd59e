<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Please log in first: only a logged-in user may %1.</source>
        <translation>请先登录：只有登录的用户才能%1。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask the director if this is needed.</source>
        <translation>%1（%2）无权%3。如确有需要，请联系负责人。</translation>
    </message>
    <message>
        <source>%1 is not assigned to this class and may not record its attendance.</source>
        <translation>%1 未分配到该班级，不能登记该班的出勤。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Each person who works with DaycareDesk has her own account, so the audit trail shows who did what.</source>
        <translation>每位使用托育管家的人员都有自己的账号，审计记录因此能显示谁做了什么。</translation>
    </message>
    <message>
        <source>e.g. 李静</source>
        <translation>例如：李静</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>所带班级(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>今天没有需要处理的事项。</translation>
    </message>
    <message>
        <source>Click to open where this is put right.</source>
        <translation>单击打开处理此事项的页面。</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Granted on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Birth subsidy: %1</source>
        <translation>生育补贴：%1</translation>
    </message>
    <message>
        <source>The family of %1 (birth order %2) may apply for %3.</source>
        <translation>%1 的家庭（孩次 %2）可申请 %3。</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申请日期(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ArrearsTableModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠费</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Choose a child&apos;s day to record.</source>
        <translation>请选择要登记的幼儿和日期。</translation>
    </message>
    <message>
        <source>%1 was not in this class on %2: there is nothing to record.</source>
        <translation>%1 在 %2 不在本班：无需登记。</translation>
    </message>
    <message>
        <source>%1 was not in this class on %2.</source>
        <translation>%1 在 %2 不在本班。</translation>
    </message>
    <message>
        <source>%1, %2: a care day still to come.</source>
        <translation>%1，%2：尚未到来的托育日。</translation>
    </message>
    <message>
        <source>%1, %2: not recorded yet (to fill in, not an absence).</source>
        <translation>%1，%2：尚未登记（待补登，不算缺勤）。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Expected: care days the child was in this class</source>
        <translation>应出勤：幼儿在本班的托育日</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>应勤</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Pers.</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>其他缺勤</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not recorded yet: days to fill in</source>
        <translation>尚未登记：待补登的天数</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 处问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>The ID number is missing; children are matched by it.</source>
        <translation>缺少身份证号；幼儿按身份证号匹配。</translation>
    </message>
    <message>
        <source>No child on the roster has this ID number.</source>
        <translation>花名册中没有这个身份证号的幼儿。</translation>
    </message>
    <message>
        <source>%1 is a weekend day, not a care day.</source>
        <translation>%1 是周末，不是托育日。</translation>
    </message>
    <message>
        <source>%1 is a public holiday, not a care day.</source>
        <translation>%1 是法定节假日，不是托育日。</translation>
    </message>
    <message>
        <source>The institution was closed on %1 (%2).</source>
        <translation>本机构 %1 停托（%2）。</translation>
    </message>
    <message>
        <source>%1 is not enrolled (waiting list).</source>
        <translation>%1 尚未入托（在候补名单中）。</translation>
    </message>
    <message>
        <source>%1 was in care from %2 to %3, not on %4.</source>
        <translation>%1 的在托期间是 %2 至 %3，不包括 %4。</translation>
    </message>
    <message>
        <source>%1 is in care from %2, not yet on %3.</source>
        <translation>%1 自 %2 起入托，%3 时尚未入托。</translation>
    </message>
    <message>
        <source>%1 was placed in no class on %2.</source>
        <translation>%1 在 %2 没有分班。</translation>
    </message>
    <message>
        <source>The status is missing; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</source>
        <translation>缺少出勤状态；请填写 出勤、病假、事假 或 其他。</translation>
    </message>
    <message>
        <source>Unknown status; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).</source>
        <translation>无法识别的出勤状态；请填写 出勤、病假、事假 或 其他。</translation>
    </message>
    <message>
        <source>Write the time as 8:05 or 17:30.</source>
        <translation>时间请写成 8:05 或 17:30 的格式。</translation>
    </message>
    <message>
        <source>The hours must be a whole number, like 3.</source>
        <translation>时长必须是整数，例如 3。</translation>
    </message>
    <message>
        <source>Write the morning check as 正常 or 异常 (normal or abnormal).</source>
        <translation>晨检请填写 正常 或 异常。</translation>
    </message>
    <message>
        <source>Write the temperature in degrees with at most one decimal, like 36.8.</source>
        <translation>体温请填写度数，最多一位小数，例如 36.8。</translation>
    </message>
    <message>
        <source>%1 already has a row for this day on row %2.</source>
        <translation>%1 在第 %2 行已有这一天的记录。</translation>
    </message>
    <message>
        <source>an imported file</source>
        <translation>导入的文件</translation>
    </message>
</context>
<context>
    <name>AttendanceMonth</name>
    <message>
        <source>No month was given.</source>
        <translation>没有给出月份。</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（%3）</translation>
    </message>
    <message>
        <source>%1 not recorded yet</source>
        <translation>%1 尚未登记</translation>
    </message>
    <message>
        <source>%1 not in this class that day</source>
        <translation>%1 当天不在本班</translation>
    </message>
    <message>
        <source>Select a day and type its key; a sick day asks for the symptom.</source>
        <translation>选中某天后按对应按键登记；病假会询问症状。</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>There is no class whose attendance you keep.</source>
        <translation>没有由您负责考勤的班级。</translation>
    </message>
    <message>
        <source>Class total: %1 care days, %2 expected, %3 present, %4 sick, %5 personal leave, %6 other, %7 not recorded yet. &lt;b&gt;Attendance rate: %8&lt;/b&gt;</source>
        <translation>全班合计：托育日 %1 天，应出勤 %2 人次，出勤 %3，病假 %4，事假 %5，其他 %6，尚未登记 %7。&lt;b&gt;出勤率：%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance register %1 %2</source>
        <translation>儿童出勤登记表 %1 %2</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>将登记表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>已保存 %n 页到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Daily sheet</source>
        <translation>每日考勤</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>因病缺勤追踪（%1）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>因病缺勤追踪</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度考勤</translation>
    </message>
</context>
<context>
    <name>AttendanceRegister</name>
    <message>
        <source>Children&apos;s Attendance Register</source>
        <translation>儿童出勤登记表</translation>
    </message>
    <message>
        <source>Class: %1      Month: %2      Care days: %3</source>
        <translation>班级：%1      月份：%2      托育日：%3 天</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class total</source>
        <translation>全班合计</translation>
    </message>
    <message>
        <source>Attendance rate (present ÷ expected): %1</source>
        <translation>出勤率（实际出勤 ÷ 应出勤）：%1</translation>
    </message>
    <message>
        <source>%1; grey: not in this class that day; blank: not recorded.</source>
        <translation>%1；灰色：当天不在本班；空白：未登记。</translation>
    </message>
    <message>
        <source>Class caregivers: ________________      Head of institution: ________________      Date: ____________</source>
        <translation>班级保育人员：________________      负责人：________________      日期：____________</translation>
    </message>
</context>
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>%1 is not in care in any class on %2.</source>
        <translation>%1 在 %2 不在任何班级托育。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>其他缺勤</translation>
    </message>
    <message>
        <source>√</source>
        <comment>register mark: present</comment>
        <translation>√</translation>
    </message>
    <message>
        <source>S</source>
        <comment>register mark: sick</comment>
        <translation>病</translation>
    </message>
    <message>
        <source>L</source>
        <comment>register mark: personal leave</comment>
        <translation>事</translation>
    </message>
    <message>
        <source>O</source>
        <comment>register mark: other absence</comment>
        <translation>其</translation>
    </message>
</context>
<context>
    <name>AttendanceValidator</name>
    <message>
        <source>An absent child has no arrival or departure time.</source>
        <translation>缺勤幼儿不应有到园或离园时间。</translation>
    </message>
    <message>
        <source>The departure time must be after the arrival time (%1).</source>
        <translation>离园时间必须晚于到园时间（%1）。</translation>
    </message>
    <message>
        <source>Hours are recorded only for hourly and home care.</source>
        <translation>只有计时托和上门托记录时长。</translation>
    </message>
    <message>
        <source>An absent child has no hours.</source>
        <translation>缺勤幼儿不应有时长。</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation>时长必须在 0 到 %1 小时之间。</translation>
    </message>
    <message>
        <source>Hourly care needs the hours, or the arrival and departure times.</source>
        <translation>计时托需要填写时长，或到园和离园时间。</translation>
    </message>
    <message>
        <source>Say what the morning check found abnormal.</source>
        <translation>请写明晨检发现的异常情况。</translation>
    </message>
    <message>
        <source>A body temperature lies between %1 and %2 °C.</source>
        <translation>体温应在 %1 到 %2 °C 之间。</translation>
    </message>
    <message>
        <source>A sick absence needs the symptom or illness, for the follow-up and the outbreak watch.</source>
        <translation>病假需要填写症状或疾病，用于缺勤追踪和疫情监测。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>%n audit row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 条审计记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Class and care type history</source>
        <translation>班级与托育类型变更</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff classes</source>
        <translation>工作人员所带班级</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Qualification types</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Official calendar days</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Official calendar years</source>
        <translation>节假日年度安排</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>停托日</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User classes</source>
        <translation>用户所带班级</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Viewed in full</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sick absence follow-ups</source>
        <translation>因病缺勤追踪</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Families&apos; subsidies</source>
        <translation>家庭补贴</translation>
    </message>
    <message>
        <source>Accident insurance policies</source>
        <translation>意外伤害保险保单</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written</source>
        <translation>
            <numerusform>写入 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier record(s) replaced</source>
        <translation>
            <numerusform>替换原有记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed in full</source>
        <translation>完整打印</translation>
    </message>
    <message>
        <source>Registered institutions</source>
        <translation>登记的机构</translation>
    </message>
    <message>
        <source>Registered institution keys</source>
        <translation>登记的机构公钥</translation>
    </message>
    <message>
        <source>Imported reports</source>
        <translation>已导入的月报</translation>
    </message>
    <message>
        <source>Held report files</source>
        <translation>暂存的月报文件</translation>
    </message>
    <message>
        <source>Report import log</source>
        <translation>月报导入日志</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Between</source>
        <translation>时间范围(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>核验审计记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; narrow the filter to see older ones.</source>
        <translation>仅显示最近的 %1 条更改；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>共 %n 条更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>The audit trail was altered</source>
        <translation>审计记录已被篡改</translation>
    </message>
    <message>
        <source>%1

Someone changed the database outside DaycareDesk. Keep this file as it is and compare it with a backup.</source>
        <translation>%1

有人在托育管家之外修改了数据库。请保持该文件原样，并与备份进行比对。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was exported to %1.</source>
        <translation>审计记录已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit row %1 was never sealed: it was added outside DaycareDesk.</source>
        <translation>第 %1 条审计记录未经签封：它是在托育管家之外添加的。</translation>
    </message>
    <message>
        <source>Audit row %1 was edited after it was written.</source>
        <translation>第 %1 条审计记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>Audit row %1 was deleted.</source>
        <translation>第 %1 条审计记录已被删除。</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were deleted.</source>
        <translation>第 %1 至 %2 条审计记录已被删除。</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it was inserted or moved.</source>
        <translation>第 %1 条审计记录顺序异常：它被插入或移动过。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>审计记录完整：已核验 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk backup: it is an SQLite file of another program.</source>
        <translation>%1 不是托育管家的备份：它是其他程序的 SQLite 文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to restore it.</source>
        <translation>%1 由更新版本的托育管家写入（数据结构版本 %2；本程序最高支持 %3）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. %2</source>
        <translation>无法写入备份 %1。%2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>%1 处没有备份文件。</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk backup (it is not an SQLite file).</source>
        <translation>%1 不是托育管家的备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>BillLineTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>For</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Worked out as</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BillLines</name>
    <message>
        <source>Care fee</source>
        <translation>保育费</translation>
    </message>
    <message>
        <source>Inclusive reduction</source>
        <translation>普惠减免</translation>
    </message>
    <message>
        <source>Absence refund</source>
        <translation>缺勤退费</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>伙食费</translation>
    </message>
    <message>
        <source>Hourly care</source>
        <translation>计时托费</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>上门托费</translation>
    </message>
    <message>
        <source>Collected item</source>
        <translation>代收费</translation>
    </message>
</context>
<context>
    <name>BillStore</name>
    <message>
        <source>%1 is not closed, so it has no final bills yet.</source>
        <translation>%1 尚未结账，还没有定稿账单。</translation>
    </message>
    <message>
        <source>A bill line of %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>%1 的一条账单明细类别未知：“%2”。</translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <source>Paid ahead</source>
        <translation>已多收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分缴费</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已缴清</translation>
    </message>
</context>
<context>
    <name>BirthSubsidies</name>
    <message>
        <source>%1, birth subsidy: a first child (孩次 1) has none; it is for a second or later child.</source>
        <translation>%1，生育补贴：一孩（孩次 1）不享受，生育补贴仅发放给二孩及以上。</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: give the day the family applied.</source>
        <translation>%1，生育补贴申请日期：请填写家庭提出申请的日期。</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: %2 is in the future.</source>
        <translation>%1，生育补贴申请日期：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1, birth subsidy application date: %2 is before the child was born (%3).</source>
        <translation>%1，生育补贴申请日期：%2 早于幼儿出生日期（%3）。</translation>
    </message>
    <message>
        <source>%1, birth subsidy grant date: %2 is in the future.</source>
        <translation>%1，生育补贴发放日期：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1, birth subsidy grant date: %2 is before the application (%3).</source>
        <translation>%1，生育补贴发放日期：%2 早于申请日期（%3）。</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyApplication</name>
    <message>
        <source>%1 is a first child (孩次 1): the birth subsidy is for a second or later child.</source>
        <translation>%1 是一孩（孩次 1）：生育补贴仅发放给二孩及以上。</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyForm</name>
    <message>
        <source>Birth Subsidy Application (生育补贴申请表)</source>
        <translation>生育补贴申请表</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>幼儿姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth order (孩次)</source>
        <translation>孩次</translation>
    </message>
    <message>
        <source>Third child or later</source>
        <translation>三孩及以上</translation>
    </message>
    <message>
        <source>Second child</source>
        <translation>二孩</translation>
    </message>
    <message>
        <source>Subsidy (yuan)</source>
        <translation>补贴金额（元）</translation>
    </message>
    <message>
        <source>%1 (人民币大写: %2)</source>
        <translation>%1（人民币大写：%2）</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>托育机构</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与幼儿关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Bring with this sheet: the household register (户口簿), the child&apos;s birth medical certificate (出生医学证明), both parents&apos; ID cards and a bank card in a guardian&apos;s name.</source>
        <translation>申请时请随本表携带：户口簿、幼儿的出生医学证明、父母双方的身份证，以及监护人名下的银行卡。</translation>
    </message>
    <message>
        <source>I declare that the above is true. Applicant (guardian): ________________      Date: ____________</source>
        <translation>本人承诺以上信息真实无误。申请人（监护人）：________________      日期：____________</translation>
    </message>
    <message>
        <source>Filled in by the day care: ________________      Institution&apos;s stamp:</source>
        <translation>托育机构填表人：________________      机构盖章：</translation>
    </message>
</context>
<context>
    <name>BirthSubsidyTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <source>Birth subsidy</source>
        <translation>生育补贴</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Childcare subsidy (育儿补贴) applied</source>
        <translation>育儿补贴申请情况</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>care day</source>
        <translation>托育日</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>make-up working day (a care day)</source>
        <translation>调休上班日（托育日）</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>停托</translation>
    </message>
    <message>
        <source>&amp;Mark closed…</source>
        <translation>标记停托(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reopen this day</source>
        <translation>取消停托(&amp;R)</translation>
    </message>
    <message>
        <source>Closures this month</source>
        <translation>本月停托日</translation>
    </message>
    <message>
        <source>Care days in %1: %2</source>
        <translation>%1 托育日：%2 天</translation>
    </message>
    <message>
        <source>%1: closed (%2).</source>
        <translation>%1：停托（%2）。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>There is no care on this day anyway, so it cannot be marked closed.</source>
        <translation>这一天本来就不托育，不能标记为停托。</translation>
    </message>
    <message>
        <source>Mark closed</source>
        <translation>标记停托</translation>
    </message>
    <message>
        <source>Why is the institution closed on %1? (e.g. heating repair)</source>
        <translation>%1 停托的原因是什么？（例如：暖气维修）</translation>
    </message>
    <message>
        <source>A closure needs its reason; the day was not closed.</source>
        <translation>停托需要填写原因；这一天未标记为停托。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Please give the reason for closing on %1.</source>
        <translation>请填写 %1 停托的原因。</translation>
    </message>
    <message>
        <source>%1 is not a care day (weekend or public holiday), so there is nothing to close.</source>
        <translation>%1 不是托育日（周末或法定节假日），无需停托。</translation>
    </message>
</context>
<context>
    <name>CareCalendar</name>
    <message>
        <source>The official holiday calendar for %1 has not been added, so care days in %1 are counted as Monday to Friday. Add the year&apos;s holidays and make-up working days in Settings once the State Council publishes them.</source>
        <translation>尚未添加 %1 年的法定节假日安排，%1 年的托育日暂按周一至周五计算。国务院公布后，请在设置中添加该年的节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>CenterChartsPage</name>
    <message>
        <source>Places and children enrolled by county, %1</source>
        <translation>%1 各县区托位数与在托人数</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>托位数</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在托人数</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1（使用率 %2）</translation>
    </message>
    <message>
        <source>Places and children</source>
        <translation>托位数与在托人数</translation>
    </message>
    <message>
        <source>Attendance rate and certified caregivers by institution, %1 (target for certified caregivers: %2%)</source>
        <translation>%1 各机构出勤率与持证上岗率（持证上岗率目标：%2%）</translation>
    </message>
    <message>
        <source>Attendance rate (出勤率)</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率)</source>
        <translation>持证上岗率</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>尚无月报</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>Operating subsidy claimed by month</source>
        <translation>各月申报运营补贴</translation>
    </message>
    <message>
        <source>Subsidy claimed</source>
        <translation>申报补贴</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Children visited at home</source>
        <translation>入户指导幼儿</translation>
    </message>
    <message>
        <source>Places, children enrolled and children visited at home by county, %1</source>
        <translation>%1 各县区托位数、在托人数与入户指导幼儿数</translation>
    </message>
</context>
<context>
    <name>CenterFigureColumns</name>
    <message>
        <source>Places</source>
        <translation>托位数</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在托人数</translation>
    </message>
    <message>
        <source>Place use</source>
        <translation>托位使用率</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>持证上岗率</translation>
    </message>
    <message>
        <source>Subsidy child-months</source>
        <translation>补贴人月数</translation>
    </message>
    <message>
        <source>Subsidy claimed</source>
        <translation>申报补贴</translation>
    </message>
    <message>
        <source>Children visited at home</source>
        <translation>入户指导幼儿</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户次数</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介次数</translation>
    </message>
    <message>
        <source>Children reached (in care + visited)</source>
        <translation>0-3岁覆盖（在托＋入户）</translation>
    </message>
</context>
<context>
    <name>CenterFindingTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1，%2，%3：%4</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Institutions involved</source>
        <translation>涉及机构</translation>
    </message>
</context>
<context>
    <name>CenterFindings</name>
    <message>
        <source>Over the year&apos;s months</source>
        <translation>超过年度申报月数</translation>
    </message>
    <message>
        <source>More claimed than inclusive places</source>
        <translation>申报人数超过普惠托位</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 申报</translation>
    </message>
    <message>
        <source>%1 (%2) is claimed for %3 by %4 institutions: %5.</source>
        <translation>%1（%2）%3 被 %4 家机构申报：%5。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2) is claimed in %3 months of %4, more than the %5 allowed: %6.</source>
        <translation>%1（%2）在 %4 年被申报 %3 个月，超过允许的 %5 个月：%6。</translation>
    </message>
    <message>
        <source>%1 (%2) claims %3 children for %4 but has %5 approved inclusive places.</source>
        <translation>%1（%2）%4 申报 %3 名幼儿，但核定普惠托位只有 %5 个。</translation>
    </message>
    <message>
        <source>Claimed by more than one institution</source>
        <translation>多处机构重复申报</translation>
    </message>
</context>
<context>
    <name>CenterImport</name>
    <message>
        <source>The same file was imported on %1.</source>
        <translation>同一文件已于 %1 导入。</translation>
    </message>
    <message>
        <source>Signed with a key the center does not know (fingerprint %1). Register this institution? Its held files are then imported.</source>
        <translation>签名所用的密钥尚未在本中心登记（指纹 %1）。是否登记该机构？登记后其暂存文件将被导入。</translation>
    </message>
    <message>
        <source>Signed with the key of %1, but it reports for %2: an institution signs only its own reports.</source>
        <translation>该文件由 %1 的密钥签名，却是 %2 的月报：机构只能签署本机构的月报。</translation>
    </message>
    <message>
        <source>The report names no valid month and revision.</source>
        <translation>月报中没有有效的月份和版次。</translation>
    </message>
    <message>
        <source>Another file was imported as revision %1 of %2 for this institution; two files cannot both be it.</source>
        <translation>该机构 %2 的第 %1 版已由另一文件导入，两个文件不能是同一版次。</translation>
    </message>
    <message>
        <source>Revision %1 replaces revision %2 as the month&apos;s report; the older one is kept.</source>
        <translation>第 %1 版取代第 %2 版成为该月月报；旧版保留备查。</translation>
    </message>
    <message>
        <source>Revision %1 arrived after revision %2: kept in the history, but revision %2 stays the month&apos;s report.</source>
        <translation>第 %1 版晚于第 %2 版送达：已存入历史，该月月报仍以第 %2 版为准。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported, replaces an earlier revision</source>
        <translation>已导入，取代较早版次</translation>
    </message>
    <message>
        <source>Kept, an older revision</source>
        <translation>已保留（较早版次）</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Held: unknown signer</source>
        <translation>暂存：签名方未登记</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>This is a county center&apos;s roll-up, which goes to the city center; a county center imports its institutions&apos; monthly reports.</source>
        <translation>这是县区中心的汇总文件，应报送市中心；县区中心只导入所辖机构的月报。</translation>
    </message>
    <message>
        <source>This is an outreach team&apos;s month, which goes to its county center; the city center receives it in the county&apos;s roll-up.</source>
        <translation>这是农村婴幼儿照护服务队的月度文件，应报送所属县区中心；市中心通过县区汇总接收。</translation>
    </message>
</context>
<context>
    <name>CenterImportPage</name>
    <message>
        <source>Register this &amp;institution…</source>
        <translation>登记该机构(&amp;I)…</translation>
    </message>
    <message>
        <source>Drop report files (*.ddreport.json) or whole folders here, or</source>
        <translation>将月报文件（*.ddreport.json）或整个文件夹拖放到此处，或</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Register the key of the institution whose files are held; they are then imported.</source>
        <translation>登记暂存文件所属机构的公钥，登记后这些文件即被导入。</translation>
    </message>
    <message>
        <source>This import</source>
        <translation>本次导入</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>Import report files</source>
        <translation>导入月报文件</translation>
    </message>
    <message>
        <source>Report files (*%1);;All files (*)</source>
        <translation>月报文件 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No report files (*%1) were found in what was dropped.</source>
        <translation>拖放的内容中没有找到月报文件（*%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已导入 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacing an earlier revision</source>
        <translation>
            <numerusform>%n 份替换了较早版次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older revision(s) kept</source>
        <translation>
            <numerusform>%n 份较早版次已保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n 份此前已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n 份暂存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 份拒收</numerusform>
        </translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>本次尚未导入任何文件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CenterInstitutionTableModel</name>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key fingerprints</source>
        <translation>公钥指纹</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>CenterMonth</name>
    <message>
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期未报</translation>
    </message>
</context>
<context>
    <name>CenterMonthPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>CenterMonthTableModel</name>
    <message>
        <source>r%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
</context>
<context>
    <name>CenterRegistry</name>
    <message>
        <source>The key file does not name its institution (name and credit_code): ask the institution for the file DaycareDesk exported.</source>
        <translation>公钥文件未写明所属机构（name 和 credit_code）：请向机构索取托育管家导出的公钥文件。</translation>
    </message>
    <message>
        <source>The thumbprint read back (%1) is not this key&apos;s (%2): the file may not be the institution&apos;s. Nothing was registered.</source>
        <translation>核对的指纹（%1）与该公钥的指纹（%2）不符：该文件可能不是该机构的。未作任何登记。</translation>
    </message>
    <message>
        <source>This key is already registered for the institution %1, not for %2.</source>
        <translation>该公钥已登记在机构 %1 名下，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 is registered with another key. A new key is taken only when its thumbprint, read back by the institution&apos;s director, is given: %2</source>
        <translation>%1 已用另一公钥登记。只有提供由机构负责人核对过的指纹，才会登记新的公钥：%2</translation>
    </message>
    <message>
        <source>This database keeps a day care institution, not a center. Reports are imported into a county or city center&apos;s own database (init --type county-center or city-center).</source>
        <translation>本数据库属于托育机构，不是服务中心。月报应导入县区或市中心自己的数据库（init --type county-center 或 city-center）。</translation>
    </message>
</context>
<context>
    <name>CenterRegistryPage</name>
    <message>
        <source>A report is imported only when it is signed with a key registered here. Register an institution from the public key file (.jwk) its director exports, after comparing the key&apos;s fingerprint with her over the phone.</source>
        <translation>只有用此处登记的公钥签名的月报才会被导入。请先与机构负责人电话核对公钥指纹，再用其导出的公钥文件（.jwk）登记该机构。</translation>
    </message>
    <message>
        <source>&amp;Register a key…</source>
        <translation>登记机构公钥(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CenterRollUp</name>
    <message>
        <source>Only a county center sends a roll-up; the city center is the last to receive one.</source>
        <translation>只有县区中心报送汇总；市中心是汇总的最终接收方。</translation>
    </message>
</context>
<context>
    <name>CenterSenderTableModel</name>
    <message>
        <source>An older revision arrived after this one; this one stays the month&apos;s file.</source>
        <translation>较早的版次在此版次之后到达；本月仍以此版次为准。</translation>
    </message>
    <message>
        <source>%1, after the due date</source>
        <translation>%1（迟报）</translation>
    </message>
    <message>
        <source>r%1 (an older one came later)</source>
        <translation>第%1版（较早版次后到）</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>CenterStatusPage</name>
    <message>
        <source>E&amp;xport roll-up…</source>
        <translation>导出汇总(&amp;X)…</translation>
    </message>
    <message>
        <source>Sign the month&apos;s figures of every institution with the center&apos;s key and write the file for the city, with its workbook.</source>
        <translation>用本中心的密钥对各机构本月数据签名，生成报送市中心的文件及其工作簿。</translation>
    </message>
    <message>
        <source>By &amp;county</source>
        <translation>按县区(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>按类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>总计(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>发现的问题(&amp;F)</translation>
    </message>
    <message>
        <source>County cente&amp;rs</source>
        <translation>县区中心(&amp;R)</translation>
    </message>
    <message>
        <source>Reports &amp;received</source>
        <translation>收到的月报(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 institutions reported; reports of %3 are due by %4.</source>
        <translation>%2 家机构中已有 %1 家报送；%3 月报应于 %4 前报送。</translation>
    </message>
    <message>
        <source>&amp;Findings (%1)</source>
        <translation>发现的问题（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>The center has no signing key yet. Its head makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>本中心还没有签名密钥。请中心负责人在“机构与设置 → 数据安全与签名”中生成。</translation>
    </message>
    <message>
        <source>Export the roll-up of %1 into</source>
        <translation>将 %1 汇总导出到</translation>
    </message>
    <message>
        <source>Sign the roll-up of %1</source>
        <translation>签名 %1 汇总</translation>
    </message>
    <message>
        <source>The roll-up is signed with the center&apos;s key, so the city knows it comes from you unchanged. Type its passphrase.</source>
        <translation>汇总用本中心的密钥签名，市中心据此确认其来自本中心且未被改动。请输入密钥口令。</translation>
    </message>
    <message>
        <source>&amp;Findings (none)</source>
        <translation>发现的问题（无）(&amp;F)</translation>
    </message>
    <message>
        <source>Home visits by to&amp;wnship</source>
        <translation>按乡镇入户指导(&amp;W)</translation>
    </message>
    <message>
        <source>Children under three reached: %1 in care + %2 visited at home = %3.</source>
        <translation>覆盖三岁以下幼儿：在托 %1 + 入户指导 %2 = %3。</translation>
    </message>
    <message>
        <source>the roll-up of %1</source>
        <translation>%1 汇总</translation>
    </message>
</context>
<context>
    <name>CenterTotalsTableModel</name>
    <message>
        <source>All institutions</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构数</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>%1, please choose a new password of your own before you go on. It protects the children&apos;s personal data.</source>
        <translation>%1，请先设置一个自己的新密码再继续。它保护着幼儿的个人信息。</translation>
    </message>
</context>
<context>
    <name>ChargeItemDialog</name>
    <message>
        <source>Add an item collected on behalf</source>
        <translation>添加代收费项目</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>修改“%1”的价格</translation>
    </message>
    <message>
        <source>Items collected on behalf (代收费) such as accident insurance or bedding are passed on at cost. A price applies from its month until the next price; closed months keep theirs.</source>
        <translation>代收费项目（如意外保险、床上用品）按实际成本代收。价格自所选月份起执行，直到下一次调价；已结账月份保持原价。</translation>
    </message>
    <message>
        <source>e.g. 意外保险</source>
        <translation>例如：意外保险</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Applies from: %1</source>
        <translation>起始月份：%1</translation>
    </message>
</context>
<context>
    <name>ChargeItemRepository</name>
    <message>
        <source>The item collected on behalf no longer exists.</source>
        <translation>该代收费项目已不存在。</translation>
    </message>
    <message>
        <source>Amount: an item collected on behalf cannot cost less than nothing.</source>
        <translation>金额：代收费项目的金额不能为负数。</translation>
    </message>
    <message>
        <source>From: the month the price applies from is missing.</source>
        <translation>起始月份：缺少价格的起始月份。</translation>
    </message>
    <message>
        <source>Name: enter what is collected, for example 意外保险.</source>
        <translation>名称：请填写代收的内容，例如“意外保险”。</translation>
    </message>
    <message>
        <source>Name: there is already an item named %1.</source>
        <translation>名称：已有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>From: the first month is missing.</source>
        <translation>起始月份：缺少第一个月份。</translation>
    </message>
    <message>
        <source>To: the last month is missing.</source>
        <translation>截止月份：缺少最后一个月份。</translation>
    </message>
    <message>
        <source>To: the last month (%1) is before the first month (%2).</source>
        <translation>截止月份：最后一个月份（%1）早于第一个月份（%2）。</translation>
    </message>
    <message>
        <source>To: choose at most %1 months at a time (%2 to %3 is %4 months).</source>
        <translation>截止月份：一次最多选择 %1 个月（%2 至 %3 共 %4 个月）。</translation>
    </message>
    <message>
        <source>Item: %1 is no longer offered.</source>
        <translation>项目：“%1”已停止提供。</translation>
    </message>
    <message>
        <source>From: %1 has no price before %2.</source>
        <translation>起始月份：“%1”在 %2 之前没有价格。</translation>
    </message>
    <message>
        <source>The child no longer exists.</source>
        <translation>该幼儿已不存在。</translation>
    </message>
</context>
<context>
    <name>ChargeItemTableModel</name>
    <message>
        <source>not yet priced</source>
        <translation>尚未定价</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>已停止提供</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>All prices</source>
        <translation>历次价格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ChargeItemsView</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;price…</source>
        <translation>修改价格(&amp;P)…</translation>
    </message>
    <message>
        <source>Stop &amp;offering</source>
        <translation>停止提供(&amp;O)</translation>
    </message>
    <message>
        <source>Stop offering %1</source>
        <translation>停止提供“%1”</translation>
    </message>
    <message>
        <source>%1 can no longer be chosen for a child. The months already chosen stay on the bills until they are removed.</source>
        <translation>“%1”将不能再为幼儿选择。已选择的月份仍保留在账单上，直到被移除。</translation>
    </message>
</context>
<context>
    <name>ChildBasics</name>
    <message>
        <source>There is no child with the number %1.</source>
        <translation>没有编号为 %1 的幼儿。</translation>
    </message>
</context>
<context>
    <name>ChildChargesDialog</name>
    <message>
        <source>&amp;Add to these months</source>
        <translation>添加到这些月份(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from these months</source>
        <translation>从这些月份移除(&amp;R)</translation>
    </message>
    <message>
        <source>Items collected on behalf for %1</source>
        <translation>%1 的代收费项目</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>截止月份(&amp;T)：</translation>
    </message>
    <message>
        <source>Item: no item collected on behalf is offered yet.</source>
        <translation>项目：目前还没有提供任何代收费项目。</translation>
    </message>
    <message>
        <source>From month: %1</source>
        <translation>起始月份：%1</translation>
    </message>
    <message>
        <source>To month: %1</source>
        <translation>截止月份：%1</translation>
    </message>
</context>
<context>
    <name>ChildClaimDialog</name>
    <message>
        <source>County&apos;s list: %1</source>
        <translation>县（区）核定名单：%1</translation>
    </message>
    <message>
        <source>What the county&apos;s list for %1 says about %2, claimed for %3.</source>
        <translation>县（区）%1 核定名单中 %2 的结果（申报金额 %3）。</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>幼儿：</translation>
    </message>
    <message>
        <source>&amp;Approved (yuan):</source>
        <translation>核定金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Paid (yuan):</source>
        <translation>拨付金额（元）(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Covered by accident insurance</source>
        <translation>已参加意外伤害保险</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>已于</translation>
    </message>
    <message>
        <source>Vaccination certificate checked</source>
        <translation>已查验预防接种证</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意于</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>添加幼儿</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>编辑幼儿信息</translation>
    </message>
    <message>
        <source>C&amp;hild</source>
        <translation>幼儿(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>监护人(&amp;G)</translation>
    </message>
    <message>
        <source>Health &amp;&amp; &amp;consent</source>
        <translation>健康与同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>入托(&amp;E)</translation>
    </message>
    <message>
        <source>Class &amp;history</source>
        <translation>班级变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 王小雨</source>
        <translation>例如：王小雨</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Boy (男)</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Girl (女)</source>
        <translation>女</translation>
    </message>
    <message>
        <source>18 characters; birth date and gender are taken from it</source>
        <translation>18 位；出生日期和性别将据此自动填写</translation>
    </message>
    <message>
        <source>1 for a first child, 2 for a second, 3 or more: the birth subsidy depends on it.</source>
        <translation>头胎填 1，二孩填 2，三孩及以上填 3 或更大：生育补贴依此发放。</translation>
    </message>
    <message>
        <source>e.g. 山西省长治市潞州区</source>
        <translation>例如：山西省长治市潞州区</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number (身份证号):</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>性别(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Birth &amp;order (孩次):</source>
        <translation>孩次(&amp;O)：</translation>
    </message>
    <message>
        <source>Hu&amp;kou (户籍):</source>
        <translation>户籍(&amp;K)：</translation>
    </message>
    <message>
        <source>Parents and other guardians, and adults the family authorises to pick the child up. The first person is the main contact.</source>
        <translation>父母及其他监护人，以及家庭授权的接送人。第一位为主要联系人。</translation>
    </message>
    <message>
        <source>the guardian who signed</source>
        <translation>签字的监护人</translation>
    </message>
    <message>
        <source>version of the privacy notice signed</source>
        <translation>所签个人信息告知书的版本</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>过敏情况(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Admission health &amp;check:</source>
        <translation>入托体检日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Children&apos;s personal information is sensitive: record which guardian consented to its processing, when, and to which version of the notice.</source>
        <translation>儿童个人信息属于敏感个人信息：请记录哪位监护人、在何时、对哪一版告知书表示同意。</translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation>同意人(&amp;G)：</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>同意日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Notice &amp;version:</source>
        <translation>告知书版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>入托(&amp;E)</translation>
    </message>
    <message>
        <source>Put on the &amp;waiting list</source>
        <translation>登记候补(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>班级(&amp;L)：</translation>
    </message>
    <message>
        <source>Care &amp;type:</source>
        <translation>托育类型(&amp;T)：</translation>
    </message>
    <message>
        <source>First &amp;day in care:</source>
        <translation>入托日期(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;pplied on:</source>
        <translation>申请日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Wanted start &amp;month:</source>
        <translation>希望入托月份(&amp;M)：</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1 – %2: %3, %4</source>
        <translation>%1 至 %2：%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>Age on the first day: %n month(s); no class type fits.</source>
        <translation>
            <numerusform>入托当日月龄：%n 个月；没有合适的班型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age on the first day: %n month(s); suggested: %1.</source>
        <translation>
            <numerusform>入托当日月龄：%n 个月；建议：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting; the first: %1</source>
        <translation>
            <numerusform>有 %n 处需要更正；第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Set from the policies recorded under Subsidies → Accident insurance; tick it by hand only while the policy is not recorded there.</source>
        <translation>由“补贴 → 意外伤害保险”中登记的保单自动设置；仅在保单尚未登记时手动勾选。</translation>
    </message>
</context>
<context>
    <name>ChildListing</name>
    <message>
        <source>ID and phone numbers of %1 shown whole</source>
        <translation>显示了 %1 的完整身份证号和电话号码</translation>
    </message>
</context>
<context>
    <name>ChildRecordCard</name>
    <message>
        <source>ID and phone numbers of %1 printed whole on the record card</source>
        <translation>%1 的身份证号和电话号码以完整形式打印在档案卡上</translation>
    </message>
</context>
<context>
    <name>ChildRecordCardForm</name>
    <message>
        <source>Child&apos;s Record Card</source>
        <translation>幼儿档案卡</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>候补中</translation>
    </message>
    <message>
        <source>Left care</source>
        <translation>已离园</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>在托</translation>
    </message>
    <message>
        <source>Identity and enrolment</source>
        <translation>基本信息及入托情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>月龄</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth order (孩次)</source>
        <translation>孩次</translation>
    </message>
    <message>
        <source>Household registration (户籍)</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>入托日期</translation>
    </message>
    <message>
        <source>Last day in care</source>
        <translation>离园日期</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Guardians and adults who may pick her up</source>
        <translation>监护人及接送人</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>may pick up</source>
        <translation>可接送</translation>
    </message>
    <message>
        <source>may not pick up</source>
        <translation>不可接送</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Pick-up adult</source>
        <translation>接送人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Classes and care types</source>
        <translation>班级及托育类型</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Not placed in a class yet.</source>
        <translation>尚未分班。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>托育类型</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>意外伤害保险</translation>
    </message>
    <message>
        <source>No policy recorded.</source>
        <translation>未记录保单。</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Cover from</source>
        <translation>起保日期</translation>
    </message>
    <message>
        <source>Cover to</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Premium (yuan)</source>
        <translation>保费（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Admission health check</source>
        <translation>入托体检</translation>
    </message>
    <message>
        <source>Vaccination certificate</source>
        <translation>预防接种证</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已查验</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未查验</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Guardian&apos;s signature: ________________      Recorded by: ________________      Head of institution: ________________</source>
        <translation>监护人签字：________________      填表人：________________      机构负责人：________________</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>打印日期：%1。</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked: only staff who may see them whole print them in full.</source>
        <translation>身份证号和电话号码已部分隐藏：仅有权查看完整信息的人员可打印完整号码。</translation>
    </message>
</context>
<context>
    <name>ChildRepository</name>
    <message>
        <source>The ID number %1 is already recorded for %2.</source>
        <translation>身份证号 %1 已登记在 %2 名下。</translation>
    </message>
    <message>
        <source>There is no child with number %1.</source>
        <translation>没有编号为 %1 的幼儿。</translation>
    </message>
    <message>
        <source>%1 is already enrolled (since %2).</source>
        <translation>%1 已入托（自 %2 起）。</translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent for %1 before enrolling.</source>
        <translation>请先记录监护人对 %1 的同意，再办理入托。</translation>
    </message>
    <message>
        <source>The enrolment date is before %1&apos;s birth date.</source>
        <translation>入托日期早于 %1 的出生日期。</translation>
    </message>
    <message>
        <source>%1 is not enrolled yet; enrol first.</source>
        <translation>%1 尚未入托，请先办理入托。</translation>
    </message>
    <message>
        <source>The change must take effect on or after the enrolment date %1.</source>
        <translation>变更生效日期不能早于入托日期 %1。</translation>
    </message>
    <message>
        <source>%1 left care on %2; a change after that date has no effect.</source>
        <translation>%1 已于 %2 离托，此后的变更没有意义。</translation>
    </message>
    <message>
        <source>%1 has no class on %2; give both the class and the care type.</source>
        <translation>%1 在 %2 没有所在班级，请同时指定班级和托育类型。</translation>
    </message>
    <message>
        <source>On %1 %2 is already in that class with that care type.</source>
        <translation>%1 当天 %2 已在该班级、该托育类型下。</translation>
    </message>
    <message>
        <source>%1 was never enrolled.</source>
        <translation>%1 从未入托。</translation>
    </message>
    <message>
        <source>The last day in care cannot be before the enrolment date %1.</source>
        <translation>最后在托日不能早于入托日期 %1。</translation>
    </message>
    <message numerus="yes">
        <source>This child has %n attendance record(s): the child can leave care but cannot be removed.</source>
        <translation>
            <numerusform>该幼儿已有 %n 条出勤记录：只能办理离托，不能删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildTableModel</name>
    <message>
        <source>Left on %1</source>
        <translation>%1 离托</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在托</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>月龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>托育类型</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting list since %1</source>
        <translation>候补中（%1 申请）</translation>
    </message>
    <message>
        <source>Waiting list since %1, wants %2</source>
        <translation>候补中（%1 申请，希望 %2 入托）</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>将于 %1 入托</translation>
    </message>
    <message>
        <source>Enrolled, last day %1</source>
        <translation>在托，最后在托日 %1</translation>
    </message>
    <message>
        <source>%1 · consent missing</source>
        <translation>%1 · 缺监护人同意</translation>
    </message>
</context>
<context>
    <name>ChildValidator</name>
    <message>
        <source>The child&apos;s name is missing.</source>
        <translation>请填写幼儿姓名。</translation>
    </message>
    <message>
        <source>Choose the child&apos;s gender (男 or 女).</source>
        <translation>请选择幼儿性别（男或女）。</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>请填写出生日期。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The birth order (孩次) must be 1, 2, 3 or more, not %1.</source>
        <translation>孩次应为 1、2、3 或更大，不能是 %1。</translation>
    </message>
    <message>
        <source>The enrolment date %1 is before the birth date.</source>
        <translation>入托日期 %1 早于出生日期。</translation>
    </message>
    <message>
        <source>On %1 the child is %2 months old; care starts at %3 months at the earliest.</source>
        <translation>%1 时幼儿 %2 个月大；最早 %3 个月起可以入托。</translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent (who and when) before enrolling the child.</source>
        <translation>入托前请记录监护人同意（同意人和日期）。</translation>
    </message>
    <message>
        <source>Give an enrolment date, or an application date for the waiting list.</source>
        <translation>请填写入托日期，或填写候补申请日期。</translation>
    </message>
    <message>
        <source>A child who was never enrolled cannot leave.</source>
        <translation>未入托的幼儿不能办理离托。</translation>
    </message>
    <message>
        <source>The last day in care, %1, is before the enrolment date %2.</source>
        <translation>最后在托日 %1 早于入托日期 %2。</translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation>申请日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>同意日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The admission health check date %1 is in the future.</source>
        <translation>入托体检日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Guardian %1 has no name.</source>
        <translation>第 %1 位监护人没有填写姓名。</translation>
    </message>
    <message>
        <source>Phone of %1: %2</source>
        <translation>%1的电话：%2</translation>
    </message>
    <message>
        <source>ID number of %1: %2</source>
        <translation>%1 的身份证号：%2</translation>
    </message>
</context>
<context>
    <name>ChildcareSubsidyAnswers</name>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未申请</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Show &amp;whole ID and phone numbers</source>
        <translation>显示完整身份证号和电话(&amp;W)</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Search by name, ID number, guardian or phone</source>
        <translation>按姓名、身份证号、监护人或电话搜索</translation>
    </message>
    <message>
        <source>All care types</source>
        <translation>全部托育类型</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在托</translation>
    </message>
    <message>
        <source>Left care</source>
        <translation>已离托</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>全部幼儿</translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation>添加幼儿(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>入托(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Move class…</source>
        <translation>调班(&amp;M)…</translation>
    </message>
    <message>
        <source>Change care &amp;type…</source>
        <translation>变更托育类型(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Leaves care…</source>
        <translation>离托(&amp;L)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message numerus="yes">
        <source>Children shown: %n of %1</source>
        <translation>
            <numerusform>显示 %n 名幼儿，共 %1 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Use this for an entry made by mistake or an application withdrawn; a child who attended keeps the records and leaves care instead.</source>
        <translation>从花名册中删除 %1？仅用于误录或撤回的申请；已出勤的幼儿保留记录，应办理离托。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>roster-%1.xlsx</source>
        <translation>花名册-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Roster exported</source>
        <translation>花名册已导出</translation>
    </message>
    <message>
        <source>The roster was written to %1.</source>
        <translation>花名册已保存到 %1。</translation>
    </message>
    <message>
        <source>The roster was written to %1, with ID and phone numbers masked.</source>
        <translation>花名册已保存到 %1，身份证号和电话已脱敏。</translation>
    </message>
    <message>
        <source>&amp;Print record card…</source>
        <translation>打印档案卡(&amp;P)…</translation>
    </message>
    <message>
        <source>Save record card as P&amp;DF…</source>
        <translation>将档案卡保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>请先在列表中选择一名幼儿。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Record card %1</source>
        <translation>%1 档案卡</translation>
    </message>
</context>
<context>
    <name>ClaimBatches</name>
    <message>
        <source>%1 has no claim yet: %2</source>
        <translation>%1 还没有补贴申报：%2</translation>
    </message>
    <message>
        <source>The claim for %1 (version %2) is %3: %4</source>
        <translation>%1 的申报（第 %2 版）状态为%3：%4</translation>
    </message>
    <message>
        <source>The claim for %1 (version %2) is %3: only a claim returned for correction gets a new version.</source>
        <translation>%1 的申报（第 %2 版）状态为%3：只有被退回修改的申报才能生成新版本。</translation>
    </message>
    <message>
        <source>%1 is not closed: close the month first, so the attendance and fees the claim shows are final.</source>
        <translation>%1 尚未月结：请先月结，使申报所列的考勤和费用成为定稿。</translation>
    </message>
    <message>
        <source>No child is claimable in %1: there is nothing to submit.</source>
        <translation>%1 没有可申报的幼儿，无可提交。</translation>
    </message>
    <message>
        <source>only a submitted claim can be approved.</source>
        <translation>只有已提交的申报才能审核通过。</translation>
    </message>
    <message>
        <source>The approved amount of the claim for %1 must be more than nothing; a claim the county refused is recorded as returned, with its note.</source>
        <translation>%1 申报的核定金额必须大于零；县里不予通过的申报请按“退回”登记，并填写说明。</translation>
    </message>
    <message>
        <source>The approved amount %1 is more than the %2 claimed for %3.</source>
        <translation>核定金额 %1 超过了 %3 申报的 %2。</translation>
    </message>
    <message>
        <source>Say what the county asks to correct in the claim for %1: the note is required.</source>
        <translation>请填写县里要求 %1 申报修改的内容：说明必填。</translation>
    </message>
    <message>
        <source>only a submitted claim can be returned.</source>
        <translation>只有已提交的申报才能退回。</translation>
    </message>
    <message>
        <source>only an approved claim can be paid.</source>
        <translation>只有已核定的申报才能登记拨付。</translation>
    </message>
    <message>
        <source>The payment for the claim for %1 must be more than nothing and at most the %2 approved.</source>
        <translation>%1 申报的拨付金额必须大于零，且不超过核定的 %2。</translation>
    </message>
    <message>
        <source>the county&apos;s amounts per child are recorded once it has approved the claim.</source>
        <translation>县里核定申报后，才能登记每名幼儿的金额。</translation>
    </message>
    <message>
        <source>The claim for %1 does not claim for this child.</source>
        <translation>%1 的申报中没有申报这名幼儿。</translation>
    </message>
    <message>
        <source>%1&apos;s amounts in the claim for %2 must be between 0.00 and the %3 claimed.</source>
        <translation>%1 在 %2 申报中的金额必须在 0.00 与申报的 %3 之间。</translation>
    </message>
    <message>
        <source>%1 was paid %2 in the claim for %3, more than the %4 approved.</source>
        <translation>%1 在 %3 申报中拨付 %2，超过了核定的 %4。</translation>
    </message>
</context>
<context>
    <name>ClaimDecisionDialog</name>
    <message>
        <source>Approved in &amp;full (%1)</source>
        <translation>全额核定（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>Approved in &amp;part, for:</source>
        <translation>部分核定(&amp;P)，核定金额：</translation>
    </message>
    <message>
        <source>&amp;Returned for correction, because:</source>
        <translation>退回修改(&amp;R)，原因：</translation>
    </message>
    <message>
        <source>The county&apos;s decision on %1</source>
        <translation>县（区）对 %1 申报的审核结果</translation>
    </message>
    <message>
        <source>What the county decided on the claim of %1. A returned claim is corrected and submitted again as a new version; the one sent is kept.</source>
        <translation>登记县（区）对 %1 申报的审核结果。被退回的申报修改后作为新版本重新申报；已报送的版本会保留。</translation>
    </message>
    <message>
        <source>yuan approved</source>
        <translation>元</translation>
    </message>
    <message>
        <source>e.g. two children&apos;s ID numbers do not match</source>
        <translation>例如：两名幼儿的身份证号不符</translation>
    </message>
</context>
<context>
    <name>ClaimPaymentDialog</name>
    <message>
        <source>Subsidy received for %1</source>
        <translation>%1 补贴到账</translation>
    </message>
    <message>
        <source>The county approved %1 for %2. How much of it has reached the institution&apos;s account?</source>
        <translation>县（区）已核定 %2 的补贴 %1。其中已有多少拨付到机构账户？</translation>
    </message>
    <message>
        <source>&amp;Received (yuan):</source>
        <translation>到账金额（元）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ClaimReasons</name>
    <message>
        <source>The institution&apos;s inclusive recognition does not cover the month.</source>
        <translation>机构的普惠认定未覆盖该月。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old on the 1st of the month: past the subsidy age.</source>
        <translation>
            <numerusform>当月1日已满 %n 个月，超过补贴年龄。</numerusform>
        </translation>
    </message>
    <message>
        <source>No ID number.</source>
        <translation>无身份证号。</translation>
    </message>
    <message>
        <source>In hourly or home care, which is not claimed.</source>
        <translation>计时托或上门托，不予申报。</translation>
    </message>
    <message>
        <source>Attended %1 of %2 care days; needs %3.</source>
        <translation>应出勤 %2 天，实际出勤 %1 天；需至少 %3 天。</translation>
    </message>
    <message numerus="yes">
        <source>Already claimed for %n month(s) this year: the yearly limit.</source>
        <translation>
            <numerusform>本年度已申报 %n 个月，达到年度上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the approved inclusive places.</source>
        <translation>超出核定普惠托位数。</translation>
    </message>
</context>
<context>
    <name>ClaimStatuses</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved in full</source>
        <translation>全额核定</translation>
    </message>
    <message>
        <source>approved in part</source>
        <translation>部分核定</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已拨付</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Attended %1 of %2 care days; %3 needed.</source>
        <translation>应出勤 %2 天，实际出勤 %1 天；需至少 %3 天。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Age on the 1st</source>
        <translation>当月1日月龄</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>实际出勤天数</translation>
    </message>
    <message>
        <source>Care fee</source>
        <translation>保育费</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>普惠减免</translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation>实收保育费</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>补贴标准</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <source>Claimed?</source>
        <translation>是否申报</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Add a class</source>
        <translation>添加班级</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>编辑班级 %1</translation>
    </message>
    <message>
        <source>A class gets its size limit and caregiver ratio from its type (托育机构设置标准). The Classes page warns when a class is over its capacity, short of caregivers or has children outside its ages.</source>
        <translation>班级的人数上限和保育人员配比由班型决定（托育机构设置标准）。班级页会在超额、保育人员不足或幼儿月龄不符时提醒。</translation>
    </message>
    <message>
        <source>e.g. 向日葵班</source>
        <translation>例如：向日葵班</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>例如：101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>班型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>额定人数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>活动室(&amp;R)：</translation>
    </message>
    <message>
        <source>Care&amp;givers:</source>
        <translation>保育人员(&amp;G)：</translation>
    </message>
    <message>
        <source>not in post</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>National maximum for this type: %1</source>
        <translation>该班型国家标准上限：%1 人</translation>
    </message>
</context>
<context>
    <name>ClassOverview</name>
    <message numerus="yes">
        <source>%1 in %2 is %n month(s) old; the class type is for children from %3 to under %4 months.</source>
        <translation>
            <numerusform>%2 的 %1 已 %n 个月；该班型适合 %3 至未满 %4 个月的幼儿。</numerusform>
        </translation>
    </message>
    <message>
        <source>With this child %1 would have %2 children, more than its capacity of %3.</source>
        <translation>加上该幼儿，%1 将有 %2 名幼儿，超过额定人数 %3。</translation>
    </message>
    <message>
        <source>%1 has %2 children, more than its capacity of %3.</source>
        <translation>%1 有 %2 名幼儿，超过额定人数 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n caregiver(s)</source>
        <translation>
            <numerusform>%n 名保育人员</numerusform>
        </translation>
    </message>
    <message>
        <source>With this child %1 would need %2 for %3 children (one for every %4) but has %5 assigned.</source>
        <translation>加上该幼儿，%1 的 %3 名幼儿需要 %2（每 %4 名幼儿 1 名），但只配备了 %5 名。</translation>
    </message>
    <message>
        <source>%1 needs %2 for %3 children (one for every %4) but has %5 assigned.</source>
        <translation>%1 的 %3 名幼儿需要 %2（每 %4 名幼儿 1 名），但只配备了 %5 名。</translation>
    </message>
    <message>
        <source>The capacity of %1 (%2) is above the national maximum of %3 for its class type.</source>
        <translation>%1 的额定人数（%2）超过该班型国家标准上限 %3。</translation>
    </message>
    <message>
        <source>There is no class with number %1.</source>
        <translation>没有编号为 %1 的班级。</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the child will be %n month(s) old, outside the ages of %2 (%3 to under %4 months).</source>
        <translation>
            <numerusform>%1 时该幼儿 %n 个月，不在 %2 的月龄范围内（%3 至未满 %4 个月）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassRepository</name>
    <message>
        <source>The class needs a name, such as 小一班.</source>
        <translation>请填写班级名称，例如“小一班”。</translation>
    </message>
    <message>
        <source>The capacity of class %1 must be at least 1, not %2.</source>
        <translation>班级 %1 的额定人数至少为 1，不能是 %2。</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>已有名为 %1 的班级。</translation>
    </message>
    <message>
        <source>Children have been placed in this class, so it keeps its history and cannot be removed.</source>
        <translation>该班级已有幼儿分入，需保留其历史记录，不能删除。</translation>
    </message>
    <message>
        <source>There is no class with number %1.</source>
        <translation>没有编号为 %1 的班级。</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>班型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>活动室</translation>
    </message>
    <message>
        <source>Children / capacity</source>
        <translation>幼儿 / 额定</translation>
    </message>
    <message>
        <source>Caregivers / required</source>
        <translation>保育人员 / 应配</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>保育人员</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No warnings on this day.</source>
        <translation>当日没有提醒。</translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation>添加班级(&amp;A)…</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Children have been placed in this class; it keeps its history.</source>
        <translation>该班级已有幼儿分入，需保留其历史记录。</translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>添加班级 %1</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>编辑班级 %1</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>删除班级</translation>
    </message>
    <message>
        <source>Delete the class %1?</source>
        <translation>删除班级 %1？</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>删除班级 %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 是空的。</translation>
    </message>
    <message>
        <source>This command needs a user: daycaredesk-cli --user NAME --password-file FILE ... (or the password in DAYCAREDESK_PASSWORD).</source>
        <translation>此命令需要登录用户：daycaredesk-cli --user NAME --password-file FILE ...（或在 DAYCAREDESK_PASSWORD 中提供密码）。</translation>
    </message>
    <message>
        <source>No password: give --password-file FILE or set DAYCAREDESK_PASSWORD.</source>
        <translation>缺少密码：请使用 --password-file FILE 或设置 DAYCAREDESK_PASSWORD。</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set DAYCAREDESK_PASSPHRASE.</source>
        <translation>未提供口令：请使用 --passphrase-file FILE，或设置 DAYCAREDESK_PASSPHRASE。</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <source>Back in care on</source>
        <translation>返园日期</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>结束追踪</translation>
    </message>
    <message>
        <source>%1, sick since %2 (%3). Write what came of it; the follow-up then leaves the list.</source>
        <translation>%1，自 %2 起病假（%3）。请填写结果，填写后该追踪记录将移出列表。</translation>
    </message>
    <message>
        <source>e.g. recovered, doctor&apos;s note seen; diagnosed 手足口病, class disinfected</source>
        <translation>例如：已康复，已查验医院证明；确诊手足口病，班级已消毒</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ClosedMonths</name>
    <message>
        <source>%1 is closed: reopen the month before changing its attendance.</source>
        <translation>%1 已结账：请先重新开启该月，再修改考勤。</translation>
    </message>
    <message>
        <source>%1 cannot change from %2: %3 is closed, and the fees of a closed month never change. Apply the change from %4 or later, or reopen %3 first.</source>
        <translation>%1 不能从 %2 起修改：%3 已结账，已结账月份的收费不会改变。请从 %4 或之后起执行，或先重新开启 %3。</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation>将结果以一个 JSON 对象输出到标准输出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 应为 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Missing argument; see --help.</source>
        <translation>缺少参数，请查看 --help。</translation>
    </message>
    <message>
        <source>%1 needs %2; see --help.</source>
        <translation>%1 需要 %2；参见 --help。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>请输入 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, but “%1” has %2.</source>
        <translation>统一社会信用代码应为 18 位，而“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>The credit code “%1” has “%2” at position %3, which is not allowed: a credit code has only digits and capital letters, and never uses I, O, Z, S or V.</source>
        <translation>统一社会信用代码“%1”的第 %3 位为“%2”，不符合规则：统一社会信用代码只能由数字和大写字母组成，且不使用 I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>The check character of the credit code “%1” should be %2, not %3 — a character was probably mistyped.</source>
        <translation>统一社会信用代码“%1”的校验码应为 %2，而不是 %3，可能有字符输入错误。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is not text; it may be an Excel workbook. Open it in Excel and save it as CSV (&quot;Save As&quot;, type &quot;CSV UTF-8&quot;).</source>
        <translation>该文件不是文本文件，可能是 Excel 工作簿。请在 Excel 中打开并另存为 CSV（“另存为”，类型选“CSV UTF-8”）。</translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens a field on line %1 is never closed, so the rest of the file would be one field. Close the quote or remove it.</source>
        <translation>第 %1 行开始的引号（&quot;）没有闭合，文件其余部分会被当作一个字段。请补上闭合引号或删除该引号。</translation>
    </message>
    <message>
        <source>The file has no header row: it is empty or has only blank lines.</source>
        <translation>文件没有表头行：文件为空或只有空行。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DailySheet</name>
    <message>
        <source>%1 is a weekend day: no care, no attendance sheet.</source>
        <translation>%1 是周末：不托育，没有考勤表。</translation>
    </message>
    <message>
        <source>%1 is a public holiday: no care, no attendance sheet.</source>
        <translation>%1 是法定节假日：不托育，没有考勤表。</translation>
    </message>
    <message>
        <source>The institution is closed on %1 (%2): no attendance sheet.</source>
        <translation>本机构 %1 停托（%2）：没有考勤表。</translation>
    </message>
    <message>
        <source>%1 is not assigned to this class.</source>
        <translation>%1 未分配到这个班级。</translation>
    </message>
</context>
<context>
    <name>DailySheetModel</name>
    <message>
        <source>arrival</source>
        <translation>到园</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>离园</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>morning check</source>
        <translation>晨检</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>%1: choose a status before saving the other fields.</source>
        <translation>%1：请先选择出勤状态，再保存其他内容。</translation>
    </message>
    <message>
        <source>%1, temperature &quot;%2&quot;: write it as 36.8.</source>
        <translation>%1，体温“%2”：请按 36.8 的格式填写。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) of %1: %2.</source>
        <translation>
            <numerusform>已保存 %1 的 %n 条记录：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>已修改，尚未保存</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>托育类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到园</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离园</translation>
    </message>
    <message>
        <source>Morning check</source>
        <translation>晨检</translation>
    </message>
    <message>
        <source>Check note</source>
        <translation>晨检说明</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DailySheetView</name>
    <message>
        <source>not done</source>
        <translation>未检</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>全部出勤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Marks present every child not recorded yet; recorded rows stay as they are.</source>
        <translation>把尚未登记的幼儿都记为出勤；已登记的行保持不变。</translation>
    </message>
    <message>
        <source>There is no class yet: add one on the Classes page.</source>
        <translation>还没有班级：请先在“班级”页添加。</translation>
    </message>
    <message>
        <source>No child is enrolled in this class on this day.</source>
        <translation>这一天本班没有在托幼儿。</translation>
    </message>
    <message>
        <source>⚠ Possible outbreak: %1</source>
        <translation>⚠ 疑似疫情：%1</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>考勤尚未保存</translation>
    </message>
    <message>
        <source>The sheet of %1 has changes that are not saved. Save them?</source>
        <translation>%1 的考勤表有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Every child already has a status.</source>
        <translation>每名幼儿都已有出勤状态。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>考勤未保存</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:
%1</source>
        <translation>未保存任何内容。请更正：
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) marked present; not saved yet.</source>
        <translation>
            <numerusform>已将 %n 名幼儿记为出勤，尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Keys: %1 · arrows move · F2 edits a field · Ctrl+S saves</source>
        <translation>按键：%1 · 方向键移动 · F2 编辑单元格 · Ctrl+S 保存</translation>
    </message>
</context>
<context>
    <name>DataSafetyBox</name>
    <message>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>核验审计记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;store a backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>DaycareDesk backups (*.db)</source>
        <translation>托育管家备份 (*.db)</translation>
    </message>
    <message>
        <source>Replace the database with %1? DaycareDesk closes, restores the backup and starts again. The database as it is now is kept in the backups folder.</source>
        <translation>用 %1 替换数据库？托育管家将关闭、恢复备份后重新启动。当前的数据库会保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is in use by another program (it is locked). Close DaycareDesk where else it is open, or wait for the other program to finish, and try again.</source>
        <translation>数据库 %1 正被其他程序使用（已锁定）。请关闭在其他位置打开的托育管家，或等待其他程序结束，然后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was not changed. Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。未对其做任何更改。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk database: it is an SQLite file of another program. It was not changed.</source>
        <translation>%1 不是托育管家数据库，而是其他程序的 SQLite 文件。未对其做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DaycareDesk (schema version %2; this program knows up to %3). Install the newer version to open it. It was not changed.</source>
        <translation>数据库 %1 由更新版本的托育管家写入（结构版本 %2；本程序最高支持版本 %3）。请安装新版本后再打开。未对其做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is read-only. DaycareDesk needs to write to it: copy it to a folder of your own or ask for write permission.</source>
        <translation>数据库 %1 为只读。托育管家需要写入该文件：请将其复制到您自己的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. DaycareDesk keeps a journal beside the database and needs to write there.</source>
        <translation>文件夹 %1 为只读。托育管家需要在数据库所在的文件夹中写入日志文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging here (the file system refused it). Keep the database on a local disk.</source>
        <translation>数据库 %1 在此位置无法使用预写式日志（被文件系统拒绝）。请将数据库存放在本地磁盘上。</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>当前 SQLite 库无法强制执行外键约束。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>在 %1 未找到数据库。</translation>
    </message>
    <message>
        <source>%1 is not a DaycareDesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 不是托育管家数据库（不是 SQLite 文件）。未对其做任何更改。</translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation>无法开始修改：%1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301</source>
        <translation>2026-03-01、2026/3/1、2026.3.1、2026年3月1日 或 20260301</translation>
    </message>
    <message>
        <source>No date: write one as %1.</source>
        <translation>缺少日期：请按 %1 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as %2.</source>
        <translation>“%1”不是日期：请写成 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the month must be from 1 to 12. Write dates as %2.</source>
        <translation>“%1”不是日期：月份应在 1 到 12 之间。日期请写成 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the day must be from 1 to %2 in %3. Write dates as %4.</source>
        <translation>“%1”不是日期：%3 的日应在 1 到 %2 之间。日期请写成 %4。</translation>
    </message>
    <message>
        <source>2026-03, 2026/3 or 2026年3月</source>
        <translation>2026-03、2026/3 或 2026年3月</translation>
    </message>
    <message>
        <source>No month: write one as %1.</source>
        <translation>缺少月份：请按 %1 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as %2.</source>
        <translation>“%1”不是月份：请写成 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must be from 1 to 12. Write months as %2.</source>
        <translation>“%1”不是月份：月份应在 1 到 12 之间。月份请写成 %2。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--children must be between 1 and 5000, not %1.</source>
        <translation>--children 应在 1 到 5000 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>--months must be between 1 and 36, not %1.</source>
        <translation>--months 应在 1 到 36 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>This database already holds the institution &quot;%1&quot;; demo data goes only into a new, empty database.</source>
        <translation>此数据库中已有机构“%1”；演示数据只能写入新建的空数据库。</translation>
    </message>
    <message>
        <source>This database already has user accounts; demo data goes only into a new, empty database.</source>
        <translation>该数据库已有用户账号；演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <source>--institution must be between 1 and %1, not %2.</source>
        <translation>--institution 须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>DemoOutreach</name>
    <message>
        <source>This database is not empty; a demo team goes only into a new, empty database.</source>
        <translation>此数据库不是空的；演示服务队只能写入新的空数据库。</translation>
    </message>
</context>
<context>
    <name>DevelopmentChecklist</name>
    <message>
        <source>Lifts the head when lying on the tummy</source>
        <translation>俯卧时能抬头</translation>
    </message>
    <message>
        <source>Follows a face or a toy with the eyes</source>
        <translation>眼睛能追随人脸或玩具</translation>
    </message>
    <message>
        <source>Smiles back when talked to</source>
        <translation>逗引时会笑</translation>
    </message>
    <message>
        <source>Rolls over</source>
        <translation>会翻身</translation>
    </message>
    <message>
        <source>Reaches for and grasps a toy</source>
        <translation>会伸手抓握玩具</translation>
    </message>
    <message>
        <source>Turns towards a voice or a sound</source>
        <translation>听到声音会转头寻找</translation>
    </message>
    <message>
        <source>Sits without support</source>
        <translation>能独坐</translation>
    </message>
    <message>
        <source>Babbles syllables such as &quot;ba-ba&quot;, &quot;ma-ma&quot;</source>
        <translation>会发出“爸爸”“妈妈”等音节</translation>
    </message>
    <message>
        <source>Passes a toy from one hand to the other</source>
        <translation>能把玩具从一只手换到另一只手</translation>
    </message>
    <message>
        <source>Pulls up to stand holding on</source>
        <translation>能扶物站立</translation>
    </message>
    <message>
        <source>Picks up a small thing between thumb and finger</source>
        <translation>能用拇指和食指捏起小物品</translation>
    </message>
    <message>
        <source>Waves bye-bye or copies a gesture</source>
        <translation>会挥手再见或模仿动作</translation>
    </message>
    <message>
        <source>Walks alone</source>
        <translation>能独走</translation>
    </message>
    <message>
        <source>Says a few words</source>
        <translation>会说几个词</translation>
    </message>
    <message>
        <source>Points at what he or she wants</source>
        <translation>会用手指指向想要的东西</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>会跑</translation>
    </message>
    <message>
        <source>Puts two words together</source>
        <translation>会说两个词的短语</translation>
    </message>
    <message>
        <source>Follows a simple instruction</source>
        <translation>能听懂并执行简单指令</translation>
    </message>
    <message>
        <source>Jumps with both feet</source>
        <translation>会双脚跳</translation>
    </message>
    <message>
        <source>Speaks in short sentences</source>
        <translation>会说简单的句子</translation>
    </message>
    <message>
        <source>Plays pretend (feeds a doll, makes a call)</source>
        <translation>会玩假装游戏（喂娃娃、打电话）</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>&amp;Record visit…</source>
        <translation>记录入户(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print route sheet…</source>
        <translation>打印路线单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save route sheet as P&amp;DF…</source>
        <translation>路线单另存为 PDF(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due for a visit on %1</source>
        <translation>
            <numerusform>%1 应入户家庭 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not visited for over three months, in amber.</source>
        <translation>
            <numerusform>；其中 %n 户超过三个月未入户，以琥珀色标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>Over %n month(s) without a visit</source>
        <translation>
            <numerusform>超过 %n 个月未入户</numerusform>
        </translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>尚未入户</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>未安排</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次入户</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次入户</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>FamilySubsidiesView</name>
    <message>
        <source>&amp;Every child in care, for the 育儿补贴</source>
        <translation>全部在托幼儿（育儿补贴）(&amp;E)</translation>
    </message>
    <message>
        <source>Family &amp;applied…</source>
        <translation>家庭已申请(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Not applied</source>
        <translation>未申请(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print application sheet…</source>
        <translation>打印申请表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save application sheet as PDF…</source>
        <translation>申请表另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Children in care &amp;on:</source>
        <translation>在托日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Applied for the &amp;childcare subsidy (育儿补贴):</source>
        <translation>育儿补贴申请情况(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) may apply for the birth subsidy, %1 in all; %2 have applied.</source>
        <translation>
            <numerusform>%n 个家庭可申请生育补贴，共计 %1；已申请 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The application of %1&apos;s family is recorded.</source>
        <translation>已登记 %1 家庭的申请。</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>Record that the family of %1 has not applied? The application date recorded is removed.</source>
        <translation>将 %1 的家庭登记为未申请？已登记的申请日期将被清除。</translation>
    </message>
    <message>
        <source>%1&apos;s family is recorded as not applied.</source>
        <translation>已将 %1 的家庭登记为未申请。</translation>
    </message>
    <message>
        <source>育儿补贴 for %1: %2.</source>
        <translation>%1 的育儿补贴：%2。</translation>
    </message>
    <message>
        <source>Birth subsidy application: %1</source>
        <translation>生育补贴申请：%1</translation>
    </message>
    <message>
        <source>Save the application sheet as PDF</source>
        <translation>将申请表保存为 PDF</translation>
    </message>
    <message>
        <source>Birth subsidy application %1.pdf</source>
        <translation>生育补贴申请表 %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the application sheet to %1.</source>
        <translation>申请表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>FeeScheduleView</name>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Fees in force in &amp;month:</source>
        <translation>所选月份执行的收费标准(&amp;M)：</translation>
    </message>
    <message>
        <source>Fee parameters (a change applies from a month on; closed months keep theirs)</source>
        <translation>收费参数（修改自某月起执行；已结账月份保持原值）</translation>
    </message>
    <message>
        <source>History of the chosen parameter:</source>
        <translation>所选参数的历次取值：</translation>
    </message>
    <message>
        <source>Items collected on behalf (代收费)</source>
        <translation>代收费项目</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>&amp;Close month…</source>
        <translation>月结(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;open month…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport bills…</source>
        <translation>导出账单(&amp;X)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>Collected &amp;items…</source>
        <translation>代收费项目(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Void receipt…</source>
        <translation>作废收据(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>How the selected bill is worked out:</source>
        <translation>所选账单的计算明细：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Bills of closed months not paid in full:</source>
        <translation>已结账月份中未缴清的账单：</translation>
    </message>
    <message>
        <source>Closed: these bills are final.</source>
        <translation>已结账：以下账单为定稿。</translation>
    </message>
    <message>
        <source>Open: the bills as attendance stands now; they become final when the month is closed.</source>
        <translation>未结账：以下账单按当前考勤计算，月结后定稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s), %1 care days. Due %2, paid %3, outstanding %4.</source>
        <translation>
            <numerusform>%n 份账单，托育日 %1 天。应收 %2，已收 %3，欠费 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n bill(s))</source>
        <translation>
            <numerusform>%1：%2（%n 份账单）</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears: every bill of a closed month is paid.</source>
        <translation>没有欠费：已结账月份的账单均已缴清。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Arrears (%1)</source>
        <translation>欠费（%1）</translation>
    </message>
    <message>
        <source>A month can be closed once it is over.</source>
        <translation>月份结束后才能月结。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance. Record them on the Attendance page, or ask the director to confirm them as absences.</source>
        <translation>
            <numerusform>%1 有 %n 个托育日未登记考勤。请在考勤页补登，或请负责人确认为缺勤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance, the first %2 on %3.

Confirm them as absences (other, &quot;%4&quot;) and close the month? Its attendance and bills then become final.</source>
        <translation>
            <numerusform>%1 有 %n 个托育日未登记考勤，第一个是 %2 的 %3。

确认这些日子为缺勤（其他，“%4”）并月结吗？月结后该月考勤和账单即成定稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 月结</translation>
    </message>
    <message>
        <source>Close %1? Its attendance and bills become final; only the director can reopen it.</source>
        <translation>确定为 %1 月结吗？该月考勤和账单将成定稿，只有负责人可以重新开启。</translation>
    </message>
    <message>
        <source>%1 is closed; its bills are final.</source>
        <translation>%1 已月结，账单已定稿。</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新开启 %1</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is kept in the audit trail, and the month&apos;s next report will show it was revised.</source>
        <translation>为什么重新开启 %1？原因会记入审计记录，该月下一次上报的报表会注明已修订。</translation>
    </message>
    <message>
        <source>%1 is open again; close it when the corrections are done.</source>
        <translation>%1 已重新开启；更正完成后请再次月结。</translation>
    </message>
    <message>
        <source>Receipt %1 issued for %2.</source>
        <translation>已为 %2 开具收据 %1。</translation>
    </message>
    <message>
        <source>Bills %1.xlsx</source>
        <translation>账单 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the bills</source>
        <translation>导出账单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the bills of %1 to %2.</source>
        <translation>已将 %1 的账单写入 %2。</translation>
    </message>
    <message>
        <source>Void receipt %1</source>
        <translation>作废收据 %1</translation>
    </message>
    <message>
        <source>Why is receipt %1 voided? It keeps its number and stays in the list.</source>
        <translation>为什么作废收据 %1？收据编号保留，并仍显示在列表中。</translation>
    </message>
    <message>
        <source>Receipt %1 is void; its payment no longer counts.</source>
        <translation>收据 %1 已作废，其缴费不再计入。</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>打印收据(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>收据另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将收据保存为 PDF</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>收据 %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved receipt %1 to %2.</source>
        <translation>已将收据 %1 保存到 %2。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>By child:</source>
        <translation>按幼儿：</translation>
    </message>
    <message>
        <source>Outstanding in all: %1. By month: %2.</source>
        <translation>欠费合计：%1。按月份：%2。</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <source>Refund for %1 recorded.</source>
        <translation>已登记 %1 的退款。</translation>
    </message>
</context>
<context>
    <name>FirstDirectorDialog</name>
    <message>
        <source>The director&apos;s account</source>
        <translation>负责人账号</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. From now on everyone logs in, and the director adds the accounts of the finance clerk and the caregivers. Create the director&apos;s account first.</source>
        <translation>该数据库还没有用户账号。今后所有人都需要登录，由负责人为财务人员和保育人员添加账号。请先创建负责人账号。</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>DaycareDesk</source>
        <translation>托育管家</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to DaycareDesk</source>
        <translation>欢迎使用托育管家</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to DaycareDesk&lt;/h3&gt;&lt;p&gt;A new database was created at&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用托育管家&lt;/h3&gt;&lt;p&gt;已新建数据库：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;您希望如何开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>使用演示数据</translation>
    </message>
    <message>
        <source>A made-up day care in Changzhi with classes, children, staff and three months of attendance, to look around safely.</source>
        <translation>一家虚构的长治托育机构，含班级、幼儿、工作人员和三个月的出勤记录，可放心浏览试用。</translation>
    </message>
    <message>
        <source>Set up my institution</source>
        <translation>设置本机构</translation>
    </message>
    <message>
        <source>Enter your institution&apos;s name, credit code, county and places; or set up a county or city center that receives the reports, or a rural home-visit team (服务队).</source>
        <translation>填写机构名称、统一社会信用代码、所属县区和托位数；也可设立接收月报的县区或市托育服务中心，或农村婴幼儿照护服务队。</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no follow-up with number %1.</source>
        <translation>没有编号为 %1 的追踪记录。</translation>
    </message>
    <message>
        <source>Follow-up %1 is already closed.</source>
        <translation>追踪记录 %1 已结束。</translation>
    </message>
    <message>
        <source>Follow-up %1: write the outcome (recovered, diagnosis, withdrawn) before closing it.</source>
        <translation>追踪记录 %1：结束前请填写结果（已康复、诊断结果、已离托等）。</translation>
    </message>
    <message>
        <source>Follow-up %1: the return date %2 is before the first sick day %3.</source>
        <translation>追踪记录 %1：返园日期 %2 早于首个病假日 %3。</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>no contact recorded yet</source>
        <translation>尚未记录联系情况</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Sick since</source>
        <translation>病假开始</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>病假天数</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Last contact with the family</source>
        <translation>最近一次家长联系</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>No sick absence is waiting for a follow-up.</source>
        <translation>没有待追踪的病假。</translation>
    </message>
    <message>
        <source>Record &amp;contact…</source>
        <translation>记录联系(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose with outcome…</source>
        <translation>填写结果并结束(&amp;L)…</translation>
    </message>
    <message>
        <source>Each sick absence is followed up (因病缺勤追踪): call the family, note what they say, and close it with the outcome once the child is back.</source>
        <translation>每次病假都要追踪（因病缺勤追踪）：联系家长，记录家长反馈，幼儿返园后填写结果并结束。</translation>
    </message>
    <message>
        <source>Follow-ups are kept by the director and the caregivers.</source>
        <translation>因病缺勤追踪由园长和保育人员负责。</translation>
    </message>
    <message>
        <source>Contact with the family</source>
        <translation>家长联系</translation>
    </message>
    <message>
        <source>What did the family of %1 say?</source>
        <translation>%1 的家长怎么说？</translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation>联系情况未记录</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>GuardianTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>May pick up</source>
        <translation>可接送</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>移除人员(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Left behind (留守): both parents work away</source>
        <translation>留守：父母均在外务工</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>编辑家庭</translation>
    </message>
    <message>
        <source>A family the team visits at home. Phones and ID numbers are kept only on this computer and are not sent to the county.</source>
        <translation>服务队入户指导的家庭。电话和身份证号只保存在本机，不报送县级中心。</translation>
    </message>
    <message>
        <source>The village (村), for the route sheet</source>
        <translation>所在村，用于路线单</translation>
    </message>
    <message>
        <source>Who looks after the children: 祖母</source>
        <translation>照护儿童的人：祖母</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>Guardians:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>儿童：</translation>
    </message>
    <message>
        <source>Ca&amp;rer:</source>
        <translation>照护人(&amp;R)：</translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation>知情同意人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The household was not saved: correct what is marked.</source>
        <translation>家庭未保存：请更正标出的内容。</translation>
    </message>
</context>
<context>
    <name>HouseholdGuardiansEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>The household key is missing: the rows of one household share it, so that its children are kept together.</source>
        <translation>缺少户编号：同一户的各行共用户编号，以便把该户的幼儿归在一起。</translation>
    </message>
    <message>
        <source>Household %1&apos;s first row (%2) has &quot;%3&quot; here; the rows of one household repeat its details or leave them empty.</source>
        <translation>户 %1 的第一行（第 %2 行）此处为“%3”；同一户的各行须重复相同信息或留空。</translation>
    </message>
    <message>
        <source>This child is recorded in another household than the earlier rows of household %1.</source>
        <translation>该幼儿登记在另一户，与户 %1 前面各行不是同一户。</translation>
    </message>
    <message>
        <source>The rows of household %1 and of household %2 are children of the same recorded household; give them one household key.</source>
        <translation>户 %1 和户 %2 的各行是已登记的同一户的幼儿；请使用同一个户编号。</translation>
    </message>
    <message>
        <source>Row %1 has the same ID number.</source>
        <translation>第 %1 行的身份证号与此相同。</translation>
    </message>
    <message>
        <source>Row %1 has a child of the same village, name and birth date; give the ID number if they are two.</source>
        <translation>第 %1 行有同村、同名、同出生日期的幼儿；如是两名幼儿，请填写身份证号。</translation>
    </message>
    <message numerus="yes">
        <source>%n children of %1 are recorded with this name and birth date; give the ID number to say which.</source>
        <translation>
            <numerusform>%1 登记有 %n 名同名、同出生日期的幼儿；请填写身份证号加以区分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is the same recorded child, %2.</source>
        <translation>第 %1 行是同一名已登记的幼儿：%2。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>The household no longer exists.</source>
        <translation>该家庭已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) recorded and cannot be taken off the household; close the household instead.</source>
        <translation>
            <numerusform>%1 已有 %n 次入户记录，不能从该家庭中移除；请改为将该家庭结案。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already recorded for %3 of %4.</source>
        <translation>%2 的身份证号 %1 已登记为 %4 的 %3。</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>There is no child %1 among the team&apos;s households.</source>
        <translation>服务队的家庭中没有编号为 %1 的幼儿。</translation>
    </message>
</context>
<context>
    <name>HouseholdRowsEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1（%n 月龄）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Left behind, cared for by %1</source>
        <translation>留守，由%1照护</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>尚未入户</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次入户</translation>
    </message>
</context>
<context>
    <name>HouseholdValidator</name>
    <message>
        <source>Give at least one guardian or carer the team can speak to.</source>
        <translation>请至少填写一位可联系的监护人或照料人。</translation>
    </message>
    <message>
        <source>Guardian %1 has no name.</source>
        <translation>监护人 %1 未填写姓名。</translation>
    </message>
    <message>
        <source>Guardian %1&apos;s phone: %2</source>
        <translation>监护人 %1 的电话：%2</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>幼儿 %1</translation>
    </message>
    <message>
        <source>Child %1 has no name.</source>
        <translation>幼儿 %1 未填写姓名。</translation>
    </message>
    <message>
        <source>%1: choose boy or girl.</source>
        <translation>%1：请选择性别。</translation>
    </message>
    <message>
        <source>%1: the birth date is required.</source>
        <translation>%1：出生日期为必填项。</translation>
    </message>
    <message>
        <source>%1: the birth date %2 is in the future.</source>
        <translation>%1：出生日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>%1 was born on %2 and is three or older; the team follows children under three.</source>
        <translation>%1 出生于 %2，已满三岁；服务队只跟踪三岁以下幼儿。</translation>
    </message>
    <message>
        <source>%1&apos;s ID number: %2</source>
        <translation>%1 的身份证号：%2</translation>
    </message>
    <message>
        <source>The village (村) is required: the route sheet is grouped by it.</source>
        <translation>村为必填项：入户路线单按村分组。</translation>
    </message>
    <message>
        <source>A left-behind (留守) household needs the carer who looks after the children.</source>
        <translation>留守家庭需填写照料幼儿的人。</translation>
    </message>
    <message>
        <source>Record who agreed to the home visits and the records, and on which day, before the household is registered.</source>
        <translation>登记家庭前，请记录同意入户指导和建档的人及同意日期。</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>同意日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>登记日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The household cannot be closed before it was registered.</source>
        <translation>结案日期不能早于登记日期。</translation>
    </message>
    <message>
        <source>Add the child (under three) the team will visit.</source>
        <translation>请添加服务队将入户指导的三岁以下幼儿。</translation>
    </message>
    <message>
        <source>Children %1 and %2 have the same ID number.</source>
        <translation>幼儿 %1 与幼儿 %2 的身份证号相同。</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>&amp;Edit household…</source>
        <translation>编辑家庭(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>记录入户(&amp;R)…</translation>
    </message>
    <message>
        <source>Search by village, address, guardian or child</source>
        <translation>按村、住址、监护人或儿童搜索</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>新增家庭(&amp;A)…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the 18-character ID number.</source>
        <translation>请输入 18 位公民身份号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, but “%1” has %2.</source>
        <translation>公民身份号码应为 18 位，而“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>The ID number “%1” has “%2” at position %3; an ID number has only digits, with X allowed as the last character.</source>
        <translation>公民身份号码“%1”的第 %3 位为“%2”；公民身份号码只能由数字组成，仅最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number “%1” starts with %2, but ID numbers start with a region code whose first digit is 1 to 8.</source>
        <translation>公民身份号码“%1”以 %2 开头，但公民身份号码以行政区划代码开头，其首位应为 1 至 8。</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which does not exist.</source>
        <translation>公民身份号码“%1”中的出生日期 %2 不存在。</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which is before 1900.</source>
        <translation>公民身份号码“%1”中的出生日期 %2 早于 1900 年。</translation>
    </message>
    <message>
        <source>The ID number “%1” contains the birth date %2, which is after today (%3).</source>
        <translation>公民身份号码“%1”中的出生日期 %2 晚于今天（%3）。</translation>
    </message>
    <message>
        <source>The check character of the ID number “%1” should be %2, not %3 — a digit was probably mistyped.</source>
        <translation>公民身份号码“%1”的校验码应为 %2，而不是 %3，可能有数字输入错误。</translation>
    </message>
    <message>
        <source>The ID number “%1” gives the birth date %2, but the birth date entered is %3.</source>
        <translation>公民身份号码“%1”中的出生日期为 %2，但填写的出生日期为 %3。</translation>
    </message>
    <message>
        <source>The ID number “%1” belongs to a male (its 17th digit is odd), but the gender entered is female.</source>
        <translation>公民身份号码“%1”对应男性（第 17 位为奇数），但填写的性别为女。</translation>
    </message>
    <message>
        <source>The ID number “%1” belongs to a female (its 17th digit is even), but the gender entered is male.</source>
        <translation>公民身份号码“%1”对应女性（第 17 位为偶数），但填写的性别为男。</translation>
    </message>
</context>
<context>
    <name>ImportLogTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 处问题，未导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Unknown column &quot;%1&quot; is ignored.</source>
        <translation>未知列“%1”已忽略。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing.</source>
        <translation>缺少必需的列 %1（%2）。</translation>
    </message>
    <message>
        <source>The gender is missing.</source>
        <translation>缺少性别。</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;; write 男 or 女.</source>
        <translation>无法识别的性别“%1”；请填写 男 或 女。</translation>
    </message>
    <message>
        <source>Write 是 or 否 (yes or no), not &quot;%1&quot;.</source>
        <translation>请填写“是”或“否”，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportedFileTableModel</name>
    <message>
        <source>r%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>InstitutionKeys</name>
    <message>
        <source>The signing key was removed while it was being unlocked.</source>
        <translation>签名密钥在解锁过程中被删除。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters; a sentence you can remember is better than a short word.</source>
        <translation>口令至少需要 %1 个字符；一句好记的话比一个短词更安全。</translation>
    </message>
    <message>
        <source>The institution has a signing key already (%1). Rotate it to make a new one.</source>
        <translation>本机构已有签名密钥（%1）。如需新密钥，请轮换密钥。</translation>
    </message>
    <message>
        <source>The institution has no signing key yet. The director makes one with a passphrase first.</source>
        <translation>本机构尚无签名密钥，请负责人先设置口令生成密钥。</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <source>Institution</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>编辑信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Care days this year</source>
        <translation>本年度托育日</translation>
    </message>
    <message>
        <source>Policy parameters (dated; a month is always computed with the values in force in that month)</source>
        <translation>政策参数（按日期生效；每个月均按当月有效的参数计算）</translation>
    </message>
    <message>
        <source>The institution has not been set up yet.</source>
        <translation>尚未设置机构信息。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>所属县区：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>Operating model:</source>
        <translation>运营模式：</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>托位数：</translation>
    </message>
    <message>
        <source>Inclusive (普惠):</source>
        <translation>是否普惠：</translation>
    </message>
    <message>
        <source>Yes, since %1; %2 approved inclusive places</source>
        <translation>是，自 %1 起认定；核定普惠托位 %2 个</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Official %1 holidays and make-up working days are applied.</source>
        <translation>已采用国家公布的 %1 年节假日和调休上班日安排。</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>机构(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fees (收费标准)</source>
        <translation>收费标准(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Data safety and signing</source>
        <translation>数据安全与签名(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
</context>
<context>
    <name>InstitutionProfile</name>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>机构名称为必填项。</translation>
    </message>
    <message>
        <source>The county is required.</source>
        <translation>所属县区为必填项。</translation>
    </message>
    <message>
        <source>The number of places must be at least 1.</source>
        <translation>托位数至少为 1。</translation>
    </message>
    <message>
        <source>An inclusive (普惠) institution needs the date of its recognition.</source>
        <translation>普惠机构须填写普惠认定日期。</translation>
    </message>
    <message>
        <source>The recognition date %1 is in the future.</source>
        <translation>认定日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>An inclusive institution needs its approved inclusive places (at least 1).</source>
        <translation>普惠机构须填写核定普惠托位数（至少为 1）。</translation>
    </message>
    <message>
        <source>The approved inclusive places (%1) cannot exceed the total places (%2).</source>
        <translation>核定普惠托位数（%1）不能超过总托位数（%2）。</translation>
    </message>
    <message>
        <source>Inclusive places or a recognition date were given, but the institution is not marked inclusive (普惠).</source>
        <translation>已填写普惠托位数或认定日期，但机构未标记为普惠机构。</translation>
    </message>
    <message>
        <source>Independent childcare institution</source>
        <translation>独立托育机构</translation>
    </message>
    <message>
        <source>Community childcare point</source>
        <translation>社区托育点</translation>
    </message>
    <message>
        <source>Family childcare point</source>
        <translation>家庭托育点</translation>
    </message>
    <message>
        <source>Kindergarten nursery class</source>
        <translation>幼儿园托班</translation>
    </message>
    <message>
        <source>Employer-run childcare</source>
        <translation>用人单位办托</translation>
    </message>
    <message>
        <source>Childcare run by a medical institution</source>
        <translation>医疗机构办托</translation>
    </message>
    <message>
        <source>Public building, publicly run</source>
        <translation>公建公营</translation>
    </message>
    <message>
        <source>Public building, privately run</source>
        <translation>公建民营</translation>
    </message>
    <message>
        <source>Privately run</source>
        <translation>民办</translation>
    </message>
    <message>
        <source>A center keeps no places of its own and is not recognised as inclusive; leave places and the inclusive recognition empty.</source>
        <translation>服务中心本身不登记托位，也不做普惠认定；请将托位数和普惠认定留空。</translation>
    </message>
    <message>
        <source>County childcare service center</source>
        <translation>县区托育综合服务中心</translation>
    </message>
    <message>
        <source>City childcare service center</source>
        <translation>市托育综合服务中心</translation>
    </message>
    <message>
        <source>An outreach team needs the township (乡镇) it serves.</source>
        <translation>服务队需填写所服务的乡镇。</translation>
    </message>
    <message>
        <source>Only an outreach team records a township.</source>
        <translation>只有农村婴幼儿照护服务队填写乡镇。</translation>
    </message>
    <message>
        <source>An outreach team keeps no places and is not recognised as inclusive; leave places and the inclusive recognition empty.</source>
        <translation>服务队没有托位，也不参与普惠认定；托位与普惠认定请留空。</translation>
    </message>
    <message>
        <source>Rural infant-care service team</source>
        <translation>农村婴幼儿照护服务队</translation>
    </message>
</context>
<context>
    <name>InsurancePayers</name>
    <message>
        <source>City budget</source>
        <translation>市财政</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InsuranceRoll</name>
    <message>
        <source>%1, policy number: give the number printed on the policy.</source>
        <translation>%1，保单号：请填写保单上印的号码。</translation>
    </message>
    <message>
        <source>%1, start of cover: give the first day the policy covers.</source>
        <translation>%1，保障起始日：请填写保单保障的第一天。</translation>
    </message>
    <message>
        <source>%1, end of cover: give the last day the policy covers.</source>
        <translation>%1，保障截止日：请填写保单保障的最后一天。</translation>
    </message>
    <message>
        <source>%1, end of cover: %2 is before the start of cover (%3).</source>
        <translation>%1，保障截止日：%2 早于保障起始日（%3）。</translation>
    </message>
    <message>
        <source>%1, premium: %2 is less than 0.</source>
        <translation>%1，保费：%2 小于 0。</translation>
    </message>
    <message>
        <source>%1, policy number: policy %2 from %3 is already on the list.</source>
        <translation>%1，保单号：%3 起保的保单 %2 已登记。</translation>
    </message>
    <message>
        <source>There is no insurance policy with the number %1.</source>
        <translation>没有编号为 %1 的保单。</translation>
    </message>
    <message>
        <source>Period: give a first and a last day, the last not before the first.</source>
        <translation>期间：请填写起始日和截止日，截止日不能早于起始日。</translation>
    </message>
</context>
<context>
    <name>InsuranceTableModel</name>
    <message>
        <source>No policy recorded, though the roster says insured</source>
        <translation>花名册显示已参保，但未登记保单</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>未参保</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Cover from</source>
        <translation>保障起始</translation>
    </message>
    <message>
        <source>Cover to</source>
        <translation>保障截止</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方</translation>
    </message>
</context>
<context>
    <name>InsuranceView</name>
    <message>
        <source>&amp;Add policy…</source>
        <translation>添加保单(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change policy…</source>
        <translation>修改保单(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove policy…</source>
        <translation>删除保单(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport insured list…</source>
        <translation>导出参保名单(&amp;X)…</translation>
    </message>
    <message>
        <source>Cover &amp;from:</source>
        <translation>保障起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies), premiums %1; %2 child(ren) in care without cover.</source>
        <translation>
            <numerusform>%n 份保单，保费合计 %1；%2 名在托幼儿未参保。</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy is recorded.</source>
        <translation>保单已登记。</translation>
    </message>
    <message>
        <source>The policy of %1 is changed.</source>
        <translation>%1 的保单已修改。</translation>
    </message>
    <message>
        <source>Remove the policy</source>
        <translation>删除保单</translation>
    </message>
    <message>
        <source>Remove policy %1 of %2? Only a policy recorded by mistake should be removed.</source>
        <translation>删除 %2 的保单 %1？只有误录的保单才应删除。</translation>
    </message>
    <message>
        <source>Policy %1 is removed.</source>
        <translation>保单 %1 已删除。</translation>
    </message>
    <message>
        <source>Insured list %1 to %2.xlsx</source>
        <translation>参保名单 %1 至 %2.xlsx</translation>
    </message>
    <message>
        <source>Export the insured list</source>
        <translation>导出参保名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the insured list to %1.</source>
        <translation>参保名单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file is not a JSON Web Key: it is not a JSON object.</source>
        <translation>该密钥文件不是 JSON Web Key：内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The key file holds a key of type &quot;%1&quot;; an Ed25519 key has the type &quot;OKP&quot;.</source>
        <translation>该密钥文件中的密钥类型为“%1”；Ed25519 密钥的类型应为“OKP”。</translation>
    </message>
    <message>
        <source>The key file holds a key on the curve &quot;%1&quot;; only Ed25519 keys are accepted.</source>
        <translation>该密钥文件中的密钥曲线为“%1”；只接受 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>The key file contains a private key. Send and register only the public key.</source>
        <translation>该密钥文件包含私钥。只应发送和登记公钥。</translation>
    </message>
    <message>
        <source>The key file&apos;s public key (&quot;x&quot;) is not %1 bytes in base64url.</source>
        <translation>该密钥文件的公钥（&quot;x&quot;）不是 base64url 编码的 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The file is not a signed DaycareDesk file: it is not a JSON object.</source>
        <translation>该文件不是托育管家签名文件：它不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The signed file has the member &quot;%1&quot;; it may have only &quot;payload&quot;, &quot;protected&quot; and &quot;signature&quot;.</source>
        <translation>签名文件含有成员“%1”；只允许有“payload”“protected”“signature”三项。</translation>
    </message>
    <message>
        <source>The signed file has no &quot;%1&quot; member.</source>
        <translation>签名文件缺少成员“%1”。</translation>
    </message>
    <message>
        <source>The signed file&apos;s &quot;%1&quot; is not text.</source>
        <translation>签名文件的“%1”不是文本。</translation>
    </message>
    <message>
        <source>The signed file&apos;s &quot;%1&quot; is not base64url without padding.</source>
        <translation>签名文件的“%1”不是无填充的 base64url 编码。</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header is not a JSON object.</source>
        <translation>签名文件的受保护头部不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header names no algorithm (&quot;alg&quot;).</source>
        <translation>签名文件的受保护头部未注明算法（“alg”）。</translation>
    </message>
    <message>
        <source>The file is signed with the algorithm &quot;%1&quot;; DaycareDesk accepts only &quot;%2&quot; (Ed25519).</source>
        <translation>该文件使用“%1”算法签名；托育管家只接受“%2”（Ed25519）。</translation>
    </message>
    <message>
        <source>The file&apos;s protected header lists critical extensions (&quot;crit&quot;), which DaycareDesk does not support.</source>
        <translation>该文件的受保护头部列有关键扩展（“crit”），托育管家不支持。</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header does not name its key (&quot;kid&quot;).</source>
        <translation>签名文件的受保护头部未注明密钥（“kid”）。</translation>
    </message>
    <message>
        <source>The signed file&apos;s protected header has a &quot;typ&quot; that is not text.</source>
        <translation>签名文件受保护头部的“typ”不是文本。</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long; an Ed25519 signature has %2.</source>
        <translation>签名长 %1 字节；Ed25519 签名应为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language applies the next time DaycareDesk starts.</source>
        <translation>新的语言将在下次启动托育管家时生效。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DaycareDesk is locked</source>
        <translation>托育管家已锁定</translation>
    </message>
    <message>
        <source>DaycareDesk is locked to protect the children&apos;s personal data. Enter the password of &lt;b&gt;%1&lt;/b&gt; to go on working.</source>
        <translation>为保护幼儿个人信息，托育管家已锁定。请输入 &lt;b&gt;%1&lt;/b&gt; 的密码以继续工作。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to DaycareDesk</source>
        <translation>登录托育管家</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Log in with your user name and password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DaycareDesk</source>
        <translation>托育管家</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Current month: %1</source>
        <translation>当前月份：%1</translation>
    </message>
    <message>
        <source>Institution &amp; settings</source>
        <translation>机构与设置</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>There is nothing for the role %1 in this version of DaycareDesk yet.</source>
        <translation>此版本的托育管家暂时还没有面向“%1”角色的功能。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Logged in: %1 · %2</source>
        <translation>当前用户：%1 · %2</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>托育日历</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Verify a report file…</source>
        <translation>核验报表文件(&amp;V)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Monthly status</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>机构登记</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Due visits</source>
        <translation>入户计划</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not start upgrading the database: %1</source>
        <translation>无法开始升级数据库：%1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2. %3</source>
        <translation>将数据库升级到版本 %1 失败，数据库仍为版本 %2。%3</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>The mobile number “%1” contains “%2”; only digits, spaces, hyphens and a leading +86 are allowed.</source>
        <translation>手机号码“%1”中含有“%2”；只允许使用数字、空格、连字符和开头的 +86。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, but “%1” has %2.</source>
        <translation>手机号码应为 11 位数字，而“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>The mobile number “%1” starts with %2, but mobile numbers start with 13 to 19.</source>
        <translation>手机号码“%1”以 %2 开头，但手机号码应以 13 至 19 开头。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount of money, for example 1,234.50.</source>
        <translation>请输入金额，例如 1,234.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: &quot;%2&quot; is not allowed; use digits, a decimal point and commas between thousands.</source>
        <translation>“%1”不是有效金额：不能使用“%2”；请使用数字、小数点和千位分隔逗号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: it has more than one decimal point.</source>
        <translation>“%1”不是有效金额：含有多个小数点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: it has no digits.</source>
        <translation>“%1”不是有效金额：不含数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: commas may only separate groups of three digits before the decimal point, as in 1,234,567.50.</source>
        <translation>“%1”不是有效金额：逗号只能用于小数点前每三位数字的分隔，如 1,234,567.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount of money.</source>
        <translation>“%1”数值过大，不是有效金额。</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Enter a month as YYYY-MM, for example 2026-03.</source>
        <translation>请按 YYYY-MM 格式输入月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, for example 2026-03.</source>
        <translation>“%1”不是有效月份：请按 YYYY-MM 格式填写，例如 2026-03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: separate the year and the month with &quot;-&quot;, as in 2026-03.</source>
        <translation>“%1”不是有效月份：年份和月份之间请用“-”分隔，如 2026-03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the year must have four digits, as in 2026-03.</source>
        <translation>“%1”不是有效月份：年份必须为四位数字，如 2026-03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must have two digits, as in 2026-03.</source>
        <translation>“%1”不是有效月份：月份必须为两位数字，如 2026-03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: the month must be from 01 to 12.</source>
        <translation>“%1”不是有效月份：月份必须在 01 到 12 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: there is no year 0000.</source>
        <translation>“%1”不是有效月份：不存在 0000 年。</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已经结账。</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2.</source>
        <translation>%1 尚未结束：%2 起才能结账。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n care day(s) without attendance: %2. Record them, or confirm them as absences.</source>
        <translation>
            <numerusform>%1 有 %n 个托育日未登记考勤：%2。请补登，或确认为缺勤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why %1 is reopened; the reason is kept in the audit trail.</source>
        <translation>请说明重新开启 %1 的原因；原因会记入审计记录。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未结账。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportBuilder</name>
    <message>
        <source>%1 is not closed: a monthly report is made once the month&apos;s attendance and bills are final.</source>
        <translation>%1 尚未月结：月报须在当月考勤和账单确定后生成。</translation>
    </message>
    <message>
        <source>The institution is not set up yet: a monthly report needs its name and credit code.</source>
        <translation>机构信息尚未设置：月报需要机构名称和统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>MonthlyReports</name>
    <message>
        <source>Not yet exported</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Closed again since export: export the next revision</source>
        <translation>导出后已重新月结：请导出下一版</translation>
    </message>
    <message>
        <source>Changed since export: export the next revision</source>
        <translation>导出后数据有变：请导出下一版</translation>
    </message>
    <message>
        <source>Reopened: close the month, then export it again</source>
        <translation>已重新开账：月结后再次导出</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>N&amp;ew passphrase:</source>
        <translation>新口令(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>再次输入新口令(&amp;R)：</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ; type them again.</source>
        <translation>两次输入的新口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>OfficialCalendar</name>
    <message>
        <source>The calendar file is not valid JSON: %1 at character %2.</source>
        <translation>节假日安排文件不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The file is not a DaycareDesk holiday calendar (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>该文件不是托育管家节假日安排文件（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The calendar file has format version %1; this version of DaycareDesk reads version %2.</source>
        <translation>节假日安排文件的格式版本为 %1；此版本托育管家只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The calendar file has no list of &quot;years&quot;.</source>
        <translation>节假日安排文件中缺少“years”列表。</translation>
    </message>
    <message>
        <source>Entry %1 of the calendar&apos;s years has no valid &quot;year&quot;.</source>
        <translation>节假日安排文件“years”列表的第 %1 项没有有效的“year”。</translation>
    </message>
    <message>
        <source>Year %1 appears twice in the calendar file.</source>
        <translation>%1 年在节假日安排文件中出现了两次。</translation>
    </message>
    <message>
        <source>Year %1: &quot;holidays&quot; must be a list of [first, last] date pairs.</source>
        <translation>%1 年：“holidays”必须是由 [起始日期, 结束日期] 日期对组成的列表。</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: expected a pair of dates [first, last].</source>
        <translation>%1 年第 %2 个假期：应为一对日期 [起始日期, 结束日期]。</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年第 %2 个假期：“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Year %1: &quot;workdays&quot; must be a list of dates.</source>
        <translation>%1 年：“workdays”必须是日期列表。</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2: &quot;%3&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年第 %2 个调休上班日：“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Year %1: &quot;basis&quot; must be text.</source>
        <translation>%1 年：“basis”必须是文本。</translation>
    </message>
    <message>
        <source>%1 is not a valid year.</source>
        <translation>%1 不是有效年份。</translation>
    </message>
    <message>
        <source>Year %1, holiday %2: both the first and the last day are needed.</source>
        <translation>%1 年第 %2 个假期：起始日和结束日均须填写。</translation>
    </message>
    <message>
        <source>Year %1, holiday %2 (%3 to %4)</source>
        <translation>%1 年第 %2 个假期（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1: the last day is before the first day.</source>
        <translation>%1：结束日早于起始日。</translation>
    </message>
    <message>
        <source>%1: the dates are outside the year %2.</source>
        <translation>%1：日期不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1: a holiday longer than %2 days is surely a typing mistake.</source>
        <translation>%1：假期超过 %2 天，应是输入有误。</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2: the date is missing.</source>
        <translation>%1 年第 %2 个调休上班日：缺少日期。</translation>
    </message>
    <message>
        <source>Year %1, make-up working day %2 (%3)</source>
        <translation>%1 年第 %2 个调休上班日（%3）</translation>
    </message>
    <message>
        <source>%1: the date is outside the year %2.</source>
        <translation>%1：日期不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1: a make-up working day is always a Saturday or a Sunday.</source>
        <translation>%1：调休上班日只能是星期六或星期日。</translation>
    </message>
    <message>
        <source>%1: the day is also inside a holiday.</source>
        <translation>%1：该日期同时处于某个假期内。</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>DaycareDesk</source>
        <translation>托育管家</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Put it in the database&apos;s place? The damaged file is kept in the backups folder.</source>
        <translation>%1

最近一份完好的备份生成于 %2。是否用它替换当前数据库？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Open a backup?</source>
        <translation>打开备份？</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup from %1 is open. Changes made after it was taken must be entered again.</source>
        <translation>已打开 %1 的备份。备份之后所做的更改需要重新录入。</translation>
    </message>
    <message>
        <source>%1 was restored. The database as it was before is kept in %2.</source>
        <translation>已恢复 %1。恢复前的数据库保留在 %2。</translation>
    </message>
</context>
<context>
    <name>OperatingClaimView</name>
    <message>
        <source>&amp;Submit claim…</source>
        <translation>提交申报(&amp;S)…</translation>
    </message>
    <message>
        <source>County&apos;s &amp;decision…</source>
        <translation>县（区）审核结果(&amp;D)…</translation>
    </message>
    <message>
        <source>Subsidy &amp;received…</source>
        <translation>补贴到账(&amp;R)…</translation>
    </message>
    <message>
        <source>County&apos;s list for the &amp;child…</source>
        <translation>幼儿的县（区）核定结果(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport claim workbook…</source>
        <translation>导出申报表(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>As the rules make it now</source>
        <translation>按现行规则生成</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>第 %1 版：%2</translation>
    </message>
    <message>
        <source>Version %1 is a draft, not sent yet.</source>
        <translation>第 %1 版为草稿，尚未报送。</translation>
    </message>
    <message>
        <source>Version %1 was submitted on %2 by %3; it no longer changes.</source>
        <translation>第 %1 版已由 %3 于 %2 申报，不再更改。</translation>
    </message>
    <message>
        <source>Approved %1 of %2.</source>
        <translation>申报 %2，核定 %1。</translation>
    </message>
    <message>
        <source>Received %1; still owed %2.</source>
        <translation>已到账 %1；尚欠 %2。</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>退回修改：%1</translation>
    </message>
    <message>
        <source>The institution&apos;s inclusive recognition does not cover %1: nothing is claimable.</source>
        <translation>机构的普惠认定未覆盖 %1：没有可申报的内容。</translation>
    </message>
    <message>
        <source>The claim as the rules make it now, not saved. Submit it once the month is closed; it is then frozen as the next version.</source>
        <translation>按现行规则生成的申报，尚未保存。月结后即可提交，提交后冻结为下一版。</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) considered, %1 claimed, subsidy %2.</source>
        <translation>
            <numerusform>核查 %n 名幼儿，申报 %1 名，补贴 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1 on the Fees page first: a claim is submitted with the month&apos;s final attendance and bills.</source>
        <translation>请先在“收费”页面对 %1 进行月结：申报须使用当月定稿的考勤和账单。</translation>
    </message>
    <message>
        <source>Submit the claim for %1</source>
        <translation>提交 %1 的申报</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n child(ren) for %1, %2 in all? The claim is then frozen; a correction the county asks for becomes a new version.</source>
        <translation>
            <numerusform>申报 %1 的 %n 名幼儿，共计 %2？提交后申报即冻结；县（区）要求的修改将作为新版本提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the claim for %2 is submitted.</source>
        <translation>%2 申报第 %1 版已提交。</translation>
    </message>
    <message>
        <source>The county&apos;s decision on %1 is recorded.</source>
        <translation>已登记县（区）对 %1 申报的审核结果。</translation>
    </message>
    <message>
        <source>The subsidy received for %1 is recorded.</source>
        <translation>已登记 %1 的补贴到账情况。</translation>
    </message>
    <message>
        <source>The county&apos;s figures for %1 are recorded.</source>
        <translation>已登记县（区）对 %1 的核定金额。</translation>
    </message>
    <message>
        <source>Operating subsidy claim %1.xlsx</source>
        <translation>运营补贴申报表 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the claim workbook</source>
        <translation>导出申报表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the claim workbook of %1 to %2.</source>
        <translation>%1 的申报表已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>OutbreakDetector</name>
    <message>
        <source>Report to the local centre for disease control (疾控) within 24 hours, as 学校和托幼机构传染病疫情报告工作规范 requires: %1 sick absences with the same symptom in one class on one day, or %2 within %3 consecutive care days.</source>
        <translation>请在 24 小时内向当地疾控机构报告（依据《学校和托幼机构传染病疫情报告工作规范》）：同一班级同一天有 %1 名幼儿因相同症状缺勤，或连续 %3 个托育日内有 %2 名。</translation>
    </message>
</context>
<context>
    <name>OutbreakWatch</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) of %2 on %3 (%4).</source>
        <translation>
            <numerusform>%1：%3 有 %n 名幼儿因%2缺勤（%4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) of %2 from %3 to %4 (%5).</source>
        <translation>
            <numerusform>%1：%3 至 %4 共 %n 名幼儿因%2缺勤（%5）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachChildrenEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number (if known)</source>
        <translation>身份证号（如已知）</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>OutreachGroupTableModel</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 月龄</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入户次数</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
</context>
<context>
    <name>OutreachReport</name>
    <message>
        <source>%1 has not begun; a month is sent once its visits are made.</source>
        <translation>%1 尚未开始；入户完成后才能报送该月。</translation>
    </message>
</context>
<context>
    <name>OutreachSummaryPage</name>
    <message>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>E&amp;xport signed file…</source>
        <translation>导出签名文件(&amp;X)…</translation>
    </message>
    <message>
        <source>By member</source>
        <translation>按队员</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>按村</translation>
    </message>
    <message>
        <source>%1: %2 households and %3 children covered (%4 under 12 months, %5 of 12–24 months, %6 of 24–36 months), %7 visits, %8 referrals, %9 left-behind children visited.</source>
        <translation>%1：覆盖家庭 %2 户、儿童 %3 名（12 月龄以下 %4 名，12–24 月龄 %5 名，24–36 月龄 %6 名），入户 %7 次，转介 %8 次，入户指导留守儿童 %9 名。</translation>
    </message>
    <message>
        <source>The team has no signing key yet. The team leader makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>服务队还没有签名密钥。请队长在“机构与设置 → 数据安全与签名”中生成。</translation>
    </message>
    <message>
        <source>Export the visits of %1 into</source>
        <translation>将 %1 的入户记录导出到</translation>
    </message>
    <message>
        <source>Sign the visits of %1</source>
        <translation>签名 %1 的入户记录</translation>
    </message>
    <message>
        <source>The month&apos;s visits are signed with the team&apos;s key before they go to the county. Type its passphrase.</source>
        <translation>本月入户记录报送县级中心前用服务队的密钥签名。请输入密钥口令。</translation>
    </message>
    <message>
        <source>the visits of %1</source>
        <translation>%1 入户记录</translation>
    </message>
</context>
<context>
    <name>OutreachTeam</name>
    <message>
        <source>This database is not an outreach team&apos;s. Households and home visits are kept in the team&apos;s own database (init --type outreach-team).</source>
        <translation>此数据库不属于农村婴幼儿照护服务队。家庭与入户记录保存在服务队自己的数据库中（init --type outreach-team）。</translation>
    </message>
</context>
<context>
    <name>OverviewAlerts</name>
    <message numerus="yes">
        <source>%n illness absence(s) to follow up: %1</source>
        <translation>
            <numerusform>%n 名幼儿因病缺勤待追踪：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n child-day(s) without attendance this month</source>
        <translation>
            <numerusform>%1：本月有 %n 人次未记考勤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) not closed yet: %1</source>
        <translation>
            <numerusform>%n 个月尚未月结：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of %1 changed since it was exported: export it again as a new revision</source>
        <translation>%1 的月报在导出后数据有变动：请重新导出为新版本</translation>
    </message>
    <message numerus="yes">
        <source>%n closed month(s) not reported to the county: %1</source>
        <translation>
            <numerusform>%n 个已月结的月份尚未向县（区）报送：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) unpaid for more than a month: %1 in all</source>
        <translation>
            <numerusform>%n 张账单逾期一个月以上未缴清，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outgrows the class on %3: plan the move</source>
        <translation>%2的%1将于 %3 超出本班年龄范围：请安排转班</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>各月出勤率</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Children and places by class</source>
        <translation>各班在托人数与托位</translation>
    </message>
    <message>
        <source>Children in care</source>
        <translation>在托幼儿</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>托位</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Fees collected and subsidy received</source>
        <translation>实收保育费与到账补贴</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>实收保育费</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>到账补贴</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Children in care by age</source>
        <translation>在托幼儿年龄分布</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年龄（岁）</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Places in use</source>
        <translation>托位使用率</translation>
    </message>
    <message>
        <source>Present today</source>
        <translation>今日出勤</translation>
    </message>
    <message>
        <source>Attendance rate this month</source>
        <translation>本月出勤率</translation>
    </message>
    <message>
        <source>Fees collected this month</source>
        <translation>本月实收保育费</translation>
    </message>
    <message>
        <source>Operating subsidy received this year</source>
        <translation>本年度到账运营补贴</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>保育人员持证上岗率</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 children, %2 places</source>
        <translation>在托 %1 人，托位 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded yet</source>
        <translation>
            <numerusform>%n 人尚未记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone recorded</source>
        <translation>已全部记录</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>应出勤 %2 人天，实出勤 %1 人天</translation>
    </message>
    <message>
        <source>Billed %1 · arrears %2</source>
        <translation>应收 %1 · 欠费 %2</translation>
    </message>
    <message>
        <source>Claimed %1 · owed %2</source>
        <translation>已申报 %1 · 待拨付 %2</translation>
    </message>
    <message>
        <source>%1 of %2 · target %3%</source>
        <translation>%2 人中 %1 人持证 · 目标 %3%</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key.</source>
        <translation>请输入签名密钥的口令。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>A receipt is issued for the payment. To pay several months ahead, give the first month and how many months; each month gets the amount.</source>
        <translation>缴费后开具收据。预缴多个月时，填写第一个月和月数；每个月按所填金额计。</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>幼儿：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Number of mon&amp;ths:</source>
        <translation>月数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount per month (yuan):</source>
        <translation>每月金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>缴费方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>交款人(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. the transfer&apos;s transaction number</source>
        <translation>例如：转账交易单号</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>备注/单号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PaymentFields</name>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>There is no child with the number %1.</source>
        <translation>没有编号为 %1 的幼儿。</translation>
    </message>
    <message>
        <source>Date: give the day the money changed hands.</source>
        <translation>日期：请填写缴费的日期。</translation>
    </message>
    <message>
        <source>Date: %1 is in the future.</source>
        <translation>日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Amount: a payment must be more than 0; a refund is recorded as a refund.</source>
        <translation>金额：缴费金额必须大于 0；退款请按退款登记。</translation>
    </message>
    <message>
        <source>Months: a payment covers at least one month.</source>
        <translation>月数：一笔缴费至少对应一个月。</translation>
    </message>
    <message>
        <source>Month: say which month&apos;s bill is paid.</source>
        <translation>月份：请说明缴的是哪个月的账单。</translation>
    </message>
    <message>
        <source>Payer: say who paid; the receipt names them.</source>
        <translation>交款人：请填写交款人，收据上会写明。</translation>
    </message>
    <message>
        <source>Months: fees may be paid at most until %1 today; %2 is too far ahead.</source>
        <translation>月数：今天最多只能预缴到 %1；%2 超出了范围。</translation>
    </message>
    <message>
        <source>Month: %1 is not enrolled in %2.</source>
        <translation>月份：%1 在 %2 不在园。</translation>
    </message>
    <message>
        <source>Month: the bill of %1 for %2 is paid in full.</source>
        <translation>月份：%1 的 %2 账单已缴清。</translation>
    </message>
    <message>
        <source>Amount: the bill of %1 for %2 asks %3 more; %4 is more than that.</source>
        <translation>金额：%1 的 %2 账单还欠 %3；%4 超过了这个数。</translation>
    </message>
    <message>
        <source>Amount: a refund must be more than 0.</source>
        <translation>金额：退款金额必须大于 0。</translation>
    </message>
    <message>
        <source>Reason: say why the money goes back.</source>
        <translation>原因：请说明退款原因。</translation>
    </message>
    <message>
        <source>Amount: %1 can be refunded for %2&apos;s %3 at most; %4 is more than that.</source>
        <translation>金额：%2 的 %3 最多可退 %1；%4 超过了这个数。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>change the institution&apos;s details</source>
        <translation>修改机构信息</translation>
    </message>
    <message>
        <source>change fee and subsidy parameters</source>
        <translation>修改收费和补贴参数</translation>
    </message>
    <message>
        <source>change classes, children and staff</source>
        <translation>修改班级、幼儿和工作人员信息</translation>
    </message>
    <message>
        <source>see the roster</source>
        <translation>查看花名册</translation>
    </message>
    <message>
        <source>see whole ID and phone numbers</source>
        <translation>查看完整的身份证号和电话号码</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>登记出勤</translation>
    </message>
    <message>
        <source>see fees</source>
        <translation>查看收费</translation>
    </message>
    <message>
        <source>record fees and payments</source>
        <translation>登记收费和缴费</translation>
    </message>
    <message>
        <source>reopen a closed month</source>
        <translation>重新开启已结账的月份</translation>
    </message>
    <message>
        <source>prepare subsidy claims</source>
        <translation>编制补贴申报</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>create and restore backups</source>
        <translation>创建和恢复备份</translation>
    </message>
    <message>
        <source>record home visits</source>
        <translation>登记入户指导</translation>
    </message>
    <message>
        <source>work on a center&apos;s reports</source>
        <translation>处理中心的报表</translation>
    </message>
    <message>
        <source>confirm days without attendance as absences</source>
        <translation>将未登记考勤的日子确认为缺勤</translation>
    </message>
    <message>
        <source>manage the institution&apos;s signing keys</source>
        <translation>管理机构签名密钥</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Enrol %1</source>
        <translation>%1 入托</translation>
    </message>
    <message>
        <source>%1 leaves the waiting list and starts care on the day below.</source>
        <translation>%1 从候补转为入托，自下列日期起入托。</translation>
    </message>
    <message>
        <source>First &amp;day in care:</source>
        <translation>入托日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>班级(&amp;L)：</translation>
    </message>
    <message>
        <source>Care &amp;type:</source>
        <translation>托育类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Move %1 to another class</source>
        <translation>%1 调班</translation>
    </message>
    <message>
        <source>From the day below %1 is in the new class; the days before stay billed and claimed in %2.</source>
        <translation>自下列日期起 %1 进入新班级；此前的日子仍按 %2 计费和申报补贴。</translation>
    </message>
    <message>
        <source>First &amp;day in the new class:</source>
        <translation>到新班级的第一天(&amp;D)：</translation>
    </message>
    <message>
        <source>New c&amp;lass:</source>
        <translation>新班级(&amp;L)：</translation>
    </message>
    <message>
        <source>Change the care type of %1</source>
        <translation>变更 %1 的托育类型</translation>
    </message>
    <message>
        <source>From the day below the new care type applies; earlier days keep the old one.</source>
        <translation>自下列日期起适用新的托育类型；此前的日子保持原类型。</translation>
    </message>
    <message>
        <source>First &amp;day of the new care type:</source>
        <translation>新托育类型的第一天(&amp;D)：</translation>
    </message>
    <message>
        <source>New care &amp;type:</source>
        <translation>新托育类型(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 leaves care</source>
        <translation>%1 离托</translation>
    </message>
    <message>
        <source>The date is %1&apos;s last day in care. The records up to that day are kept.</source>
        <translation>该日期为 %1 的最后在托日，此前的记录全部保留。</translation>
    </message>
    <message>
        <source>&amp;Last day in care:</source>
        <translation>最后在托日(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PolicyDefinition</name>
    <message>
        <source>Monthly care fee, infant class</source>
        <translation>月保育费（乳儿班）</translation>
    </message>
    <message>
        <source>Monthly care fee, younger toddler class</source>
        <translation>月保育费（托小班）</translation>
    </message>
    <message>
        <source>Monthly care fee, older toddler class</source>
        <translation>月保育费（托大班）</translation>
    </message>
    <message>
        <source>Monthly care fee, mixed-age class</source>
        <translation>月保育费（混合班）</translation>
    </message>
    <message>
        <source>Monthly care fee, family care point</source>
        <translation>月保育费（家庭托育点）</translation>
    </message>
    <message>
        <source>Half-day care fee, share of the full-day fee</source>
        <translation>半日托保育费占全日托的比例</translation>
    </message>
    <message>
        <source>Hourly care, per started hour</source>
        <translation>计时托费用（每小时，不足 1 小时按 1 小时计）</translation>
    </message>
    <message>
        <source>Home care, per hour</source>
        <translation>上门托费用（每小时）</translation>
    </message>
    <message>
        <source>Inclusive care reduction per child per month</source>
        <translation>普惠减免（每人每月）</translation>
    </message>
    <message>
        <source>Meals, per day attended</source>
        <translation>伙食费（每出勤日）</translation>
    </message>
    <message>
        <source>Care fee refunded for a whole month absent</source>
        <translation>整月缺勤退还保育费比例</translation>
    </message>
    <message>
        <source>Care fee refunded when attending at most half the care days</source>
        <translation>出勤不超过半数托育日时退还保育费比例</translation>
    </message>
    <message>
        <source>Longest prepayment</source>
        <translation>最长预收费期限</translation>
    </message>
    <message>
        <source>Operating subsidy per child per month, independent institution</source>
        <translation>运营补贴（每人每月，独立托育机构）</translation>
    </message>
    <message>
        <source>Operating subsidy per child per month, kindergarten class</source>
        <translation>运营补贴（每人每月，幼儿园托班）</translation>
    </message>
    <message>
        <source>Attendance needed for the operating subsidy</source>
        <translation>申领运营补贴所需出勤率</translation>
    </message>
    <message>
        <source>Subsidised months per child per year, at most</source>
        <translation>每名幼儿每年最多补贴月数</translation>
    </message>
    <message>
        <source>Age limit for the operating subsidy</source>
        <translation>运营补贴年龄上限</translation>
    </message>
    <message>
        <source>Birth subsidy, second child</source>
        <translation>生育补贴（二孩）</translation>
    </message>
    <message>
        <source>Birth subsidy, third or later child</source>
        <translation>生育补贴（三孩及以上）</translation>
    </message>
    <message>
        <source>National childcare subsidy per child per year</source>
        <translation>国家育儿补贴（每人每年）</translation>
    </message>
    <message>
        <source>Youngest age accepted</source>
        <translation>最小入托月龄</translation>
    </message>
    <message>
        <source>Children per caregiver, mixed-age class</source>
        <translation>混合班保育人员与幼儿配比</translation>
    </message>
    <message>
        <source>Warning before a health certificate expires</source>
        <translation>健康合格证到期提前提醒</translation>
    </message>
    <message>
        <source>Target share of certified caregivers</source>
        <translation>持证上岗率目标</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>无操作自动锁定时间</translation>
    </message>
    <message>
        <source>Monthly report due, days after the month&apos;s end</source>
        <translation>月报报送期限（月末后天数）</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Add an insurance policy</source>
        <translation>添加保单</translation>
    </message>
    <message>
        <source>Change the policy of %1</source>
        <translation>修改 %1 的保单</translation>
    </message>
    <message>
        <source>A child&apos;s accident insurance (意外伤害保险) as the policy states it; both days of the period are covered.</source>
        <translation>按保单内容登记幼儿的意外伤害保险；保障期间的起止两天均在保障范围内。</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>幼儿(&amp;C)：</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>幼儿：</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>保单号(&amp;P)：</translation>
    </message>
    <message>
        <source>Cover &amp;from:</source>
        <translation>保障起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Cover &amp;to:</source>
        <translation>保障截止(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;remium (yuan):</source>
        <translation>保费（元）(&amp;R)：</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>缴费方(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>PolicyParameters</name>
    <message>
        <source>The policy file is not valid JSON: %1 at character %2.</source>
        <translation>政策参数文件不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The file is not a DaycareDesk policy file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>该文件不是托育管家政策参数文件（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The policy file has format version %1; this version of DaycareDesk reads version %2.</source>
        <translation>政策参数文件的格式版本为 %1；此版本托育管家只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The policy file has no list of &quot;parameters&quot;.</source>
        <translation>政策参数文件中缺少“parameters”列表。</translation>
    </message>
    <message>
        <source>Parameter %1 is not an object.</source>
        <translation>第 %1 个参数不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Parameter %1: &quot;%2&quot; is not a known policy parameter.</source>
        <translation>第 %1 个参数：“%2”不是已知的政策参数。</translation>
    </message>
    <message>
        <source>Parameter %1 (%2)</source>
        <translation>第 %1 个参数（%2）</translation>
    </message>
    <message>
        <source>%1: the unit is &quot;%2&quot;, but this parameter is counted in %3.</source>
        <translation>%1：单位为“%2”，但此参数的单位应为“%3”。</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a whole number.</source>
        <translation>%1：“value”必须是整数。</translation>
    </message>
    <message>
        <source>%1: &quot;valid_from&quot;: %2</source>
        <translation>%1：“valid_from”：%2</translation>
    </message>
    <message>
        <source>%1: &quot;valid_to&quot;: %2</source>
        <translation>%1：“valid_to”：%2</translation>
    </message>
    <message>
        <source>%1: &quot;basis&quot; must be text.</source>
        <translation>%1：“basis”必须是文本。</translation>
    </message>
    <message>
        <source>Parameter %1: %2</source>
        <translation>第 %1 个参数：%2</translation>
    </message>
    <message>
        <source>%1: its months overlap the value from %2 of the same parameter.</source>
        <translation>%1：其适用月份与同一参数自 %2 起的取值重叠。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known policy parameter.</source>
        <translation>“%1”不是已知的政策参数。</translation>
    </message>
    <message>
        <source>%1: the month it applies from is missing.</source>
        <translation>%1：缺少起始月份。</translation>
    </message>
    <message>
        <source>%1: the last month (%2) is before the first month (%3).</source>
        <translation>%1：截止月份（%2）早于起始月份（%3）。</translation>
    </message>
    <message>
        <source>%1: the value cannot be negative.</source>
        <translation>%1：数值不能为负数。</translation>
    </message>
    <message>
        <source>%1: a percentage cannot be more than 100 (given %2).</source>
        <translation>%1：百分比不能大于 100（填写的是 %2）。</translation>
    </message>
    <message>
        <source>%1: a ratio needs at least one child per caregiver.</source>
        <translation>%1：配比中每名保育人员至少对应 1 名幼儿。</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>1 : %1</source>
        <translation>1 : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyValueDialog</name>
    <message>
        <source>Change %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>The new value applies from the month you choose; the months before keep the value they had. A closed month is never changed.</source>
        <translation>新值自所选月份起执行，之前的月份保持原值。已结账月份不会改变。</translation>
    </message>
    <message>
        <source>&amp;Value (yuan):</source>
        <translation>数值（元）(&amp;V)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 潞价字〔2026〕12号</source>
        <translation>例如：潞价字〔2026〕12号</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Applies from: %1</source>
        <translation>起始月份：%1</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>已保存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>已保存 %n 页到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>QualificationsEditor</name>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add &amp;certificate</source>
        <translation>添加证书(&amp;C)</translation>
    </message>
    <message>
        <source>Remo&amp;ve certificate</source>
        <translation>删除证书(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ReceiptBook</name>
    <message>
        <source>Say why receipt %1 is voided; the reason stays with it.</source>
        <translation>请说明作废收据 %1 的原因；原因会随收据保留。</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>没有收据 %1。</translation>
    </message>
    <message>
        <source>Receipt %1 is already void.</source>
        <translation>收据 %1 已经作废。</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <source>Fee Receipt</source>
        <translation>收费收据</translation>
    </message>
    <message>
        <source>Bill for %1, in total</source>
        <translation>%1 账单合计</translation>
    </message>
    <message>
        <source>Paid for %1 on this receipt</source>
        <translation>本次实收 %1 费用</translation>
    </message>
    <message>
        <source>Paid in advance for %1</source>
        <translation>预收 %1 费用</translation>
    </message>
    <message>
        <source>Receipt No.:</source>
        <translation>收据编号：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>开具日期：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>收款单位：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>幼儿姓名：</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>交款人：</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>付款日期：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>交易流水号：</translation>
    </message>
    <message>
        <source>This receipt is void (作废). Reason: %1</source>
        <translation>本收据已作废。作废原因：%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Worked out as</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>合计实收</translation>
    </message>
    <message>
        <source>In words (人民币大写): %1</source>
        <translation>合计人民币（大写）：%1</translation>
    </message>
    <message>
        <source>Payee: %1      Payer&apos;s signature: ________________      Institution&apos;s stamp:</source>
        <translation>收款人：%1      交款人签字：________________      单位盖章：</translation>
    </message>
    <message>
        <source>This receipt is valid with the institution&apos;s stamp.</source>
        <translation>本收据加盖单位印章后有效。</translation>
    </message>
    <message>
        <source>VOID 作废</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>幼儿</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Record a refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <source>Money paid back to the family: at most what was paid beyond a closed month&apos;s bill, or what was paid ahead for a month not closed yet.</source>
        <translation>退还给家庭的款项：最多为超出已结账月份账单的已缴金额，或尚未结账月份的预缴金额。</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>幼儿：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>退款方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. withdrew on 15 December</source>
        <translation>例如：12月15日退园</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Register an institution&apos;s key</source>
        <translation>登记机构公钥</translation>
    </message>
    <message>
        <source>%1 is registered already with another key. A further key lets whoever holds it sign this institution&apos;s reports: call its director on the number you know, have her read the fingerprint from Institution &amp; settings → Data safety and signing, and type it as she reads.</source>
        <translation>%1 已用另一公钥登记。新增的公钥可让持有者以该机构名义签署月报：请拨打您已知的号码联系其负责人，请她从“机构与设置 → 数据安全与签名”读出指纹，并按她所读逐字输入。</translation>
    </message>
    <message>
        <source>Call the director of %1 on the number you know and have her read the fingerprint of her key (Institution &amp; settings → Data safety and signing). Register the key only when every group matches.</source>
        <translation>请拨打您已知的号码联系 %1 的负责人，请她读出其密钥指纹（机构与设置 → 数据安全与签名）。每一组都一致时才登记该公钥。</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>所属县区：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>The fingerprint as the director reads it</source>
        <translation>负责人读出的指纹</translation>
    </message>
    <message>
        <source>Fingerprint &amp;read back:</source>
        <translation>核对的指纹(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>公钥文件 (*.jwk)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an institution&apos;s public key: %2</source>
        <translation>%1 不是机构公钥：%2</translation>
    </message>
    <message>
        <source>Registered %1 (%2).</source>
        <translation>已登记 %1（%2）。</translation>
    </message>
    <message>
        <source>Registered a further key of %1 (%2).</source>
        <translation>已为 %1（%2）登记新增公钥。</translation>
    </message>
    <message>
        <source>This key of %1 was registered already; nothing changed.</source>
        <translation>%1 的此公钥此前已登记，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence, then another</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n held file(s) of this institution imported.</source>
        <translation>
            <numerusform>该机构的 %n 份暂存文件已导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>The file does not say what kind of file it is: its protected header has no &quot;typ&quot;.</source>
        <translation>该文件未注明文件类型：受保护头部没有“typ”。</translation>
    </message>
    <message>
        <source>The file is of the type &quot;%1&quot;, which this version of DaycareDesk does not read.</source>
        <translation>该文件类型为“%1”，本版本托育管家无法读取。</translation>
    </message>
    <message>
        <source>The signed content is not a JSON object.</source>
        <translation>签名内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The signed content names no &quot;format&quot;.</source>
        <translation>签名内容未注明“format”。</translation>
    </message>
    <message>
        <source>The signed content is in the format &quot;%1&quot;, but the file says it is of the type &quot;%2&quot;.</source>
        <translation>签名内容的格式为“%1”，但文件声明的类型为“%2”。</translation>
    </message>
    <message>
        <source>The signed content&apos;s &quot;version&quot; is missing or not a whole number.</source>
        <translation>签名内容的“version”缺失或不是整数。</translation>
    </message>
    <message>
        <source>The file is version %1 of the format &quot;%2&quot;; this version of DaycareDesk reads version %3. A newer DaycareDesk may read it.</source>
        <translation>该文件为“%2”格式第 %1 版；本版本托育管家只能读取第 %3 版，请使用更新版本的托育管家。</translation>
    </message>
    <message>
        <source>The signature is valid: the file was signed with the key %1.</source>
        <translation>签名有效：该文件由密钥 %1 签名。</translation>
    </message>
    <message>
        <source>The file was signed with the key %1, which is not among the keys it was checked against.</source>
        <translation>该文件由密钥 %1 签名，该密钥不在用于核验的密钥之中。</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed or signed with another key.</source>
        <translation>签名不符：文件已被改动，或由其他密钥签名。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is %2; signed report files are at most %3.</source>
        <translation>文件 %1 大小为 %2；签名报表文件最大为 %3。</translation>
    </message>
    <message>
        <source>Could not write the signed file %1: %2</source>
        <translation>无法写入签名文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Places used (托位使用率)</source>
        <translation>托位使用率</translation>
    </message>
    <message>
        <source>Attendance (出勤率)</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>病假人次</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率)</source>
        <translation>持证上岗率</translation>
    </message>
    <message>
        <source>Fees billed</source>
        <translation>应收费用</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>实收费用</translation>
    </message>
    <message>
        <source>Fees outstanding</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Operating subsidy: child-months</source>
        <translation>运营补贴申报人月数</translation>
    </message>
    <message>
        <source>Operating subsidy: amount</source>
        <translation>运营补贴申报金额</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>在托幼儿</translation>
    </message>
    <message>
        <source>In care at the month&apos;s end</source>
        <translation>月末在托幼儿数</translation>
    </message>
    <message>
        <source>New enrolments</source>
        <translation>本月新入托</translation>
    </message>
    <message>
        <source>Left care in the month</source>
        <translation>本月退托</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Care days</source>
        <translation>应托育天数</translation>
    </message>
    <message>
        <source>Expected attendances</source>
        <translation>应出勤人次</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>实际出勤人次</translation>
    </message>
    <message>
        <source>Children with sick days</source>
        <translation>因病缺勤幼儿数</translation>
    </message>
    <message>
        <source>Personal leave days</source>
        <translation>事假人次</translation>
    </message>
    <message>
        <source>Other absence days</source>
        <translation>其他缺勤人次</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Staff in post at the month&apos;s end</source>
        <translation>月末在岗从业人员数</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>保育人员数</translation>
    </message>
    <message>
        <source>Certified caregivers</source>
        <translation>持证保育人员数</translation>
    </message>
    <message>
        <source>The city&apos;s target</source>
        <translation>持证上岗率目标</translation>
    </message>
    <message>
        <source>Valid health certificates</source>
        <translation>健康合格证有效人数</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>收费（元）</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单数</translation>
    </message>
    <message>
        <source>Inclusive reductions (普惠减免)</source>
        <translation>普惠减免</translation>
    </message>
    <message>
        <source>Absence refunds</source>
        <translation>缺勤退费</translation>
    </message>
    <message>
        <source>Collected in the month</source>
        <translation>本月实收</translation>
    </message>
    <message>
        <source>Refunds paid in the month</source>
        <translation>本月退费支出</translation>
    </message>
    <message>
        <source>Operating subsidy claim (运营补贴)</source>
        <translation>运营补贴申报</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>申报状态</translation>
    </message>
    <message>
        <source>Children considered</source>
        <translation>核查幼儿数</translation>
    </message>
    <message>
        <source>Child-months claimed</source>
        <translation>申报人月数</translation>
    </message>
    <message>
        <source>Amount claimed (yuan)</source>
        <translation>申报补贴金额（元）</translation>
    </message>
    <message>
        <source>Birth subsidy (生育补贴)</source>
        <translation>生育补贴</translation>
    </message>
    <message>
        <source>Children who may apply</source>
        <translation>符合条件幼儿数</translation>
    </message>
    <message>
        <source>Families who applied</source>
        <translation>已申请人数</translation>
    </message>
    <message>
        <source>Amount applied for (yuan)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <source>Institutions reported</source>
        <translation>已报送机构</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cross-institution findings</source>
        <translation>跨机构核查问题</translation>
    </message>
</context>
<context>
    <name>ReportSummaryForm</name>
    <message>
        <source>Monthly Report Summary</source>
        <translation>月报摘要</translation>
    </message>
    <message>
        <source>Month: %1      Revision: %2</source>
        <translation>月份：%1      版次：%2</translation>
    </message>
    <message>
        <source>Superseded by revision %1: the county counts the latest revision.</source>
        <translation>已被第 %1 版取代：县区以最新版次为准。</translation>
    </message>
    <message>
        <source>Head of institution: ________________      Date: ____________      Institution&apos;s stamp:</source>
        <translation>机构负责人：________________      日期：____________      机构盖章：</translation>
    </message>
    <message>
        <source>The signed file</source>
        <translation>签名文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of revision %1&apos;s file</source>
        <translation>第 %1 版文件 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the workbook</source>
        <translation>工作簿 SHA-256</translation>
    </message>
    <message>
        <source>Signing key&apos;s fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>A file matches this paper when its SHA-256 (sha256sum, certutil -hashfile … SHA256) equals the one above.</source>
        <translation>文件的 SHA-256（sha256sum 或 certutil -hashfile … SHA256）与上方一致，即为本纸质件对应的文件。</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Superseded by revision %1</source>
        <translation>已被第 %1 版取代</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Previous revision&apos;s SHA-256</source>
        <translation>上一版 SHA-256</translation>
    </message>
</context>
<context>
    <name>ReportVerdictDialog</name>
    <message>
        <source>Verify a report file</source>
        <translation>核验报表文件</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>ReportVerification</name>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>签名方的公钥</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>公钥文件 (*.jwk)</translation>
    </message>
    <message>
        <source>Verify a report file</source>
        <translation>核验报表文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Signed reports (*.ddreport.json);;All files (*)</source>
        <translation>签名月报 (*.ddreport.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1

Check it against the public key file (.jwk) of the institution that sent it?</source>
        <translation>%1

是否用报送机构的公钥文件（.jwk）核验？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Export the selected month&apos;s report…</source>
        <translation>导出所选月份的月报(&amp;E)…</translation>
    </message>
    <message>
        <source>Each closed month is reported to the county as a signed file, with a workbook of the same figures beside it. A month reopened and closed again, or changed after its export, is exported as the next revision, which names the one before.</source>
        <translation>每个已月结的月份以签名文件报送县（区）卫健部门，并附同样数据的 Excel 工作簿。月份重新开账后再次月结，或导出后数据有变，则导出为下一版，并注明上一版。</translation>
    </message>
    <message>
        <source>&amp;Verify a report file…</source>
        <translation>核验报表文件(&amp;V)…</translation>
    </message>
    <message>
        <source>Choose a month first.</source>
        <translation>请先选择月份。</translation>
    </message>
    <message>
        <source>%1 is open again: close it on the Fees page first.</source>
        <translation>%1 已重新开账：请先在收费页面月结。</translation>
    </message>
    <message>
        <source>Export the report of %1 into</source>
        <translation>将 %1 月报导出到</translation>
    </message>
    <message>
        <source>Sign the report of %1</source>
        <translation>签署 %1 月报</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is signed with the institution&apos;s key. Type its passphrase.</source>
        <translation>%2 月报第 %1 版将用机构密钥签名，请输入口令。</translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2: %3, and its workbook %4.</source>
        <translation>已写出 %2 月报第 %1 版：%3，及其工作簿 %4。</translation>
    </message>
    <message>
        <source>%1 has not changed since revision %2; wrote that revision again: %3, and its workbook %4.</source>
        <translation>%1 自第 %2 版以来没有变化，已重新写出该版：%3，及其工作簿 %4。</translation>
    </message>
    <message>
        <source>The institution has no signing key yet. The director makes it under Institution &amp; settings → Data safety and signing.</source>
        <translation>本机构尚无签名密钥。请负责人在“机构与设置 → 数据安全与签名”中生成。</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>打印摘要(&amp;P)…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>将摘要保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 has not been exported yet: its summary is printed from the signed file, so the paper matches what the county receives.</source>
        <translation>%1 尚未导出：摘要依据已签名的文件打印，以保证纸质件与县区收到的文件一致。</translation>
    </message>
    <message>
        <source>Monthly report %1 revision %2</source>
        <translation>月报 %1 第 %2 版</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Tell it to her in person; she must choose her own at the next login.</source>
        <translation>为 &lt;b&gt;%1&lt;/b&gt; 设置新密码。请当面告知本人；她下次登录时必须改为自己的密码。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>The database %1 is not damaged. Log in as the director to restore a backup over it.</source>
        <translation>数据库 %1 没有损坏。如需用备份覆盖，请以负责人身份登录后操作。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 was not restored; the database was not changed. %2</source>
        <translation>备份 %1 未恢复，数据库未做更改。%2</translation>
    </message>
    <message>
        <source>The database %1 is still open, in DaycareDesk or another program. Close it there first.</source>
        <translation>数据库 %1 仍在托育管家或其他程序中打开，请先关闭。</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>无法移开 %1。</translation>
    </message>
</context>
<context>
    <name>RevisionSummary</name>
    <message>
        <source>Revision %1 of %2 was never exported.</source>
        <translation>%2 的第 %1 版从未导出。</translation>
    </message>
    <message>
        <source>The stored copy of %1 no longer matches the SHA-256 recorded when it was exported.</source>
        <translation>%1 的存档副本与导出时记录的 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>The stored copy of %1 does not verify: %2</source>
        <translation>%1 的存档副本未通过验证：%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Finance clerk</source>
        <translation>财务人员</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>保育人员</translation>
    </message>
    <message>
        <source>Home-visit team member</source>
        <translation>入户指导员</translation>
    </message>
    <message>
        <source>Center officer</source>
        <translation>中心工作人员</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 处问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The ID number is missing; children are matched by it.</source>
        <translation>缺少身份证号；幼儿按身份证号匹配。</translation>
    </message>
    <message>
        <source>The class is missing; the classes are: %1.</source>
        <translation>缺少班级；现有班级：%1。</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;; the classes are: %2.</source>
        <translation>没有名为“%1”的班级；现有班级：%2。</translation>
    </message>
    <message>
        <source>Unknown care type &quot;%1&quot;; write 全日托, 半日托, 计时托 or 上门托 (full_day, half_day, hourly, home).</source>
        <translation>无法识别的托育类型“%1”；请填写 全日托、半日托、计时托 或 上门托。</translation>
    </message>
    <message>
        <source>The phone number has no guardian beside it: add the column 监护人 (guardian) with the name of the person it belongs to.</source>
        <translation>联系电话旁没有监护人：请增加“监护人”列，填写该电话所属人的姓名。</translation>
    </message>
    <message>
        <source>%1 is on the waiting list; record the guardian&apos;s consent to enrol her.</source>
        <translation>%1 在候补名单上；请先记录监护人同意再办理入托。</translation>
    </message>
    <message>
        <source>%1 stays enrolled from %2; change an enrolment date on the Children page.</source>
        <translation>%1 仍按 %2 入托；如需修改入托日期，请在幼儿页办理。</translation>
    </message>
    <message>
        <source>%1 left care on %2; her class and care type can no longer change.</source>
        <translation>%1 已于 %2 离托，班级和托育类型不能再变更。</translation>
    </message>
    <message>
        <source>The birth order (孩次) must be a whole number.</source>
        <translation>孩次必须是整数。</translation>
    </message>
    <message>
        <source>The enrolment date is missing.</source>
        <translation>缺少入托日期。</translation>
    </message>
    <message>
        <source>The ID number is also on row %1; each child may appear once.</source>
        <translation>该身份证号在第 %1 行也出现过；每名幼儿只能出现一次。</translation>
    </message>
    <message>
        <source>Consent missing for %1: the director records who consented and when.</source>
        <translation>%1 缺少监护人同意：请负责人补记同意人和日期。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import children from a spreadsheet</source>
        <translation>从表格导入幼儿</translation>
    </message>
    <message>
        <source>Save the sheet from Excel or WPS as CSV. The first row names the columns, in Chinese or English and in any order: 姓名, 性别, 出生日期, 身份证号, 孩次, 班级, 托育类型, 入托日期, and if you have them 离托日期, 监护人, 联系电话, 户籍, 监护人同意日期, 备注. A child whose ID number is already recorded is updated.</source>
        <translation>请在 Excel 或 WPS 中将表格另存为 CSV。第一行为列名，中英文均可，顺序不限：姓名、性别、出生日期、身份证号、孩次、班级、托育类型、入托日期，如有还可包括 离托日期、监护人、联系电话、户籍、监护人同意日期、备注。身份证号已登记的幼儿将被更新。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>花名册文件</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>另存为 CSV 的表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2): </source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>children to add: %1, to update: %2</source>
        <translation>新增幼儿 %1 名，更新 %2 名</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Import to write them.</source>
        <translation>点击“导入”写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file first; nothing is imported until then.</source>
        <translation>
            <numerusform>有 %n 处问题需先在文件中更正；更正前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>花名册已导入</translation>
    </message>
    <message>
        <source>Children added: %1, updated: %2.</source>
        <translation>新增幼儿 %1 名，更新 %2 名。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>RosterTypes</name>
    <message>
        <source>Infant class (6-12 months)</source>
        <translation>乳儿班（6-12 月龄）</translation>
    </message>
    <message>
        <source>Young toddler class (12-24 months)</source>
        <translation>托小班（12-24 月龄）</translation>
    </message>
    <message>
        <source>Older toddler class (24-36 months)</source>
        <translation>托大班（24-36 月龄）</translation>
    </message>
    <message>
        <source>Mixed-age class (18 months and older)</source>
        <translation>混合班（18 月龄及以上）</translation>
    </message>
    <message>
        <source>Family childcare point</source>
        <translation>家庭托育点</translation>
    </message>
    <message>
        <source>Full-day care</source>
        <translation>全日托</translation>
    </message>
    <message>
        <source>Half-day care</source>
        <translation>半日托</translation>
    </message>
    <message>
        <source>Hourly care</source>
        <translation>计时托</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>上门托</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>保育人员</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>保健人员</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>炊事人员</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安保人员</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>其他人员</translation>
    </message>
</context>
<context>
    <name>RouteSheetForm</name>
    <message>
        <source>Route sheet %1</source>
        <translation>入户路线单 %1</translation>
    </message>
    <message>
        <source>Home visit route sheet</source>
        <translation>入户路线单</translation>
    </message>
    <message numerus="yes">
        <source>%1 · households due for a visit on %2 · %n household(s)</source>
        <translation>
            <numerusform>%1 · %2 应入户家庭 · 共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is due for a visit.</source>
        <translation>没有应入户的家庭。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次入户</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次入户</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Signature on visit</source>
        <translation>到访签字</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>尚未入户</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n household(s))</source>
        <translation>
            <numerusform>%1（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors: ________________      Date: ____________</source>
        <translation>入户人员：________________      日期：____________</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Could not write %1 to the disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not name the file %1: %2</source>
        <translation>无法命名文件 %1：%2</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo institution is ready. Its director logs in as %1 with the password %2.</source>
        <translation>演示机构已准备好。负责人以 %1 登录，密码为 %2。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up your institution</source>
        <translation>设置机构信息</translation>
    </message>
    <message>
        <source>e.g. 潞州区阳光托育园</source>
        <translation>例如：潞州区阳光托育园</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Choose one of Changzhi&apos;s counties or type another.</source>
        <translation>请选择长治市所辖县区，或输入其他县区。</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>所属县区(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>机构类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Places and inclusive status</source>
        <translation>托位与普惠情况</translation>
    </message>
    <message>
        <source>Recognised as &amp;inclusive (普惠) by the county</source>
        <translation>已获县级认定为普惠机构(&amp;I)</translation>
    </message>
    <message>
        <source>Total &amp;places:</source>
        <translation>总托位数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Recognised on:</source>
        <translation>认定日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Approved inclusive places:</source>
        <translation>核定普惠托位数(&amp;A)：</translation>
    </message>
    <message>
        <source>Check and finish</source>
        <translation>核对并完成</translation>
    </message>
    <message>
        <source>You can change these details later on the Institution page.</source>
        <translation>以后可在“机构与设置”页面修改这些信息。</translation>
    </message>
    <message>
        <source>Edit the institution&apos;s details</source>
        <translation>编辑机构信息</translation>
    </message>
    <message>
        <source>The check character is right.</source>
        <translation>校验码正确。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>所属县区：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>机构类型：%1</translation>
    </message>
    <message>
        <source>Operating model: %1</source>
        <translation>运营模式：%1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>托位数：%1</translation>
    </message>
    <message>
        <source>Inclusive (普惠) since %1 with %2 approved inclusive places</source>
        <translation>普惠机构，自 %1 起认定，核定普惠托位 %2 个</translation>
    </message>
    <message>
        <source>Not an inclusive (普惠) institution</source>
        <translation>非普惠机构</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation>负责人账号</translation>
    </message>
    <message>
        <source>The director may do everything, including adding accounts for the finance clerk and the caregivers. Keep the password safe: it protects the children&apos;s personal data.</source>
        <translation>负责人拥有全部权限，包括为财务人员和保育人员添加账号。请妥善保管密码：它保护着幼儿的个人信息。</translation>
    </message>
    <message>
        <source>About your institution</source>
        <translation>机构基本信息</translation>
    </message>
    <message>
        <source>As registered with the county health bureau (卫健局). Reports and subsidy claims carry these details.</source>
        <translation>请按在县（区）卫健局登记的信息填写。报表和补贴申报将使用这些信息。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Operating mo&amp;del:</source>
        <translation>运营模式(&amp;D)：</translation>
    </message>
    <message>
        <source>An inclusive (普惠) institution charges %1 yuan less per child each month and may claim the operating subsidy for its approved inclusive places.</source>
        <translation>普惠托育机构每名幼儿每月少收 %1 元保育费，并可按核定普惠托位申领运营补贴。</translation>
    </message>
    <message>
        <source>The report signing key</source>
        <translation>报表签名密钥</translation>
    </message>
    <message>
        <source>Report signing key</source>
        <translation>报表签名密钥</translation>
    </message>
    <message>
        <source>%1
Make the key later under Institution &amp; settings → Data safety and signing.</source>
        <translation>%1
请稍后在“机构与设置 → 数据安全与签名”中生成密钥。</translation>
    </message>
    <message>
        <source>The month&apos;s roll-up a center sends on is signed with the center&apos;s key, so the city knows it comes from you unchanged.</source>
        <translation>中心报送的月度汇总用本中心的密钥签名，市中心据此确认其来自本中心且未被改动。</translation>
    </message>
    <message>
        <source>Each month&apos;s report to the county is signed with the institution&apos;s key, so the county knows it comes from you unchanged.</source>
        <translation>每月报送县区的月报用本机构的密钥签名，县区据此确认其来自本机构且未被改动。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters that you and whoever exports the reports will remember; it is asked at every export.</source>
        <translation>请设置至少 %1 个字符、您和负责导出月报的人都能记住的口令；每次导出时都需输入。</translation>
    </message>
    <message>
        <source>The center&apos;s head may do everything, including adding accounts for the officers who import the reports. Keep the password safe: the reports carry children&apos;s ID numbers.</source>
        <translation>中心负责人可以进行所有操作，包括为导入月报的工作人员添加账户。请妥善保管密码：月报中含有幼儿的身份证号。</translation>
    </message>
    <message>
        <source>e.g. 黄碾镇</source>
        <translation>例如：黄碾镇</translation>
    </message>
    <message>
        <source>To&amp;wnship:</source>
        <translation>乡镇(&amp;W)：</translation>
    </message>
    <message>
        <source>The team leader&apos;s account</source>
        <translation>队长账号</translation>
    </message>
    <message>
        <source>The team leader may do everything, including adding accounts for the team&apos;s members (队员), who record the home visits. Keep the password safe: the records hold the families&apos; personal data.</source>
        <translation>队长拥有全部权限，包括为记录入户指导的队员添加账号。请妥善保管密码：记录中有家庭的个人信息。</translation>
    </message>
    <message>
        <source>Each month of home visits sent to the county is signed with the team&apos;s key, so the county knows it comes from you unchanged.</source>
        <translation>每月报送县级中心的入户记录都用服务队的密钥签名，县级中心据此确认记录来自您且未被改动。</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
</context>
<context>
    <name>SignedExport</name>
    <message>
        <source>Cannot read %1 back: %2</source>
        <translation>无法读回 %1：%2</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>SignedExportFlow</name>
    <message>
        <source>Wrote revision %1 of %2: %3, and its workbook %4.</source>
        <translation>已写出%2第 %1 版：%3，以及工作簿 %4。</translation>
    </message>
    <message>
        <source>Nothing in %1 has changed since revision %2; wrote that revision again: %3, and its workbook %4.</source>
        <translation>%1自第 %2 版以来没有变化，已重新写出该版：%3，以及工作簿 %4。</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>There is not enough memory to hold the key.</source>
        <translation>内存不足，无法保存密钥。</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>存储的密钥已损坏。</translation>
    </message>
    <message>
        <source>The key could not be unlocked: deriving it from the passphrase failed (out of memory?).</source>
        <translation>无法解锁密钥：由口令推导密钥失败（内存不足？）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>The stored key is damaged: its secret does not belong to its public key.</source>
        <translation>存储的密钥已损坏：私钥与公钥不匹配。</translation>
    </message>
    <message>
        <source>The key could not be sealed: deriving it from the passphrase failed (out of memory?).</source>
        <translation>无法加密保存密钥：由口令推导密钥失败（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <source>Report signing key</source>
        <translation>报表签名密钥</translation>
    </message>
    <message>
        <source>&amp;Make the signing key…</source>
        <translation>生成签名密钥(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;xport the public key…</source>
        <translation>导出公钥(&amp;X)…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>修改口令(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;otate the key…</source>
        <translation>更换密钥(&amp;O)…</translation>
    </message>
    <message>
        <source>No signing key yet</source>
        <translation>尚无签名密钥</translation>
    </message>
    <message>
        <source>Reports are signed with the institution&apos;s key. Make it once, with a passphrase only you and whoever exports the reports know.</source>
        <translation>月报用机构密钥签名。请生成一次密钥，并设置只有您和负责导出月报的人知道的口令。</translation>
    </message>
    <message>
        <source>The director makes the signing key before the first report is exported.</source>
        <translation>首次导出月报前，由负责人生成签名密钥。</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Made %1 by %2. The county registers this key; read it the fingerprint to confirm.</source>
        <translation>%2 于 %1 生成。县（区）将登记此密钥，请向其念出指纹以便核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier key(s) are kept for checking older reports.</source>
        <translation>
            <numerusform>保留 %n 个旧密钥，用于核验以前的月报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the signing key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. It is asked for every time a report is exported; if it is forgotten, a new key must be made and registered with the county again.</source>
        <translation>请设置至少 %1 个字符的口令。每次导出月报都需输入；如果忘记，须重新生成密钥并到县（区）重新登记。</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>导出公钥</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <translation>机构信息尚未设置。</translation>
    </message>
    <message>
        <source>Public keys (*.jwk)</source>
        <translation>公钥文件 (*.jwk)</translation>
    </message>
    <message>
        <source>Written %1. Give it to the county and read them the fingerprint: %2</source>
        <translation>已写出 %1。请交给县（区），并向其念出指纹：%2</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>The key stays the same, and so does its fingerprint.</source>
        <translation>密钥不变，指纹也不变。</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>更换签名密钥</translation>
    </message>
    <message>
        <source>A new key replaces the current one, sealed with the same passphrase. The county must register the new public key before it accepts reports signed with it; the old key is kept so earlier reports can still be checked.</source>
        <translation>新密钥将取代当前密钥，口令不变。县（区）须先登记新公钥，才能接受用它签名的月报；旧密钥会保留，以便核验以前的月报。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a change: %1</source>
        <translation>数据库拒绝了更改：%1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Full time</source>
        <translation>全职(&amp;F)</translation>
    </message>
    <message>
        <source>Has left; last day:</source>
        <translation>已离职；最后工作日：</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>18 characters (公民身份号码)</source>
        <translation>18 位公民身份号码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>离职(&amp;L)：</translation>
    </message>
    <message>
        <source>Cl&amp;asses:</source>
        <translation>所带班级(&amp;A)：</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>Unknown certificate &quot;%1&quot;; the kinds are: %2.</source>
        <translation>无法识别的证书“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; write 负责人, 保育人员, 保健人员, 炊事人员, 保安 or 其他 (head, caregiver, health, cook, security, other).</source>
        <translation>无法识别的岗位“%1”；请填写 负责人、保育人员、保健人员、炊事人员、保安 或 其他。</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的班级。</translation>
    </message>
    <message>
        <source>The ID number is missing; staff are matched by it.</source>
        <translation>缺少身份证号；工作人员按身份证号匹配。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 处问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>StaffOverview</name>
    <message numerus="yes">
        <source>%1: %2 expired on %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>%1：%2 已于 %3 过期（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 expires today (%3).</source>
        <translation>%1：%2 今天到期（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expires on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1：%2 将于 %3 到期（还有 %n 天）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>No certificate of anyone in post has expired or is due soon.</source>
        <translation>在岗人员没有已过期或即将到期的证书。</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>添加工作人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1</source>
        <translation>持证上岗率：%1</translation>
    </message>
    <message>
        <source>No caregivers in post.</source>
        <translation>没有在岗的保育人员。</translation>
    </message>
    <message>
        <source>Below the city&apos;s target of %1%.</source>
        <translation>低于全市 %1% 的目标。</translation>
    </message>
    <message>
        <source>Meets the city&apos;s target of %1%.</source>
        <translation>达到全市 %1% 的目标。</translation>
    </message>
    <message numerus="yes">
        <source>Certificates of staff in post expired or due within %n day(s)</source>
        <translation>
            <numerusform>在岗人员已过期或 %n 天内到期的证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Add staff member %1</source>
        <translation>添加工作人员 %1</translation>
    </message>
    <message>
        <source>Edit staff member %1</source>
        <translation>编辑工作人员 %1</translation>
    </message>
    <message>
        <source>&amp;Print qualification list…</source>
        <translation>打印资质一览表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save qualification list as P&amp;DF…</source>
        <translation>将资质一览表保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>No staff recorded yet.</source>
        <translation>尚未录入工作人员。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Staff qualifications %1</source>
        <translation>工作人员资质一览表 %1</translation>
    </message>
</context>
<context>
    <name>StaffQualificationForm</name>
    <message>
        <source>Staff Qualification List</source>
        <translation>工作人员资质一览表</translation>
    </message>
    <message numerus="yes">
        <source>Staff in post on %1. Marked: certificates expired or expiring within %n day(s).</source>
        <translation>
            <numerusform>%1 在岗工作人员。灰底标注：已过期或 %n 天内到期的证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Health certificate valid until</source>
        <translation>健康证有效期至</translation>
    </message>
    <message>
        <source>Counts as certified</source>
        <translation>计入持证</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1
expired</source>
        <translation>%1
已过期</translation>
    </message>
    <message numerus="yes">
        <source>%1
due in %n day(s)</source>
        <translation>
            <numerusform>%1
%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1</source>
        <translation>持证上岗率：%1</translation>
    </message>
    <message>
        <source>No caregivers in post.</source>
        <translation>无在岗保育人员。</translation>
    </message>
    <message>
        <source>Meets the city&apos;s target of %1%.</source>
        <translation>达到本市 %1% 的目标。</translation>
    </message>
    <message>
        <source>Below the city&apos;s target of %1%.</source>
        <translation>低于本市 %1% 的目标。</translation>
    </message>
    <message>
        <source>A caregiver in post counts as certified with a valid certificate of one of these kinds: %1.</source>
        <translation>在岗保育人员持有下列任一有效证书即计为持证：%1。</translation>
    </message>
    <message>
        <source>Head of institution: ________________      Date: ____________</source>
        <translation>机构负责人：________________      日期：____________</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The name is missing.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose the gender (男 or 女).</source>
        <translation>请选择性别（男或女）。</translation>
    </message>
    <message>
        <source>The date of hiring is missing.</source>
        <translation>请填写入职日期。</translation>
    </message>
    <message>
        <source>The leaving date %1 is before the hiring date %2.</source>
        <translation>离职日期 %1 早于入职日期 %2。</translation>
    </message>
    <message>
        <source>%1 is not a known kind of certificate.</source>
        <translation>%1 不是已知的证书类型。</translation>
    </message>
    <message>
        <source>A certificate cannot expire (%1) before it was issued (%2).</source>
        <translation>证书的到期日期（%1）不能早于发证日期（%2）。</translation>
    </message>
    <message>
        <source>The ID number %1 is already recorded for another staff member.</source>
        <translation>身份证号 %1 已登记在另一名工作人员名下。</translation>
    </message>
    <message>
        <source>There is no staff member with number %1.</source>
        <translation>没有编号为 %1 的工作人员。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, expired %2</source>
        <translation>%1，已于 %2 过期</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>已于 %1 离职</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>%1 入职</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>所带班级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SubsidiesPage</name>
    <message>
        <source>Operating subsidy</source>
        <translation>运营补贴</translation>
    </message>
    <message>
        <source>Families&apos; subsidies</source>
        <translation>家庭补贴</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>意外伤害保险</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Sick absence</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Symptom or illness of %1 (pick one or type it):</source>
        <translation>%1 的症状或疾病（可选择或直接输入）：</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: use 2 to 32 letters, digits, Chinese characters, dots, hyphens or underscores, without spaces.</source>
        <translation>用户名“%1”不可用：请使用 2 至 32 个字母、数字、汉字、点、连字符或下划线，不含空格。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This database already has users; a director adds new ones.</source>
        <translation>该数据库已有用户；新用户由负责人添加。</translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>“%1”的密码错误次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后才能再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the director.</source>
        <translation>账号“%1”已停用，请联系负责人。</translation>
    </message>
    <message>
        <source>Please log in first to change your password.</source>
        <translation>请先登录再修改密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active director and cannot be disabled.</source>
        <translation>“%1”是最后一个在用的负责人账号，不能停用。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>所带班级</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Everyone who works with DaycareDesk logs in with an account of her own. Accounts are never deleted, so the audit trail keeps a name; disable the account of someone who left.</source>
        <translation>每位使用托育管家的人员都用自己的账号登录。账号不会被删除，审计记录因此始终保留姓名；人员离职时请停用其账号。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account %1? She can no longer log in; what she recorded keeps her name.</source>
        <translation>停用账号 %1？停用后她将无法登录，她录入的记录仍保留其姓名。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>VisitChecklistBox</name>
    <message>
        <source>Development checklist: seen the child do</source>
        <translation>发育检查表：看到孩子能做到</translation>
    </message>
    <message>
        <source>No checklist at this age.</source>
        <translation>该月龄无检查项目。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Planned on</source>
        <translation>计划于</translation>
    </message>
    <message>
        <source>Home visit: %1, %2</source>
        <translation>入户指导：%1，%2</translation>
    </message>
    <message>
        <source>%1, %2. What you type is kept as you go; a visit not saved is offered back at the next start.</source>
        <translation>%1，%2。填写内容随时保存；未保存的入户记录下次启动时可继续填写。</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>儿童(&amp;C)：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>月龄：</translation>
    </message>
    <message>
        <source>Visited &amp;on:</source>
        <translation>入户日期(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>入户人员：</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>What the family was advised to do</source>
        <translation>给家庭的指导建议</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>指导建议(&amp;A)：</translation>
    </message>
    <message>
        <source>Why a doctor should see the child</source>
        <translation>需要医生检查的原因</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>转介(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Next visit:</source>
        <translation>下次入户(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) on the day of the visit (born %1)</source>
        <translation>
            <numerusform>入户当天 %n 月龄（%1 出生）</numerusform>
        </translation>
    </message>
    <message>
        <source>A measurement is not a figure: correct it or leave it empty.</source>
        <translation>有测量值不是数字：请更正或留空。</translation>
    </message>
    <message>
        <source>The visit was not saved: correct what is marked.</source>
        <translation>入户记录未保存：请更正标出的内容。</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>入户记录未保存</translation>
    </message>
    <message>
        <source>Throw this visit form away? Choose No to keep it as a draft and continue it later.</source>
        <translation>放弃这份入户记录吗？选“否”则保留为草稿，以后继续填写。</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>Re&amp;move visit…</source>
        <translation>删除入户记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose a household to see its visits.</source>
        <translation>选择一户家庭以查看其入户记录。</translation>
    </message>
    <message>
        <source>Visits of the household chosen (%1)</source>
        <translation>所选家庭的入户记录（%1 条）</translation>
    </message>
    <message>
        <source>Remove the visit to %1 on %2? Do this only for a visit recorded by mistake; the audit trail keeps what it said.</source>
        <translation>删除 %2 对%1的入户记录？仅用于删除误录的记录；审计记录中仍保留其内容。</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>删除入户记录</translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>No child of the team&apos;s households has this ID number.</source>
        <translation>服务队登记的各户中没有该身份证号的幼儿。</translation>
    </message>
    <message>
        <source>Name the child by ID number, or by village, name and birth date.</source>
        <translation>请用身份证号，或用村、姓名和出生日期指明幼儿。</translation>
    </message>
    <message>
        <source>No child called %1 born on %2 is recorded in %3.</source>
        <translation>%3 没有登记 %2 出生、名叫 %1 的幼儿。</translation>
    </message>
    <message numerus="yes">
        <source>%n children called %1 born on %2 are recorded in %3; give the ID number to say which.</source>
        <translation>
            <numerusform>%3 登记有 %n 名 %2 出生、名叫 %1 的幼儿；请填写身份证号加以区分。</numerusform>
        </translation>
    </message>
    <message>
        <source>This child&apos;s visit of this day is already recorded; the row is left out.</source>
        <translation>该幼儿当天的入户指导已登记，此行不再导入。</translation>
    </message>
    <message>
        <source>Row %1 is a visit of the same child on the same day.</source>
        <translation>第 %1 行是同一幼儿同一天的入户指导。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>VisitInput</name>
    <message>
        <source>Write the weight in kilograms with up to three decimals, such as 7.35, not &quot;%1&quot;.</source>
        <translation>体重请以千克填写，最多三位小数，如 7.35，而不是“%1”。</translation>
    </message>
    <message>
        <source>Write centimetres with up to one decimal, such as 68.5, not &quot;%1&quot;.</source>
        <translation>请以厘米填写，最多一位小数，如 68.5，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown topic in &quot;%1&quot;; the topics are: %2.</source>
        <translation>“%1”中有未知的指导内容；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown referral &quot;%1&quot;; write township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</source>
        <translation>未知的转介去向“%1”；请填写 township_hospital（乡镇卫生院）或 mch_centre（妇幼保健院）。</translation>
    </message>
</context>
<context>
    <name>VisitMeasurementsBox</name>
    <message>
        <source>Measurements</source>
        <translation>体格测量</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>体重(&amp;W)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>&amp;Length or height</source>
        <translation>身长/身高(&amp;L)</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>&amp;Head circumference</source>
        <translation>头围(&amp;H)</translation>
    </message>
    <message>
        <source>Last time: %1 %2 on %3</source>
        <translation>上次：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Not measured before</source>
        <translation>此前未测量</translation>
    </message>
    <message>
        <source>Type the weight in kilograms, like 7.35.</source>
        <translation>请以千克填写体重，如 7.35。</translation>
    </message>
    <message>
        <source>Type the length in centimetres, like 68.5.</source>
        <translation>请以厘米填写身长，如 68.5。</translation>
    </message>
    <message>
        <source>Type the head circumference in centimetres, like 43.2.</source>
        <translation>请以厘米填写头围，如 43.2。</translation>
    </message>
</context>
<context>
    <name>VisitRecording</name>
    <message>
        <source>Record visit</source>
        <translation>记录入户</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>入户记录未保存</translation>
    </message>
    <message>
        <source>A visit to %1 on %2 was not saved. Continue it?

No throws the form away.</source>
        <translation>%2 对%1的入户记录未保存。要继续填写吗？

选“否”将放弃这份记录。</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>没有编号为 %1 的入户记录。</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Visited on</source>
        <translation>入户日期</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>入户人员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>Length / height</source>
        <translation>身长/身高</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头围</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次入户</translation>
    </message>
</context>
<context>
    <name>VisitTerms</name>
    <message>
        <source>Feeding</source>
        <translation>喂养</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>Development and play</source>
        <translation>发展与游戏</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Health and vaccination</source>
        <translation>健康与疫苗接种</translation>
    </message>
    <message>
        <source>Parenting stress</source>
        <translation>养育压力</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>无转介</translation>
    </message>
    <message>
        <source>Township hospital (乡镇卫生院)</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>Maternal and child health centre (妇幼保健院)</source>
        <translation>妇幼保健院</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>%1 is outside what a child under three measures (%2); check the figure.</source>
        <translation>%1 超出三岁以下幼儿的合理范围（%2），请核对数值。</translation>
    </message>
    <message>
        <source>The day of the visit is required.</source>
        <translation>入户日期为必填项。</translation>
    </message>
    <message>
        <source>The visit day %1 is in the future.</source>
        <translation>入户日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The visit day %1 is before %2 was born (%3).</source>
        <translation>入户日期 %1 早于 %2 的出生日期（%3）。</translation>
    </message>
    <message>
        <source>Name at least one team member who made the visit.</source>
        <translation>请至少选择一名参与入户的队员。</translation>
    </message>
    <message>
        <source>%1 is not a member of the team (an active account that records visits).</source>
        <translation>%1 不是服务队队员（可记录入户的有效账户）。</translation>
    </message>
    <message>
        <source>Choose at least one topic the visit covered.</source>
        <translation>请至少选择一项指导内容。</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>1–25 kg</source>
        <translation>1–25 千克</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>40–120 cm</source>
        <translation>40–120 厘米</translation>
    </message>
    <message>
        <source>30–56 cm</source>
        <translation>30–56 厘米</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the development checklist.</source>
        <translation>“%1”不是发育检查表中的项目。</translation>
    </message>
    <message>
        <source>Say why the child is referred to the %1.</source>
        <translation>请说明转介至%1的原因。</translation>
    </message>
    <message>
        <source>A referral reason was given but no place the child is referred to.</source>
        <translation>填写了转介原因，但未选择转介机构。</translation>
    </message>
    <message>
        <source>The next visit (%1) must come after this one (%2).</source>
        <translation>下次入户日期（%1）必须晚于本次（%2）。</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fill a new database with a demo institution.</source>
        <translation>在新数据库中填入一家演示机构。</translation>
    </message>
    <message>
        <source>How many children (default 60).</source>
        <translation>幼儿人数（默认 60）。</translation>
    </message>
    <message>
        <source>Months of attendance up to today (default 3).</source>
        <translation>生成截至今天的出勤记录月数（默认 3）。</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same data (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>Demo institution created in %1: %2 classes, %3 children, %4 staff, %5 attendance records.</source>
        <translation>已在 %1 中创建演示机构：%2 个班级、%3 名幼儿、%4 名工作人员、%5 条出勤记录。</translation>
    </message>
    <message>
        <source>Record the institution in a new database.</source>
        <translation>在新数据库中登记机构信息。</translation>
    </message>
    <message>
        <source>The institution&apos;s registered name.</source>
        <translation>机构的登记名称。</translation>
    </message>
    <message>
        <source>County or district, e.g. 潞州区.</source>
        <translation>所属县区，例如潞州区。</translation>
    </message>
    <message>
        <source>Institution type: %1.</source>
        <translation>机构类型：%1。</translation>
    </message>
    <message>
        <source>Operating model: %1.</source>
        <translation>运营模式：%1。</translation>
    </message>
    <message>
        <source>Total places (托位数).</source>
        <translation>总托位数。</translation>
    </message>
    <message>
        <source>Date of the inclusive (普惠) recognition; marks the institution inclusive.</source>
        <translation>普惠认定日期；填写后机构即标记为普惠机构。</translation>
    </message>
    <message>
        <source>Approved inclusive places.</source>
        <translation>核定普惠托位数。</translation>
    </message>
    <message>
        <source>Unknown institution type &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的机构类型“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown operating model &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的运营模式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>This database already holds the institution &quot;%1&quot;; nothing was changed.</source>
        <translation>此数据库中已有机构“%1”；未做任何更改。</translation>
    </message>
    <message>
        <source>Set up &quot;%1&quot; in %2.</source>
        <translation>已在 %2 中设置机构“%1”。</translation>
    </message>
    <message>
        <source>Show the institution and the database.</source>
        <translation>显示机构和数据库信息。</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>所属县区：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>机构类型：%1</translation>
    </message>
    <message>
        <source>Operating model: %1</source>
        <translation>运营模式：%1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>托位数：%1</translation>
    </message>
    <message>
        <source>Inclusive (普惠) since %1, %2 approved inclusive places</source>
        <translation>普惠机构，自 %1 起认定，核定普惠托位 %2 个</translation>
    </message>
    <message>
        <source>Not an inclusive (普惠) institution</source>
        <translation>非普惠机构</translation>
    </message>
    <message>
        <source>The institution has not been set up yet (run init or demo).</source>
        <translation>尚未设置机构信息（请运行 init 或 demo）。</translation>
    </message>
    <message>
        <source>Classes: %1, children enrolled: %2, staff: %3</source>
        <translation>班级：%1，在托幼儿：%2，工作人员：%3</translation>
    </message>
    <message>
        <source>Usage: daycaredesk-cli [--db FILE] COMMAND [options]</source>
        <translation>用法：daycaredesk-cli [--db FILE] COMMAND [options]</translation>
    </message>
    <message>
        <source>Without --db the GUI&apos;s database is used: %1</source>
        <translation>未指定 --db 时，使用图形界面的数据库：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run daycaredesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>运行 daycaredesk-cli COMMAND --help 可查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage error, 3 input rejected (nothing changed), 4 signature or integrity check failed.</source>
        <translation>退出码：0 完成，1 失败，2 用法错误，3 输入被拒绝（未做任何更改），4 签名或完整性校验失败。</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>未知选项 %1。

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>未知命令“%1”。

%2</translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and report the first break.</source>
        <translation>重新计算审计记录的哈希链，并报告第一处断裂。</translation>
    </message>
    <message>
        <source>Export the audit trail to a CSV file.</source>
        <translation>将审计记录导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only changes made by this user.</source>
        <translation>只包括该用户所做的更改。</translation>
    </message>
    <message>
        <source>Only this kind of record (e.g. children).</source>
        <translation>只包括此类记录（例如 children）。</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>The demo&apos;s director logs in as %1 with the password %2.</source>
        <translation>演示机构的负责人以 %1 登录，密码为 %2。</translation>
    </message>
    <message>
        <source>File whose first line is the password of the director account admin (without it the password is admin and must be changed at the first login).</source>
        <translation>文件第一行为负责人账号 admin 的密码（不提供时密码为 admin，首次登录时必须修改）。</translation>
    </message>
    <message>
        <source>The director account is admin with the password admin; it must be changed at the first login.</source>
        <translation>负责人账号为 admin，密码为 admin；首次登录时必须修改。</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的班级。</translation>
    </message>
    <message>
        <source>Add a user account.</source>
        <translation>添加用户账号。</translation>
    </message>
    <message>
        <source>The new user&apos;s login name.</source>
        <translation>新用户的登录名。</translation>
    </message>
    <message>
        <source>Role: %1.</source>
        <translation>角色：%1。</translation>
    </message>
    <message>
        <source>File whose first line is the new user&apos;s password.</source>
        <translation>文件第一行为新用户的密码。</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>本人姓名。</translation>
    </message>
    <message>
        <source>For a caregiver: her classes, separated by commas.</source>
        <translation>保育人员所带班级，用逗号分隔。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>未知角色“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>user add needs --new-password-file FILE.</source>
        <translation>user add 需要 --new-password-file FILE。</translation>
    </message>
    <message>
        <source>This database has no users yet; the first one must be a director.</source>
        <translation>该数据库还没有用户；第一个用户必须是负责人。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>List the user accounts.</source>
        <translation>列出用户账号。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Change your own password, or (director) reset another user&apos;s.</source>
        <translation>修改自己的密码，或（负责人）重置其他用户的密码。</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>要修改谁的密码。</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>文件第一行为新密码。</translation>
    </message>
    <message>
        <source>user passwd needs --new-password-file FILE.</source>
        <translation>user passwd 需要 --new-password-file FILE。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Disable a user account (its history is kept).</source>
        <translation>停用用户账号（保留其历史记录）。</translation>
    </message>
    <message>
        <source>Enable a disabled user account.</source>
        <translation>重新启用已停用的账号。</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>用户。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>User accounts: add, list, passwd, disable, enable.</source>
        <translation>用户账号：添加、列出、改密码、停用、启用。</translation>
    </message>
    <message>
        <source>The audit trail: verify, export.</source>
        <translation>审计记录：核验、导出。</translation>
    </message>
    <message>
        <source>The password may also come from the environment variable DAYCAREDESK_PASSWORD.</source>
        <translation>密码也可以通过环境变量 DAYCAREDESK_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>Write a backup of the database.</source>
        <translation>为数据库生成备份。</translation>
    </message>
    <message>
        <source>The file to write; without it, a new file in the backups folder beside the database.</source>
        <translation>要写入的文件；不指定时，在数据库旁的备份文件夹中新建文件。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>List the database&apos;s backups, newest first.</source>
        <translation>列出数据库的备份，最新的在前。</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The database as it was is kept in the backups folder.</source>
        <translation>用备份替换数据库。原数据库会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>恢复前的数据库保留在 %1。</translation>
    </message>
    <message>
        <source>Backups: create, list, restore.</source>
        <translation>备份：创建、列出、恢复。</translation>
    </message>
    <message>
        <source>Usage: daycaredesk-cli %1 %2 ... (see --help of each)</source>
        <translation>用法：daycaredesk-cli %1 %2 ...（各子命令见 --help）</translation>
    </message>
    <message>
        <source>Add a class.</source>
        <translation>添加班级。</translation>
    </message>
    <message>
        <source>The class name, such as 向日葵班.</source>
        <translation>班级名称，例如 向日葵班。</translation>
    </message>
    <message>
        <source>Class type: %1.</source>
        <translation>班型：%1。</translation>
    </message>
    <message>
        <source>Most children the class takes (default: the national maximum of its type).</source>
        <translation>班级最多收托人数（默认：该班型国家标准上限）。</translation>
    </message>
    <message>
        <source>The room it uses.</source>
        <translation>使用的活动室。</translation>
    </message>
    <message>
        <source>class add needs --type TYPE (%1).</source>
        <translation>class add 需要 --type 班型（%1）。</translation>
    </message>
    <message>
        <source>Unknown class type &quot;%1&quot;; use one of: %2.</source>
        <translation>无法识别的班型“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>Warning: the capacity %1 is above the national maximum of %2 for this type.</source>
        <translation>提醒：额定人数 %1 超过该班型国家标准上限 %2。</translation>
    </message>
    <message>
        <source>Added the class %1 (%2), capacity %3.</source>
        <translation>已添加班级 %1（%2），额定人数 %3。</translation>
    </message>
    <message>
        <source>List the classes with children, caregivers and warnings on a day.</source>
        <translation>列出某日各班级的幼儿、保育人员和提醒。</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default today).</source>
        <translation>日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>%1	%2	room %3	children %4/%5	caregivers %6/%7	%8</source>
        <translation>%1	%2	活动室 %3	幼儿 %4/%5	保育人员 %6/%7	%8</translation>
    </message>
    <message>
        <source>There are no classes yet.</source>
        <translation>还没有班级。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>已导入：新增 %1，更新 %2。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8 or GB18030.</source>
        <translation>CSV 文件，UTF-8 或 GB18030 编码。</translation>
    </message>
    <message>
        <source>Import children from a CSV file; all rows or none.</source>
        <translation>从 CSV 文件导入幼儿；要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>List every child with class, care type, dates and status.</source>
        <translation>列出每名幼儿的班级、托育类型、日期和状态。</translation>
    </message>
    <message>
        <source>Only the children of this class.</source>
        <translation>只列出该班级的幼儿。</translation>
    </message>
    <message>
        <source>Export the roster as CSV (UTF-8 with BOM) or .xlsx.</source>
        <translation>将花名册导出为 CSV（带 BOM 的 UTF-8）或 .xlsx。</translation>
    </message>
    <message>
        <source>The file to write: FILE.csv or FILE.xlsx.</source>
        <translation>要写入的文件：文件.csv 或 文件.xlsx。</translation>
    </message>
    <message>
        <source>Wrote the roster to %1.</source>
        <translation>花名册已写入 %1。</translation>
    </message>
    <message>
        <source>Import children from a CSV file.</source>
        <translation>从 CSV 文件导入幼儿。</translation>
    </message>
    <message>
        <source>List the children.</source>
        <translation>列出幼儿。</translation>
    </message>
    <message>
        <source>Export the roster to CSV or xlsx.</source>
        <translation>将花名册导出为 CSV 或 xlsx。</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>List the staff with roles, classes and certificates.</source>
        <translation>列出工作人员及其岗位、班级和证书。</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1, target %2%.</source>
        <translation>持证上岗率：%1，目标 %2%。</translation>
    </message>
    <message>
        <source>Certified caregivers (持证上岗率): %1, below the target of %2%.</source>
        <translation>持证上岗率：%1，低于 %2% 的目标。</translation>
    </message>
    <message>
        <source>Import staff and their certificates from a CSV file; all rows or none.</source>
        <translation>从 CSV 文件导入工作人员及其证书；要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Classes: add, list.</source>
        <translation>班级：添加、列出。</translation>
    </message>
    <message>
        <source>Staff: list, import.</source>
        <translation>工作人员：列出、导入。</translation>
    </message>
    <message>
        <source>Children: import, list, export.</source>
        <translation>幼儿：导入、列出、导出。</translation>
    </message>
    <message>
        <source>Per class and child: expected care days, attendance by status, days not recorded and the attendance rate of a month.</source>
        <translation>按班级和幼儿统计某月的应出勤托育日、各类出勤情况、未登记天数和出勤率。</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>Only this class.</source>
        <translation>只统计该班级。</translation>
    </message>
    <message>
        <source>%1 %2: attendance rate %3</source>
        <translation>%1 %2：出勤率 %3</translation>
    </message>
    <message>
        <source>Name	ID number	Expected	Present	Sick	Personal	Other	Not recorded	Hours</source>
        <translation>姓名	身份证号	应出勤	出勤	病假	事假	其他	未登记	时长</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No child was expected in care in %1.</source>
        <translation>%1 没有应出勤的幼儿。</translation>
    </message>
    <message>
        <source>Care days not recorded: %1.</source>
        <translation>未登记的托育日：%1。</translation>
    </message>
    <message>
        <source>Records on days without care or outside enrolment, not counted: %1.</source>
        <translation>非托育日或不在托期间的记录，未计入：%1。</translation>
    </message>
    <message>
        <source>Imported %1 attendance records (%2 new, %3 replaced): %4. Months: %5.</source>
        <translation>已导入 %1 条考勤记录（新增 %2 条，替换 %3 条）：%4。月份：%5。</translation>
    </message>
    <message>
        <source>Import attendance from a CSV file, one row per child and day; all rows or none. Columns: 日期 date, 身份证号 id_number, 状态 status; optional 到园 arrival, 离园 departure, 时长 hours, 晨检 check, 晨检说明 check_note, 体温 temperature, 症状 symptom (needed on sick days), 备注 note.</source>
        <translation>从 CSV 文件导入考勤，每名幼儿每天一行；要么全部导入，要么都不导入。列：日期、身份证号、状态；可选：到园、离园、时长、晨检、晨检说明、体温、症状（病假必填）、备注。</translation>
    </message>
    <message>
        <source>Attendance: summary, import.</source>
        <translation>考勤：汇总、导入。</translation>
    </message>
    <message>
        <source>The bills of a month as they stand, without closing it: per child each line with how it was worked out, and the month&apos;s total. Money in fen in JSON.</source>
        <translation>不结账，按当前数据列出某月的账单：每名幼儿的各项费用及计算方法，以及当月合计。JSON 中金额以分为单位。</translation>
    </message>
    <message>
        <source>%1: %2 care days; inclusive reduction: %3</source>
        <translation>%1：托育日 %2 天；普惠减免：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n bill(s): %1</source>
        <translation>
            <numerusform>%n 份账单合计：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes a month that is over: its attendance becomes final. Refused while care days are unrecorded, which it lists.</source>
        <translation>为已结束的月份结账：其考勤即成定稿。仍有未登记的托育日时拒绝结账，并列出这些日子。</translation>
    </message>
    <message>
        <source>Record the unrecorded care days as absences and close (director).</source>
        <translation>将未登记的托育日记为缺勤后结账（负责人）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed; %n unrecorded care day(s) confirmed as absences.</source>
        <translation>
            <numerusform>%1 已结账；%n 个未登记的托育日已确认为缺勤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopens a closed month (director); the reason goes into the audit trail.</source>
        <translation>重新开启已结账的月份（负责人）；原因记入审计记录。</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>重新开启该月的原因。</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 已重新开启。</translation>
    </message>
    <message>
        <source>A month&apos;s fees: bill, close, reopen.</source>
        <translation>月度收费：账单、结账、重新开启。</translation>
    </message>
    <message>
        <source>Export a month&apos;s bills: per child each kind of fee and the total due, with a totals row; a workbook also lists every bill line.</source>
        <translation>导出某月账单：每名幼儿的各类费用和应收合计，以及合计行；工作簿中还列出每条账单明细。</translation>
    </message>
    <message>
        <source>The file to write: FILE.xlsx or FILE.csv.</source>
        <translation>要写入的文件：FILE.xlsx 或 FILE.csv。</translation>
    </message>
    <message>
        <source>bills export needs --out FILE.</source>
        <translation>bills export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Wrote the bills of %1 to %2.</source>
        <translation>已将 %1 的账单写入 %2。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The child&apos;s ID number.</source>
        <translation>幼儿的身份证号。</translation>
    </message>
    <message>
        <source>The month of the bill, YYYY-MM.</source>
        <translation>账单月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>How the money changed hands: %1.</source>
        <translation>缴费方式：%1。</translation>
    </message>
    <message>
        <source>The day the money changed hands, YYYY-MM-DD (default: today).</source>
        <translation>缴费日期，YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的缴费方式“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>No child has the ID number %1.</source>
        <translation>没有身份证号为 %1 的幼儿。</translation>
    </message>
    <message>
        <source>Record a payment for a child&apos;s monthly bill and issue its receipt. With --months the same amount is paid for several months ahead on one receipt.</source>
        <translation>登记幼儿月度账单的缴费并开具收据。使用 --months 时，按相同金额预缴多个月，开在同一张收据上。</translation>
    </message>
    <message>
        <source>What is paid for each month, such as 1400.00.</source>
        <translation>每个月缴纳的金额，例如 1400.00。</translation>
    </message>
    <message>
        <source>Who paid (default: the child&apos;s primary guardian, else her first guardian).</source>
        <translation>交款人（默认：幼儿的主要监护人，没有则为第一位监护人）。</translation>
    </message>
    <message>
        <source>The transaction number or a note, printed on the receipt.</source>
        <translation>交易单号或备注，会打印在收据上。</translation>
    </message>
    <message>
        <source>Pay the same amount for N months from --month (default 1).</source>
        <translation>自 --month 起按相同金额缴 N 个月（默认 1）。</translation>
    </message>
    <message>
        <source>%1 has no guardian on record; say who paid with --payer.</source>
        <translation>%1 没有登记监护人；请用 --payer 说明交款人。</translation>
    </message>
    <message>
        <source>Receipt %1: %2 from %3 for %4, %5.</source>
        <translation>收据 %1：%3 为 %4 缴纳 %2，%5。</translation>
    </message>
    <message>
        <source>Record a refund paid out to a family: at most what was paid for the month beyond its bill, or paid ahead for a month not yet closed.</source>
        <translation>登记退给家庭的款项：最多为该月超出账单的已缴金额，或尚未结账月份的预缴金额。</translation>
    </message>
    <message>
        <source>What goes back, such as 400.00.</source>
        <translation>退款金额，例如 400.00。</translation>
    </message>
    <message>
        <source>Why the money goes back.</source>
        <translation>退款原因。</translation>
    </message>
    <message>
        <source>Refunded %1 for %2, %3 (%4).</source>
        <translation>已为 %2 退款 %1，%3（%4）。</translation>
    </message>
    <message>
        <source>Void a receipt: it keeps its number with the reason, and its payments count for nothing.</source>
        <translation>作废收据：编号和原因保留，其缴费不再计入。</translation>
    </message>
    <message>
        <source>The receipt&apos;s number, such as 2026-000123.</source>
        <translation>收据编号，例如 2026-000123。</translation>
    </message>
    <message>
        <source>Why the receipt is voided.</source>
        <translation>作废原因。</translation>
    </message>
    <message>
        <source>Receipt %1 is void: %2.</source>
        <translation>收据 %1 已作废：%2。</translation>
    </message>
    <message>
        <source>The receipts of a year, newest first, voided ones with the reason.</source>
        <translation>某一年的收据，最新的在前，已作废的注明原因。</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>年份（默认：今年）。</translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>No receipts in %1.</source>
        <translation>%1 年没有收据。</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n 份账单</numerusform>
        </translation>
    </message>
    <message>
        <source>The unpaid and partly paid bills of closed months, with subtotals by month and by child. Money in fen in JSON.</source>
        <translation>已结账月份中未缴和部分缴费的账单，按月份和幼儿小计。JSON 中金额以分为单位。</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>部分缴费</translation>
    </message>
    <message>
        <source>No arrears: every bill of the closed months is paid.</source>
        <translation>没有欠费：已结账月份的账单均已缴清。</translation>
    </message>
    <message>
        <source>Month	Child	Billed	Paid	Outstanding</source>
        <translation>月份	幼儿	应收	已收	欠费</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>按月份：</translation>
    </message>
    <message>
        <source>By child:</source>
        <translation>按幼儿：</translation>
    </message>
    <message>
        <source>Total outstanding: %1</source>
        <translation>欠费合计：%1</translation>
    </message>
    <message>
        <source>A month&apos;s bills: export.</source>
        <translation>月度账单：导出。</translation>
    </message>
    <message>
        <source>Payments for bills: add, refund.</source>
        <translation>账单缴费：登记、退款。</translation>
    </message>
    <message>
        <source>Receipts: list, void.</source>
        <translation>收据：列表、作废。</translation>
    </message>
    <message>
        <source>The unpaid bills of closed months.</source>
        <translation>已结账月份的未缴账单。</translation>
    </message>
    <message>
        <source>claimable</source>
        <translation>可申报</translation>
    </message>
    <message>
        <source>The operating subsidy claim of a month as the rules make it now, without saving it: per child whether she is claimable and why not, her days and amounts. Money in fen in JSON.</source>
        <translation>按现行规则生成某月的运营补贴申报（不保存）：每名幼儿是否可申报及原因、出勤天数和金额。JSON 中金额以分为单位。</translation>
    </message>
    <message>
        <source>%1: %2 care days; %3; inclusive places: %4</source>
        <translation>%1：托育日 %2 天；%3；普惠托位：%4</translation>
    </message>
    <message>
        <source>The claim for %1, version %2, is %3.</source>
        <translation>%1 的申报（第 %2 版）状态为%3。</translation>
    </message>
    <message>
        <source>Submits the claim of a closed month: its children and amounts are built afresh and frozen as the version sent to the county.</source>
        <translation>提交已月结月份的申报：重新生成幼儿和金额，并冻结为报送县里的版本。</translation>
    </message>
    <message>
        <source>Records the county&apos;s answer to a submitted claim: the amount approved (in full or in part) and the amount paid, or its return for correction.</source>
        <translation>登记县里对已提交申报的答复：核定金额（全额或部分）和拨付金额，或退回修改。</translation>
    </message>
    <message>
        <source>The amount the county approved.</source>
        <translation>县里核定的金额。</translation>
    </message>
    <message>
        <source>The amount received for an approved claim.</source>
        <translation>已核定申报实际收到的金额。</translation>
    </message>
    <message>
        <source>The county returned the claim for correction (needs --note).</source>
        <translation>县里退回申报要求修改（需要 --note）。</translation>
    </message>
    <message>
        <source>What the county asks to correct.</source>
        <translation>县里要求修改的内容。</translation>
    </message>
    <message>
        <source>Give --approved AMOUNT and/or --paid AMOUNT, or --returned --note TEXT.</source>
        <translation>请给出 --approved AMOUNT 和/或 --paid AMOUNT，或 --returned --note TEXT。</translation>
    </message>
    <message numerus="yes">
        <source>Claimable: %1 of %n listed; subsidy %2</source>
        <translation>
            <numerusform>可申报：列出的 %n 名中 %1 名；补贴 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed %1 for %n claimable line(s); approved %2; paid %3; still owed %4.</source>
        <translation>
            <numerusform>申报 %1（%n 条可申报）；核定 %2；已拨付 %3；尚欠 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the claim of a month as the workbook sent to the county: the claimable children (申报表), those left out with the reason (不予申报) and the sums by class and care type (汇总). The latest version once submitted, else the claim as the rules make it now.</source>
        <translation>将某月的申报写成报送县（区）的工作簿：工作表“申报表”为可申报的幼儿，“不予申报”为未申报的幼儿及原因，“汇总”为按班级和托育类型的合计。已提交的写最新版本，否则按现行规则生成。</translation>
    </message>
    <message>
        <source>The workbook to write: FILE.xlsx.</source>
        <translation>要写入的工作簿：FILE.xlsx。</translation>
    </message>
    <message>
        <source>claim export needs --out FILE.xlsx.</source>
        <translation>claim export 需要 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>Wrote the claim of %1 to %2.</source>
        <translation>%1 的申报已写入 %2。</translation>
    </message>
    <message>
        <source>The children in care whose 孩次 is 2 or later, with the birth subsidy their family may apply for, whether it has, and its answer about the 育儿补贴.</source>
        <translation>孩次为 2 及以上的在托幼儿，及其家庭可申请的生育补贴、是否已申请，以及育儿补贴的申请情况。</translation>
    </message>
    <message>
        <source>The day the children are in care, YYYY-MM-DD (default: today).</source>
        <translation>幼儿在托的日期，YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>已于 %1 申请</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>孩次 %1</source>
        <translation>孩次 %1</translation>
    </message>
    <message>
        <source>育儿补贴: %1</source>
        <translation>育儿补贴：%1</translation>
    </message>
    <message>
        <source>No child in care on %1 has 孩次 2 or later.</source>
        <translation>%1 的在托幼儿中没有孩次为 2 及以上的。</translation>
    </message>
    <message>
        <source>Record whether a child&apos;s family has applied for the birth subsidy.</source>
        <translation>登记幼儿家庭是否已申请生育补贴。</translation>
    </message>
    <message>
        <source>The day the family applied, YYYY-MM-DD.</source>
        <translation>家庭申请的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The day the subsidy was granted, YYYY-MM-DD.</source>
        <translation>补贴发放的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The family has not applied (clears an application date).</source>
        <translation>家庭未申请（清除已登记的申请日期）。</translation>
    </message>
    <message>
        <source>birth-subsidy set needs either --applied YYYY-MM-DD or --not-applied.</source>
        <translation>birth-subsidy set 需要 --applied YYYY-MM-DD 或 --not-applied。</translation>
    </message>
    <message>
        <source>--granted goes with --applied, not with --not-applied.</source>
        <translation>--granted 须与 --applied 一起使用，不能与 --not-applied 同用。</translation>
    </message>
    <message>
        <source>%1: birth subsidy not applied for.</source>
        <translation>%1：未申请生育补贴。</translation>
    </message>
    <message>
        <source>%1: birth subsidy applied for on %2.</source>
        <translation>%1：已于 %2 申请生育补贴。</translation>
    </message>
    <message>
        <source>Record whether a child&apos;s family has applied for the national 育儿补贴.</source>
        <translation>登记幼儿家庭是否已申请国家育儿补贴。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;; use one of: %2.</source>
        <translation>未知答复“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>%1: 育儿补贴 %2.</source>
        <translation>%1：育儿补贴 %2。</translation>
    </message>
    <message>
        <source>The policies covering this day, YYYY-MM-DD (default: today).</source>
        <translation>该日处于保障期内的保单，YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>With --to: the policies covering any day of a period.</source>
        <translation>与 --to 同用：期间内任一天处于保障期内的保单。</translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation>期间的最后一天。</translation>
    </message>
    <message>
        <source>Give either --date or --from with --to, not both.</source>
        <translation>请指定 --date，或 --from 加 --to，二者不能同时使用。</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from 和 --to 须一起使用。</translation>
    </message>
    <message>
        <source>The period ends before it starts (%1).</source>
        <translation>期间的结束日早于开始日（%1）。</translation>
    </message>
    <message>
        <source>Record a child&apos;s accident-insurance policy.</source>
        <translation>登记幼儿的意外伤害保险保单。</translation>
    </message>
    <message>
        <source>The policy number.</source>
        <translation>保单号。</translation>
    </message>
    <message>
        <source>The first day of cover, YYYY-MM-DD.</source>
        <translation>保障起始日，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The last day of cover, YYYY-MM-DD.</source>
        <translation>保障截止日，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The premium in yuan, such as 100.00.</source>
        <translation>保费（元），例如 100.00。</translation>
    </message>
    <message>
        <source>Who paid: %1.</source>
        <translation>缴费方：%1。</translation>
    </message>
    <message>
        <source>Unknown payer &quot;%1&quot;; use one of: %2.</source>
        <translation>未知缴费方“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>%1 is insured under policy %2 from %3 to %4 (%5, paid by %6).</source>
        <translation>%1 已参保：保单 %2，保障期 %3 至 %4（%5，缴费方：%6）。</translation>
    </message>
    <message>
        <source>The insured list: the policies covering a day or a period, and the children in care without one.</source>
        <translation>参保名单：某日或某期间内有效的保单，以及未参保的在托幼儿。</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies), premium %1.</source>
        <translation>
            <numerusform>%n 份保单，保费合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not insured: %1 (%2); the roster says insured, but no policy is recorded.</source>
        <translation>未参保：%1（%2）；花名册显示已参保，但未登记保单。</translation>
    </message>
    <message>
        <source>Not insured: %1 (%2).</source>
        <translation>未参保：%1（%2）。</translation>
    </message>
    <message>
        <source>Write the insured list (参保名单) as an Excel workbook.</source>
        <translation>将参保名单写成 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The workbook to write, ending in .xlsx.</source>
        <translation>要写入的工作簿，以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The insured list is a workbook: name a .xlsx file.</source>
        <translation>参保名单为工作簿：请指定 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Wrote the insured list to %1.</source>
        <translation>参保名单已写入 %1。</translation>
    </message>
    <message>
        <source>Operating subsidy claims: build, submit, record, export.</source>
        <translation>运营补贴申报：生成、提交、登记结果、导出。</translation>
    </message>
    <message>
        <source>Families&apos; birth subsidy (生育补贴): list, set.</source>
        <translation>家庭生育补贴：列出、登记。</translation>
    </message>
    <message>
        <source>Whether families applied for the 育儿补贴: set.</source>
        <translation>家庭是否已申请育儿补贴：登记。</translation>
    </message>
    <message>
        <source>Children&apos;s accident insurance: add, list, export.</source>
        <translation>幼儿意外伤害保险：添加、列出、导出。</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (else DAYCAREDESK_PASSPHRASE).</source>
        <translation>首行为口令的文件（否则读取 DAYCAREDESK_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Make the institution&apos;s signing key, sealed with a passphrase.</source>
        <translation>生成机构签名密钥，并用口令加密保存。</translation>
    </message>
    <message>
        <source>The signing key is made. Its fingerprint: %1</source>
        <translation>签名密钥已生成。指纹：%1</translation>
    </message>
    <message>
        <source>The institution has no signing key yet: run key init first.</source>
        <translation>本机构尚无签名密钥：请先运行 key init。</translation>
    </message>
    <message>
        <source>Write the current public key as a JWK file for the county.</source>
        <translation>将当前公钥写成 JWK 文件，供县（区）登记。</translation>
    </message>
    <message>
        <source>The .jwk file to write.</source>
        <translation>要写入的 .jwk 文件。</translation>
    </message>
    <message>
        <source>The institution is not set up yet; its key names it.</source>
        <translation>机构信息尚未设置；密钥需要写明机构。</translation>
    </message>
    <message>
        <source>Written %1. Fingerprint: %2</source>
        <translation>已写入 %1。指纹：%2</translation>
    </message>
    <message>
        <source>Show the current key&apos;s fingerprint, to read over the phone.</source>
        <translation>显示当前密钥的指纹，便于电话核对。</translation>
    </message>
    <message>
        <source>List the institution&apos;s signing keys, oldest first.</source>
        <translation>列出机构的签名密钥，最早的在前。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message>
        <source>The institution has no signing key yet.</source>
        <translation>本机构尚无签名密钥。</translation>
    </message>
    <message>
        <source>Change the passphrase of the current key; the key stays the same.</source>
        <translation>修改当前密钥的口令；密钥本身不变。</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase in use.</source>
        <translation>首行为当前口令的文件。</translation>
    </message>
    <message>
        <source>A file whose first line is the new passphrase.</source>
        <translation>首行为新口令的文件。</translation>
    </message>
    <message>
        <source>The passphrase is changed; the key and its fingerprint stay the same.</source>
        <translation>口令已修改；密钥及其指纹不变。</translation>
    </message>
    <message>
        <source>Replace the current key with a new one; the old public key is kept so reports it signed can still be checked.</source>
        <translation>用新密钥替换当前密钥；旧公钥会保留，以便仍可核验其签名的报表。</translation>
    </message>
    <message>
        <source>A new signing key is made; send the county its key file. New fingerprint: %1</source>
        <translation>已生成新的签名密钥；请将其密钥文件发送给县（区）。新指纹：%1</translation>
    </message>
    <message>
        <source>The institution&apos;s signing keys: init, export, fingerprint, list, passphrase, rotate.</source>
        <translation>机构签名密钥：init、export、fingerprint、list、passphrase、rotate。</translation>
    </message>
    <message>
        <source>A signing key&apos;s passphrase may come from DAYCAREDESK_PASSPHRASE.</source>
        <translation>签名密钥的口令可来自 DAYCAREDESK_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Export a closed month&apos;s report for the county as a signed file, with its workbook beside it. A month changed or closed again since its last export becomes the next revision.</source>
        <translation>将已月结月份的月报导出为签名文件报送县（区），并附工作簿。上次导出后有变化或重新月结的月份导出为下一版。</translation>
    </message>
    <message>
        <source>The folder to write the report into.</source>
        <translation>月报写入的文件夹。</translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2: %3</source>
        <translation>已写出 %2 月报第 %1 版：%3</translation>
    </message>
    <message>
        <source>%1 has not changed since revision %2; wrote that revision again: %3</source>
        <translation>%1 自第 %2 版以来没有变化，已重新写出该版：%3</translation>
    </message>
    <message>
        <source>The closed months and their exported report revisions, newest first.</source>
        <translation>已月结的月份及其已导出的月报版次，最新的在前。</translation>
    </message>
    <message>
        <source>r%1 %2</source>
        <translation>第%1版 %2</translation>
    </message>
    <message>
        <source>No month is closed yet.</source>
        <translation>尚无已月结的月份。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Check a signed report file: its signature, its key and its format. Without --key, against every key of the institution&apos;s database.</source>
        <translation>核验签名报表文件的签名、密钥和格式。未指定 --key 时，用本机构数据库中的全部密钥核验。</translation>
    </message>
    <message>
        <source>The signed file (.ddreport.json).</source>
        <translation>签名文件（.ddreport.json）。</translation>
    </message>
    <message>
        <source>The institution&apos;s public key file (.jwk) to check against.</source>
        <translation>用于核验的机构公钥文件（.jwk）。</translation>
    </message>
    <message>
        <source>Monthly reports for the county: export, list.</source>
        <translation>报送县（区）的月报：导出、列表。</translation>
    </message>
    <message>
        <source>Check a signed report file&apos;s signature and format.</source>
        <translation>核验签名报表文件的签名和格式。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Register an institution&apos;s public key (.jwk) with this center.</source>
        <translation>在本中心登记机构的公钥（.jwk）。</translation>
    </message>
    <message>
        <source>The institution&apos;s public key file (.jwk).</source>
        <translation>机构的公钥文件（.jwk）。</translation>
    </message>
    <message>
        <source>The key&apos;s thumbprint as the institution&apos;s director read it out; needed for a further key of a registered institution.</source>
        <translation>机构负责人念出的公钥指纹；为已登记机构登记新公钥时必须提供。</translation>
    </message>
    <message>
        <source>%1 (%2) is registered. Confirm its fingerprint with the director: %3</source>
        <translation>%1（%2）已登记。请与其负责人核对指纹：%3</translation>
    </message>
    <message>
        <source>A new key of %1 (%2) is registered beside its earlier ones: %3</source>
        <translation>%1（%2）的新公钥已登记，原有公钥保留：%3</translation>
    </message>
    <message>
        <source>This key of %1 (%2) was registered already: %3</source>
        <translation>%1（%2）的该公钥此前已登记：%3</translation>
    </message>
    <message>
        <source>The institutions registered with this center and their keys.</source>
        <translation>在本中心登记的机构及其公钥。</translation>
    </message>
    <message>
        <source>No institution is registered yet.</source>
        <translation>尚未登记任何机构。</translation>
    </message>
    <message>
        <source>Import signed monthly report files; each file gets its verdict.</source>
        <translation>导入签名月报文件，逐个给出结论。</translation>
    </message>
    <message>
        <source>The signed report files (.ddreport.json).</source>
        <translation>签名月报文件（.ddreport.json）。</translation>
    </message>
    <message>
        <source>A county or city center: register institutions, import their reports.</source>
        <translation>县（区）或市级中心：登记机构、导入月报。</translation>
    </message>
    <message>
        <source>A month at this center: every institution with the state of its report and its figures, and the totals by county, by type and overall.</source>
        <translation>本中心某月情况：各机构的报送状态和数据，以及按县区、按类型和全部的合计。</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，报送截止 %2</translation>
    </message>
    <message>
        <source>%1 enrolled / %2 places</source>
        <translation>在托 %1 人 / 托位 %2 个</translation>
    </message>
    <message>
        <source>Total: %1 of %2 reported; %3 enrolled / %4 places (%5); attendance %6; certified %7; subsidy %8 child-months, %9</source>
        <translation>合计：已报送 %1 / %2；在托 %3 人 / 托位 %4 个（%5）；出勤率 %6；持证上岗率 %7；补贴 %8 人月，%9</translation>
    </message>
    <message>
        <source>The month&apos;s cross-institution findings: a child claimed by two institutions, claimed in more months of the year than allowed, or more children claimed than approved inclusive places.</source>
        <translation>本月跨机构核查：同一幼儿被两处机构申报、年度申报月数超限、申报人数超过核定普惠托位。</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>%1 未发现问题。</translation>
    </message>
    <message>
        <source>Export the county&apos;s roll-up of a month for the city center: a signed file and the roll-up workbook beside it. A month changed since its last export becomes the next revision.</source>
        <translation>导出某月县区汇总报送市中心：签名文件及同目录下的汇总工作簿。自上次导出后有变化的月份将生成新版次。</translation>
    </message>
    <message>
        <source>The folder to write the roll-up into.</source>
        <translation>汇总文件的保存文件夹。</translation>
    </message>
    <message>
        <source>center export needs --out DIR.</source>
        <translation>center export 需要 --out DIR。</translation>
    </message>
    <message>
        <source>Wrote revision %1 of the %2 roll-up: %3</source>
        <translation>已写出 %2 汇总第 %1 版：%3</translation>
    </message>
    <message>
        <source>Which demo institution, 1 to %1: each has its own name, credit code and county (default 1).</source>
        <translation>选用哪一家演示机构（1 到 %1）：各有自己的名称、信用代码和县区（默认 1）。</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1（经 %2 报送）</translation>
    </message>
    <message>
        <source>Demo outreach team created in %1: %2 households, %3 children, %4 home visits, %5 referrals.</source>
        <translation>已在 %1 创建演示服务队：%2 户，%3 名幼儿，入户指导 %4 次，转介 %5 次。</translation>
    </message>
    <message>
        <source>The team leader logs in as %1 with the password %2; the team members (队员) %3 with the password %4.</source>
        <translation>队长以 %1 登录，密码 %2；队员 %3 的密码为 %4。</translation>
    </message>
    <message>
        <source>Make a rural infant-care service team (服务队) instead: its households (户) in four villages (村) and four months of home visits (入户指导).</source>
        <translation>改为创建农村婴幼儿照护服务队：四个村的户和四个月的入户指导。</translation>
    </message>
    <message>
        <source>Imported %1 children: %2 households added, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1 名幼儿：新增 %2 户，更新 %3 户，%4 户无变化。</translation>
    </message>
    <message>
        <source>Import the team&apos;s households from a CSV file, one row per child; all rows or none. Columns: 户编号 household (shared by the rows of one household), 村 village, 幼儿姓名 child_name, 性别 gender, 出生日期 birth_date, 监护人1姓名 guardian1_name; optional 地址 address, 监护人1关系 guardian1_relation, 监护人1电话 guardian1_phone, the same for 监护人2 (guardian2_...), 留守 left_behind (是/否), 照料人 carer, 身份证号 id_number, 特殊需要 special_needs, 知情同意人 consent_by, 同意日期 consent_on, 登记日期 registered_on, 备注 notes. A child already recorded (by ID number, else by village, name and birth date) is updated, not added again.</source>
        <translation>从 CSV 文件导入服务队的户，每名幼儿一行；全部导入或全不导入。列：户编号（同一户各行相同）、村、幼儿姓名、性别、出生日期、监护人1姓名；可选：地址、监护人1关系、监护人1电话、监护人2 的相同各列、留守（是/否）、照料人、身份证号、特殊需要、知情同意人、同意日期、登记日期、备注。已登记的幼儿（按身份证号，否则按村、姓名和出生日期）会被更新，不会重复添加。</translation>
    </message>
    <message>
        <source>Import households and their children from a CSV file.</source>
        <translation>从 CSV 文件导入户及其幼儿。</translation>
    </message>
    <message>
        <source>Unified social credit code (18 characters). An outreach team gives that of the body that runs it, such as the township health centre (乡镇卫生院).</source>
        <translation>统一社会信用代码（18 位）。服务队填写其举办单位的代码，如乡镇卫生院。</translation>
    </message>
    <message>
        <source>The township (乡镇) an outreach team (服务队) serves; only for --type outreach-team, which needs it and has no places.</source>
        <translation>服务队服务的乡镇；仅用于 --type outreach-team（服务队必须填写，且没有托位）。</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>not visited for over %n month(s)</source>
        <translation>
            <numerusform>超过 %n 个月未入户</numerusform>
        </translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未入户</translation>
    </message>
    <message numerus="yes">
        <source>The households to visit: those whose next visit has come, and those not visited for over %n month(s), by village.</source>
        <translation>
            <numerusform>待入户的户：下次入户日期已到的户，以及超过 %n 个月未入户的户，按村列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The day to plan for (default today).</source>
        <translation>按哪一天安排（默认今天）。</translation>
    </message>
    <message>
        <source>No household is due for a visit on %1.</source>
        <translation>%1 没有需要入户的户。</translation>
    </message>
    <message>
        <source>%1: households %2, children %3 (left-behind %4), visits %5, referrals %6</source>
        <translation>%1：入户家庭 %2 户，幼儿 %3 名（留守 %4 名），入户指导 %5 次，转介 %6 次</translation>
    </message>
    <message>
        <source>A month&apos;s home visits counted: households, children, visits and referrals, in all, by member and by village.</source>
        <translation>统计一个月的入户指导：户数、幼儿数、入户次数和转介次数，合计、按队员和按村。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>队员 %1</translation>
    </message>
    <message>
        <source>Export a month&apos;s home visits for the county center as a signed file, with its workbook beside it. A month changed since its last export becomes the next revision.</source>
        <translation>将一个月的入户指导导出为签名文件报送县级中心，并在旁边生成工作簿。上次导出后有变动的月份成为下一修订版。</translation>
    </message>
    <message>
        <source>The folder to write the file into.</source>
        <translation>写入文件的文件夹。</translation>
    </message>
    <message>
        <source>The households due for a visit.</source>
        <translation>待入户的户。</translation>
    </message>
    <message>
        <source>A month&apos;s visits counted.</source>
        <translation>一个月的入户指导统计。</translation>
    </message>
    <message>
        <source>A month&apos;s visits as a signed file for the county.</source>
        <translation>一个月的入户指导，导出为报送县级的签名文件。</translation>
    </message>
    <message>
        <source>%1 needs --out DIR.</source>
        <translation>%1 需要 --out 文件夹。</translation>
    </message>
    <message>
        <source>No child of the team&apos;s households has the ID number %1.</source>
        <translation>服务队登记的各户中没有身份证号为 %1 的幼儿。</translation>
    </message>
    <message>
        <source>--child-id takes the number of a child, not &quot;%1&quot;.</source>
        <translation>--child-id 应为幼儿的编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Record a home visit (入户指导) of one child.</source>
        <translation>登记一名幼儿的入户指导。</translation>
    </message>
    <message>
        <source>The child&apos;s number in the database, when her ID number is not known.</source>
        <translation>幼儿在数据库中的编号（不知道身份证号时使用）。</translation>
    </message>
    <message>
        <source>The day of the visit.</source>
        <translation>入户日期。</translation>
    </message>
    <message>
        <source>The team members who made the visit, by user name, comma-separated.</source>
        <translation>入户的队员用户名，以逗号分隔。</translation>
    </message>
    <message>
        <source>What the visit covered, comma-separated: feeding, sleep, development, safety, health, parenting_stress.</source>
        <translation>指导内容，以逗号分隔：feeding（喂养）、sleep（睡眠）、development（发展与游戏）、safety（安全）、health（健康与疫苗接种）、parenting_stress（养育压力）。</translation>
    </message>
    <message>
        <source>Weight in kilograms, e.g. 7.35.</source>
        <translation>体重（千克），如 7.35。</translation>
    </message>
    <message>
        <source>Length or height in centimetres, e.g. 68.5.</source>
        <translation>身长或身高（厘米），如 68.5。</translation>
    </message>
    <message>
        <source>Head circumference in centimetres, e.g. 43.2.</source>
        <translation>头围（厘米），如 43.2。</translation>
    </message>
    <message>
        <source>Development checklist items seen, comma-separated; an item not seen with a leading minus: sits,babbles,-passes_hand.</source>
        <translation>发育检查中观察到的项目，以逗号分隔；未观察到的项目前加减号：sits,babbles,-passes_hand。</translation>
    </message>
    <message>
        <source>The advice given to the family.</source>
        <translation>给家庭的指导建议。</translation>
    </message>
    <message>
        <source>Where the child is referred: township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).</source>
        <translation>转介去向：township_hospital（乡镇卫生院）或 mch_centre（妇幼保健院）。</translation>
    </message>
    <message>
        <source>Why the child is referred.</source>
        <translation>转介原因。</translation>
    </message>
    <message>
        <source>The day of the next visit.</source>
        <translation>下次入户日期。</translation>
    </message>
    <message>
        <source>visit add needs either --child ID_NUMBER or --child-id N.</source>
        <translation>visit add 需要 --child 身份证号 或 --child-id 编号，二者选一。</translation>
    </message>
    <message>
        <source>Recorded visit %1: %2 on %3.</source>
        <translation>已登记入户指导 %1：%2，%3。</translation>
    </message>
    <message>
        <source>Imported %1 visits; %2 rows already recorded were left out.</source>
        <translation>已导入 %1 次入户指导；%2 行已登记，未再导入。</translation>
    </message>
    <message>
        <source>Import home visits from a CSV file, one row per child seen; all rows or none. The child by 身份证号 id_number, or by 村 village, 幼儿姓名 child_name and 出生日期 birth_date. Columns: 入户日期 visited_on, 入户人员 visitors, 指导内容 topics; optional 体重 weight (kg), 身长 length (cm), 头围 head (cm), 发育检查 checklist, 指导建议 advice, 转介 referral, 转介原因 referral_reason, 下次入户日期 next_visit_on. A child&apos;s visit of a day already recorded is left out.</source>
        <translation>从 CSV 文件导入入户指导，每名幼儿每次一行；全部导入或全不导入。幼儿按身份证号，或按村、幼儿姓名和出生日期确定。列：入户日期、入户人员、指导内容；可选：体重（千克）、身长（厘米）、头围（厘米）、发育检查、指导建议、转介、转介原因、下次入户日期。幼儿当天已登记的入户指导不再导入。</translation>
    </message>
    <message>
        <source>Record a home visit.</source>
        <translation>登记入户指导。</translation>
    </message>
    <message>
        <source>Import home visits from a CSV file.</source>
        <translation>从 CSV 文件导入入户指导。</translation>
    </message>
    <message>
        <source>An outreach team&apos;s households (户): import.</source>
        <translation>服务队的户：导入。</translation>
    </message>
    <message>
        <source>Home visits (入户指导): add, import.</source>
        <translation>入户指导：登记、导入。</translation>
    </message>
    <message>
        <source>An outreach team&apos;s plan and months: due, summary, export.</source>
        <translation>服务队的入户计划与月度：待入户、统计、导出。</translation>
    </message>
    <message>
        <source>Remove a home visit recorded by mistake (the audit trail keeps it).</source>
        <translation>删除误录的入户记录（审计记录中仍保留）。</translation>
    </message>
    <message>
        <source>The visit&apos;s number, as visit add printed it.</source>
        <translation>入户记录编号，即 visit add 输出的编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit&apos;s number.</source>
        <translation>“%1”不是入户记录编号。</translation>
    </message>
    <message>
        <source>Removed visit %1.</source>
        <translation>已删除入户记录 %1。</translation>
    </message>
    <message>
        <source>Remove a visit recorded by mistake.</source>
        <translation>删除误录的入户记录。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Management of infant day care (托育) institutions.</source>
        <translation>托育机构管理软件。</translation>
    </message>
    <message>
        <source>The database file to open, or a signed report (.ddreport.json) to verify.</source>
        <translation>要打开的数据库文件，或要核验的签名月报（.ddreport.json）。</translation>
    </message>
</context>
</TS>
