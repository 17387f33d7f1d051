#pragma once

#include <QString>
#include <QStringList>

namespace ra {

// One column of the bulk CSV template (see ImportTemplate). A value type.
struct TemplateColumn
{
    enum class Kind {
        Text,     // free text
        Name,     // First Name, Last Name, Username: at most 50 characters
        Email,    // an e-mail address
        Roles,    // comma-separated existing role names (case-sensitive)
        Tags,     // comma-separated existing tag names (case-sensitive)
        Number,   // an integer (update only: xp, coins)
        Operation // `<field>_op`: add, subtract or overwrite (update only)
    };

    QString name; // the header as the template spells it
    Kind kind = Kind::Text;
    bool required = false; // the column must be mapped and every cell filled
    bool matchKey = false; // update: identifies the user (Email or Username)
    QString opOf;          // for Operation columns: the column they modify
    QStringList aliases;   // other headers that map here (compared normalized)
    QString example;       // the example row's cell
};

} // namespace ra
