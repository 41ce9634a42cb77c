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
    markup.contact = c;
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
    return {markup, huge};
}
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
        QTRY_COMPARE(model->rowCount(), 2);

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

        // No button of the window reaches the opener with a hostile scheme.
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && button->isEnabled() &&
                button->objectName().endsWith(QStringLiteral("Button")) &&
                !button->objectName().startsWith(QStringLiteral("copy")))
                button->click();
        }
        for (const QUrl &url : std::as_const(opened))
            QVERIFY2(
                url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ||
                    url.scheme() == QLatin1String("tel") || url.scheme() == QLatin1String("mailto"),
                qPrintable(url.toString()));
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
