#include "searchterm.h"

#include <QCoreApplication>

namespace ra::sandbox::SearchTerm {

bool check(const QString &field, const QString &term, QString *error)
{
    if (term.size() > maxChars) {
        *error = QCoreApplication::translate("ra::sandbox::SearchTerm",
                                             "Field '%1' is longer than %2 characters (%3)")
                     .arg(field)
                     .arg(maxChars)
                     .arg(term.size());
        return false;
    }
    for (const QChar c : term) {
        if (c.category() == QChar::Other_Control) {
            *error = QCoreApplication::translate("ra::sandbox::SearchTerm",
                                                 "Field '%1' holds a control character")
                         .arg(field);
            return false;
        }
    }
    return true;
}

QString likePrefix(const QString &term)
{
    QString pattern;
    pattern.reserve(term.size() + 8);
    for (const QChar c : term) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

} // namespace ra::sandbox::SearchTerm
