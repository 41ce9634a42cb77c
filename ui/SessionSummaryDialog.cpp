#include "ui/SessionSummaryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

SessionSummaryDialog::SessionSummaryDialog(const CallSession::Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("sessionSummary"));
    setWindowTitle(tr("Session summary"));
    auto *heading = new QLabel(summary.skipped == 0 && summary.calls > 0
                                   ? tr("Every call of the session has an outcome.")
                                   : tr("The session ended."));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    m_text->setObjectName(QStringLiteral("summary.text"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(lines(summary).join(QLatin1Char('\n')));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *log = buttons->addButton(tr("Today's &Calls…"), QDialogButtonBox::ActionRole);
    connect(log, &QPushButton::clicked, this, &SessionSummaryDialog::dayLogRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QStringList SessionSummaryDialog::lines(const CallSession::Summary &s)
{
    QStringList out;
    out << tr("Calls: %1 of %2 · connected: %3").arg(s.calls).arg(s.total).arg(s.connected);
    for (const auto &[name, count] : s.perOutcome)
        if (count > 0)
            out << QStringLiteral("    %1: %2").arg(name).arg(count);
    out << tr("Done: %1 · rescheduled: %2 · dismissed: %3")
               .arg(s.done)
               .arg(s.rescheduled)
               .arg(s.dismissed);
    if (s.skipped > 0)
        out << tr("Left without an outcome: %1 (press S to go on)").arg(s.skipped);
    out << tr("Time: %1 · per call: %2")
               .arg(SessionQueue::formatDuration(s.elapsedMs),
                    s.calls == 0 ? tr("–")
                                 : tr("%1 min %2 s")
                                       .arg(s.msPerCall() / 60000)
                                       .arg((s.msPerCall() / 1000) % 60));
    return out;
}

QString SessionSummaryDialog::text() const
{
    return m_text->text();
}

} // namespace engage
