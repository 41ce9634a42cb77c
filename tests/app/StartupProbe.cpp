#include "tests/app/StartupProbe.h"

#include "core/SharedTask.h"
#include "tests/bench/PeakRss.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcProbe, "engage.startup.probe", QtWarningMsg)

namespace engage {

StartupProbe::StartupProbe(QAbstractItemView *view, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
    // finished() comes when the reply's last byte is in: the first task list's starts the clock.
    connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (!m_sinceLastByte.isValid() &&
            reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() ==
                "POST" &&
            reply->url().path().endsWith(QLatin1String("/v2/tasks")) &&
            reply->error() == QNetworkReply::NoError) {
            m_sinceLastByte.start();
            qCDebug(lcProbe) << "task list's last byte";
        }
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport() &&
        m_view->model()->rowCount() > 0) {
        watched->removeEventFilter(this);
        qCDebug(lcProbe) << "first paint," << SharedTask::decodedCount() << "cached tasks decoded";
        std::printf("painted %d\n", m_view->model()->rowCount());
        if (m_sinceLastByte.isValid())
            std::printf("after-last-byte-ms %.1f\n", m_sinceLastByte.nsecsElapsed() / 1e6);
        std::fflush(stdout);
        reportPeakRssAndQuitLater();
        // Just before that report: how many tasks were decoded since, where the memory went.
        const int settleMs = qEnvironmentVariableIsSet("ENGAGE_STARTUP_PROBE_SETTLE_MS")
                                 ? qEnvironmentVariableIntValue("ENGAGE_STARTUP_PROBE_SETTLE_MS")
                                 : 1500;
        QTimer::singleShot(std::max(0, settleMs - 1), this, [] {
            qCDebug(lcProbe) << "settled," << SharedTask::decodedCount() << "cached tasks decoded";
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace engage
