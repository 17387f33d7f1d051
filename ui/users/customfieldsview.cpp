#include "users/customfieldsview.h"

#include "domain/userfieldrules.h"
#include "stores/userfieldstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace ra {

namespace {
QString rawText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}
} // namespace

CustomFieldsView::CustomFieldsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("customFields"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setMinimumHeight(100);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString key = fieldKeyAt(item);
        if (!key.isEmpty() && !m_userId.isEmpty())
            emit fieldHistoryRequested(m_userId, key);
    });
    retranslate();
}

void CustomFieldsView::setUserFields(UserFieldStore *store)
{
    if (m_fields)
        disconnect(m_fields, nullptr, this, nullptr);
    m_fields = store;
    if (store) {
        connect(store, &UserFieldStore::loaded, this, &CustomFieldsView::rebuild);
        connect(store, &UserFieldStore::cleared, this, &CustomFieldsView::rebuild);
        connect(store, &UserFieldStore::added, this, &CustomFieldsView::rebuild);
        connect(store, &UserFieldStore::changed, this, &CustomFieldsView::rebuild);
        connect(store, &UserFieldStore::removed, this, &CustomFieldsView::rebuild);
    }
    rebuild();
}

UserFieldStore *CustomFieldsView::userFields() const
{
    return m_fields;
}

void CustomFieldsView::showValues(const QString &userId, const QJsonObject &values)
{
    m_userId = userId;
    m_values = values;
    rebuild();
}

QString CustomFieldsView::fieldKeyAt(const QTreeWidgetItem *item) const
{
    return item ? item->data(NameColumn, FieldKeyRole).toString() : QString();
}

QTreeWidgetItem *CustomFieldsView::itemOf(const QString &key) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (fieldKeyAt(topLevelItem(i)) == key)
            return topLevelItem(i);
    }
    return nullptr;
}

void CustomFieldsView::rebuild()
{
    clear();
    if (m_userId.isEmpty())
        return;
    QList<UserField> fields = m_fields ? m_fields->fields() : QList<UserField>();
    QSet<QString> known;
    for (const UserField &f : std::as_const(fields))
        known.insert(f.field);
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            UserField unknown;
            unknown.field = it.key();
            fields.append(unknown);
        }
    }
    const QLocale locale;
    for (const UserField &f : std::as_const(fields)) {
        const QJsonValue value = m_values.value(f.field);
        const QString raw = rawText(value);
        auto *item = new QTreeWidgetItem(this);
        item->setData(NameColumn, FieldKeyRole, f.field);
        item->setText(NameColumn, f.name.isEmpty() ? f.field : f.name);
        item->setToolTip(NameColumn, f.field);
        item->setText(TypeColumn,
                      f.type.isEmpty() ? tr("not defined") : UserFieldRules::typeName(f.type));
        UserField optional = f;
        optional.required = false;
        const QString problem = f.type.isEmpty() || value.isUndefined() || value.isNull()
                                    ? QString()
                                    : UserFieldRules::checkValue(optional, raw);
        QString shown = raw;
        if (!problem.isEmpty()) {
            item->setToolTip(ValueColumn, problem);
            item->setForeground(ValueColumn, QColor(0xb3, 0x26, 0x1e));
        } else if (value.isUndefined() || value.isNull()) {
            shown = tr("(no value)");
            item->setForeground(ValueColumn, palette().color(QPalette::PlaceholderText));
        } else {
            switch (UserFieldRules::kind(f.type)) {
            case UserFieldRules::Kind::Date:
                shown = locale.toString(UserFieldRules::parseDate(raw), QLocale::ShortFormat);
                item->setToolTip(ValueColumn, raw);
                break;
            case UserFieldRules::Kind::Number: {
                double number = 0;
                UserFieldRules::parseNumber(raw, &number);
                shown = locale.toString(number, 'g', 15);
                item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
                break;
            }
            case UserFieldRules::Kind::Boolean: {
                bool yes = false;
                UserFieldRules::parseBoolean(raw, &yes);
                shown = yes ? tr("yes") : tr("no");
                break;
            }
            default:
                break;
            }
        }
        item->setText(ValueColumn, shown);
    }
    resizeColumnToContents(NameColumn);
    resizeColumnToContents(TypeColumn);
}

void CustomFieldsView::retranslate()
{
    setHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    setAccessibleName(tr("Custom fields"));
    setToolTip(tr("The member's custom fields, typed by the community's field definitions."));
}

void CustomFieldsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QTreeWidget::changeEvent(event);
}

} // namespace ra
