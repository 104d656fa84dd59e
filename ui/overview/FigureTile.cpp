#include "FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FigureTile::FigureTile(const QString& objectName, const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* heading = new QLabel(title, this);
    heading->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(objectName + u"Value"_s);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_value->setFont(large);
    m_detail->setObjectName(objectName + u"Detail"_s);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void FigureTile::setFigure(const QString& value, const QString& detail, bool warning)
{
    m_value->setText(value);
    m_detail->setText(detail);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText,
                     warning ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_value->setPalette(palette);
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}
