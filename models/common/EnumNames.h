#pragma once

#include <QList>
#include <QString>
#include <optional>

// An enum value with its stable key (stored in the database, written in files, typed on the command line) and its
// Chinese name, which users may type too. Lookups accept either, ignoring case and surrounding spaces.
template<typename E> struct EnumName
{
    E value;
    QString key;
    QString chinese;
};

template<typename E> QString enumKey(const QList<EnumName<E>>& names, E value)
{
    for (const EnumName<E>& n : names)
        if (n.value == value)
            return n.key;
    return {};
}

template<typename E> QString enumChinese(const QList<EnumName<E>>& names, E value)
{
    for (const EnumName<E>& n : names)
        if (n.value == value)
            return n.chinese;
    return {};
}

template<typename E> std::optional<E> enumFromKey(const QList<EnumName<E>>& names, const QString& text)
{
    const QString wanted = text.trimmed();
    for (const EnumName<E>& n : names)
        if (n.key.compare(wanted, Qt::CaseInsensitive) == 0 || n.chinese == wanted)
            return n.value;
    return std::nullopt;
}

template<typename E> QList<E> enumValues(const QList<EnumName<E>>& names)
{
    QList<E> values;
    for (const EnumName<E>& n : names)
        values.append(n.value);
    return values;
}
