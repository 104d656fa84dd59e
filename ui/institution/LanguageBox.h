#pragma once

#include <QGroupBox>

class QComboBox;

// The interface language: the system's, Chinese or English. Remembered for this computer account and applied when
// DaycareDesk starts again, so no page is left half in one language.
class LanguageBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget* parent = nullptr);

private:
    void choose();

    QComboBox* m_languages;
};
