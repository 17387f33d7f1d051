#pragma once

#include "api/apiclient.h"
#include "assign/assignoutcome.h"
#include "assignpanes.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "structurepanes.h"
#include "testservices.h"
#include "userspanes.h"

#include <QMimeData>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

// What the visual assignment tests share: the in-process sandbox over HTTP, a client, a real
// MainWindow with the Users pane and AssignPanes (journal in a temporary directory), and helpers
// that send drag events through the widgets' own handling and read results back through the API.
class AssignFixture
{
public:
    // Starts everything and waits until the Users table and both test tiles are there. False
    // (after a failed QVERIFY) when something did not come up.
    bool setUp();

    // Drag enter, move and drop of `mime` at `pos`; true when the widget took the drop.
    static bool dropOn(QWidget *widget, const QMimeData &mime, const QPoint &pos);
    // Awards (or removes) a badge through the API and says what the sandbox answered.
    AssignOutcome probe(bool award, const QString &badgeId, const QString &userId);
    QStringList rolesOf(const QString &userId);
    QString createBadge(const QString &title);
    QString createRole(const QString &title);
    // Waits for the last assignment window's preview, checks it counts `expectedMembers` and
    // names the community, confirms and waits for the job to finish. Null after a failure.
    AssignFlowDialog *confirmFlow(int expectedMembers);
    // Waits for the last assignment window's job (a new one, not `previous`) to finish.
    BulkJob *waitForJob(AssignFlowDialog *flow, const BulkJob *previous = nullptr);
    // The n-th member of the Users table (source model order).
    QString userAt(int row) const;

    SandboxFixture sandbox;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    std::unique_ptr<Services> services;
    std::unique_ptr<ApiClient> client;
    QObject owner;
    std::unique_ptr<MainWindow> window;
    StructureStores structure;
    UsersComposition users;
    AssignPanes *assign = nullptr;
    QString badgeId;
    QString roleId;
};

} // namespace ra::test
