#pragma once

#include "cellproblem.h"
#include "columnmapping.h"
#include "domain/userfield.h"
#include "importtemplate.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <vector>

namespace ra {

// Validates the rows of one file against a template through a mapping:
// required cells, e-mail syntax, names of at most 50 characters, username and
// e-mail unique within the file, Role and Tag names known to the server (only
// when setServerRoles()/setServerTags() were called: without them names are
// not checked), `_op` values and integer cells. Works on the UTF-8 bytes of
// the cells; duplicates are found through 64-bit hashes in an open-addressing
// table, so a million rows take 12 MB per checked column (18 MB with rows).
// Rows must be validated in file order for the duplicate check; reset()
// starts over. Not thread-safe; one thread at a time.
class RowValidator
{
    class SeenTable;

public:
    RowValidator(const ImportTemplate &importTemplate, const ColumnMapping &mapping);

    void setServerRoles(const QStringList &names);
    void setServerTags(const QStringList &names);
    // Checks the cells of every file column whose header (of `fileHeader`) is a custom field's
    // key or name, and that no template column takes, against the field's type.
    void setCustomFields(const QStringList &fileHeader, const QList<UserField> &fields);
    bool checksRoles() const { return m_checkRoles; }
    bool checksTags() const { return m_checkTags; }

    // The duplicate keys (hashed usernames and e-mails) of one row, between
    // checkCells() and checkKeys().
    struct Keys
    {
        struct Key
        {
            SeenTable *table;
            quint64 hash;
            int column;
            CellProblem::Kind kind;
        };
        Key keys[2];
        int count = 0;
    };

    // Validates row `row` (1-based, header = 1) given its cells as UTF-8 and
    // the header's cell count; appends the problems to `problems`. Returns
    // whether the row is clean.
    bool validate(qint64 row, const QByteArrayView *cells, int count, QList<CellProblem> *problems);
    // validate() in two steps, for many rows at a time: checkCells() checks
    // the cells, appends their problems and prefetches the duplicate table
    // slots of `keys`; checkKeys() then looks the keys up (appending
    // duplicate problems). checkKeys() must follow in file order; rows in
    // between may have had their checkCells(), so their memory loads overlap.
    void checkCells(const QByteArrayView *cells, int count, QList<CellProblem> *problems,
                    Keys *keys);
    void checkKeys(qint64 row, const Keys &keys, QList<CellProblem> *problems);
    // The same for QString cells (edited rows).
    bool validate(qint64 row, const QStringList &cells, QList<CellProblem> *problems);
    void reset();
    // Whether duplicates name the row of the first occurrence (the default;
    // 12 bytes a key) or only say "earlier in the file" (8 bytes a key: what
    // csv-check uses to stay in constant-ish memory).
    void setKeepFirstRows(bool keep);
    // Sizes the duplicate tables for about `rows` rows at once (they still
    // grow past it): growing them step by step costs more than the lookups.
    void reserve(qint64 rows);

    const ImportTemplate &importTemplate() const { return m_template; }
    const ColumnMapping &mapping() const { return m_mapping; }

    // Syntax checks, exposed for tests and the GUI.
    static bool isValidEmail(QByteArrayView utf8);
    static qsizetype characterCount(QByteArrayView utf8);
    static QByteArrayView trimmed(QByteArrayView utf8);

private:
    // Open addressing over 64-bit hashes (linear probing, load at most
    // 0.7); the first row of each key only when rows are kept.
    class SeenTable
    {
    public:
        // The first row that had `hash` (-1 when rows are not kept), or 0
        // after inserting `row`.
        qint64 findOrInsert(quint64 hash, qint64 row);
        void prefetch(quint64 hash) const;
        void reserve(qint64 keys);
        void clear();
        void setKeepRows(bool keep)
        {
            clear();
            m_keepRows = keep;
        }

    private:
        void grow(size_t capacity);
        std::vector<quint64> m_slots;
        std::vector<quint32> m_rows;
        qsizetype m_count = 0;
        bool m_keepRows = true;
    };

    void checkNames(QByteArrayView cell, const QSet<QByteArray> &known, CellProblem::Kind kind,
                    int column, QList<CellProblem> *problems) const;

    ImportTemplate m_template;
    ColumnMapping m_mapping;
    std::vector<int> m_fileColumnOf; // per template column
    int m_usernameColumn = -1;
    QSet<QByteArray> m_roles;
    QSet<QByteArray> m_tags;
    bool m_checkRoles = false;
    bool m_checkTags = false;
    QList<QPair<int, UserField>> m_custom; // file column, its field
    SeenTable m_emails;
    SeenTable m_usernames;
};

} // namespace ra
