// The first window against the sandbox: it lists the rep's tasks, most overdue first.
#include "DemoData.h"
#include "GongClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SyncEngine.h"
#include "TaskFilterProxy.h"
#include "TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTreeView>

using namespace engage;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()};

private slots:
    void listsTheDemoTasksMostOverdueFirst()
    {
        ManualClock clock(m_now, QTimeZone("Europe/Berlin"));
        SandboxServer server;
        server.seedDemoData(clock.now(), clock.timeZone());
        QVERIFY(server.start());
        QNetworkAccessManager network;
        GongClient client(&network);
        GongConfig c;
        c.baseUrl = server.baseUrl();
        c.credentials = {SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
        c.userId = QString::number(DemoData::RepUserId);
        client.setConfig(c);
        SyncEngine sync(&client);
        MainWindow window(&sync, clock);
        QAbstractItemModelTester modelTester(window.taskModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        sync.refresh();
        QTRY_COMPARE(window.taskView()->model()->rowCount(), static_cast<int>(server.tasks().size()));

        QAbstractItemModel *model = window.taskView()->model();
        const QString first = model->index(0, TaskListModel::DueColumn).data().toString();
        QVERIFY2(first.startsWith(QStringLiteral("Overdue")), qPrintable(first));
        QDateTime previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDateTime due = model->index(row, 0).data(TaskListModel::DueRole).toDateTime();
            if (!due.isValid())
                continue;
            QVERIFY(!previous.isValid() || previous <= due);
            previous = due;
            QVERIFY(!model->index(row, TaskListModel::ContactColumn).data().toString().isEmpty());
        }
        QVERIFY(window.errorBar()->isHidden());
    }

    void refreshFailureShowsTheErrorBar()
    {
        ManualClock clock(m_now);
        SandboxServer server;
        QVERIFY(server.start());
        server.enqueueError(403, QStringLiteral("Access denied"));
        QNetworkAccessManager network;
        GongClient client(&network);
        GongConfig c;
        c.baseUrl = server.baseUrl();
        c.credentials = {SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
        c.userId = QString::number(DemoData::RepUserId);
        client.setConfig(c);
        SyncEngine sync(&client);
        MainWindow window(&sync, clock);
        window.show();
        sync.refresh();
        QTRY_VERIFY(window.errorBar()->isVisible());
        QVERIFY(window.errorBar()->text().contains(QStringLiteral("Access denied")));
        QVERIFY(window.errorBar()->text().contains(QStringLiteral("Gong request ID")));
        QCOMPARE(window.errorBar()->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
