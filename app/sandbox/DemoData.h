#pragma once

#include "core/Task.h"

#include <QTimeZone>

namespace engage {

// A user as GET /v2/users lists them (UserMetadata, the fields we use).
struct SandboxUser {
    QString id; // a string of up to 20 digits, as Gong sends it
    QString emailAddress;
    QStringList emailAliases;
    QString firstName;
    QString lastName;
    QString title;
    bool active = true;
};

// A flow as the demo's tasks name it: its id and name, and the CALL steps its tasks are at
// (flow.step of each task: id, name, stepNumber).
struct DemoFlow {
    qint64 id = 0;
    QString name;
    QList<FlowStep> callSteps;
};

// Seeded, deterministic demo data. Due dates are relative to `now` in `zone`, so the demo always
// looks current: the same `now` gives the same tasks, byte for byte.
class DemoData
{
public:
    // The rep whose tasks the demo shows.
    static constexpr qint64 RepUserId = 234599484848423;
    static QString repEmail() { return QStringLiteral("alex.rivera@acme-demo.example"); }

    // A colleague with a queue of their own, for File › Cover a Teammate. Listed by users() (last)
    // but not seeded by SandboxServer::seedDemoData: their tasks are teammateTasks().
    static constexpr qint64 TeammateUserId = 234599484848777;
    static QString teammateEmail() { return QStringLiteral("morgan.whitfield@acme-demo.example"); }
    static SandboxUser teammate();
    // Six open CALL tasks of the teammate's (some of the rep's contacts, ids of their own).
    static QList<Task> teammateTasks(const QDateTime &now, const QTimeZone &zone);

    // About 40 open CALL tasks for RepUserId: overdue, today, this week and later; FLOW and
    // MANUAL; contacts in several time zones and countries with phones and emails; flows with
    // named steps; opportunities and accounts; some additional contacts; exactly one contact
    // opted out of calls.
    static QList<Task> tasks(const QDateTime &now, const QTimeZone &zone);
    // A longer list: those tasks, then copies of them with ids of their own, `count` in all.
    // For the durability test and the benchmarks, which set due dates as they need.
    static QList<Task> tasks(const QDateTime &now, const QTimeZone &zone, int count);

    // The flows the tasks are in, with the call steps they are at, in a fixed order.
    static QList<DemoFlow> flows();

    // The company's users: the rep plus colleagues, enough for several pages of GET /v2/users;
    // the teammate() last.
    static QList<SandboxUser> users();
};

} // namespace engage
