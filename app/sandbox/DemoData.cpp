#include "sandbox/DemoData.h"

#include "sandbox/DemoRandom.h"

#include <QByteArray>

#include <algorithm>
#include <iterator>

namespace engage {

namespace {

// ---------------------------------------------------------------------------------------------
// Helpers

using demo::Lcg;
using demo::utf8;

const QString &crmBaseUrl()
{
    static const QString base = QStringLiteral("https://acme-demo.my.salesforce.com/");
    return base;
}

// An 18-character Salesforce id ("0035e00000QwErTAA1"): key prefix, pod, a unique body derived
// from `serial`, and the real case-safety checksum suffix.
QString salesforceId(const char *keyPrefix, quint32 serial)
{
    static const char alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static const char suffixChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    constexpr quint64 Space = 62ULL * 62 * 62 * 62 * 62; // 5 base-62 digits
    // 3^18 is coprime with 62^5, so this is a bijection on serials below Space.
    quint64 body = (static_cast<quint64>(serial) * 387420489ULL + 91639ULL) % Space;

    QByteArray id(keyPrefix);
    id += "5e00000";
    char tail[5];
    for (char &c : tail) {
        c = alnum[body % 62];
        body /= 62;
    }
    id.append(tail, 5);
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const char c = id.at(chunk * 5 + i);
            if (c >= 'A' && c <= 'Z')
                bits |= 1 << i;
        }
        id += suffixChars[bits];
    }
    return QString::fromLatin1(id);
}

// Fills every '#' of `pattern` with a digit; a group never starts with 0.
QString fillDigits(const char *pattern, Lcg &rng)
{
    QString out = QString::fromLatin1(pattern);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) != QLatin1Char('#'))
            continue;
        const bool groupStart = i == 0 || !out.at(i - 1).isDigit();
        const quint32 digit = groupStart ? 1 + rng.below(9) : rng.below(10);
        out[i] = QLatin1Char(static_cast<char>('0' + digit));
    }
    return out;
}

// E.164 from a nationally formatted number: keep the digits, drop the trunk prefix '0'.
QString toE164(const QString &raw, int countryCode)
{
    QString digits;
    for (const QChar c : raw) {
        if (c.isDigit())
            digits += c;
    }
    if (countryCode != 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return QLatin1Char('+') + QString::number(countryCode) + digits;
}

bool isWeekday(const QDate &date)
{
    return date.dayOfWeek() < 6;
}

// The day offset nearest to `days` within [lo, hi] that falls on a weekday.
int nearestWeekday(const QDate &today, int days, int lo, int hi)
{
    for (int d = 0; d <= 7; ++d) {
        for (const int candidate : {days + d, days - d}) {
            if (candidate >= lo && candidate <= hi && isWeekday(today.addDays(candidate)))
                return candidate;
        }
    }
    return days;
}

QDateTime utcFromSecs(qint64 secs)
{
    // Qt::UTC, like QDateTime::toUTC() gives (and ISO strings end in "Z").
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
#endif
}

// ---------------------------------------------------------------------------------------------
// Static tables

struct PlaceRow {
    const char *timezone;
    const char *city;
    const char *state;
    const char *country;
    const char *zipcode;
    int countryCode;
    const char *workPattern;
    const char *mobilePattern;
};

enum Place {
    SanFrancisco,
    Seattle,
    NewYork,
    Boston,
    Chicago,
    Austin,
    London,
    Berlin,
    Munich,
    Paris,
    Tokyo,
    Sydney,
    SaoPaulo,
};

// US numbers use the 555-01xx range reserved for fiction, UK ones Ofcom's drama ranges.
const PlaceRow places[] = {
    {"US/Pacific", "San Francisco", "CA", "United States", "94105", 1, "(415) 555-01##",
     "(628) 555-01##"},
    {"US/Pacific", "Seattle", "WA", "United States", "98101", 1, "(206) 555-01##",
     "(425) 555-01##"},
    {"US/Eastern", "New York", "NY", "United States", "10001", 1, "(212) 555-01##",
     "(917) 555-01##"},
    {"US/Eastern", "Boston", "MA", "United States", "02110", 1, "(617) 555-01##", "(857) 555-01##"},
    {"America/Chicago", "Chicago", "IL", "United States", "60606", 1, "(312) 555-01##",
     "(773) 555-01##"},
    {"America/Chicago", "Austin", "TX", "United States", "78701", 1, "(512) 555-01##",
     "(737) 555-01##"},
    {"Europe/London", "London", "England", "United Kingdom", "EC2A 4NE", 44, "020 7946 0###",
     "07700 900###"},
    {"Europe/Berlin", "Berlin", "Berlin", "Germany", "10115", 49, "030 #### ####", "0151 ########"},
    {"Europe/Berlin", "München", "Bayern", "Germany", "80331", 49, "089 #### ####",
     "0160 ########"},
    {"Europe/Paris", "Paris", "Île-de-France", "France", "75002", 33, "01 ## ## ## ##",
     "06 ## ## ## ##"},
    {"Asia/Tokyo", "Tokyo", "Tokyo", "Japan", "100-0005", 81, "03-####-####", "090-####-####"},
    {"Australia/Sydney", "Sydney", "NSW", "Australia", "2000", 61, "(02) 9### ####",
     "04## ### ###"},
    {"America/Sao_Paulo", "São Paulo", "SP", "Brazil", "01310-100", 55, "(11) 3###-####",
     "(11) 9####-####"},
};

struct OpportunityRow {
    const char *name; // nullptr: the account has no open opportunity
    const char *stage;
    const char *amount;
    const char *probability;
    int closeInDays;
};

struct CompanyRow {
    const char *name;
    const char *domain;
    Place place;
    bool hasAccount; // false: only leads work there, no CRM account yet
    OpportunityRow opportunity;
};

const CompanyRow companies[] = {
    /* 0 */ {"Northwind Traders",
             "northwindtraders.example",
             SanFrancisco,
             true,
             {"Northwind Traders - Platform Expansion", "Proposal", "48000", "60", 21}},
    /* 1 */
    {"Globex Corporation",
     "globex.example",
     Chicago,
     true,
     {"Globex - Enterprise License", "Negotiation", "185000", "80", 12}},
    /* 2 */
    {"Initech",
     "initech.example",
     Austin,
     true,
     {"Initech - New Business", "Discovery", "36000", "20", 45}},
    /* 3 */
    {"Harborview Health",
     "harborviewhealth.example",
     Boston,
     true,
     {"Harborview Health - Renewal", "Negotiation", "72500", "80", 9}},
    /* 4 */
    {"Bluefin Media Group",
     "bluefinmedia.example",
     NewYork,
     true,
     {"Bluefin Media - Pilot", "Prospecting", "15000", "10", 60}},
    /* 5 */
    {"Cascade Outfitters",
     "cascadeoutfitters.example",
     Seattle,
     true,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 6 */
    {"Brightwater Analytics Ltd",
     "brightwater.example",
     London,
     true,
     {"Brightwater - Analytics Add-on", "Proposal", "54000", "60", 30}},
    /* 7 */
    {"Spreewerk Software GmbH",
     "spreewerk.example",
     Berlin,
     true,
     {"Spreewerk - Team Rollout", "Discovery", "42000", "20", 40}},
    /* 8 */
    {"Kranich Maschinenbau AG",
     "kranich.example",
     Munich,
     true,
     {"Kranich - Global Sales Platform", "Closed Lost", "96000", "0", -75}},
    /* 9 */
    {"Maison Lumière SA",
     "maisonlumiere.example",
     Paris,
     true,
     {"Maison Lumière - Renewal", "Closed Won", "64000", "100", -20}},
    /* 10 */
    {"Sakura Robotics K.K.",
     "sakura-robotics.example",
     Tokyo,
     true,
     {"Sakura Robotics - APAC Expansion", "Proposal", "128000", "60", 35}},
    /* 11 */
    {"Harbourline Freight Pty Ltd",
     "harbourline.example",
     Sydney,
     true,
     {"Harbourline - New Business", "Prospecting", "27000", "10", 75}},
    /* 12 */
    {"Ipê Pagamentos",
     "ipepagamentos.example",
     SaoPaulo,
     true,
     {"Ipê Pagamentos - Enterprise", "Discovery", "88000", "20", 50}},
    /* 13 */
    {"Tidewater Solar",
     "tidewatersolar.example",
     SanFrancisco,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 14 */
    {"Copperleaf Dental Group",
     "copperleafdental.example",
     Chicago,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 15 */
    {"Quillfeather Books",
     "quillfeather.example",
     London,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 16 */
    {"Nordlicht Reisen",
     "nordlicht-reisen.example",
     Berlin,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 17 */
    {"Atelier Céleste",
     "atelier-celeste.example",
     Paris,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
    /* 18 */
    {"Minato Ventures",
     "minato-ventures.example",
     Tokyo,
     false,
     {nullptr, nullptr, nullptr, nullptr, 0}},
};

struct ContactRow {
    const char *firstName;
    const char *lastName;
    const char *login; // ASCII local part of the e-mail address
    const char *title;
    int company;
    const char *optOut; // "", "CALLS" or "EMAILS"
};

// Companies with an account hold CONTACTs, the others LEADs.
const ContactRow contacts[] = {
    /* 0 */ {"Megan", "Foster", "megan.foster", "VP of Sales Operations", 0, ""},
    /* 1 */ {"Daniel", "Okafor", "daniel.okafor", "Director of IT", 0, ""},
    /* 2 */ {"Priya", "Raman", "priya.raman", "Procurement Manager", 0, ""},
    /* 3 */ {"José", "Álvarez", "jose.alvarez", "Chief Revenue Officer", 1, ""},
    /* 4 */ {"Karen", "Whitfield", "karen.whitfield", "Senior Buyer", 1, ""},
    /* 5 */ {"Marcus", "Bell", "marcus.bell", "Head of Sales Enablement", 1, ""},
    /* 6 */ {"Tyler", "Nguyen", "tyler.nguyen", "IT Manager", 2, ""},
    /* 7 */ {"Rachel", "Stein", "rachel.stein", "VP of Engineering", 2, ""},
    /* 8 */ {"Olivia", "Chen", "olivia.chen", "Director of Revenue Cycle", 3, ""},
    /* 9 */ {"Patrick", "O'Neill", "patrick.oneill", "Chief Financial Officer", 3, "CALLS"},
    /* 10 */ {"Grace", "Kim", "grace.kim", "Operations Analyst", 3, ""},
    /* 11 */ {"Jamal", "Washington", "jamal.washington", "Head of Partnerships", 4, ""},
    /* 12 */ {"Sofia", "Rossi", "sofia.rossi", "Marketing Director", 4, ""},
    /* 13 */ {"Ethan", "Brooks", "ethan.brooks", "E-commerce Director", 5, ""},
    /* 14 */ {"Hannah", "Lindqvist", "hannah.lindqvist", "Sales Manager", 5, ""},
    /* 15 */ {"Oliver", "Hughes", "oliver.hughes", "Head of Data", 6, ""},
    /* 16 */ {"Zoë", "Ørsted", "zoe.orsted", "Commercial Director", 6, ""},
    /* 17 */ {"Amara", "Nwosu", "amara.nwosu", "Procurement Lead", 6, ""},
    /* 18 */ {"Søren", "Kjær", "soren.kjaer", "CTO", 7, ""},
    /* 19 */ {"Lena", "Schäfer", "lena.schaefer", "Head of Sales", 7, ""},
    /* 20 */ {"Jonas", "Becker", "jonas.becker", "Head of IT", 7, ""},
    /* 21 */ {"Matthias", "Müller", "matthias.mueller", "Head of Purchasing", 8, "EMAILS"},
    /* 22 */ {"Katrin", "Weiß", "katrin.weiss", "Sales Director", 8, ""},
    /* 23 */ {"Amélie", "Dubois", "amelie.dubois", "Sales Director", 9, ""},
    /* 24 */ {"François", "Lefèvre", "francois.lefevre", "CIO", 9, ""},
    /* 25 */ {"Chloé", "Martin", "chloe.martin", "Customer Success Manager", 9, ""},
    /* 26 */ {"Haruto", "Tanaka", "haruto.tanaka", "General Manager, Sales", 10, ""},
    /* 27 */ {"Yuki", "Sato", "yuki.sato", "IT Director", 10, ""},
    /* 28 */ {"Liam", "O'Connor", "liam.oconnor", "Operations Director", 11, ""},
    /* 29 */ {"Chloe", "Nguyen", "chloe.nguyen", "Finance Manager", 11, ""},
    /* 30 */ {"João", "Pereira", "joao.pereira", "Commercial Director", 12, ""},
    /* 31 */ {"Mariana", "Conceição", "mariana.conceicao", "Head of Operations", 12, ""},
    /* 32 */ {"Lucas", "Araújo", "lucas.araujo", "Payments Product Lead", 12, ""},
    /* 33 */ {"Noah", "Patel", "noah.patel", "Founder & CEO", 13, ""},
    /* 34 */ {"Emily", "Carter", "emily.carter", "Practice Manager", 14, ""},
    /* 35 */ {"Imogen", "Ashby", "imogen.ashby", "Operations Manager", 15, "EMAILS"},
    /* 36 */ {"Björn", "Åkesson", "bjorn.akesson", "Head of Digital", 16, ""},
    /* 37 */ {"Inès", "Moreau", "ines.moreau", "Founder", 17, ""},
    /* 38 */ {"Ren", "Kobayashi", "ren.kobayashi", "Partner", 18, ""},
    /* 39 */ {"Derek", "Osei", "derek.osei", "IT Procurement Specialist", 1, ""},
    /* 40 */ {"Nadia", "Haddad", "nadia.haddad", "VP of Patient Access", 3, ""},
    /* 41 */ {"Aiko", "Yamamoto", "aiko.yamamoto", "Procurement Manager", 10, ""},
    /* 42 */ {"Callum", "Reid", "callum.reid", "CEO", 6, ""},
    /* 43 */ {"Beatriz", "Santos", "beatriz.santos", "CFO", 12, ""},
    /* 44 */ {"Wesley", "Park", "wesley.park", "IT Manager", 5, ""},
    /* 45 */ {"Dana", "Kowalski", "dana.kowalski", "Procurement Specialist", 2, ""},
    /* 46 */ {"Ava", "Thompson", "ava.thompson", "COO", 4, ""},
};

struct StepRow {
    int stepNumber;
    const char *name;
};

struct FlowRow {
    qint64 id;
    const char *name;
    StepRow steps[4]; // stepNumber 0: unused slot
};

const FlowRow flowRows[] = {
    {5120934871203948811LL,
     "Renewal outreach",
     {{1, "Make a call"}, {3, "Follow-up call"}, {6, "Renewal check-in call"}, {0, nullptr}}},
    {5120934871203949027LL,
     "Q4 Enterprise Outbound",
     {{1, "Make a call"}, {2, "Discovery call"}, {4, "Follow-up call"}, {7, "Break-up call"}}},
    {5120934871203950133LL,
     "Inbound demo follow-up",
     {{1, "Call within 1 hour"}, {2, "Follow-up call"}, {3, "Book demo call"}, {0, nullptr}}},
    {5120934871203951241LL,
     "Webinar attendees",
     {{2, "Make a call"}, {4, "Follow-up call"}, {0, nullptr}, {0, nullptr}}},
    {5120934871203952379LL,
     "Re-engage closed-lost",
     {{1, "Make a call"}, {3, "Discovery call"}, {0, nullptr}, {0, nullptr}}},
};

// The step a task of this flow is at, from the flow's step slot: ids of their own, derived from
// the flow's.
FlowStep callStep(const FlowRow &flow, int slot)
{
    const StepRow &step = flow.steps[slot];
    return FlowStep{flow.id + 1000LL * (slot + 1) + step.stepNumber, utf8(step.name),
                    step.stepNumber};
}

struct PriorityRow {
    qint64 id;
    const char *name;
    int weight;
};

const PriorityRow priorities[] = {
    {6011742093345178113LL, "high", 100},
    {6011742093345178114LL, "medium", 50},
    {6011742093345178115LL, "low", 10},
};

enum class Due {
    Overdue,      // `days` ago (a weekday), at hour:minute local
    EarlierToday, // a little before now
    Today,        // later today, after now
    ThisWeek,     // `days` ahead (a weekday), at hour:minute local
    Later,        // `days` ahead or the next weekday, at hour:minute local
    None,         // no due date
};

enum Prio { NoPrio, High, Medium, Low };

struct TaskRow {
    int contact;
    int flow; // -1: a MANUAL task
    int step;
    const char *title; // MANUAL tasks only
    Due due;
    int days;
    int hour;
    int minute;
    Prio priority;
    int additional[2]; // -1: none
};

const TaskRow taskRows[] = {
    // Overdue
    {3, 1, 1, nullptr, Due::Overdue, -2, 10, 0, High, {-1, -1}},
    {8, 0, 0, nullptr, Due::Overdue, -1, 14, 30, High, {40, -1}},
    {35, 2, 0, nullptr, Due::Overdue, -3, 9, 15, NoPrio, {-1, -1}},
    {23, -1, 0, "Call back re: pricing question", Due::Overdue, -1, 11, 0, Medium, {-1, -1}},
    {26, 1, 0, nullptr, Due::Overdue, -6, 16, 0, NoPrio, {-1, -1}},
    {13, 0, 1, nullptr, Due::EarlierToday, 0, 0, 0, NoPrio, {-1, -1}},
    {33, 2, 1, nullptr, Due::EarlierToday, 0, 0, 0, Medium, {-1, -1}},
    {19,
     -1,
     0,
     "Return voicemail about contract terms",
     Due::EarlierToday,
     0,
     0,
     0,
     High,
     {-1, -1}},
    // Later today
    {0, 0, 0, nullptr, Due::Today, 0, 0, 0, High, {1, -1}},
    {15, 1, 0, nullptr, Due::Today, 0, 0, 0, NoPrio, {-1, -1}},
    {30, 1, 1, nullptr, Due::Today, 0, 0, 0, Medium, {-1, -1}},
    {9, 0, 1, nullptr, Due::Today, 0, 0, 0, NoPrio, {-1, -1}},
    {34, 2, 0, nullptr, Due::Today, 0, 0, 0, High, {-1, -1}},
    {4, -1, 0, "Walk through revised quote", Due::Today, 0, 0, 0, Medium, {-1, -1}},
    {16, 3, 0, nullptr, Due::Today, 0, 0, 0, NoPrio, {-1, -1}},
    {28, 1, 0, nullptr, Due::Today, 0, 0, 0, NoPrio, {-1, -1}},
    {21, 4, 0, nullptr, Due::Today, 0, 0, 0, NoPrio, {-1, -1}},
    {6, -1, 0, "Follow up on security questionnaire", Due::Today, 0, 0, 0, Low, {-1, -1}},
    // This week
    {18, 1, 1, nullptr, Due::ThisWeek, 1, 9, 30, Medium, {20, -1}},
    {11, 3, 1, nullptr, Due::ThisWeek, 1, 13, 0, NoPrio, {46, -1}},
    {24, 0, 2, nullptr, Due::ThisWeek, 2, 10, 0, High, {-1, -1}},
    {36, 2, 2, nullptr, Due::ThisWeek, 2, 15, 30, NoPrio, {-1, -1}},
    {7, 1, 0, nullptr, Due::ThisWeek, 2, 17, 0, NoPrio, {-1, -1}},
    {27, 1, 2, nullptr, Due::ThisWeek, 3, 11, 0, NoPrio, {-1, -1}},
    {2,
     -1,
     0,
     "Confirm budget owner before proposal review",
     Due::ThisWeek,
     3,
     14,
     0,
     Medium,
     {-1, -1}},
    {31, 1, 2, nullptr, Due::ThisWeek, 4, 10, 30, NoPrio, {-1, -1}},
    {5, 3, 0, nullptr, Due::ThisWeek, 4, 16, 15, Low, {-1, -1}},
    {29, -1, 0, "Call re: invoice discrepancy", Due::ThisWeek, 5, 9, 0, Low, {-1, -1}},
    {37, 2, 0, nullptr, Due::ThisWeek, 5, 12, 0, NoPrio, {-1, -1}},
    {22, 4, 1, nullptr, Due::ThisWeek, 6, 10, 0, NoPrio, {-1, -1}},
    {12, -1, 0, "Check in after trial kickoff", Due::ThisWeek, 6, 15, 0, NoPrio, {-1, -1}},
    // Later
    {17, 3, 1, nullptr, Due::Later, 8, 10, 0, NoPrio, {-1, -1}},
    {25, 0, 0, nullptr, Due::Later, 10, 11, 30, Medium, {23, 24}},
    {38, 2, 1, nullptr, Due::Later, 12, 9, 0, NoPrio, {-1, -1}},
    {10, -1, 0, "Call to schedule onsite visit", Due::Later, 14, 13, 30, NoPrio, {-1, -1}},
    {32, 1, 3, nullptr, Due::Later, 15, 10, 0, NoPrio, {43, -1}},
    {14, 0, 2, nullptr, Due::Later, 21, 14, 0, Low, {-1, -1}},
    {39, -1, 0, "Discuss multi-year discount", Due::Later, 25, 11, 0, Medium, {-1, -1}},
    {41, -1, 0, "Verify decision timeline", Due::Later, 30, 10, 0, NoPrio, {-1, -1}},
    {42, 3, 0, nullptr, Due::Later, 35, 16, 0, NoPrio, {-1, -1}},
    // No due date
    {44, -1, 0, "Reconnect after re-org", Due::None, 0, 0, 0, Low, {-1, -1}},
    {45, -1, 0, "Intro call - referred by Rachel Stein", Due::None, 0, 0, 0, NoPrio, {-1, -1}},
};

// ---------------------------------------------------------------------------------------------
// Builders

Account makeAccount(int company)
{
    const QString id = salesforceId("001", 100 + static_cast<quint32>(company));
    return Account{id, utf8(companies[company].name), crmBaseUrl() + id};
}

Opportunity makeOpportunity(int company, const QDate &today)
{
    const OpportunityRow &row = companies[company].opportunity;
    const QString stage = QString::fromLatin1(row.stage);
    QString status = QStringLiteral("Open");
    if (stage == QLatin1String("Closed Won"))
        status = QStringLiteral("Won");
    else if (stage == QLatin1String("Closed Lost"))
        status = QStringLiteral("Lost");
    const QString id = salesforceId("006", 500 + static_cast<quint32>(company));
    return Opportunity{id,
                       utf8(row.name),
                       crmBaseUrl() + id,
                       status,
                       stage,
                       QString::fromLatin1(row.amount),
                       QString::fromLatin1(row.probability),
                       today.addDays(row.closeInDays).toString(QStringLiteral("yyyy-MM-dd"))};
}

Contact makeContact(int index)
{
    const ContactRow &row = contacts[index];
    const CompanyRow &company = companies[row.company];
    const PlaceRow &place = places[company.place];
    Lcg rng(0x5eed0000ULL + static_cast<quint64>(index) * 7919ULL);

    Contact c;
    c.type = company.hasAccount ? QStringLiteral("CONTACT") : QStringLiteral("LEAD");
    c.crmId = salesforceId(company.hasAccount ? "003" : "00Q", 300 + static_cast<quint32>(index));
    c.crmUrl = crmBaseUrl() + c.crmId;
    c.firstName = utf8(row.firstName);
    c.lastName = utf8(row.lastName);
    c.title = utf8(row.title);
    c.companyName = utf8(company.name);
    c.affiliation = QStringLiteral("Them");

    const QString login = QString::fromLatin1(row.login);
    const QString domain = QString::fromLatin1(company.domain);
    c.emails << login + QLatin1Char('@') + domain;
    if (index % 9 == 4) { // a second, shorter address: "kwhitfield@globex.example"
        const qsizetype dot = login.indexOf(QLatin1Char('.'));
        c.emails << login.left(1) + login.mid(dot + 1) + QLatin1Char('@') + domain;
    }

    c.timezone = QString::fromLatin1(place.timezone);
    c.city = utf8(place.city);
    c.state = utf8(place.state);
    c.country = utf8(place.country);
    c.zipcode = QString::fromLatin1(place.zipcode);

    const bool hasWork = company.hasAccount || index % 2 == 0; // some leads left only a mobile
    const bool hasMobile = !hasWork || index % 3 != 1;
    if (hasWork) {
        PhoneNumber work;
        work.raw = fillDigits(place.workPattern, rng);
        work.normalized = toE164(work.raw, place.countryCode);
        work.countryCode = place.countryCode;
        work.label = QStringLiteral("work");
        if (index % 4 == 2)
            work.extension = QString::number(100 + (index * 37) % 900);
        if (index % 5 != 0)
            work.isVerified = index % 7 != 3;
        c.phoneNumbers << work;
    }
    if (hasMobile) {
        PhoneNumber mobile;
        mobile.raw = fillDigits(place.mobilePattern, rng);
        mobile.normalized = toE164(mobile.raw, place.countryCode);
        mobile.countryCode = place.countryCode;
        mobile.label = QStringLiteral("mobile");
        if (index % 3 == 0)
            mobile.isVerified = true;
        c.phoneNumbers << mobile;
    }

    if (row.optOut[0] != '\0')
        c.optOutChannels << QString::fromLatin1(row.optOut);

    if (index % 6 != 5) {
        QString slug = login;
        slug.replace(QLatin1Char('.'), QLatin1Char('-'));
        slug += QLatin1Char('-') + QString::number(0x10000u + rng.below(0xf0000u), 16);
        c.linkedinProfile = QStringLiteral("https://www.linkedin.com/in/") + slug;
    }
    return c;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QList<Task> DemoData::tasks(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const auto localUtc = [&zone](const QDate &date, int hour, int minute) {
        return QDateTime(date, QTime(hour, minute), zone).toUTC();
    };

    // Later today: every 25 minutes from the next 5-minute mark, squeezed so that all of them
    // stay before local midnight however late `now` is.
    const int todayCount =
        static_cast<int>(std::count_if(std::begin(taskRows), std::end(taskRows),
                                       [](const TaskRow &r) { return r.due == Due::Today; }));
    const qint64 endOfToday = QDateTime(today.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch() - 1;
    qint64 todayBase = (nowSecs / 300 + 1) * 300;
    if (todayBase > endOfToday)
        todayBase = std::min(nowSecs + 1, endOfToday);
    qint64 todayStep =
        std::min<qint64>(25 * 60, (endOfToday - todayBase) / std::max(1, todayCount));
    if (todayStep >= 60)
        todayStep -= todayStep % 60;
    const qint64 earlierBase = nowSecs / 300 * 300;

    QList<Task> out;
    out.reserve(static_cast<qsizetype>(std::size(taskRows)));
    Lcg rng(0xE46A6E7A5C5ULL);
    qint64 id = 7254376376091929519LL;
    int todayIndex = 0;
    int earlierIndex = 0;

    for (int i = 0; i < static_cast<int>(std::size(taskRows)); ++i) {
        const TaskRow &row = taskRows[i];
        const ContactRow &contactRow = contacts[row.contact];
        const CompanyRow &company = companies[contactRow.company];

        Task t;
        t.id = id;
        id += 1 + static_cast<qint64>(rng.below(900000000u)) + 100000000LL;
        t.userId = RepUserId;
        t.status = TaskStatus::Open;
        t.actions = QStringList{QStringLiteral("CALL")};

        switch (row.due) {
        case Due::Overdue:
            t.dueDate = localUtc(today.addDays(nearestWeekday(today, row.days, -6, -1)), row.hour,
                                 row.minute);
            break;
        case Due::EarlierToday:
            t.dueDate = utcFromSecs(earlierBase - (++earlierIndex) * 40 * 60);
            break;
        case Due::Today:
            t.dueDate = utcFromSecs(todayBase + (todayIndex++) * todayStep);
            break;
        case Due::ThisWeek:
            t.dueDate = localUtc(today.addDays(nearestWeekday(today, row.days, 1, 6)), row.hour,
                                 row.minute);
            break;
        case Due::Later:
            t.dueDate =
                localUtc(today.addDays(nearestWeekday(today, row.days, row.days, row.days + 7)),
                         row.hour, row.minute);
            break;
        case Due::None:
            break;
        }

        // Created a few days before it fell due (or before now), touched a little later.
        const qint64 anchor =
            t.dueDate.isValid() ? std::min(nowSecs, t.dueDate.toSecsSinceEpoch()) : nowSecs;
        const qint64 created =
            anchor - 86400LL * (2 + (i * 5) % 9) - static_cast<qint64>(rng.below(36000u));
        const qint64 updated =
            i % 3 == 0 ? created : std::min(nowSecs, created + 3600LL * (1 + i % 20));
        t.created = utcFromSecs(created);
        t.updated = utcFromSecs(updated);

        if (row.flow >= 0) {
            const FlowRow &flowRow = flowRows[row.flow];
            t.type = TaskType::Flow;
            t.flow = Flow{flowRow.id, utf8(flowRow.name), callStep(flowRow, row.step)};
        } else {
            t.type = TaskType::Manual;
            t.title = utf8(row.title);
        }

        if (row.priority != NoPrio) {
            const PriorityRow &p = priorities[row.priority - 1];
            t.priority = Priority{p.id, QString::fromLatin1(p.name), p.weight};
        }

        if (company.hasAccount) {
            t.account = makeAccount(contactRow.company);
            if (company.opportunity.name && i % 5 != 4)
                t.opportunity = makeOpportunity(contactRow.company, today);
        }

        t.contact = makeContact(row.contact);
        for (const int extra : row.additional) {
            if (extra >= 0)
                t.additionalContacts << makeContact(extra);
        }
        out << t;
    }
    return out;
}

QList<Task> DemoData::teammateTasks(const QDateTime &now, const QTimeZone &zone)
{
    const QList<Task> seed = tasks(now, zone);
    QList<Task> out;
    for (qsizetype i = 0; i < 6 && i < seed.size(); ++i) {
        Task t = seed.at(i * 5 % seed.size());
        t.id = 7300000000000000000LL + i; // clear of the rep's ids
        t.userId = TeammateUserId;
        out.append(std::move(t));
    }
    return out;
}

QList<DemoFlow> DemoData::flows()
{
    QList<DemoFlow> out;
    for (const FlowRow &row : flowRows) {
        DemoFlow flow{row.id, utf8(row.name), {}};
        for (int slot = 0; slot < static_cast<int>(std::size(row.steps)); ++slot) {
            if (row.steps[slot].stepNumber != 0)
                flow.callSteps << callStep(row, slot);
        }
        out << flow;
    }
    return out;
}

QList<Task> DemoData::tasks(const QDateTime &now, const QTimeZone &zone, int count)
{
    const QList<Task> seed = tasks(now, zone);
    QList<Task> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Task t = seed.at(i % seed.size());
        if (i >= seed.size())
            t.id = 9000000000 + i; // clear of the seeded ids
        out.append(std::move(t));
    }
    return out;
}

} // namespace engage
