#pragma once

#include "outreach/VisitRepository.h"

#include <QGroupBox>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;

// A visit's measurements as the visitor reads them off the scale and the tape, in kilograms and centimetres
// ("weightEdit", "lengthEdit", "headEdit"), each with the child's previous value and its day beside it and a line
// under it that says when the text is not a figure or the figure is out of range ("weightError", …).
class VisitMeasurementsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit VisitMeasurementsBox(QWidget* parent = nullptr);

    void setPrevious(const PreviousMeasurements& previous);
    void setMeasurements(const Measurements& measurements);
    // What was typed in grams and millimetres; nullopt while a field holds text that is not a figure.
    std::optional<Measurements> measurements() const;
    // What can be read, the rest left out: for a draft kept while the visitor types.
    Measurements readable() const;
    // Shows a message under the field named "weight", "length" or "head"; false for another field.
    bool showFieldError(const QString& field, const QString& message);
    void clearFieldErrors();

signals:
    void changed();

private:
    struct Field
    {
        QLineEdit* edit;
        QLabel* previous;
        QLabel* error;
    };
    Field addField(QGridLayout* grid, int row, const QString& label, const QString& unit, const QString& key);
    void checkTexts();

    Field m_weight;
    Field m_length;
    Field m_head;
};
