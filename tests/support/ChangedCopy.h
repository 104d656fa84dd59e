#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A copy of a signed file in which one character of a member ("payload", "signature") was changed after signing,
// as a tampered file arrives at a center. Returns whether the copy was written.
inline bool writeChangedCopy(const QString& original, const QString& copy, const QByteArray& member)
{
    QFile in(original);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    const QByteArray opening = "\"" + member + "\":\"";
    const qsizetype start = bytes.indexOf(opening);
    if (start < 0)
        return false;
    // Well inside the member's value, past its opening quote.
    const qsizetype at = start + member.size() + 24;
    bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    QFile out(copy);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}
