#include "app/StartupWarmup.h"

#include <QFontDatabase>
#include <QImageReader>
#include <QSqlDatabase>
#include <QStringList>

namespace engage {

namespace {
void warmUp()
{
    // In the order the UI thread needs them: the store opens first, then the toolbar's icons
    // load, then the list measures its text.
    {
        const QString name = QStringLiteral("engage-warmup");
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QSqlDatabase::removeDatabase(name);
    }
    QImageReader(QStringLiteral(":/icons/16/io.github.engagetasks.EngageTasks.png")).read();
    QFontDatabase::families();
}
} // namespace

StartupWarmup::StartupWarmup()
    : m_thread(warmUp)
{}

StartupWarmup::~StartupWarmup()
{
    m_thread.join();
}

} // namespace engage
