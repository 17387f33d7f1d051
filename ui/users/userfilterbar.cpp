#include "users/userfilterbar.h"

#include "ui_userfilterbar.h"

#include "domain/userfieldrules.h"
#include "stores/userfieldstore.h"

#include <QEvent>
#include <QRegularExpressionValidator>
#include <algorithm>

namespace ra {

namespace {
const QString kEmail = QStringLiteral("email");
const QString kFirst = QStringLiteral("first_name");
const QString kLast = QStringLiteral("last_name");
const QString kJoined = QStringLiteral("join_date");
const QString kXp = QStringLiteral("xp");
const QString kCoins = QStringLiteral("coins");

QVariant numberOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text.toLongLong());
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

bool inverted(const QLineEdit *min, const QLineEdit *max)
{
    return !min->text().isEmpty() && !max->text().isEmpty() &&
           min->text().toLongLong() > max->text().toLongLong();
}
} // namespace

UserFilterBar::UserFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::UserFilterBar>())
{
    m_ui->setupUi(this);
    m_ui->filterPaging->setItemData(0, int(UserTableModel::Paging::Cursor));
    m_ui->filterPaging->setItemData(1, int(UserTableModel::Paging::Page));
    m_ui->joinedFrom->setDate(QDate::currentDate().addYears(-1));
    m_ui->joinedTo->setDate(QDate::currentDate());
    const QRegularExpression digits(QStringLiteral("\\d{0,15}"));
    for (QLineEdit *edit :
         {m_ui->filterXpMin, m_ui->filterXpMax, m_ui->filterCoinsMin, m_ui->filterCoinsMax})
        edit->setValidator(new QRegularExpressionValidator(digits, edit));
    // Wide enough for nine digits (a thousand million) beside the clear button, whatever the
    // font: a narrow window squeezes the other fields first.
    const int numberWidth =
        fontMetrics().horizontalAdvance(QString(9, u'0')) + fontMetrics().height() + 12;
    for (QLineEdit *edit :
         {m_ui->filterXpMin, m_ui->filterXpMax, m_ui->filterCoinsMin, m_ui->filterCoinsMax})
        edit->setMinimumWidth(numberWidth);
    const QList<QLineEdit *> edits = lineEdits();
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textChanged, this, &UserFilterBar::validate);
        connect(edit, &QLineEdit::returnPressed, this, &UserFilterBar::apply);
    }
    connect(m_ui->filterJoined, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->joinedFrom->setEnabled(on);
        m_ui->joinedTo->setEnabled(on);
        validate();
    });
    connect(m_ui->joinedFrom, &QDateEdit::dateChanged, this, &UserFilterBar::validate);
    connect(m_ui->joinedTo, &QDateEdit::dateChanged, this, &UserFilterBar::validate);
    connect(m_ui->filterApply, &QPushButton::clicked, this, &UserFilterBar::apply);
    connect(m_ui->filterClear, &QPushButton::clicked, this, &UserFilterBar::clear);
    connect(m_ui->filterPaging, &QComboBox::activated, this,
            [this] { emit pagingChanged(paging()); });
    connect(m_ui->moreFilters, &QToolButton::toggled, this, [this](bool shown) {
        setMoreFiltersShown(shown);
        emit moreFiltersToggled(shown);
    });
    connect(m_ui->filterCustomKey, &QComboBox::currentIndexChanged, this, &UserFilterBar::validate);
    fillCustomFields();
    validate();
}

UserFilterBar::~UserFilterBar() = default;

void UserFilterBar::setUserFields(UserFieldStore *store)
{
    if (m_fields)
        disconnect(m_fields, nullptr, this, nullptr);
    m_fields = store;
    if (store) {
        for (auto signal : {&UserFieldStore::loaded, &UserFieldStore::cleared})
            connect(store, signal, this, &UserFilterBar::fillCustomFields);
        connect(store, &UserFieldStore::added, this, &UserFilterBar::fillCustomFields);
        connect(store, &UserFieldStore::changed, this, &UserFilterBar::fillCustomFields);
        connect(store, &UserFieldStore::removed, this, &UserFilterBar::fillCustomFields);
    }
    fillCustomFields();
}

QString UserFilterBar::customKey() const
{
    return m_ui->filterCustomKey->currentData().toString();
}

void UserFilterBar::fillCustomFields()
{
    QComboBox *combo = m_ui->filterCustomKey;
    const QString chosen = customKey();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    if (m_fields) {
        for (const UserField &f : m_fields->fields())
            combo->addItem(f.name.isEmpty() ? f.field : f.name, f.field);
    }
    selectCustomKey(chosen);
}

void UserFilterBar::selectCustomKey(const QString &key)
{
    QComboBox *combo = m_ui->filterCustomKey;
    int index = combo->findData(key);
    // A saved filter may name a field the list does not (yet) hold: keep it, by its key.
    if (index < 0 && !key.isEmpty()) {
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

QList<QLineEdit *> UserFilterBar::lineEdits() const
{
    return {m_ui->filterEmail,    m_ui->filterFirstName,  m_ui->filterLastName,
            m_ui->filterXpMin,    m_ui->filterXpMax,      m_ui->filterCoinsMin,
            m_ui->filterCoinsMax, m_ui->filterCustomValue};
}

QToolButton *UserFilterBar::savedFiltersButton() const
{
    return m_ui->savedFilters;
}

QPushButton *UserFilterBar::applyButton() const
{
    return m_ui->filterApply;
}

QToolButton *UserFilterBar::moreFiltersButton() const
{
    return m_ui->moreFilters;
}

bool UserFilterBar::moreFiltersShown() const
{
    return m_ui->moreFilters->isChecked();
}

void UserFilterBar::setMoreFiltersShown(bool shown)
{
    const QSignalBlocker block(m_ui->moreFilters);
    m_ui->moreFilters->setChecked(shown);
    m_ui->morePanel->setVisible(shown);
    updateMoreButton();
}

int UserFilterBar::moreFiltersSet() const
{
    int set = (m_ui->filterJoined->isChecked() ? 1 : 0) + (customKey().isEmpty() ? 0 : 1);
    for (const QLineEdit *edit : lineEdits()) {
        if (edit != m_ui->filterEmail && !edit->text().trimmed().isEmpty())
            ++set;
    }
    return set;
}

void UserFilterBar::updateMoreButton()
{
    const bool shown = moreFiltersShown();
    m_ui->moreFilters->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    const int set = moreFiltersSet();
    // Folded away, a filter still narrows the list: say so on the button.
    m_ui->moreFilters->setText(shown || set == 0 ? tr("Mo&re filters")
                                                 : tr("Mo&re filters (%n set)", nullptr, set));
}

void UserFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCustomFields();
        validate();
        updateMoreButton();
    }
    QWidget::changeEvent(event);
}

UserFilterSpec UserFilterBar::spec() const
{
    UserFilterSpec spec;
    spec.setExact(kEmail, m_ui->filterEmail->text().trimmed());
    spec.setExact(kFirst, m_ui->filterFirstName->text().trimmed());
    spec.setExact(kLast, m_ui->filterLastName->text().trimmed());
    if (m_ui->filterJoined->isChecked())
        spec.setRange(kJoined, m_ui->joinedFrom->date().toString(Qt::ISODate),
                      m_ui->joinedTo->date().toString(Qt::ISODate));
    spec.setRange(kXp, numberOf(m_ui->filterXpMin), numberOf(m_ui->filterXpMax));
    spec.setRange(kCoins, numberOf(m_ui->filterCoinsMin), numberOf(m_ui->filterCoinsMax));
    const QString key = customKey();
    if (!key.isEmpty())
        spec.setExact(key, m_ui->filterCustomValue->text().trimmed());
    return spec;
}

void UserFilterBar::setSpec(const UserFilterSpec &spec)
{
    const QSignalBlocker blockJoined(m_ui->filterJoined);
    const QList<QLineEdit *> edits = lineEdits();
    for (QLineEdit *edit : edits)
        edit->clear();
    m_ui->filterJoined->setChecked(false);
    selectCustomKey({});
    for (const UserFilterSpec::Condition &c : spec.conditions()) {
        if (c.key == kEmail) {
            m_ui->filterEmail->setText(textOf(c.exact));
        } else if (c.key == kFirst) {
            m_ui->filterFirstName->setText(textOf(c.exact));
        } else if (c.key == kLast) {
            m_ui->filterLastName->setText(textOf(c.exact));
        } else if (c.key == kJoined) {
            m_ui->filterJoined->setChecked(true);
            if (!c.minimum.isNull())
                m_ui->joinedFrom->setDate(QDate::fromString(c.minimum.toString(), Qt::ISODate));
            if (!c.maximum.isNull())
                m_ui->joinedTo->setDate(QDate::fromString(c.maximum.toString(), Qt::ISODate));
        } else if (c.key == kXp) {
            m_ui->filterXpMin->setText(textOf(c.minimum));
            m_ui->filterXpMax->setText(textOf(c.maximum));
        } else if (c.key == kCoins) {
            m_ui->filterCoinsMin->setText(textOf(c.minimum));
            m_ui->filterCoinsMax->setText(textOf(c.maximum));
        } else {
            selectCustomKey(c.key);
            m_ui->filterCustomValue->setText(textOf(c.exact));
        }
    }
    m_ui->joinedFrom->setEnabled(m_ui->filterJoined->isChecked());
    m_ui->joinedTo->setEnabled(m_ui->filterJoined->isChecked());
    validate();
}

UserTableModel::Paging UserFilterBar::paging() const
{
    return UserTableModel::Paging(m_ui->filterPaging->currentData().toInt());
}

void UserFilterBar::setPaging(UserTableModel::Paging paging)
{
    m_ui->filterPaging->setCurrentIndex(m_ui->filterPaging->findData(int(paging)));
}

QString UserFilterBar::problem() const
{
    if (inverted(m_ui->filterXpMin, m_ui->filterXpMax))
        return tr("XP: the minimum is above the maximum.");
    if (inverted(m_ui->filterCoinsMin, m_ui->filterCoinsMax))
        return tr("Coins: the minimum is above the maximum.");
    if (m_ui->filterJoined->isChecked() && m_ui->joinedFrom->date() > m_ui->joinedTo->date())
        return tr("Joined between: the first date is after the second.");
    const QString value = m_ui->filterCustomValue->text().trimmed();
    if (customKey().isEmpty() && !value.isEmpty())
        return tr("Custom field: choose the field to match.");
    if (m_fields && !value.isEmpty()) {
        if (const std::optional<UserField> field = m_fields->field(customKey())) {
            UserField optional = *field;
            optional.required = false;
            const QString wrong = UserFieldRules::checkValue(optional, value);
            if (!wrong.isEmpty())
                return tr("Custom field %1").arg(wrong);
        }
    }
    return {};
}

void UserFilterBar::validate()
{
    const QString text = problem();
    m_ui->filterProblem->setText(text);
    m_ui->filterProblem->setVisible(!text.isEmpty());
    m_ui->filterApply->setEnabled(text.isEmpty());
    updateMoreButton();
}

void UserFilterBar::apply()
{
    if (!problem().isEmpty())
        return;
    emit applied(spec());
}

void UserFilterBar::clear()
{
    setSpec({});
    apply();
}

} // namespace ra
