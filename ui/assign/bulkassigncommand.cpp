#include "assign/bulkassigncommand.h"

#include "bulk/bulkjob.h"

#include <QLocale>

namespace ra {

BulkAssignCommand::BulkAssignCommand(std::unique_ptr<AssignItemKind> kind, const BulkJobInfo &info,
                                     Runner runner)
    : m_kind(std::move(kind))
    , m_runner(std::move(runner))
{
    m_info.server = info.server;
    m_info.community = info.community;
    m_info.title = info.title;
    m_info.id = info.id;
}

std::unique_ptr<BulkAssignCommand> BulkAssignCommand::fromJob(const BulkJob &job, Runner runner)
{
    const auto *assign = dynamic_cast<const AssignItemKind *>(&job.kind());
    if (!assign || job.counts().done == 0)
        return nullptr;
    std::unique_ptr<AssignItemKind> kind =
        AssignItemKind::fromJson(assign->name(), assign->toJson());
    if (!kind)
        return nullptr;
    std::unique_ptr<BulkAssignCommand> command(
        new BulkAssignCommand(std::move(kind), job.info(), std::move(runner)));
    command->add(job);
    return command;
}

void BulkAssignCommand::add(const BulkJob &job)
{
    m_jobIds.insert(job.id());
    addItems(job);
    updateText();
}

void BulkAssignCommand::addItems(const BulkJob &job)
{
    for (const BulkItem &item : job.items()) {
        if (item.state != BulkItemState::Done || m_keys.contains(item.key))
            continue;
        m_keys.insert(item.key);
        BulkItem fresh;
        fresh.input = item.input;
        fresh.line = item.line;
        fresh.key = item.key;
        m_items.append(fresh);
    }
}

void BulkAssignCommand::updateText()
{
    setText(tr("%1 (%n member(s))", nullptr, int(m_items.size())).arg(m_kind->displayName()));
}

void BulkAssignCommand::apply(bool forward, Finished finished)
{
    std::unique_ptr<BulkItemKind> kind =
        forward ? std::unique_ptr<BulkItemKind>(
                      AssignItemKind::fromJson(m_kind->name(), m_kind->toJson()))
                : m_kind->inverse();
    BulkJobInfo info;
    info.server = m_info.server;
    info.community = m_info.community;
    info.parentId = m_info.id;
    info.title = forward ? tr("Redo: %1").arg(m_info.title) : tr("Undo: %1").arg(m_info.title);
    auto job = std::make_unique<BulkJob>(std::move(kind), m_items, info);
    const QString id = job->id();
    m_jobIds.insert(id);
    if (!forward)
        m_undoIds.insert(id);
    BulkJob *running = m_runner ? m_runner(std::move(job)) : nullptr;
    if (!running) {
        finished(ApiError::make(ApiError::Kind::Server,
                                tr("The job for \"%1\" could not be started.").arg(text())));
        return;
    }
    QObject::connect(running, &BulkJob::finished, &m_context, [running, finished] {
        const BulkCounts c = running->counts();
        if (c.allSucceeded()) {
            finished({});
            return;
        }
        QLocale locale;
        finished(ApiError::make(
            ApiError::Kind::Server,
            tr("%1 of %2 members were not changed (failed %3, not found %4, not sent %5); the "
               "job's report says why.")
                .arg(locale.toString(c.total - c.done - c.already), locale.toString(c.total),
                     locale.toString(c.failed), locale.toString(c.notFound),
                     locale.toString(c.pending + c.inFlight))));
    });
}

} // namespace ra
