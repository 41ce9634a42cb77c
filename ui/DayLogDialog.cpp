#include "ui/DayLogDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engage {

DayLogDialog::DayLogDialog(const QList<DayLogRow> &rows, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(rows.size()), 7))
    , m_totals(new QLabel)
{
    setObjectName(QStringLiteral("dayLog"));
    setWindowTitle(tr("Today's calls and changes"));
    m_table->setObjectName(QStringLiteral("dayLog.table"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Contact"), tr("Company"), tr("Outcome"),
                                        tr("Note"), tr("Sent"), tr("Gong")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Today's calls and changes"));
    for (int r = 0; r < rows.size(); ++r) {
        const DayLogRow &row = rows.at(r);
        const QStringList cells{
            QLocale().toString(row.at.toTimeZone(zone).time(), QStringLiteral("HH:mm")),
            row.contact,
            row.company,
            row.outcome,
            row.note,
            row.sent,
            row.confirmation};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_totals->setObjectName(QStringLiteral("dayLog.totals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setText(totalsLine(rows));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("dayLog.export"));
    connect(exportButton, &QPushButton::clicked, this, &DayLogDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(1100, 520);
}

QString DayLogDialog::totalsText() const
{
    return m_totals->text();
}

QString DayLogDialog::totalsLine(const QList<DayLogRow> &rows)
{
    const DayLog::Totals t = DayLog::totals(rows);
    QStringList perOutcome;
    for (auto it = t.perOutcome.cbegin(); it != t.perOutcome.cend(); ++it)
        perOutcome << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    // The calls' own changes are counted by their outcomes; these are the changes made outside
    // a call.
    QString line = tr("%1 calls, %2 connected · outside calls: done %3, rescheduled %4, "
                      "dismissed %5")
                       .arg(t.calls)
                       .arg(t.connected)
                       .arg(t.done)
                       .arg(t.rescheduled)
                       .arg(t.dismissed);
    if (!perOutcome.isEmpty())
        line += QStringLiteral(" · ") + perOutcome.join(QStringLiteral(", "));
    return line;
}

bool DayLogDialog::writeCsv(const QString &path, const QList<DayLogRow> &rows,
                            const QTimeZone &zone, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DayLog::toCsv(rows, zone)) < 0 ||
        !file.commit()) {
        *error = tr("The day log could not be written to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace engage
