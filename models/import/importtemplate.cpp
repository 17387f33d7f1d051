#include "importtemplate.h"

#include <QIODevice>

namespace ra {

namespace {

TemplateColumn makeColumn(const QString &name, TemplateColumn::Kind kind, bool required,
                          const QStringList &aliases, const QString &example)
{
    TemplateColumn c;
    c.name = name;
    c.kind = kind;
    c.required = required;
    c.aliases = aliases;
    c.example = example;
    return c;
}

} // namespace

ImportTemplate::ImportTemplate(ImportMode mode)
    : m_mode(mode)
{
    using K = TemplateColumn::Kind;
    const bool import = mode == ImportMode::Import;
    // The template of the API docs' Bulk Import (userlist page); aliases are
    // the spellings spreadsheet exports commonly use.
    m_columns = {
        makeColumn(QStringLiteral("First Name"), K::Name, import,
                   {QStringLiteral("first_name"), QStringLiteral("firstname"),
                    QStringLiteral("given name"), QStringLiteral("forename")},
                   QStringLiteral("Ada")),
        makeColumn(QStringLiteral("Last Name"), K::Name, import,
                   {QStringLiteral("last_name"), QStringLiteral("surname"),
                    QStringLiteral("family name"), QStringLiteral("lastname")},
                   QStringLiteral("Lovelace")),
        makeColumn(QStringLiteral("Username"), K::Name, import,
                   {QStringLiteral("user name"), QStringLiteral("login"), QStringLiteral("handle"),
                    QStringLiteral("nickname")},
                   QStringLiteral("ada.lovelace")),
        makeColumn(QStringLiteral("Email"), K::Email, import,
                   {QStringLiteral("e-mail"), QStringLiteral("email address"),
                    QStringLiteral("mail"), QStringLiteral("e-mail address")},
                   QStringLiteral("ada@example.com")),
        makeColumn(QStringLiteral("Phone"), K::Text, false,
                   {QStringLiteral("phone number"), QStringLiteral("mobile"),
                    QStringLiteral("telephone"), QStringLiteral("tel")},
                   QStringLiteral("+44 20 7946 0958")),
        makeColumn(QStringLiteral("Country"), K::Text, false, {QStringLiteral("nation")},
                   QStringLiteral("United Kingdom")),
        makeColumn(QStringLiteral("Language"), K::Text, false,
                   {QStringLiteral("lang"), QStringLiteral("locale")}, QStringLiteral("English")),
        makeColumn(QStringLiteral("Role"), K::Roles, false, {QStringLiteral("roles")},
                   QStringLiteral("Member")),
        makeColumn(QStringLiteral("Tag"), K::Tags, false, {QStringLiteral("tags")},
                   QStringLiteral("VIP")),
    };
    if (!import) {
        // Users are matched by Email, else Username; xp and coins take an
        // operation column right before them.
        m_columns[2].matchKey = true;
        m_columns[3].matchKey = true;
        for (const QString &field : {QStringLiteral("xp"), QStringLiteral("coins")}) {
            TemplateColumn op =
                makeColumn(field + QStringLiteral("_op"), K::Operation, false,
                           {field + QStringLiteral(" op"), field + QStringLiteral(" operation")},
                           QStringLiteral("add"));
            op.opOf = field;
            m_columns.append(op);
            m_columns.append(
                makeColumn(field, K::Number, false,
                           {field == u"xp" ? QStringLiteral("experience") : QStringLiteral("coin")},
                           field == u"xp" ? QStringLiteral("100") : QStringLiteral("25")));
        }
    }
}

QString ImportTemplate::normalizedKey(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == QChar(0xFEFF))
            continue;
        key.append(c.toLower());
    }
    return key;
}

int ImportTemplate::indexOf(QStringView header) const
{
    const QString key = normalizedKey(header);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (normalizedKey(m_columns.at(i).name) == key)
            return i;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        for (const QString &alias : m_columns.at(i).aliases) {
            if (normalizedKey(alias) == key)
                return i;
        }
    }
    return -1;
}

QStringList ImportTemplate::headers() const
{
    QStringList list;
    for (const TemplateColumn &c : m_columns)
        list.append(c.name);
    return list;
}

QStringList ImportTemplate::exampleRow() const
{
    QStringList list;
    for (const TemplateColumn &c : m_columns)
        list.append(c.example);
    return list;
}

QByteArray ImportTemplate::quoteField(QByteArrayView utf8, char delimiter)
{
    bool needs = false;
    for (char c : utf8) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    // A leading/trailing space survives either way; quote so that readers
    // which trim unquoted fields keep it too.
    if (!needs && !utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '))
        needs = true;
    if (!needs)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray ImportTemplate::toCsv() const
{
    QByteArray out;
    auto line = [&out](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += quoteField(cells.at(i).toUtf8());
        }
        out += "\r\n";
    };
    line(headers());
    line(exampleRow());
    return out;
}

bool ImportTemplate::writeCsv(QIODevice *out, QString *error) const
{
    const QByteArray bytes = toCsv();
    if (out->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Could not write the template: %1").arg(out->errorString());
        return false;
    }
    return true;
}

QString ImportTemplate::describe(const TemplateColumn &c)
{
    using K = TemplateColumn::Kind;
    QString rule;
    switch (c.kind) {
    case K::Text:
        rule = tr("Free text.");
        break;
    case K::Name:
        rule = tr("At most 50 characters.");
        break;
    case K::Email:
        rule = tr("An e-mail address, unique within the file.");
        break;
    case K::Roles:
        rule = tr("Comma-separated role names that exist in the community (case-sensitive).");
        break;
    case K::Tags:
        rule = tr("Comma-separated tag names that exist in the community (case-sensitive).");
        break;
    case K::Number:
        rule = tr("A whole number.");
        break;
    case K::Operation:
        rule = tr("add, subtract or overwrite (lower case) for the %1 column after it; empty "
                  "means overwrite.")
                   .arg(c.opOf);
        break;
    }
    if (c.required)
        rule = tr("Required. %1").arg(rule);
    if (c.matchKey)
        rule += u' ' + tr("Identifies the user (Email first, else Username).");
    return rule;
}

} // namespace ra
