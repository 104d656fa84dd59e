#include "FieldErrorLabels.h"

#include "ErrorLabel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QWidget* FieldErrorLabels::withError(QWidget* field, const QString& key)
{
    auto* box = new QWidget(m_owner);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* label = makeErrorLabel(box);
    label->setObjectName(key + u"Error"_s);
    layout->addWidget(label);
    m_labels.insert(key, label);
    return box;
}

void FieldErrorLabels::show(const QHash<QString, QStringList>& messages)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        showError(it.value(), messages.value(it.key()).join(u'\n'));
}
