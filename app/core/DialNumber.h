#pragma once

#include "core/Task.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

// One of a contact's phone numbers as it will be dialled: the number in E.164 ("+14155550100")
// where the task lets us build it, the extension kept apart, and the links and commands that
// hand it to a dialer. What comes from the server is never dialled as it stands: only digits
// (and the leading +) ever reach a link or a command.
//
// The number: `normalized` when it is E.164; else `raw` with its formatting stripped, read as
// international when it starts with + (or 00 followed by countryCode), else as national with
// `countryCode` in front (its trunk prefix dropped: 0, or 1 in NANP, 8 in Russia; Italy keeps
// its 0). Without a country code a national number is dialled as it is (isE164() false). A raw
// number holding anything but digits, spaces, ( ) - . / and an extension ("x12", "ext. 12",
// ";ext=12") is not dialled at all: "1-800-FLOWERS", "$(rm -rf /)".
//
// The order (ordered(), choose()): dialable numbers first; of those, verified ones first
// (isVerified true; false and unknown count the same); then by label, in labelOrder, with labels
// not in it after those and unlabelled numbers last; then as the contact lists them.
// The default label order is mobile, direct, work: a mobile or a direct line rings the person,
// a work number is often a switchboard (Gong sends "work" with the extension beside it), and
// call-sessions.md (§5, "Callable now") asks to prefer verified or labelled numbers.
class DialNumber
{
public:
    enum class Scheme { Tel, CallTo, Sip };

    DialNumber() = default;
    explicit DialNumber(const PhoneNumber &phone);

    static QStringList defaultLabelOrder();
    // All of the contact's numbers, the one to dial first. Labels compare case-insensitively.
    static QList<DialNumber> ordered(const QList<PhoneNumber> &phones,
                                     const QStringList &labelOrder = defaultLabelOrder());
    // The first dialable number of ordered(); nothing when none is dialable.
    static std::optional<DialNumber> choose(const QList<PhoneNumber> &phones,
                                            const QStringList &labelOrder = defaultLabelOrder());

    bool isDialable() const { return !m_number.isEmpty(); }
    bool isE164() const { return m_number.startsWith(QLatin1Char('+')); }
    // "+14155550100", a national "02079460958" without a country, or empty when not dialable.
    QString number() const { return m_number; }
    // Digits only, or empty. An extension field that is not one ("12; rm") is dropped.
    QString extension() const { return m_extension; }
    QString label() const { return m_phone.label; }
    bool isVerified() const { return m_phone.isVerified.value_or(false); }
    const PhoneNumber &phone() const { return m_phone; }

    // What the card shows: "+14155550100 ext. 12"; the raw text when not dialable.
    QString displayText() const;

    // A link for the desktop's handler; empty when not dialable.
    //   Tel:    RFC 3966, "tel:+14155550100;ext=12" (a national number: "tel:02079460958").
    //   CallTo: "callto:+14155550100" (no extension syntax: dial it by hand).
    //   Sip:    "sip:+14155550100;ext=12@pbx.example.com;user=phone" with a host (RFC 3261
    //           §19.1.6); without one (or with one that is not a host[:port]),
    //           "sip:+14155550100" for the softphone's own proxy, without the extension.
    QString dialUri(Scheme scheme, const QString &sipHost = {}) const;

    // The argv of a dial command such as `linphonec -c "call {number}"`: {number} and
    // {extension} expanded (see expandCommand). When no argument names {number}, the number is
    // appended as the last one. Empty when not dialable or the template is empty or names a
    // placeholder in the program itself.
    QStringList commandFor(const QString &commandTemplate) const;

    // Splits the template into arguments first (QProcess::splitCommand: spaces separate, double
    // quotes group, """ is a literal quote), then replaces each {name} of values inside each
    // argument, in one pass: a value never splits into more arguments, never adds one, and is
    // never expanded again. The program (the first argument) is never expanded: an empty list
    // when it holds a placeholder. Unknown {names} stay as they are.
    static QStringList expandCommand(const QString &commandTemplate,
                                     const QHash<QString, QString> &values);

private:
    PhoneNumber m_phone;
    QString m_number;
    QString m_extension;
};

} // namespace engage
