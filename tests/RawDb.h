#pragma once

// A second, independent connection to a store's file, as another process would have.
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace testing {

class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_serial))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        // Fail at once rather than wait when the file is busy: the test decides what to wait for.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning() << "raw:" << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << "raw:" << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace testing
