#include "controllers/follow_up_actions.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "store/store.h"

bool FollowUpActions::setDone(const QString &followUpId, bool done)
{
    if (!m_session || !m_session->ready())
        return false;
    auto followUp = m_session->store()->get(followUpId.toStdString());
    if (!followUp) {
        setError(display::problem(followUp.error()));
        return false;
    }
    followUp->body["done"] = done;
    auto saved = m_session->save(*followUp);
    setError(saved ? QString() : display::problem(saved.error()));
    return saved.ok();
}

void FollowUpActions::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
