#include "VisitChecklistBox.h"

#include "outreach/DevelopmentChecklist.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisitChecklistBox::VisitChecklistBox(QWidget* parent)
    : QGroupBox(tr("Development checklist: seen the child do"), parent)
    , m_layout(new QVBoxLayout(this))
    , m_none(new QLabel(tr("No checklist at this age."), this))
{
    setObjectName(u"checklistBox"_s);
    m_none->setObjectName(u"noChecklistLabel"_s);
    m_layout->addWidget(m_none);
}

void VisitChecklistBox::setAge(int ageMonths)
{
    if (ageMonths == m_age)
        return;
    m_age = ageMonths;
    const QMap<QString, bool> kept = checklist();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const DevelopmentChecklist::Item& item : DevelopmentChecklist::forAge(ageMonths)) {
        auto* box = new QCheckBox(item.label, this);
        box->setObjectName(u"check_"_s + item.key);
        box->setProperty("key", item.key);
        box->setChecked(kept.value(item.key));
        connect(box, &QCheckBox::toggled, this, &VisitChecklistBox::changed);
        m_layout->addWidget(box);
        m_boxes << box;
    }
    m_none->setVisible(m_boxes.isEmpty());
}

void VisitChecklistBox::setChecklist(const QMap<QString, bool>& checklist)
{
    for (QCheckBox* box : std::as_const(m_boxes)) {
        const QSignalBlocker quiet(box);
        box->setChecked(checklist.value(box->property("key").toString()));
    }
}

QMap<QString, bool> VisitChecklistBox::checklist() const
{
    QMap<QString, bool> checklist;
    for (const QCheckBox* box : m_boxes)
        checklist.insert(box->property("key").toString(), box->isChecked());
    return checklist;
}
