#pragma once

#include "core/Clock.h"
#include "core/Task.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QCalendarWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;

namespace engage {

// Pick a new due date for one task: a field that reads a date typed in words (DatePhrase; it has
// the focus), a calendar and a time in the rep's zone or the contact's, four presets on the keys
// 1-4 (a lone 1-4 in the field too), a preview in both zones. Return applies, Esc cancels; a time
// in the past or words the field cannot read cannot be applied.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    RescheduleDialog(const Clock &clock, const Task &task, QWidget *parent = nullptr);

    // The instant picked, in UTC; what to send as dueDate once exec() returned Accepted.
    QDateTime chosenUtc() const;

    // Fill the editors with preset 1-4 (ReschedulePresets), as the keys 1-4 do; empties the field.
    void pickPreset(int preset);
    // Whether the editors are read in the contact's zone; false without a valid contact zone.
    bool usesContactZone() const;
    bool hasContactZone() const { return m_contactZone.isValid(); }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimeZone editZone() const;
    void setChosen(const QDateTime &when);
    void showChosenInEditors();
    void onEditorsChanged();
    void onZoneToggled();
    void onPhraseEdited();
    void readPhrase();
    void applyPreset(int preset);
    void clearPhrase();
    void refresh();
    void markDueDate();
    QString dayAndTime(const QDateTime &when, const QTimeZone &zone) const;

    const Clock &m_clock;
    Task m_task;
    QTimeZone m_contactZone;
    QDateTime m_chosen; // UTC; the editors show it in editZone()
    QString m_contactFirstName;
    QDate m_markedDueDate; // underlined on the calendar: the due day in editZone()

    QString m_phraseProblem;     // why the field's words cannot be applied; empty when they can
    bool m_phraseRolled = false; // the field's time alone had passed today: tomorrow

    QLabel *m_nowDue = nullptr;
    QLineEdit *m_phrase = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QRadioButton *m_zoneYours = nullptr;
    QRadioButton *m_zoneContact = nullptr;
    QList<QPushButton *> m_presets;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engage
