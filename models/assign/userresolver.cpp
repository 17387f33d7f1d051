#include "assign/userresolver.h"

#include "api/apiclient.h"
#include "bulk/bulkclientpool.h"

#include <QTimer>

namespace ra {

UserResolver::UserResolver(BulkClientPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(&pool)
{
}

void UserResolver::start(const QList<UserList::Entry> &entries, const QString &roleId, bool giving)
{
    cancel();
    m_matches.clear();
    m_steps.clear();
    m_already.clear();
    m_preview = Preview();
    m_preview.alreadyKnowable = !roleId.isEmpty();
    m_roleId = roleId;
    m_giving = giving;
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_context = new QObject(this);
    for (const UserList::Entry &e : entries) {
        Match m;
        m.entry = e;
        if (e.type == UserList::EntryType::Id)
            m.userId = e.text; // the send says "no such member" for a wrong one
        m_matches.append(m);
        m_steps.append(e.type == UserList::EntryType::Id ? Step::Resolved : Step::Waiting);
    }
    // Asynchronous even when nothing needs the network.
    QTimer::singleShot(0, m_context, [this] { pump(); });
}

void UserResolver::cancel()
{
    ++m_generation;
    if (m_context)
        m_context->deleteLater(); // aborts every lookup bound to it
    m_inFlight = 0;
    m_running = false;
}

void UserResolver::pump()
{
    if (!m_running || !m_pool)
        return;
    const qsizetype count = m_matches.size();
    while (m_inFlight < maxParallel && m_next < count) {
        const int i = m_next++;
        if (m_steps.at(i) == Step::Waiting)
            lookUp(i);
        else if (m_steps.at(i) == Step::Resolved)
            checkRoles(i);
    }
    if (m_inFlight == 0 && m_next >= count)
        complete();
}

void UserResolver::lookUp(int index)
{
    m_steps[index] = Step::LookingUp;
    ++m_inFlight;
    const QString text = m_matches.at(index).entry.text;
    m_pool->pickReader()
        .getCommunityUsers(1, searchPageSize, text)
        ->then(
            m_context,
            [this, index, text, gen = m_generation](const CommunityUserPage &page) {
                if (gen != m_generation)
                    return;
                QStringList ids;
                for (const User &u : page.users) {
                    if (u.username.compare(text, Qt::CaseInsensitive) == 0 ||
                        u.email.compare(text, Qt::CaseInsensitive) == 0)
                        ids.append(u.id.isEmpty() ? u.numericId : u.id);
                }
                resolved(index, ids,
                         ids.isEmpty() ? tr("no member has this username or e-mail") : QString());
            },
            [this, index, gen = m_generation](const ApiError &e) {
                if (gen != m_generation)
                    return;
                resolved(index, {}, tr("the lookup failed: %1").arg(errorText(e)));
            });
}

void UserResolver::resolved(int index, const QStringList &ids, const QString &reason)
{
    --m_inFlight;
    Match &m = m_matches[index];
    m.reason = reason;
    if (ids.size() == 1) {
        m.userId = ids.constFirst();
        checkRoles(index);
    } else {
        m.candidates = ids;
        if (ids.size() > 1)
            m.reason = tr("matched %1 members").arg(ids.size());
        m_steps[index] = Step::Done;
        ++m_done;
        emit progress(m_done, int(m_matches.size()));
    }
    pump();
}

void UserResolver::checkRoles(int index)
{
    if (m_roleId.isEmpty()) {
        m_steps[index] = Step::Done;
        ++m_done;
        emit progress(m_done, int(m_matches.size()));
        return;
    }
    m_steps[index] = Step::CheckingRoles;
    ++m_inFlight;
    m_pool->pickReader()
        .getUserRoles(m_matches.at(index).userId)
        ->then(
            m_context,
            [this, index, gen = m_generation](const QList<Role> &roles) {
                if (gen != m_generation)
                    return;
                bool holds = false;
                for (const Role &r : roles)
                    holds = holds || r.id == m_roleId;
                rolesKnown(index, holds, {});
            },
            [this, index, gen = m_generation](const ApiError &e) {
                if (gen != m_generation)
                    return;
                // 404 names an unknown member; anything else leaves it unknown.
                rolesKnown(index, false, e.httpStatus == 404 ? e.serverMessage : QString());
            });
}

void UserResolver::rolesKnown(int index, bool holds, const QString &reason)
{
    --m_inFlight;
    if (!reason.isEmpty()) {
        m_matches[index].reason = reason;
        m_matches[index].userId.clear();
    } else if (holds == m_giving) {
        m_already.insert(index, true);
    }
    m_steps[index] = Step::Done;
    ++m_done;
    emit progress(m_done, int(m_matches.size()));
    pump();
}

void UserResolver::complete()
{
    if (!m_running)
        return;
    m_running = false;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        const Match &m = m_matches.at(i);
        if (m.candidates.size() > 1) {
            m_preview.ambiguous.append(m);
        } else if (m.userId.isEmpty()) {
            m_preview.notMatched.append(m);
        } else if (seen.contains(m.userId)) {
            ++m_preview.duplicatesMerged; // one member named twice: handled once
        } else {
            seen.insert(m.userId, int(i));
            if (m_already.contains(int(i)))
                m_preview.already.append(m);
            else
                m_preview.willGet.append(m);
        }
    }
    emit finished();
}

QList<BulkItem> UserResolver::items(const Preview &preview)
{
    QList<BulkItem> out;
    out.reserve(preview.willGet.size() + preview.already.size());
    auto add = [&out](const Match &m, bool already) {
        BulkItem item;
        item.input = m.entry.text;
        item.line = m.entry.line;
        item.key = m.userId;
        if (already) {
            item.state = BulkItemState::Already;
            item.outcome = QStringLiteral("knownBefore");
            item.reason = tr("known before sending (Get role list of user)");
        }
        out.append(item);
    };
    for (const Match &m : preview.willGet)
        add(m, false);
    for (const Match &m : preview.already)
        add(m, true);
    std::sort(out.begin(), out.end(),
              [](const BulkItem &a, const BulkItem &b) { return a.line < b.line; });
    return out;
}

} // namespace ra
