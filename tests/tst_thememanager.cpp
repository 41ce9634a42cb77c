// ThemeManager: the modes and their setting, the live switch every themed widget follows, the
// Appearance page, and the desktop portal (a fake one, tests/fake-portal.py, on a private bus).
#include "core/Clock.h"
#include "ui/AppearancePage.h"
#include "ui/CallCard.h"
#include "ui/MessageBar.h"
#include "ui/TaskListModel.h"
#include "ui/Theme.h"
#include "ui/ThemeManager.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");

QString errorBarStyle(const MessageBar &bar)
{
    return bar.findChild<QWidget *>(QStringLiteral("errorBar"))->styleSheet();
}

Task overdueTask(const QDateTime &now)
{
    Task t;
    t.id = 1;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Call back");
    t.dueDate = now.addDays(-1);
    return t;
}

} // namespace
class TestThemeManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void modeKeys();
    void switchLightToDarkLive();
    void highContrastMode();
    void settingPersists();
    void appearancePagePreviewsThenApplies();

    void portalPreferDarkThenLightLive();
    void noPortalFallsBackToDesktopPalette();

private:
    bool startPrivateBus();
    bool startPortal(uint scheme);
    void stopPortal();

    QPalette m_startPalette;
    QString m_startStyle;
    QTemporaryDir m_dir;
    QProcess m_busDaemon;
    QProcess m_portal;
    QString m_busAddress;
};

void TestThemeManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_startPalette = QApplication::palette();
    m_startStyle = QApplication::style()->name();
}

void TestThemeManager::cleanup()
{
    Theme::setHighContrast(false);
    QApplication::setStyle(m_startStyle);
    QApplication::setPalette(m_startPalette);
    stopPortal();
}

void TestThemeManager::cleanupTestCase()
{
    if (m_busDaemon.state() != QProcess::NotRunning) {
        m_busDaemon.terminate();
        m_busDaemon.waitForFinished(3000);
    }
}
void TestThemeManager::modeKeys()
{
    using Mode = ThemeManager::Mode;
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark, Mode::HighContrast})
        QCOMPARE(ThemeManager::modeOf(ThemeManager::keyOf(mode)), mode);
    QCOMPARE(ThemeManager::keyOf(Mode::HighContrast), QStringLiteral("high-contrast"));
    QCOMPARE(ThemeManager::keyOf(Mode::System), QStringLiteral("system"));
    QCOMPARE(ThemeManager::modeOf(QStringLiteral("purple")), Mode::System);
}

void TestThemeManager::switchLightToDarkLive()
{
    QSettings settings(m_dir.filePath(QStringLiteral("live.ini")), QSettings::IniFormat);
    ThemeManager manager(&settings, nullptr, QDBusConnection(QStringLiteral("no bus")));
    manager.setMode(ThemeManager::Mode::Light);

    const Clock &clock = Clock::system();
    TaskListModel model(clock);
    model.setTasks({overdueTask(clock.now())});
    const QModelIndex due = model.index(0, TaskListModel::DueColumn);
    QStatusBar status;
    MessageBar bar(&status);
    CallCard card;
    CallCardData call;
    call.goodTime = true;
    card.setCall(call);
    const auto *localTime = card.findChild<QLabel *>(QStringLiteral("card.localTime"));

    QVERIFY(!Theme::isDark(QApplication::palette()));
    const QColor lightOverdue = model.data(due, Qt::ForegroundRole).value<QBrush>().color();
    const QString lightBar = errorBarStyle(bar);
    const QString lightTime = localTime->styleSheet();
    QVERIFY(lightBar.contains(Theme::colors().errorBackground.name()));

    QSignalSpy changed(&manager, &ThemeManager::colorsChanged);
    manager.setMode(ThemeManager::Mode::Dark);
    QCOMPARE(changed.count(), 1);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QColor darkOverdue = model.data(due, Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(darkOverdue != lightOverdue);
    QCOMPARE(darkOverdue, Theme::colors().overdueText);
    QVERIFY(Theme::contrastRatio(darkOverdue, QApplication::palette().color(QPalette::Base)) >=
            4.5);
    // The widgets restyled themselves, without being told.
    QVERIFY(errorBarStyle(bar) != lightBar);
    QVERIFY(errorBarStyle(bar).contains(Theme::colors().errorBackground.name()));
    QVERIFY(localTime->styleSheet() != lightTime);
    QVERIFY(localTime->styleSheet().contains(Theme::colors().goodTimeText.name()));
    QCOMPARE(model.data(model.index(0, TaskListModel::DueColumn), Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
             Theme::colors().overdueText);

    manager.setMode(ThemeManager::Mode::Light);
    QCOMPARE(errorBarStyle(bar), lightBar);
}

void TestThemeManager::highContrastMode()
{
    ThemeManager manager(nullptr, nullptr, QDBusConnection(QStringLiteral("no bus")));
    manager.setMode(ThemeManager::Mode::HighContrast);
    QVERIFY(Theme::highContrast());
    QVERIFY(Theme::colors().highContrast);
    const QPalette p = QApplication::palette();
    QCOMPARE(Theme::contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)), 21.0);
    QVERIFY(Theme::contrastRatio(Theme::colors().overdueText, p.color(QPalette::Base)) >= 7.0);
    manager.setMode(ThemeManager::Mode::Light);
    QVERIFY(!Theme::colors().highContrast);
}

void TestThemeManager::settingPersists()
{
    const QString file = m_dir.filePath(QStringLiteral("saved.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ThemeManager manager(&settings, nullptr, QDBusConnection(QStringLiteral("no bus")));
        manager.applySaved();
        QCOMPARE(manager.mode(), ThemeManager::Mode::System); // nothing saved yet
        manager.setMode(ThemeManager::Mode::Dark);
    }
    QApplication::setPalette(m_startPalette);
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    ThemeManager restarted(&settings, nullptr, QDBusConnection(QStringLiteral("no bus")));
    restarted.applySaved();
    QCOMPARE(restarted.mode(), ThemeManager::Mode::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    restarted.setMode(ThemeManager::Mode::HighContrast);
    QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(),
             QStringLiteral("high-contrast"));
}

void TestThemeManager::appearancePagePreviewsThenApplies()
{
    QSettings settings(m_dir.filePath(QStringLiteral("page.ini")), QSettings::IniFormat);
    ThemeManager manager(&settings, nullptr, QDBusConnection(QStringLiteral("no bus")));
    manager.setMode(ThemeManager::Mode::Light);
    AppearancePage page(&manager);
    QCOMPARE(page.title(), QStringLiteral("Appearance"));
    QCOMPARE(page.chosenMode(), ThemeManager::Mode::Light);
    const QList<QRadioButton *> radios = page.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 4);
    for (const QRadioButton *radio : radios) {
        QVERIFY2(radio->text().contains(QLatin1Char('&')), qPrintable(radio->text()));
        QVERIFY(!radio->accessibleName().isEmpty());
    }

    page.findChild<QRadioButton *>(QStringLiteral("appearance.dark"))->setChecked(true);
    QVERIFY(Theme::isDark(page.preview()->palette()));
    QVERIFY(!Theme::isDark(QApplication::palette())); // only a preview until applied
    const auto *overdue = page.findChild<QLabel *>(QStringLiteral("sample.overdue"));
    QVERIFY(overdue->styleSheet().contains(
        Theme::derive(Theme::darkPalette(), false).overdueText.name()));

    page.apply();
    QCOMPARE(manager.mode(), ThemeManager::Mode::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
}

bool TestThemeManager::startPrivateBus()
{
    if (!m_busAddress.isEmpty())
        return true;
    m_busDaemon.start(QStringLiteral("dbus-daemon"),
                      {QStringLiteral("--session"), QStringLiteral("--nofork"),
                       QStringLiteral("--print-address=1")});
    if (!m_busDaemon.waitForStarted(5000))
        return false;
    while (!m_busDaemon.canReadLine()) {
        if (!m_busDaemon.waitForReadyRead(5000))
            return false;
    }
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine().trimmed());
    return !QDBusConnection::connectToBus(m_busAddress, QStringLiteral("theme-test"))
                .name()
                .isEmpty();
}

bool TestThemeManager::startPortal(uint scheme)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    m_portal.setProcessEnvironment(env);
    m_portal.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_portal.start(QStringLiteral(ENGAGE_PYTHON3),
                   {QStringLiteral(FAKE_PORTAL), QString::number(scheme)});
    if (!m_portal.waitForStarted(5000))
        return false;
    while (!m_portal.canReadLine()) {
        if (!m_portal.waitForReadyRead(10000))
            return false;
    }
    return m_portal.readLine().trimmed() == "ready";
}

void TestThemeManager::stopPortal()
{
    if (m_portal.state() == QProcess::NotRunning)
        return;
    m_portal.terminate();
    m_portal.waitForFinished(3000);
}

void TestThemeManager::portalPreferDarkThenLightLive()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus)");
    QVERIFY(startPrivateBus());
    QVERIFY2(startPortal(1), "the fake portal did not start (python3-dbus and python3-gi?)");
    QDBusConnection bus(QStringLiteral("theme-test"));
    QVERIFY(bus.isConnected());
    QVERIFY(bus.interface()->isServiceRegistered(PortalService));

    QApplication::setPalette(Theme::lightPalette()); // a light desktop that prefers dark
    ThemeManager manager(nullptr, nullptr, bus);
    manager.setMode(ThemeManager::Mode::System);
    QCOMPARE(manager.desktopScheme(), 1u);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QVERIFY(Theme::colors().dark);

    // The desktop switches to light: the portal says so, and the app follows live.
    QSignalSpy changed(&manager, &ThemeManager::colorsChanged);
    QDBusMessage set = QDBusMessage::createMethodCall(PortalService, PortalPath,
                                                      QStringLiteral("org.engage.test.FakePortal"),
                                                      QStringLiteral("SetScheme"));
    set << 2u;
    QCOMPARE(bus.call(set).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE(manager.desktopScheme(), 2u);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(!Theme::colors().dark);

    // And back to dark.
    set.setArguments({1u});
    QCOMPARE(bus.call(set).type(), QDBusMessage::ReplyMessage);
    QTRY_VERIFY(Theme::isDark(QApplication::palette()));

    // High contrast follows the desktop's preference as well.
    manager.setMode(ThemeManager::Mode::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
}

void TestThemeManager::noPortalFallsBackToDesktopPalette()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus)");
    QVERIFY(startPrivateBus()); // a bus, but nothing owns the portal's name
    QDBusConnection bus(QStringLiteral("theme-test"));
    QTRY_VERIFY(!bus.interface()->isServiceRegistered(PortalService));
    // Desktop palettes of their own (not the app's), which "Follow" keeps as they are.
    QPalette warmLight = Theme::lightPalette();
    warmLight.setColor(QPalette::Window, QColor(0xE8, 0xE0, 0xD0));
    QPalette blueDark = Theme::darkPalette();
    blueDark.setColor(QPalette::Window, QColor(0x20, 0x28, 0x30));
    for (const QPalette &desktop : {blueDark, warmLight}) {
        QApplication::setPalette(desktop);
        ThemeManager manager(nullptr, nullptr, bus);
        manager.setMode(ThemeManager::Mode::System);
        QCOMPARE(manager.desktopScheme(), 0u);
        QCOMPARE(Theme::isDark(QApplication::palette()), Theme::isDark(desktop));
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    }
}

QTEST_MAIN(TestThemeManager)
#include "tst_thememanager.moc"
