#pragma once

#include <QCoreApplication>

// The translation context of the command line's own texts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
