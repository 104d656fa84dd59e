#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QDialogButtonBox>

class QFormLayout;
class QLabel;

// A dialog that is one form: an explanation on top, the fields, a line that says what is wrong, and the buttons
// ("okButton", "cancelButton"). Accepting runs save(); when that fails the dialog stays open with the reason in the
// error line, so the user can correct a field and try again.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() override;
    void reject() override;
    QString errorText() const;

protected:
    explicit FormDialog(
        QWidget* parent, QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    // Does what the dialog is for; a failure's message is shown in the error line.
    virtual Status save() = 0;

    void setIntro(const QString& text);
    // For a dialog that must not be skipped: the Cancel button goes, Escape and closing the window do nothing, and
    // the only way out besides OK is "Log out" ("logOutButton"), which rejects the dialog.
    void offerLogOutInsteadOfCancel();
    QFormLayout* form() const { return m_form; }
    QPushButton* okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }
    QPushButton* cancelButton() const { return m_buttons->button(QDialogButtonBox::Cancel); }
    void showEvent(QShowEvent* event) override;

private:
    void fitHeight();

    QLabel* m_intro;
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_mustAnswer = false;
};
