#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be absent (a leaving date, a certificate without expiry): a check box that says whether there is
// one ("<name>Check") and the date beside it ("<name>Date"), usable only while checked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString& checkText, const QString& objectName, QWidget* parent = nullptr);

    // Invalid when unchecked.
    QDate date() const;
    // An invalid date unchecks the box and offers `fallback` for when it is checked.
    void setDate(QDate date, QDate fallback);

signals:
    // The box was ticked or cleared, or the date changed.
    void changed();

private:
    QCheckBox* m_check;
    QDateEdit* m_date;
};
