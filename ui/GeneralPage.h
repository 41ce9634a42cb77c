#pragma once

#include "ui/PreferencesPage.h"

class QComboBox;
class QLabel;
class QSettings;

namespace engage {

// Preferences › General: the language the app speaks — the desktop's (the default) or one the
// rep picks. It takes effect at the next start, and the page says so when it changed.
class GeneralPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit GeneralPage(QSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    void apply() override;

private:
    QSettings *m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_saved;
};

} // namespace engage
