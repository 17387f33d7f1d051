#include "history/addhistoryentrydialog.h"

#include "stores/fieldhistorystore.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

namespace {
bool isDateType(const QString &type)
{
    return type.startsWith(u"date", Qt::CaseInsensitive);
}
bool isNumberType(const QString &type)
{
    return FieldHistoryStore::isChartable(type) && !isDateType(type);
}
} // namespace

AddHistoryEntryDialog::AddHistoryEntryDialog(FieldHistoryStore &store, const QString &userId,
                                             const QString &fieldId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_member(new QLineEdit(userId, this))
    , m_field(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Add History Entry"));
    m_member->setPlaceholderText(tr("Member id, e-mail or username"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    fillFields(fieldId);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddHistoryEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddHistoryEntryDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &AddHistoryEntryDialog::updateHint);
    connect(&m_store, &FieldHistoryStore::fieldsChanged, this,
            [this] { fillFields(m_field->currentData().toString()); });
    connect(&m_store, &FieldHistoryStore::entryAdded, this, [this](const FieldHistoryEntry &entry) {
        setBusy(false);
        emit entryAdded(entry);
        QDialog::accept();
    });
    connect(&m_store, &FieldHistoryStore::addFailed, this, [this](const ApiError &error) {
        setBusy(false);
        m_problem->setText(tr("The entry was not added: %1").arg(error.userText()));
        m_problem->show();
    });
    if (userId.isEmpty())
        m_member->setFocus();
    else
        m_value->setFocus();
}

void AddHistoryEntryDialog::fillFields(const QString &fieldId)
{
    m_field->clear();
    for (const UserField &f : m_store.fields()) {
        const QString label =
            f.name.isEmpty() || f.name == f.field ? f.field : tr("%1 (%2)").arg(f.name, f.field);
        m_field->addItem(label, f.id);
    }
    const int index = m_field->findData(fieldId);
    if (index >= 0)
        m_field->setCurrentIndex(index);
    updateHint();
}

void AddHistoryEntryDialog::updateHint()
{
    const UserField *f = m_store.field(m_field->currentData().toString());
    const QString type = f ? f->type : QString();
    if (isNumberType(type))
        m_hint->setText(tr("A number, e.g. 1250 or 12.5."));
    else if (isDateType(type))
        m_hint->setText(tr("A date as YYYY-MM-DD, e.g. 2026-03-31."));
    else
        m_hint->setText(tr("Any text."));
}

QString AddHistoryEntryDialog::problem() const
{
    const QString member = m_member->text().trimmed();
    const QString value = m_value->text().trimmed();
    const UserField *f = m_store.field(m_field->currentData().toString());
    if (member.isEmpty())
        return tr("Member: give the member's id, e-mail or username.");
    if (!f)
        return tr("Field: choose a field (the community has none yet, or they are loading).");
    if (value.isEmpty())
        return tr("Value: give the new value of %1.").arg(f->field);
    if (isNumberType(f->type)) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return tr("Value: %1 is a number field; \"%2\" is not a number.").arg(f->field, value);
    }
    if (isDateType(f->type) && !QDate::fromString(value, Qt::ISODate).isValid() &&
        !QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
        return tr("Value: %1 is a date field; \"%2\" is not a date (YYYY-MM-DD).")
            .arg(f->field, value);
    return {};
}

QString AddHistoryEntryDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void AddHistoryEntryDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_member->setEnabled(!busy);
    m_field->setEnabled(!busy);
    m_value->setEnabled(!busy);
}

void AddHistoryEntryDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty() || m_store.isAdding())
        return;
    setBusy(true);
    m_store.addEntry(m_member->text().trimmed(), m_field->currentData().toString(),
                     m_value->text().trimmed());
}

} // namespace ra
