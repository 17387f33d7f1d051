#pragma once

#include "api/apiclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUrlQuery>

// Test helper: the server's own record of bulk jobs. Sums the jobs of the API
// log (the newest 200) whose file name starts with `prefix`; jobs is -1 when
// the log could not be read. The proof, in import tests, of what reached the
// server and how often.
struct ApiLogTotals
{
    qint64 jobs = -1;
    qint64 total = 0;
    qint64 created = 0;
    qint64 failed = 0;

    static ApiLogTotals read(ra::ApiClient &client, const QString &prefix)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        auto *reply = client.call(QStringLiteral("listApiLogJobs"), {}, query);
        QSignalSpy done(reply, &ra::ApiReplyBase::finished);
        ApiLogTotals sum;
        if (!done.wait(10000) || reply->hasError())
            return sum;
        sum.jobs = 0;
        const QJsonArray jobs = reply->value().data.toArray();
        for (const QJsonValue &v : jobs) {
            const QJsonObject j = v.toObject();
            if (!j.value(u"fileName").toString().startsWith(prefix))
                continue;
            ++sum.jobs;
            sum.total += j.value(u"total").toInteger();
            sum.created += j.value(u"created").toInteger();
            sum.failed += j.value(u"failed").toInteger();
        }
        return sum;
    }
};
