// The rep's credentials never touch the disk or the logs: a whole session with known secrets,
// every log category at debug level, then the data dir and the captured output are searched.
#include "ProcessHarness.h"
#include "sandbox/DemoData.h"

#include <QDirIterator>
#include <QTemporaryDir>

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void aSessionLeavesNoSecretBehind()
    {
        const QString key = QStringLiteral("AK-7f3c9e21-known-key");
        const QString secret = QStringLiteral("SK-d81b44a0c2-known-secret");
        QProcess sandbox;
        const QUrl url = harness::startSandbox(
            sandbox, {QStringLiteral("--access-key"), key, QStringLiteral("--secret"), secret});
        QVERIFY(url.isValid());

        QTemporaryDir data;
        const QString dataDir = data.filePath(QStringLiteral("profile")); // created by the app
        QProcess app;
        QProcessEnvironment env =
            harness::appEnvironment(url, QString::number(engage::DemoData::RepUserId));
        env.insert(QStringLiteral("GONG_ACCESS_KEY"), key);
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), secret);
        env.insert(QStringLiteral("ENGAGE_AUTOMATION"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("engage.*=true"));
        app.setProcessEnvironment(env);
        app.start(harness::appBinary(), {QStringLiteral("--data-dir"), dataDir});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        auto waitFor = [&](const QByteArray &line) {
            return QTest::qWaitFor(
                [&] {
                    out += app.readAllStandardOutput();
                    return out.contains(line);
                },
                30000);
        };
        QVERIFY(waitFor("ready"));
        // A change, so the journal, the ledger and the cache all get written.
        app.write("done 7254376376091929519\nwaitsynced\n");
        QVERIFY(waitFor("synced"));
        app.write("quit\n");
        QVERIFY(app.waitForFinished(10000));
        const QByteArray logs = out + app.readAllStandardOutput() + app.readAllStandardError();
        QVERIFY2(logs.contains("engage."), "the logs were not captured");

        const QList<QByteArray> needles{secret.toUtf8(),
                                        (key + QLatin1Char(':') + secret).toUtf8().toBase64(),
                                        secret.toUtf8().toBase64()};
        for (const QByteArray &needle : needles)
            QVERIFY2(!logs.contains(needle), "a secret is in the logs");

        // Nobody but the rep: no group or other bits (0700 / 0600).
        const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup |
                                                QFile::ExeGroup | QFile::ReadOther |
                                                QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(dataDir).permissions() & groupOrOther, QFile::Permissions());
        QVERIFY(QFileInfo(dataDir).permissions() & QFile::ExeOwner);
        int files = 0;
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!bytes.contains(needle),
                         qPrintable(QStringLiteral("a secret is in %1").arg(path)));
            // Only the rep may read what the app keeps (0600).
            QCOMPARE(f.permissions() & groupOrOther, QFile::Permissions());
            QVERIFY(!(f.permissions() & QFile::ExeOwner));
        }
        QVERIFY(files >= 2); // settings and the database at least
        sandbox.kill();
        sandbox.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
