#pragma once

#include <QList>
#include <QString>

// One problem with one field of user input. row is the 1-based data row of an imported file, or 0 for a form.
struct FieldError
{
    QString field;
    QString value;
    QString message;
    int row = 0;
};

using FieldErrors = QList<FieldError>;
