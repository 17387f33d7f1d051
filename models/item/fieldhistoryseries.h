#pragma once

#include "api/apierror.h"
#include "domain/fieldhistorypage.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QIODevice;

namespace ra {

class ApiClient;
class ApiReplyBase;

// The values of one member's custom field over time, for a chart: load() reads the member's
// history of the field oldest first (Get user field histories of specific user field and user,
// PageSize entries a page, at most MaxPoints), then says whether the values are numbers or dates
// (a field of another type has no chart) and gives one point per change. Each page is asked for
// when the one before arrived, so no event-loop turn handles more than one page. Does not own
// the client; GUI thread.
class FieldHistorySeries : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Number, Date };
    struct Point
    {
        QDateTime when;   // UTC
        double value = 0; // the number, or a date as days since 1970-01-01
        QString text;     // the value as the server sent it
    };
    static constexpr int PageSize = 1000;
    static constexpr int MaxPoints = 20000;

    explicit FieldHistorySeries(ApiClient &client, QObject *parent = nullptr);
    ~FieldHistorySeries() override;

    // Drops what was loaded and reads the history of `fieldId` for `userId`.
    void load(const QString &fieldId, const QString &userId);
    void clear();

    bool isLoading() const { return !m_pending.isNull(); }
    QString fieldId() const { return m_fieldId; }
    QString userId() const { return m_userId; }
    // The field's key and the member's name as the entries give them.
    QString fieldName() const { return m_fieldName; }
    QString memberName() const { return m_memberName; }
    Kind kind() const { return m_kind; }
    const QList<Point> &points() const { return m_points; }
    // True when the history had more than MaxPoints entries (the oldest are shown).
    bool isTruncated() const { return m_truncated; }

    // The points as CSV (when in ISO 8601 UTC, value as sent; a header row; CRLF).
    bool writeCsv(QIODevice *device, QString *error) const;

signals:
    void loaded();
    void loadFailed(const ra::ApiError &error);

private:
    void requestPage(int page);
    void finish();

    ApiClient &m_client;
    QPointer<ApiReplyBase> m_pending;
    QString m_fieldId;
    QString m_userId;
    QString m_fieldName;
    QString m_memberName;
    QList<FieldHistoryEntry> m_entries;
    QList<Point> m_points;
    Kind m_kind = Kind::None;
    bool m_truncated = false;
};

} // namespace ra
