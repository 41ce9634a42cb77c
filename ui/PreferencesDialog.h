#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QTabWidget;

namespace engage {

class PreferencesPage;

// File › Preferences: the app's own settings (language, appearance, the tray and start at
// login), one tab per PreferencesPage, as desktop apps group them. OK and Apply save every
// page; Cancel saves none. The Gong account and calling have their own windows.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The dialog takes the page.
    void addPage(PreferencesPage *page);
    QTabWidget *tabs() const { return m_tabs; }

    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void applyAll();
    // OK and Apply only while every page may be applied.
    void updateButtons();

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<PreferencesPage *> m_pages;
};

} // namespace engage
