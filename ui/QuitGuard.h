#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace engage {

// Quitting with changes not yet in Gong: the rep is asked (wait, quit now, or cancel) and,
// after "wait", the window closes by itself once Gong has everything. They are saved on this
// computer either way.
class QuitGuard : public QObject
{
    Q_OBJECT
public:
    enum class Choice { WaitThenQuit, QuitNow, Cancel };
    // The default asks with a message box; tests answer through this seam.
    using Asker = std::function<Choice(int waiting)>;

    explicit QuitGuard(QWidget *window);
    void setAsker(Asker asker) { m_asker = std::move(asker); }

    // Whether the window may close now, with `waiting` changes not yet in Gong.
    bool mayClose(int waiting);
    // The rep chose "wait, then quit": the window closes once Gong has everything.
    bool isWaitingToQuit() const { return m_quitWhenSent; }
    // Called whenever the count may have changed: after "wait", the window closes at 0.
    void waitingChanged(int waiting);

signals:
    // The window waits for Gong before it closes; the text says so.
    void waitingToQuit(const QString &notice);

private:
    Choice ask(int waiting);

    QWidget *m_window;
    Asker m_asker;
    bool m_quitWhenSent = false;
};

} // namespace engage
