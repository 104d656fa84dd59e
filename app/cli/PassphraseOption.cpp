#include "PassphraseOption.h"

#include "CliContext.h"
#include "CliText.h"
#include "CommandParser.h"

using namespace Qt::StringLiterals;

void PassphraseOption::add(CommandParser& parser)
{
    parser.addOption(name, CliText::tr("A file whose first line is the passphrase (else DAYCAREDESK_PASSPHRASE)."),
                     u"FILE"_s);
}

std::optional<QString> PassphraseOption::read(CliContext& context, const CommandParser& parser, int* exitCode)
{
    const Result<QString> passphrase = CliContext::readPassphrase(parser.value(name));
    if (!passphrase) {
        *exitCode
            = parser.isSet(name) ? context.fail(ExitFailed, passphrase.error()) : context.usage(passphrase.error());
        return std::nullopt;
    }
    return passphrase.value();
}
