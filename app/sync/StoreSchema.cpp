#include "sync/StoreSchema.h"

namespace engage {

const QList<QStringList> &StoreSchema::steps()
{
    static const QList<QStringList> steps{
        // 1: the first release.
        {QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
         QStringLiteral(
             "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
             "NULL, status TEXT, due_date TEXT, base_updated TEXT, created_at TEXT NOT NULL, "
             "failed INTEGER NOT NULL DEFAULT 0, failure TEXT)"),
         QStringLiteral(
             "CREATE TABLE ledger (rowid INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
             "NULL, action TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX outbox_task ON outbox(task_id)")},
        // 2: conflicts are held apart from refusals.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0")},
        // 3: the cache moves from JSON text to TaskBinary. It is only a cache, so it is
        // refilled from Gong rather than converted; the journal is untouched.
        {QStringLiteral("DROP TABLE IF EXISTS tasks"),
         QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"),
         QStringLiteral("DELETE FROM meta WHERE key = 'cached_at'")},
        // 4: a change records that it was handed to the network.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0")},
        // 5: each ledger line names its change, so it records that change's outcome, not the
        // task's. Lines from before stay as they are (seq 0), but for the pending ones: the
        // old ledger settled every pending line of a task at once, so a task's pending lines
        // are its waiting changes, in the same order; the n-th takes the n-th.
        {QStringLiteral("ALTER TABLE ledger ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral(
             "UPDATE ledger SET seq = coalesce((SELECT o.seq FROM (SELECT seq, task_id, "
             "row_number() OVER (PARTITION BY task_id ORDER BY seq) AS n FROM outbox) AS o "
             "JOIN (SELECT rowid AS line, task_id, row_number() OVER (PARTITION BY task_id ORDER "
             "BY rowid) AS n FROM ledger WHERE outcome = 'pending') AS l ON o.task_id = "
             "l.task_id AND o.n = l.n WHERE l.line = ledger.rowid), 0) WHERE outcome = "
             "'pending'"),
         QStringLiteral("CREATE INDEX ledger_seq ON ledger(seq)")},
        // 6: the call session. The outbox carries a second kind of change, a prospect's removal
        // from a flow ('unassign', which may wait until not_before); the ledger keeps why a
        // change was refused; calls are the outcomes the rep logged, opt_outs the contacts
        // marked opted out here (the API cannot mark them in Gong). Waiting changes are patches.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'patch'"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN crm_id TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN flow_id INTEGER"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN not_before TEXT"),
         QStringLiteral("ALTER TABLE ledger ADD COLUMN detail TEXT"),
         QStringLiteral("CREATE INDEX ledger_at ON ledger(at)"),
         QStringLiteral(
             "CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, task_id "
             "INTEGER NOT NULL, contact TEXT, company TEXT, contact_crm_id TEXT, outcome TEXT, "
             "connected INTEGER NOT NULL DEFAULT 0, note TEXT, flow TEXT, step_number INTEGER, "
             "step_name TEXT, sent TEXT, seqs TEXT, undone INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX calls_at ON calls(at)"),
         QStringLiteral(
             "CREATE TABLE opt_outs (crm_id TEXT PRIMARY KEY, at TEXT, task_id INTEGER)")},
        // 7: covering a teammate. A change made in another user's queue names on whose behalf
        // it was made (empty for the rep's own).
        {QStringLiteral("ALTER TABLE ledger ADD COLUMN on_behalf_of TEXT")},
        // 8: start-up near the floor. Each cached task's filter and sort keys (TaskBinary::
        // writeKeys) beside it, so the list is sorted and filtered without decoding the tasks.
        // NULL until the row is written again; such rows are read whole.
        {QStringLiteral("ALTER TABLE tasks ADD COLUMN keys BLOB")},
        // 9: the keys in a table of their own, a fifth of the cache's bytes, which start-up
        // reads alone (the blobs when their tasks are shown). Every row of tasks has its row
        // here; an empty one (NULL keys before) does not read, and the row is keyed again.
        {QStringLiteral("CREATE TABLE task_keys (id INTEGER PRIMARY KEY, keys BLOB NOT NULL)"),
         QStringLiteral(
             "INSERT INTO task_keys (id, keys) SELECT id, coalesce(keys, x'') FROM tasks"),
         QStringLiteral("UPDATE tasks SET keys = NULL WHERE keys IS NOT NULL")},
    };
    static_assert(Version == 9, "add the new version's step above"); // notr: for us
    return steps;
}

} // namespace engage
