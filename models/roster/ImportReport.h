#pragma once

#include "common/FieldError.h"

// What an import found and did, for the preview dialog and the command line. Errors and warnings carry the file
// line (row) and the column header as written in the file (field).
struct ImportReport
{
    int added = 0;
    int updated = 0;
    FieldErrors warnings;
    FieldErrors errors;

    bool ok() const { return errors.isEmpty(); }
};
