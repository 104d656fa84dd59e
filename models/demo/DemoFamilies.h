#pragma once

#include "common/Result.h"

#include <QDate>

class Database;
class QRandomGenerator;

// The demo families' subsidies and insurance: about half of the second and third children's families have applied
// for the birth subsidy (a few already granted), most families have answered about the 育儿补贴, and the city's
// accident-insurance policy covers every child enrolled before this month.
namespace DemoFamilies {
Status record(Database& db, QRandomGenerator& rng, QDate today);
} // namespace DemoFamilies
