#include "controllers/unfinished_visit.h"

#include "controllers/visit_recorder.h"
#include "store/store.h"

void UnfinishedVisit::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DatabaseSession::visitDraftChanged, this, &UnfinishedVisit::read);
    emit sessionChanged();
    read();
}

void UnfinishedVisit::read()
{
    bool exists = false;
    QString accountId;
    QString accountName;
    if (m_session && m_session->ready()) {
        auto draft = m_session->store()->getLocal(VisitRecorder::draftDocumentId);
        if (draft && draft->is_object()) {
            exists = true;
            accountId = QString::fromStdString(draft->value("accountId", std::string()));
            accountName = VisitRecorder::accountNameOf(*m_session, accountId);
        }
    }
    if (exists == m_exists && accountId == m_accountId && accountName == m_accountName)
        return;
    m_exists = exists;
    m_accountId = accountId;
    m_accountName = accountName;
    emit changed();
}
