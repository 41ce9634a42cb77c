#pragma once

#include "sync/DayLog.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QTableWidget;

namespace engage {

// Today's ledger for the rep: every outcome and change, with what was sent and whether Gong
// confirmed it, and the day's totals; Export writes the same rows as CSV.
class DayLogDialog : public QDialog
{
    Q_OBJECT
public:
    DayLogDialog(const QList<DayLogRow> &rows, const QTimeZone &zone, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString totalsText() const;
    // The rows as CSV in `path`, written whole or not at all; false with *error in words.
    static bool writeCsv(const QString &path, const QList<DayLogRow> &rows, const QTimeZone &zone,
                         QString *error);
    static QString totalsLine(const QList<DayLogRow> &rows);

signals:
    void exportRequested();

private:
    QTableWidget *m_table;
    QLabel *m_totals;
};

} // namespace engage
