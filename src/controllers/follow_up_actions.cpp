#include "controllers/follow_up_actions.h"

#include "app/database_session.h"
#include "store/store.h"

bool FollowUpActions::setDone(const QString &followUpId, bool done)
{
    if (!m_session || !m_session->ready())
        return false;
    auto followUp = m_session->store()->get(followUpId.toStdString());
    if (!followUp) {
        setError(QString::fromStdString(followUp.error().message));
        return false;
    }
    followUp->body["done"] = done;
    auto saved = m_session->save(*followUp);
    setError(saved ? QString() : QString::fromStdString(saved.error().message));
    return saved.ok();
}

void FollowUpActions::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
