#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace engage {

// TaskStore::setStatementHook's hook: called after every statement inside a transaction.
inline std::function<void()> &statementHook()
{
    static std::function<void()> hook;
    return hook;
}

// Writes a group of statements as one transaction. BEGIN and COMMIT run as statements of our
// own (not QSqlDatabase::commit()) so that a failed commit keeps SQLite's result code: in WAL
// mode a full disk shows itself at COMMIT, when the pages are written.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_query(db)
    {
        m_ok = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_ok)
            m_error = m_query.lastError();
    }
    ~Transaction()
    {
        if (m_ok && !m_committed)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_committed = m_ok && m_query.exec(QStringLiteral("COMMIT"));
        if (m_ok && !m_committed)
            m_error = m_query.lastError();
        return m_committed;
    }
    QSqlError error() const { return m_error; }

private:
    QSqlQuery m_query;
    QSqlError m_error;
    bool m_ok = false;
    bool m_committed = false;
};

// Runs a prepared statement, then the test hook (a kill may land here).
inline bool step(QSqlQuery &q)
{
    const bool ok = q.exec();
    if (ok && statementHook())
        statementHook()();
    return ok;
}

} // namespace engage
