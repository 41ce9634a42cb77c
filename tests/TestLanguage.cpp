// Linked into every test: each speaks as the app does, in the language its environment asks
// for (English unless the test's LANGUAGE says otherwise), with the English plural forms.
#include "core/Translations.h"

#include <QCoreApplication>

namespace {
void speakAsTheApp()
{
    engage::Translations::install();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(speakAsTheApp)
