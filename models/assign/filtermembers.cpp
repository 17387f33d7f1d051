#include "assign/filtermembers.h"

#include "api/apiclient.h"
#include "domain/userpage.h"
#include "item/usertablemodel.h"

namespace ra {

FilterMembers::FilterMembers(ApiClient &client, const UserFilterSpec &filter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filter(filter)
{
}

FilterMembers::~FilterMembers()
{
    cancel();
}

void FilterMembers::start()
{
    m_ids.clear();
    m_cursor.clear();
    m_error.clear();
    requestPage();
}

void FilterMembers::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void FilterMembers::requestPage()
{
    const QStringList fields{UserTableModel::apiField(UserTableModel::Column::UserId)};
    m_reply = m_client.getUsersByCursor(fields, m_filter.toJson(), m_cursor)
                  ->then(
                      this,
                      [this](const UserPage &page) {
                          m_reply = nullptr;
                          for (const UserData &u : page.users) {
                              const QString id = UserTableModel::idOf(u);
                              if (!id.isEmpty())
                                  m_ids.append(id);
                          }
                          emit progress(int(m_ids.size()), page.total);
                          // A server that repeats its cursor would page forever: stop there.
                          if (page.nextCursor.isEmpty() || page.nextCursor == m_cursor ||
                              page.users.isEmpty()) {
                              m_ids.removeDuplicates();
                              emit finished();
                              return;
                          }
                          m_cursor = page.nextCursor;
                          requestPage();
                      },
                      [this](const ApiError &error) {
                          m_reply = nullptr;
                          m_error = error.userText();
                          emit finished();
                      });
}

} // namespace ra
