// FolderLock: one holder per file; the next takes it when the holder goes, however it goes; the
// file names its holder; a folder that cannot hold the file says so. Real files in a real
// temporary folder, and a real second process for the lock a dead holder leaves behind.
#include "app/FolderLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {
QByteArray firstLine(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
}
} // namespace

class TestFolderLock : public QObject
{
    Q_OBJECT
private slots:
    void oneHolderAtATime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage-tasks.lock"));
        auto first = std::make_unique<FolderLock>(path);
        QCOMPARE(first->tryLock(), FolderLock::Result::Locked);
        QCOMPARE(firstLine(path), QByteArray::number(QCoreApplication::applicationPid()));
        FolderLock second(path);
        QCOMPARE(second.tryLock(), FolderLock::Result::HeldByOther);
        // The holder goes: its file with it, and the next takes the name.
        first.reset();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(second.tryLock(), FolderLock::Result::Locked);
        QVERIFY(QFile::exists(path));
        FolderLock third(path);
        QCOMPARE(third.tryLock(), FolderLock::Result::HeldByOther);
    }

    void aKilledHoldersLockIsFreeAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage-tasks.lock"));
        // flock(1) holds the file (-o: it alone, not its sleeping child), as a running app would,
        // and is killed with no chance to clean up: the file stays, and is free at once.
        QProcess holder;
        holder.start(QStringLiteral("flock"),
                     {QStringLiteral("-o"), path, QStringLiteral("sleep"), QStringLiteral("10")});
        QVERIFY(holder.waitForStarted());
        const auto heldByAnother = [&path] {
            return QProcess::execute(QStringLiteral("flock"),
                                     {QStringLiteral("-n"), path, QStringLiteral("true")}) != 0;
        };
        QTRY_VERIFY(heldByAnother());
        FolderLock mine(path);
        QCOMPARE(mine.tryLock(), FolderLock::Result::HeldByOther);
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(path));
        QCOMPARE(mine.tryLock(), FolderLock::Result::Locked);
        QCOMPARE(firstLine(path), QByteArray::number(QCoreApplication::applicationPid()));
    }

    void aFolderThatCannotHoldTheFileFails()
    {
        QTemporaryDir dir;
        FolderLock missing(dir.filePath(QStringLiteral("no/such/folder/engage-tasks.lock")));
        QCOMPARE(missing.tryLock(), FolderLock::Result::Failed);
    }
};

QTEST_GUILESS_MAIN(TestFolderLock)
#include "tst_folderlock.moc"
