#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace engage {

// Comma-separated values as RFC 4180 writes them, in UTF-8 (no byte-order mark: the RFC has
// none, and a tool that reads the header literally would see it): a field is quoted when it
// holds a comma, a quote, CR or LF, with its quotes doubled; every line ends in CRLF.
//
// A spreadsheet runs a cell that starts with = + - @ as a formula (or, after a tab or CR, may),
// so a rep's note reading "=HYPERLINK(…)" or "-2+3" would run on the manager's machine. Such a
// field gets a leading apostrophe, which spreadsheets take as "text" and hide (OWASP's advice).
// Two cases keep their '-': a plain negative number ("-12", "-3.5") and "-" alone, which no
// spreadsheet reads as a formula and which a log column may well hold. Other tools show the
// apostrophe: a visible mark is the price of a safe file.
class CsvWriter
{
public:
    // One line, CRLF included.
    static QByteArray row(const QStringList &fields);
    // The header line, then each row's.
    static QByteArray table(const QStringList &header, const QList<QStringList> &rows);
    // The field as it goes in the file: neutralised, then quoted when it must be.
    static QString field(const QString &value);
};

} // namespace engage
