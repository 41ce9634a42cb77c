#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// One step of an Engage flow, as POST /v2/flows/steps describes it (PublicApiFlowStep). Every
// field is optional on the wire: 0 or an empty string means "not sent".
struct FlowStepInfo {
    qint64 id = 0;     // a string on the wire; kept exact above 2^53
    int stepOrder = 0; // 1-based; a task's flow.step.stepNumber
    QString action;    // SEND_EMAIL, AUTO_SEND_EMAIL, CALL, LINKEDIN_CONNECT, LINKEDIN_MESSAGE,
                       // CUSTOM, or what Gong sent
    QString subject;   // an email step's subject
    QString body;      // the call script for CALL steps, the text for the others

    bool isCall() const { return action == QLatin1String("CALL"); }
    friend bool operator==(const FlowStepInfo &, const FlowStepInfo &) = default;
};

// A flow with its steps (PublicApiFlowWithSteps, the fields we use).
struct FlowInfo {
    qint64 id = 0;
    QString name;
    QString description;
    QList<FlowStepInfo> steps; // sorted by stepOrder, those without one last

    // The step a task is at: by the step's id when both have one, else by its number.
    std::optional<FlowStepInfo> step(qint64 stepId, qint64 stepNumber) const;
    // The first step after stepOrder, if any ("next: email").
    std::optional<FlowStepInfo> stepAfter(int stepOrder) const;
    friend bool operator==(const FlowInfo &, const FlowInfo &) = default;

    // Tolerant: a missing, null or wrong-typed field is "not sent"; unknown keys are ignored;
    // ids are read from strings or numbers, never through a double.
    static FlowInfo fromJson(const QJsonObject &object);
    static FlowStepInfo stepFromJson(const QJsonObject &object);
    // Gong's wire form (ids as strings), omitting what was not sent.
    QJsonObject toJson() const;
    static QJsonObject stepToJson(const FlowStepInfo &step);

    // Reads {requestId?, flows: [...]}: Gong's answer, and the cache's form. Flows without an id
    // (nothing to match a task to) are dropped. False, with *error a sentence for the rep, only
    // when the body is not a JSON object or has no flows array.
    static bool parseList(const QByteArray &body, QList<FlowInfo> *flows, QString *error);
    // {"flows": [...]}: what the sync layer caches; parseList reads it back.
    static QByteArray listToJson(const QList<FlowInfo> &flows);
};

} // namespace engage
