#include "PlacementFields.h"

#include "roster/ClassRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

void PlacementFields::fillClasses(QComboBox* combo, Database& db)
{
    if (const Result<QList<ClassRecord>> classes = ClassRepository(db).classes(); classes)
        for (const ClassRecord& c : classes.value())
            combo->addItem(u"%1 — %2"_s.arg(c.name, RosterTypes::label(c.type)), c.id);
}

void PlacementFields::fillCareTypes(QComboBox* combo)
{
    for (CareType type : {CareType::FullDay, CareType::HalfDay, CareType::Hourly, CareType::Home})
        combo->addItem(RosterTypes::label(type), int(type));
}

void PlacementFields::showWarnings(QLabel* label, const QList<ClassWarning>& warnings)
{
    QStringList lines;
    for (const ClassWarning& w : warnings)
        lines << u"⚠ "_s + w.text;
    label->setText(lines.join(u'\n'));
    for (QFormLayout* form : label->parentWidget()->findChildren<QFormLayout*>())
        if (form->indexOf(label) >= 0)
            form->setRowVisible(label, !lines.isEmpty());
}
