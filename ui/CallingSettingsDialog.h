#pragma once

#include "core/CallSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace engage {

class WeekdayPicker;

// Settings › Calling: when contacts may be called (opens, closes, the days, what to do for a
// contact without a time zone), when an outcome that keeps a task open brings it back, and how
// a number is dialled, the company's flow to-do expiry and whether an outcome goes on the
// contact's other open tasks too, with a live preview of what an example number becomes. OK stays
// off, with a plain line saying why, while the hours would not open before they close, no day is
// chosen, or the Command method has no usable command. The caller saves settings() with
// CallSettings::write.
class CallingSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CallingSettingsDialog(const CallSettings &current, QWidget *parent = nullptr);

    // What the fields say now, trimmed; an empty label preference is the default order.
    CallSettings settings() const;
    // Why OK is off; empty when the settings can be saved.
    QString problem() const;

    // The number the preview dials: +1 415 555 0100, extension 12.
    static PhoneNumber exampleNumber();
    // What the dial settings make of a number: a link, or the command's arguments with the
    // ones that hold spaces in double quotes; empty when nothing would be dialled.
    static QString dialText(const DialSettings &dial, const PhoneNumber &phone);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void setFields(const CallSettings &settings);
    // The fields that depend on others, the preview, and whether OK may be pressed.
    void followFields();

    QTimeEdit *m_opens = nullptr;
    QTimeEdit *m_closes = nullptr;
    WeekdayPicker *m_days = nullptr;
    QComboBox *m_withoutZone = nullptr;
    QSpinBox *m_retryMinutes = nullptr;
    QLabel *m_retryMinutesHint = nullptr;
    QSpinBox *m_retryDays = nullptr;
    QSpinBox *m_expiryDays = nullptr;     // calling/flowExpiryDays
    QComboBox *m_outcomeForAll = nullptr; // calling/outcomeForAllTasks
    QComboBox *m_method = nullptr;
    QLineEdit *m_sipHost = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_labelOrder = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engage
