#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;
class QNetworkAccessManager;

namespace engage {

// For the start-up benchmark (test-only binary engage-tasks-test, never installed). At the
// list's first paint with rows in it, prints "painted N"; if Gong's task list came over the
// network before it, also "after-last-byte-ms T" (from the answer's last byte to that paint).
// Then it lets the app settle for a while (the cache write, the first refresh's retries), prints
// "peak-rss-kib K" and quits.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QAbstractItemView *view, QNetworkAccessManager *network,
                 QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceLastByte;
};

} // namespace engage
