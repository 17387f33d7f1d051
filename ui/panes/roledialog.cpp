#include "panes/roledialog.h"

#include "discardguard.h"
#include "iconfactory.h"
#include "item/roletablemodel.h"
#include "ui_roledialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QPainter>
#include <QPushButton>

namespace ra {

namespace {
// The colour classes offered by name; the API stores the class string as given.
const char *const namedClasses[] = {"red",  "orange", "yellow", "green", "teal",
                                    "blue", "purple", "pink",   "gray",  "black"};

QIcon swatch(const QString &colourClass)
{
    // Vector like IconFactory's glyphs (sharp at any scale); the rim in the theme's text colour.
    const QColor c = RoleTableModel::colorOf(colourClass);
    return IconFactory::painted([c](QPainter &painter, const QColor &text) {
        QColor rim = text;
        rim.setAlpha(110);
        painter.setPen(QPen(rim, 2));
        painter.setBrush(c.isValid() ? c : QColor(Qt::transparent));
        painter.drawRoundedRect(QRectF(3, 3, 26, 26), 6, 6);
    });
}
} // namespace

RoleDialog::RoleDialog(const Role &role, bool creating, QuestionProvider &questions,
                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::RoleDialog>())
    , m_role(role)
    , m_creating(creating)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    // A custom colour ("#1abc9c") is added after the dialog is shown: the box grows to fit it
    // rather than keeping the width of the named colours and cutting the code.
    m_ui->colourCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const char *name : namedClasses) {
        const QString cls = QLatin1String(name);
        m_ui->colourCombo->addItem(swatch(cls), cls, cls);
    }
    buildPermissions();
    m_ui->nameEdit->setText(role.title);
    m_ui->descriptionEdit->setText(role.description);
    m_ui->orderSpin->setValue(int(role.order));
    m_ui->billableCheck->setChecked(role.billable);
    setColourClass(role.colorClass.isEmpty() ? QStringLiteral("blue") : role.colorClass);
    for (const auto &[permission, box] : m_boxes)
        box->setChecked(RolePermissionCatalog::value(role, permission));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RoleDialog::updateOk);
    connect(m_ui->customColourButton, &QPushButton::clicked, this, &RoleDialog::pickCustomColour);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    retranslate();
    updateOk();
    m_discard->trackInputs();
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::buildPermissions()
{
    for (const RolePermissionCatalog::Permission &p : RolePermissionCatalog::all()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("permission_") + p.key);
        box->setToolTip(p.altKey.isEmpty() ? p.key : p.key + QStringLiteral(" / ") + p.altKey);
        (p.scope == RolePermissionCatalog::Scope::Server ? m_ui->serverLayout : m_ui->channelLayout)
            ->addWidget(box);
        m_boxes.append({p, box});
    }
    m_ui->serverLayout->addStretch();
    m_ui->channelLayout->addStretch();
}

void RoleDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New Role") : tr("Edit Role \"%1\"").arg(m_role.title));
    for (const auto &[permission, box] : m_boxes) {
        box->setText(RolePermissionCatalog::label(permission));
        box->setAccessibleName(RolePermissionCatalog::label(permission));
    }
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(m_creating ? tr("Create") : tr("Save"));
}

void RoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RoleDialog::updateOk()
{
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty());
}

void RoleDialog::setColourClass(const QString &colourClass)
{
    int i = m_ui->colourCombo->findData(colourClass);
    if (i < 0) {
        m_ui->colourCombo->addItem(swatch(colourClass), colourClass, colourClass);
        i = m_ui->colourCombo->count() - 1;
    }
    m_ui->colourCombo->setCurrentIndex(i);
}

void RoleDialog::pickCustomColour()
{
    auto *picker = new QColorDialog(RoleTableModel::colorOf(role().colorClass), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Role Colour"));
    connect(picker, &QColorDialog::colorSelected, this,
            [this](const QColor &c) { setColourClass(c.name(QColor::HexRgb)); });
    picker->open();
}

QCheckBox *RoleDialog::permissionBox(const QString &key) const
{
    for (const auto &[permission, box] : m_boxes) {
        if (permission.key == key)
            return box;
    }
    return nullptr;
}

Role RoleDialog::role() const
{
    Role out = m_role;
    out.title = m_ui->nameEdit->text().trimmed();
    out.description = m_ui->descriptionEdit->text().trimmed();
    out.order = m_ui->orderSpin->value();
    out.billable = m_ui->billableCheck->isChecked();
    out.colorClass = m_ui->colourCombo->currentData().toString();
    for (const auto &[permission, box] : m_boxes)
        RolePermissionCatalog::setValue(&out, permission, box->isChecked());
    return out;
}

void RoleDialog::accept()
{
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        return;
    emit roleAccepted(role());
    QDialog::accept();
}

void RoleDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
