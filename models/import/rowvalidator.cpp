#include "rowvalidator.h"

#include "domain/userfieldrules.h"

#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace ra {

namespace {

constexpr qsizetype kMaxNameLength = 50;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Each byte of `w` that is an ASCII capital, made small; all other bytes
// (including every byte >= 0x80) kept. No carry crosses a byte.
quint64 foldAsciiCase(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    const quint64 low7 = w & (0x7F * ones);
    const quint64 atLeastA = low7 + (0x80 - 'A') * ones; // high bit: byte >= 'A'
    const quint64 pastZ = low7 + (0x7F - 'Z') * ones;    // high bit: byte > 'Z'
    const quint64 capitals = atLeastA & ~pastZ & ~w & (0x80 * ones);
    return w | (capitals >> 2); // 0x80 >> 2 is the case bit 0x20
}

// A hash of the ASCII-lower-cased bytes (e-mails and usernames compare
// case-insensitively), eight bytes per step: a multiply and a shift mix
// each word in, and a final mix spreads the bits. Only ever compared within
// one run, so the byte order of the machine does not matter.
quint64 foldedHash(QByteArrayView v)
{
    constexpr quint64 k = 0x9E3779B97F4A7C15ULL;
    quint64 h = quint64(v.size()) * k;
    const char *p = v.data();
    qsizetype n = v.size();
    auto mix = [&h](quint64 w) {
        h = (h ^ foldAsciiCase(w)) * k;
        h ^= h >> 29;
    };
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        mix(w);
    }
    if (n > 0) {
        quint64 w = 0;
        std::memcpy(&w, p, size_t(n));
        mix(w);
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

bool isInteger(QByteArrayView v)
{
    qsizetype i = (v.front() == '-' || v.front() == '+') ? 1 : 0;
    if (i >= v.size() || v.size() - i > 18)
        return false;
    for (; i < v.size(); ++i) {
        if (v[i] < '0' || v[i] > '9')
            return false;
    }
    return true;
}

} // namespace

// Slots hold the full 64-bit hash (0 = empty); the first row of each key
// lives in a parallel array only when rows are kept. Capacities grow by half
// (not doubling) and the home slot comes from a multiply-shift, so a million
// keys take 12 MB (without rows) instead of 16.
namespace {
size_t homeSlot(quint64 hash, size_t capacity)
{
    // The top 32 bits scaled to [0, capacity): capacities stay far below 2^32.
    return size_t(((hash >> 32) * quint64(capacity)) >> 32);
}

// Every insert lands on a random page of a table of many MB: huge pages save
// most of the TLB misses. Must run before the pages are first touched.
void adviseHugePages(const void *data, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr huge = quintptr(2) << 20;
    const quintptr begin = (reinterpret_cast<quintptr>(data) + huge - 1) & ~(huge - 1);
    const quintptr end = (reinterpret_cast<quintptr>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), size_t(end - begin), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}
} // namespace

void RowValidator::SeenTable::prefetch(quint64 hash) const
{
    if (m_slots.empty())
        return;
    const size_t slot = homeSlot(hash, m_slots.size());
    __builtin_prefetch(&m_slots[slot]);
    // A new key writes its row too, a repeated one reads it: another line.
    if (m_keepRows)
        __builtin_prefetch(&m_rows[slot]);
}

qint64 RowValidator::SeenTable::findOrInsert(quint64 hash, qint64 row)
{
    if ((m_count + 1) * 10 >= qsizetype(m_slots.size()) * 7) // load at most 0.7
        grow(m_slots.empty() ? 1024 : m_slots.size() + m_slots.size() / 2);
    const size_t capacity = m_slots.size();
    for (size_t i = homeSlot(hash, capacity);;) {
        const quint64 slot = m_slots[i];
        if (slot == 0) {
            m_slots[i] = hash;
            if (m_keepRows)
                m_rows[i] = quint32(qBound<qint64>(0, row, 0xFFFFFFFF));
            ++m_count;
            return 0;
        }
        if (slot == hash)
            return m_keepRows ? qint64(m_rows[i]) : -1;
        if (++i == capacity)
            i = 0;
    }
}

void RowValidator::SeenTable::reserve(qint64 keys)
{
    const size_t capacity = size_t(keys) * 10 / 7 + 1;
    if (capacity > m_slots.size())
        grow(capacity);
}

void RowValidator::SeenTable::grow(size_t capacity)
{
    std::vector<quint64> grown;
    grown.reserve(capacity);
    adviseHugePages(grown.data(), capacity * sizeof(quint64));
    grown.resize(capacity, 0);
    std::vector<quint32> rows(m_keepRows ? capacity : 0, 0);
    for (size_t k = 0; k < m_slots.size(); ++k) {
        const quint64 hash = m_slots[k];
        if (hash == 0)
            continue;
        size_t i = homeSlot(hash, capacity);
        while (grown[i] != 0) {
            if (++i == capacity)
                i = 0;
        }
        grown[i] = hash;
        if (m_keepRows)
            rows[i] = m_rows[k];
    }
    m_slots.swap(grown);
    m_rows.swap(rows);
}

void RowValidator::SeenTable::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_count = 0;
}

RowValidator::RowValidator(const ImportTemplate &importTemplate, const ColumnMapping &mapping)
    : m_template(importTemplate)
    , m_mapping(mapping)
{
    m_fileColumnOf.resize(size_t(m_template.columnCount()), -1);
    for (int t = 0; t < m_template.columnCount(); ++t) {
        m_fileColumnOf[size_t(t)] = m_mapping.fileColumnFor(t);
        if (m_template.column(t).name == u"Username")
            m_usernameColumn = t;
    }
}

void RowValidator::setServerRoles(const QStringList &names)
{
    m_roles.clear();
    for (const QString &n : names)
        m_roles.insert(n.trimmed().toUtf8());
    m_checkRoles = true;
}

void RowValidator::setCustomFields(const QStringList &fileHeader, const QList<UserField> &fields)
{
    m_custom.clear();
    for (int f = 0; f < fileHeader.size(); ++f) {
        if (m_mapping.templateColumnFor(f) >= 0)
            continue;
        const QString header = fileHeader.at(f).trimmed();
        for (const UserField &field : fields) {
            if (!header.isEmpty() && (header == field.field || header == field.name)) {
                UserField optional = field; // an update may leave a value as it is
                optional.required = false;
                m_custom.append({f, optional});
                break;
            }
        }
    }
}

void RowValidator::setServerTags(const QStringList &names)
{
    m_tags.clear();
    for (const QString &n : names)
        m_tags.insert(n.trimmed().toUtf8());
    m_checkTags = true;
}

void RowValidator::setKeepFirstRows(bool keep)
{
    m_emails.setKeepRows(keep);
    m_usernames.setKeepRows(keep);
}

void RowValidator::reserve(qint64 rows)
{
    for (int t = 0; t < m_template.columnCount(); ++t) {
        if (m_fileColumnOf[size_t(t)] < 0)
            continue;
        if (m_template.column(t).kind == TemplateColumn::Kind::Email)
            m_emails.reserve(rows);
        else if (t == m_usernameColumn)
            m_usernames.reserve(rows);
    }
}

void RowValidator::reset()
{
    m_emails.clear();
    m_usernames.clear();
}

QByteArrayView RowValidator::trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

qsizetype RowValidator::characterCount(QByteArrayView v)
{
    qsizetype n = 0;
    for (char c : v)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool RowValidator::isValidEmail(QByteArrayView v)
{
    // The server's rule: one '@' with text on both sides, no spaces or
    // commas, and a dot inside the domain.
    qsizetype at = -1;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (isSpace(c) || c == ',')
            return false;
        if (c == '@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at <= 0)
        return false;
    const QByteArrayView domain = v.sliced(at + 1);
    for (qsizetype i = 1; i + 1 < domain.size(); ++i) {
        if (domain[i] == '.')
            return true;
    }
    return false;
}

void RowValidator::checkNames(QByteArrayView cell, const QSet<QByteArray> &known,
                              CellProblem::Kind kind, int column,
                              QList<CellProblem> *problems) const
{
    qsizetype start = 0;
    while (start <= cell.size()) {
        qsizetype comma = start;
        while (comma < cell.size() && cell[comma] != ',')
            ++comma;
        const QByteArrayView name = trimmed(cell.sliced(start, comma - start));
        if (!name.isEmpty() && !known.contains(QByteArray::fromRawData(name.data(), name.size()))) {
            problems->append({column, kind, 0});
            return;
        }
        start = comma + 1;
    }
}

bool RowValidator::validate(qint64 row, const QByteArrayView *cells, int count,
                            QList<CellProblem> *problems)
{
    const qsizetype before = problems->size();
    Keys keys;
    checkCells(cells, count, problems, &keys);
    checkKeys(row, keys, problems);
    return problems->size() == before;
}

void RowValidator::checkCells(const QByteArrayView *cells, int count, QList<CellProblem> *problems,
                              Keys *keys)
{
    using K = TemplateColumn::Kind;
    keys->count = 0;
    // The tables are only prefetched here; checkKeys() changes them.
    auto addKey = [keys](SeenTable &table, QByteArrayView v, int column, CellProblem::Kind kind) {
        if (keys->count == 2)
            return;
        const quint64 hash = foldedHash(v);
        table.prefetch(hash);
        keys->keys[keys->count++] = {&table, hash, column, kind};
    };
    for (int t = 0; t < m_template.columnCount(); ++t) {
        const int f = m_fileColumnOf[size_t(t)];
        if (f < 0)
            continue;
        const TemplateColumn &c = m_template.column(t);
        const QByteArrayView v = f < count ? trimmed(cells[f]) : QByteArrayView();
        if (v.isEmpty()) {
            if (c.required)
                problems->append({f, CellProblem::Kind::Missing, 0});
            continue;
        }
        switch (c.kind) {
        case K::Text:
            break;
        case K::Name:
            if (characterCount(v) > kMaxNameLength)
                problems->append({f, CellProblem::Kind::TooLong, 0});
            if (m_usernameColumn == t)
                addKey(m_usernames, v, f, CellProblem::Kind::DuplicateUsername);
            break;
        case K::Email:
            if (!isValidEmail(v))
                problems->append({f, CellProblem::Kind::InvalidEmail, 0});
            else
                addKey(m_emails, v, f, CellProblem::Kind::DuplicateEmail);
            break;
        case K::Roles:
            if (m_checkRoles)
                checkNames(v, m_roles, CellProblem::Kind::UnknownRole, f, problems);
            break;
        case K::Tags:
            if (m_checkTags)
                checkNames(v, m_tags, CellProblem::Kind::UnknownTag, f, problems);
            break;
        case K::Number:
            if (!isInteger(v))
                problems->append({f, CellProblem::Kind::NotANumber, 0});
            break;
        case K::Operation:
            if (v != "add" && v != "subtract" && v != "overwrite")
                problems->append({f, CellProblem::Kind::InvalidOperation, 0});
            break;
        }
    }
    for (const auto &[f, field] : std::as_const(m_custom)) {
        const QByteArrayView v = f < count ? trimmed(cells[f]) : QByteArrayView();
        if (v.isEmpty())
            continue;
        if (!UserFieldRules::checkValue(field, QString::fromUtf8(v)).isEmpty())
            problems->append(
                {f, CellProblem::Kind::BadCustomValue, qint64(UserFieldRules::kind(field.type))});
    }
}

void RowValidator::checkKeys(qint64 row, const Keys &keys, QList<CellProblem> *problems)
{
    for (int k = 0; k < keys.count; ++k) {
        const Keys::Key &key = keys.keys[k];
        if (const qint64 first = key.table->findOrInsert(key.hash, row))
            problems->append({key.column, key.kind, qMax<qint64>(first, 0)});
    }
}

bool RowValidator::validate(qint64 row, const QStringList &cells, QList<CellProblem> *problems)
{
    QList<QByteArray> utf8;
    utf8.reserve(cells.size());
    for (const QString &c : cells)
        utf8.append(c.toUtf8());
    std::vector<QByteArrayView> views(utf8.begin(), utf8.end());
    return validate(row, views.data(), int(views.size()), problems);
}

} // namespace ra
