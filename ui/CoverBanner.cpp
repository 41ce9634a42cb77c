#include "ui/CoverBanner.h"

#include "ui/Theme.h"

#include <QMainWindow>
#include <QVBoxLayout>

namespace engage {

CoverBanner::CoverBanner(const QString &name, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("coverBanner"));
    setText(tr("You are working %1's queue — changes are made on their behalf").arg(name));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(text());
    Theme::follow(this, [this] { applyColors(); });
}

void CoverBanner::applyColors()
{
    const ThemeColors &c = Theme::colors();
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px 10px; "
                       "border-bottom: 1px solid %3; font-weight: bold; }")
            .arg(c.warningBackground.name(), c.warningText.name(), c.warningBorder.name()));
}

CoverBanner *CoverBanner::attachTo(QMainWindow *window, const QString &name)
{
    auto *frame = new QWidget;
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *banner = new CoverBanner(name, frame);
    layout->addWidget(banner);
    if (QWidget *centre = window->takeCentralWidget())
        layout->addWidget(centre, 1);
    window->setCentralWidget(frame);
    return banner;
}

} // namespace engage
