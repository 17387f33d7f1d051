#include "import/preparedimport.h"

#include "import/importdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace ra {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::PreparedImport)
};
} // namespace

QString PreparedImport::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/imports");
}

bool PreparedImport::write(const ImportDocument &document, const QString &path, QString *error,
                           const Progress &progress)
{
    constexpr qint64 blockRows = 10000;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Each block comes with the template header: the first keeps it.
    QBuffer header;
    header.open(QIODevice::WriteOnly);
    if (!document.writeRows(&header, 0, 0, error))
        return false;
    const qint64 headerSize = header.data().size();
    const qint64 total = document.rowCount();
    QByteArray sourceRows; // the document row of each row written
    bool leftOut = false;
    qint64 first = 0;
    do {
        const qint64 last = qMin(total, first + blockRows);
        QBuffer block;
        block.open(QIODevice::WriteOnly);
        if (!document.writeRows(&block, first, last, error))
            return false;
        for (qint64 row = first; row < last; ++row) {
            if (document.isSendable(row))
                sourceRows += QByteArray::number(row) + '\n';
            else
                leftOut = true;
        }
        const QByteArray bytes = first == 0 ? block.data() : block.data().mid(headerSize);
        if (file.write(bytes) != bytes.size()) {
            *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        first = last;
        if (progress && !progress(first)) {
            *error = Text::tr("Preparing the rows for sending was cancelled.");
            return false;
        }
    } while (first < total);
    QFile::remove(rowsPath(path));
    if (leftOut) {
        QSaveFile rows(rowsPath(path));
        if (!rows.open(QIODevice::WriteOnly) || rows.write(sourceRows) != sourceRows.size() ||
            !rows.commit()) {
            *error = Text::tr("Cannot write %1: %2").arg(rowsPath(path), rows.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        QFile::remove(rowsPath(path));
        return false;
    }
    return true;
}

void PreparedImport::remove(const QString &path)
{
    QFile::remove(path);
    QFile::remove(rowsPath(path));
}

bool PreparedImport::open(const QString &path, QString *error)
{
    QString why;
    if (!m_index.build(path, &why)) {
        *error = Text::tr("Cannot read %1: %2").arg(path, why);
        return false;
    }
    m_sourceRows.clear();
    QFile rows(rowsPath(path));
    if (!rows.exists())
        return true;
    if (!rows.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read %1: %2").arg(rowsPath(path), rows.errorString());
        return false;
    }
    while (!rows.atEnd()) {
        bool ok = false;
        const qint64 row = rows.readLine().trimmed().toLongLong(&ok);
        if (!ok) {
            *error = Text::tr("%1 line %2 is not a row number.")
                         .arg(rowsPath(path))
                         .arg(m_sourceRows.size() + 1);
            return false;
        }
        m_sourceRows.append(row);
    }
    if (m_sourceRows.size() != m_index.rowCount()) {
        *error = Text::tr("%1 lists %2 rows but %3 has %4: was one of them changed?")
                     .arg(rowsPath(path))
                     .arg(m_sourceRows.size())
                     .arg(path)
                     .arg(m_index.rowCount());
        return false;
    }
    return true;
}

bool PreparedImport::writeRows(qint64 first, qint64 last, QIODevice *out, QString *error) const
{
    if (first < 0 || last > rowCount() || first > last) {
        *error = Text::tr("Rows %1 to %2 are outside the %3 rows of %4")
                     .arg(first + 1)
                     .arg(last)
                     .arg(rowCount())
                     .arg(path());
        return false;
    }
    const QByteArray text = m_index.header() + "\r\n" + m_index.rows(first, last);
    if (out->write(text) != text.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

ImportRunner::RowWriter PreparedImport::writer() const
{
    const PreparedImport copy = *this;
    return [copy](qint64 first, qint64 last, QIODevice *out, QString *error) {
        return copy.writeRows(first, last, out, error);
    };
}

} // namespace ra
