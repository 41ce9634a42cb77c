#include "ui/GeneralPage.h"

#include "core/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace engage {

GeneralPage::GeneralPage(QSettings *settings, QWidget *parent)
    : PreferencesPage(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferences.general"));
    m_saved = m_settings->value(Translations::settingsKey()).toString();

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferences.language"));
    m_language->addItem(tr("Follow the desktop (%1)")
                            .arg(Translations::nativeName(Translations::desktopLanguage())),
                        QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_saved)));

    m_restartNote =
        new QLabel(tr("Engage Tasks speaks the new language from its next start."), this);
    m_restartNote->setObjectName(QStringLiteral("preferences.languageNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(m_language->currentData().toString() != m_saved); });

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::apply()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen.isEmpty())
        m_settings->remove(Translations::settingsKey());
    else
        m_settings->setValue(Translations::settingsKey(), chosen);
    m_settings->sync();
}

} // namespace engage
