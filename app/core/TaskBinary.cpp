#include "core/TaskBinary.h"

#include "core/Parallel.h"
#include "core/StringPool.h"
#include "core/TaskFilter.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>
#include <QtEndian>

#include <vector>

namespace engage {

// The stream operators live in namespace engage (internal linkage) so that argument-dependent
// lookup finds them for QList<Contact> and friends.
namespace {
constexpr quint8 FormatVersion = 1;
} // namespace

// Lists as a count and the items, like QDataStream's own, but the count is checked against the
// bytes left first: a damaged blob must not make us reserve room for four billion items.
template <typename T> static void putList(QDataStream &s, const QList<T> &list)
{
    s << static_cast<quint32>(list.size());
    for (const T &item : list)
        s << item;
}

template <typename T> static void getList(QDataStream &s, QList<T> &list)
{
    quint32 count = 0;
    s >> count;
    const qint64 left = s.device() ? s.device()->bytesAvailable() : 0;
    if (s.status() != QDataStream::Ok || count > static_cast<quint64>(left) / 4) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    list.clear();
    list.reserve(count);
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        T item;
        s >> item;
        list.append(std::move(item));
    }
}

static QDataStream &operator<<(QDataStream &s, const PhoneNumber &p)
{
    return s << p.raw << p.extension << p.countryCode.has_value() << p.countryCode.value_or(0)
             << p.normalized << p.label << p.isVerified.has_value() << p.isVerified.value_or(false);
}

static QDataStream &operator>>(QDataStream &s, PhoneNumber &p)
{
    bool hasCode = false, hasVerified = false, verified = false;
    int code = 0;
    s >> p.raw >> p.extension >> hasCode >> code >> p.normalized >> p.label >> hasVerified >>
        verified;
    p.countryCode = hasCode ? std::optional<int>(code) : std::nullopt;
    p.isVerified = hasVerified ? std::optional<bool>(verified) : std::nullopt;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Contact &c)
{
    s << c.crmId << c.type << c.firstName << c.lastName << c.crmUrl << c.companyName
      << c.affiliation;
    putList(s, c.emails);
    s << c.title << c.timezone;
    putList(s, c.phoneNumbers);
    s << c.city << c.country << c.state << c.zipcode;
    putList(s, c.optOutChannels);
    return s << c.linkedinProfile;
}

static QDataStream &operator>>(QDataStream &s, Contact &c)
{
    s >> c.crmId >> c.type >> c.firstName >> c.lastName >> c.crmUrl >> c.companyName >>
        c.affiliation;
    getList(s, c.emails);
    s >> c.title >> c.timezone;
    getList(s, c.phoneNumbers);
    s >> c.city >> c.country >> c.state >> c.zipcode;
    getList(s, c.optOutChannels);
    return s >> c.linkedinProfile;
}

// std::optional<T> as a presence flag and the value.
template <typename T> static void put(QDataStream &s, const std::optional<T> &v)
{
    s << v.has_value();
    if (v)
        s << *v;
}

template <typename T> static void get(QDataStream &s, std::optional<T> &v)
{
    bool has = false;
    s >> has;
    if (has) {
        T value;
        s >> value;
        v = std::move(value);
    }
}

static QDataStream &operator<<(QDataStream &s, const Priority &p)
{
    return s << p.id << p.name << p.weight;
}
static QDataStream &operator>>(QDataStream &s, Priority &p)
{
    return s >> p.id >> p.name >> p.weight;
}
static QDataStream &operator<<(QDataStream &s, const Account &a)
{
    return s << a.crmId << a.name << a.crmUrl;
}
static QDataStream &operator>>(QDataStream &s, Account &a)
{
    return s >> a.crmId >> a.name >> a.crmUrl;
}

static QDataStream &operator<<(QDataStream &s, const Opportunity &o)
{
    return s << o.crmId << o.name << o.crmUrl << o.status << o.stage << o.amount << o.probability
             << o.closeDate;
}

static QDataStream &operator>>(QDataStream &s, Opportunity &o)
{
    return s >> o.crmId >> o.name >> o.crmUrl >> o.status >> o.stage >> o.amount >> o.probability >>
           o.closeDate;
}

static QDataStream &operator<<(QDataStream &s, const FlowStep &f)
{
    return s << f.id << f.name << f.stepNumber;
}
static QDataStream &operator>>(QDataStream &s, FlowStep &f)
{
    return s >> f.id >> f.name >> f.stepNumber;
}

static QDataStream &operator<<(QDataStream &s, const Flow &f)
{
    s << f.id << f.name;
    put(s, f.step);
    return s;
}

static QDataStream &operator>>(QDataStream &s, Flow &f)
{
    s >> f.id >> f.name;
    get(s, f.step);
    return s;
}

// Dates as UTC milliseconds; invalid as a flag, so "no due date" survives.
static void putDate(QDataStream &s, const QDateTime &d)
{
    s << d.isValid() << (d.isValid() ? d.toMSecsSinceEpoch() : qint64(0));
}

static void getDate(QDataStream &s, QDateTime &d)
{
    bool valid = false;
    qint64 ms = 0;
    s >> valid >> ms;
    d = valid ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QByteArray TaskBinary::write(const Task &t)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << FormatVersion << t.id << t.userId;
    putDate(s, t.created);
    putDate(s, t.updated);
    s << static_cast<qint8>(t.status) << static_cast<qint8>(t.type);
    putList(s, t.actions);
    putDate(s, t.dueDate);
    s << t.title;
    put(s, t.priority);
    put(s, t.account);
    put(s, t.opportunity);
    put(s, t.flow);
    put(s, t.contact);
    putList(s, t.additionalContacts);
    return out;
}

bool TaskBinary::isCurrent(const QByteArray &blob)
{
    return !blob.isEmpty() && static_cast<quint8>(blob.at(0)) == FormatVersion;
}

std::optional<Task> TaskBinary::read(const QByteArray &blob)
{
    QDataStream s(blob);
    s.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    s >> version;
    if (version != FormatVersion)
        return std::nullopt;
    Task t;
    qint8 status = 0, type = 0;
    s >> t.id >> t.userId;
    getDate(s, t.created);
    getDate(s, t.updated);
    s >> status >> type;
    getList(s, t.actions);
    if (status < 0 || status > static_cast<qint8>(TaskStatus::Dismissed) || type < 0 ||
        type > static_cast<qint8>(TaskType::Manual))
        return std::nullopt;
    t.status = static_cast<TaskStatus>(status);
    t.type = static_cast<TaskType>(type);
    getDate(s, t.dueDate);
    s >> t.title;
    get(s, t.priority);
    get(s, t.account);
    get(s, t.opportunity);
    get(s, t.flow);
    get(s, t.contact);
    getList(s, t.additionalContacts);
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    return t;
}

TaskList TaskBinary::readAll(const QList<QByteArray> &blobs)
{
    std::vector<SharedTask> decoded(static_cast<size_t>(blobs.size()));
    parallelFor(blobs.size(), 500, [&blobs, &decoded](qsizetype from, qsizetype to) {
        StringPool pool;
        for (qsizetype i = from; i < to; ++i) {
            if (std::optional<Task> task = read(blobs.at(i))) {
                pool.shareRepeated(*task);
                decoded[static_cast<size_t>(i)] = SharedTask(std::move(*task));
            }
        }
    });

    QList<SharedTask> out;
    out.reserve(blobs.size());
    for (SharedTask &t : decoded) {
        if (t)
            out.append(std::move(t));
    }
    return TaskList(std::move(out));
}

// The keys are read for every row at every start, so they have a plain form of their own rather
// than QDataStream's (a third of the time): little-endian numbers, and strings as a count of
// UTF-16 units and the units.
namespace {
template <typename T> void putLE(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void putText(QByteArray &out, const QString &text)
{
    putLE<quint32>(out, static_cast<quint32>(text.size()));
    const qsizetype at = out.size();
    out.resize(at + text.size() * 2);
    qToLittleEndian<quint16>(text.utf16(), text.size(), out.data() + at);
}

class KeysReader
{
public:
    explicit KeysReader(const QByteArray &blob)
        : m_at(blob.constData())
        , m_end(blob.constData() + blob.size())
    {}
    template <typename T> T number()
    {
        if (m_end - m_at < static_cast<qsizetype>(sizeof(T))) {
            m_ok = false;
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return value;
    }
    QString text()
    {
        const quint32 units = number<quint32>();
        if (!m_ok || static_cast<quint64>(m_end - m_at) / 2 < units) {
            m_ok = false;
            return {};
        }
        QString out(static_cast<qsizetype>(units), Qt::Uninitialized);
        qFromLittleEndian<quint16>(m_at, units, out.data());
        m_at += static_cast<qsizetype>(units) * 2;
        return out;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};
} // namespace

QByteArray TaskBinary::writeKeys(const TaskKeys &k)
{
    QByteArray out;
    out.reserve(40 + 2 * (k.search.size() + k.zone.size() + k.contact.size()) + 12);
    putLE<quint8>(out, TaskKeys::Version);
    // The blob's format too: keys stored beside a blob of another format are of no use, since
    // the blob is read only when its task is first shown (and would not read).
    putLE<quint8>(out, FormatVersion);
    putLE<qint64>(out, k.id);
    putLE<qint64>(out, k.due);
    putLE<qint64>(out, k.flowId);
    putLE<quint8>(out, k.hasFlow ? 1 : 0);
    putLE<qint8>(out, static_cast<qint8>(k.status));
    putLE<qint8>(out, static_cast<qint8>(k.type));
    putText(out, k.search);
    putText(out, k.zone);
    putText(out, k.contact);
    return out;
}

std::optional<TaskKeys> TaskBinary::readKeys(const QByteArray &blob)
{
    KeysReader r(blob);
    if (r.number<quint8>() != TaskKeys::Version || r.number<quint8>() != FormatVersion)
        return std::nullopt;
    TaskKeys k;
    k.id = r.number<qint64>();
    k.due = r.number<qint64>();
    k.flowId = r.number<qint64>();
    const quint8 hasFlow = r.number<quint8>();
    const qint8 status = r.number<qint8>();
    const qint8 type = r.number<qint8>();
    k.search = r.text();
    k.zone = r.text();
    k.contact = r.text();
    if (!r.ok() || !r.atEnd() || hasFlow > 1 || status < 0 ||
        status > static_cast<qint8>(TaskStatus::Dismissed) || type < 0 ||
        type > static_cast<qint8>(TaskType::Manual))
        return std::nullopt;
    k.hasFlow = hasFlow == 1;
    k.status = static_cast<TaskStatus>(status);
    k.type = static_cast<TaskType>(type);
    return k;
}

} // namespace engage
