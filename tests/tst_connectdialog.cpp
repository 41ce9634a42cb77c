// ConnectDialog against the sandbox over real loopback HTTP: finding the rep's user id, testing
// the connection, the https rule, the shared rate limit, and what OK does when the keychain works
// and when it does not.
#include "gong/CredentialStore.h"
#include "gong/RateLimiter.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/AccountCheck.h"
#include "ui/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace engage;

namespace {

Task openTask(qint64 id, qint64 userId = DemoData::RepUserId)
{
    Task t;
    t.id = id;
    t.userId = userId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.dueDate = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    return t;
}

// Answers for the keychain without one: records what was saved, succeeds or fails on demand.
class FakeStore : public CredentialStore
{
public:
    bool fail = false;
    int delayMs = 0;
    QList<QPair<QString, Credentials>> saved;

    void save(const QString &account, const Credentials &credentials, QObject *context,
              DoneCallback callback) override
    {
        saved.append({account, credentials});
        const bool ok = !fail;
        QTimer::singleShot(delayMs, context, [ok, callback] {
            callback(ok, ok ? QString() : QStringLiteral("No system keychain answered: test."));
        });
    }
};

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FakeStore> m_store;
    std::unique_ptr<RateLimiter> m_limiter; // the one the sync engine shares in the app
    std::unique_ptr<AccountCheck> m_check;
    std::unique_ptr<ConnectDialog> m_dialog;
    QTemporaryDir m_runtime;

    template <typename T> T *child(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Ok);
    }
    QString status() const { return child<QLabel>("status")->text(); }

    void type(const char *name, const QString &text)
    {
        QLineEdit *e = edit(name);
        e->clear();
        QTest::keyClicks(e, text);
    }

    // The form filled in for the sandbox with the demo access key.
    void fillForSandbox(bool withUserId = true)
    {
        type("baseUrl", m_server->baseUrl().toString());
        QTest::mouseClick(child<QRadioButton>("authKeyRadio"), Qt::LeftButton);
        type("accessKey", SandboxServer::demoAccessKey());
        type("accessKeySecret", SandboxServer::demoAccessKeySecret());
        type("email", DemoData::repEmail());
        if (withUserId)
            type("userId", QString::number(DemoData::RepUserId));
    }

    void click(const char *name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }

    // Waits until the running request has answered.
    bool settle()
    {
        return QTest::qWaitFor([&] { return !m_dialog->isBusy(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        // No keychain, whatever machine this runs on: no D-Bus session to find one on, so the
        // real CredentialStore fails fast instead of writing to the developer's own keyring.
        QVERIFY(m_runtime.isValid());
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            qunsetenv(name);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_server->setTasks({openTask(7254376376091929519), openTask(9007199254740993), openTask(43),
                            openTask(42, 111)});
        QVERIFY(m_server->start());
        m_store = std::make_unique<FakeStore>();
        m_limiter = std::make_unique<RateLimiter>();
        m_check = std::make_unique<AccountCheck>(&m_network, m_store.get(), m_limiter.get());
        m_dialog = std::make_unique<ConnectDialog>(m_check.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_check.reset();
        m_limiter.reset();
        m_store.reset();
        m_server.reset();
    }

    void startsWithGongsAddressAndKeyFields()
    {
        QCOMPARE(edit("baseUrl")->text(), QStringLiteral("https://api.gong.io"));
        QVERIFY(child<QRadioButton>("authKeyRadio")->isChecked());
        QVERIFY(!child<QRadioButton>("authTokenRadio")->isChecked());
        QVERIFY(edit("accessKey")->isEnabled());
        QVERIFY(edit("accessKeySecret")->isEnabled());
        QVERIFY(!edit("bearerToken")->isEnabled());
        QCOMPARE(edit("accessKey")->echoMode(), QLineEdit::Normal);
        QCOMPARE(edit("accessKeySecret")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("bearerToken")->echoMode(), QLineEdit::Password);
        QVERIFY(edit("workspaceId")->text().isEmpty());
        const QLabel *statusLabel = child<QLabel>("status");
        QCOMPARE(statusLabel->textFormat(), Qt::PlainText);
        QVERIFY(statusLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
        for (const QLabel *label : m_dialog->findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty() ||
                         !Qt::mightBeRichText(label->text()),
                     qPrintable(label->text()));
    }

    void nothingIsCutOff()
    {
        m_dialog->adjustSize();
        QVERIFY(m_dialog->width() >= m_dialog->minimumSizeHint().width());
        QVERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
        for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
            const bool ours = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) ||
                              qobject_cast<QGroupBox *>(w);
            if (!ours || !w->isVisibleTo(m_dialog.get()) ||
                w->parentWidget()->inherits("QLineEdit")) // a line edit's clear button
                continue;
            const QSize hint = w->minimumSizeHint();
            // Boxes holding wrapped text need less height when wider than their minimum.
            const int height =
                w->hasHeightForWidth() ? w->heightForWidth(w->width()) : hint.height();
            QVERIFY2(w->width() >= hint.width() && w->height() >= height,
                     qPrintable(QStringLiteral("%1 %2: %3x%4, needs %5x%6")
                                    .arg(w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()))
                                    .arg(w->width())
                                    .arg(w->height())
                                    .arg(hint.width())
                                    .arg(height)));
        }
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (!label->wordWrap() && label->isVisibleTo(m_dialog.get()))
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
    }

    void radiosToggleTheCredentialFields()
    {
        fillForSandbox();
        QTest::mouseClick(child<QRadioButton>("authTokenRadio"), Qt::LeftButton);
        QVERIFY(child<QRadioButton>("authTokenRadio")->isChecked());
        QVERIFY(!child<QRadioButton>("authKeyRadio")->isChecked());
        QVERIFY(!edit("accessKey")->isEnabled());
        QVERIFY(!edit("accessKeySecret")->isEnabled());
        QVERIFY(edit("bearerToken")->isEnabled());
        type("bearerToken", QStringLiteral("tok-123"));
        QCOMPARE(m_dialog->config().credentials, (Credentials{{}, {}, QStringLiteral("tok-123")}));

        QTest::mouseClick(child<QRadioButton>("authKeyRadio"), Qt::LeftButton);
        QVERIFY(edit("accessKey")->isEnabled());
        QVERIFY(!edit("bearerToken")->isEnabled());
        QCOMPARE(m_dialog->config().credentials,
                 (Credentials{
                     SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}}));
    }

    void findFillsTheUserId()
    {
        fillForSandbox(false);
        QVERIFY(edit("userId")->text().isEmpty());
        click("findUser");
        QVERIFY(settle());
        QCOMPARE(edit("userId")->text(), QString::number(DemoData::RepUserId));
        QVERIFY2(status().contains(QLatin1String("Alex Rivera")), qPrintable(status()));
        QVERIFY(status().contains(QString::number(DemoData::RepUserId)));
        QVERIFY(m_server->requests().first().path == QLatin1String("/v2/users"));
    }

    void findReportsAnUnknownEmail()
    {
        fillForSandbox(false);
        type("email", QStringLiteral("nobody@acme-demo.example"));
        click("findUser");
        QVERIFY(settle());
        QVERIFY(edit("userId")->text().isEmpty());
        QCOMPARE(status(), QStringLiteral("No Gong user has the email address "
                                          "nobody@acme-demo.example."));
    }

    void findReportsTheExactError()
    {
        fillForSandbox(false);
        m_server->enqueueError(500, QStringLiteral("Boom <b>bold</b>"));
        click("findUser");
        QVERIFY(settle());
        ApiError expected;
        expected.kind = ApiError::Kind::ServerError;
        expected.httpStatus = 500;
        expected.errors = {QStringLiteral("Boom <b>bold</b>")};
        QVERIFY2(status().startsWith(expected.userMessage()), qPrintable(status()));
        QVERIFY(status().contains(QLatin1String("Gong request ID: ")));
        QVERIFY(edit("userId")->text().isEmpty());
    }

    void findShowsServerTextAsPlainText()
    {
        SandboxUser odd{QStringLiteral("9000000000000000001"),
                        QStringLiteral("odd@acme-demo.example"),
                        {},
                        QStringLiteral("<b>Bold</b>"),
                        QStringLiteral("<i>Name</i>"),
                        {},
                        true};
        m_server->setUsers({odd});
        fillForSandbox(false);
        type("email", odd.emailAddress);
        click("findUser");
        QVERIFY(settle());
        QCOMPARE(edit("userId")->text(), odd.id);
        QVERIFY(status().contains(QLatin1String("<b>Bold</b> <i>Name</i>")));
        QCOMPARE(child<QLabel>("status")->textFormat(), Qt::PlainText);
    }

    void findNeedsAnEmail()
    {
        fillForSandbox(false);
        edit("email")->clear();
        click("findUser");
        QVERIFY(!m_dialog->isBusy());
        QCOMPARE(status(), QStringLiteral("Enter the email address you use in Gong."));
        QVERIFY(m_server->requests().isEmpty());
    }

    void testConnectionCountsTheOpenCallTasks()
    {
        fillForSandbox();
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));

        // The seeded demo: as many as the sandbox holds for the rep.
        m_server->seedDemoData(QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
        qsizetype expected = 0;
        for (const Task &t : m_server->tasks()) {
            if (t.userId == DemoData::RepUserId && t.status == TaskStatus::Open &&
                t.actions.contains(QStringLiteral("CALL")))
                ++expected;
        }
        QVERIFY(expected > 1);
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: %1 open call tasks").arg(expected));
    }

    void testConnectionWithNoTasks()
    {
        m_server->setTasks({});
        fillForSandbox();
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: no open call tasks"));
    }

    void testConnectionToAServerThatIsNotGong()
    {
        // A wrong address or a portal answers 404 with a page: that is not "no tasks", and the
        // dialog says what the main window would say.
        CannedResponse page;
        page.status = 404;
        page.contentType = "text/html";
        page.body = "<html><body><h1>Not Found</h1></body></html>";
        m_server->enqueueResponse(page);
        fillForSandbox();
        click("testConnection");
        QVERIFY(settle());
        QVERIFY2(!status().startsWith(QStringLiteral("Connected")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("does not look like Gong's API")) &&
                     status().contains(QStringLiteral("HTTP 404")) &&
                     status().contains(QStringLiteral("text/html")),
                 qPrintable(status()));
        QVERIFY(!status().contains(QStringLiteral("<h1>")));
    }

    void typedUserIdIsUsed()
    {
        fillForSandbox(false);
        type("userId", QStringLiteral(" 111 "));
        type("workspaceId", QStringLiteral("623457276584334"));
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 1 open call task"));
        const QByteArray body = m_server->requests().last().body;
        QVERIFY(body.contains("\"userId\":\"111\""));
        QVERIFY(body.contains("\"workspaceId\":\"623457276584334\""));
        QCOMPARE(m_dialog->config().userId, QStringLiteral("111"));
    }

    void wrongSecretReportsTheUnauthorizedMessage()
    {
        fillForSandbox();
        type("accessKeySecret", QStringLiteral("wrong"));
        click("testConnection");
        QVERIFY(settle());
        ApiError expected;
        expected.kind = ApiError::Kind::Unauthorized;
        expected.httpStatus = 401;
        expected.errors = {QStringLiteral("Unauthorized: invalid or missing credentials")};
        QVERIFY2(status().startsWith(expected.userMessage()), qPrintable(status()));
        QVERIFY(status().contains(QLatin1String("(Gong request ID: ")));
    }

    void bearerTokenIsTested()
    {
        m_server->setBearerToken(QStringLiteral("tok-123"));
        fillForSandbox();
        QTest::mouseClick(child<QRadioButton>("authTokenRadio"), Qt::LeftButton);
        type("bearerToken", QStringLiteral("tok-123"));
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer tok-123"));
    }

    void buttonsAreDisabledWhileARequestRuns()
    {
        fillForSandbox();
        m_server->setLatencyMs(400);
        click("testConnection");
        QVERIFY(m_dialog->isBusy());
        QVERIFY(!child<QPushButton>("testConnection")->isEnabled());
        QVERIFY(!child<QPushButton>("findUser")->isEnabled());
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(status().startsWith(QLatin1String("Connecting to 127.0.0.1")));
        click("findUser"); // ignored while busy
        QVERIFY(settle());
        QVERIFY(child<QPushButton>("testConnection")->isEnabled());
        QVERIFY(child<QPushButton>("findUser")->isEnabled());
        QVERIFY(okButton()->isEnabled());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    // The sync engine waits out a 429 on the shared limiter: so does the dialog.
    void heldLimiterHoldsTestConnectionBack()
    {
        fillForSandbox();
        QElapsedTimer clock;
        clock.start();
        qint64 arrived = -1;
        connect(m_server.get(), &SandboxServer::requestReceived, this,
                [&] { arrived = clock.elapsed(); });
        m_limiter->holdFor(800);
        click("testConnection");
        QVERIFY(m_dialog->isBusy());
        QVERIFY(status().startsWith(QLatin1String("Connecting to 127.0.0.1")));
        QTest::qWait(500);
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(m_dialog->isBusy());
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(arrived >= 750, qPrintable(QString::number(arrived)));
    }

    // Three calls in the last second (the sync engine's, say): the lookup waits for the window.
    void fullLimiterHoldsFindUserBack()
    {
        fillForSandbox(false);
        QElapsedTimer clock;
        clock.start();
        qint64 arrived = -1;
        connect(m_server.get(), &SandboxServer::requestReceived, this,
                [&] { arrived = clock.elapsed(); });
        for (int i = 0; i < m_limiter->rate(); ++i)
            m_limiter->consume();
        click("findUser");
        QVERIFY(m_dialog->isBusy());
        QTest::qWait(300);
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(settle());
        QCOMPARE(edit("userId")->text(), QString::number(DemoData::RepUserId));
        QVERIFY2(arrived >= RateLimiter::WindowMs - 100, qPrintable(QString::number(arrived)));
    }

    // Each request takes its slot, so the sync engine's next call waits for it.
    void requestsTakeTheirSlot()
    {
        m_limiter->setRate(1);
        fillForSandbox();
        QCOMPARE(m_limiter->delayMs(), 0);
        click("testConnection");
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        QVERIFY(m_limiter->delayMs() > 0);
    }

    // Every page of Gong's user list counts as a call.
    void everyUserPageTakesASlot()
    {
        QList<SandboxUser> users;
        for (int i = 0; i < 150; ++i) {
            users.append({QString::number(5000000000000000000LL + i),
                          QStringLiteral("rep%1@acme-demo.example").arg(i),
                          {},
                          QStringLiteral("Rep"),
                          QString::number(i),
                          {},
                          true});
        }
        m_server->setUsers(users);
        m_limiter->setRate(1);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(m_server.get(), &SandboxServer::requestReceived, this,
                [&] { arrivals.append(clock.elapsed()); });
        fillForSandbox(false);
        type("email", users.last().emailAddress);
        click("findUser");
        QVERIFY(settle());
        QCOMPARE(edit("userId")->text(), users.last().id);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_limiter->delayMs() > 0); // both pages were counted
        // The second page waited for its own slot: at one a second, a window after the first.
        QCOMPARE(arrivals.size(), 2);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= RateLimiter::WindowMs - 100,
                 qPrintable(QStringLiteral("%1 ms apart").arg(arrivals.at(1) - arrivals.at(0))));
    }

    // A 429 holds the shared limiter for Retry-After, says so, and the test goes again by itself.
    void retryAfterHoldsTheSharedLimiter()
    {
        fillForSandbox();
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(m_server.get(), &SandboxServer::requestReceived, this,
                [&] { arrivals.append(clock.elapsed()); });
        m_server->enqueueError(429, QStringLiteral("Too many requests"), 1);
        click("testConnection");
        ApiError expected;
        expected.kind = ApiError::Kind::RateLimited;
        expected.retryAfterSeconds = 1;
        QTRY_VERIFY(status().startsWith(expected.userMessage()));
        QVERIFY(m_dialog->isBusy());
        QVERIFY(m_limiter->delayMs() > 500); // the sync engine waits too
        QVERIFY(settle());
        QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        QCOMPARE(arrivals.size(), 2);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 950,
                 qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    }

    // Cancel while a request waits for its slot: it never goes.
    void cancelDropsARequestStillWaiting()
    {
        fillForSandbox();
        m_limiter->holdFor(300);
        click("testConnection");
        QVERIFY(m_dialog->isBusy());
        m_dialog->reject();
        QCOMPARE(m_check->pendingCount(), 0);
        QTest::qWait(600);
        QVERIFY(m_server->requests().isEmpty());
    }

    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http elsewhere") << QStringLiteral("http://example.com") << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:%1") << true;
        QTest::newRow("not a url") << QStringLiteral("https://") << false;
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        if (url.contains(QLatin1String("%1")))
            url = url.arg(m_server->port());
        fillForSandbox();
        type("baseUrl", url);
        GongConfig expected;
        expected.baseUrl = QUrl(url);
        expected.credentials = {QStringLiteral("k"), QStringLiteral("s"), {}};
        click("testConnection");
        QVERIFY(settle());
        if (allowed) {
            QCOMPARE(status(), QStringLiteral("Connected: 3 open call tasks"));
        } else {
            QVERIFY(!expected.problem().isEmpty());
            QCOMPARE(status(), expected.problem());
            QVERIFY(m_server->requests().isEmpty());
            QVERIFY(m_dialog->focusWidget() == edit("baseUrl"));
        }
        // OK follows the same rule.
        okButton()->click();
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->result() == QDialog::Accepted, allowed);
        QCOMPARE(m_store->saved.size(), allowed ? 1 : 0);
    }

    void httpsRuleMessage()
    {
        fillForSandbox();
        type("baseUrl", QStringLiteral("http://example.com"));
        click("testConnection");
        QVERIFY(
            status().startsWith(QLatin1String("The Gong API address must start with https://")));
    }

    void addressWithoutSchemeMeansHttps()
    {
        type("baseUrl", QStringLiteral("us-4.api.gong.io"));
        QCOMPARE(m_dialog->config().baseUrl, QUrl(QStringLiteral("https://us-4.api.gong.io")));
    }

    void missingFieldsAreNamed()
    {
        fillForSandbox();
        edit("accessKeySecret")->clear();
        click("testConnection");
        QCOMPARE(status(), QStringLiteral("Enter the access key and its secret."));
        QVERIFY(m_dialog->focusWidget() == edit("accessKeySecret"));

        fillForSandbox(false);
        edit("userId")->clear();
        click("testConnection");
        QVERIFY2(status().startsWith(QLatin1String("Enter your Gong user ID")),
                 qPrintable(status()));
        QVERIFY(m_dialog->focusWidget() == edit("userId"));

        type("userId", QStringLiteral("alex"));
        okButton()->click();
        QCOMPARE(status(), QStringLiteral("A Gong user ID is made of digits only."));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_store->saved.isEmpty());
        QVERIFY(m_server->requests().isEmpty());
    }

    void okSavesInTheKeychainAndAccepts()
    {
        fillForSandbox();
        type("workspaceId", QStringLiteral("55"));
        okButton()->click();
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_dialog->keptForSessionOnly());
        const QString account =
            QStringLiteral("127.0.0.1:%1/%2").arg(m_server->port()).arg(DemoData::RepUserId);
        QCOMPARE(m_dialog->account(), account);
        QCOMPARE(m_store->saved.size(), 1);
        QCOMPARE(m_store->saved.first().first, account);
        const Credentials expected{
            SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
        QCOMPARE(m_store->saved.first().second, expected);

        const GongConfig c = m_dialog->config();
        QCOMPARE(c.baseUrl, m_server->baseUrl());
        QCOMPARE(c.credentials, expected);
        QCOMPARE(c.userId, QString::number(DemoData::RepUserId));
        QCOMPARE(c.workspaceId, QStringLiteral("55"));
        QVERIFY(c.problem().isEmpty());
        QVERIFY(!m_store->sessionCredentials(account));
    }

    void keychainFailureKeepsTheSecretForTheSession()
    {
        m_store->fail = true;
        fillForSandbox();
        okButton()->click();
        QTRY_VERIFY(m_dialog->keptForSessionOnly());
        QVERIFY2(status().startsWith(ConnectDialog::keychainFallbackMessage()),
                 qPrintable(status()));
        QVERIFY(status().endsWith(QLatin1String("\nDetails: test.")));
        QVERIFY(m_dialog->isVisible()); // the rep reads why, then continues
        QCOMPARE(okButton()->text(), QStringLiteral("Continue"));
        const Credentials expected{
            SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
        QCOMPARE(m_store->sessionCredentials(m_dialog->account()),
                 std::optional<Credentials>(expected));

        okButton()->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->keptForSessionOnly());
        QCOMPARE(m_store->saved.size(), 1); // not asked again
        QCOMPARE(m_dialog->config().credentials, expected);
    }

    void editingAfterAKeychainFailureSavesAgain()
    {
        m_store->fail = true;
        fillForSandbox();
        okButton()->click();
        QTRY_VERIFY(m_dialog->keptForSessionOnly());
        type("accessKeySecret", QStringLiteral("other"));
        QVERIFY(!m_dialog->keptForSessionOnly());
        QCOMPARE(okButton()->text(), QStringLiteral("Save"));
        m_store->fail = false;
        okButton()->click();
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_store->saved.size(), 2);
        QVERIFY(!m_dialog->keptForSessionOnly());
    }

    void realStoreWithoutAKeychainFallsBackQuickly()
    {
        CredentialStore real(QStringLiteral("engage-tasks-test"));
        AccountCheck check(&m_network, &real, m_limiter.get());
        ConnectDialog dialog(&check);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        GongConfig c;
        c.baseUrl = m_server->baseUrl();
        c.credentials = {SandboxServer::demoAccessKey(), QStringLiteral("never-on-disk"), {}};
        c.userId = QString::number(DemoData::RepUserId);
        dialog.setConfig(c);
        QElapsedTimer timer;
        timer.start();
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keptForSessionOnly(), 5000);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(dialog.statusText().startsWith(ConnectDialog::keychainFallbackMessage()));
        QCOMPARE(real.sessionCredentials(dialog.account()),
                 std::optional<Credentials>(c.credentials));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.config().credentials, c.credentials);
    }

    void setConfigPrefills()
    {
        GongConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://us-7.api.gong.io"));
        c.credentials = {{}, {}, QStringLiteral("tok-prefilled")};
        c.userId = QStringLiteral("123");
        c.workspaceId = QStringLiteral("456");
        c.timeoutMs = 1234;
        m_dialog->setConfig(c);
        QCOMPARE(edit("baseUrl")->text(), QStringLiteral("https://us-7.api.gong.io"));
        QVERIFY(child<QRadioButton>("authTokenRadio")->isChecked());
        QCOMPARE(edit("bearerToken")->text(), QStringLiteral("tok-prefilled"));
        QCOMPARE(edit("bearerToken")->echoMode(), QLineEdit::Password);
        QVERIFY(edit("bearerToken")->isEnabled());
        QVERIFY(!edit("accessKey")->isEnabled());
        QCOMPARE(edit("userId")->text(), QStringLiteral("123"));
        QCOMPARE(edit("workspaceId")->text(), QStringLiteral("456"));
        const GongConfig back = m_dialog->config();
        QCOMPARE(back.baseUrl, c.baseUrl);
        QCOMPARE(back.credentials, c.credentials);
        QCOMPARE(back.userId, c.userId);
        QCOMPARE(back.workspaceId, c.workspaceId);
        QCOMPARE(back.timeoutMs, 1234);

        GongConfig keyed = c;
        keyed.credentials = {QStringLiteral("AK"), QStringLiteral("SECRET"), {}};
        m_dialog->setConfig(keyed);
        QVERIFY(child<QRadioButton>("authKeyRadio")->isChecked());
        QCOMPARE(edit("accessKeySecret")->text(), QStringLiteral("SECRET"));
        QCOMPARE(edit("accessKeySecret")->echoMode(), QLineEdit::Password);
        QCOMPARE(m_dialog->config().credentials, keyed.credentials);
    }

    void cancelIgnoresALateAnswer()
    {
        fillForSandbox(false);
        m_server->setLatencyMs(300);
        click("findUser");
        QVERIFY(m_dialog->isBusy());
        m_dialog->reject();
        QVERIFY(!m_dialog->isBusy());
        QTest::qWait(600);
        QVERIFY(edit("userId")->text().isEmpty());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
