#include "core/CallRecord.h"

#include <QStringList>

namespace engage {

QString CallRecord::seqsToText(const QList<qint64> &seqs)
{
    QStringList parts;
    parts.reserve(seqs.size());
    for (qint64 seq : seqs)
        parts.append(QString::number(seq));
    return parts.join(QLatin1Char(','));
}

QList<qint64> CallRecord::seqsFromText(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 seq = part.trimmed().toLongLong(&ok);
        if (ok && seq > 0)
            out.append(seq);
    }
    return out;
}

} // namespace engage
