#pragma once

#include <QString>

namespace ra::sandbox {

class DataStore;

// Fills one channel of the demo community with many messages, for benchmarks and load tests
// (`returning-sandbox --channel-messages N`): N messages from the community's members, dated one
// second apart and ending a minute ago, every seventh a reply to one of the messages just before
// it and every third with a reaction. The channel is the community's first open channel (by id).
// One transaction with one prepared statement per table, so 100,000 messages take well under a
// second. Runs synchronously on the caller's thread with the store's connection; not for a
// server that is already answering requests.
class MessageSeeder
{
public:
    explicit MessageSeeder(DataStore &store);

    // Adds `count` messages; false with *error when the community has no open channel or a
    // statement fails. The channel's id is in channelId() afterwards.
    bool run(int count, QString *error);
    QString channelId() const { return m_channelId; }

private:
    DataStore &m_store;
    QString m_channelId;
};

} // namespace ra::sandbox
