// bench_messages: the Messages pane on a channel with many messages, and an announcement to many
// channels, against an out-of-process sandbox (returning-sandbox --channel-messages N fills the
// community's first open channel; its JSON startup line gives the URLs and keys). The real
// Messages pane (offscreen platform by default) shows the channel.
// Prints:
//   first screen     from choosing the channel to its first screenful painted (goal 300 ms)
//   growing          scrolling to the top again and again until 5,000 messages are shown: the
//                    steps, wall time and the longest gap of a 1 ms timer (goal 50 ms)
//   announce         one message to 50 channels (created first) through BulkJob, start to
//                    finished (goal 2 s)
// Not run by ctest.
//
//   bench_messages [--messages N] [--grow-to N] [--channels N] [--sandbox PATH]
#include "api/apiclient.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "messages/announceitemkind.h"
#include "messages/messageactions.h"
#include "messages/messagedrafts.h"
#include "messages/messagefeed.h"
#include "messages/messagespane.h"
#include "sandboxprocess.h"
#include "stallprobe.h"
#include "stores/channelstore.h"
#include "stores/imagecache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY ""
#endif

using namespace ra;
using ra::bench::say;
using ra::bench::verdict;

namespace {
// Runs the event loop until `done` holds or `ms` pass; false on a timeout.
template<typename F> bool waitFor(F done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("messages"), QStringLiteral("Messages in the channel (100000)."),
         QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("grow-to"), QStringLiteral("Messages to grow the view to (5000)."),
         QStringLiteral("n"), QStringLiteral("5000")},
        {QStringLiteral("channels"), QStringLiteral("Channels to announce to (50)."),
         QStringLiteral("n"), QStringLiteral("50")},
        {QStringLiteral("sandbox"), QStringLiteral("returning-sandbox binary."),
         QStringLiteral("path"), QStringLiteral(RA_SANDBOX_BINARY)},
    });
    parser.process(app);
    const int messages = parser.value(QStringLiteral("messages")).toInt();
    const int growTo = parser.value(QStringLiteral("grow-to")).toInt();
    const int channelCount = parser.value(QStringLiteral("channels")).toInt();

    QObject owner;
    std::optional<ApiClientConfig> config;
    QElapsedTimer startClock;
    startClock.start();
    QProcess *sandbox = bench::startSandboxProcess(
        &owner, parser.value(QStringLiteral("sandbox")), 1000,
        [&config](const ApiClientConfig &c) { config = c; },
        {QStringLiteral("--channel-messages"), QString::number(messages)});
    if (!waitFor([&] { return config.has_value(); }, 120000)) {
        say(QStringLiteral("the sandbox did not start"));
        return 1;
    }
    say(QStringLiteral("sandbox with %1 channel messages started in %2 ms")
            .arg(messages)
            .arg(startClock.elapsed()));

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(*config);
    ChannelStore channels(client, ChannelStore::Source::Integration);
    MessageFeed feed(client);
    MessageActions actions(client);
    MessageDrafts drafts{QString()};
    ImageCache images(&network);
    MessagesPane pane(feed, channels, actions, drafts, &images);
    pane.setRefreshInterval(3600 * 1000);
    pane.resize(1100, 760);
    pane.show();
    channels.reload();
    if (!waitFor(
            [&] {
                return !channels.channels().isEmpty() && !feed.isLoading() && feed.rowCount() > 0;
            },
            30000)) {
        say(QStringLiteral("the channel list did not load"));
        return 1;
    }
    QList<Channel> open;
    for (const Channel &c : channels.channels()) {
        if (c.channelType != u"forum")
            open.append(c);
    }
    std::sort(open.begin(), open.end(),
              [](const Channel &a, const Channel &b) { return a.id < b.id; });
    const QString big = open.first().id;
    // The fonts and style are warm once the first channel was painted; show another one first
    // if the big one is already shown.
    if (feed.channelId() == big) {
        pane.chooseChannel(open.at(1).id);
        waitFor([&] { return !feed.isLoading(); }, 30000);
    }
    pane.view()->viewport()->repaint();

    // First screen.
    QElapsedTimer clock;
    bool loaded = false;
    QObject::connect(&feed, &MessageFeed::loaded, &owner, [&loaded] { loaded = true; });
    clock.start();
    pane.chooseChannel(big);
    if (!waitFor([&] { return loaded; }, 30000)) {
        say(QStringLiteral("the channel did not load"));
        return 1;
    }
    pane.view()->viewport()->repaint();
    const double firstMs = double(clock.nsecsElapsed()) / 1e6;
    say(QStringLiteral("first screen: %1 messages of %2 in %3 ms (goal 300 ms) %4")
            .arg(feed.rowCount())
            .arg(feed.total())
            .arg(firstMs, 0, 'f', 1)
            .arg(verdict(firstMs, 300)));

    // Growing to growTo by scrolling to the top.
    bench::StallProbe probe;
    probe.start();
    clock.restart();
    int steps = 0;
    QScrollBar *bar = pane.view()->verticalScrollBar();
    while (feed.rowCount() < growTo && feed.canLoadOlder()) {
        loaded = false;
        bar->setValue(bar->minimum());
        if (!waitFor([&] { return loaded; }, 60000)) {
            say(QStringLiteral("growing stopped at %1 messages").arg(feed.rowCount()));
            return 1;
        }
        ++steps;
        // Let the view paint and settle as a user would see it.
        waitFor([] { return false; }, 30);
    }
    probe.stop();
    say(QStringLiteral("growing to %1 messages: %2 steps in %3 ms; longest stall %4 ms "
                       "(%5 ms CPU in it; goal 50 ms) %6")
            .arg(feed.rowCount())
            .arg(steps)
            .arg(clock.elapsed())
            .arg(probe.longestMs(), 0, 'f', 1)
            .arg(probe.cpuInLongestMs(), 0, 'f', 1)
            .arg(verdict(probe.longestMs(), 50)));

    // Announce to channelCount channels.
    int created = 0;
    for (int i = 0; i < channelCount; ++i) {
        client.createChannel(QStringLiteral("bench-%1").arg(i), QStringLiteral("open"))
            ->then(
                &owner, [&created](const Channel &) { ++created; },
                [&created](const ApiError &e) {
                    say(QStringLiteral("createChannel: %1").arg(e.userText()));
                    ++created;
                });
    }
    waitFor([&] { return created == channelCount; }, 60000);
    channels.reload();
    waitFor([&] { return !channels.isLoading(); }, 30000);
    QList<BulkItem> items;
    for (const Channel &c : channels.channels()) {
        if (!c.topic.startsWith(u"bench-"))
            continue;
        BulkItem item;
        item.input = c.topic;
        item.key = c.id;
        item.line = int(items.size()) + 1;
        items.append(item);
    }
    QString sender;
    for (int i = 0; i < feed.rowCount() && sender.isEmpty(); ++i)
        sender = feed.index(i).data(MessageFeed::AuthorRole).toString();
    BulkClientPool pool(client);
    BulkJob job(
        std::make_unique<AnnounceItemKind>(QStringLiteral("Benchmark announcement"), sender), items,
        {});
    QTemporaryDir journal;
    job.setJournalDirectory(journal.path());
    bool finished = false;
    QObject::connect(&job, &BulkJob::finished, &owner, [&finished] { finished = true; });
    clock.restart();
    QString error;
    if (!job.start(pool, &error)) {
        say(QStringLiteral("announce: %1").arg(error));
        return 1;
    }
    waitFor([&] { return finished; }, 60000);
    const double announceMs = double(clock.nsecsElapsed()) / 1e6;
    say(QStringLiteral("announce to %1 channels: %2 sent, %3 failed in %4 ms (goal 2000 ms) %5")
            .arg(items.size())
            .arg(job.counts().done)
            .arg(job.counts().failed + job.counts().notFound)
            .arg(announceMs, 0, 'f', 1)
            .arg(verdict(announceMs, 2000)));
    bench::stopSandboxProcess(sandbox, &owner);
    return 0;
}
