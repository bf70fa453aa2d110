#include "app/database_session.h"

#include "store/store.h"

DatabaseSession::DatabaseSession(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    auto opened = rapport::Store::open(path.toStdString());
    if (opened)
        m_store = std::move(*opened);
    else
        m_error = QString::fromStdString(opened.error().message);
}

DatabaseSession::~DatabaseSession() = default;

int DatabaseSession::documentCount() const
{
    if (!m_store)
        return 0;
    auto stats = m_store->stats();
    return stats ? static_cast<int>(stats->documents) : 0;
}
