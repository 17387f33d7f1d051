#pragma once

#include "item/userfilterspec.h"
#include "item/usertablemodel.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace Ui {
class UserFilterBar;
}

namespace ra {

class UserFieldStore;

// The server-side filter of the Users pane: one editor per filter Get Users with Filters
// documents (e-mail, first and last name as exact values; join date, XP and coins as ranges
// with open ends; one of the community's custom fields, chosen by name, and its exact value,
// checked against the field's type) and the paging mode (cursor or page).
// Apply (or Enter in any box) emits applied() with the spec; a range whose minimum exceeds its
// maximum, or a custom value without a key, disables Apply and names the field at fault.
// Clear empties every editor and applies. Holds the Saved-filters button the pane fills. Only
// the e-mail box and the buttons show at first: "More filters" unfolds the other editors and the
// paging mode, and while they are folded away it says how many of them are set. The pane
// remembers whether they are shown. The form is userfilterbar.ui. Owns its widgets; GUI thread.
class UserFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit UserFilterBar(QWidget *parent = nullptr);
    ~UserFilterBar() override;

    // The filter the editors describe now.
    UserFilterSpec spec() const;
    // Fills the editors from `spec` (unknown keys go to the custom-field editors).
    void setSpec(const UserFilterSpec &spec);
    UserTableModel::Paging paging() const;
    void setPaging(UserTableModel::Paging paging);
    // The first problem of the editors, or empty.
    QString problem() const;
    // The custom fields offered by name (the store's list, followed as it changes); without a
    // store only a field a saved filter names is offered.
    void setUserFields(UserFieldStore *store);

    QToolButton *savedFiltersButton() const;
    QToolButton *moreFiltersButton() const;
    QPushButton *applyButton() const;

    // Whether the editors past the e-mail box are shown.
    bool moreFiltersShown() const;
    void setMoreFiltersShown(bool shown);
    // How many of the editors past the e-mail box hold a filter.
    int moreFiltersSet() const;

public slots:
    void apply();
    void clear();

signals:
    void applied(const ra::UserFilterSpec &spec);
    void pagingChanged(ra::UserTableModel::Paging paging);
    // The user showed or hid the editors past the e-mail box.
    void moreFiltersToggled(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void updateMoreButton();
    QList<QLineEdit *> lineEdits() const;
    QString customKey() const;
    void fillCustomFields();
    void selectCustomKey(const QString &key);

    std::unique_ptr<::Ui::UserFilterBar> m_ui;
    QPointer<UserFieldStore> m_fields;
};

} // namespace ra
