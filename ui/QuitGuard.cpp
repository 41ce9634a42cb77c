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
        emit waitingToQuit(tr("Quitting once %1 change%2 reached Gong…")
                               .arg(waiting)
                               .arg(waiting == 1 ? tr(" has") : tr("s have")));
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
                    tr("%1 change%2 not reached Gong yet.")
                        .arg(waiting)
                        .arg(waiting == 1 ? tr(" has") : tr("s have")),
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
