#include "assignfixture.h"

#include "assign/assignflowdialog.h"
#include "assign/assignpreviewpage.h"
#include "assign/palettedock.h"
#include "bulk/bulkjob.h"
#include "item/usertablemodel.h"
#include "replywaiter.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "stores/serverstore.h"
#include "users/userspane.h"

#include <QApplication>
#include <QDropEvent>
#include <QPushButton>
#include <QTest>

namespace ra::test {

bool AssignFixture::setUp()
{
    bool ok = false;
    [&] {
        QVERIFY(sandbox.start(300));
        QVERIFY(dir.isValid());
        services = std::make_unique<Services>(dir.filePath(QStringLiteral("settings.ini")));
        client = std::make_unique<ApiClient>(&network);
        client->setConfig(sandbox.config());
        // A badge and a role of the test's own, so no seeded holding interferes.
        badgeId = createBadge(QStringLiteral("Drop Test Badge"));
        roleId = createRole(QStringLiteral("Drop Test Role"));
        QVERIFY(!badgeId.isEmpty());
        QVERIFY(!roleId.isEmpty());

        Services &s = *services;
        window = std::make_unique<MainWindow>(s.settings, s.profiles, s.activity, s.questions);
        structure.servers = new ServerStore(*client, &owner);
        structure.badges = new BadgeStore(*client, &owner);
        structure.images = new ImageCache(&network, &owner);
        users = installUsersPane(*window, *client, s.settings, s.profiles, s.questions, &owner);
        assign = new AssignPanes(*window, *client, structure, users, s.questions, &owner);
        assign->setJournalDirectory(dir.filePath(QStringLiteral("bulk")));
        structure.servers->reload();
        structure.badges->reload();
        users.reloadAll();
        assign->onBound();
        QVERIFY(window->showPane(QStringLiteral("users")));
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(users.users->rowCount(), 200, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(assign->palette()->tile(AssignTarget::Kind::Badge, badgeId),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(assign->palette()->tile(AssignTarget::Kind::Role, roleId), 10000);
        ok = true;
    }();
    return ok;
}

bool AssignFixture::dropOn(QWidget *widget, const QMimeData &mime, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

AssignOutcome AssignFixture::probe(bool award, const QString &badge, const QString &userId)
{
    ApiReplyBase *reply = award ? static_cast<ApiReplyBase *>(client->awardBadge(badge, userId))
                                : client->removeBadge(badge, userId);
    AssignOutcome outcome;
    bool done = false;
    QObject::connect(reply, &ApiReplyBase::finished, reply, [&] {
        outcome = AssignOutcome::classify(*reply);
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return outcome;
}

QStringList AssignFixture::rolesOf(const QString &userId)
{
    auto roles = track(client->getUserRoles(userId));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(roles->done, 10000);
    }();
    QStringList ids;
    for (const Role &r : roles->value)
        ids.append(r.id);
    return ids;
}

QString AssignFixture::createBadge(const QString &title)
{
    auto badge = track(client->createBadge(
        {{QStringLiteral("title"), title}, {QStringLiteral("action"), QStringLiteral("custom")}}));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(badge->done, 10000);
    }();
    return badge->value.id;
}

QString AssignFixture::createRole(const QString &title)
{
    auto role = track(client->createRole({{QStringLiteral("title"), title},
                                          {QStringLiteral("class"), QStringLiteral("gold")},
                                          {QStringLiteral("order"), 7},
                                          {QStringLiteral("billable"), false},
                                          {QStringLiteral("server_permissions"), QJsonObject()},
                                          {QStringLiteral("channel_permissions"), QJsonObject()}}));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(role->done, 10000);
    }();
    return role->value.id;
}

BulkJob *AssignFixture::waitForJob(AssignFlowDialog *flow, const BulkJob *previous)
{
    BulkJob *job = nullptr;
    [&] {
        QVERIFY(flow);
        QTRY_VERIFY_WITH_TIMEOUT(flow->currentJob() && flow->currentJob() != previous, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(flow->currentJob()->status(), BulkJob::Status::Finished, 30000);
        job = flow->currentJob();
    }();
    return job;
}

AssignFlowDialog *AssignFixture::confirmFlow(int expectedMembers)
{
    AssignFlowDialog *flow = assign->lastFlow();
    bool ok = false;
    [&] {
        QVERIFY(flow);
        QTRY_VERIFY_WITH_TIMEOUT(flow->previewPage()->isVisible(), 15000);
        const QString headline = flow->previewPage()->headline();
        QVERIFY2(headline.contains(QStringLiteral(" %1 members").arg(expectedMembers)),
                 qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Returning Demo Community")),
                 qPrintable(headline));
        saveScreenshot(*flow, QStringLiteral("assign-preview"));
        QTest::mouseClick(flow->previewPage()->confirmButton(), Qt::LeftButton);
        QVERIFY(waitForJob(flow));
        ok = true;
    }();
    return ok ? flow : nullptr;
}

QString AssignFixture::userAt(int row) const
{
    return users.users->idAt(row);
}

} // namespace ra::test
