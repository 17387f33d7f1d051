#pragma once

#include "item/userfilterspec.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ra {

class ApiClient;
class ApiReplyBase;

// Collects the ids of every member a Users-pane filter matches ("Give to everyone matching the
// filter"), page by page with Get Users with Filters (cursor mode, ids only), so a bulk job can
// be made of them. Asynchronous: progress() after each page, then finished() once with the ids
// or with the error that stopped it (the ids read so far are kept, nothing is sent from here).
// cancel() drops the call in flight. Does not own the client; GUI thread.
class FilterMembers : public QObject
{
    Q_OBJECT

public:
    FilterMembers(ApiClient &client, const UserFilterSpec &filter, QObject *parent = nullptr);
    ~FilterMembers() override;

    void start();
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    const QStringList &ids() const { return m_ids; }
    QString error() const { return m_error; }

signals:
    void progress(int read, qint64 total);
    void finished();

private:
    void requestPage();

    ApiClient &m_client;
    UserFilterSpec m_filter;
    QStringList m_ids;
    QString m_cursor;
    QString m_error;
    QPointer<ApiReplyBase> m_reply;
};

} // namespace ra
