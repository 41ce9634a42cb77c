#include "ui/QuitGuard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace engage {

QuitGuard::QuitGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

bool QuitGuard::mayClose(int waiting)
{
    if (waiting == 0 || m_quitWhenSent)
        return true;
    const Choice choice = m_asker ? m_asker(waiting) : ask(waiting);
    if (choice == Choice::WaitThenQuit) {
        // The window closes by itself once Gong has everything (see waitingChanged).
        m_quitWhenSent = true;
        emit waitingToQuit(tr("Quitting once %n change(s) have reached Gong…", nullptr, waiting));
    }
    return choice == Choice::QuitNow;
}

void QuitGuard::waitingChanged(int waiting)
{
    if (m_quitWhenSent && waiting == 0)
        QTimer::singleShot(0, m_window, &QWidget::close);
}

QuitGuard::Choice QuitGuard::ask(int waiting)
{
    QMessageBox box(QMessageBox::Question, tr("Changes not yet in Gong"),
                    tr("%n change(s) have not reached Gong yet.", nullptr, waiting),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("They are saved on this computer either way, and are sent "
                              "the next time Engage Tasks starts."));
    QPushButton *wait = box.addButton(tr("Wait, Then Quit"), QMessageBox::AcceptRole);
    QPushButton *now = box.addButton(tr("Quit Now"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(wait);
    box.exec();
    if (box.clickedButton() == wait)
        return Choice::WaitThenQuit;
    if (box.clickedButton() == now)
        return Choice::QuitNow;
    return Choice::Cancel;
}

} // namespace engage
