#include "historypanes.h"

#include "users/customfieldsview.h"

#include "charts/fieldhistorychart.h"
#include "history/fieldhistoryaction.h"
#include "history/fieldhistorypane.h"
#include "item/fieldhistorymodel.h"
#include "item/fieldhistoryseries.h"
#include "mainwindow.h"
#include "stores/fieldhistorystore.h"
#include "users/userdetailpanel.h"

#include "iconfactory.h"

#include <QPainter>
#include <QPixmap>

namespace ra {

namespace {
const QString paneId = QStringLiteral("fieldhistory");

// A clock face: the time the values changed at.
QIcon historyIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(16, 16), 12, 12);
        p.setPen(QPen(glyphColour, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 16), QPointF(16, 8));
        p.drawLine(QPointF(16, 16), QPointF(22, 19));
    });
}
} // namespace

HistoryPanes::HistoryPanes(MainWindow &window, ApiClient &client, UserDetailPanel *detailPanel,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(new FieldHistoryStore(client, this))
    , m_model(new FieldHistoryModel(client, this))
    , m_series(new FieldHistorySeries(client, this))
    , m_pane(new FieldHistoryPane(*m_store, *m_model, *m_series))
    , m_detail(detailPanel)
{
    // The timeline names fields as the community calls them.
    connect(m_store, &FieldHistoryStore::fieldsChanged, this, [this] {
        QHash<QString, QString> names;
        for (const UserField &f : m_store->fields()) {
            names.insert(f.id, f.name);
            names.insert(f.field, f.name);
        }
        m_model->setFieldNames(names);
    });
    window.addPane(
        paneId, [] { return FieldHistoryPane::tr("Field History"); }, historyIcon(), m_pane);
    if (detailPanel && detailPanel->customFieldsView()) {
        auto *action = new FieldHistoryAction(detailPanel->customFieldsView());
        connect(action, &FieldHistoryAction::requested, this, [this](const QString &field) {
            openFor(m_detail ? m_detail->userId() : QString(), field);
        });
        // Activating a field's row (double-click, Enter) opens its history too.
        connect(detailPanel->customFieldsView(), &CustomFieldsView::fieldHistoryRequested, this,
                &HistoryPanes::openFor);
    }
}

void HistoryPanes::openFor(const QString &userId, const QString &field)
{
    if (m_store->fields().isEmpty()) {
        // The fields are not known yet: name the field once they are (or without it).
        auto *once = new QObject(this);
        auto done = [this, once, userId, field] {
            once->deleteLater();
            show(userId, field);
        };
        connect(m_store, &FieldHistoryStore::fieldsChanged, once, done);
        connect(m_store, &FieldHistoryStore::fieldsFailed, once, done);
        if (!m_store->isLoadingFields())
            m_store->reloadFields();
        return;
    }
    show(userId, field);
}

void HistoryPanes::show(const QString &userId, const QString &field)
{
    // The detail panel names a field by key or display name; the pane filters by id.
    QString fieldId;
    for (const UserField &f : m_store->fields()) {
        if (f.field == field || f.name == field || f.id == field) {
            fieldId = f.id;
            break;
        }
    }
    // Filter first: showing the pane would otherwise ask for the unfiltered first page too.
    m_pane->showMemberField(userId, fieldId);
    m_window.showPane(paneId);
}

void HistoryPanes::clear()
{
    m_store->clear();
    m_model->clear();
    m_series->clear();
}

void HistoryPanes::onBound(bool connected)
{
    clear();
    if (connected && m_pane->isVisible())
        m_pane->refresh();
}

} // namespace ra
