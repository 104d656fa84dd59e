#include "LanguageBox.h"

#include "common/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

LanguageBox::LanguageBox(QWidget* parent)
    : QGroupBox(tr("Language"), parent)
    , m_languages(new QComboBox(this))
{
    setObjectName(u"languageBox"_s);
    m_languages->setObjectName(u"languageCombo"_s);
    m_languages->addItem(tr("As the system"), QString());
    // Each language in its own words, so it can be found whatever the interface speaks now.
    m_languages->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_languages->addItem(u"English"_s, u"en"_s);
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(Settings::language())));
    auto* note = new QLabel(tr("The new language applies the next time DaycareDesk starts."), this);
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);
    note->setVisible(false);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Interface language:"), m_languages);
    layout->addRow(note);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this, note] {
        choose();
        note->setVisible(true);
    });
}

void LanguageBox::choose()
{
    Settings::setLanguage(m_languages->currentData().toString());
}
