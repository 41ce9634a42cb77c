#include "core/CallSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

// The rep's calling settings survive a restart, and a hand-edited file never breaks them.
class TestCallSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreTheIssuesWindow()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const CallSettings s = CallSettings::read(ini);
        QCOMPARE(s.hours.opens, QTime(8, 0));
        QCOMPARE(s.hours.closes, QTime(18, 0));
        QCOMPARE(s.hours.days, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(s.retry.notConnectedDelay, std::chrono::seconds(3 * 3600));
        QCOMPARE(s.retry.otherBusinessDays, 1);
        QCOMPARE(s.dial.method, DialSettings::Method::Tel);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        CallSettings s;
        s.hours.opens = QTime(7, 30);
        s.hours.closes = QTime(19, 0);
        s.hours.days = {1, 2, 3, 4, 5, 6};
        s.hours.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
        s.retry.notConnectedDelay = std::chrono::minutes(90);
        s.retry.otherBusinessDays = 2;
        s.dial.method = DialSettings::Method::Command;
        s.dial.commandTemplate = QStringLiteral("linphonec -c \"call {number}\"");
        s.dial.sipHost = QStringLiteral("pbx.example.com");
        s.dial.labelOrder = {QStringLiteral("work"), QStringLiteral("mobile")};
        {
            QSettings ini(path, QSettings::IniFormat);
            s.write(ini);
        }
        QSettings again(path, QSettings::IniFormat);
        QCOMPARE(CallSettings::read(again), s);
    }

    void garbageReadsAsDefault()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("calling/opens"), QStringLiteral("25:99"));
        ini.setValue(QStringLiteral("calling/days"), QStringLiteral("0,9,x"));
        ini.setValue(QStringLiteral("calling/retryNotConnectedMinutes"), QStringLiteral("-5"));
        ini.setValue(QStringLiteral("calling/dialMethod"), QStringLiteral("pigeon"));
        const CallSettings s = CallSettings::read(ini);
        QCOMPARE(s, CallSettings{});

        // Opening after closing is no window at all: the default stands.
        ini.setValue(QStringLiteral("calling/opens"), QStringLiteral("19:00"));
        ini.setValue(QStringLiteral("calling/closes"), QStringLiteral("08:00"));
        QCOMPARE(CallSettings::read(ini).hours, CallingHoursSettings{});
        // A command method without a command dials through tel: links.
        ini.setValue(QStringLiteral("calling/dialMethod"), QStringLiteral("command"));
        QCOMPARE(CallSettings::read(ini).dial.method, DialSettings::Method::Tel);
    }
};

QTEST_GUILESS_MAIN(TestCallSettings)
#include "tst_callsettings.moc"
