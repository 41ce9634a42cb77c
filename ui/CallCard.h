#pragma once

#include "ui/CallCardData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QPlainTextEdit;

namespace engage {

// The session's view of one call: who (large), their local time and whether it is a good time,
// the number C dials (large, monospaced) and the others, an opt-out in red, the flow step with
// its call script, the opportunity, and the last outcomes logged for the contact. Everything
// from the server is shown as plain text, never as markup.
class CallCard : public QWidget
{
    Q_OBJECT
public:
    explicit CallCard(QWidget *parent = nullptr);

    void setCall(const CallCardData &data);
    const CallCardData &data() const { return m_data; }
    // The line under the number: what the last dial did ("Dialling …", "… on the clipboard").
    void setDialStatus(const QString &text);
    QString dialStatus() const;

private:
    QLabel *label(const char *objectName, qreal scale = 1.0, bool bold = false);
    QLabel *caption(const QString &text);
    // The good-time and opt-out tones from Theme::colors(); again when the palette changes.
    void applyColors();

    CallCardData m_data;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_localTime;
    QLabel *m_due;
    QLabel *m_number;
    QLabel *m_numberDetail;
    QLabel *m_otherNumbers;
    QLabel *m_optOut;
    QPushButton *m_crmLink; // where an opt-out is set for good
    QLabel *m_dialStatus;
    QLabel *m_flow;
    QPlainTextEdit *m_script;
    QLabel *m_scriptNote;
    QLabel *m_opportunity;
    QLabel *m_lastOutcomes;
    QLabel *m_alsoFor; // the contact's other open tasks
};

} // namespace engage
