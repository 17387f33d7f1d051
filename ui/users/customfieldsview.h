#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QTreeWidget>

namespace ra {

class UserFieldStore;

// The custom fields of one member in the user detail panel, typed by the community's field
// definitions (UserFieldStore): every defined field in the store's order, then any key the
// member has that no definition names. A date value is shown as a date in the user's locale, a
// number in the locale and right-aligned, a yes/no as yes or no; a value that does not suit its
// type is shown as sent, marked, with the reason as its tooltip. Each row keeps its field key
// (fieldKeyAt()); activating a row (double-click, Enter) emits fieldHistoryRequested(), the
// hook a per-field history view connects to. Borrows the store; GUI thread.
class CustomFieldsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TypeColumn, ColumnCount };
    static constexpr int FieldKeyRole = Qt::UserRole + 1;

    explicit CustomFieldsView(QWidget *parent = nullptr);

    void setUserFields(UserFieldStore *store);
    UserFieldStore *userFields() const;
    // Shows `values` (Get User Data's customFields) of member `userId`; empty clears.
    void showValues(const QString &userId, const QJsonObject &values);
    QString userId() const { return m_userId; }
    QString fieldKeyAt(const QTreeWidgetItem *item) const;
    // The row of field `key`, or null.
    QTreeWidgetItem *itemOf(const QString &key) const;

signals:
    void fieldHistoryRequested(const QString &userId, const QString &fieldKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QPointer<UserFieldStore> m_fields;
    QString m_userId;
    QJsonObject m_values;
};

} // namespace ra
