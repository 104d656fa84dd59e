#pragma once

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QLabel;
class QVBoxLayout;

// The development checklist for the child's age (DevelopmentChecklist::forAge): one box per milestone the visitor
// saw the child do ("check_<key>"). What is ticked stays ticked when the age changes and the item is still asked.
class VisitChecklistBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit VisitChecklistBox(QWidget* parent = nullptr);

    void setAge(int ageMonths);
    // Item key → seen; items not asked at the age are kept only while they are asked.
    void setChecklist(const QMap<QString, bool>& checklist);
    QMap<QString, bool> checklist() const;

signals:
    void changed();

private:
    QVBoxLayout* m_layout;
    QLabel* m_none;
    QList<QCheckBox*> m_boxes;
    int m_age = -1;
};
