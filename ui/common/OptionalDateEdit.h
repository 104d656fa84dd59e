#pragma once

#include <QDateEdit>

// A date field that may be left empty: it shows "—" until a date is chosen, and Delete or Backspace on the whole
// field empties it again.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    // An invalid date when empty.
    QDate value() const;
    void setValue(QDate date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};
