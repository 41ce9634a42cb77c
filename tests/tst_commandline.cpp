// The real binary's command line and environment, as a user or a script meets them.
#include "ProcessHarness.h"
#include "sandbox/DemoData.h"
#include "sync/StoreLocation.h"

#include <QTemporaryDir>

using namespace engage;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QByteArray run(const QStringList &args, int *exitCode)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(harness::appBinary(), args);
        p.waitForFinished(20000);
        *exitCode = p.exitCode();
        return p.readAll();
    }

private slots:
    void versionAnswers()
    {
        int code = -1;
        const QByteArray out = run({QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("engage-tasks " ENGAGE_VERSION), out.constData());
    }

    void helpListsEveryOption()
    {
        int code = -1;
        const QByteArray out = run({QStringLiteral("--help")}, &code);
        QCOMPARE(code, 0);
        for (const char *option :
             {"--demo", "--base-url", "--user-id", "--workspace-id", "--data-dir", "--version",
              "GONG_ACCESS_KEY", "GONG_BEARER_TOKEN"})
            QVERIFY2(out.contains(option), option);
    }

    void badArgumentsAreRefused()
    {
        int code = -1;
        QVERIFY(run({QStringLiteral("--no-such-option")}, &code).contains("no-such-option"));
        QVERIFY(code != 0);
        QVERIFY(run({QStringLiteral("stray")}, &code).contains("stray"));
        QCOMPARE(code, 2);
    }

    // GONG_* from the environment reach Gong; --user-id on the command line beats GONG_USER_ID.
    void environmentAndCommandLineConfigureTheClient()
    {
        QProcess sandbox;
        const QUrl url = harness::startSandbox(sandbox, {QStringLiteral("--log-requests")});
        QVERIFY(url.isValid());
        QTemporaryDir data;
        QProcess app;
        app.setProcessEnvironment(harness::appEnvironment(url, QStringLiteral("111")));
        app.start(harness::appBinary(),
                  {QStringLiteral("--user-id"), QString::number(DemoData::RepUserId),
                   QStringLiteral("--data-dir"), data.path()});
        QVERIFY(app.waitForStarted());
        QByteArray seen;
        QVERIFY(QTest::qWaitFor(
            [&] {
                seen += sandbox.readAll();
                return seen.contains("REQ POST /v2/tasks");
            },
            20000));
        QVERIFY2(seen.contains("\"userId\":\"234599484848423\""), seen.constData());
        app.kill();
        app.waitForFinished();
        sandbox.kill();
        sandbox.waitForFinished();
        // The data dir is private, and holds the cache it wrote.
        QCOMPARE(QFileInfo(data.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // ... in the store named after this account (host and user id).
        QVERIFY(QFileInfo::exists(
            StoreLocation::fileFor(data.path(), url, QString::number(DemoData::RepUserId))));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
