// Start at login: the XDG autostart entry is written where the specification says, is one that
// desktop-file-validate accepts, starts the app in the tray, and is removed when turned off.
#include "core/Autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

class TestAutostart : public QObject
{
    Q_OBJECT

    QTemporaryDir config;
    QByteArray savedConfig;
    QByteArray savedHome;

private slots:
    void init()
    {
        savedConfig = qgetenv("XDG_CONFIG_HOME");
        savedHome = qgetenv("HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }
    void cleanup()
    {
        qputenv("XDG_CONFIG_HOME", savedConfig);
        qputenv("HOME", savedHome);
        QFile::remove(
            config.filePath(QStringLiteral("autostart/%1.desktop").arg(Autostart::desktopId())));
    }

    void theEntryIsWrittenAndRemoved()
    {
        const QString path =
            config.filePath(QStringLiteral("autostart/io.github.engagetasks.EngageTasks.desktop"));
        QCOMPARE(Autostart::filePath(), path);
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(true));
        QVERIFY(Autostart::isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const char *line :
             {"[Desktop Entry]", "Type=Application", "Name=Engage Tasks",
              "Exec=engage-tasks --minimized", "Icon=io.github.engagetasks.EngageTasks",
              "X-GNOME-Autostart-enabled=true"})
            QVERIFY2(lines.contains(QString::fromLatin1(line)), line);
        // Twice on is still one entry; off removes it, and off again is no error.
        QVERIFY(Autostart::setEnabled(true));
        QVERIFY(Autostart::setEnabled(false));
        QVERIFY(!QFile::exists(path));
        QVERIFY(Autostart::setEnabled(false));
    }

    void desktopFileValidateAcceptsIt()
    {
        const QString tool =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        QVERIFY(Autostart::setEnabled(true));
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(tool, {Autostart::filePath()});
        QVERIFY(validate.waitForFinished(10000));
        const QByteArray said = validate.readAll();
        QVERIFY2(validate.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }

    void withoutXdgConfigHomeItGoesUnderHome()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(Autostart::filePath(),
                 home.filePath(QStringLiteral(
                     ".config/autostart/io.github.engagetasks.EngageTasks.desktop")));
        // A relative XDG_CONFIG_HOME is not one (the specification): the same place.
        qputenv("XDG_CONFIG_HOME", "relative/config");
        QVERIFY(Autostart::filePath().startsWith(home.path() + QStringLiteral("/.config/")));
        QVERIFY(Autostart::setEnabled(true));
        QVERIFY(QFile::exists(Autostart::filePath()));
        QVERIFY(Autostart::setEnabled(false));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
