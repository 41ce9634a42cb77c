// What the call card shows, from the task and what the session knows around it; and that the
// card shows server text as text, never as markup.
#include "ui/CallCard.h"
#include "ui/CallCardData.h"

#include "ui/UrlOpener.h"
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace engage;

namespace {

const QDateTime Monday1300(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc());

Task callTask()
{
    Task t;
    t.id = 42;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.dueDate = Monday1300.addDays(-2);
    Contact c;
    c.crmId = QStringLiteral("003A");
    c.firstName = QStringLiteral("Haruto");
    c.lastName = QStringLiteral("Tanaka");
    c.title = QStringLiteral("Head of Procurement");
    c.companyName = QStringLiteral("Kyoto Components");
    c.timezone = QStringLiteral("Asia/Tokyo");
    c.phoneNumbers = {
        PhoneNumber{QStringLiteral("075-555-0100"), {}, 81, {}, QStringLiteral("work"), false},
        PhoneNumber{QStringLiteral("090 1234 5678"),
                    QStringLiteral("12"),
                    81,
                    {},
                    QStringLiteral("mobile"),
                    true},
        PhoneNumber{QStringLiteral("1-800-FLOWERS"), {}, 1, {}, QStringLiteral("other"), {}},
    };
    t.contact = c;
    t.flow = Flow{7, QStringLiteral("Renewal outreach"), FlowStep{702, QStringLiteral("Call"), 2}};
    Opportunity o;
    o.name = QStringLiteral("Renewal 2027");
    o.stage = QStringLiteral("Negotiation");
    o.amount = QStringLiteral("48000");
    o.closeDate = QStringLiteral("2026-12-20");
    t.opportunity = o;
    return t;
}

FlowInfo renewalFlow()
{
    FlowInfo f{7, QStringLiteral("Renewal outreach"), {}, {}};
    f.steps << FlowStepInfo{701, 1, QStringLiteral("SEND_EMAIL"), QStringLiteral("Hi"),
                            QStringLiteral("…")}
            << FlowStepInfo{702,
                            2,
                            QStringLiteral("CALL"),
                            {},
                            QStringLiteral("Ask about the <b>renewal</b> date.")}
            << FlowStepInfo{703, 3, QStringLiteral("SEND_EMAIL"), QStringLiteral("Follow-up"), {}}
            << FlowStepInfo{704, 4, QStringLiteral("CALL"), {}, {}};
    return f;
}

CallCardData::Inputs inputs()
{
    CallCardData::Inputs in;
    in.now = Monday1300;
    in.hours = CallingHours::forZoneId(QStringLiteral("Asia/Tokyo"), QTimeZone("Europe/Berlin"));
    in.flow = renewalFlow();
    return in;
}

} // namespace

class TestCallCard : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatTheRepNeedsBeforeDialling()
    {
        const CallCardData d = CallCardData::build(callTask(), inputs());
        QCOMPARE(d.name, QStringLiteral("Haruto Tanaka"));
        QCOMPARE(d.subtitle, QStringLiteral("Head of Procurement · Kyoto Components"));
        // 22:00 in Tokyo: outside calling hours, and the card says when they open.
        QVERIFY(!d.goodTime);
        QVERIFY2(d.localTime.startsWith(QStringLiteral("22:00 there")), qPrintable(d.localTime));
        // The verified mobile first, in E.164 with its extension; the work number after it;
        // the vanity number is listed but never dialled.
        QVERIFY(d.number);
        QCOMPARE(d.number->number(), QStringLiteral("+819012345678"));
        QCOMPARE(d.numberText, QStringLiteral("+819012345678 ext. 12"));
        QCOMPARE(d.numberDetail, QStringLiteral("mobile · verified"));
        QCOMPARE(d.otherNumbers.size(), 2);
        QVERIFY(d.otherNumbers.at(0).startsWith(QStringLiteral("+81755550100")));
        QVERIFY(d.otherNumbers.at(1).contains(QStringLiteral("cannot be dialled")));
        QCOMPARE(d.flowLine, QStringLiteral("Renewal outreach · step 2 of 4 (call) · next: email"));
        QCOMPARE(d.script, QStringLiteral("Ask about the <b>renewal</b> date."));
        QCOMPARE(d.opportunity,
                 QStringLiteral("Renewal 2027 · Negotiation · %1 · closes %2")
                     .arg(QLocale().toString(48000.0, 'f', 0),
                          QLocale().toString(QDate(2026, 12, 20), QStringLiteral("d MMM yyyy"))));
        QVERIFY(!d.optedOut);
    }

    void optOutsAndMissingThings()
    {
        Task t = callTask();
        t.contact->optOutChannels << QStringLiteral("CALLS");
        CallCardData d = CallCardData::build(t, inputs());
        QVERIFY(d.optedOut);
        QVERIFY(d.optOutText.contains(QStringLiteral("opted out of calls")));

        // Opted out by an outcome logged here: said, with where to set it for good.
        t = callTask();
        t.contact->crmUrl = QStringLiteral("https://crm.example.com/contacts/003A");
        CallCardData::Inputs in = inputs();
        in.markedOptedOut = true;
        d = CallCardData::build(t, in);
        QVERIFY(d.optedOut);
        QVERIFY(d.optOutText.contains(QStringLiteral("CRM")));
        CallCard card;
        card.setCall(d);
        card.show();
        auto *link = card.findChild<QPushButton *>(QStringLiteral("card.crmLink"));
        QVERIFY(link->isVisible());
        QList<QUrl> opened;
        UrlOpener::setHandler([&](const QUrl &url) {
            opened << url;
            return true;
        });
        link->click();
        UrlOpener::setHandler({});
        QCOMPARE(opened, QList<QUrl>{QUrl(t.contact->crmUrl)});
        // A link that is not a web page is never offered.
        t.contact->crmUrl = QStringLiteral("javascript:alert(1)");
        card.setCall(CallCardData::build(t, in));
        QVERIFY(!link->isVisible());

        // No numbers, no flow steps known yet, no opportunity.
        t = callTask();
        t.contact->phoneNumbers.clear();
        t.opportunity.reset();
        in = inputs();
        in.flow.reset();
        d = CallCardData::build(t, in);
        QVERIFY(!d.number);
        QCOMPARE(d.numberText, QStringLiteral("No phone number"));
        QCOMPARE(d.flowLine, QStringLiteral("Renewal outreach · step 2"));
        QVERIFY(d.script.isEmpty());
        QVERIFY(d.scriptNote.contains(QStringLiteral("on its way")));
        in.flowsUnavailable = QStringLiteral("No call script: the key may not read flows.");
        d = CallCardData::build(t, in);
        QCOMPARE(d.scriptNote, in.flowsUnavailable);
    }

    void serverTextIsNeverMarkup()
    {
        Task t = callTask();
        t.contact->firstName = QStringLiteral("<img src=x onerror=alert(1)>");
        CallCard card;
        card.setCall(CallCardData::build(t, inputs()));
        const auto labels = card.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->objectName().startsWith(QStringLiteral("card.")))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("card.name"))
                    ->text()
                    .startsWith(QStringLiteral("<img")));
        QCOMPARE(card.findChild<QPlainTextEdit *>(QStringLiteral("card.script"))->toPlainText(),
                 QStringLiteral("Ask about the <b>renewal</b> date."));
    }
};

QTEST_MAIN(TestCallCard)
#include "tst_callcard.moc"
