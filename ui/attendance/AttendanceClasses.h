#pragma once

#include <QString>

class Database;
class QComboBox;

// Fills a combo box with the classes whose attendance the user keeps (a caregiver's own, everyone else's all),
// keeping the class chosen before when it is still there, else the first. Returns why the classes could not be
// read, or an empty string.
QString fillAttendanceClasses(Database& db, QComboBox* combo);
