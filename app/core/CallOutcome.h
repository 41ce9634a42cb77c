#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>

namespace engage {

// One of the company's call outcomes, as GET /v2/call-outcomes describes it (CallOutcomeDto):
// what a rep picks at the end of a call, and what picking it does to the task. Every field is
// optional on the wire.
struct CallOutcome {
    enum class ConnectStatus { Unknown, Connected, NotConnected };
    // What happens to the call's to-do. An action Gong adds later that we do not know reads as
    // None: the task stays open, which never closes or removes anything by mistake.
    enum class TodoAction { None, Complete, CompleteAndRemove };
    static constexpr int NoDisplayOrder = std::numeric_limits<int>::max(); // not sent: last

    QString name; // callOutcome on the wire, e.g. "No answer"
    int displayOrder = NoDisplayOrder;
    ConnectStatus connectStatus = ConnectStatus::Unknown;
    TodoAction todoAction = TodoAction::None;
    bool markOptOut = false; // automation MARK_AS_OPT_OUT
    QString sentiment;       // POSITIVE, NEGATIVE, NEUTRAL, or what Gong sent
    QString category;        // ANSWERED, NOT_ANSWERED, or what Gong sent

    // The call reached the person: connectStatus says so, or, when Gong did not send it, the
    // category is ANSWERED.
    bool connected() const;
    friend bool operator==(const CallOutcome &, const CallOutcome &) = default;

    static QString connectStatusToWire(ConnectStatus status);
    static ConnectStatus connectStatusFromWire(const QString &wire);
    static QString todoActionToWire(TodoAction action);
    static TodoAction todoActionFromWire(const QString &wire);

    // Tolerant: a missing, null or wrong-typed field is "not sent"; unknown keys are ignored.
    static CallOutcome fromJson(const QJsonObject &object);
    // Gong's wire form, omitting what was not sent; fromJson(toJson()) gives the outcome back.
    QJsonObject toJson() const;

    // Reads {requestId?, outcomes: [...]}: Gong's answer, and the cache's form. Outcomes without
    // a name (nothing to show) are dropped; the rest come sorted by displayOrder, those without
    // one last, ties in the order sent. False, with *error a sentence for the rep, only when
    // the body is not a JSON object or has no outcomes array: an empty list then always means
    // Gong said "none".
    static bool parseList(const QByteArray &body, QList<CallOutcome> *outcomes, QString *error);
    // {"outcomes": [...]}: what the sync layer caches; parseList reads it back.
    static QByteArray listToJson(const QList<CallOutcome> &outcomes);

    // Gong's default outcomes (help.gong.io, "Configure call outcomes for the Gong dialer"), in
    // Gong's order, for a key without api:call-outcomes:read or a first start offline. The
    // reason for each one's to-do action is beside it in CallOutcome.cpp.
    static QList<CallOutcome> gongDefaults();
};

} // namespace engage
