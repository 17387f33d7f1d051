#include "messagepanes.h"

#include "announceoffer.h"
#include "api/apiclient.h"
#include "mainwindow.h"
#include "messages/messageactions.h"
#include "messages/messagecomposer.h"
#include "messages/messagedrafts.h"
#include "messages/messagefeed.h"
#include "messages/messagespane.h"
#include "settings/profilestore.h"
#include "stores/channelstore.h"
#include "structurepanes.h"

#include "iconfactory.h"

#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QStandardPaths>

namespace ra {

namespace {
// A speech bubble, drawn like IconFactory's glyphs (32 px, its colour).
QIcon messagesIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(4, 5, 24, 17), 5, 5);
        QPainterPath tail;
        tail.moveTo(10, 21);
        tail.lineTo(8, 28);
        tail.lineTo(16, 21.5);
        p.drawPath(bubble.united(tail));
        p.setPen(QPen(glyphColour, 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10, 11.5), QPointF(22, 11.5));
        p.drawLine(QPointF(10, 16), QPointF(18, 16));
    });
}
} // namespace

void MessagesComposition::clearAll() const
{
    if (channels)
        channels->clear();
    if (feed)
        feed->clear();
}

void MessagesComposition::reloadAll(const QString &profileId) const
{
    if (pane)
        pane->setProfileId(profileId);
    if (channels)
        channels->reload();
    if (feed)
        feed->refresh();
}

void MessagesComposition::onBound() const
{
    if (announce)
        announce->onBound();
}

MessagesComposition installMessagesPane(MainWindow &window, ApiClient &client,
                                        const StructureStores &structure,
                                        const ProfileStore &profiles, QuestionProvider &questions,
                                        QObject *owner, const QString &draftsPath)
{
    MessagesComposition c;
    c.channels = new ChannelStore(client, ChannelStore::Source::Integration, owner);
    c.feed = new MessageFeed(client, owner);
    c.actions = new MessageActions(client, owner);
    QString path = draftsPath;
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("message-drafts.json"));
    c.drafts = new MessageDrafts(path, owner);
    c.pane = new MessagesPane(*c.feed, *c.channels, *c.actions, *c.drafts, structure.images);
    c.pane->setProfileId(profiles.activeId());
    c.pane->setQuestionProvider(questions);
    window.addPane(
        QStringLiteral("messages"), [] { return MessagesPane::tr("Messages"); }, messagesIcon(),
        c.pane);
    c.announce = new AnnounceOffer(window, client, *c.channels, questions, owner);

    MessagesPane *pane = c.pane;
    AnnounceOffer *announce = c.announce;
    QObject::connect(pane, &MessagesPane::announceRequested, pane, [pane, announce] {
        announce->open(pane->composer()->sender(), pane->channelId());
    });
    return c;
}

} // namespace ra
