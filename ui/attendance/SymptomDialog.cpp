#include "SymptomDialog.h"

#include <QCoreApplication>
#include <QInputDialog>

using namespace Qt::StringLiterals;

std::optional<QString> askSymptom(QWidget* parent, const QString& childName)
{
    static const QStringList common = {u"发热"_s, u"咳嗽"_s, u"流涕"_s,     u"咽痛"_s, u"腹泻"_s,
                                       u"呕吐"_s, u"皮疹"_s, u"手足口病"_s, u"水痘"_s, u"流感"_s};
    QInputDialog dialog(parent);
    dialog.setObjectName(u"symptomDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("SymptomDialog", "Sick absence"));
    dialog.setLabelText(
        QCoreApplication::translate("SymptomDialog", "Symptom or illness of %1 (pick one or type it):").arg(childName));
    dialog.setComboBoxItems(common);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(QString());
    while (dialog.exec() == QDialog::Accepted) {
        const QString symptom = dialog.textValue().trimmed();
        if (!symptom.isEmpty())
            return symptom;
    }
    return std::nullopt;
}
