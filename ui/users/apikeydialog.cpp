#include "users/apikeydialog.h"

#include "item/apikeytablemodel.h"
#include "messagebar.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace ra {

namespace {
QString shown(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : iso;
}
} // namespace

ApiKeyDialog::ApiKeyDialog(Mode mode, const ApiKey &key, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_key(key)
{
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New API Key")
                   : mode == Mode::Edit ? tr("Edit API Key \"%1\"").arg(key.name)
                                        : tr("API Key \"%1\"").arg(key.name));
    m_message = new MessageBar(this);
    m_message->hide();
    auto *form = new QFormLayout;
    m_name = new QLineEdit(key.name, this);
    m_name->setObjectName(QStringLiteral("apiKeyName"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);

    m_permissions = new QListWidget(this);
    m_permissions->setObjectName(QStringLiteral("apiKeyPermissions"));
    QStringList names = ApiKey::documentedPermissions();
    for (const QString &p : key.permissions) {
        if (!names.contains(p))
            names.append(p);
    }
    for (const QString &p : std::as_const(names)) {
        auto *item = new QListWidgetItem(p, m_permissions);
        item->setCheckState(key.permissions.contains(p) ? Qt::Checked : Qt::Unchecked);
    }
    m_permissions->setMaximumHeight(120);
    form->addRow(tr("&Permissions:"), m_permissions);

    m_expires = new QCheckBox(tr("&Expires on"), this);
    m_expires->setObjectName(QStringLiteral("apiKeyExpires"));
    m_expireDate = new QDateTimeEdit(this);
    m_expireDate->setObjectName(QStringLiteral("apiKeyExpireDate"));
    m_expireDate->setCalendarPopup(true);
    const QDateTime expires = QDateTime::fromString(key.expireDate, Qt::ISODateWithMs);
    m_expires->setChecked(expires.isValid());
    m_expireDate->setDateTime(expires.isValid() ? expires.toLocalTime()
                                                : QDateTime::currentDateTime().addDays(90));
    m_expireDate->setEnabled(expires.isValid());
    connect(m_expires, &QCheckBox::toggled, m_expireDate, &QWidget::setEnabled);
    form->addRow(m_expires, m_expireDate);

    m_active = new QCheckBox(tr("&Active"), this);
    m_active->setObjectName(QStringLiteral("apiKeyActive"));
    m_active->setChecked(mode == Mode::Create || key.isActive);
    if (mode != Mode::Create)
        form->addRow(QString(), m_active);
    else
        m_active->hide();

    if (mode == Mode::Info) {
        m_name->setReadOnly(true);
        m_permissions->setEnabled(false);
        m_expires->setEnabled(false);
        m_expireDate->setEnabled(false);
        m_active->setEnabled(false);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString status = ApiKeyTableModel::statusText(key, now);
        const QList<QPair<QString, QString>> facts = {
            {tr("Id:"), key.id},
            {tr("Key:"), key.key.isEmpty() ? tr("Shown only when it was created") : key.key},
            {tr("Created:"), shown(key.createdAt)},
            {tr("Updated:"), shown(key.updatedAt)},
            {tr("Last used:"),
             key.lastUsedAt.isEmpty() ? tr("The server does not say") : shown(key.lastUsedAt)},
            {tr("Status:"), status.isEmpty() ? tr("Active") : status}};
        for (const auto &fact : facts) {
            auto *value = new QLabel(fact.second, this);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(fact.first, value);
        }
    }

    auto *buttons =
        new QDialogButtonBox(mode == Mode::Info ? QDialogButtonBox::Close
                                                : QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                             this);
    if (mode == Mode::Create)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QJsonObject ApiKeyDialog::fields() const
{
    QJsonArray permissions;
    for (int i = 0; i < m_permissions->count(); ++i) {
        if (m_permissions->item(i)->checkState() == Qt::Checked)
            permissions.append(m_permissions->item(i)->text());
    }
    QJsonObject o;
    o.insert(QStringLiteral("name"), m_name->text().trimmed());
    o.insert(QStringLiteral("permissions"), permissions);
    o.insert(QStringLiteral("expirePeriod"), 0);
    o.insert(QStringLiteral("expireDate"),
             m_expires->isChecked() ? m_expireDate->dateTime().toUTC().toString(Qt::ISODateWithMs)
                                    : QString());
    if (m_mode != Mode::Create)
        o.insert(QStringLiteral("isActive"), m_active->isChecked());
    return o;
}

QJsonObject ApiKeyDialog::changes() const
{
    const QJsonObject all = fields();
    if (m_mode == Mode::Create)
        return all;
    const QJsonObject before = m_key.toJson();
    QJsonObject changed;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() == u"expirePeriod")
            continue;
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QString ApiKeyDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Name: give the key a name, so its owner can tell it from others");
    if (m_expires->isChecked() && m_expireDate->dateTime() <= QDateTime::currentDateTime())
        return tr("Expires on: choose a time in the future");
    return {};
}

void ApiKeyDialog::accept()
{
    if (m_mode == Mode::Info)
        return QDialog::accept();
    const QString why = problem();
    if (!why.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Error, why);
        return;
    }
    QDialog::accept();
}

} // namespace ra
