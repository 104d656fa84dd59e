#pragma once

#include <QDialog>

// Asked once, when a new database is opened: try DaycareDesk with a demo institution, or set up one's own.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Demo,
        Setup
    };

    explicit FirstStartDialog(const QString& databasePath, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Setup;
};
