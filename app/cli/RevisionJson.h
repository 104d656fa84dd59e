#pragma once

#include "reports/ReportRevisions.h"

#include <QJsonObject>

// An exported revision as `report export` and `center export` print it.
QJsonObject revisionJson(const ReportRevision& revision);
