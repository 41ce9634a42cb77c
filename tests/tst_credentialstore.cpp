// CredentialStore against the real Secret Service: a private GNOME keyring on a private D-Bus
// session (tests/with-keyring.sh; run directly, the test re-executes itself under it), and a
// child process with no D-Bus at all for the "no keychain" answer.
#include "gong/CredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <unistd.h>

using namespace engage;

namespace {

const char ChildFlag[] = "--no-keychain-child";

QString service()
{
    return QStringLiteral("engage-tasks-test");
}

struct Done {
    bool answered = false;
    bool ok = false;
    QString error;
    qint64 ms = -1;
};

struct Loaded {
    bool answered = false;
    std::optional<Credentials> credentials;
    QString error;
    qint64 ms = -1;
};

// Waits without QTest, so that the child process can use it too.
template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return predicate();
}

Done save(CredentialStore &store, const QString &account, const Credentials &c)
{
    Done d;
    QElapsedTimer timer;
    timer.start();
    store.save(account, c, &store, [&](bool ok, const QString &error) {
        d = {true, ok, error, timer.elapsed()};
    });
    waitFor([&] { return d.answered; }, 20000);
    return d;
}

Done remove(CredentialStore &store, const QString &account)
{
    Done d;
    QElapsedTimer timer;
    timer.start();
    store.remove(account, &store, [&](bool ok, const QString &error) {
        d = {true, ok, error, timer.elapsed()};
    });
    waitFor([&] { return d.answered; }, 20000);
    return d;
}

Loaded load(CredentialStore &store, const QString &account)
{
    Loaded l;
    QElapsedTimer timer;
    timer.start();
    store.load(account, &store,
               [&](const std::optional<Credentials> &credentials, const QString &error) {
                   l = {true, credentials, error, timer.elapsed()};
               });
    waitFor([&] { return l.answered; }, 20000);
    return l;
}

QJsonObject toJson(const Done &d)
{
    return {{QLatin1String("answered"), d.answered},
            {QLatin1String("ok"), d.ok},
            {QLatin1String("error"), d.error},
            {QLatin1String("ms"), d.ms}};
}

// The child: no D-Bus session reachable. Saves, loads and removes once each and prints what
// came back as JSON, for the parent to check.
int noKeychainChild()
{
    CredentialStore store(service());
    const QString account = QStringLiteral("api.gong.io/1");
    const Credentials c{QStringLiteral("key"), QStringLiteral("child-secret"), {}};
    const Done saved = save(store, account, c);
    const Loaded loaded = load(store, account);
    const Done removed = remove(store, account);
    const QJsonObject out{{QLatin1String("save"), toJson(saved)},
                          {QLatin1String("load"),
                           QJsonObject{{QLatin1String("answered"), loaded.answered},
                                       {QLatin1String("found"), loaded.credentials.has_value()},
                                       {QLatin1String("error"), loaded.error},
                                       {QLatin1String("ms"), loaded.ms}}},
                          {QLatin1String("remove"), toJson(removed)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

// Re-executes this test under tests/with-keyring.sh, so that it never touches the user's own
// keyring.
int reexecUnderWrapper(int argc, char **argv)
{
    const std::filesystem::path wrapper =
        std::filesystem::path(__FILE__).parent_path() / "with-keyring.sh";
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        self = argv[0];
    std::vector<std::string> args{wrapper.string(), self.string()};
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    std::vector<char *> raw;
    for (std::string &a : args)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    ::execv(raw.front(), raw.data());
    std::fprintf(stderr, "cannot run %s: %s\n", raw.front(), std::strerror(errno));
    return 1;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("ENGAGE_TEST_KEYRING_HOME");
        QVERIFY2(!home.isEmpty(), "run under tests/with-keyring.sh");
        QCOMPARE(qEnvironmentVariable("HOME"), home);
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    }

    void encodeAndDecode()
    {
        const Credentials c{QStringLiteral("k€y"), QStringLiteral("s\"ecret"), {}};
        const QByteArray blob = CredentialStore::encode(c);
        const QJsonObject o = QJsonDocument::fromJson(blob).object();
        QCOMPARE(o.keys(),
                 (QStringList{QStringLiteral("accessKey"), QStringLiteral("accessKeySecret"),
                              QStringLiteral("bearerToken")}));
        QCOMPARE(CredentialStore::decode(blob), std::optional<Credentials>(c));
        QVERIFY(!CredentialStore::decode("not json"));
        QVERIFY(!CredentialStore::decode("[]"));
        QVERIFY(!CredentialStore::decode(R"({"accessKey":"only the key"})"));
        const Credentials token{{}, {}, QStringLiteral("tok")};
        QCOMPARE(CredentialStore::decode(R"({"bearerToken":"tok","extra":1})"),
                 std::optional<Credentials>(token));
    }

    void accountFor_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("account");
        QTest::newRow("gong") << QUrl(QStringLiteral("https://api.gong.io")) << QStringLiteral("42")
                              << QStringLiteral("api.gong.io/42");
        QTest::newRow("case and path")
            << QUrl(QStringLiteral("https://US-1234.API.gong.io/base/")) << QStringLiteral(" 7 ")
            << QStringLiteral("us-1234.api.gong.io/7");
        QTest::newRow("port") << QUrl(QStringLiteral("http://127.0.0.1:8123"))
                              << QStringLiteral("234599484848423")
                              << QStringLiteral("127.0.0.1:8123/234599484848423");
    }

    void accountFor()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, userId);
        QFETCH(QString, account);
        QCOMPARE(CredentialStore::accountFor(url, userId), account);
    }

    void saveThenLoadGivesTheSameCredentials()
    {
        CredentialStore store(service());
        const QString account = QStringLiteral("api.gong.io/1001");
        const Credentials c{QStringLiteral("AK-1001"), uniqueSecret(), {}};
        const Done saved = save(store, account, c);
        QVERIFY2(saved.answered && saved.ok, qPrintable(saved.error));
        QVERIFY(saved.error.isEmpty());

        const Loaded loaded = load(store, account);
        QVERIFY2(loaded.answered && loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.credentials, std::optional<Credentials>(c));

        // A second store (as after a restart) reads the same entry.
        CredentialStore again(service());
        QCOMPARE(load(again, account).credentials, std::optional<Credentials>(c));
        // Another service does not.
        CredentialStore other(QStringLiteral("engage-tasks-other"));
        const Loaded elsewhere = load(other, account);
        QVERIFY(elsewhere.answered);
        QVERIFY(!elsewhere.credentials);
        QVERIFY2(elsewhere.error.isEmpty(), qPrintable(elsewhere.error));
    }

    void bearerTokenRoundTrips()
    {
        CredentialStore store; // the default service
        QCOMPARE(store.service(), QStringLiteral("engage-tasks"));
        const QString account = QStringLiteral("127.0.0.1:8080/1002");
        const Credentials c{{}, {}, QStringLiteral("token-") + uniqueSecret()};
        QVERIFY(save(store, account, c).ok);
        QCOMPARE(load(store, account).credentials, std::optional<Credentials>(c));
        QVERIFY(remove(store, account).ok);
    }

    void saveReplacesTheEntry()
    {
        CredentialStore store(service());
        const QString account = QStringLiteral("api.gong.io/1003");
        QVERIFY(save(store, account, {QStringLiteral("old"), uniqueSecret(), {}}).ok);
        const Credentials newer{QStringLiteral("new"), uniqueSecret(), {}};
        QVERIFY(save(store, account, newer).ok);
        QCOMPARE(load(store, account).credentials, std::optional<Credentials>(newer));
    }

    void removeThenLoadGivesNothing()
    {
        CredentialStore store(service());
        const QString account = QStringLiteral("api.gong.io/1004");
        QVERIFY(save(store, account, {QStringLiteral("AK"), uniqueSecret(), {}}).ok);
        store.keepForSession(account, {{}, {}, QStringLiteral("session")});

        const Done removed = remove(store, account);
        QVERIFY2(removed.answered && removed.ok, qPrintable(removed.error));
        QVERIFY(!store.sessionCredentials(account));

        const Loaded loaded = load(store, account);
        QVERIFY(loaded.answered);
        QVERIFY(!loaded.credentials);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error)); // "nothing saved"

        // Removing what is not there is not a failure.
        const Done again = remove(store, account);
        QVERIFY2(again.answered && again.ok, qPrintable(again.error));
    }

    void nothingSavedIsNotAnError()
    {
        CredentialStore store(service());
        const Loaded loaded = load(store, QStringLiteral("api.gong.io/never-saved"));
        QVERIFY(loaded.answered);
        QVERIFY(!loaded.credentials);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    }

    void unreadableEntryIsReported()
    {
        CredentialStore store(service());
        const QString account = QStringLiteral("api.gong.io/1005");
        // An entry that holds only a key (written by hand, or by an older version).
        QVERIFY(save(store, account, {QStringLiteral("AK"), {}, {}}).ok);
        const Loaded loaded = load(store, account);
        QVERIFY(!loaded.credentials);
        QVERIFY(loaded.error.contains(QLatin1String("could not be read")));
        QVERIFY(remove(store, account).ok);
    }

    void secretIsNeverInPlainTextUnderHome()
    {
        CredentialStore store(service());
        const QString secret = uniqueSecret();
        const QString token = QStringLiteral("tok-") + uniqueSecret();
        QVERIFY(
            save(store, QStringLiteral("api.gong.io/1006"), {QStringLiteral("AK-1006"), secret, {}})
                .ok);
        QVERIFY(save(store, QStringLiteral("api.gong.io/1007"), {{}, {}, token}).ok);

        const QString home = qEnvironmentVariable("HOME");
        // The keyring is stored on disk under the private HOME, encrypted.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home + QStringLiteral("/share/keyrings/"
                                                                     "login.keyring")),
                                 5000);
        QStringList needles{secret, token};
        QList<QByteArray> forms;
        for (const QString &n : needles) {
            forms << n.toUtf8() << n.toUtf8().toBase64()
                  << QByteArray(reinterpret_cast<const char *>(n.utf16()),
                                n.size() * qsizetype(sizeof(char16_t)));
        }
        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++files;
            for (const QByteArray &form : forms)
                QVERIFY2(!content.contains(form),
                         qPrintable(path + QStringLiteral(" holds a secret")));
        }
        QVERIFY(files > 0);
    }

    void sessionFallbackLivesInMemory()
    {
        CredentialStore store(service());
        const QString account = QStringLiteral("api.gong.io/1008");
        QVERIFY(!store.sessionCredentials(account));
        const Credentials c{QStringLiteral("AK"), QStringLiteral("mem"), {}};
        store.keepForSession(account, c);
        QCOMPARE(store.sessionCredentials(account), std::optional<Credentials>(c));
        QVERIFY(!store.sessionCredentials(QStringLiteral("api.gong.io/other")));
        store.forgetSession(account);
        QVERIFY(!store.sessionCredentials(account));

        // Once the keychain holds them, the session copy is dropped.
        store.keepForSession(account, c);
        QVERIFY(save(store, account, c).ok);
        QVERIFY(!store.sessionCredentials(account));
        QVERIFY(remove(store, account).ok);
    }

    void answerIsDroppedWhenTheContextIsGone()
    {
        CredentialStore store(service());
        int calls = 0;
        auto *context = new QObject;
        store.load(QStringLiteral("api.gong.io/1009"), context,
                   [&](const std::optional<Credentials> &, const QString &) { ++calls; });
        delete context;
        // A request that follows on the same bus answers after the first one would have.
        QVERIFY(load(store, QStringLiteral("api.gong.io/1009")).answered);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void noKeychainFailsQuicklyWithAReadableMessage()
    {
        // A process of its own: libsecret and Qt keep their D-Bus connection for the process's
        // life, so "no keychain" cannot be set up in this one.
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QProcess child;
        child.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag)});
        QVERIFY(child.waitForFinished(15000));
        const qint64 elapsed = timer.elapsed();
        const QByteArray stderrText = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, stderrText.constData());
        const QJsonObject out = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(!out.isEmpty(), stderrText.constData());

        const QString prefix = QStringLiteral("No system keychain answered");
        const QJsonObject saved = out.value(QLatin1String("save")).toObject();
        QVERIFY(saved.value(QLatin1String("answered")).toBool());
        QVERIFY(!saved.value(QLatin1String("ok")).toBool());
        const QString saveError = saved.value(QLatin1String("error")).toString();
        QVERIFY2(saveError.startsWith(prefix), qPrintable(saveError));
        QVERIFY2(saveError.size() > prefix.size() + 5, qPrintable(saveError)); // says why

        const QJsonObject loaded = out.value(QLatin1String("load")).toObject();
        QVERIFY(loaded.value(QLatin1String("answered")).toBool());
        QVERIFY(!loaded.value(QLatin1String("found")).toBool());
        QVERIFY2(loaded.value(QLatin1String("error")).toString().startsWith(prefix),
                 qPrintable(loaded.value(QLatin1String("error")).toString()));

        const QJsonObject removed = out.value(QLatin1String("remove")).toObject();
        QVERIFY(removed.value(QLatin1String("answered")).toBool());
        QVERIFY(!removed.value(QLatin1String("ok")).toBool());

        for (const QJsonObject &step : {saved, loaded, removed})
            QVERIFY(step.value(QLatin1String("ms")).toInteger() < 5000);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        qInfo().noquote() << "without a keychain:" << saveError << "in" << elapsed << "ms";
    }

private:
    static QString uniqueSecret()
    {
        return QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], ChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return noKeychainChild();
    }
    if (qEnvironmentVariableIsEmpty("ENGAGE_TEST_KEYRING_HOME"))
        return reexecUnderWrapper(argc, argv);
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
