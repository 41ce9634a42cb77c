#include "core/StringPool.h"

namespace engage {

void StringPool::share(QString &text)
{
    if (text.isEmpty())
        return;
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        text = *it;
    else
        m_strings.insert(text);
}

void StringPool::shareRepeated(Contact &contact)
{
    for (QString *s : {&contact.type, &contact.companyName, &contact.affiliation, &contact.title,
                       &contact.timezone, &contact.city, &contact.country, &contact.state})
        share(*s);
    for (QString &channel : contact.optOutChannels)
        share(channel);
    for (PhoneNumber &phone : contact.phoneNumbers)
        share(phone.label);
}

void StringPool::shareRepeated(Task &task)
{
    for (QString &action : task.actions)
        share(action);
    share(task.title); // a manual task's title is often the same few words
    if (task.priority)
        share(task.priority->name);
    if (task.account) {
        for (QString *s : {&task.account->crmId, &task.account->name, &task.account->crmUrl})
            share(*s);
    }
    if (Opportunity *o = task.opportunity ? &*task.opportunity : nullptr) {
        for (QString *s : {&o->crmId, &o->name, &o->crmUrl, &o->status, &o->stage, &o->amount,
                           &o->probability, &o->closeDate})
            share(*s);
    }
    if (task.flow) {
        share(task.flow->name);
        if (task.flow->step)
            share(task.flow->step->name);
    }
    if (task.contact)
        shareRepeated(*task.contact);
    for (Contact &c : task.additionalContacts)
        shareRepeated(c);
}

} // namespace engage
