#pragma once

#include "Visit.h"
#include "common/FieldError.h"

#include <QCoreApplication>
#include <QHash>

// A visit as people type it, on the command line or in a file's row: each field's text by its key (visited_on,
// visitors, topics, weight, length, head, checklist, advice, referral, referral_reason, next_visit_on; the keys of
// VisitValidator's fields). Dates as DateText reads them; names and keys separated by commas, Chinese commas,
// semicolons or 、; weight in kilograms, length and head in centimetres; checklist items seen by key, one not seen
// with a leading minus ("sits,-babbles"); topics and referral by key or Chinese name.
class VisitInput
{
    Q_DECLARE_TR_FUNCTIONS(VisitInput)

public:
    // The visit the texts describe (childId left 0). Text that cannot be read adds an error naming its field and
    // leaves the field empty; whether the visit may be stored is VisitRepository::check's to say.
    static Visit read(const QHash<QString, QString>& fields, FieldErrors& errors);
    static QStringList split(const QString& text);
};
