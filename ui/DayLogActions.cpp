#include "ui/DayLogActions.h"

#include "sync/SyncEngine.h"
#include "ui/DayLogDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace engage {

DayLogActions::DayLogActions(SyncEngine *sync, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_clock(clock)
    , m_window(window)
    , m_askPath([this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export day log"), suggested,
                                            tr("CSV files (*.csv)"));
    })
{}

QList<DayLogRow> DayLogActions::todaysRows() const
{
    const QTimeZone zone = m_clock.timeZone();
    const auto taskOf = [this](qint64 id) { return m_sync->task(id); };
    return DayLog::rows(
        *m_sync->store(), m_clock.now().toTimeZone(zone).date(), zone,
        [taskOf](qint64 id) {
            const std::optional<Task> t = taskOf(id);
            return t && t->contact ? t->contact->displayName() : QString();
        },
        [taskOf](qint64 id) {
            const std::optional<Task> t = taskOf(id);
            if (!t)
                return QString();
            if (t->contact && !t->contact->companyName.isEmpty())
                return t->contact->companyName;
            return t->account ? t->account->name : QString();
        });
}

void DayLogActions::openDialog()
{
    auto *dialog = new DayLogDialog(todaysRows(), m_clock.timeZone(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DayLogDialog::exportRequested, this, &DayLogActions::exportCsv);
    dialog->open();
}

void DayLogActions::exportCsv()
{
    const QString day = m_clock.now().toTimeZone(m_clock.timeZone()).date().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        m_askPath(QDir(folder).filePath(QStringLiteral("engage-day-log-%1.csv").arg(day)));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        emit notice(tr("Day log saved to %1").arg(QDir::toNativeSeparators(path)), false);
    else
        emit failed(error);
}

bool DayLogActions::exportTo(const QString &path, QString *error) const
{
    return DayLogDialog::writeCsv(path, todaysRows(), m_clock.timeZone(), error);
}

} // namespace engage
