#include "tests/app/StartupProbe.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcProbe, "engage.startup.probe", QtWarningMsg)

namespace engage {

StartupProbe::StartupProbe(QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport() &&
        m_view->model()->rowCount() > 0) {
        watched->removeEventFilter(this);
        qCDebug(lcProbe) << "first paint";
        std::printf("painted %d\n", m_view->model()->rowCount());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace engage
