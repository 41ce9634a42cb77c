#pragma once

#include "core/Clock.h"
#include "core/Task.h"
#include "ui/DetailForm.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace engage {

class EmailLines;
class PhoneLines;
class SameContactList;

// Who the rep is about to call: the task's contact with click-to-call numbers, emails, their
// local time and where they are, a warning when they opted out of calls, and the task's other
// contacts, each a click away.
class ContactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPanel(const Clock &clock, QWidget *parent = nullptr);

    // Shows the task's contact and lists its additional contacts; nullopt shows an empty state.
    void setTask(const std::optional<Task> &task);
    // Shows another contact, such as one of the task's additional contacts; while it differs
    // from the task's contact the panel offers a way back.
    void setContact(const Contact &contact);
    // The contact on show, if any.
    const std::optional<Contact> &contact() const { return m_contact; }

    // The contact's other open tasks, below the contact (SameContact::line each).
    SameContactList *sameContactList() const { return m_sameContact; }

    QSize minimumSizeHint() const override;

private:
    void showEmpty(const QString &text);
    void showContact(const Contact &contact);
    void fillPhones(const Contact &contact);
    void fillEmails(const Contact &contact);
    void fillOthers();
    void updateOthers();
    void updateLocalTime();
    void applyColors();

    const Clock &m_clock;
    std::optional<Task> m_task;
    std::optional<Contact> m_contact;

    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_details;
    DetailForm::LinkButton *m_back;
    QLabel *m_name;
    QLabel *m_optOut;
    QLabel *m_optOutNote;
    DetailForm *m_form;
    QLabel *m_title;
    QLabel *m_company;
    PhoneLines *m_phones;
    EmailLines *m_emails;
    QLabel *m_localTime;
    QLabel *m_location;
    QLabel *m_affiliation;
    QLabel *m_type;
    DetailForm::Link m_linkedin;
    DetailForm::Link m_crm;
    QWidget *m_others;
    QVBoxLayout *m_otherList;
    QTimer *m_tick;
    SameContactList *m_sameContact;
};

} // namespace engage
