#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

// The red lines under a form's fields ("<field>Error"), each saying what is wrong with its own field.
class FieldErrorLabels
{
public:
    explicit FieldErrorLabels(QWidget* owner)
        : m_owner(owner)
    {
    }

    // The field with its error line under it, for the form's layout.
    QWidget* withError(QWidget* field, const QString& key);
    bool contains(const QString& key) const { return m_labels.contains(key); }
    // Each field's messages, one a line; a field not named is cleared.
    void show(const QHash<QString, QStringList>& messages);

private:
    QWidget* m_owner;
    QHash<QString, QLabel*> m_labels;
};
