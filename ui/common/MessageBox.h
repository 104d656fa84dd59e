#pragma once

#include <QMessageBox>

// The one way pages show message boxes, so widget tests can answer them without a modal loop: a test sets the
// next answer, and the box is not shown at all.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No);

    // Tests: answer the next box with this button instead of showing it; the box's text is kept in lastText().
    // Called again before that box comes, it answers the box after it, and so on.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
};
