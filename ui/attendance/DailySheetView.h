#pragma once

#include "attendance/AttendanceRecord.h"

#include <QDate>
#include <QWidget>

class Database;
class DailySheetModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// The morning's attendance of one class: a row per child, keys 1–4 set the status of the current row and move
// down, "All present" fills the rows nobody touched, and nothing is written until Save, which says what it wrote.
// Outbreak alerts still within their reporting window stay above the sheet.
class DailySheetView : public QWidget
{
    Q_OBJECT

public:
    DailySheetView(Database& db, QWidget* parent = nullptr);

    // Reads the classes and the sheet again, keeping the class and day shown; unsaved edits are kept unless asked.
    void reload();
    // Asks whether to save unsaved edits; false when the user cancels what she was about to do.
    bool settleChanges();
    // Today's sheet of this class when the user keeps its attendance, after asking about unsaved edits.
    void showToday(qint64 classId);

signals:
    // A save wrote records (a sick day may have opened a follow-up).
    void saved();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillClasses();
    void loadSheet();
    void showOutbreaks();
    void chooseClass();
    void chooseDay(QDate day);
    // Sets the current row's status; a sick absence asks for the symptom first. Moves to the next row.
    void setCurrentStatus(AttendanceStatus status);
    void markAllPresent();
    bool save();
    void discard();
    void updateButtons();

    Database& m_db;
    DailySheetModel* m_model;
    QComboBox* m_classCombo;
    QDateEdit* m_dayEdit;
    QLabel* m_outbreakLabel;
    QLabel* m_noSheetLabel;
    QTableView* m_table;
    QLabel* m_savedLabel;
    QPushButton* m_allPresentButton;
    QPushButton* m_discardButton;
    QPushButton* m_saveButton;
    qint64 m_classId = 0;
    QDate m_day;
};
