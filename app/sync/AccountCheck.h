#pragma once

#include "gong/ApiError.h"
#include "gong/CredentialStore.h"
#include "gong/Credentials.h"
#include "gong/GongClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace engage {

class RateLimiter;

// What the connect dialog asks of Gong and of the keychain, before a connection is saved:
// "Test connection" (list the open call tasks once, with the entered settings), "Find my user
// ID" (GET /v2/users by email), and saving or loading the secret (CredentialStore).
//
// Every request waits for a slot of the app's shared RateLimiter (Gong's 3 calls/s count the
// whole company, the sync engine's calls included), takes it as it goes, and a 429 holds the
// limiter for Gong's Retry-After; the request then goes again by itself, and rateLimited() says
// so in the words the main window uses.
//
// Each call answers once, through its callback; if the context is destroyed or cancel()ed first,
// the answer is dropped, and a request still waiting for its slot is never sent.
class AccountCheck : public QObject
{
    Q_OBJECT
public:
    using CountCallback = std::function<void(const ApiResult<qsizetype> &)>;
    using UserCallback = GongClient::UserCallback;
    using DoneCallback = CredentialStore::DoneCallback;
    using LoadCallback = CredentialStore::LoadCallback;

    // `limiter` is the app's shared one (SyncEngine::rateLimiter()); it and `network` must
    // outlive this object. Without `credentials`, saving and loading fail with no detail.
    AccountCheck(QNetworkAccessManager *network, CredentialStore *credentials, RateLimiter *limiter,
                 QObject *parent = nullptr);
    ~AccountCheck() override;

    // POST /v2/tasks for config.userId: how many open call tasks Gong lists, or why not.
    void countOpenCallTasks(const GongConfig &config, QObject *context, CountCallback callback);
    // The Gong user with this email (GongClient::findUserByEmail), with config's address and
    // credentials.
    void findUser(const GongConfig &config, const QString &email, QObject *context,
                  UserCallback callback);
    // Drops the answers still due to `context`; its requests not yet sent never go.
    void cancel(QObject *context);
    // Requests accepted and not yet answered (waiting for a slot, or on the wire).
    int pendingCount() const { return static_cast<int>(m_live.size()); }

    // The keychain (CredentialStore) under the account accountFor() names.
    void saveCredentials(const QString &account, const Credentials &credentials, QObject *context,
                         DoneCallback callback);
    void loadCredentials(const QString &account, QObject *context, LoadCallback callback);
    // With no keychain: keeps the credentials in memory until the app quits.
    void keepForSession(const QString &account, const Credentials &credentials);
    static QString accountFor(const QUrl &baseUrl, const QString &userId);
    // The cause in a keychain error, without the "No system keychain answered" before it.
    static QString keychainDetail(const QString &error);

signals:
    // A request got 429 and waits for Gong's Retry-After before it goes again.
    void rateLimited(const ApiError &error);

private:
    // Sends a further page of users once the limiter has a slot for it.
    void pace(GongClient *client, std::function<void()> send);
    struct Request {
        QPointer<QObject> context;
        GongConfig config;
        // Makes the call with a client set up for `config`; its answer goes through finish().
        std::function<void(GongClient *client, quint64 id)> send;
    };

    void enqueue(QObject *context, const GongConfig &config,
                 std::function<void(GongClient *, quint64)> send);
    // Sends what the limiter allows now, and waits for the next slot for the rest.
    void pump();
    // True when request `id`'s answer is still wanted: it is then done. A 429 holds the limiter
    // and puts the request back at the head of the queue (false).
    bool finish(quint64 id, const ApiError *error);
    void dropClient(quint64 id);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<CredentialStore> m_credentials;
    RateLimiter *m_limiter;
    QTimer m_wait;
    std::deque<quint64> m_queue;                    // waiting for a slot, oldest first
    QHash<quint64, Request> m_live;                 // accepted, not yet answered
    QHash<quint64, QPointer<GongClient>> m_clients; // on the wire
    quint64 m_nextId = 1;
};

} // namespace engage
