#pragma once

#include <QString>
#include <optional>

class CliContext;
class CommandParser;

// --passphrase-file FILE for the commands that unlock or seal the institution's signing key; without it the
// passphrase comes from DAYCAREDESK_PASSPHRASE.
namespace PassphraseOption {
inline const QString name = QStringLiteral("passphrase-file");

void add(CommandParser& parser);
// The passphrase, or nullopt after reporting why there is none: an unreadable file is a failure, no passphrase at
// all a usage error.
std::optional<QString> read(CliContext& context, const CommandParser& parser, int* exitCode);
} // namespace PassphraseOption
