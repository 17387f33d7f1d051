#include "panes/serverpicker.h"

#include "item/servertablemodel.h"
#include "stores/currentserver.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ra {

ServerPicker::ServerPicker(CurrentServer &current, ServerStore &servers,
                           std::function<QString(const QString &)> heading, QWidget *parent)
    : QWidget(parent)
    , m_current(current)
    , m_heading(std::move(heading))
    , m_model(new ServerTableModel(&servers, this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("serverHeading"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("serverPicker"));
    m_combo->setModel(m_model);
    m_combo->setModelColumn(int(ServerTableModel::Column::Name));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this,
            [this](int row) { m_current.setId(m_model->idAt(row)); });
    connect(&m_current, &CurrentServer::changed, this, &ServerPicker::sync);
    connect(&m_current, &CurrentServer::namesChanged, this, &ServerPicker::sync);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServerPicker::sync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ServerPicker::sync);
    retranslate();
}

QString ServerPicker::headingText() const
{
    return m_title->text();
}

void ServerPicker::sync()
{
    const int row = m_model->rowOf(m_current.id());
    if (m_combo->currentIndex() != row)
        m_combo->setCurrentIndex(row);
    m_combo->setEnabled(m_model->rowCount() > 0);
    const QString name = m_current.name();
    m_title->setText(name.isEmpty() ? QString() : m_heading(name));
    m_title->setAccessibleName(m_title->text());
}

void ServerPicker::retranslate()
{
    m_label->setText(tr("&Server:"));
    m_combo->setAccessibleName(tr("Server"));
    m_combo->setToolTip(tr("The server whose items this pane shows"));
    sync();
}

void ServerPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ra
