#pragma once

#include "common/FieldError.h"
#include "common/FormDialog.h"
#include "roster/StaffRepository.h"

#include <QHash>
#include <functional>

class Database;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QualificationsEditor;

// Adds or edits a staff member: details, the classes she works in and her certificates. The record is checked
// with StaffRepository::validate, and each wrong field is named in the error line and marked on the form.
class StaffDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const StaffRecord&)>;

    // A record with id 0 is a new person.
    StaffDialog(Database& db, const StaffRecord& record, Saver saver, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    struct Field
    {
        QWidget* widget;
        QString label;
    };

    void addField(const QString& key, const QString& label, QWidget* widget);
    void fillClasses(Database& db);
    StaffRecord collect() const;
    // Marks the rows of the wrong fields (and unmarks the others); the lines for the error line.
    QString markFields(const FieldErrors& errors);

    StaffRecord m_record;
    Saver m_saver;
    QList<QualificationType> m_types;
    QHash<QString, Field> m_fields;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QComboBox* m_role;
    QCheckBox* m_fullTime;
    QLineEdit* m_phone;
    QLineEdit* m_idNumber;
    QDateEdit* m_hiredOn;
    OptionalDateEdit* m_leftOn;
    QListWidget* m_classes;
    QualificationsEditor* m_qualifications;
};
