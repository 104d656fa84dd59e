#pragma once

#include "common/Result.h"

#include <QDate>
#include <QWidget>

class Database;
class InsuranceTableModel;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// 参保名单: the children's accident-insurance policies over a period, with the children in care left without
// cover, kept as the city's insurer asks for them and exported as its workbook.
class InsuranceView : public QWidget
{
    Q_OBJECT

public:
    explicit InsuranceView(Database& db, QWidget* parent = nullptr);

    void reload();
    void setPeriod(QDate from, QDate to);

private:
    void updateButtons();
    int selectedRow() const;
    void addPolicy();
    void changePolicy();
    void removePolicy();
    void exportList();
    void showOutcome(const Status& status, const QString& message);

    Database& m_db;
    InsuranceTableModel* m_cover;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_view;
    QLabel* m_totals;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_remove;
    QPushButton* m_export;
    QLabel* m_message;
    QLabel* m_error;
};
