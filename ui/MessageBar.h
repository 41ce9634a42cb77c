#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QLabel;
class QStatusBar;
class QToolButton;

namespace engage {

// What the status bar says about sending, read from the engine at one moment.
struct SyncSummary {
    SyncEngine::State state = SyncEngine::State::NotConnected;
    int waiting = 0;         // changes not yet in Gong
    QDateTime lastRefreshed; // invalid: never
    int callsToday = 0;      // calls to Gong today, the company's shared limit
    bool answeredByNotGong = false;

    static SyncSummary of(const SyncEngine &sync);
};

// Everything the window tells the rep in words. Above the list: the error bar (plain text,
// selectable, with Copy and a close button) and the offline banner. In the status bar it is
// given: the notice after an action (with Undo) and, at the right, the sync status.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBar(QStatusBar *statusBar, QWidget *parent = nullptr);

    // The notice's Undo button triggers this action and shows its tooltip.
    void setUndoAction(QAction *undo);

    // Shows an error above the list (plain text, copyable); empty hides it.
    void showError(const QString &message);
    // The error bar's text while the bar shows; empty when it is hidden.
    QString errorText() const;
    QLabel *errorLabel() const { return m_errorText; }

    void showNotice(const QString &text, bool undoable);
    QString noticeText() const;

    // The sync status at the right of the status bar, and the offline banner while offline.
    void showSync(const SyncSummary &sync, const QTimeZone &zone);
    QString syncStatusText() const;
    QLabel *offlineBanner() const { return m_offlineBanner; }

private:
    QWidget *m_errorBar;
    QLabel *m_errorText;
    QLabel *m_offlineBanner;
    QLabel *m_notice;
    QToolButton *m_noticeUndo;
    QLabel *m_syncStatus;
    QPointer<QAction> m_undo;
};

} // namespace engage
