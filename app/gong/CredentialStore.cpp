#include "gong/CredentialStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "engage.keychain", QtInfoMsg)

namespace engage {

namespace {

QString describe(const QKeychain::Job *job)
{
    const QString detail = job->errorString().trimmed();
    if (!detail.isEmpty())
        return detail;
    return QCoreApplication::translate("CredentialStore", "Keychain error %1")
        .arg(static_cast<int>(job->error()));
}

QString timeoutMessage(int timeoutMs)
{
    return QCoreApplication::translate("CredentialStore",
                                       "The system keychain did not answer within %1 seconds.")
        .arg(qMax(1, timeoutMs / 1000));
}

// Starts `job` and calls exactly one of `finished` (with the job, which deletes itself
// afterwards) or `timedOut`, on `context`'s thread, unless `context` is gone by then. The job
// has no parent: QtKeychain's backends call back into it, so it must live until it finishes.
void run(QKeychain::Job *job, QObject *context, int timeoutMs,
         std::function<void(QKeychain::Job *)> finished, std::function<void()> timedOut)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context,
                     [answered, timer, timedOut = std::move(timedOut)] {
                         timer->deleteLater();
                         if (*answered)
                             return;
                         *answered = true;
                         timedOut();
                     });
    QPointer<QTimer> guard(timer);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answered, guard, finished = std::move(finished)](QKeychain::Job *done) {
                         if (guard) {
                             guard->stop();
                             guard->deleteLater();
                         }
                         if (*answered)
                             return;
                         *answered = true;
                         finished(done);
                     });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::accountFor(const QUrl &baseUrl, const QString &userId)
{
    QString host = baseUrl.host().toLower();
    if (baseUrl.port() != -1)
        host += QLatin1Char(':') + QString::number(baseUrl.port());
    return host + QLatin1Char('/') + userId.trimmed();
}

QByteArray CredentialStore::encode(const Credentials &credentials)
{
    const QJsonObject o{{QLatin1String("accessKey"), credentials.accessKey},
                        {QLatin1String("accessKeySecret"), credentials.accessKeySecret},
                        {QLatin1String("bearerToken"), credentials.bearerToken}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> CredentialStore::decode(const QByteArray &blob)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Credentials c;
    c.accessKey = o.value(QLatin1String("accessKey")).toString();
    c.accessKeySecret = o.value(QLatin1String("accessKeySecret")).toString();
    c.bearerToken = o.value(QLatin1String("bearerToken")).toString();
    if (!c.isComplete())
        return std::nullopt;
    return c;
}

QString CredentialStore::keychainProblem(const QString &detail)
{
    if (detail.isEmpty())
        return QCoreApplication::translate("CredentialStore", "No system keychain answered.");
    QString sentence = detail;
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    return QCoreApplication::translate("CredentialStore", "No system keychain answered: %1")
        .arg(sentence);
}

void CredentialStore::save(const QString &account, const Credentials &credentials, QObject *context,
                           DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(QString::fromUtf8(encode(credentials)));
    QPointer<CredentialStore> self(this);
    const int timeout = m_timeoutMs;
    auto answer = std::make_shared<DoneCallback>(std::move(callback));
    run(
        job, context ? context : this, timeout,
        [self, account, answer](QKeychain::Job *done) {
            if (done->error() == QKeychain::NoError) {
                qCDebug(lcKeychain) << "saved credentials for" << account;
                if (self)
                    self->forgetSession(account);
                if (*answer)
                    (*answer)(true, QString());
                return;
            }
            qCInfo(lcKeychain).noquote()
                << "keychain write failed:" << done->error() << describe(done);
            if (*answer)
                (*answer)(false, keychainProblem(describe(done)));
        },
        [answer, timeout] {
            qCInfo(lcKeychain) << "keychain write timed out";
            if (*answer)
                (*answer)(false, timeoutMessage(timeout));
        });
}

void CredentialStore::load(const QString &account, QObject *context, LoadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    const int timeout = m_timeoutMs;
    auto answer = std::make_shared<LoadCallback>(std::move(callback));
    run(
        job, context ? context : this, timeout,
        [answer](QKeychain::Job *done) {
            if (!*answer)
                return;
            if (done->error() == QKeychain::EntryNotFound) {
                (*answer)(std::nullopt, QString());
                return;
            }
            if (done->error() != QKeychain::NoError) {
                qCInfo(lcKeychain).noquote()
                    << "keychain read failed:" << done->error() << describe(done);
                (*answer)(std::nullopt, keychainProblem(describe(done)));
                return;
            }
            const auto *read = static_cast<const QKeychain::ReadPasswordJob *>(done);
            const std::optional<Credentials> credentials = decode(read->textData().toUtf8());
            if (!credentials) {
                (*answer)(std::nullopt,
                          QCoreApplication::translate(
                              "CredentialStore",
                              "The credentials saved in the system keychain could not "
                              "be read; enter them again."));
                return;
            }
            (*answer)(credentials, QString());
        },
        [answer, timeout] {
            qCInfo(lcKeychain) << "keychain read timed out";
            if (*answer)
                (*answer)(std::nullopt, timeoutMessage(timeout));
        });
}

void CredentialStore::remove(const QString &account, QObject *context, DoneCallback callback)
{
    forgetSession(account);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    const int timeout = m_timeoutMs;
    auto answer = std::make_shared<DoneCallback>(std::move(callback));
    run(
        job, context ? context : this, timeout,
        [answer](QKeychain::Job *done) {
            const bool ok =
                done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            if (!ok)
                qCInfo(lcKeychain).noquote()
                    << "keychain delete failed:" << done->error() << describe(done);
            if (*answer)
                (*answer)(ok, ok ? QString() : keychainProblem(describe(done)));
        },
        [answer, timeout] {
            qCInfo(lcKeychain) << "keychain delete timed out";
            if (*answer)
                (*answer)(false, timeoutMessage(timeout));
        });
}

void CredentialStore::keepForSession(const QString &account, const Credentials &credentials)
{
    m_session.insert(account, credentials);
}

std::optional<Credentials> CredentialStore::sessionCredentials(const QString &account) const
{
    const auto it = m_session.constFind(account);
    if (it == m_session.cend())
        return std::nullopt;
    return *it;
}

void CredentialStore::forgetSession(const QString &account)
{
    m_session.remove(account);
}

} // namespace engage
