#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolBar;
class QVBoxLayout;

namespace engage {

class ActionRegistry;
class CallCard;
class CallSession;

// The window's page while calling: the progress line and the session's toolbar above, the call
// card, and beside it the company's outcomes with their keys and the note that goes with the
// next one. Every button is one of the registry's actions, so a click and a key do the same.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    SessionView(CallSession *session, ActionRegistry *registry, QWidget *parent = nullptr);

    CallCard *card() const { return m_card; }
    QLineEdit *noteField() const { return m_note; }
    QString progressText() const;
    // Shows the session's card, progress and outcomes again.
    void update();
    // N: the keyboard goes to the note; Return or Esc hands it back.
    void focusNote();
    void setDialStatus(const QString &text);

signals:
    // The rep left the note field (Return or Esc): the keys are the session's again.
    void noteDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOutcomes();

    CallSession *m_session;
    ActionRegistry *m_registry;
    QToolBar *m_toolBar;
    QLabel *m_progress;
    CallCard *m_card;
    QVBoxLayout *m_outcomeList;
    QLabel *m_outcomesNotice;
    QLineEdit *m_note;
    QStringList m_shownOutcomes;
};

} // namespace engage
