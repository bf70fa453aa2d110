#include "controllers/follow_up_actions.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/operations.h"

bool FollowUpActions::setDone(const QString &followUpId, bool done)
{
    if (!m_session || !m_session->ready())
        return false;
    auto saved
        = rapport::notebook::setFollowUpDone(*m_session->editor(), followUpId.toStdString(), done);
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
