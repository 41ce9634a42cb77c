#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace engage {

// One logged call outcome: what the rep picked, and what it sent.
struct CallRecord {
    qint64 id = 0; // the store's row; 0 until recorded
    QDateTime at;  // UTC
    qint64 taskId = 0;
    QString contactName, company, contactCrmId;
    QString outcome; // the outcome's name, "No answer"
    bool connected = false;
    QString note;
    QString flowName;
    qint64 stepNumber = 0;
    QString stepName;
    // What it did, for people: "Marked done · removed from flow Renewal outreach",
    // "Due Wed 2 Dec 14:00 (contact's time)".
    QString sent;
    QList<qint64> seqs; // the journal changes it made
    bool undone = false;

    // The store keeps seqs as "12,13": digits and commas only. Anything else in the text is
    // skipped, so a damaged value loses only the numbers it garbled.
    static QString seqsToText(const QList<qint64> &seqs);
    static QList<qint64> seqsFromText(const QString &text);
    friend bool operator==(const CallRecord &, const CallRecord &) = default;
};

} // namespace engage
