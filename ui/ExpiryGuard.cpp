#include "ui/ExpiryGuard.h"

#include "sync/SyncEngine.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace engage {

ExpiryGuard::ExpiryGuard(SyncEngine *sync, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_clock(clock)
{
    QPointer<QWidget> parent(window);
    m_asker = [parent](const QString &question) {
        return QMessageBox::question(parent, tr("Move past the expiry?"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
}

bool ExpiryGuard::mayMove(const QList<qint64> &taskIds, const QDateTime &due) const
{
    QList<Task> passing;
    for (qint64 id : taskIds) {
        const std::optional<Task> task = m_sync->task(id);
        if (task && task->status == TaskStatus::Open && m_expiry.movesPast(*task, due))
            passing.append(*task);
    }
    return passing.isEmpty() || m_asker(question(passing));
}

QString ExpiryGuard::question(const QList<Task> &passing) const
{
    if (passing.isEmpty())
        return {};
    const Task &first = passing.first();
    const QString on = QLocale().toString(m_expiry.expiresAt(first).toTimeZone(m_clock.timeZone()),
                                          QStringLiteral("ddd d MMM"));
    if (passing.size() == 1) {
        const QString name = first.contact && !first.contact->displayName().isEmpty()
                                 ? first.contact->displayName()
                                 : tr("the contact");
        return tr("This flow to-do expires on %1; moving it past then drops %2 from the flow in "
                  "Gong. Move it anyway?")
            .arg(on, name);
    }
    return tr("%n of these flow to-dos expire before then (the first on %1); moving them past "
              "then drops their contacts from their flows in Gong. Move them anyway?",
              nullptr, static_cast<int>(passing.size()))
        .arg(on);
}

} // namespace engage
