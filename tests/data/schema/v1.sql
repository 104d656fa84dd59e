PRAGMA application_id = 1145328459;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE institution (
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
        created_at TEXT NOT NULL);
INSERT INTO institution VALUES(1,'潞州区小橘灯托育园','52140403MJY002317F','潞州区','independent','public-private',1,'2025-03-01',8,10,'','','2026-11-20T09:00:00');
CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        class_type TEXT NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        room TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1);
INSERT INTO classes VALUES(1,'托大一班','older',20,'101',1);
CREATE TABLE children (
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
        CHECK (withdrawn_on IS NULL OR enrolled_on IS NULL OR withdrawn_on >= enrolled_on));
INSERT INTO children VALUES(1,'李浩','male','2024-01-30','140403202401309859',2,'山西省长治市潞州区','','','2026-07-02',1,'魏婷娟','2026-07-04','2025-01','2026-07-05',NULL);
INSERT INTO children VALUES(2,'郭沐','female','2024-02-04','140405202402042124',2,'山西省长治市屯留区','','','2026-08-04',1,'韩娟','2026-08-07','2025-01','2026-08-08',NULL);
INSERT INTO children VALUES(3,'申泽博','male','2024-05-29','140403202405294850',1,'山西省长治市潞州区','','','2026-10-29',1,'韩敏霞','2026-11-07','2025-01','2026-11-08',NULL);
INSERT INTO children VALUES(4,'冯沐欣','female','2024-06-28','140403202406289340',2,'山西省长治市潞州区','','','2026-05-13',1,'申燕','2026-05-21','2025-01','2026-05-22',NULL);
CREATE TABLE placements (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        class_id INTEGER NOT NULL REFERENCES classes(id),
        care_type TEXT NOT NULL CHECK (care_type IN ('full_day', 'half_day', 'hourly', 'home')),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        CHECK (valid_to IS NULL OR valid_to >= valid_from));
INSERT INTO placements VALUES(1,1,1,'half_day','2026-07-05',NULL);
INSERT INTO placements VALUES(2,2,1,'full_day','2026-08-08',NULL);
INSERT INTO placements VALUES(3,3,1,'full_day','2026-11-08',NULL);
INSERT INTO placements VALUES(4,4,1,'full_day','2026-05-22',NULL);
CREATE TABLE guardians (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        may_pick_up INTEGER NOT NULL DEFAULT 1,
        is_primary INTEGER NOT NULL DEFAULT 0);
INSERT INTO guardians VALUES(1,1,'魏婷娟','母亲','19949710885','',1,1);
INSERT INTO guardians VALUES(2,1,'李磊','父亲','18682599193','',1,0);
INSERT INTO guardians VALUES(3,2,'韩娟','母亲','19984886235','',1,1);
INSERT INTO guardians VALUES(4,2,'郭强','父亲','18766829342','',1,0);
INSERT INTO guardians VALUES(5,2,'郭伟刚','祖父','15989074877','',1,0);
INSERT INTO guardians VALUES(6,3,'韩敏霞','母亲','13574451235','',1,1);
INSERT INTO guardians VALUES(7,3,'申鹏','父亲','18777426475','',1,0);
INSERT INTO guardians VALUES(8,4,'申燕','母亲','15094052438','',1,1);
INSERT INTO guardians VALUES(9,4,'冯志磊','父亲','15709496942','',1,0);
CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        role TEXT NOT NULL CHECK (role IN ('head', 'caregiver', 'health', 'cook', 'security', 'other')),
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT UNIQUE,
        full_time INTEGER NOT NULL DEFAULT 1,
        hired_on TEXT NOT NULL,
        left_on TEXT);
INSERT INTO staff VALUES(1,'陈红','female','head','13517859057','140427199501184586',1,'2025-08-24',NULL);
INSERT INTO staff VALUES(2,'史敏','female','caregiver','13403975456','140423199308245521',1,'2025-09-19',NULL);
INSERT INTO staff VALUES(3,'韩芳','female','health','15928562548','140431198502205828',1,'2024-07-30',NULL);
INSERT INTO staff VALUES(4,'王婷艳','female','cook','18904020419','140403200003121501',1,'2023-10-10',NULL);
INSERT INTO staff VALUES(5,'申娟红','female','cook','15968197608','14042819931016022X',1,'2025-09-24',NULL);
INSERT INTO staff VALUES(6,'王建','male','security','18398359389','140403198904107491',1,'2025-05-14',NULL);
CREATE TABLE staff_classes (
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
        PRIMARY KEY (staff_id, class_id));
INSERT INTO staff_classes VALUES(2,1);
CREATE TABLE qualification_types (
        code TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        counts_as_certified INTEGER NOT NULL DEFAULT 0,
        is_health_certificate INTEGER NOT NULL DEFAULT 0);
INSERT INTO qualification_types VALUES('childcare_worker','保育师','Childcare worker (保育师)',1,0);
INSERT INTO qualification_types VALUES('infant_carer','育婴员','Infant carer (育婴员)',1,0);
INSERT INTO qualification_types VALUES('development_guide','婴幼儿发展引导员','Infant development guide',0,0);
INSERT INTO qualification_types VALUES('childcare_teacher','托育师','Childcare teacher (托育师)',0,0);
INSERT INTO qualification_types VALUES('health_certificate','健康合格证','Health certificate',0,1);
INSERT INTO qualification_types VALUES('no_criminal_record','无犯罪记录证明','No criminal record certificate',0,0);
INSERT INTO qualification_types VALUES('security_guard','保安员证','Security guard licence',0,0);
INSERT INTO qualification_types VALUES('teacher','教师资格证','Teacher qualification',0,0);
CREATE TABLE qualifications (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        type_code TEXT NOT NULL REFERENCES qualification_types(code),
        level TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        expires_on TEXT);
INSERT INTO qualifications VALUES(1,1,'health_certificate','','JK24661449','长治市疾病预防控制中心','2026-05-30','2027-05-30');
INSERT INTO qualifications VALUES(2,1,'no_criminal_record','','WF97436508','长治市公安局','2025-08-04',NULL);
INSERT INTO qualifications VALUES(3,1,'childcare_worker','二级/技师','BY54154485','山西省人力资源和社会保障厅','2023-08-24',NULL);
INSERT INTO qualifications VALUES(4,2,'health_certificate','','JK59020526','长治市疾病预防控制中心','2026-03-04','2027-03-04');
INSERT INTO qualifications VALUES(5,2,'no_criminal_record','','WF97681453','长治市公安局','2025-08-30',NULL);
INSERT INTO qualifications VALUES(6,2,'childcare_worker','四级/中级工','BY03124171','山西省人力资源和社会保障厅','2025-06-15',NULL);
INSERT INTO qualifications VALUES(7,3,'health_certificate','','JK64080064','长治市疾病预防控制中心','2026-08-05','2027-08-05');
INSERT INTO qualifications VALUES(8,3,'no_criminal_record','','WF54391548','长治市公安局','2024-07-10',NULL);
INSERT INTO qualifications VALUES(9,4,'health_certificate','','JK03939612','长治市疾病预防控制中心','2026-10-08','2027-10-08');
INSERT INTO qualifications VALUES(10,4,'no_criminal_record','','WF84558984','长治市公安局','2023-09-20',NULL);
INSERT INTO qualifications VALUES(11,5,'health_certificate','','JK63260493','长治市疾病预防控制中心','2026-08-24','2027-08-24');
INSERT INTO qualifications VALUES(12,5,'no_criminal_record','','WF31276407','长治市公安局','2025-09-04',NULL);
INSERT INTO qualifications VALUES(13,6,'health_certificate','','JK96026372','长治市疾病预防控制中心','2026-10-03','2027-10-03');
INSERT INTO qualifications VALUES(14,6,'no_criminal_record','','WF12150341','长治市公安局','2025-04-24',NULL);
INSERT INTO qualifications VALUES(15,6,'security_guard','','BA16868323','长治市公安局','2025-03-15',NULL);
CREATE TABLE attendance (
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
        PRIMARY KEY (child_id, day)) WITHOUT ROWID;
INSERT INTO attendance VALUES(1,'2026-11-02','present','07:51','12:15','normal','',368,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-03','present','08:14','12:19','normal','',369,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-04','present','08:28','12:10','normal','',368,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-05','present','08:13','12:00','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-06','present','08:07','12:17','normal','',365,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-09','present','08:14','12:17','normal','',369,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-10','other',NULL,NULL,NULL,'',NULL,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-11','present','07:45','12:06','normal','',368,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-12','present','08:19','12:07','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-13','present','08:24','12:00','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-16','present','08:26','12:12','normal','',366,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-17','present','07:54','12:06','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-18','present','07:57','12:19','normal','',366,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-19','present','07:44','12:09','normal','',367,NULL,'','');
INSERT INTO attendance VALUES(1,'2026-11-20','present','07:45','12:09','normal','',365,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-02','present','08:00','16:57','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-03','present','07:42','17:16','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-04','present','07:55','17:26','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-05','present','08:10','17:29','normal','',368,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-06','present','08:24','17:22','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-09','sick',NULL,NULL,NULL,'',NULL,NULL,'呕吐','');
INSERT INTO attendance VALUES(2,'2026-11-10','present','07:52','17:23','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-11','present','07:40','16:57','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-12','present','08:25','17:25','normal','',367,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-13','present','08:20','17:14','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-16','present','07:45','16:38','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-17','personal',NULL,NULL,NULL,'',NULL,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-18','present','08:23','16:58','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-19','personal',NULL,NULL,NULL,'',NULL,NULL,'','');
INSERT INTO attendance VALUES(2,'2026-11-20','present','07:42','17:08','normal','',369,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-09','present','08:07','16:52','normal','',369,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-10','present','07:49','17:25','normal','',369,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-11','present','08:12','16:49','normal','',365,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-12','present','08:20','16:42','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-13','present','08:01','17:26','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-16','present','08:02','16:49','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-17','present','08:16','17:22','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-18','present','08:16','16:45','normal','',366,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-19','present','08:19','17:09','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(3,'2026-11-20','present','07:51','16:40','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-02','present','08:01','16:30','normal','',366,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-03','present','08:02','17:28','normal','',368,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-04','present','07:53','16:46','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-05','present','07:57','17:04','normal','',362,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-06','present','08:26','16:39','normal','',365,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-09','sick',NULL,NULL,NULL,'',NULL,NULL,'流涕','');
INSERT INTO attendance VALUES(4,'2026-11-10','present','08:14','17:01','normal','',366,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-11','present','07:49','17:04','normal','',367,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-12','present','08:05','17:05','normal','',365,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-13','present','08:24','16:59','normal','',364,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-16','personal',NULL,NULL,NULL,'',NULL,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-17','present','08:01','16:57','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-18','present','08:26','16:38','normal','',367,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-19','present','08:12','16:47','normal','',363,NULL,'','');
INSERT INTO attendance VALUES(4,'2026-11-20','present','07:43','17:01','normal','',362,NULL,'','');
CREATE TABLE policy_values (
        key TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        value INTEGER NOT NULL,
        basis TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (key, valid_from));
CREATE TABLE calendar_days (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')));
CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        basis TEXT NOT NULL DEFAULT '');
CREATE TABLE closures (
        day TEXT PRIMARY KEY,
        reason TEXT NOT NULL);
CREATE INDEX placements_child ON placements(child_id, valid_from);
CREATE INDEX placements_class ON placements(class_id, valid_from);
CREATE INDEX guardians_child ON guardians(child_id);
CREATE INDEX qualifications_staff ON qualifications(staff_id);
CREATE INDEX attendance_day ON attendance(day);
COMMIT;
