#pragma once

#include <QString>

class QLocale;
class QTranslator;

namespace ra {

// Loads the app's message catalogue for `locale` from `directory` (":/i18n" in the executable)
// into `translator`. The source texts are English and the English catalogue holds their plural
// forms ("%n role(s)" -> "1 role" / "7 roles"), so a locale without a catalogue of its own (or
// with one that has no finished message yet), or the bare C locale of a session without LANG,
// gets the English one rather than none.
bool loadAppCatalogue(QTranslator &translator, const QLocale &locale, const QString &directory);

} // namespace ra
