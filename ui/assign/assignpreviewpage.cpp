#include "assign/assignpreviewpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra {

AssignPreviewPage::AssignPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_where(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_showNotMatched(new QPushButton(this))
    , m_showAmbiguous(new QPushButton(this))
    , m_showBad(new QPushButton(this))
    , m_details(new QTreeWidget(this))
    , m_back(new QPushButton(this))
    , m_confirm(new QPushButton(this))
{
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_headline->setFont(f);
    m_headline->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(QStringLiteral("assignConfirm"));
    m_back->setObjectName(QStringLiteral("assignBack"));
    m_confirm->setDefault(true);
    m_details->setColumnCount(3);
    m_details->setRootIsDecorated(false);
    m_details->header()->setStretchLastSection(true);
    m_details->hide();
    auto *shows = new QHBoxLayout;
    shows->addWidget(m_showNotMatched);
    shows->addWidget(m_showAmbiguous);
    shows->addWidget(m_showBad);
    shows->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_where);
    layout->addWidget(m_counts);
    layout->addLayout(shows);
    layout->addWidget(m_details, 1);
    layout->addStretch(0);
    layout->addLayout(buttons);
    connect(m_showNotMatched, &QPushButton::clicked, this, [this] { show(Shown::NotMatched); });
    connect(m_showAmbiguous, &QPushButton::clicked, this, [this] { show(Shown::Ambiguous); });
    connect(m_showBad, &QPushButton::clicked, this, [this] { show(Shown::BadLines); });
    connect(m_confirm, &QPushButton::clicked, this, &AssignPreviewPage::confirmed);
    connect(m_back, &QPushButton::clicked, this, &AssignPreviewPage::back);
    retranslate();
}

void AssignPreviewPage::setPreview(const AssignTarget &target, bool give, const AssignScope &scope,
                                   const UserList &list, const UserResolver::Preview &preview)
{
    m_target = target;
    m_give = give;
    m_scope = scope;
    m_list = list;
    m_preview = preview;
    m_shown = Shown::None;
    m_details->hide();
    retranslate();
    // Lines left out are named at once: nothing is sent for them.
    if (!m_list.problems().isEmpty())
        show(Shown::BadLines);
}

QString AssignPreviewPage::headline() const
{
    return m_headline->text();
}

QString AssignPreviewPage::countsText() const
{
    return m_counts->text();
}

void AssignPreviewPage::show(Shown what)
{
    if (m_shown == what) { // a second click hides the list again
        m_shown = Shown::None;
        m_details->hide();
        return;
    }
    m_shown = what;
    m_details->clear();
    m_details->setHeaderLabels({tr("Line"), tr("Given as"), tr("Why")});
    auto add = [this](int line, const QString &text, const QString &why) {
        auto *item = new QTreeWidgetItem(m_details);
        item->setText(0, line > 0 ? QString::number(line) : QString());
        item->setText(1, text);
        item->setText(2, why);
    };
    if (what == Shown::NotMatched) {
        for (const UserResolver::Match &m : std::as_const(m_preview.notMatched))
            add(m.entry.line, m.entry.text,
                m.reason.isEmpty() ? tr("no member has this id, username or e-mail") : m.reason);
    } else if (what == Shown::Ambiguous) {
        for (const UserResolver::Match &m : std::as_const(m_preview.ambiguous))
            add(m.entry.line, m.entry.text,
                tr("matches members %1").arg(m.candidates.join(QStringLiteral(", "))));
    } else {
        // Every line left out, so the manager sees which: blanks, repeats and rubbish.
        for (const UserList::Problem &p : m_list.problems())
            add(p.line, p.text, p.message());
    }
    m_details->resizeColumnToContents(0);
    m_details->resizeColumnToContents(1);
    m_details->show();
}

void AssignPreviewPage::retranslate()
{
    const QLocale locale;
    const int willGet = int(m_preview.willGet.size());
    const QString n = locale.toString(willGet);
    const bool badge = m_target.kind == AssignTarget::Kind::Badge;
    if (m_give) {
        m_headline->setText(
            badge
                ? tr("Award %1 to %2 members of %3?").arg(m_target.describe(), n, m_scope.community)
                : tr("Give %1 to %2 members of %3?")
                      .arg(m_target.describe(), n, m_scope.community));
        m_confirm->setText(badge ? tr("Award to %1").arg(n) : tr("Give to %1").arg(n));
    } else {
        m_headline->setText(
            tr("Remove %1 from %2 members of %3?").arg(m_target.describe(), n, m_scope.community));
        m_confirm->setText(tr("Remove from %1").arg(n));
    }
    m_where->setText(m_scope.text());
    m_back->setText(tr("&Back"));
    m_confirm->setEnabled(willGet > 0);

    const int notMatched = int(m_preview.notMatched.size());
    const int ambiguous = int(m_preview.ambiguous.size());
    const int bad = m_list.errorCount();
    int blanks = 0;
    int repeats = 0;
    for (const UserList::Problem &p : m_list.problems()) {
        blanks += p.kind == UserList::Problem::Kind::Blank ? 1 : 0;
        repeats += p.kind == UserList::Problem::Kind::Duplicate ? 1 : 0;
    }
    const int skipped = int(m_list.problems().size());
    QStringList lines;
    lines.append(m_give ? tr("Will get it: %1").arg(n) : tr("Will lose it: %1").arg(n));
    if (m_preview.alreadyKnowable)
        lines.append(m_give ? tr("Already have it: %1 (known; not sent)")
                                  .arg(locale.toString(m_preview.already.size()))
                            : tr("Do not hold it: %1 (known; not sent)")
                                  .arg(locale.toString(m_preview.already.size())));
    else
        lines.append(tr("Already have it: not known before sending (the API lists no badges "
                        "per member); the server's replies will tell, and the report counts "
                        "them."));
    lines.append(tr("Not matched: %1").arg(locale.toString(notMatched)));
    lines.append(tr("Matched more than one member: %1 (not sent)").arg(locale.toString(ambiguous)));
    if (bad > 0)
        lines.append(tr("Lines that are not an id, username or e-mail: %1 (not sent)")
                         .arg(locale.toString(bad)));
    if (blanks > 0)
        lines.append(tr("Blank lines: %1 (skipped)").arg(locale.toString(blanks)));
    if (repeats > 0)
        lines.append(tr("Repeated lines: %1 (sent once)").arg(locale.toString(repeats)));
    if (m_preview.duplicatesMerged > 0)
        lines.append(
            tr("Listed twice (sent once): %1").arg(locale.toString(m_preview.duplicatesMerged)));
    m_counts->setText(lines.join(QLatin1Char('\n')));
    m_showNotMatched->setText(tr("Show not matched (%1)").arg(notMatched));
    m_showNotMatched->setEnabled(notMatched > 0);
    m_showAmbiguous->setText(tr("Show matched more than one (%1)").arg(ambiguous));
    m_showAmbiguous->setEnabled(ambiguous > 0);
    m_showBad->setText(tr("Show lines left out (%1)").arg(skipped));
    m_showBad->setVisible(skipped > 0);
}

void AssignPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ra
