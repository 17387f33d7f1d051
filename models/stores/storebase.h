#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace ra {

// What every entity store shares, whatever it holds: the load state (loading, loaded, the last
// load error) with its signals, the "drop replies of a superseded load" generation, the map of
// ids that changed when undo re-created a deleted entity, and the error signal of a refused
// create/update/delete. The typed list and its added/changed signals live in EntityStore<T> and
// the concrete stores. Does not own the client; GUI thread.
class StoreBase : public QObject
{
    Q_OBJECT

public:
    explicit StoreBase(QObject *parent = nullptr);

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const ApiError &loadError() const { return m_loadError; }

    // The id an entity has now: one deleted and re-created by undo gets a new id, and commands
    // that kept the old one are redirected.
    QString currentId(const QString &id) const;

    // Fetches the whole list again (call it after a profile switch: ApiClient::setConfig()
    // cancels calls in flight).
    virtual void reload() = 0;
    // Forgets the list and the load state (a profile switch: nothing of the old profile may
    // stay on screen); a load in flight is dropped. Emits cleared().
    virtual void clear() = 0;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ra::ApiError &error);
    void removed(const QString &id);
    // The list was emptied by clear(); the store has not loaded since.
    void cleared();
    // A create, update or delete the server refused.
    void operationFailed(const ra::ApiError &error);

protected:
    // Starts a load; returns its generation for isCurrentLoad().
    int beginLoad();
    bool isCurrentLoad(int generation) const { return generation == m_generation; }
    // Ends the current load; the subclass has stored the list before calling it.
    void finishLoad();
    void failLoad(const ApiError &error);
    void addAlias(const QString &oldId, const QString &newId);
    // Back to "never loaded": drops the current load and the last error, emits cleared().
    void resetLoad();

private:
    void setLoading(bool loading);

    QHash<QString, QString> m_aliases; // old id -> id after re-creation
    ApiError m_loadError;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace ra
