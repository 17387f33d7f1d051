#include "users/createuserdialog.h"

#include "discardguard.h"
#include "domain/userfieldrules.h"
#include "messagebar.h"
#include "stores/useraccountstore.h"
#include "themecontroller.h"
#include "ui_createuserdialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <algorithm>

namespace ra {

namespace {
// Marks a field the user got wrong (the style sheet below draws it).
constexpr char invalidProperty[] = "raInvalid";
} // namespace

CreateUserDialog::CreateUserDialog(UserAccountStore &accounts, QuestionProvider &questions,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::CreateUserDialog>())
    , m_accounts(accounts)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    m_message = new MessageBar(this);
    m_message->hide();
    m_ui->mainLayout->insertWidget(0, m_message);
    // A red that keeps 3:1 (WCAG's contrast for borders) on light and dark fields alike.
    setStyleSheet(QStringLiteral("QLineEdit[raInvalid=\"true\"] { border: 1px solid #e05545; }"));
    ThemeController::setTone(m_ui->problemLabel, ThemeController::Tone::Error);
    m_ui->customFieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            if (edit == m_ui->displayNameEdit)
                m_displayNameEdited = !edit->text().isEmpty();
        });
        connect(edit, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    }
    // Until the user types a display name, it follows the first and last name.
    const auto suggest = [this] {
        if (!m_displayNameEdited)
            m_ui->displayNameEdit->setText(QString(m_ui->firstNameEdit->text().trimmed() +
                                                   QLatin1Char(' ') +
                                                   m_ui->lastNameEdit->text().trimmed())
                                               .trimmed());
    };
    connect(m_ui->firstNameEdit, &QLineEdit::textEdited, this, suggest);
    connect(m_ui->lastNameEdit, &QLineEdit::textEdited, this, suggest);
    connect(m_ui->accessLevelSpin, &QSpinBox::valueChanged, this, &CreateUserDialog::validate);
    connect(m_ui->customFieldsTable, &QTableWidget::itemChanged, this, [this] {
        m_touched.insert(m_ui->customFieldsTable);
        validate();
    });
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, &CreateUserDialog::addCustomField);
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this,
            &CreateUserDialog::removeCustomField);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    retranslate();
    validate();
    m_discard->trackInputs();
    m_discard->setModifiedCheck([this] {
        const QTableWidget *table = m_ui->customFieldsTable;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *item = table->item(row, column);
                if (item && !item->text().isEmpty())
                    return true;
            }
        }
        return false;
    });
}

CreateUserDialog::~CreateUserDialog() = default;

void CreateUserDialog::retranslate()
{
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(tr("Create"));
    m_ui->addFieldButton->setAccessibleName(tr("Add custom field"));
    m_ui->removeFieldButton->setAccessibleName(tr("Remove custom field"));
}

void CreateUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        validate();
    }
    QDialog::changeEvent(event);
}

NewUserRequest CreateUserDialog::request() const
{
    NewUserRequest r;
    r.firstName = m_ui->firstNameEdit->text();
    r.lastName = m_ui->lastNameEdit->text();
    r.username = m_ui->usernameEdit->text();
    r.displayName = m_ui->displayNameEdit->text();
    r.email = m_ui->emailEdit->text();
    r.password = m_ui->passwordEdit->text();
    r.confirmPassword = m_ui->confirmPasswordEdit->text();
    r.accessLevel = m_ui->accessLevelSpin->value();
    r.joinServer = m_ui->joinServerCheck->isChecked();
    r.sendEmail = m_ui->sendEmailCheck->isChecked();
    r.emailPassword = m_ui->emailPasswordCheck->isChecked();
    r.emailTemplate = m_ui->emailTemplateEdit->text();
    r.referral = m_ui->referralEdit->text();
    r.externalId = m_ui->externalIdEdit->text();
    const QTableWidget *table = m_ui->customFieldsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *value = table->item(row, 1);
        r.customFields.append({fieldNameAt(row), value ? value->text() : QString()});
    }
    r.definitions = m_fields;
    return r;
}

QString CreateUserDialog::fieldNameAt(int row) const
{
    const QTableWidget *table = m_ui->customFieldsTable;
    if (const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, 0)))
        return combo->currentData().toString();
    const QTableWidgetItem *name = table->item(row, 0);
    return name ? name->text() : QString();
}

void CreateUserDialog::setUserFields(const QList<UserField> &fields)
{
    m_fields = fields;
    QStringList described;
    for (const UserField &f : fields) {
        described.append(
            tr("%1: %2").arg(UserFieldRules::label(f), UserFieldRules::typeName(f.type)));
        if (f.required)
            addFieldRow(f.field, f.defaultValue);
    }
    m_ui->customFieldsTable->setToolTip(
        fields.isEmpty() ? QString()
                         : tr("This community's fields:\n%1").arg(described.join(u'\n')));
    validate();
}

int CreateUserDialog::addFieldRow(const QString &key, const QString &value)
{
    QTableWidget *table = m_ui->customFieldsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem(value));
    if (!m_fields.isEmpty()) {
        auto *combo = new QComboBox(table);
        combo->setAccessibleName(tr("Custom field"));
        for (const UserField &f : std::as_const(m_fields))
            combo->addItem(f.name.isEmpty() ? f.field : f.name, f.field);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_touched.insert(m_ui->customFieldsTable);
            validate();
        });
        table->setCellWidget(row, 0, combo);
    } else {
        table->item(row, 0)->setText(key);
    }
    return row;
}

QWidget *CreateUserDialog::fieldWidget(NewUserRequest::Field field) const
{
    using F = NewUserRequest::Field;
    switch (field) {
    case F::FirstName:
        return m_ui->firstNameEdit;
    case F::LastName:
        return m_ui->lastNameEdit;
    case F::Username:
        return m_ui->usernameEdit;
    case F::DisplayName:
        return m_ui->displayNameEdit;
    case F::Email:
        return m_ui->emailEdit;
    case F::Password:
        return m_ui->passwordEdit;
    case F::ConfirmPassword:
        return m_ui->confirmPasswordEdit;
    case F::AccessLevel:
        return m_ui->accessLevelSpin;
    case F::EmailTemplate:
        return m_ui->emailTemplateEdit;
    case F::CustomFields:
        return m_ui->customFieldsTable;
    case F::Referral:
        return m_ui->referralEdit;
    case F::ExternalId:
        return m_ui->externalIdEdit;
    }
    return nullptr;
}

QString CreateUserDialog::problemText() const
{
    const QList<NewUserRequest::Problem> problems = request().validate();
    return problems.isEmpty() ? QString() : problems.first().message;
}

void CreateUserDialog::validate()
{
    const QList<NewUserRequest::Problem> problems = request().validate();
    // Only fields the user has been to are marked; Create stays off until all is well.
    QSet<QWidget *> invalid;
    QString shown;
    for (const NewUserRequest::Problem &p : problems) {
        QWidget *w = fieldWidget(p.field);
        if (!m_touched.contains(w))
            continue;
        invalid.insert(w);
        if (shown.isEmpty())
            shown = p.message;
    }
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        const bool bad = invalid.contains(edit);
        if (edit->property(invalidProperty).toBool() != bad) {
            edit->setProperty(invalidProperty, bad);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        }
    }
    if (shown.isEmpty() && !problems.isEmpty())
        shown = tr("Fill in first and last name, username, display name and e-mail.");
    m_ui->problemLabel->setText(shown);
    ThemeController::setTone(m_ui->problemLabel, invalid.isEmpty() ? ThemeController::Tone::Normal
                                                                   : ThemeController::Tone::Error);
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(problems.isEmpty() && !m_busy);
}

void CreateUserDialog::addCustomField()
{
    QTableWidget *table = m_ui->customFieldsTable;
    const int row = addFieldRow({}, {});
    // With the fields known the name is picked from a list; the value is what is typed.
    const int column = m_fields.isEmpty() ? 0 : 1;
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    validate();
}

void CreateUserDialog::removeCustomField()
{
    QTableWidget *table = m_ui->customFieldsTable;
    const int row = table->currentRow();
    if (row >= 0)
        table->removeRow(row);
    validate();
}

void CreateUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->customFieldsBox),
                       static_cast<QWidget *>(m_ui->accessLevelSpin)})
        w->setEnabled(!busy);
    validate();
}

void CreateUserDialog::accept()
{
    if (m_busy || !request().validate().isEmpty())
        return;
    m_message->hide();
    setBusy(true);
    m_accounts.createUser(request(), this, [this](const UserData &user, const ApiError &error) {
        setBusy(false);
        if (error.isError()) {
            // The server's reason inline; the form stays as typed so the user can fix it.
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("The user was not created: %1").arg(error.userText()));
            return;
        }
        emit userCreated(user.userId);
        QDialog::accept();
    });
}

void CreateUserDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
