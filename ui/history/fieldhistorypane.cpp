#include "history/fieldhistorypane.h"

#include "charts/fieldhistorychart.h"
#include "history/addhistoryentrydialog.h"
#include "item/fieldhistorymodel.h"
#include "item/fieldhistoryseries.h"
#include "messagebar.h"
#include "stores/fieldhistorystore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ra {

FieldHistoryPane::FieldHistoryPane(FieldHistoryStore &store, FieldHistoryModel &model,
                                   FieldHistorySeries &series, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_series(series)
{
    buildUi();
    retranslate();
    connect(&m_store, &FieldHistoryStore::fieldsChanged, this, [this] {
        fillFields();
        updateChartAction();
    });
    connect(&m_store, &FieldHistoryStore::fieldsFailed, this, [this](const ApiError &error) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("The fields could not be read: %1").arg(error.userText()));
    });
    connect(&m_model, &PagedTableModel::pageLoaded, this, &FieldHistoryPane::updateCount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &FieldHistoryPane::updateCount);
    connect(&m_model, &PagedTableModel::loadingChanged, this, &FieldHistoryPane::updateCount);
    connect(&m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The history could not be read: %1").arg(error.userText()));
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyFilters();
    });
    connect(m_member, &QLineEdit::editingFinished, this, &FieldHistoryPane::applyFilters);
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &FieldHistoryPane::applyFilters);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FieldHistoryPane::applyFilters);
    connect(m_addAction, &QAction::triggered, this, &FieldHistoryPane::addEntry);
    connect(m_chartAction, &QAction::toggled, this, &FieldHistoryPane::setChartVisible);
    updateChartAction();
    updateCount();
}

FieldHistoryPane::~FieldHistoryPane() = default;

void FieldHistoryPane::buildUi()
{
    m_field = new QComboBox(this);
    m_field->setMinimumContentsLength(14);
    m_member = new QLineEdit(this);
    m_member->setClearButtonEnabled(true);
    m_member->setMinimumWidth(200);
    m_fromCheck = new QCheckBox(this);
    m_toCheck = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_addAction = new QAction(this);
    m_chartAction = new QAction(this);
    m_chartAction->setCheckable(true);
    m_addButton = new QToolButton(this);
    m_addButton->setDefaultAction(m_addAction);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chartButton = new QToolButton(this);
    m_chartButton->setDefaultAction(m_chartAction);
    m_chartButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fieldLabel = new QLabel(this);
    m_fieldLabel->setBuddy(m_field);
    m_memberLabel = new QLabel(this);
    m_memberLabel->setBuddy(m_member);
    m_count = new QLabel(this);
    m_message = new MessageBar(this);
    m_message->hide();

    // Two rows, so the member box keeps a usable width beside the palette dock at 1280x800.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fieldLabel);
    filters->addWidget(m_field);
    filters->addWidget(m_memberLabel);
    filters->addWidget(m_member, 1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_fromCheck);
    range->addWidget(m_from);
    range->addWidget(m_toCheck);
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(m_chartButton);
    range->addWidget(m_addButton);

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->resizeSection(int(FieldHistoryModel::Column::When), 150);
    m_chart = new FieldHistoryChart(this);
    m_chart->hide();
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(range);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);
    connect(m_chart, &FieldHistoryChart::exported, this, [this](const QString &path) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Saved %1.").arg(path));
    });
    connect(m_chart, &FieldHistoryChart::exportFailed, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
}

void FieldHistoryPane::retranslate()
{
    m_fieldLabel->setText(tr("&Field:"));
    m_memberLabel->setText(tr("&Member:"));
    m_member->setPlaceholderText(tr("Any member (id, e-mail or username)"));
    m_fromCheck->setText(tr("F&rom"));
    m_toCheck->setText(tr("&To"));
    m_addAction->setText(tr("&Add Entry…"));
    m_addAction->setToolTip(tr("Record a value of a member's field"));
    m_chartAction->setText(tr("C&hart"));
    m_table->setAccessibleName(tr("Field history"));
    fillFields();
    updateChartAction();
    updateCount();
}

void FieldHistoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldHistoryPane::fillFields()
{
    const QString current = m_field->currentData().toString();
    m_filling = true;
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (const UserField &f : m_store.fields())
        m_field->addItem(f.name.isEmpty() ? f.field : f.name, f.id);
    const int index = m_field->findData(current);
    m_field->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

FieldHistoryQuery FieldHistoryPane::filterQuery() const
{
    FieldHistoryQuery q;
    q.fieldId = m_field->currentData().toString();
    q.userId = m_member->text().trimmed();
    if (m_fromCheck->isChecked())
        q.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_toCheck->isChecked())
        q.to = QDateTime(m_to->date(), QTime(23, 59, 59, 999));
    q.newestFirst = true;
    return q;
}

void FieldHistoryPane::applyFilters()
{
    m_message->hide();
    m_model.setQuery(filterQuery());
    updateChartAction();
    if (m_chart->isVisible())
        loadChart();
}

void FieldHistoryPane::showMemberField(const QString &userId, const QString &fieldId)
{
    m_filling = true;
    m_member->setText(userId);
    if (m_field->findData(fieldId) < 0) // the fields are not loaded yet: keep the id
        m_field->addItem(fieldId, fieldId);
    m_field->setCurrentIndex(m_field->findData(fieldId));
    m_filling = false;
    applyFilters();
    if (m_chartAction->isEnabled())
        m_chartAction->setChecked(true);
}

void FieldHistoryPane::refresh()
{
    m_store.reloadFields();
    m_model.reload();
    if (m_chart->isVisible())
        loadChart();
}

void FieldHistoryPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_store.fields().isEmpty())
        m_store.reloadFields();
    if (m_model.pagesLoaded() == 0 && !m_model.isLoading())
        m_model.reload();
}

void FieldHistoryPane::updateCount()
{
    QString text;
    if (m_model.isLoading() && m_model.rowCount() == 0)
        text = tr("Loading…");
    else if (m_model.totalCount() >= 0)
        text = tr("%Ln change(s), %L1 shown", nullptr,
                  int(qMin<qint64>(m_model.totalCount(), INT_MAX)))
                   .arg(m_model.rowCount());
    else
        text = tr("%Ln change(s) shown", nullptr, m_model.rowCount());
    m_count->setText(text);
}

QString FieldHistoryPane::countText() const
{
    return m_count->text();
}

void FieldHistoryPane::updateChartAction()
{
    const FieldHistoryQuery q = filterQuery();
    const UserField *f = m_store.field(q.fieldId);
    // An unknown type (fields not loaded yet) may still chart; the series decides.
    const bool chartable = !q.userId.isEmpty() && !q.fieldId.isEmpty() &&
                           (!f || FieldHistoryStore::isChartable(f->type));
    m_chartAction->setEnabled(chartable);
    m_chartAction->setToolTip(chartable
                                  ? tr("Chart this member's field over time")
                                  : tr("Choose a member and a number or date field to chart"));
    if (!chartable && m_chartAction->isChecked())
        m_chartAction->setChecked(false);
}

void FieldHistoryPane::setChartVisible(bool visible)
{
    if (m_chartAction->isChecked() != visible)
        m_chartAction->setChecked(visible);
    m_chart->setVisible(visible);
    if (visible)
        loadChart();
}

void FieldHistoryPane::loadChart()
{
    const FieldHistoryQuery q = filterQuery();
    if (q.userId.isEmpty() || q.fieldId.isEmpty())
        return;
    m_series.load(q.fieldId, q.userId);
    m_chart->setSeries(&m_series); // draws "Loading…" until the series says
}

void FieldHistoryPane::addEntry()
{
    const FieldHistoryQuery q = filterQuery();
    auto *dialog = new AddHistoryEntryDialog(m_store, q.userId, q.fieldId, this);
    connect(dialog, &AddHistoryEntryDialog::entryAdded, this, [this](const FieldHistoryEntry &e) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Recorded %1 = %2 for %3.")
                                   .arg(e.field, historyValueText(e.value),
                                        e.username.isEmpty() ? e.userId : e.username));
        m_model.reload();
        if (m_chart->isVisible())
            loadChart();
    });
    dialog->open();
}

} // namespace ra
