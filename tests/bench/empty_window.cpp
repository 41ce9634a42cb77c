// The floor for bench_startup: an empty Qt Widgets window, shown and painted once.
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
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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
