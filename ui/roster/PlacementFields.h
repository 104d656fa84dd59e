#pragma once

#include "roster/ClassOverview.h"

#include <QString>

class Database;
class QComboBox;
class QLabel;

// The fields every form that places a child shares: the class and care type choices, and the warnings a placement
// would raise.
namespace PlacementFields {
// Each active class as "name — type", with the class id as item data.
void fillClasses(QComboBox* combo, Database& db);
// Each care type, with the CareType as item data (an int).
void fillCareTypes(QComboBox* combo);
// One line per warning in the label, each marked with a warning sign so it does not rely on colour; the label's
// form row is hidden when there are none.
void showWarnings(QLabel* label, const QList<ClassWarning>& warnings);
} // namespace PlacementFields
