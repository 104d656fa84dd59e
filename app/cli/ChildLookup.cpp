#include "ChildLookup.h"

#include "CliText.h"
#include "roster/ChildRepository.h"

using namespace Qt::StringLiterals;

std::optional<int> openForChild(CliContext& context, Permission permission, const QString& option, const QString& typed,
                                Database*& db, ChildBasics& child)
{
    int exitCode = ExitDone;
    db = context.openAsUser(&exitCode, permission);
    if (!db)
        return exitCode;
    const QString idNumber = QString(typed).remove(u' ').toUpper();
    const Result<std::optional<qint64>> found = ChildRepository(*db).findByIdNumber(idNumber);
    if (!found)
        return context.fail(ExitFailed, found.error());
    if (!found.value())
        return context.reject({{option, idNumber, CliText::tr("No child has the ID number %1.").arg(idNumber)}});
    const Result<ChildBasics> loaded = ChildBasics::load(*db, *found.value());
    if (!loaded)
        return context.fail(ExitFailed, loaded.error());
    child = loaded.value();
    return std::nullopt;
}
