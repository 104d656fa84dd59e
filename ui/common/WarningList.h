#pragma once

#include <QListWidget>

// Sentences that need the reader's attention, each with the warning icon so the list never relies on colour; when
// there are none, one plain line that says so.
class WarningList : public QListWidget
{
    Q_OBJECT

public:
    WarningList(const QString& noneText, QWidget* parent = nullptr);

    void setWarnings(const QStringList& warnings);
    // The sentences shown, without the "none" line.
    QStringList warnings() const { return m_warnings; }

private:
    QString m_noneText;
    QStringList m_warnings;
};
