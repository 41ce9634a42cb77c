#pragma once

#include "gong/Credentials.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QUrl;

namespace engage {

// Keeps Gong credentials in the system keychain (QtKeychain: the Secret Service on Linux),
// one JSON blob {"accessKey","accessKeySecret","bearerToken"} per account under the service
// "engage-tasks". Secrets are never written to a file: the insecure fallback is off, so with no
// keychain every call fails with a readable message, and the caller may keep the credentials
// for this session only, in memory, with keepForSession().
//
// Every call answers once, through its callback, on the context's thread; if the context is
// destroyed first, the answer is dropped. Headless machines answer quickly (an error); a
// keychain that never answers (a forgotten unlock prompt) is given up after timeoutMs().
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 60000;

    // ok == false with `error` when the keychain did not store or remove the entry.
    using DoneCallback = std::function<void(bool ok, const QString &error)>;
    // Saved credentials; std::nullopt with an empty error when nothing is saved for the
    // account; std::nullopt with a message when the keychain could not be read.
    using LoadCallback =
        std::function<void(const std::optional<Credentials> &credentials, const QString &error)>;

    explicit CredentialStore(QObject *parent = nullptr);
    // A different service name keeps tests and several installs apart.
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultService() { return QStringLiteral("engage-tasks"); }
    QString service() const { return m_service; }

    // The keychain key for a Gong host and user: "api.gong.io/234599484848423"; the port is
    // part of it when the URL has one ("127.0.0.1:8080/…").
    static QString accountFor(const QUrl &baseUrl, const QString &userId);

    // Virtual so that tests can answer for the keychain.
    virtual void save(const QString &account, const Credentials &credentials, QObject *context,
                      DoneCallback callback);
    virtual void load(const QString &account, QObject *context, LoadCallback callback);
    // Forgets the keychain entry and the session copy. Nothing saved counts as removed.
    virtual void remove(const QString &account, QObject *context, DoneCallback callback);

    // The in-memory fallback for when the keychain is absent: lives until the app quits.
    void keepForSession(const QString &account, const Credentials &credentials);
    std::optional<Credentials> sessionCredentials(const QString &account) const;
    void forgetSession(const QString &account);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The blob stored in the keychain, and back; decode() is std::nullopt for anything that is
    // not a JSON object holding complete credentials.
    static QByteArray encode(const Credentials &credentials);
    static std::optional<Credentials> decode(const QByteArray &blob);

    // The sentence for a keychain that failed: "No system keychain answered (…)."
    static QString keychainProblem(const QString &detail);

private:
    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, Credentials> m_session;
};

} // namespace engage
