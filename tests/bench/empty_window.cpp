// The floor for bench_startup: an empty Qt Widgets window, shown and painted once. Speaks the
// same lines as the app's StartupProbe: "painted", then after the same settling time the peak
// resident set.
#include "PeakRss.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

class Probe : public QWidget
{
protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("painted\n");
            std::fflush(stdout);
            reportPeakRssAndQuitLater();
        }
        return QWidget::event(e);
    }

private:
    bool m_done = false;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Probe w;
    w.resize(1280, 780);
    w.show();
    return QApplication::exec();
}
