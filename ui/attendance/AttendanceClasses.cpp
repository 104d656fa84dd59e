#include "AttendanceClasses.h"

#include "roster/ClassRepository.h"

#include <QComboBox>
#include <QSignalBlocker>

QString fillAttendanceClasses(Database& db, QComboBox* combo)
{
    const Result<QList<ClassRecord>> classes = ClassRepository(db).attendanceClasses();
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ClassRecord& c : classes.value_or(QList<ClassRecord> {}))
        combo->addItem(c.name, c.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return classes ? QString() : classes.error();
}
