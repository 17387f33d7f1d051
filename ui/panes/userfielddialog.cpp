#include "panes/userfielddialog.h"

#include "discardguard.h"
#include "domain/userfieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

UserFieldDialog::UserFieldDialog(const UserField &field, bool creating, QuestionProvider &questions,
                                 QWidget *parent)
    : QDialog(parent)
    , m_field(field)
    , m_creating(creating)
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_discard = new DiscardGuard(*this, questions);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(field.name, this);
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setMaxLength(UserFieldRules::MaxNameLength + 1);
    m_key = new QLineEdit(field.field, this);
    m_key->setObjectName(QStringLiteral("fieldKey"));
    m_key->setEnabled(creating);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fieldType"));
    for (const QString &type : UserFieldRules::types())
        m_type->addItem(QString(), type);
    // A type the client does not know is kept rather than silently changed.
    if (!field.type.isEmpty() && m_type->findData(field.type) < 0)
        m_type->addItem(field.type, field.type);
    const int type = m_type->findData(field.type);
    m_type->setCurrentIndex(type < 0 ? 0 : type);
    m_required = new QCheckBox(this);
    m_required->setObjectName(QStringLiteral("fieldRequired"));
    m_required->setChecked(field.required);
    m_default = new QLineEdit(field.defaultValue, this);
    m_default->setObjectName(QStringLiteral("fieldDefault"));
    m_options = new QPlainTextEdit(field.options.join(QLatin1Char('\n')), this);
    m_options->setObjectName(QStringLiteral("fieldOptions"));
    m_options->setTabChangesFocus(true);
    m_options->setMaximumHeight(100);
    m_nameLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    m_typeLabel = new QLabel(this);
    m_defaultLabel = new QLabel(this);
    m_optionsLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_keyLabel->setBuddy(m_key);
    m_typeLabel->setBuddy(m_type);
    m_defaultLabel->setBuddy(m_default);
    m_optionsLabel->setBuddy(m_options);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_typeLabel, m_type);
    form->addRow(QString(), m_required);
    form->addRow(m_defaultLabel, m_default);
    form->addRow(m_optionsLabel, m_options);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        // A new field's key follows its name until the key is typed in.
        if (m_creating && !m_keyEdited) {
            const QSignalBlocker block(m_key);
            m_key->setText(UserFieldRules::normalizedKey(name).toLower());
        }
        update();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        update();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &UserFieldDialog::update);
    connect(m_required, &QCheckBox::toggled, this, &UserFieldDialog::update);
    connect(m_default, &QLineEdit::textChanged, this, &UserFieldDialog::update);
    connect(m_options, &QPlainTextEdit::textChanged, this, &UserFieldDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserFieldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserFieldDialog::reject);
    m_keyEdited = !creating || !field.field.isEmpty();
    retranslate();
    update();
    m_discard->trackInputs();
}

UserFieldDialog::~UserFieldDialog() = default;

void UserFieldDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New User Field")
                              : tr("Edit User Field \"%1\"").arg(m_field.name));
    m_nameLabel->setText(tr("&Name:"));
    m_keyLabel->setText(tr("&Key:"));
    m_typeLabel->setText(tr("&Type:"));
    m_defaultLabel->setText(tr("&Default value:"));
    m_optionsLabel->setText(tr("&Options:"));
    m_required->setText(tr("&Required: every member must have a value"));
    m_key->setToolTip(m_creating ? tr("The key the API stores values under; spaces become "
                                      "hyphens. It cannot be changed later.")
                                 : tr("The key cannot be changed once the field exists."));
    m_options->setPlaceholderText(tr("One choice per line"));
    m_options->setToolTip(tr("The choices of a Choice field, one per line."));
    m_default->setToolTip(tr("The value a member without one gets; it must suit the type."));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, UserFieldRules::typeName(m_type->itemData(i).toString()));
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(m_creating ? tr("Create") : tr("Save"));
    update();
}

void UserFieldDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

UserField UserFieldDialog::field() const
{
    UserField out = m_field;
    out.name = m_name->text().trimmed();
    out.field = UserFieldRules::normalizedKey(m_key->text());
    out.type = m_type->currentData().toString();
    out.required = m_required->isChecked();
    out.defaultValue = m_default->text().trimmed();
    out.options.clear();
    if (UserFieldRules::kind(out.type) == UserFieldRules::Kind::Select) {
        const QStringList lines = m_options->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                out.options.append(line.trimmed());
        }
    }
    return out;
}

QString UserFieldDialog::problem() const
{
    return UserFieldRules::checkDefinition(field());
}

void UserFieldDialog::update()
{
    const bool select =
        UserFieldRules::kind(m_type->currentData().toString()) == UserFieldRules::Kind::Select;
    m_options->setEnabled(select);
    m_optionsLabel->setEnabled(select);
    const QString why = problem();
    // An empty new form is not an error yet; say what is wrong once something was typed.
    const bool untouched = m_creating && m_name->text().isEmpty() && m_key->text().isEmpty();
    m_problem->setText(untouched ? QString() : why);
    m_problem->setVisible(!untouched && !why.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(why.isEmpty());
}

void UserFieldDialog::accept()
{
    if (!problem().isEmpty())
        return;
    emit fieldAccepted(field());
    QDialog::accept();
}

void UserFieldDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
