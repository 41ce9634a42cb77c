// The contact, flow and opportunity panels beside the task list: what the rep sees for a task,
// that missing data leaves no holes, and that server strings can neither inject markup nor open
// anything but web pages, phone calls and emails.
#include "ui/ContactPanel.h"
#include "ui/FlowPanel.h"
#include "ui/OpportunityPanel.h"
#include "ui/UrlOpener.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace engage;

namespace {

Contact jonSnow()
{
    Contact c;
    c.crmId = QStringLiteral("0035e00000QwErTAAZ");
    c.type = QStringLiteral("CONTACT");
    c.firstName = QStringLiteral("Jon");
    c.lastName = QStringLiteral("Snow");
    c.crmUrl = QStringLiteral("https://acme.my.salesforce.com/0035e00000QwErTAAZ");
    c.companyName = QStringLiteral("Northwind Traders");
    c.affiliation = QStringLiteral("Them");
    c.emails = {QStringLiteral("jon.snow@northwind.example")};
    c.title = QStringLiteral("VP Operations");
    c.timezone = QStringLiteral("US/Pacific");
    PhoneNumber work;
    work.raw = QStringLiteral("+1 (415) 555-0142");
    work.countryCode = 1;
    work.normalized = QStringLiteral("+14155550142");
    work.label = QStringLiteral("work");
    work.isVerified = true;
    PhoneNumber office;
    office.raw = QStringLiteral("+1 415 555 0100");
    office.extension = QStringLiteral("12");
    office.normalized = QStringLiteral("+14155550100");
    office.label = QStringLiteral("office");
    office.isVerified = false;
    c.phoneNumbers = {work, office};
    c.city = QStringLiteral("San Francisco");
    c.country = QStringLiteral("United States");
    c.state = QStringLiteral("California");
    c.zipcode = QStringLiteral("94107");
    c.linkedinProfile = QStringLiteral("https://www.linkedin.com/in/example-jon-snow");
    return c;
}

Contact named(const QString &first, const QString &last, const QString &title = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.title = title;
    return c;
}

// Gong API reference §9.1, the first task.
Task sampleTask()
{
    Task t;
    t.id = 7254376376091929519;
    t.userId = 234599484848423;
    t.created = QDateTime(QDate(2026, 7, 1), QTime(14, 5, 12), QTimeZone::utc());
    t.updated = QDateTime(QDate(2026, 7, 6), QTime(8, 0, 3), QTimeZone::utc());
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.dueDate = QDateTime(QDate(2026, 7, 7), QTime(16, 0), QTimeZone::utc());
    t.priority = Priority{1, QStringLiteral("high"), 100};
    t.account = Account{QStringLiteral("0015e00000AbCdEAAV"), QStringLiteral("Northwind Traders"),
                        QStringLiteral("https://acme.my.salesforce.com/0015e00000AbCdEAAV")};
    Opportunity o;
    o.crmId = QStringLiteral("0065e00000XyZ12AAB");
    o.name = QStringLiteral("Northwind - Platform renewal 2026");
    o.crmUrl = QStringLiteral("https://acme.my.salesforce.com/0065e00000XyZ12AAB");
    o.status = QStringLiteral("Open");
    o.stage = QStringLiteral("Negotiation");
    o.amount = QStringLiteral("48000");
    o.probability = QStringLiteral("60");
    o.closeDate = QStringLiteral("2026-09-30");
    t.opportunity = o;
    t.flow = Flow{1695493301223590792, QStringLiteral("Renewal outreach"),
                  FlowStep{1695493301223590791, QStringLiteral("Make a call"), 3}};
    t.contact = jonSnow();
    return t;
}

Task sparseTask()
{
    Task t;
    t.id = 1;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    return t;
}

template <typename T> T *child(const QWidget &root, const char *name)
{
    T *found = root.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

// A top-level window with wrapping labels opens at its minimum width, where long links are
// elided; beside the task list a panel is wider than that.
void showAtUsualWidth(QWidget &panel)
{
    panel.resize(420, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

// The widgets of that name the rep can see: the panels keep the lines a contact does not need,
// hidden, for the next one.
template <typename T> QList<T *> shownChildren(const QWidget &root, const char *name)
{
    QList<T *> out;
    const QList<T *> all = root.findChildren<T *>(QLatin1String(name));
    for (T *widget : all)
        if (widget->isVisibleTo(&root))
            out.append(widget);
    return out;
}

bool shown(const QWidget &root, const char *name)
{
    const QWidget *widget = child<QWidget>(root, name);
    return widget && widget->isVisibleTo(&root);
}

QString textOf(const QWidget &root, const char *name)
{
    if (const auto *label = child<QLabel>(root, name))
        return label->text();
    return {};
}

// What a rep would call a hole or a leak: an empty visible label or button, a "null", a lone
// dash, or a label that would render markup.
void verifyNoPlaceholders(const QWidget &root)
{
    const QList<QLabel *> labels = root.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        if (!label->isVisibleTo(&root))
            continue;
        const QString what = label->objectName() + QStringLiteral(": ") + label->text();
        QVERIFY2(!label->text().trimmed().isEmpty(), qPrintable(what));
        QVERIFY2(!label->text().contains(QLatin1String("null"), Qt::CaseInsensitive),
                 qPrintable(what));
        QVERIFY2(label->text() != QStringLiteral("\u2014") && label->text() != QStringLiteral("-"),
                 qPrintable(what));
    }
    const QList<QAbstractButton *> buttons = root.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(&root))
            QVERIFY2(!button->text().trimmed().isEmpty(), qPrintable(button->objectName()));
    }
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private:
    // 14:05 in San Francisco, 23:05 in Berlin, the same day in both.
    const QDateTime m_now{QDate(2026, 7, 7), QTime(21, 5), QTimeZone::utc()};
    QList<QUrl> m_opened;

    void captureOpens()
    {
        m_opened.clear();
        UrlOpener::setHandler([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
    }

private slots:
    void initTestCase()
    {
        // Dates, months and digit grouping as an English (US) user sees them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(QTimeZone(QByteArrayLiteral("US/Pacific")).isValid());
    }

    void cleanup() { UrlOpener::setHandler({}); }

    void emptyStateUntilATaskIsSelected()
    {
        ManualClock clock(m_now);
        ContactPanel contact(clock);
        FlowPanel flow(clock);
        OpportunityPanel opportunity;
        for (QWidget *panel : {static_cast<QWidget *>(&contact), static_cast<QWidget *>(&flow),
                               static_cast<QWidget *>(&opportunity)})
            verifyNoPlaceholders(*panel);
        QVERIFY(shown(contact, "contactEmpty"));
        QVERIFY(textOf(contact, "contactEmpty").startsWith(QLatin1String("Select a task")));
        QVERIFY(!shown(contact, "contactName"));
        QVERIFY(shown(flow, "flowEmpty"));
        QVERIFY(textOf(flow, "flowEmpty").startsWith(QLatin1String("Select a task")));
        QVERIFY(!shown(flow, "flowName"));
        QVERIFY(shown(opportunity, "opportunityEmpty"));
        QVERIFY(textOf(opportunity, "opportunityEmpty").startsWith(QLatin1String("Select a task")));
        QVERIFY(!shown(opportunity, "opportunityName"));

        // Back to empty after a task, too.
        contact.setTask(sampleTask());
        QVERIFY(shown(contact, "contactName"));
        contact.setTask(std::nullopt);
        QVERIFY(shown(contact, "contactEmpty"));
        QVERIFY(!shown(contact, "contactName"));
    }

    void contactShowsWhoToCall()
    {
        ManualClock clock(m_now, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        ContactPanel panel(clock);
        panel.setTask(sampleTask());
        showAtUsualWidth(panel);
        verifyNoPlaceholders(panel);

        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Jon Snow"));
        QCOMPARE(textOf(panel, "contactTitle"), QStringLiteral("VP Operations"));
        QCOMPARE(textOf(panel, "contactCompany"), QStringLiteral("Northwind Traders"));
        QCOMPARE(textOf(panel, "contactAffiliation"), QStringLiteral("Them"));
        QCOMPARE(textOf(panel, "contactType"), QStringLiteral("Contact"));
        QCOMPARE(textOf(panel, "contactLocation"),
                 QStringLiteral("San Francisco, California, United States"));
        QVERIFY(shown(panel, "contactLocalTime"));
        QVERIFY2(textOf(panel, "contactLocalTime").startsWith(QLatin1String("14:05 there")),
                 qPrintable(textOf(panel, "contactLocalTime")));
        QVERIFY(textOf(panel, "contactLocalTime").contains(QLatin1String("US/Pacific")));

        const QList<QAbstractButton *> phones =
            shownChildren<QAbstractButton>(panel, "phoneButton");
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0)->text(), QStringLiteral("+1 (415) 555-0142"));
        QCOMPARE(phones.at(1)->text(), QStringLiteral("+1 415 555 0100"));
        QVERIFY(phones.at(0)->isVisible() && phones.at(0)->isEnabled());
        QVERIFY(phones.at(0)->toolTip().contains(QLatin1String("+14155550142")));
        // One of the two numbers is verified, and only that one carries the mark.
        const QList<QLabel *> verified = shownChildren<QLabel>(panel, "phoneVerified");
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified.at(0)->text(), QStringLiteral("\u2713"));
        QCOMPARE(verified.at(0)->accessibleName(), QStringLiteral("Verified number")); // read aloud
        QCOMPARE(verified.at(0)->parentWidget(), phones.at(0)->parentWidget()->parentWidget());
        const QList<QLabel *> extensions = shownChildren<QLabel>(panel, "phoneExtension");
        QCOMPARE(extensions.size(), 1);
        QCOMPARE(extensions.at(0)->text(), QStringLiteral("ext. 12"));
        // On the second number's line (its notes, below the number), not the first's.
        QVERIFY(phones.at(1)->parentWidget()->parentWidget()->isAncestorOf(extensions.at(0)));
        QVERIFY(!phones.at(0)->parentWidget()->parentWidget()->isAncestorOf(extensions.at(0)));
        const QList<QLabel *> phoneLabels = shownChildren<QLabel>(panel, "phoneLabel");
        QCOMPARE(phoneLabels.size(), 2);
        QCOMPARE(phoneLabels.at(0)->text(), QStringLiteral("work"));

        auto *email = child<QAbstractButton>(panel, "emailButton");
        QVERIFY(email && email->isVisible());
        QCOMPARE(email->text(), QStringLiteral("jon.snow@northwind.example"));

        auto *linkedin = child<QAbstractButton>(panel, "linkedinButton");
        QVERIFY(linkedin && linkedin->isVisible() && linkedin->isEnabled());
        QVERIFY(linkedin->toolTip().contains(QLatin1String("Open www.linkedin.com")));
        auto *crm = child<QAbstractButton>(panel, "contactCrmButton");
        QVERIFY(crm && crm->isVisible() && crm->isEnabled());
        QVERIFY(crm->toolTip().contains(QLatin1String("Open acme.my.salesforce.com")));

        QVERIFY(!shown(panel, "optOutWarning"));
        QVERIFY(!shown(panel, "optOutNote"));
        QVERIFY(!shown(panel, "backToPrimaryButton"));
        QVERIFY(!shown(panel, "additionalContacts"));
    }

    void localTimeNamesTheDayWhenItDiffers()
    {
        // 01:30 on Wednesday in Berlin is still Tuesday afternoon in San Francisco.
        ManualClock clock(QDateTime(QDate(2026, 7, 7), QTime(23, 30), QTimeZone::utc()),
                          QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        ContactPanel panel(clock);
        panel.setTask(sampleTask());
        QVERIFY2(textOf(panel, "contactLocalTime").startsWith(QLatin1String("Tue 16:30 there")),
                 qPrintable(textOf(panel, "contactLocalTime")));
    }

    void unknownTimeZoneHidesLocalTime_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("path") << QStringLiteral("../../../etc/passwd");
        QTest::newRow("absolute") << QStringLiteral("/dev/zero");
        QTest::newRow("markup") << QStringLiteral("<b>x</b>");
    }

    void unknownTimeZoneHidesLocalTime()
    {
        QFETCH(QString, zone);
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        Task task = sampleTask();
        task.contact->timezone = zone;
        panel.setTask(task);
        QVERIFY(!shown(panel, "contactLocalTime"));
        QVERIFY(!shown(panel, "contactLocalTimeLabel"));
        verifyNoPlaceholders(panel);
    }

    void optedOutContactShowsTheWarning()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        Task task = sampleTask();
        task.contact->optOutChannels = {QStringLiteral("CALLS"), QStringLiteral("EMAILS")};
        panel.setTask(task);
        QVERIFY(shown(panel, "optOutWarning"));
        QVERIFY(textOf(panel, "optOutWarning").contains(QLatin1String("Do not call")));
        QVERIFY(shown(panel, "optOutNote"));
        QCOMPARE(textOf(panel, "optOutNote"), QStringLiteral("Opted out of emails"));

        task.contact->optOutChannels = {QStringLiteral("EMAILS")};
        panel.setTask(task);
        QVERIFY(!shown(panel, "optOutWarning"));
        QVERIFY(shown(panel, "optOutNote"));

        panel.setTask(sampleTask());
        QVERIFY(!shown(panel, "optOutWarning"));
        QVERIFY(!shown(panel, "optOutNote"));
    }

    void sparseTaskLeavesNoHoles()
    {
        ManualClock clock(m_now);
        ContactPanel contact(clock);
        FlowPanel flow(clock);
        OpportunityPanel opportunity;
        contact.setTask(sparseTask());
        flow.setTask(sparseTask());
        opportunity.setTask(sparseTask());
        for (QWidget *panel : {static_cast<QWidget *>(&contact), static_cast<QWidget *>(&flow),
                               static_cast<QWidget *>(&opportunity)}) {
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel));
            verifyNoPlaceholders(*panel);
        }
        QCOMPARE(textOf(contact, "contactEmpty"), QStringLiteral("No contact on this task."));
        QVERIFY(!shown(contact, "contactName"));
        QVERIFY(!shown(contact, "additionalContacts"));

        QCOMPARE(textOf(flow, "taskType"), QStringLiteral("Flow"));
        QCOMPARE(textOf(flow, "taskStatus"), QStringLiteral("Open"));
        for (const char *name : {"flowName", "flowStep", "taskTitle", "taskPriority", "taskDue",
                                 "taskCreated", "taskUpdated"})
            QVERIFY2(!shown(flow, name), name);

        QVERIFY(shown(opportunity, "opportunityEmpty"));
        QVERIFY(!shown(opportunity, "opportunityName"));
        QVERIFY(!shown(opportunity, "accountName"));
    }

    void contactWithOnlyANameShowsOnlyTheName()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        Task task = sparseTask();
        task.contact = named(QStringLiteral("Ned"), QString());
        panel.setTask(task);
        verifyNoPlaceholders(panel);
        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Ned"));
        for (const char *name :
             {"contactTitle", "contactCompany", "contactPhones", "contactEmails",
              "contactLocalTime", "contactLocation", "contactAffiliation", "contactType",
              "linkedinButton", "contactCrmButton", "optOutWarning"})
            QVERIFY2(!shown(panel, name), name);
    }

    void phoneButtonCallsTheNumber()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        panel.setTask(sampleTask());
        showAtUsualWidth(panel);
        captureOpens();

        const QList<QAbstractButton *> phones =
            shownChildren<QAbstractButton>(panel, "phoneButton");
        QCOMPARE(phones.size(), 2);
        QTest::mouseClick(phones.at(0), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("tel:+14155550142"))});

        m_opened.clear();
        QTest::mouseClick(child<QAbstractButton>(panel, "emailButton"), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("mailto:jon.snow@northwind.example"))});

        m_opened.clear();
        QTest::mouseClick(child<QAbstractButton>(panel, "linkedinButton"), Qt::LeftButton);
        QCOMPARE(m_opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://www.linkedin.com/in/example-jon-snow"))});
    }

    void copyPutsTheNumberOnTheClipboard()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        panel.setTask(sampleTask());
        showAtUsualWidth(panel);

        const QList<QAbstractButton *> copies =
            shownChildren<QAbstractButton>(panel, "copyPhoneButton");
        QCOMPARE(copies.size(), 2);
        QCOMPARE(copies.at(0)->text(), QStringLiteral("Copy"));
        QTest::mouseClick(copies.at(0), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+14155550142"));
        QCOMPARE(copies.at(0)->text(), QStringLiteral("Copied"));

        QTest::mouseClick(child<QAbstractButton>(panel, "copyEmailButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("jon.snow@northwind.example"));
    }

    // The lines are kept from task to task: the next contact's line says only what is theirs.
    void keptLinesShowOnlyTheNextContact()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        panel.setTask(sampleTask());
        showAtUsualWidth(panel);
        QCOMPARE(shownChildren<QAbstractButton>(panel, "phoneButton").size(), 2);
        QCOMPARE(shownChildren<QLabel>(panel, "phoneVerified").size(), 1);

        Task next = sampleTask();
        next.id = 2;
        PhoneNumber mobile;
        mobile.raw = QStringLiteral("+44 20 7946 0958");
        mobile.normalized = QStringLiteral("+442079460958");
        mobile.isVerified = false;
        next.contact->phoneNumbers = {mobile};
        next.contact->emails = {QStringLiteral("arya@winterfell.example"),
                                QStringLiteral("no.one@braavos.example")};
        panel.setTask(next);

        const QList<QAbstractButton *> phones =
            shownChildren<QAbstractButton>(panel, "phoneButton");
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones.at(0)->text(), QStringLiteral("+44 20 7946 0958"));
        QVERIFY(phones.at(0)->toolTip().contains(QLatin1String("+442079460958")));
        QVERIFY(shownChildren<QLabel>(panel, "phoneVerified").isEmpty());
        QVERIFY(shownChildren<QLabel>(panel, "phoneLabel").isEmpty());
        QVERIFY(shownChildren<QLabel>(panel, "phoneExtension").isEmpty());
        const QList<QAbstractButton *> copies =
            shownChildren<QAbstractButton>(panel, "copyPhoneButton");
        QCOMPARE(copies.size(), 1);
        QVERIFY(copies.at(0)->toolTip().contains(QLatin1String("+442079460958")));
        QTest::mouseClick(copies.at(0), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+442079460958"));
        const QList<QAbstractButton *> emails =
            shownChildren<QAbstractButton>(panel, "emailButton");
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.at(1)->text(), QStringLiteral("no.one@braavos.example"));
        QTest::mouseClick(shownChildren<QAbstractButton>(panel, "copyEmailButton").at(1),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("no.one@braavos.example"));
        verifyNoPlaceholders(panel);

        // And back: the first contact's two lines, each as it was.
        panel.setTask(sampleTask());
        QCOMPARE(shownChildren<QAbstractButton>(panel, "phoneButton").size(), 2);
        QCOMPARE(shownChildren<QLabel>(panel, "phoneVerified").size(), 1);
        QCOMPARE(shownChildren<QLabel>(panel, "phoneExtension").size(), 1);
        QCOMPARE(shownChildren<QAbstractButton>(panel, "emailButton").size(), 1);
    }

    void unsafeLinksCannotBeOpened()
    {
        ManualClock clock(m_now);
        ContactPanel contact(clock);
        OpportunityPanel opportunity;
        Task task = sampleTask();
        task.contact->crmUrl = QStringLiteral("javascript:alert(1)");
        task.contact->linkedinProfile = QStringLiteral("file:///etc/passwd");
        task.contact->emails = {QStringLiteral("x@y.example?subject=hi&body=1")};
        task.contact->phoneNumbers = {PhoneNumber{QStringLiteral("call me"), {}, {}, {}, {}, {}}};
        task.opportunity->crmUrl = QStringLiteral("javascript:alert(1)");
        task.account->crmUrl = QStringLiteral("data:text/html,<script>alert(1)</script>");
        contact.setTask(task);
        opportunity.setTask(task);
        contact.show();
        opportunity.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        captureOpens();

        const QList<std::pair<QWidget *, const char *>> links = {
            {&contact, "contactCrmButton"},
            {&contact, "linkedinButton"},
            {&contact, "emailButton"},
            {&contact, "phoneButton"},
            {&opportunity, "opportunityCrmButton"},
            {&opportunity, "accountCrmButton"}};
        for (const auto &[panel, name] : links) {
            auto *button = child<QAbstractButton>(*panel, name);
            QVERIFY2(button, name);
            QVERIFY2(!button->isVisibleTo(panel) || !button->isEnabled(), name);
            button->click();
            QTest::mouseClick(button, Qt::LeftButton);
            // The rep still sees what the CRM holds, as text.
            const QString plainName = QLatin1String(name) + QStringLiteral("Text");
            auto *plain = panel->findChild<QLabel *>(plainName);
            QVERIFY2(plain && plain->isVisibleTo(panel), name);
            QCOMPARE(plain->textFormat(), Qt::PlainText);
        }
        QVERIFY2(m_opened.isEmpty(), qPrintable(m_opened.value(0).toString()));
        QCOMPARE(textOf(contact, "contactCrmButtonText"), QStringLiteral("javascript:alert(1)"));
        QCOMPARE(textOf(contact, "linkedinButtonText"), QStringLiteral("file:///etc/passwd"));
        QCOMPARE(textOf(contact, "phoneButtonText"), QStringLiteral("call me"));
        verifyNoPlaceholders(contact);
        verifyNoPlaceholders(opportunity);
    }

    void markupIsShownLiterally()
    {
        const QString markup = QStringLiteral("<b>Bold</b><img src=x>");
        ManualClock clock(m_now);
        ContactPanel contact(clock);
        FlowPanel flow(clock);
        OpportunityPanel opportunity;
        Task task = sampleTask();
        task.contact->firstName = markup;
        task.contact->lastName.clear();
        task.contact->title = markup;
        task.flow->name = markup;
        task.opportunity->name = markup;
        task.account->name = markup;
        task.additionalContacts = {named(markup, QString())};
        contact.setTask(task);
        flow.setTask(task);
        opportunity.setTask(task);

        auto *name = child<QLabel>(contact, "contactName");
        QCOMPARE(name->text(), markup);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(textOf(contact, "contactTitle"), markup);
        QCOMPARE(textOf(flow, "flowName"), markup);
        QCOMPARE(textOf(opportunity, "opportunityName"), markup);
        QCOMPARE(textOf(opportunity, "accountName"), markup);
        QCOMPARE(child<QAbstractButton>(contact, "additionalContactButton")->text(), markup);
        // Every label in every panel, values and row names alike.
        verifyNoPlaceholders(contact);
        verifyNoPlaceholders(flow);
        verifyNoPlaceholders(opportunity);
    }

    void longTextDoesNotWidenThePanel()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        Task task = sampleTask();
        const QString word(300, QLatin1Char('W'));
        task.contact->firstName = word;
        task.contact->companyName = QStringLiteral("Northwind ").repeated(40);
        task.contact->emails = {QStringLiteral("a").repeated(200) + QStringLiteral("@example.com")};
        task.contact->crmUrl = QStringLiteral("javascript:") + word;
        panel.setTask(task);
        QVERIFY2(panel.minimumSizeHint().width() <= 320,
                 qPrintable(QString::number(panel.minimumSizeHint().width())));
        QVERIFY(panel.minimumSizeHint().width() >= 280);

        // At its narrowest everything still fits inside the panel, nothing overlaps its edge.
        panel.resize(panel.minimumSizeHint().width(), 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<QWidget *> widgets = panel.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&panel) || widget->parentWidget() == nullptr)
                continue;
            const QRect inPanel(widget->mapTo(&panel, QPoint(0, 0)), widget->size());
            QVERIFY2(inPanel.right() < panel.width() - 8,
                     qPrintable(widget->objectName() + QStringLiteral(" ends at ") +
                                QString::number(inPanel.right())));
        }
        // The long address is shortened on screen and whole in the tooltip; the number is whole.
        auto *email = child<QAbstractButton>(panel, "emailButton");
        QVERIFY(email->text().contains(QStringLiteral("\u2026")));
        QVERIFY(email->toolTip().contains(task.contact->emails.first()));
        QCOMPARE(child<QAbstractButton>(panel, "phoneButton")->text(),
                 QStringLiteral("+1 (415) 555-0142"));
        QVERIFY(child<QLabel>(panel, "contactName")->toolTip().contains(word));
    }

    void additionalContactsCanBeViewed()
    {
        ManualClock clock(m_now);
        ContactPanel panel(clock);
        Task task = sampleTask();
        Contact sansa =
            named(QStringLiteral("Sansa"), QStringLiteral("Stark"), QStringLiteral("CFO"));
        PhoneNumber phone;
        phone.raw = QStringLiteral("+1 212 555 0111");
        phone.normalized = QStringLiteral("+12125550111");
        sansa.phoneNumbers = {phone};
        sansa.optOutChannels = {QStringLiteral("CALLS")};
        task.additionalContacts = {sansa, named(QStringLiteral("Arya"), QStringLiteral("Stark")),
                                   named(QStringLiteral("Tom & Jerry"), QString())};
        panel.setTask(task);
        showAtUsualWidth(panel);
        captureOpens();

        QVERIFY(shown(panel, "additionalContacts"));
        const QList<QAbstractButton *> others =
            panel.findChildren<QAbstractButton *>(QStringLiteral("additionalContactButton"));
        QCOMPARE(others.size(), 3);
        QCOMPARE(others.at(0)->text(), QStringLiteral("Sansa Stark \u00B7 CFO"));
        QCOMPARE(others.at(1)->text(), QStringLiteral("Arya Stark"));
        // "&" is shown as an ampersand, not taken as a keyboard mnemonic.
        QCOMPARE(others.at(2)->text(), QStringLiteral("Tom && Jerry"));
        QCOMPARE(others.at(2)->accessibleName(), QStringLiteral("Tom & Jerry"));
        QVERIFY(!shown(panel, "backToPrimaryButton"));

        QTest::mouseClick(others.at(0), Qt::LeftButton);
        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Sansa Stark"));
        QCOMPARE(panel.contact()->firstName, QStringLiteral("Sansa"));
        QVERIFY(shown(panel, "optOutWarning"));
        QVERIFY(!shown(panel, "contactCompany"));
        const QList<QAbstractButton *> phones =
            shownChildren<QAbstractButton>(panel, "phoneButton");
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones.at(0)->text(), QStringLiteral("+1 212 555 0111"));
        QVERIFY(!others.at(0)->isEnabled()); // the one on show
        QVERIFY(others.at(1)->isEnabled());
        auto *back = child<QAbstractButton>(panel, "backToPrimaryButton");
        QVERIFY(back->isVisibleTo(&panel));
        QVERIFY2(back->text().contains(QLatin1String("Back to Jon Snow")),
                 qPrintable(back->text()));
        verifyNoPlaceholders(panel);

        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Jon Snow"));
        QVERIFY(!back->isVisibleTo(&panel));
        QVERIFY(!shown(panel, "optOutWarning"));
        QCOMPARE(shownChildren<QAbstractButton>(panel, "phoneButton").size(), 2);
        QVERIFY(others.at(0)->isEnabled());

        panel.setContact(task.additionalContacts.at(1));
        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Arya Stark"));
        QVERIFY(back->isVisibleTo(&panel));

        // A new task starts from its own contact.
        panel.setTask(sampleTask());
        QCOMPARE(textOf(panel, "contactName"), QStringLiteral("Jon Snow"));
        QVERIFY(!back->isVisibleTo(&panel));
        QVERIFY(!shown(panel, "additionalContacts"));
        QVERIFY(m_opened.isEmpty());
    }

    void flowPanelShowsTheStep()
    {
        ManualClock clock(m_now, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        FlowPanel panel(clock);
        panel.setTask(sampleTask());
        verifyNoPlaceholders(panel);
        QCOMPARE(textOf(panel, "flowName"), QStringLiteral("Renewal outreach"));
        QCOMPARE(textOf(panel, "flowStep"), QStringLiteral("Step 3 \u00B7 Make a call"));
        QCOMPARE(textOf(panel, "taskType"), QStringLiteral("Flow"));
        QCOMPARE(textOf(panel, "taskPriority"), QStringLiteral("High"));
        QVERIFY(child<QLabel>(panel, "taskPriority")->toolTip().contains(QLatin1String("100")));
        // In the rep's zone (Berlin, summer time), not UTC.
        QCOMPARE(textOf(panel, "taskCreated"), QStringLiteral("Wed 1 Jul 2026, 16:05"));
        QCOMPARE(textOf(panel, "taskUpdated"), QStringLiteral("Mon 6 Jul 2026, 10:00"));
        QCOMPARE(textOf(panel, "taskDue"), QStringLiteral("Tue 7 Jul 2026, 18:00"));
        QVERIFY(!shown(panel, "taskTitle"));

        Task manual = sparseTask();
        manual.type = TaskType::Manual;
        manual.title = QStringLiteral("Call back re: pricing question");
        panel.setTask(manual);
        verifyNoPlaceholders(panel);
        QCOMPARE(textOf(panel, "taskType"), QStringLiteral("Manual"));
        QCOMPARE(textOf(panel, "taskTitle"), QStringLiteral("Call back re: pricing question"));
        QVERIFY(!shown(panel, "flowName"));
        QVERIFY(!shown(panel, "flowStep"));
        QVERIFY(!shown(panel, "taskPriority"));
    }

    void stepText_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both") << qint64(3) << QStringLiteral("Make a call")
                              << QStringLiteral("Step 3 \u00B7 Make a call");
        QTest::newRow("number") << qint64(2) << QString() << QStringLiteral("Step 2");
        QTest::newRow("name") << qint64(0) << QStringLiteral("Intro call")
                              << QStringLiteral("Intro call");
        QTest::newRow("neither") << qint64(0) << QString() << QString();
    }

    void stepText()
    {
        QFETCH(qint64, number);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(FlowPanel::stepText(FlowStep{1, name, number}), expected);
        QCOMPARE(FlowPanel::stepText(std::nullopt), QString());
    }

    void opportunityPanelShowsTheDeal()
    {
        OpportunityPanel panel;
        panel.setTask(sampleTask());
        showAtUsualWidth(panel);
        verifyNoPlaceholders(panel);
        QCOMPARE(textOf(panel, "opportunityName"),
                 QStringLiteral("Northwind - Platform renewal 2026"));
        QCOMPARE(textOf(panel, "opportunityStage"), QStringLiteral("Negotiation"));
        QCOMPARE(textOf(panel, "opportunityAmount"), QStringLiteral("48,000"));
        QCOMPARE(textOf(panel, "opportunityProbability"), QStringLiteral("60%"));
        QCOMPARE(textOf(panel, "opportunityCloseDate"), QStringLiteral("30 Sep 2026"));
        QCOMPARE(textOf(panel, "opportunityStatus"), QStringLiteral("Open"));
        QCOMPARE(textOf(panel, "accountName"), QStringLiteral("Northwind Traders"));
        QVERIFY(!shown(panel, "opportunityEmpty"));
        QVERIFY(!shown(panel, "noOpportunity"));

        captureOpens();
        auto *crm = child<QAbstractButton>(panel, "opportunityCrmButton");
        QVERIFY(crm->isVisible() && crm->isEnabled());
        QVERIFY(crm->toolTip().contains(QLatin1String("Open acme.my.salesforce.com")));
        QTest::mouseClick(crm, Qt::LeftButton);
        QTest::mouseClick(child<QAbstractButton>(panel, "accountCrmButton"), Qt::LeftButton);
        QCOMPARE(m_opened,
                 (QList<QUrl>{
                     QUrl(QStringLiteral("https://acme.my.salesforce.com/0065e00000XyZ12AAB")),
                     QUrl(QStringLiteral("https://acme.my.salesforce.com/0015e00000AbCdEAAV"))}));

        // An account without an opportunity still shows the account.
        Task accountOnly = sampleTask();
        accountOnly.opportunity.reset();
        panel.setTask(accountOnly);
        verifyNoPlaceholders(panel);
        QVERIFY(shown(panel, "noOpportunity"));
        QVERIFY(!shown(panel, "opportunityName"));
        QVERIFY(shown(panel, "accountName"));
    }

    void opportunityNumbers_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("amountText");
        QTest::addColumn<QString>("probability");
        QTest::addColumn<QString>("probabilityText");
        QTest::addColumn<QString>("closeDate");
        QTest::addColumn<QString>("closeDateText");
        const auto row = [](const char *name, const char *amount, const char *amountText,
                            const char *probability, const char *probabilityText,
                            const char *closeDate, const char *closeDateText) {
            QTest::newRow(name) << QString::fromUtf8(amount) << QString::fromUtf8(amountText)
                                << QString::fromUtf8(probability)
                                << QString::fromUtf8(probabilityText)
                                << QString::fromUtf8(closeDate) << QString::fromUtf8(closeDateText);
        };
        row("sample", "48000", "48,000", "60", "60%", "2026-09-30", "30 Sep 2026");
        row("fractions", "48000.6", "48,001", "12.5", "12.5%", "2026-09-30T00:00:00Z",
            "30 Sep 2026");
        row("percent sign", "1234567", "1,234,567", "75%", "75%", "2026-01-02", "2 Jan 2026");
        row("not numbers", "TBD", "TBD", "high", "high", "next quarter", "next quarter");
        row("bad date", " 0 ", "0", "0", "0%", "2026-13-45", "2026-13-45");
        row("missing", "", "", "", "", "", "");
    }

    void opportunityNumbers()
    {
        QFETCH(QString, amount);
        QFETCH(QString, amountText);
        QFETCH(QString, probability);
        QFETCH(QString, probabilityText);
        QFETCH(QString, closeDate);
        QFETCH(QString, closeDateText);
        QCOMPARE(OpportunityPanel::amountText(amount), amountText);
        QCOMPARE(OpportunityPanel::probabilityText(probability), probabilityText);
        QCOMPARE(OpportunityPanel::closeDateText(closeDate), closeDateText);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
