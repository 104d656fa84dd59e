#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

OptionalDateEdit::OptionalDateEdit(const QString& checkText, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_date(new QDateEdit(this))
{
    setObjectName(objectName);
    m_check->setObjectName(objectName + u"Check"_s);
    m_date->setObjectName(objectName + u"Date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_date);
    layout->addStretch();
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date, QDate fallback)
{
    m_check->setChecked(date.isValid());
    m_date->setDate(date.isValid() ? date : fallback);
}
