#pragma once

#include <QString>
#include <QStringList>

namespace engage {

// The languages the app speaks, and putting one into effect: the app's own catalogue (built
// into the binary as :/i18n/engage-tasks_<code>.qm) and Qt's (qtbase_<code>.qm from Debian's
// qt6-translations-l10n), so the dialogs' Cancel and the context menus speak it too. English
// needs a catalogue as well: it holds the plural forms ("1 change", "3 changes").
class Translations
{
public:
    // The settings key of the rep's choice; empty or missing means "follow the desktop".
    static QString settingsKey();
    // The codes of the languages shipped: "en", "de", "fr".
    static QStringList languages();
    // A language's own name, for the chooser: "Deutsch", "Français".
    static QString nativeName(const QString &code);
    // The language the desktop asks for (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), if the
    // app speaks it, else "en".
    static QString desktopLanguage();

    // Installs `code` ("de"), or the desktop's language when it is empty, replacing what an
    // earlier call installed. Dates and numbers (QLocale()) follow, unless the desktop's
    // locale already speaks that language (then its formats stay). Returns the code installed.
    static QString install(const QString &code = {});
};

} // namespace engage
