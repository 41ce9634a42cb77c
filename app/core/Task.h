#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

// Gong's ReminderDataDto and the objects nested in it. Every field is optional on the wire:
// an empty QString, an invalid QDateTime or an empty std::optional means "not sent".

enum class TaskStatus { Unknown, Open, Done, Dismissed };
enum class TaskType { Unknown, Flow, Manual };

QString statusToWire(TaskStatus status);
TaskStatus statusFromWire(const QString &wire);
QString typeToWire(TaskType type);
TaskType typeFromWire(const QString &wire);

struct Priority {
    qint64 id = 0;
    QString name;
    int weight = 0;
    friend bool operator==(const Priority &, const Priority &) = default;
};

struct Account {
    QString crmId;
    QString name;
    QString crmUrl;
    friend bool operator==(const Account &, const Account &) = default;
};

struct Opportunity {
    QString crmId;
    QString name;
    QString crmUrl;
    QString status;
    QString stage;
    QString amount; // strings on the wire, as Gong sends them
    QString probability;
    QString closeDate;
    friend bool operator==(const Opportunity &, const Opportunity &) = default;
};

struct FlowStep {
    qint64 id = 0;
    QString name;
    qint64 stepNumber = 0;
    friend bool operator==(const FlowStep &, const FlowStep &) = default;
};

struct Flow {
    qint64 id = 0;
    QString name;
    std::optional<FlowStep> step;
    friend bool operator==(const Flow &, const Flow &) = default;
};

struct PhoneNumber {
    QString raw;
    QString extension;
    std::optional<int> countryCode;
    QString normalized;
    QString label;
    std::optional<bool> isVerified;
    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
};

struct Contact {
    QString crmId;
    QString type; // CONTACT or LEAD
    QString firstName;
    QString lastName;
    QString crmUrl;
    QString companyName;
    QString affiliation; // Us, Them or Unknown
    QStringList emails;
    QString title;
    QString timezone; // IANA name such as US/Pacific
    QList<PhoneNumber> phoneNumbers;
    QString city;
    QString country;
    QString state;
    QString zipcode;
    QStringList optOutChannels; // CALLS, EMAILS, SMS_MESSAGES
    QString linkedinProfile;

    QString displayName() const;
    bool optedOutOfCalls() const { return optOutChannels.contains(QStringLiteral("CALLS")); }
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Task {
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime created;
    QDateTime updated;
    TaskStatus status = TaskStatus::Unknown;
    TaskType type = TaskType::Unknown;
    QStringList actions;
    QDateTime dueDate;
    QString title; // only on MANUAL tasks
    std::optional<Priority> priority;
    std::optional<Account> account;
    std::optional<Opportunity> opportunity;
    std::optional<Flow> flow;
    std::optional<Contact> contact;
    QList<Contact> additionalContacts;

    // What the rep is asked to do, in one line: a manual task's title or "Flow · step 3".
    QString whatToDo() const;
    friend bool operator==(const Task &, const Task &) = default;
};

} // namespace engage
