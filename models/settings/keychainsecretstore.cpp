#include "settings/keychainsecretstore.h"

#include "settings/keychainprobe.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ra {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "ra.settings.keychain")

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Denied;
        break;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        // The probe found a secret store, so this is a real failure of it:
        // keep its own words.
        result.status = SecretStore::Status::Failed;
        break;
    }
    result.errorText = job.errorString();
    return result;
}

// A job of `JobType` for `key` in our service: deletes itself, never falls
// back to plain-text storage.
template<typename JobType> JobType *newJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(KeychainSecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

void runJob(QKeychain::Job *job, SecretStore::Callback done,
            std::function<void(SecretStore::Result &)> fill = {})
{
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done), fill = std::move(fill)](QKeychain::Job *j) {
                         SecretStore::Result result = resultOf(*j);
                         if (result.ok() && fill)
                             fill(result);
                         if (!result.ok() && result.status != SecretStore::Status::NotFound)
                             qCWarning(lcKeychain)
                                 << "keychain job for" << j->key() << "failed:" << result.errorText;
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_probe(new KeychainProbe(this))
{
    connect(m_probe, &KeychainProbe::finished, this, &KeychainSecretStore::onProbed);
    // Ask now, so the answer is there before the first key is needed.
    m_probe->start();
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Returning Admin");
}

QString KeychainSecretStore::unavailableText()
{
    return tr("No keychain is running on this desktop (no Secret Service or KWallet); keys can "
              "be kept for this run only.");
}

void KeychainSecretStore::whenReachable(QObject *context, Callback done,
                                        std::function<void(Callback)> job)
{
    QPointer<QObject> guard(context);
    Callback guarded = [guard, done = std::move(done)](const Result &r) {
        if (guard && done)
            done(r);
    };
    auto run = [this, guarded = std::move(guarded), job = std::move(job)]() mutable {
        if (m_probe->availability() == KeychainProbe::Availability::Available) {
            job(std::move(guarded));
            return;
        }
        const Result unavailable{Status::Unavailable, {}, unavailableText()};
        // Always later, never inside the caller's own call.
        QTimer::singleShot(0, this,
                           [guarded = std::move(guarded), unavailable] { guarded(unavailable); });
    };
    if (m_probe->availability() == KeychainProbe::Availability::Unknown)
        m_waiting.push_back(std::move(run));
    else
        run();
}

bool KeychainSecretStore::canStore() const
{
    return m_probe->availability() != KeychainProbe::Availability::Unavailable;
}

void KeychainSecretStore::onProbed()
{
    emit canStoreChanged(canStore());
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &run : waiting)
        run();
}

void KeychainSecretStore::readSecret(const QString &profileId, SecretKind kind, QObject *context,
                                     Callback done)
{
    const QString key = keyName(profileId, kind);
    whenReachable(context, std::move(done), [this, key](Callback finish) {
        auto *job = newJob<QKeychain::ReadPasswordJob>(key, this);
        runJob(job, std::move(finish),
               [job](SecretStore::Result &result) { result.secret = job->textData(); });
    });
}

void KeychainSecretStore::writeSecret(const QString &profileId, SecretKind kind,
                                      const QString &secret, QObject *context, Callback done)
{
    const QString key = keyName(profileId, kind);
    whenReachable(context, std::move(done), [this, key, secret](Callback finish) {
        auto *job = newJob<QKeychain::WritePasswordJob>(key, this);
        job->setTextData(secret);
        runJob(job, std::move(finish));
    });
}

void KeychainSecretStore::deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                                       Callback done)
{
    const QString key = keyName(profileId, kind);
    whenReachable(context, std::move(done), [this, key](Callback finish) {
        runJob(newJob<QKeychain::DeletePasswordJob>(key, this), std::move(finish));
    });
}

} // namespace ra
