// Settings › Calling, used as the rep uses it: keys and clicks into its fields, OK and what it
// gives back, the hours it refuses, the dialing preview and the fields each method needs.
// ENGAGE_SHOW_DIALOG=1 keeps the dialog on screen (to look at it, or take a screenshot).
#include "ui/CallingSettingsDialog.h"
#include "ui/WeekdayPicker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace engage;

namespace {

template <typename T> T *field(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Replaces a line edit's or spin box's text as typing does: select all, then type.
void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Delete);
    else
        QTest::keyClicks(widget, text);
}

// A time edit takes digits section by section, from the hour on, as after a Tab into it:
// "0930" is 09:30.
void typeTime(QTimeEdit *edit, const QString &digits)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(edit, digits);
}

// The combo's entry with this text, reached with the arrow keys.
void chooseByKeys(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    if (combo->currentText() != text)
        qFatal("no entry %s", qPrintable(text));
}

} // namespace

class TestCallingSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void theFieldsShowTheCurrentSettings()
    {
        CallSettings current;
        current.hours.opens = QTime(9, 15);
        current.hours.days = {1, 3, 6};
        current.retry.notConnectedDelay = std::chrono::minutes(90);
        current.dial.method = DialSettings::Method::Sip;
        current.dial.sipHost = QStringLiteral("pbx.example.com");
        CallingSettingsDialog dialog(current);
        QCOMPARE(field<QTimeEdit>(&dialog, "calling.opens")->time(), QTime(9, 15));
        QCOMPARE(field<QTimeEdit>(&dialog, "calling.closes")->time(), QTime(18, 0));
        QVERIFY(field<QAbstractButton>(&dialog, "calling.day1")->isChecked());
        QVERIFY(!field<QAbstractButton>(&dialog, "calling.day2")->isChecked());
        QVERIFY(field<QAbstractButton>(&dialog, "calling.day6")->isChecked());
        QCOMPARE(field<QSpinBox>(&dialog, "calling.retryMinutes")->value(), 90);
        QCOMPARE(field<QComboBox>(&dialog, "calling.dialMethod")->currentText(),
                 QStringLiteral("SIP link"));
        QCOMPARE(field<QLineEdit>(&dialog, "calling.labelOrder")->text(),
                 QStringLiteral("mobile, direct, work"));
        QVERIFY(okButton(&dialog)->isEnabled());
        // Untouched, it gives back what it was given.
        QCOMPARE(dialog.settings(), current);
        QCOMPARE(CallingSettingsDialog(CallSettings{}).settings(), CallSettings{});
    }

    void okGivesWhatWasTyped()
    {
        CallingSettingsDialog dialog(CallSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeTime(field<QTimeEdit>(&dialog, "calling.opens"), QStringLiteral("0930"));
        typeTime(field<QTimeEdit>(&dialog, "calling.closes"), QStringLiteral("1745"));
        QTest::mouseClick(field<QAbstractButton>(&dialog, "calling.day5"), Qt::LeftButton);
        auto *saturday = field<QAbstractButton>(&dialog, "calling.day6");
        saturday->setFocus();
        QTest::keyClick(saturday, Qt::Key_Space);
        chooseByKeys(field<QComboBox>(&dialog, "calling.withoutZone"),
                     QStringLiteral("Always callable"));
        retype(field<QSpinBox>(&dialog, "calling.retryMinutes"), QStringLiteral("150"));
        retype(field<QSpinBox>(&dialog, "calling.retryDays"), QStringLiteral("2"));
        chooseByKeys(field<QComboBox>(&dialog, "calling.dialMethod"), QStringLiteral("Command"));
        retype(field<QLineEdit>(&dialog, "calling.command"),
               QStringLiteral("linphonec -c \"call {number}\""));
        retype(field<QLineEdit>(&dialog, "calling.labelOrder"),
               QStringLiteral(" direct ,mobile,, "));
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        CallSettings expected;
        expected.hours.opens = QTime(9, 30);
        expected.hours.closes = QTime(17, 45);
        expected.hours.days = {1, 2, 3, 4, 6};
        expected.hours.withoutZone = CallingHoursSettings::WithoutZone::AlwaysOpen;
        expected.retry.notConnectedDelay = std::chrono::minutes(150);
        expected.retry.otherBusinessDays = 2;
        expected.dial.method = DialSettings::Method::Command;
        expected.dial.commandTemplate = QStringLiteral("linphonec -c \"call {number}\"");
        expected.dial.labelOrder = {QStringLiteral("direct"), QStringLiteral("mobile")};
        QCOMPARE(dialog.settings(), expected);
        QVERIFY(dialog.settings().hours.isValid());
        // What OK gives is what the settings file gives back.
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        dialog.settings().write(file);
        QCOMPARE(CallSettings::read(file), expected);
        QCOMPARE(field<QLabel>(&dialog, "calling.preview")->text(),
                 QStringLiteral("+1 415 555 0100 ext. 12 dials linphonec -c \"call "
                                "+14155550100\""));
        // The hint reads minutes back as hours.
        QCOMPARE(field<QLabel>(&dialog, "calling.retryMinutesHint")->text(),
                 QStringLiteral("= 2 h 30 min"));
        QCOMPARE(field<QSpinBox>(&dialog, "calling.retryDays")->suffix(),
                 QStringLiteral(" business days later"));
    }

    void hoursThatNeverOpenDisableOk()
    {
        CallingSettingsDialog dialog(CallSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *problem = field<QLabel>(&dialog, "calling.problem");
        QVERIFY(!problem->isVisible());
        typeTime(field<QTimeEdit>(&dialog, "calling.closes"), QStringLiteral("0700"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Calling hours must open before they close: "
                                                 "08:00 is not before 07:00."));
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QCOMPARE(dialog.problem(), problem->text());
        // Return does not accept either.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        // Equal times are no window at all.
        typeTime(field<QTimeEdit>(&dialog, "calling.closes"), QStringLiteral("0800"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        typeTime(field<QTimeEdit>(&dialog, "calling.closes"), QStringLiteral("1600"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(!problem->isVisible());

        // No day: nothing could ever be called.
        for (int day = 1; day <= 5; ++day)
            QTest::mouseClick(field<QAbstractButton>(
                                  &dialog, qPrintable(QStringLiteral("calling.day%1").arg(day))),
                              Qt::LeftButton);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("Choose at least one day for calling."));
        QTest::mouseClick(field<QAbstractButton>(&dialog, "calling.day7"), Qt::LeftButton);
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.settings().hours.days, QList<int>{7});

        // The Command method needs a command whose program is not a placeholder.
        chooseByKeys(field<QComboBox>(&dialog, "calling.dialMethod"), QStringLiteral("Command"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        retype(field<QLineEdit>(&dialog, "calling.command"), QStringLiteral("{number} now"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("program")));
        retype(field<QLineEdit>(&dialog, "calling.command"), QStringLiteral("myphone --dial"));
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void thePreviewFollowsTheMethod()
    {
        CallingSettingsDialog dialog(CallSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *preview = field<QLabel>(&dialog, "calling.preview");
        auto *method = field<QComboBox>(&dialog, "calling.dialMethod");
        const QString number = QStringLiteral("+1 415 555 0100 ext. 12 dials ");
        QCOMPARE(preview->text(), number + QStringLiteral("tel:+14155550100;ext=12"));
        chooseByKeys(method, QStringLiteral("callto: link"));
        QCOMPARE(preview->text(), number + QStringLiteral("callto:+14155550100"));
        chooseByKeys(method, QStringLiteral("SIP link"));
        QCOMPARE(preview->text(), number + QStringLiteral("sip:+14155550100"));
        retype(field<QLineEdit>(&dialog, "calling.sipHost"), QStringLiteral("pbx.example.com"));
        QCOMPARE(preview->text(),
                 number + QStringLiteral("sip:+14155550100;ext=12@pbx.example.com;user=phone"));
        chooseByKeys(method, QStringLiteral("Command"));
        QCOMPARE(preview->text(),
                 QStringLiteral("+1 415 555 0100 ext. 12: nothing would be dialled"));
        retype(field<QLineEdit>(&dialog, "calling.command"), QStringLiteral("dial {number}"));
        QCOMPARE(preview->text(), number + QStringLiteral("dial +14155550100"));
        retype(field<QLineEdit>(&dialog, "calling.command"),
               QStringLiteral("softphone --ext={extension}"));
        QCOMPARE(preview->text(), number + QStringLiteral("softphone --ext=12 +14155550100"));
    }

    void eachMethodEnablesItsOwnFields()
    {
        CallingSettingsDialog dialog(CallSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *method = field<QComboBox>(&dialog, "calling.dialMethod");
        auto *sipHost = field<QLineEdit>(&dialog, "calling.sipHost");
        auto *command = field<QLineEdit>(&dialog, "calling.command");
        const struct {
            const char *method;
            bool sip, command;
        } cases[] = {{"Desktop phone app (tel: link)", false, false},
                     {"callto: link", false, false},
                     {"SIP link", true, false},
                     {"Command", false, true},
                     {"Desktop phone app (tel: link)", false, false}};
        for (const auto &c : cases) {
            chooseByKeys(method, QString::fromLatin1(c.method));
            QCOMPARE(sipHost->isEnabled(), c.sip);
            QCOMPARE(command->isEnabled(), c.command);
        }
    }

    void daysFollowTheLocale()
    {
        const WeekdayPicker uk(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(uk.order(), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(uk.button(1)->text(), QStringLiteral("Mon"));
        QCOMPARE(uk.button(1)->accessibleName(), QStringLiteral("Monday"));
        const WeekdayPicker us(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(us.order(), (QList<int>{7, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(us.button(7)->objectName(), QStringLiteral("calling.day7"));
        const WeekdayPicker de(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(de.order().first(), 1);
        QCOMPARE(de.button(1)->accessibleName(), QStringLiteral("Montag"));
        QCOMPARE(us.button(0), nullptr);

        // The dialog's row starts where the rep's week does.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CallingSettingsDialog dialog(CallSettings{});
        QCOMPARE(dialog.findChild<WeekdayPicker *>()->order().first(), 7);
    }

    void everyInputIsNamedAndLabelled()
    {
        CallingSettingsDialog dialog(CallSettings{});
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const auto buddied = [&](QWidget *w) {
            return std::any_of(labels.cbegin(), labels.cend(), [w](QLabel *l) {
                return l->buddy() == w && l->text().contains(QLatin1Char('&'));
            });
        };
        for (const char *name : {"calling.opens", "calling.closes", "calling.retryMinutes",
                                 "calling.retryDays", "calling.dialMethod", "calling.sipHost",
                                 "calling.command", "calling.labelOrder", "calling.withoutZone"}) {
            auto *w = field<QWidget>(&dialog, name);
            QVERIFY2(buddied(w), name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
        // The days: the label's mnemonic lands on the first day; each day has its full name.
        QVERIFY(buddied(dialog.findChild<WeekdayPicker *>()));
        for (int day = 1; day <= 7; ++day)
            QVERIFY(!field<QAbstractButton>(&dialog,
                                            qPrintable(QStringLiteral("calling.day%1").arg(day)))
                         ->accessibleName()
                         .isEmpty());
        QVERIFY(!field<QLabel>(&dialog, "calling.preview")->text().isEmpty());
    }

    void nothingIsCutOff()
    {
        CallingSettingsDialog dialog(CallSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(fitsAsShown(&dialog));
        // Everything that can be shown: the problem line too, and a long preview.
        typeTime(field<QTimeEdit>(&dialog, "calling.closes"), QStringLiteral("0700"));
        chooseByKeys(field<QComboBox>(&dialog, "calling.dialMethod"), QStringLiteral("SIP link"));
        retype(field<QLineEdit>(&dialog, "calling.sipHost"),
               QStringLiteral("pbx.headquarters.example.com"));
        QTRY_VERIFY(fitsAsShown(&dialog));
        // As small as the rep can make it.
        dialog.resize(dialog.minimumSize());
        QTRY_VERIFY(fitsAsShown(&dialog));
        if (qEnvironmentVariableIntValue("ENGAGE_SHOW_DIALOG"))
            QTest::qWait(600000);
    }

private:
    // Every visible widget inside its parent, every label with room for all of its text.
    static bool fitsAsShown(QWidget *dialog)
    {
        QCoreApplication::processEvents();
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->isWindow())
                continue;
            if (!w->parentWidget()->rect().contains(w->geometry())) {
                qWarning() << "outside its parent:" << w;
                return false;
            }
        }
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const bool fits = label->wordWrap()
                                  ? label->height() >= label->heightForWidth(label->width())
                                  : label->width() >= label->sizeHint().width();
            if (!fits) {
                qWarning() << "cut off:" << label->text() << label->size();
                return false;
            }
        }
        return true;
    }
};

QTEST_MAIN(TestCallingSettingsDialog)
#include "tst_callingsettingsdialog.moc"
