#include "sync/TaskStore.h"

#include "core/TaskCodec.h"
#include "sync/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

// The call log and the contacts opted out here (TaskStore.cpp opens the file).
namespace engage {

qint64 TaskStore::appendCall(const CallRecord &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO calls (at, task_id, contact, company, contact_crm_id, outcome, connected, "
        "note, flow, step_number, step_name, sent, seqs, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(dateText(r.at)), QVariant(r.taskId), QVariant(r.contactName),
                              QVariant(r.company), QVariant(r.contactCrmId), QVariant(r.outcome),
                              QVariant(r.connected ? 1 : 0), QVariant(r.note), QVariant(r.flowName),
                              QVariant(r.stepNumber), QVariant(r.stepName), QVariant(r.sent),
                              QVariant(CallRecord::seqsToText(r.seqs)), QVariant(r.undone ? 1 : 0)})
        q.addBindValue(v);
    // One statement: SQLite makes it a transaction of its own.
    if (!step(q))
        return fail(q.lastError());
    return q.lastInsertId().toLongLong();
}

bool TaskStore::setCallUndone(qint64 id, bool undone, const QList<qint64> &undoSeqs)
{
    Transaction tx(db());
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery read(db());
    read.prepare(QStringLiteral("SELECT seqs FROM calls WHERE id = ?"));
    read.addBindValue(id);
    if (!read.exec())
        return fail(read.lastError());
    if (!read.next())
        return false; // no such call: nothing to mark
    QList<qint64> seqs = CallRecord::seqsFromText(read.value(0).toString());
    read.finish();
    for (qint64 seq : undoSeqs) {
        if (!seqs.contains(seq))
            seqs.append(seq);
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE calls SET undone = ?, seqs = ? WHERE id = ?"));
    q.addBindValue(undone ? 1 : 0);
    q.addBindValue(CallRecord::seqsToText(seqs));
    q.addBindValue(id);
    if (!step(q))
        return fail(q.lastError());
    return tx.commit() || fail(tx.error());
}

QList<CallRecord> TaskStore::calls(const QDateTime &from, const QDateTime &to) const
{
    QList<CallRecord> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, at, task_id, contact, company, contact_crm_id, outcome, connected, note, "
        "flow, step_number, step_name, sent, seqs, undone FROM calls WHERE at >= ? AND at < ? "
        "ORDER BY at, id"));
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (!q.exec())
        return out;
    while (q.next()) {
        CallRecord r;
        r.id = q.value(0).toLongLong();
        r.at = TaskCodec::parseDateTime(q.value(1).toString());
        r.taskId = q.value(2).toLongLong();
        r.contactName = q.value(3).toString();
        r.company = q.value(4).toString();
        r.contactCrmId = q.value(5).toString();
        r.outcome = q.value(6).toString();
        r.connected = q.value(7).toBool();
        r.note = q.value(8).toString();
        r.flowName = q.value(9).toString();
        r.stepNumber = q.value(10).toLongLong();
        r.stepName = q.value(11).toString();
        r.sent = q.value(12).toString();
        r.seqs = CallRecord::seqsFromText(q.value(13).toString());
        r.undone = q.value(14).toBool();
        out.append(r);
    }
    return out;
}

bool TaskStore::setOptedOut(const QString &crmId, bool optedOut, qint64 taskId, const QDateTime &at)
{
    if (crmId.isEmpty())
        return true; // nobody to mark
    QSqlQuery q(db());
    if (optedOut) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO opt_outs (crm_id, at, task_id) VALUES (?, ?, ?)"));
        q.addBindValue(crmId);
        q.addBindValue(dateText(at));
        q.addBindValue(taskId);
    } else {
        q.prepare(QStringLiteral("DELETE FROM opt_outs WHERE crm_id = ?"));
        q.addBindValue(crmId);
    }
    return step(q) || fail(q.lastError());
}

QSet<QString> TaskStore::optedOut() const
{
    QSet<QString> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT crm_id FROM opt_outs")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace engage
