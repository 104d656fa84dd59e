#pragma once

#include "reports/SignedExport.h"

#include <QJsonObject>

// An exported revision as `report export` and `center export` print it.
QJsonObject revisionJson(const ReportRevision& revision);

// What `report export` and `center export` print: the revision, its month and where its two files went.
QJsonObject exportedJson(const ExportedReport& exported);
