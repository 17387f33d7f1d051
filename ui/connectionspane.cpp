#include "connectionspane.h"

#include "discardguard.h"
#include "iconfactory.h"
#include "messagebar.h"
#include "profileeditor.h"
#include "profilekeyscontroller.h"
#include "profilelistwidget.h"
#include "questionprovider.h"
#include "settings/profilestore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ra {

ConnectionsPane::ConnectionsPane(ProfileStore &profiles, QuestionProvider &questions,
                                 QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_questions(questions)
    , m_filter(new QLineEdit(this))
    , m_list(new ProfileListWidget(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_messageBar(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_editor(new ProfileEditor(this))
    , m_makeActive(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_newAction(new QAction(this))
    , m_saveAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_keys(new ProfileKeysController(profiles, *m_editor, *m_messageBar, this))
{
    setObjectName(QStringLiteral("connectionsPane"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_makeActive->setObjectName(QStringLiteral("makeActiveButton"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_editor->setObjectName(QStringLiteral("profileEditor"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->setSpacing(6);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    rightLayout->setSpacing(10);
    rightLayout->addWidget(m_messageBar);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_subtitle->setObjectName(QStringLiteral("profileSubtitle"));
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_subtitle);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_editor);
    rightLayout->addWidget(scroll, 1);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->setSpacing(8);
    editorButtons->addWidget(m_makeActive);
    m_account = new QPushButton(this);
    m_account->setObjectName(QStringLiteral("profileAccountButton"));
    connect(m_account, &QPushButton::clicked, this, &ConnectionsPane::accountRequested);
    editorButtons->addWidget(m_account);
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_revert);
    editorButtons->addWidget(m_save);
    rightLayout->addLayout(editorButtons);
    // Buttons keep their whole text in every language: the splitter gives the list less room
    // rather than cut a button; the subtitle wraps.
    for (QPushButton *button : {m_makeActive, m_account, m_revert, m_save})
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_subtitle->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("connectionsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(splitter);

    // Keyboard equivalents of the buttons, active anywhere inside the pane.
    const auto paneAction = [this](QAction *action, const QString &name, const QKeySequence &key,
                                   void (ConnectionsPane::*slot)()) {
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    paneAction(m_newAction, QStringLiteral("newProfileAction"), QKeySequence::New,
               &ConnectionsPane::newProfile);
    paneAction(m_saveAction, QStringLiteral("saveProfileAction"), QKeySequence::Save,
               &ConnectionsPane::save);
    paneAction(m_deleteAction, QStringLiteral("deleteProfileAction"), QKeySequence::Delete,
               &ConnectionsPane::deleteProfile);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction); // Delete only acts on the list, not in text fields

    connect(m_filter, &QLineEdit::textChanged, m_list, &ProfileListWidget::setFilterText);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_new, &QPushButton::clicked, this, &ConnectionsPane::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionsPane::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionsPane::deleteProfile);
    connect(m_makeActive, &QPushButton::clicked, this, &ConnectionsPane::makeActive);
    connect(m_revert, &QPushButton::clicked, this, &ConnectionsPane::revert);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsPane::save);
    connect(m_editor, &ProfileEditor::edited, this, [this] {
        m_editor->setIssues(m_profiles.validate(m_editor->profile()));
        updateHeader();
        updateButtons();
    });

    const auto refreshProfile = [this](const QString &id) {
        rebuildList();
        // Reload what the user is not editing, e.g. the sandbox's new endpoints.
        if (id == currentProfileId() && !hasUnsavedChanges())
            load(id);
        updateHeader();
        updateButtons();
    };
    connect(&m_profiles, &ProfileStore::profileAdded, this, refreshProfile);
    connect(&m_profiles, &ProfileStore::profileChanged, this, refreshProfile);
    connect(&m_profiles, &ProfileStore::activeProfileChanged, this, refreshProfile);
    connect(&m_profiles, &ProfileStore::profileRemoved, this, [this](const QString &id) {
        rebuildList();
        if (id == currentProfileId() && !m_draft)
            load(m_profiles.activeId());
    });

    retranslateUi();
    rebuildList();
    load(m_profiles.activeId());
}

ConnectionsPane::~ConnectionsPane() = default;

QString ConnectionsPane::currentProfileId() const
{
    return m_editor->profileId();
}

bool ConnectionsPane::hasUnsavedChanges() const
{
    return m_draft || m_editor->isModified();
}

void ConnectionsPane::selectProfile(const QString &id)
{
    if (!m_profiles.contains(id))
        return;
    confirmDiscard([this, id] { load(id); });
}

void ConnectionsPane::find()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ConnectionsPane::rebuildList()
{
    m_list->setProfiles(m_profiles.profiles(), m_profiles.activeId());
    m_list->selectProfile(m_draft ? QString() : currentProfileId());
}

void ConnectionsPane::onCurrentItemChanged(QListWidgetItem *current)
{
    if (!current)
        return;
    const QString id = ProfileListWidget::profileId(current);
    if (id == currentProfileId() && !m_draft)
        return;
    // Keep the list on the edited profile until the user agreed to leave it.
    m_list->selectProfile(m_draft ? QString() : currentProfileId());
    confirmDiscard([this, id] { load(id); });
}

void ConnectionsPane::confirmDiscard(std::function<void()> proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    const QString name = m_editor->profile().name.trimmed();
    const QuestionProvider::Question q =
        discardQuestion(name.isEmpty() ? tr("Discard the new profile?")
                                       : tr("Discard your changes to “%1”?").arg(name));
    m_questions.confirm(this, q, this, [proceed = std::move(proceed)](bool confirmed) {
        if (confirmed)
            proceed();
    });
}

void ConnectionsPane::load(const QString &id)
{
    m_draft = false;
    m_editor->setProfile(m_profiles.profile(id));
    m_list->selectProfile(id);
    m_keys->load(id);
    updateHeader();
    updateButtons();
}

void ConnectionsPane::loadDraft(const ConnectionProfile &draft)
{
    m_draft = true;
    m_draftOrigin = draft;
    m_editor->setProfile(draft);
    m_list->selectProfile(QString());
    updateHeader();
    updateButtons();
    m_editor->focusField(QStringLiteral("name"));
}

void ConnectionsPane::newProfile()
{
    confirmDiscard([this] {
        ConnectionProfile draft;
        draft.id = ConnectionProfile::newId();
        loadDraft(draft);
    });
}

void ConnectionsPane::duplicateProfile()
{
    if (m_draft)
        return;
    const QString sourceId = currentProfileId();
    confirmDiscard([this, sourceId] {
        const ConnectionProfile copy = m_profiles.duplicateOf(sourceId);
        loadDraft(copy);
        m_keys->copyInto(sourceId, copy.id);
    });
}

void ConnectionsPane::deleteProfile()
{
    const ConnectionProfile profile = m_profiles.profile(currentProfileId());
    if (m_draft || profile.id.isEmpty() || profile.builtIn)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete profile");
    q.text = tr("Delete the connection profile “%1”?").arg(profile.name);
    q.informativeText =
        tr("Its API keys are removed from the system keychain. This cannot be undone.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    m_questions.confirm(this, q, this, [this, id = profile.id](bool confirmed) {
        if (confirmed)
            m_profiles.remove(id);
    });
}

void ConnectionsPane::makeActive()
{
    if (!m_draft)
        m_profiles.setActive(currentProfileId());
}

void ConnectionsPane::save()
{
    const ConnectionProfile profile = m_editor->profile();
    if (profile.builtIn)
        return;
    QList<ConnectionProfile::Issue> issues;
    const bool ok =
        m_draft ? !m_profiles.add(profile, &issues).isEmpty() : m_profiles.update(profile, &issues);
    if (!ok) {
        m_editor->setIssues(issues);
        m_editor->revealAllIssues();
        if (!issues.isEmpty())
            m_editor->focusField(issues.constFirst().field);
        return;
    }
    const QList<SecretKind> keys = m_editor->modifiedKeys();
    m_draft = false;
    m_editor->markSaved();
    m_editor->setIssues({});
    m_keys->save(profile.id, keys);
    rebuildList();
    m_list->selectProfile(profile.id);
    updateHeader();
    updateButtons();
}

void ConnectionsPane::revert()
{
    if (m_draft)
        loadDraft(m_draftOrigin);
    else
        load(currentProfileId());
}

void ConnectionsPane::updateHeader()
{
    const ConnectionProfile profile = m_editor->profile();
    // The built-in profile's name is the app's, in the current language (the editor holds the
    // one it was loaded with).
    const QString name =
        profile.builtIn ? m_profiles.profile(profile.id).name : profile.name.trimmed();
    if (m_draft) {
        m_title->setText(name.isEmpty() ? tr("New profile") : name);
        m_subtitle->setText(tr("Not saved yet"));
        return;
    }
    m_title->setText(name);
    QStringList details{profile.environment()};
    if (profile.builtIn)
        details.append(tr("Built-in, read-only"));
    if (profile.id == m_profiles.activeId())
        details.append(tr("Active profile"));
    if (m_editor->isModified())
        details.append(tr("Unsaved changes"));
    m_subtitle->setText(details.join(QStringLiteral(" · ")));
}

void ConnectionsPane::updateButtons()
{
    const ConnectionProfile profile = m_profiles.profile(currentProfileId());
    const bool unsaved = hasUnsavedChanges();
    m_save->setEnabled(unsaved);
    m_revert->setEnabled(unsaved);
    m_duplicate->setEnabled(!m_draft);
    m_delete->setEnabled(!m_draft && !profile.builtIn && !profile.id.isEmpty());
    m_makeActive->setEnabled(!m_draft && !profile.id.isEmpty() &&
                             profile.id != m_profiles.activeId());
    // The login belongs to the profile the app is connected with.
    m_account->setEnabled(!m_draft && profile.id == m_profiles.activeId());
}

void ConnectionsPane::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter profiles"));
    m_filter->setAccessibleName(tr("Filter profiles"));
    m_list->setAccessibleName(tr("Connection profiles"));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("profileEditorScroll")))
        scroll->setAccessibleName(tr("Profile settings"));
    m_new->setText(tr("&New"));
    m_new->setAccessibleName(tr("New profile"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setAccessibleName(tr("Duplicate profile"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setAccessibleName(tr("Delete profile"));
    m_makeActive->setText(tr("&Make active"));
    m_makeActive->setAccessibleName(tr("Make this profile active"));
    m_account->setText(tr("&Account…"));
    m_account->setToolTip(tr("Register, verify or log in to an account on the active profile; "
                             "the login's session token manages members' API keys"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setAccessibleName(tr("Revert changes"));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save profile"));
    m_title->setAccessibleName(tr("Profile name"));
    m_subtitle->setAccessibleName(tr("Profile details"));
    m_keys->retranslate();
    m_newAction->setText(m_new->accessibleName());
    m_saveAction->setText(m_save->accessibleName());
    m_deleteAction->setText(m_delete->accessibleName());
    rebuildList();
    updateHeader();
}

void ConnectionsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ra
