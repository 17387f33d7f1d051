#pragma once

// Test doubles and the service bundle the composition root would build, for
// the ui tests: settings in a temporary INI file, an in-memory secret store
// (or one that behaves like a missing keychain) and a question provider that
// answers by itself.

#include "api/networkactivity.h"
#include "questionprovider.h"
#include "settings/appsettings.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace ra::test {

class AnsweringQuestionProvider : public QuestionProvider
{
public:
    bool answer = true;
    QList<Question> asked;
    int answered = 0;           // callbacks run so far
    QList<int> choiceAnswers;   // choose() answers, in order; -1 once they run out
    QList<QStringList> offered; // the choices of each choose()

    void confirm(QWidget *, const Question &question, QObject *context, Callback done) override
    {
        asked.append(question);
        QTimer::singleShot(0, context, [this, done, a = answer] {
            done(a);
            ++answered;
        });
    }

    void choose(QWidget *, const Question &question, const QStringList &choices, QObject *context,
                ChoiceCallback done) override
    {
        asked.append(question);
        offered.append(choices);
        const int choice = choiceAnswers.isEmpty() ? -1 : choiceAnswers.takeFirst();
        QTimer::singleShot(0, context, [this, done, choice] {
            done(choice);
            ++answered;
        });
    }
};

class UnavailableSecretStore : public SecretStore
{
public:
    void readSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void writeSecret(const QString &, SecretKind, const QString &, QObject *context,
                     Callback done) override
    {
        fail(context, std::move(done));
    }
    void deleteSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }

private:
    void fail(QObject *context, Callback done)
    {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            if (done)
                done({Status::Unavailable, {}, KeychainSecretStore::unavailableText()});
        });
    }
};

// Which secret store the services use: an in-memory one, a stand-in for a
// missing keychain, or the real platform keychain.
enum class Keychain { Memory, Unavailable, System };

inline std::unique_ptr<SecretStore> makeSecretStore(Keychain keychain)
{
    switch (keychain) {
    case Keychain::Unavailable:
        return std::make_unique<UnavailableSecretStore>();
    case Keychain::System:
        return std::make_unique<KeychainSecretStore>();
    case Keychain::Memory:
        break;
    }
    return std::make_unique<MemorySecretStore>();
}

// One set of services over one settings file. A second Services over the
// same directory sees what the first one persisted.
struct Services
{
    explicit Services(const QString &iniPath, Keychain keychain = Keychain::Memory)
        : settings(iniPath)
        , secrets(makeSecretStore(keychain))
        , profiles(settings, *secrets)
    {
    }

    MemorySecretStore *memorySecrets() const
    {
        return dynamic_cast<MemorySecretStore *>(secrets.get());
    }

    AppSettings settings;
    std::unique_ptr<SecretStore> secrets;
    ProfileStore profiles;
    NetworkActivity activity;
    AnsweringQuestionProvider questions;
};

// With RA_SCREENSHOT_DIR set (e.g. when run under xvfb-run), saves the
// widget as <dir>/ui-<name>.png so people can look at what the tests built.
// Not an assertion: it proves nothing about the widget, so it returns nothing.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Key clicks are delivered synchronously; let pending re-layouts happen
    // before the picture is taken (not needed for the assertions themselves).
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(dir).filePath(QStringLiteral("ui-") + name + QStringLiteral(".png"));
    if (!widget.grab().save(path))
        qWarning("could not save the screenshot %s", qPrintable(path));
}

inline ConnectionProfile productionProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.production = true;
    p.communityId = QStringLiteral("acme");
    p.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://system.acme.example")));
    p.setBaseUrl(ApiFamily::Integration, QUrl(QStringLiteral("https://api.acme.example/v1")));
    return p;
}

} // namespace ra::test
