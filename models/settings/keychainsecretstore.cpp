#include "settings/keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPointer>

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
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        // Without a running Secret Service or KWallet, QtKeychain reports the
        // D-Bus failure as OtherError; treat D-Bus/service failures as
        // "unavailable" so the user is offered the session-only store.
        result.status = SecretStore::Status::Failed;
        if (job.errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QLatin1String("org.freedesktop"), Qt::CaseInsensitive) ||
            job.errorString().contains(QLatin1String("kwallet"), Qt::CaseInsensitive))
            result.status = SecretStore::Status::Unavailable;
        break;
    }
    result.errorText = job.errorString();
    return result;
}

void finish(QKeychain::Job *job, QObject *context, SecretStore::Callback done,
            std::function<void(SecretStore::Result &)> fill = {})
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, done = std::move(done), fill = std::move(fill)](QKeychain::Job *j) {
                         SecretStore::Result result = resultOf(*j);
                         if (result.ok() && fill)
                             fill(result);
                         if (!result.ok() && result.status != SecretStore::Status::NotFound)
                             qCWarning(lcKeychain)
                                 << "keychain job for" << j->key() << "failed:" << result.errorText;
                         if (guard && done)
                             done(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Returning Admin");
}

void KeychainSecretStore::readSecret(const QString &profileId, SecretKind kind, QObject *context,
                                     Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId, kind));
    finish(job, context, std::move(done),
           [job](SecretStore::Result &result) { result.secret = job->textData(); });
}

void KeychainSecretStore::writeSecret(const QString &profileId, SecretKind kind,
                                      const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId, kind));
    job->setTextData(secret);
    finish(job, context, std::move(done));
}

void KeychainSecretStore::deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                                       Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId, kind));
    finish(job, context, std::move(done));
}

} // namespace ra
