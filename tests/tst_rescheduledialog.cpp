#include "core/Clock.h"
#include "core/ReschedulePresets.h"
#include "core/Task.h"
#include "ui/RescheduleDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextCharFormat>
#include <QTimeEdit>

using namespace engage;

namespace {

const QTimeZone Berlin("Europe/Berlin");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

// Mon 1 Dec 2025, 15:00 in Berlin.
QDateTime fixedNow()
{
    return utc("2025-12-01T14:00:00Z");
}

Task sampleTask(const QString &timezone = QStringLiteral("US/Pacific"))
{
    Task task;
    task.id = 7234567890123456789;
    task.status = TaskStatus::Open;
    task.type = TaskType::Flow;
    task.dueDate = utc("2025-12-01T15:00:00Z"); // 16:00 in Berlin
    Contact jon;
    jon.firstName = QStringLiteral("Jon");
    jon.lastName = QStringLiteral("Snow");
    jon.companyName = QStringLiteral("Night's Watch");
    jon.timezone = timezone;
    task.contact = jon;
    return task;
}

} // namespace

class TestRescheduleDialog : public QObject
{
    Q_OBJECT

private slots:
    void titleAndInitialState();
    void presetKeyThenReturn_data();
    void presetKeyThenReturn();
    void presetButtonsClickAndLabels();
    void escapeRejects();
    void keysWorkWhenCalendarHasFocus();
    void keypadDigitsWork();
    void returnInTimeEditApplies();
    void typingAnyMinute();
    void arrowsStepByQuarterHours();
    void contactTime();
    void switchingZoneKeepsTheInstant();
    void nowDueFollowsTheChosenZone();
    void presetsFollowTheChosenZone();
    void minimumDateIsTodayInTheChosenZone();
    void pastTimeIsRefused();
    void previewTexts();
    void previewWithoutContactZone_data();
    void previewWithoutContactZone();
    void serverTextIsPlain();
    void nothingCutOffAtDefaultSize();
    void phraseFieldHasFocus();
    void lonePresetDigitInFieldThenReturn();
    void typedPhrasePreviewsAndReturnApplies();
    void phraseInTheContactsZone();
    void switchingZoneRereadsThePhrase();
    void unreadablePhraseDisablesOk();
    void timeAlonePassedSaysTomorrow();
    void digitsStartingLikeAPresetAreATime();
    void editorsTakeOverFromThePhrase();
    void phraseInADstGapIsRefused();
    void keysSentToTheDialogItselfPickPresets();

private:
    static bool show(RescheduleDialog &dialog);
    static QWidget *focused(QWidget *fallback);
};

bool TestRescheduleDialog::show(RescheduleDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QWidget *TestRescheduleDialog::focused(QWidget *fallback)
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : fallback;
}

template <typename T> static T *child(const QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void TestRescheduleDialog::titleAndInitialState()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Reschedule — Jon Snow"));
    QCOMPARE(child<QLabel>(dialog, "nowDue")->text(),
             QStringLiteral("Now due: Mon 1 Dec, 16:00 your time"));
    // The current due date is still ahead: the editors start from it.
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T15:00:00Z"));
    QCOMPARE(child<QCalendarWidget>(dialog, "calendar")->selectedDate(), QDate(2025, 12, 1));
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(16, 0));
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->displayFormat(), QStringLiteral("HH:mm"));
    QVERIFY(child<QRadioButton>(dialog, "zoneYours")->isChecked());
    QCOMPARE(child<QRadioButton>(dialog, "zoneContact")->text(), QStringLiteral("Jon's time"));
    QVERIFY(!dialog.usesContactZone());
    for (int preset = 1; preset <= 4; ++preset) {
        auto *button =
            child<QPushButton>(dialog, qPrintable(QStringLiteral("preset%1").arg(preset)));
        QVERIFY(button->text().startsWith(QString::number(preset)));
        QVERIFY(button->text().endsWith(ReschedulePresets::label(preset)));
        QVERIFY(!button->autoDefault());
    }
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isDefault());
    QVERIFY(ok->isEnabled());

    // An overdue task starts from tomorrow morning instead.
    Task overdue = sampleTask();
    overdue.dueDate = utc("2025-11-28T08:00:00Z");
    RescheduleDialog late(clock, overdue);
    QCOMPARE(child<QLabel>(late, "nowDue")->text(),
             QStringLiteral("Now due: Fri 28 Nov, 09:00 your time (overdue)"));
    QCOMPARE(late.chosenUtc(), utc("2025-12-02T08:00:00Z"));

    Task undated = sampleTask();
    undated.dueDate = QDateTime();
    RescheduleDialog none(clock, undated);
    QCOMPARE(child<QLabel>(none, "nowDue")->text(), QStringLiteral("Now due: no due date"));
    QCOMPARE(none.chosenUtc(), utc("2025-12-02T08:00:00Z"));
}

void TestRescheduleDialog::presetKeyThenReturn_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QDateTime>("expected");
    // Now is Mon 1 Dec 2025, 15:00 in Berlin (UTC+1).
    QTest::newRow("1 in 3 hours") << int(Qt::Key_1) << utc("2025-12-01T17:00:00Z");
    QTest::newRow("2 tomorrow") << int(Qt::Key_2) << utc("2025-12-02T08:00:00Z");
    QTest::newRow("3 next business day") << int(Qt::Key_3) << utc("2025-12-02T08:00:00Z");
    QTest::newRow("4 next monday") << int(Qt::Key_4) << utc("2025-12-08T08:00:00Z");
}

void TestRescheduleDialog::presetKeyThenReturn()
{
    QFETCH(int, key);
    QFETCH(QDateTime, expected);
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));

    QTest::keyClick(focused(&dialog), Qt::Key(key));
    QCOMPARE(dialog.chosenUtc(), expected);
    const QDateTime local = expected.toTimeZone(Berlin);
    QCOMPARE(child<QCalendarWidget>(dialog, "calendar")->selectedDate(), local.date());
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), local.time());
    QVERIFY(dialog.isVisible());

    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.chosenUtc(), expected);
    QCOMPARE(dialog.chosenUtc().timeSpec(), Qt::UTC);
}

void TestRescheduleDialog::presetButtonsClickAndLabels()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QCOMPARE(child<QPushButton>(dialog, "preset4")->toolTip(),
             QStringLiteral("Mon 8 Dec, 09:00 (key 4)"));
    QTest::mouseClick(child<QPushButton>(dialog, "preset4"), Qt::LeftButton);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
    QVERIFY(dialog.isVisible());
    // The button has the focus now, but Return still applies rather than clicking it again.
    child<QPushButton>(dialog, "preset1")->setFocus();
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
}

void TestRescheduleDialog::escapeRejects()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClick(focused(&dialog), Qt::Key_2);
    QTest::keyClick(focused(&dialog), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestRescheduleDialog::keysWorkWhenCalendarHasFocus()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *calendar = child<QCalendarWidget>(dialog, "calendar");
    calendar->setFocus();
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus == calendar || calendar->isAncestorOf(focus));

    // Arrow keys still move the day...
    QTest::keyClick(focus, Qt::Key_Right);
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 2));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T15:00:00Z"));
    // ... and the digits pick presets instead of opening the calendar's date editor.
    for (const auto &[key, expected] : {std::pair{Qt::Key_4, "2025-12-08T08:00:00Z"},
                                        std::pair{Qt::Key_1, "2025-12-01T17:00:00Z"},
                                        std::pair{Qt::Key_3, "2025-12-02T08:00:00Z"},
                                        std::pair{Qt::Key_2, "2025-12-02T08:00:00Z"},
                                        std::pair{Qt::Key_4, "2025-12-08T08:00:00Z"}}) {
        QTest::keyClick(focused(&dialog), key);
        QCOMPARE(dialog.chosenUtc(), utc(expected));
        QVERIFY(QApplication::focusWidget() == focus);
    }
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 8));
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
}

void TestRescheduleDialog::keypadDigitsWork()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClick(focused(&dialog), Qt::Key_4, Qt::KeypadModifier);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
    child<QRadioButton>(dialog, "zoneYours")->setFocus();
    QTest::keyClick(focused(&dialog), Qt::Key_2);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z"));
}

void TestRescheduleDialog::returnInTimeEditApplies()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClick(focused(&dialog), Qt::Key_2);
    child<QTimeEdit>(dialog, "timeEdit")->setFocus();
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z"));
}

void TestRescheduleDialog::typingAnyMinute()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClick(focused(&dialog), Qt::Key_2); // Tue 2 Dec, 09:00
    auto *timeEdit = child<QTimeEdit>(dialog, "timeEdit");
    timeEdit->setFocus(Qt::TabFocusReason); // as tabbing there: the hour is selected
    // Digits typed here are a time, not presets.
    QTest::keyClicks(focused(&dialog), QStringLiteral("1437"));
    QCOMPARE(timeEdit->time(), QTime(14, 37));
    QCOMPARE(child<QCalendarWidget>(dialog, "calendar")->selectedDate(), QDate(2025, 12, 2));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T13:37:00Z"));
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T13:37:00Z"));
}

void TestRescheduleDialog::arrowsStepByQuarterHours()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *timeEdit = child<QTimeEdit>(dialog, "timeEdit");
    timeEdit->setFocus();
    timeEdit->setTime(QTime(9, 7));
    timeEdit->setCurrentSection(QDateTimeEdit::MinuteSection);
    QTest::keyClick(timeEdit, Qt::Key_Up);
    QCOMPARE(timeEdit->time(), QTime(9, 15));
    QTest::keyClick(timeEdit, Qt::Key_Up);
    QTest::keyClick(timeEdit, Qt::Key_Up);
    QTest::keyClick(timeEdit, Qt::Key_Up);
    QCOMPARE(timeEdit->time(), QTime(10, 0)); // carries into the hour
    QTest::keyClick(timeEdit, Qt::Key_Down);
    QCOMPARE(timeEdit->time(), QTime(9, 45));
    timeEdit->setTime(QTime(9, 50));
    timeEdit->setCurrentSection(QDateTimeEdit::MinuteSection);
    QTest::keyClick(timeEdit, Qt::Key_Down);
    QCOMPARE(timeEdit->time(), QTime(9, 45));
    // The hour section steps by hours.
    timeEdit->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClick(timeEdit, Qt::Key_Up);
    QCOMPARE(timeEdit->time(), QTime(10, 45));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T09:45:00Z"));
}

void TestRescheduleDialog::contactTime()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QVERIFY(dialog.hasContactZone());
    auto *contact = child<QRadioButton>(dialog, "zoneContact");
    QVERIFY(contact->isVisible());
    QTest::mouseClick(contact, Qt::LeftButton, {}, QPoint(8, contact->height() / 2));
    QVERIFY(dialog.usesContactZone());

    child<QCalendarWidget>(dialog, "calendar")->setSelectedDate(QDate(2025, 12, 2));
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(9, 0));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T17:00:00Z")); // 09:00 PST is UTC-8
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Tue 2 Dec, 18:00 your time · 09:00 for Jon Snow"));

    // In summer the same wall clock is an hour earlier in UTC (PDT, UTC-7).
    child<QCalendarWidget>(dialog, "calendar")->setSelectedDate(QDate(2026, 7, 14));
    QCOMPARE(dialog.chosenUtc(), utc("2026-07-14T16:00:00Z"));

    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2026-07-14T16:00:00Z"));
}

void TestRescheduleDialog::switchingZoneKeepsTheInstant()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *calendar = child<QCalendarWidget>(dialog, "calendar");
    auto *timeEdit = child<QTimeEdit>(dialog, "timeEdit");
    QTest::keyClick(focused(&dialog), Qt::Key_2); // Tue 2 Dec 09:00 Berlin = 08:00Z
    const QDateTime instant = utc("2025-12-02T08:00:00Z");

    child<QRadioButton>(dialog, "zoneContact")->click();
    QCOMPARE(dialog.chosenUtc(), instant);
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 2));
    QCOMPARE(timeEdit->time(), QTime(0, 0)); // midnight in Los Angeles

    child<QRadioButton>(dialog, "zoneYours")->click();
    QCOMPARE(dialog.chosenUtc(), instant);
    QCOMPARE(timeEdit->time(), QTime(9, 0));

    // An instant on another day over there moves the calendar too.
    timeEdit->setTime(QTime(8, 30)); // 07:30Z = Mon 23:30 in Los Angeles
    child<QRadioButton>(dialog, "zoneContact")->click();
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 1));
    QCOMPARE(timeEdit->time(), QTime(23, 30));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T07:30:00Z"));
}

void TestRescheduleDialog::nowDueFollowsTheChosenZone()
{
    ManualClock clock(fixedNow(), Berlin);
    Task task = sampleTask();
    task.dueDate = utc("2025-12-02T06:00:00Z"); // Tue 07:00 in Berlin, Mon 22:00 in Los Angeles
    RescheduleDialog dialog(clock, task);
    QVERIFY(show(dialog));
    auto *nowDue = child<QLabel>(dialog, "nowDue");
    auto *calendar = child<QCalendarWidget>(dialog, "calendar");
    const auto marked = [calendar](const QDate &day) {
        const QTextCharFormat format = calendar->dateTextFormat(day);
        return format.fontUnderline() && format.toolTip() == QStringLiteral("Now due");
    };
    QCOMPARE(nowDue->text(), QStringLiteral("Now due: Tue 2 Dec, 07:00 your time"));
    QVERIFY(marked(QDate(2025, 12, 2)));
    QVERIFY(!marked(QDate(2025, 12, 1)));

    // In Jon's time the due date is the evening before: the text and the calendar say so.
    child<QRadioButton>(dialog, "zoneContact")->click();
    QVERIFY(dialog.usesContactZone());
    QCOMPARE(nowDue->text(), QStringLiteral("Now due: Mon 1 Dec, 22:00 Jon's time (US/Pacific)"));
    QVERIFY(marked(QDate(2025, 12, 1)));
    QVERIFY(!marked(QDate(2025, 12, 2)));

    child<QRadioButton>(dialog, "zoneYours")->click();
    QVERIFY(!dialog.usesContactZone());
    QCOMPARE(nowDue->text(), QStringLiteral("Now due: Tue 2 Dec, 07:00 your time"));
    QVERIFY(marked(QDate(2025, 12, 2)));
    QVERIFY(!marked(QDate(2025, 12, 1)));

    // Overdue reads the same way in either zone.
    Task late = sampleTask(QStringLiteral("Asia/Tokyo"));
    late.dueDate = utc("2025-11-28T08:00:00Z"); // Fri 09:00 in Berlin, Fri 17:00 in Tokyo
    RescheduleDialog overdue(clock, late);
    QVERIFY(show(overdue));
    child<QRadioButton>(overdue, "zoneContact")->click();
    QCOMPARE(child<QLabel>(overdue, "nowDue")->text(),
             QStringLiteral("Now due: Fri 28 Nov, 17:00 Jon's time (Asia/Tokyo) (overdue)"));
}

void TestRescheduleDialog::presetsFollowTheChosenZone()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    child<QRadioButton>(dialog, "zoneContact")->click();
    // It is Mon 06:00 in Los Angeles: tomorrow 09:00 there.
    QTest::keyClick(focused(&dialog), Qt::Key_2);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T17:00:00Z"));
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(9, 0));
    // The keys go to the field, where "2" then "4" would read "24": select the 2 to replace it.
    QTest::keyClick(focused(&dialog), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focused(&dialog), Qt::Key_4);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T17:00:00Z"));
    QCOMPARE(child<QPushButton>(dialog, "preset2")->toolTip(),
             QStringLiteral("Tue 2 Dec, 09:00 (key 2)"));
}

void TestRescheduleDialog::minimumDateIsTodayInTheChosenZone()
{
    // 16:00Z: Mon 17:00 in Berlin, already Tue 01:00 in Tokyo.
    ManualClock clock(utc("2025-12-01T16:00:00Z"), Berlin);
    RescheduleDialog dialog(clock, sampleTask(QStringLiteral("Asia/Tokyo")));
    auto *calendar = child<QCalendarWidget>(dialog, "calendar");
    QCOMPARE(calendar->minimumDate(), QDate(2025, 12, 1));
    child<QRadioButton>(dialog, "zoneContact")->click();
    QCOMPARE(calendar->minimumDate(), QDate(2025, 12, 2));
    child<QRadioButton>(dialog, "zoneYours")->click();
    QCOMPARE(calendar->minimumDate(), QDate(2025, 12, 1));
    calendar->setSelectedDate(QDate(2025, 11, 20));
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 1));
}

void TestRescheduleDialog::pastTimeIsRefused()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *preview = child<QLabel>(dialog, "preview");
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    const QColor normal = preview->palette().color(QPalette::WindowText);

    child<QCalendarWidget>(dialog, "calendar")->setSelectedDate(QDate(2025, 12, 1));
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(14, 30)); // now is 15:00
    QVERIFY(!ok->isEnabled());
    QCOMPARE(preview->text(), QStringLiteral("That time has passed — pick a later one"));
    QVERIFY(preview->palette().color(QPalette::WindowText) != normal);

    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    dialog.accept();
    QVERIFY(dialog.isVisible());

    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(15, 30));
    QVERIFY(ok->isEnabled());
    QCOMPARE(preview->text(), QStringLiteral("Mon 1 Dec, 15:30 your time · 06:30 for Jon Snow"));
    QCOMPARE(preview->palette().color(QPalette::WindowText), normal);

    // The same choice becomes past as time goes on; accepting checks again.
    clock.advanceSecs(3600);
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(preview->text(), QStringLiteral("That time has passed — pick a later one"));
    QTest::keyClick(focused(&dialog), Qt::Key_1);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T18:00:00Z"));
}

void TestRescheduleDialog::previewTexts()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    auto *preview = child<QLabel>(dialog, "preview");
    QCOMPARE(preview->textFormat(), Qt::PlainText);
    QCOMPARE(preview->text(), QStringLiteral("Mon 1 Dec, 16:00 your time · 07:00 for Jon Snow"));
    dialog.pickPreset(2);
    QCOMPARE(preview->text(), QStringLiteral("Tue 2 Dec, 09:00 your time · 00:00 for Jon Snow"));
    // When the day differs over there, it says which.
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(8, 0));
    QCOMPARE(preview->text(),
             QStringLiteral("Tue 2 Dec, 08:00 your time · Mon 23:00 for Jon Snow"));
    // Another year shows the year.
    child<QCalendarWidget>(dialog, "calendar")->setSelectedDate(QDate(2026, 1, 5));
    QCOMPARE(preview->text(),
             QStringLiteral("Mon 5 Jan 2026, 08:00 your time · Sun 23:00 for Jon Snow"));
}

void TestRescheduleDialog::previewWithoutContactZone_data()
{
    QTest::addColumn<bool>("hasContact");
    QTest::addColumn<QString>("zone");
    QTest::newRow("empty zone") << true << QString();
    QTest::newRow("unknown zone") << true << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("no contact") << false << QString();
}

void TestRescheduleDialog::previewWithoutContactZone()
{
    QFETCH(bool, hasContact);
    QFETCH(QString, zone);
    ManualClock clock(fixedNow(), Berlin);
    Task task = sampleTask(zone);
    if (!hasContact) {
        task.contact.reset();
        task.title = QStringLiteral("Call back about pricing");
    }
    RescheduleDialog dialog(clock, task);
    QVERIFY(show(dialog));
    QVERIFY(!dialog.hasContactZone());
    QVERIFY(!child<QRadioButton>(dialog, "zoneContact")->isVisible());
    QVERIFY(!child<QRadioButton>(dialog, "zoneContact")->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Mon 1 Dec, 16:00 your time"));
    QCOMPARE(dialog.windowTitle(), hasContact
                                       ? QStringLiteral("Reschedule — Jon Snow")
                                       : QStringLiteral("Reschedule — Call back about pricing"));
    QTest::keyClick(focused(&dialog), Qt::Key_3);
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Tue 2 Dec, 09:00 your time"));
    QTest::keyClick(focused(&dialog), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z"));
}

void TestRescheduleDialog::serverTextIsPlain()
{
    ManualClock clock(fixedNow(), Berlin);
    Task task = sampleTask();
    task.contact->firstName = QStringLiteral("<b>Jon</b>");
    task.contact->lastName = QStringLiteral("<a href=\"x\">Snow</a>");
    RescheduleDialog dialog(clock, task);
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(QLatin1Char('<')))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(child<QLabel>(dialog, "preview")
                ->text()
                .endsWith(QStringLiteral("for <b>Jon</b> <a href=\"x\">Snow</a>")));
}

void TestRescheduleDialog::nothingCutOffAtDefaultSize()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    auto *preview = child<QLabel>(dialog, "preview");
    QVERIFY(preview->height() >= preview->heightForWidth(preview->width()));
    QVERIFY(dialog.width() <= 900 && dialog.height() <= 600);
}

void TestRescheduleDialog::phraseFieldHasFocus()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *phrase = child<QLineEdit>(dialog, "phrase");
    QCOMPARE(QApplication::focusWidget(), phrase);
    QVERIFY(phrase->text().isEmpty());
    QVERIFY(!phrase->placeholderText().isEmpty());
}

void TestRescheduleDialog::lonePresetDigitInFieldThenReturn()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *phrase = child<QLineEdit>(dialog, "phrase");
    QTest::keyClick(phrase, Qt::Key_2);
    QCOMPARE(phrase->text(), QStringLiteral("2"));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z")); // preset 2, as the key did
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Tue 2 Dec, 09:00 your time · 00:00 for Jon Snow"));
    QTest::keyClick(phrase, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z"));
}

void TestRescheduleDialog::typedPhrasePreviewsAndReturnApplies()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("tomorrow 4pm"));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T15:00:00Z"));
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Tue 2 Dec, 16:00 your time · 07:00 for Jon Snow"));
    QCOMPARE(child<QCalendarWidget>(dialog, "calendar")->selectedDate(), QDate(2025, 12, 2));
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(16, 0));
    QCOMPARE(child<QLineEdit>(dialog, "phrase")->text(), QStringLiteral("tomorrow 4pm"));
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T15:00:00Z"));
}

void TestRescheduleDialog::phraseInTheContactsZone()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    child<QRadioButton>(dialog, "zoneContact")->click();
    auto *phrase = child<QLineEdit>(dialog, "phrase");
    phrase->setFocus();
    QTest::keyClicks(phrase, QStringLiteral("morgen 16 Uhr")); // 16:00 in Los Angeles (UTC-8)
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-03T00:00:00Z"));
    QTest::keyClick(phrase, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-03T00:00:00Z"));
}

void TestRescheduleDialog::switchingZoneRereadsThePhrase()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("tomorrow 4pm"));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T15:00:00Z"));
    child<QRadioButton>(dialog, "zoneContact")->click();
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-03T00:00:00Z")); // 4pm in Los Angeles
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(16, 0));
    QCOMPARE(child<QLineEdit>(dialog, "phrase")->text(), QStringLiteral("tomorrow 4pm"));
    child<QRadioButton>(dialog, "zoneYours")->click();
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T15:00:00Z"));
}

void TestRescheduleDialog::unreadablePhraseDisablesOk()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    auto *preview = child<QLabel>(dialog, "preview");
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    const QDateTime before = dialog.chosenUtc();
    QTest::keyClicks(focused(&dialog), QStringLiteral("xyz"));
    QCOMPARE(preview->text(), QString::fromUtf8("Can't read “xyz” as a date"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.chosenUtc(), before); // nothing applied

    // Words it can read make it good again; an empty field goes back to the editors.
    child<QLineEdit>(dialog, "phrase")->clear();
    QTest::keyClicks(focused(&dialog), QStringLiteral("fri 9"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-05T08:00:00Z"));
    QTest::keyClicks(focused(&dialog), QStringLiteral(" blah"));
    QVERIFY(!ok->isEnabled());
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(focused(&dialog), Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-05T08:00:00Z"));
}

void TestRescheduleDialog::timeAlonePassedSaysTomorrow()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("9")); // it is 15:00
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-02T08:00:00Z"));
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("Tue 2 Dec, 09:00 your time · 00:00 for Jon Snow — tomorrow: 09:00 "
                            "has passed today"));
    // "today" keeps it today, and a past time cannot be applied.
    child<QLineEdit>(dialog, "phrase")->clear();
    QTest::keyClicks(focused(&dialog), QStringLiteral("today 9"));
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("That time has passed — pick a later one"));
    QVERIFY(!child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestRescheduleDialog::digitsStartingLikeAPresetAreATime()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("16:30"));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T15:30:00Z"));
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T15:30:00Z"));
}

void TestRescheduleDialog::editorsTakeOverFromThePhrase()
{
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("blah"));
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(17, 0));
    QVERIFY(child<QLineEdit>(dialog, "phrase")->text().isEmpty());
    QVERIFY(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-01T16:00:00Z"));
    // A preset button empties the field too.
    QTest::keyClicks(child<QLineEdit>(dialog, "phrase"), QStringLiteral("fri 9"));
    QTest::mouseClick(child<QPushButton>(dialog, "preset4"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(dialog, "phrase")->text().isEmpty());
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
}

void TestRescheduleDialog::phraseInADstGapIsRefused()
{
    ManualClock clock(utc("2026-03-28T12:00:00Z"), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClicks(focused(&dialog), QStringLiteral("tomorrow 2:30"));
    QCOMPARE(child<QLabel>(dialog, "preview")->text(),
             QStringLiteral("That time is skipped by a daylight-saving change — pick another"));
    QVERIFY(!child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClick(focused(&dialog), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
}

void TestRescheduleDialog::keysSentToTheDialogItselfPickPresets()
{
    // As tst_mainwindow's "R 2 Return" sends them: to the dialog, not to the focused field.
    ManualClock clock(fixedNow(), Berlin);
    RescheduleDialog dialog(clock, sampleTask());
    QVERIFY(show(dialog));
    QTest::keyClick(&dialog, Qt::Key_4);
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenUtc(), utc("2025-12-08T08:00:00Z"));
}

QTEST_MAIN(TestRescheduleDialog)
#include "tst_rescheduledialog.moc"
