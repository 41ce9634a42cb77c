// Text from the CRM is data: markup shows literally everywhere the rep reads it, huge and
// right-to-left strings neither break the window nor the app, and hostile links never open.
#include "SandboxConfig.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/MainWindow.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"
#include "ui/UrlOpener.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace engage;

namespace {
const QString Bold = QStringLiteral("<b>Bold</b><img src=x>");
const QString Pwned = QStringLiteral("<h1>Pwned</h1>");
const QString SafeContactCrm = QStringLiteral("https://acme.my.salesforce.com/0035e00000QwErTAA1");
const QString SafeLinkedIn = QStringLiteral("https://www.linkedin.com/in/megan-foster-1a2b3");
const QString SafeOpportunityCrm =
    QStringLiteral("https://acme.my.salesforce.com/0065e00000AbCdEAA2");
const QString SafeAccountCrm = QStringLiteral("http://crm.example/accounts/0015e00000XyZaBAA3");

QList<Task> hostileTasks(const QDateTime &now)
{
    Task markup;
    markup.id = 101;
    markup.userId = DemoData::RepUserId;
    markup.status = TaskStatus::Open;
    markup.type = TaskType::Manual;
    markup.dueDate = now.addSecs(-3600);
    markup.title = Pwned;
    Contact c;
    c.firstName = Bold;
    c.companyName = QStringLiteral("<a href='javascript:alert(1)'>Acme</a>");
    c.crmUrl = QStringLiteral("javascript:alert(1)");
    c.linkedinProfile = QStringLiteral("file:///etc/passwd");
    c.title = QStringLiteral("<script>alert(1)</script>");
    c.phoneNumbers << PhoneNumber{QStringLiteral("javascript:alert(1)"), {}, {},
                                  QStringLiteral("javascript:alert(1)"), {}, {}};
    c.emails << QStringLiteral("victim@example.com?attach=/etc/passwd");
    markup.contact = c;
    markup.account = Account{
        {}, QStringLiteral("Acme"), QStringLiteral("javascript://evil.example/%0aalert(1)")};
    markup.opportunity = Opportunity{{},
                                     QStringLiteral("<i>Deal</i>"),
                                     QStringLiteral("data:text/html,<b>x</b>"),
                                     {},
                                     QStringLiteral("<u>Stage</u>"),
                                     QStringLiteral("<b>9</b>"),
                                     {},
                                     {}};

    Task huge = markup;
    huge.id = 102;
    huge.dueDate = now.addSecs(-1800);
    huge.title = QString(5000, QLatin1Char('W'));
    huge.contact->firstName = QString(QChar(0x202E)) +
                              QStringLiteral("evil RTL override 🙃📞 ") +
                              QString(300, QLatin1Char('y'));

    // The same places holding links that are fine to open.
    Task safe;
    safe.id = 103;
    safe.userId = DemoData::RepUserId;
    safe.status = TaskStatus::Open;
    safe.type = TaskType::Manual;
    safe.dueDate = now.addSecs(-600);
    safe.title = QStringLiteral("Call back");
    Contact megan;
    megan.firstName = QStringLiteral("Megan");
    megan.lastName = QStringLiteral("Foster");
    megan.crmUrl = SafeContactCrm;
    megan.linkedinProfile = SafeLinkedIn;
    megan.phoneNumbers << PhoneNumber{
        QStringLiteral("(415) 555-0100"), {}, 1, QStringLiteral("+14155550100"),
        QStringLiteral("work"),           {}};
    megan.emails << QStringLiteral("megan.foster@northwind.example");
    safe.contact = megan;
    safe.opportunity = Opportunity{
        {}, QStringLiteral("Northwind - Expansion"), SafeOpportunityCrm, {}, {}, {}, {}, {}};
    safe.account = Account{{}, QStringLiteral("Northwind Traders"), SafeAccountCrm};
    return {markup, huge, safe};
}

// Every button that opens a link from the task, as the panels name them.
const char *const LinkButtons[] = {"contactCrmButton", "linkedinButton",       "phoneButton",
                                   "emailButton",      "opportunityCrmButton", "accountCrmButton"};
} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void markupIsShownLiterallyAndLinksNeverOpen()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()));
        QTemporaryDir dir;
        SandboxServer server;
        server.setTasks(hostileTasks(clock.now()));
        QVERIFY(server.start());
        QNetworkAccessManager network;
        GongClient client(&network);
        client.setConfig(sandboxConfig(server));
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        SyncEngine sync(&client, &store, clock);
        TaskActions actions(&sync);
        MainWindow window(&sync, &actions, clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QList<QUrl> opened;
        UrlOpener::setHandler([&](const QUrl &url) {
            opened << url;
            return true;
        });
        sync.start();
        QAbstractItemModel *model = window.taskView()->model();
        QTRY_COMPARE(model->rowCount(), 3);

        // The list: the cells hold the characters; tooltips escape them.
        QCOMPARE(model->index(0, TaskListModel::ContactColumn).data().toString(), Bold);
        QCOMPARE(model->index(0, TaskListModel::WhatColumn).data().toString(), Pwned);
        const QString tip =
            model->index(0, TaskListModel::WhatColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;h1&gt;Pwned&lt;/h1&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(Pwned));

        // Every label in the window that shows a server string shows it as plain text.
        window.taskView()->setCurrentIndex(model->index(0, 0));
        int seen = 0;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->text().contains(QLatin1Char('<')))
                continue;
            ++seen;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
            QVERIFY2(label->toolTip().isEmpty() ||
                         !label->toolTip().contains(QStringLiteral("<b>Bold")),
                     qPrintable(label->toolTip()));
        }
        QVERIFY2(seen >= 3, qPrintable(QString::number(seen))); // name, title, task title at least
        const auto *name = window.findChild<QLabel *>(QStringLiteral("contactName"));
        QCOMPARE(name->text(), Bold);

        // Hostile links are not links: each one is shown as text, its button disabled and
        // hidden, and even a click that got through opens nothing.
        for (const char *link : LinkButtons) {
            const QList<QAbstractButton *> buttons =
                window.findChildren<QAbstractButton *>(QLatin1String(link));
            QVERIFY2(buttons.size() == 1, link);
            QAbstractButton *button = buttons.first();
            const auto *text =
                window.findChild<QLabel *>(QLatin1String(link) + QLatin1String("Text"));
            QTRY_VERIFY2(text && text->isVisible() && !text->text().isEmpty(), link);
            QVERIFY2(!button->isEnabled() && !button->isVisible(), link);
            emit button->clicked();
        }
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("contactCrmButtonText"))->text(),
                 QStringLiteral("javascript:alert(1)"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("linkedinButtonText"))->text(),
                 QStringLiteral("file:///etc/passwd"));
        // Nor does any other button of the window.
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && button->isEnabled() &&
                button->objectName().endsWith(QStringLiteral("Button")) &&
                !button->objectName().startsWith(QStringLiteral("copy")))
                button->click();
        }
        QCOMPARE(opened, QList<QUrl>());

        // Safe links are buttons the rep can click, and a click hands the opener exactly that
        // link: the CRM and LinkedIn pages, tel: for the phone, mailto: for the email.
        QCOMPARE(model->index(2, TaskListModel::ContactColumn).data().toString(),
                 QStringLiteral("Megan Foster"));
        window.taskView()->setCurrentIndex(model->index(2, 0));
        for (const char *link : LinkButtons) {
            auto *button = window.findChild<QAbstractButton *>(QLatin1String(link));
            // A panel's new phone and email rows are shown once the event loop runs.
            QTRY_VERIFY2(button && button->isVisible() && button->isEnabled(), link);
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QStringList openedText;
        for (const QUrl &url : std::as_const(opened))
            openedText << url.toString();
        QCOMPARE(openedText,
                 (QStringList{SafeContactCrm, SafeLinkedIn, QStringLiteral("tel:+14155550100"),
                              QStringLiteral("mailto:megan.foster@northwind.example"),
                              SafeOpportunityCrm, SafeAccountCrm}));
        opened.clear();
        QVERIFY(
            !UrlOpener::vet(QStringLiteral("javascript:alert(1)"), UrlOpener::Kind::Web).isValid());
        QVERIFY(
            !UrlOpener::vet(QStringLiteral("file:///etc/passwd"), UrlOpener::Kind::Web).isValid());
        QVERIFY(
            !UrlOpener::vet(QStringLiteral("data:text/html,x"), UrlOpener::Kind::Web).isValid());

        // 5,000 characters and an RTL override: the row stays one line, the window keeps its size.
        window.taskView()->setCurrentIndex(model->index(1, 0));
        QCOMPARE(model->index(1, TaskListModel::WhatColumn).data().toString().size(), 5000);
        const int rowHeight = window.taskView()->visualRect(model->index(1, 0)).height();
        QVERIFY(rowHeight < 40);
        QVERIFY(window.width() <= 1280);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("detailScroll"))->width() < 700);
        UrlOpener::setHandler({});
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
