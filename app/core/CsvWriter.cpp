#include "core/CsvWriter.h"

#include <QRegularExpression>

namespace engage {

namespace {

bool startsAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if (first != QLatin1Char('-'))
        return false;
    static const QRegularExpression plainNumber(QStringLiteral("^-(\\d+([.,]\\d+)?)?$"));
    return !plainNumber.match(value).hasMatch();
}

} // namespace

QString CsvWriter::field(const QString &value)
{
    QString out = startsAFormula(value) ? QLatin1Char('\'') + value : value;
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n'))) {
        out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray CsvWriter::table(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = row(header);
    for (const QStringList &r : rows)
        out += row(r);
    return out;
}

} // namespace engage
