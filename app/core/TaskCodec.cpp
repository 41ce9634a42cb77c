#include "core/TaskCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace engage {

namespace {

// Small readers that skip a value of the wrong type instead of failing the whole task.
QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// Ids exceed 2^53: toInteger() keeps them exact where toDouble() would round. Some producers
// quote ids; accept a decimal string too.
qint64 id64(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : 0;
    }
    return 0;
}

std::optional<int> int32(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    // A fraction is not a country code or a weight: skip it like any other wrong type.
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
        return std::nullopt;
    return static_cast<int>(v.toInteger());
}

std::optional<bool> boolean(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QDateTime dateTime(const QJsonObject &o, QLatin1String key)
{
    return TaskCodec::parseDateTime(str(o, key));
}

QStringList strings(const QJsonObject &o, QLatin1String key)
{
    QStringList out;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return out;
    for (const QJsonValue item : v.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

std::optional<QJsonObject> object(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isObject() ? std::optional<QJsonObject>(v.toObject()) : std::nullopt;
}

void putString(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putId(QJsonObject &o, QLatin1String key, qint64 value)
{
    if (value != 0)
        o.insert(key, QJsonValue(value));
}

void putDate(QJsonObject &o, QLatin1String key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, TaskCodec::formatDateTime(value));
}

void putStrings(QJsonObject &o, QLatin1String key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

PhoneNumber phoneFromJson(const QJsonObject &o)
{
    PhoneNumber p;
    p.raw = str(o, QLatin1String("raw"));
    p.extension = str(o, QLatin1String("extension"));
    p.countryCode = int32(o, QLatin1String("countryCode"));
    p.normalized = str(o, QLatin1String("normalized"));
    p.label = str(o, QLatin1String("label"));
    p.isVerified = boolean(o, QLatin1String("isVerified"));
    return p;
}

QJsonObject phoneToJson(const PhoneNumber &p)
{
    QJsonObject o;
    putString(o, QLatin1String("raw"), p.raw);
    putString(o, QLatin1String("extension"), p.extension);
    if (p.countryCode)
        o.insert(QLatin1String("countryCode"), *p.countryCode);
    putString(o, QLatin1String("normalized"), p.normalized);
    putString(o, QLatin1String("label"), p.label);
    if (p.isVerified)
        o.insert(QLatin1String("isVerified"), *p.isVerified);
    return o;
}

Contact contactFromJson(const QJsonObject &o)
{
    Contact c;
    c.crmId = str(o, QLatin1String("crmId"));
    c.type = str(o, QLatin1String("type"));
    const QJsonObject d = object(o, QLatin1String("data")).value_or(QJsonObject());
    c.firstName = str(d, QLatin1String("firstName"));
    c.lastName = str(d, QLatin1String("lastName"));
    c.crmUrl = str(d, QLatin1String("crmUrl"));
    c.companyName = str(d, QLatin1String("companyName"));
    c.affiliation = str(d, QLatin1String("affiliation"));
    const QJsonValue emails = d.value(QLatin1String("emails"));
    if (emails.isArray()) {
        for (const QJsonValue e : emails.toArray()) {
            // The spec says {email}; accept a bare string too.
            const QString email = e.isObject() ? str(e.toObject(), QLatin1String("email"))
                                               : (e.isString() ? e.toString() : QString());
            if (!email.isEmpty())
                c.emails.append(email);
        }
    }
    c.title = str(d, QLatin1String("title"));
    c.timezone = str(d, QLatin1String("timezone"));
    const QJsonValue phones = d.value(QLatin1String("phoneNumbers"));
    if (phones.isArray()) {
        for (const QJsonValue p : phones.toArray()) {
            if (p.isObject())
                c.phoneNumbers.append(phoneFromJson(p.toObject()));
        }
    }
    c.city = str(d, QLatin1String("city"));
    c.country = str(d, QLatin1String("country"));
    c.state = str(d, QLatin1String("state"));
    c.zipcode = str(d, QLatin1String("zipcode"));
    c.optOutChannels = strings(d, QLatin1String("optOutChannels"));
    c.linkedinProfile = str(d, QLatin1String("linkedinProfile"));
    return c;
}

QJsonObject contactToJson(const Contact &c)
{
    QJsonObject d;
    putString(d, QLatin1String("firstName"), c.firstName);
    putString(d, QLatin1String("lastName"), c.lastName);
    putString(d, QLatin1String("crmUrl"), c.crmUrl);
    putString(d, QLatin1String("companyName"), c.companyName);
    putString(d, QLatin1String("affiliation"), c.affiliation);
    if (!c.emails.isEmpty()) {
        QJsonArray emails;
        for (const QString &e : c.emails)
            emails.append(QJsonObject{{QLatin1String("email"), e}});
        d.insert(QLatin1String("emails"), emails);
    }
    putString(d, QLatin1String("title"), c.title);
    putString(d, QLatin1String("timezone"), c.timezone);
    if (!c.phoneNumbers.isEmpty()) {
        QJsonArray phones;
        for (const PhoneNumber &p : c.phoneNumbers)
            phones.append(phoneToJson(p));
        d.insert(QLatin1String("phoneNumbers"), phones);
    }
    putString(d, QLatin1String("city"), c.city);
    putString(d, QLatin1String("country"), c.country);
    putString(d, QLatin1String("state"), c.state);
    putString(d, QLatin1String("zipcode"), c.zipcode);
    d.insert(QLatin1String("optOutChannels"), QJsonArray::fromStringList(c.optOutChannels));
    putString(d, QLatin1String("linkedinProfile"), c.linkedinProfile);
    QJsonObject o;
    putString(o, QLatin1String("crmId"), c.crmId);
    putString(o, QLatin1String("type"), c.type);
    o.insert(QLatin1String("data"), d);
    return o;
}

} // namespace

QDateTime TaskCodec::parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    // A date-time without Z or an offset is ambiguous; Gong always sends one, so refuse it.
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return {};
    return dt.toUTC();
}

QString TaskCodec::formatDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

Task TaskCodec::taskFromJson(const QJsonObject &o)
{
    Task t;
    t.id = id64(o, QLatin1String("id"));
    t.userId = id64(o, QLatin1String("userId"));
    t.created = dateTime(o, QLatin1String("created"));
    t.updated = dateTime(o, QLatin1String("updated"));
    // The spec's example prints status as "[\"OPEN\"]"; accept a one-element array as well.
    const QJsonValue status = o.value(QLatin1String("status"));
    if (status.isString())
        t.status = statusFromWire(status.toString());
    else if (status.isArray() && status.toArray().size() == 1)
        t.status = statusFromWire(status.toArray().first().toString());
    t.type = typeFromWire(str(o, QLatin1String("type")));
    t.actions = strings(o, QLatin1String("actions"));
    t.dueDate = dateTime(o, QLatin1String("dueDate"));
    t.title = str(o, QLatin1String("title"));
    if (const auto p = object(o, QLatin1String("priority"))) {
        Priority pr;
        pr.id = id64(*p, QLatin1String("id"));
        pr.name = str(*p, QLatin1String("name"));
        pr.weight = int32(*p, QLatin1String("weight")).value_or(0);
        t.priority = pr;
    }
    if (const auto a = object(o, QLatin1String("account"))) {
        t.account = Account{str(*a, QLatin1String("crmId")), str(*a, QLatin1String("name")),
                            str(*a, QLatin1String("crmUrl"))};
    }
    if (const auto p = object(o, QLatin1String("opportunity"))) {
        Opportunity op;
        op.crmId = str(*p, QLatin1String("crmId"));
        op.name = str(*p, QLatin1String("name"));
        op.crmUrl = str(*p, QLatin1String("crmUrl"));
        op.status = str(*p, QLatin1String("status"));
        op.stage = str(*p, QLatin1String("stage"));
        op.amount = str(*p, QLatin1String("amount"));
        op.probability = str(*p, QLatin1String("probability"));
        op.closeDate = str(*p, QLatin1String("closeDate"));
        t.opportunity = op;
    }
    if (const auto f = object(o, QLatin1String("flow"))) {
        Flow flow;
        flow.id = id64(*f, QLatin1String("id"));
        flow.name = str(*f, QLatin1String("name"));
        if (const auto s = object(*f, QLatin1String("step"))) {
            flow.step = FlowStep{id64(*s, QLatin1String("id")), str(*s, QLatin1String("name")),
                                 id64(*s, QLatin1String("stepNumber"))};
        }
        t.flow = flow;
    }
    if (const auto c = object(o, QLatin1String("contact")))
        t.contact = contactFromJson(*c);
    const QJsonValue more = o.value(QLatin1String("additionalContacts"));
    if (more.isArray()) {
        for (const QJsonValue c : more.toArray()) {
            if (c.isObject())
                t.additionalContacts.append(contactFromJson(c.toObject()));
        }
    }
    return t;
}

QJsonObject TaskCodec::taskToJson(const Task &t)
{
    QJsonObject o;
    putId(o, QLatin1String("id"), t.id);
    putId(o, QLatin1String("userId"), t.userId);
    putDate(o, QLatin1String("created"), t.created);
    putDate(o, QLatin1String("updated"), t.updated);
    putString(o, QLatin1String("status"), statusToWire(t.status));
    putString(o, QLatin1String("type"), typeToWire(t.type));
    putStrings(o, QLatin1String("actions"), t.actions);
    putDate(o, QLatin1String("dueDate"), t.dueDate);
    putString(o, QLatin1String("title"), t.title);
    if (t.priority) {
        QJsonObject p;
        putId(p, QLatin1String("id"), t.priority->id);
        putString(p, QLatin1String("name"), t.priority->name);
        p.insert(QLatin1String("weight"), t.priority->weight);
        o.insert(QLatin1String("priority"), p);
    }
    if (t.account) {
        QJsonObject a;
        putString(a, QLatin1String("crmId"), t.account->crmId);
        putString(a, QLatin1String("name"), t.account->name);
        putString(a, QLatin1String("crmUrl"), t.account->crmUrl);
        o.insert(QLatin1String("account"), a);
    }
    if (t.opportunity) {
        const Opportunity &op = *t.opportunity;
        QJsonObject p;
        putString(p, QLatin1String("crmId"), op.crmId);
        putString(p, QLatin1String("name"), op.name);
        putString(p, QLatin1String("crmUrl"), op.crmUrl);
        putString(p, QLatin1String("status"), op.status);
        putString(p, QLatin1String("stage"), op.stage);
        putString(p, QLatin1String("amount"), op.amount);
        putString(p, QLatin1String("probability"), op.probability);
        putString(p, QLatin1String("closeDate"), op.closeDate);
        o.insert(QLatin1String("opportunity"), p);
    }
    if (t.flow) {
        QJsonObject f;
        putId(f, QLatin1String("id"), t.flow->id);
        putString(f, QLatin1String("name"), t.flow->name);
        if (t.flow->step) {
            QJsonObject s;
            putId(s, QLatin1String("id"), t.flow->step->id);
            putString(s, QLatin1String("name"), t.flow->step->name);
            s.insert(QLatin1String("stepNumber"), QJsonValue(t.flow->step->stepNumber));
            f.insert(QLatin1String("step"), s);
        }
        o.insert(QLatin1String("flow"), f);
    }
    if (t.contact)
        o.insert(QLatin1String("contact"), contactToJson(*t.contact));
    if (!t.additionalContacts.isEmpty()) {
        QJsonArray more;
        for (const Contact &c : t.additionalContacts)
            more.append(contactToJson(c));
        o.insert(QLatin1String("additionalContacts"), more);
    }
    return o;
}

QByteArray TaskCodec::envelopeToJson(const TaskEnvelope &envelope)
{
    QJsonArray tasks;
    for (const Task &t : envelope.tasks)
        tasks.append(taskToJson(t));
    QJsonObject root;
    root.insert(QLatin1String("requestId"), envelope.requestId);
    root.insert(QLatin1String("tasks"), tasks);
    putString(root, QLatin1String("crmType"), envelope.crmType);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ErrorBody TaskCodec::parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return out;
    const QJsonObject root = doc.object();
    out.requestId = str(root, QLatin1String("requestId"));
    out.errors = strings(root, QLatin1String("errors"));
    out.isGong = root.value(QLatin1String("requestId")).isString() && !out.requestId.isEmpty() &&
                 root.value(QLatin1String("errors")).isArray();
    return out;
}

QByteArray TaskCodec::errorBodyToJson(const ErrorBody &error)
{
    QJsonObject root;
    root.insert(QLatin1String("requestId"), error.requestId);
    root.insert(QLatin1String("errors"), QJsonArray::fromStringList(error.errors));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace engage
