#include "sync/TaskStore.h"

#include "core/TaskCodec.h"
#include "sync/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

// The outbox journal and the activity ledger (TaskStore.cpp opens the file and keeps the cache).
namespace engage {

namespace {

QString statusText(const std::optional<TaskStatus> &status)
{
    return status ? statusToWire(*status) : QString();
}

QString actionName(const TaskUpdate &update)
{
    if (update.status == TaskStatus::Done)
        return QStringLiteral("done");
    if (update.status == TaskStatus::Dismissed)
        return QStringLiteral("dismissed");
    if (update.status == TaskStatus::Open)
        return QStringLiteral("reopened");
    return QStringLiteral("rescheduled");
}

} // namespace

qint64 TaskStore::appendChange(qint64 taskId, const TaskUpdate &update,
                               const QDateTime &baseUpdated, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (task_id, status, due_date, base_updated, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(taskId);
    q.addBindValue(statusText(update.status));
    q.addBindValue(dateText(update.dueDate));
    q.addBindValue(dateText(baseUpdated));
    q.addBindValue(dateText(now));
    if (!step(q))
        return fail(q.lastError());
    const qint64 seq = q.lastInsertId().toLongLong();
    QSqlQuery ledger(db);
    ledger.prepare(QStringLiteral("INSERT INTO ledger (task_id, action, at, outcome, seq, "
                                  "on_behalf_of) VALUES (?, ?, ?, 'pending', ?, ?)"));
    ledger.addBindValue(taskId);
    ledger.addBindValue(actionName(update));
    ledger.addBindValue(dateText(now));
    ledger.addBindValue(seq);
    ledger.addBindValue(m_onBehalfOf);
    if (!step(ledger))
        return fail(ledger.lastError());
    return tx.commit() ? seq : fail(tx.error());
}

qint64 TaskStore::appendUnassign(qint64 taskId, const QString &crmId, qint64 flowId,
                                 const QDateTime &now, const QDateTime &notBefore)
{
    Transaction tx(db());
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO outbox (task_id, kind, crm_id, flow_id, not_before, "
                             "created_at) VALUES (?, 'unassign', ?, ?, ?, ?)"));
    q.addBindValue(taskId);
    q.addBindValue(crmId);
    q.addBindValue(flowId);
    q.addBindValue(dateText(notBefore));
    q.addBindValue(dateText(now));
    if (!step(q))
        return fail(q.lastError());
    const qint64 seq = q.lastInsertId().toLongLong();
    QSqlQuery ledger(db());
    ledger.prepare(
        QStringLiteral("INSERT INTO ledger (task_id, action, at, outcome, seq, "
                       "on_behalf_of) VALUES (?, 'removed from flow', ?, 'pending', ?, ?)"));
    ledger.addBindValue(taskId);
    ledger.addBindValue(dateText(now));
    ledger.addBindValue(seq);
    ledger.addBindValue(m_onBehalfOf);
    if (!step(ledger))
        return fail(ledger.lastError());
    return tx.commit() ? seq : fail(tx.error());
}

QList<PendingChange> TaskStore::pendingChanges() const
{
    QList<PendingChange> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, task_id, status, due_date, base_updated, created_at, "
                               "failed, failure, conflict, sent, kind, crm_id, flow_id, "
                               "not_before FROM outbox ORDER BY seq")))
        return out;
    while (q.next()) {
        PendingChange c;
        c.seq = q.value(0).toLongLong();
        c.taskId = q.value(1).toLongLong();
        const QString status = q.value(2).toString();
        if (!status.isEmpty())
            c.update.status = statusFromWire(status);
        c.update.dueDate = TaskCodec::parseDateTime(q.value(3).toString());
        c.baseUpdated = TaskCodec::parseDateTime(q.value(4).toString());
        c.createdAt = TaskCodec::parseDateTime(q.value(5).toString());
        c.failed = q.value(6).toBool();
        c.failure = q.value(7).toString();
        c.conflict = q.value(8).toBool();
        c.sent = q.value(9).toBool();
        if (q.value(10).toString() == QLatin1String("unassign"))
            c.kind = PendingChange::Kind::UnassignFlow;
        c.crmId = q.value(11).toString();
        c.flowId = q.value(12).toLongLong();
        c.notBefore = TaskCodec::parseDateTime(q.value(13).toString());
        out.append(c);
    }
    return out;
}

bool TaskStore::execPerChange(const QString &sql, const QVariantList &values,
                              const QList<qint64> &seqs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (qint64 seq : seqs) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(seq);
        if (!step(q))
            return fail(q.lastError());
    }
    return true;
}

bool TaskStore::setOutcome(const QList<qint64> &seqs, const QString &outcome, const QString &detail)
{
    return execPerChange(QStringLiteral("UPDATE ledger SET outcome = ?, detail = ? WHERE seq = ?"),
                         {outcome, detail.isEmpty() ? QVariant() : QVariant(detail)}, seqs);
}

bool TaskStore::confirmChanges(const QList<qint64> &seqs, const Task &confirmed)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    const bool ok = execPerChange(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {}, seqs) &&
                    updateCachedTask(confirmed) && setOutcome(seqs, QStringLiteral("confirmed"));
    return ok && (tx.commit() || fail(tx.error()));
}

bool TaskStore::dropTask(qint64 taskId, const QList<qint64> &seqs)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    const bool ok = execPerChange(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {}, seqs) &&
                    removeCachedTask(taskId) && setOutcome(seqs, QStringLiteral("gone"));
    return ok && (tx.commit() || fail(tx.error()));
}

bool TaskStore::removeChanges(const QList<qint64> &seqs, const QString &outcome,
                              const QString &detail)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    const bool ok = execPerChange(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {}, seqs) &&
                    setOutcome(seqs, outcome, detail);
    return ok && (tx.commit() || fail(tx.error()));
}

bool TaskStore::markSent(const QList<qint64> &seqs, bool sent)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    return execPerChange(QStringLiteral("UPDATE outbox SET sent = ? WHERE seq = ?"), {sent ? 1 : 0},
                         seqs) &&
           (tx.commit() || fail(tx.error()));
}

bool TaskStore::markFailed(const QList<qint64> &seqs, const QString &failure, bool conflict)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    const bool ok =
        execPerChange(
            QStringLiteral("UPDATE outbox SET failed = 1, failure = ?, conflict = ? WHERE seq = ?"),
            {failure, conflict ? 1 : 0}, seqs) &&
        setOutcome(seqs, conflict ? QStringLiteral("conflict") : QStringLiteral("failed"), failure);
    return ok && (tx.commit() || fail(tx.error()));
}

bool TaskStore::clearFailure(const QList<qint64> &seqs, const QDateTime &newBase)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!tx.ok())
        return fail(tx.error());
    bool ok = newBase.isValid()
                  ? execPerChange(QStringLiteral("UPDATE outbox SET failed = 0, failure = NULL, "
                                                 "conflict = 0, base_updated = ? WHERE seq = ?"),
                                  {dateText(newBase)}, seqs)
                  : execPerChange(QStringLiteral("UPDATE outbox SET failed = 0, failure = NULL, "
                                                 "conflict = 0 WHERE seq = ?"),
                                  {}, seqs);
    ok = ok && setOutcome(seqs, QStringLiteral("pending"));
    return ok && (tx.commit() || fail(tx.error()));
}

QList<TaskStore::LedgerEntry> TaskStore::readLedger(QSqlQuery &q)
{
    QList<LedgerEntry> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    TaskCodec::parseDateTime(q.value(2).toString()), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
    }
    return out;
}

QList<TaskStore::LedgerEntry> TaskStore::ledger() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral(
            "SELECT task_id, action, at, outcome, seq, detail, on_behalf_of FROM ledger "
            "ORDER BY rowid")))
        return {};
    return readLedger(q);
}

QList<TaskStore::LedgerEntry> TaskStore::ledger(const QDateTime &from, const QDateTime &to) const
{
    // Every line's `at` is dateText's form, so text order is time order.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT task_id, action, at, outcome, seq, detail, on_behalf_of FROM "
                             "ledger WHERE at >= ? AND at < ? ORDER BY at, rowid"));
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (!q.exec())
        return {};
    return readLedger(q);
}

QString TaskStore::changeOutcome(qint64 seq) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT outcome FROM ledger WHERE seq = ? ORDER BY rowid DESC"));
    q.addBindValue(seq);
    if (seq <= 0 || !q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace engage
