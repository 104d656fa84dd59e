#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Writing whole files so that a crash or a power cut never leaves half a file under its final name: the bytes go to
// a temporary name beside the target, are flushed to the disk, and only then take the final name in one rename.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    // A name beside target that no file has, for writing target's bytes before they are complete.
    static QString temporaryPathFor(const QString& target);
    // Flushes the file's data to the disk (fsync), so a rename after it never exposes unwritten bytes.
    static Status sync(const QString& path);
    // Copies source to a temporary name beside target and flushes it; returns that name.
    static Result<QString> copyBeside(const QString& source, const QString& target);
    // Gives a complete temporary file its final name in one step. Without replace an existing target is kept and
    // the rename refused.
    static Status rename(const QString& temporary, const QString& target, bool replace);
    // copyBeside, then rename; the temporary file is removed when anything fails.
    static Status copy(const QString& source, const QString& target, bool replace);
};
