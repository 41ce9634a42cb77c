#pragma once

#include "ui/PreferencesPage.h"
#include "ui/ThemeManager.h"

class QButtonGroup;
class QFrame;
class QLabel;

namespace engage {

// Preferences › Appearance: follow the desktop's light or dark preference, or always light,
// dark or high contrast. A strip below shows sample texts in the chosen colours before they are
// applied; apply() saves the choice and switches the whole app live.
class AppearancePage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit AppearancePage(ThemeManager *manager, QWidget *parent = nullptr);

    QString title() const override { return tr("Appearance"); }
    void apply() override;

    ThemeManager::Mode chosenMode() const;
    void choose(ThemeManager::Mode mode);
    QFrame *preview() const { return m_preview; }

private:
    void updatePreview();

    ThemeManager *m_manager;
    QButtonGroup *m_modes;
    QFrame *m_preview;
    QLabel *m_sampleText;
    QLabel *m_sampleOverdue;
    QLabel *m_sampleDone;
    QLabel *m_sampleFailed;
    QLabel *m_sampleGoodTime;
    QLabel *m_sampleError;
    QLabel *m_sampleWarning;
};

} // namespace engage
