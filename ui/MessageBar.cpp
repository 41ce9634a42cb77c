#include "ui/MessageBar.h"

#include "ui/Announce.h"
#include "ui/Theme.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace engage {

SyncSummary SyncSummary::of(const SyncEngine &sync)
{
    return {sync.state(), sync.waitingCount(), sync.lastRefreshed(), sync.callsToday(),
            sync.answeredByNotGong()};
}

MessageBar::MessageBar(QStatusBar *statusBar, QWidget *parent)
    : QWidget(parent)
    , m_errorBar(new QWidget)
    , m_errorText(new QLabel)
    , m_offlineBanner(new QLabel)
    , m_notice(new QLabel)
    , m_noticeUndo(new QToolButton)
    , m_syncStatus(new QLabel)
{
    setObjectName(QStringLiteral("messageBar"));
    // The error bar: plain text, selectable, with a copy button for the requestId.
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setAutoFillBackground(true);
    // A screen reader speaks the bar as an alert when it shows.
    Announce::markAsAlert(m_errorBar);
    m_errorBar->setAccessibleName(tr("Error"));
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copyError = new QToolButton;
    copyError->setObjectName(QStringLiteral("errorCopy"));
    copyError->setText(tr("Copy"));
    copyError->setAccessibleName(tr("Copy the error"));
    copyError->setAutoRaise(true);
    connect(copyError, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_errorText->text()); });
    auto *closeError = new QToolButton;
    closeError->setObjectName(QStringLiteral("errorClose"));
    closeError->setText(QStringLiteral("✕"));
    closeError->setAutoRaise(true);
    closeError->setToolTip(tr("Hide"));
    closeError->setAccessibleName(tr("Hide the error"));
    connect(closeError, &QToolButton::clicked, m_errorBar, &QWidget::hide);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(10, 6, 6, 6);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(copyError);
    errorLayout->addWidget(closeError);
    m_errorBar->hide();

    // Out of reach: say so plainly, with how much is waiting; it goes by itself.
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setTextFormat(Qt::PlainText);
    m_offlineBanner->hide();
    // Both bars in the theme's colours, again whenever the palette changes.
    Theme::follow(this, [this] {
        const ThemeColors &c = Theme::colors();
        m_errorBar->setStyleSheet(
            QStringLiteral("#errorBar { background: %1; border-bottom: 1px solid %2; } "
                           "#errorBar QLabel { color: %3; }")
                .arg(c.errorBackground.name(), c.errorBorder.name(), c.errorText.name()));
        m_offlineBanner->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; padding: 6px 10px; "
                           "border-bottom: 1px solid %3; }")
                .arg(c.warningBackground.name(), c.warningText.name(), c.warningBorder.name()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_offlineBanner);

    // Status bar: the notice after an action (with Undo), then the sync state.
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_noticeUndo->setObjectName(QStringLiteral("noticeUndo"));
    m_noticeUndo->setText(tr("Undo"));
    m_noticeUndo->setAutoRaise(true);
    m_noticeUndo->hide();
    connect(m_noticeUndo, &QToolButton::clicked, this, [this] {
        if (m_undo)
            m_undo->trigger();
    });
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar->addWidget(m_notice);
    statusBar->addWidget(m_noticeUndo);
    statusBar->addPermanentWidget(m_syncStatus);
}

void MessageBar::setUndoAction(QAction *undo)
{
    m_undo = undo;
}

void MessageBar::showError(const QString &message)
{
    const bool news =
        !message.isEmpty() && (m_errorBar->isHidden() || message != m_errorText->text());
    m_errorText->setText(message);
    m_errorBar->setVisible(!message.isEmpty());
    if (news)
        Announce::alert(m_errorBar);
}

QString MessageBar::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_errorText->text();
}

void MessageBar::showNotice(const QString &text, bool undoable)
{
    m_notice->setText(text);
    m_noticeUndo->setVisible(undoable);
    m_noticeUndo->setToolTip(m_undo ? m_undo->toolTip() : QString());
}

QString MessageBar::noticeText() const
{
    return m_notice->text();
}

QString MessageBar::syncStatusText() const
{
    return m_syncStatus->text();
}

void MessageBar::showSync(const SyncSummary &sync, const QTimeZone &zone)
{
    const int waiting = sync.waiting;
    QString state;
    switch (sync.state) {
    case SyncEngine::State::NotConnected:
        state = waiting == 0 ? tr("Not connected to Gong")
                             : tr("Not connected to Gong · %1 to send").arg(waiting);
        break;
    case SyncEngine::State::Synced:
        state = tr("✓ Synced");
        break;
    case SyncEngine::State::Sending:
        state = tr("Sending %1").arg(waiting);
        break;
    case SyncEngine::State::Waiting:
        state = tr("Waiting · %1 to send").arg(waiting);
        break;
    case SyncEngine::State::Offline:
        state =
            waiting == 0 ? tr("Offline") : tr("Offline — %n change(s) waiting", nullptr, waiting);
        break;
    case SyncEngine::State::Paused:
        state = tr("Paused: check your credentials (Ctrl+,)");
        break;
    }
    const QString asOf =
        sync.lastRefreshed.isValid()
            ? tr(" · as of %1")
                  .arg(sync.lastRefreshed.toTimeZone(zone).toString(QStringLiteral("HH:mm")))
            : QString();
    const bool offline = sync.state == SyncEngine::State::Offline;
    const bool goesOffline = offline && m_offlineBanner->isHidden();
    m_offlineBanner->setVisible(offline);
    if (offline) {
        // A portal or a wrong address answers, but not as Gong: "cannot be reached" would lie.
        const QString what = sync.answeredByNotGong
                                 ? tr("The server at this address is not Gong's API")
                                 : tr("Offline — Gong cannot be reached");
        m_offlineBanner->setText(
            waiting == 0
                ? tr("%1; trying again by itself.").arg(what)
                : tr("%1 · %n change(s) waiting; they are saved and will be sent by themselves.",
                     nullptr, waiting)
                      .arg(what));
        if (goesOffline)
            Announce::alert(m_offlineBanner);
    }
    const int calls = sync.callsToday;
    m_syncStatus->setText(tr("%1%2 · %n call(s) to Gong today", nullptr, calls).arg(state, asOf));
}

} // namespace engage
