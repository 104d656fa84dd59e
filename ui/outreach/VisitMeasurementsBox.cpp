#include "VisitMeasurementsBox.h"

#include "common/ErrorLabel.h"
#include "outreach/VisitTerms.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

QString shown(const std::optional<int>& value, bool grams)
{
    if (!value)
        return {};
    return grams ? VisitTerms::kilograms(*value) : VisitTerms::centimetres(*value);
}

} // namespace

VisitMeasurementsBox::VisitMeasurementsBox(QWidget* parent)
    : QGroupBox(tr("Measurements"), parent)
{
    setObjectName(u"measurementsBox"_s);
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(3, 1);
    m_weight = addField(grid, 0, tr("&Weight"), tr("kg"), u"weight"_s);
    m_length = addField(grid, 2, tr("&Length or height"), tr("cm"), u"length"_s);
    m_head = addField(grid, 4, tr("&Head circumference"), tr("cm"), u"head"_s);
    setPrevious({});
}

VisitMeasurementsBox::Field VisitMeasurementsBox::addField(QGridLayout* grid, int row, const QString& label,
                                                           const QString& unit, const QString& key)
{
    Field f {new QLineEdit(this), new QLabel(this), makeErrorLabel(this)};
    auto* name = new QLabel(label, this);
    name->setBuddy(f.edit);
    f.edit->setObjectName(key + u"Edit"_s);
    f.edit->setMaximumWidth(90);
    f.edit->setAlignment(Qt::AlignRight);
    f.previous->setObjectName(key + u"PreviousLabel"_s);
    f.previous->setStyleSheet(u"color: palette(mid);"_s);
    f.error->setObjectName(key + u"Error"_s);
    grid->addWidget(name, row, 0);
    grid->addWidget(f.edit, row, 1);
    grid->addWidget(new QLabel(unit, this), row, 2);
    grid->addWidget(f.previous, row, 3);
    grid->addWidget(f.error, row + 1, 1, 1, 3);
    connect(f.edit, &QLineEdit::textChanged, this, &VisitMeasurementsBox::checkTexts);
    connect(f.edit, &QLineEdit::textChanged, this, &VisitMeasurementsBox::changed);
    return f;
}

void VisitMeasurementsBox::setPrevious(const PreviousMeasurements& previous)
{
    const auto describe = [this](const std::optional<int>& value, QDate on, bool grams, const QString& unit) {
        return value ? tr("Last time: %1 %2 on %3").arg(shown(value, grams), unit, on.toString(Qt::ISODate))
                     : tr("Not measured before");
    };
    m_weight.previous->setText(describe(previous.values.weightGrams, previous.weightOn, true, tr("kg")));
    m_length.previous->setText(describe(previous.values.lengthMm, previous.lengthOn, false, tr("cm")));
    m_head.previous->setText(describe(previous.values.headMm, previous.headOn, false, tr("cm")));
}

void VisitMeasurementsBox::setMeasurements(const Measurements& measurements)
{
    m_weight.edit->setText(shown(measurements.weightGrams, true));
    m_length.edit->setText(shown(measurements.lengthMm, false));
    m_head.edit->setText(shown(measurements.headMm, false));
}

Measurements VisitMeasurementsBox::readable() const
{
    const auto read = [](const QLineEdit* edit, bool grams) -> std::optional<int> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return grams ? VisitTerms::gramsFromKilograms(text) : VisitTerms::millimetresFromCentimetres(text);
    };
    return {read(m_weight.edit, true), read(m_length.edit, false), read(m_head.edit, false)};
}

std::optional<Measurements> VisitMeasurementsBox::measurements() const
{
    const Measurements m = readable();
    const bool unread = (!m.weightGrams && !m_weight.edit->text().trimmed().isEmpty())
        || (!m.lengthMm && !m_length.edit->text().trimmed().isEmpty())
        || (!m.headMm && !m_head.edit->text().trimmed().isEmpty());
    return unread ? std::nullopt : std::optional<Measurements>(m);
}

void VisitMeasurementsBox::checkTexts()
{
    const Measurements m = readable();
    const auto check = [](const Field& f, bool read, const QString& message) {
        showError(f.error, read || f.edit->text().trimmed().isEmpty() ? QString() : message);
    };
    check(m_weight, m.weightGrams.has_value(), tr("Type the weight in kilograms, like 7.35."));
    check(m_length, m.lengthMm.has_value(), tr("Type the length in centimetres, like 68.5."));
    check(m_head, m.headMm.has_value(), tr("Type the head circumference in centimetres, like 43.2."));
}

bool VisitMeasurementsBox::showFieldError(const QString& field, const QString& message)
{
    const Field* f = field == u"weight"_s ? &m_weight
        : field == u"length"_s            ? &m_length
        : field == u"head"_s              ? &m_head
                                          : nullptr;
    if (!f)
        return false;
    showError(f->error, message);
    return true;
}

void VisitMeasurementsBox::clearFieldErrors()
{
    checkTexts();
}
