// The real main window in the language the environment asks for (LANGUAGE=de or fr, set by
// the ctest entries), as a rep on a German or French desktop starts it: the menus, actions,
// the status line and its plurals, dates and Qt's own buttons speak that language, and no
// action is left in English. Also: a right-to-left layout mirrors the window.
#include "WindowRig.h"

#include "core/DueText.h"
#include "core/Translations.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>

using namespace engage;

namespace {
struct Expected {
    QString language;
    QString fileMenu, taskMenu, callMenu, helpMenu;
    QString markDone, dismiss, startCalling;
    QString changesOne, changesFive; // "Offline — %n change(s) waiting"
    QString callsOne, callsFive;     // "%1%2 · %n call(s) to Gong today", state "X", no time
    QString tomorrow;                // DueText for tomorrow 09:00
    QString cancel;                  // Qt's own Cancel button
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

Expected expectedFor(const QString &language)
{
    if (language == QLatin1String("de"))
        return {u("de"),
                u("&Datei"),
                u("Auf&gabe"),
                u("An&ruf"),
                u("&Hilfe"),
                u("&Erledigt"),
                u("&Verwerfen"),
                u("Anrufe &starten"),
                u("Offline — 1 Änderung wartet"),
                u("Offline — 5 Änderungen warten"),
                u("X · heute 1 API-Aufruf an Gong"),
                u("X · heute 5 API-Aufrufe an Gong"),
                u("Morgen 09:00"),
                u("Abbrechen")};
    return {u("fr"),
            u("&Fichier"),
            u("&Tâche"),
            u("A&ppel"),
            u("Aid&e"),
            u("&Terminer"),
            u("&Ignorer"),
            u("&Démarrer les appels"),
            u("Hors ligne — 1 modification en attente"),
            u("Hors ligne — 5 modifications en attente"),
            u("X · 1 requête à Gong aujourd'hui"),
            u("X · 5 requêtes à Gong aujourd'hui"),
            u("Demain 09:00"),
            u("Annuler")};
}

// Action texts that are the same word in English and in the language under test.
QStringList sameInBoth()
{
    return {QStringLiteral("&Pause")};
}

QString menuTitle(QMainWindow *window, const char *name)
{
    const auto *menu = window->findChild<QMenu *>(QLatin1String(name));
    return menu ? menu->title() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    Expected m_expected;

private slots:
    void initTestCase()
    {
        const QString asked = qEnvironmentVariable("LANGUAGE");
        QVERIFY2(asked == QLatin1String("de") || asked == QLatin1String("fr"),
                 "run me with LANGUAGE=de or LANGUAGE=fr, as ctest does");
        m_expected = expectedFor(asked);
        // The test's own start-up installed the desktop's language, as the app's main() does.
        QCOMPARE(Translations::desktopLanguage(), asked);
        QCOMPARE(QLocale().name().left(2), asked);
    }

    void menusActionsAndStatusLineSpeakTheLanguage()
    {
        Rig rig;
        QVERIFY(rig.start());
        QMainWindow *w = rig.window.get();
        QCOMPARE(menuTitle(w, "menu.file"), m_expected.fileMenu);
        QCOMPARE(menuTitle(w, "menu.task"), m_expected.taskMenu);
        QCOMPARE(menuTitle(w, "menu.call"), m_expected.callMenu);
        QCOMPARE(menuTitle(w, "menu.help"), m_expected.helpMenu);
        QCOMPARE(w->findChild<QAction *>(QStringLiteral("action.markDone"))->text(),
                 m_expected.markDone);
        QCOMPARE(w->findChild<QAction *>(QStringLiteral("action.dismiss"))->text(),
                 m_expected.dismiss);
        QCOMPARE(w->findChild<QAction *>(QStringLiteral("action.startSession"))->text(),
                 m_expected.startCalling);

        // The status line after the first refresh, in the language and with its plural.
        auto *status = w->findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        const int calls = rig.sync->callsToday();
        QVERIFY(calls > 0);
        const QString callsPart =
            QCoreApplication::translate("engage::MessageBar", "%1%2 · %n call(s) to Gong today",
                                        nullptr, calls)
                .arg(QString(), QString());
        QVERIFY2(status->text().endsWith(callsPart), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QLatin1String("call(s)")) &&
                     !status->text().contains(QLatin1String("today")),
                 qPrintable(status->text()));
    }

    void pluralsTakeTheRightForm()
    {
        const auto changes = [](int n) {
            return QCoreApplication::translate("engage::MessageBar",
                                               "Offline — %n change(s) waiting", nullptr, n);
        };
        QCOMPARE(changes(1), m_expected.changesOne);
        QCOMPARE(changes(5), m_expected.changesFive);
        const auto calls = [](int n) {
            return QCoreApplication::translate("engage::MessageBar",
                                               "%1%2 · %n call(s) to Gong today", nullptr, n)
                .arg(QStringLiteral("X"), QString());
        };
        QCOMPARE(calls(1), m_expected.callsOne);
        QCOMPARE(calls(5), m_expected.callsFive);
    }

    void datesAndQtsOwnButtonsToo()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime now(QDate(2026, 11, 30), QTime(14, 0), berlin);
        QCOMPARE(DueText::format(QDateTime(QDate(2026, 12, 1), QTime(9, 0), berlin), now, berlin),
                 m_expected.tomorrow);
        PreferencesDialog dialog;
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), m_expected.cancel);
    }

    // Every action of the window, compared with the same window in English: none may be left
    // untranslated, but for names that read the same in both.
    void noActionIsLeftInEnglish()
    {
        QHash<QString, QString> translated;
        {
            Rig rig;
            QVERIFY(rig.start());
            for (const QAction *a : rig.window->findChildren<QAction *>())
                if (!a->objectName().isEmpty() && !a->text().isEmpty())
                    translated.insert(a->objectName(), a->text());
        }
        QVERIFY(translated.size() > 40);
        Translations::install(QStringLiteral("en"));
        QStringList english;
        {
            Rig rig;
            QVERIFY(rig.start());
            for (const QAction *a : rig.window->findChildren<QAction *>()) {
                // The outcome keys carry the company's own outcome names, from Gong.
                if (a->objectName().startsWith(QLatin1String("action.outcome")))
                    continue;
                const QString mine = translated.value(a->objectName());
                // A few words read the same in both ("Pause" in German).
                if (!mine.isEmpty() && mine == a->text() && !sameInBoth().contains(mine))
                    english << QStringLiteral("%1 “%2”").arg(a->objectName(), a->text());
            }
        }
        Translations::install(m_expected.language);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(", "))));
    }

    // Right-to-left (Arabic, Hebrew, or -reverse): the list and the detail panel swap sides.
    void rightToLeftMirrorsTheWindow()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        Rig rig;
        const bool started = rig.start();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(started);
        auto *splitter = rig.window->findChild<QSplitter *>(QStringLiteral("splitter"));
        QVERIFY(splitter);
        const QWidget *list = splitter->widget(0);
        const QWidget *details = splitter->widget(1);
        QVERIFY2(list->mapTo(rig.window.get(), QPoint()).x() >
                     details->mapTo(rig.window.get(), QPoint()).x(),
                 "the list should be on the right");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
