#pragma once

#include "ui/CallSession.h"

#include <QDialog>

class QLabel;

namespace engage {

// What a session did, when it ends: calls, connected, each outcome's count, what became of the
// tasks, and the time per call.
class SessionSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SessionSummaryDialog(const CallSession::Summary &summary, QWidget *parent = nullptr);

    // The summary as lines of text ("Calls: 10"), as the dialog shows them.
    static QStringList lines(const CallSession::Summary &summary);
    QString text() const;

signals:
    void dayLogRequested();

private:
    QLabel *m_text;
};

} // namespace engage
