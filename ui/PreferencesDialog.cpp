#include "ui/PreferencesDialog.h"

#include "ui/PreferencesPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferences.tabs"));
    m_tabs->setAccessibleName(tr("Preference pages"));
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!std::all_of(m_pages.cbegin(), m_pages.cend(),
                         [](const PreferencesPage *page) { return page->isValid(); }))
            return;
        applyAll();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::applyAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
}

void PreferencesDialog::addPage(PreferencesPage *page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->title());
    connect(page, &PreferencesPage::validityChanged, this, &PreferencesDialog::updateButtons);
    updateButtons();
}

void PreferencesDialog::updateButtons()
{
    const bool valid = std::all_of(m_pages.cbegin(), m_pages.cend(),
                                   [](const PreferencesPage *page) { return page->isValid(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

void PreferencesDialog::applyAll()
{
    for (PreferencesPage *page : std::as_const(m_pages))
        page->apply();
}

} // namespace engage
