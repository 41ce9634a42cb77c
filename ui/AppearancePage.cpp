#include "ui/AppearancePage.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace engage {

namespace {

QLabel *sample(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString bannerStyle(const QColor &background, const QColor &text, const QColor &border)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                          " padding: 4px 8px; }")
        .arg(background.name(), text.name(), border.name());
}

QString textStyle(const QColor &color)
{
    return QStringLiteral("QLabel { color: %1; }").arg(color.name());
}

} // namespace

AppearancePage::AppearancePage(ThemeManager *manager, QWidget *parent)
    : PreferencesPage(parent)
    , m_manager(manager)
    , m_modes(new QButtonGroup(this))
    , m_preview(new QFrame(this))
    , m_sampleText(sample(tr("Ada Lovelace · Analytical Engines Ltd"), "sample.text", m_preview))
    , m_sampleOverdue(sample(tr("Due yesterday, 16:00 (overdue)"), "sample.overdue", m_preview))
    , m_sampleDone(sample(tr("Done: follow-up email sent"), "sample.done", m_preview))
    , m_sampleFailed(sample(tr("Gong refused the change"), "sample.failed", m_preview))
    , m_sampleGoodTime(sample(tr("10:15 there, a good time to call"), "sample.goodTime", m_preview))
    , m_sampleError(sample(tr("Gong could not be reached."), "sample.error", m_preview))
    , m_sampleWarning(
          sample(tr("Offline: 2 changes are waiting to be sent."), "sample.warning", m_preview))
{
    setObjectName(QStringLiteral("appearancePage"));
    auto *intro = new QLabel(tr("Colours of the window and its lists:"), this);
    intro->setWordWrap(true);

    struct Choice {
        ThemeManager::Mode mode;
        QString text;
        QString accessibleName;
        const char *objectName;
    };
    const QList<Choice> choices{
        {ThemeManager::Mode::System, tr("&Follow the desktop"),
         tr("Follow the desktop's light or dark setting"), "appearance.system"},
        {ThemeManager::Mode::Light, tr("&Light"), tr("Always light"), "appearance.light"},
        {ThemeManager::Mode::Dark, tr("&Dark"), tr("Always dark"), "appearance.dark"},
        {ThemeManager::Mode::HighContrast, tr("&High contrast"),
         tr("High contrast, for the strongest difference between text and background"),
         "appearance.highContrast"},
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setObjectName(QLatin1String(choice.objectName));
        button->setAccessibleName(choice.accessibleName);
        m_modes->addButton(button, static_cast<int>(choice.mode));
        layout->addWidget(button);
    }

    m_preview->setObjectName(QStringLiteral("appearance.preview"));
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAutoFillBackground(true);
    m_preview->setAccessibleName(tr("Preview of the chosen colours"));
    auto *strip = new QVBoxLayout(m_preview);
    strip->addWidget(m_sampleText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sampleOverdue);
    row->addWidget(m_sampleDone);
    row->addStretch(1);
    strip->addLayout(row);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_sampleFailed);
    row2->addWidget(m_sampleGoodTime);
    row2->addStretch(1);
    strip->addLayout(row2);
    strip->addWidget(m_sampleError);
    strip->addWidget(m_sampleWarning);
    auto *previewTitle = new QLabel(tr("Preview:"), this);
    previewTitle->setBuddy(m_preview);
    layout->addSpacing(8);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview);
    layout->addStretch(1);

    choose(m_manager->mode());
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePreview();
    });
    // A desktop switching between light and dark changes what "Follow" would show.
    connect(m_manager, &ThemeManager::colorsChanged, this, &AppearancePage::updatePreview);
}

ThemeManager::Mode AppearancePage::chosenMode() const
{
    const int id = m_modes->checkedId();
    return id < 0 ? ThemeManager::Mode::System : static_cast<ThemeManager::Mode>(id);
}

void AppearancePage::choose(ThemeManager::Mode mode)
{
    if (QAbstractButton *button = m_modes->button(static_cast<int>(mode)))
        button->setChecked(true);
    updatePreview();
}

void AppearancePage::apply()
{
    if (chosenMode() != m_manager->mode())
        m_manager->setMode(chosenMode());
}

void AppearancePage::updatePreview()
{
    const ThemeManager::Mode mode = chosenMode();
    const QPalette palette = m_manager->paletteFor(mode);
    const ThemeColors c = Theme::derive(palette, mode == ThemeManager::Mode::HighContrast);
    m_preview->setPalette(palette);
    m_sampleOverdue->setStyleSheet(textStyle(c.overdueText));
    QFont struck = m_sampleDone->font();
    struck.setStrikeOut(true);
    m_sampleDone->setFont(struck);
    m_sampleDone->setStyleSheet(textStyle(c.mutedText));
    m_sampleFailed->setStyleSheet(textStyle(c.failedText));
    m_sampleGoodTime->setStyleSheet(textStyle(c.goodTimeText));
    m_sampleError->setStyleSheet(bannerStyle(c.errorBackground, c.errorText, c.errorBorder));
    m_sampleWarning->setStyleSheet(
        bannerStyle(c.warningBackground, c.warningText, c.warningBorder));
}

} // namespace engage
