#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace engage {

namespace {
// The two catalogues in effect; replaced, never stacked, when the language changes.
std::unique_ptr<QTranslator> &appCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString codeOf(const QString &name)
{
    return QLocale::languageToCode(QLocale(name).language());
}

void swapIn(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}
} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("general/language");
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QString Translations::desktopLanguage()
{
    // LANGUAGE is a list in the rep's order of preference ("de:fr"); Qt's uiLanguages() reads
    // it only in part, so it is read here first, as gettext does.
    QStringList wanted =
        qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            wanted << value.section(QLatin1Char('.'), 0, 0);
            break;
        }
    }
    wanted << QLocale::system().uiLanguages();
    for (const QString &name : std::as_const(wanted)) {
        const QString code = codeOf(name);
        if (languages().contains(code))
            return code;
        if (name == QLatin1String("C") || name == QLatin1String("POSIX"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &code)
{
    const QString chosen = languages().contains(code) ? code : desktopLanguage();
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/engage-tasks_%1.qm").arg(chosen)))
        app.reset();
    swapIn(appCatalogue(), std::move(app));

    auto qt = std::make_unique<QTranslator>();
    if (chosen == QLatin1String("en") ||
        !qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    swapIn(qtCatalogue(), std::move(qt));

    // German words with English dates would read oddly: the formats follow the language,
    // keeping the desktop's own when it already speaks it (de_AT stays Austrian).
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == chosen ? system
                                                                             : QLocale(chosen));
    return chosen;
}

} // namespace engage
