#pragma once

// A dial command that writes the number it was given into a file, so a test sees what the
// rep's desktop would have dialled (tst_session, tst_trayicon, tst_notifications).
#include "core/CallSettings.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

struct DialLog {
    QString path;

    explicit DialLog(const QDir &dir = QDir())
        : path(dir.filePath(QStringLiteral("dialled.txt")))
    {}

    // Calling settings whose Command method appends each dialled number to the file.
    engage::CallSettings settings() const
    {
        engage::CallSettings call;
        call.dial.method = engage::DialSettings::Method::Command;
        call.dial.commandTemplate = QStringLiteral("sh -c \"echo $0 >> %1\" {number}").arg(path);
        return call;
    }

    QStringList dialled() const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};
