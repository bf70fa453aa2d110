#include "controllers/sync_review.h"

#include "merge/conflict_review.h"
#include "models/display_text.h"
#include "notebook/display_name.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

void SyncReview::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseSession::notebookChanged, this, &SyncReview::refresh);
        connect(m_session, &DatabaseSession::syncEnded, this, &SyncReview::refresh);
    }
    emit sessionChanged();
    refresh();
}

void SyncReview::setLive(bool live)
{
    if (live == m_reads.live())
        return;
    const bool owed = m_reads.setLive(live);
    emit liveChanged();
    if (owed)
        refresh();
}

void SyncReview::componentComplete()
{
    m_reads.complete();
    refresh();
}

void SyncReview::refresh()
{
    if (!m_reads.mayRead())
        return;
    m_changesWaiting = 0;
    m_rejections.clear();
    m_error.clear();
    if (m_session && m_session->ready()) {
        if (auto waiting = m_session->queries()->changesWaitingToGo())
            m_changesWaiting = static_cast<int>(*waiting);
        else
            m_error = display::problem(waiting.error());
        if (auto rejected = m_session->store()->rejections()) {
            for (const auto &rejection : *rejected) {
                auto doc = m_session->store()->get(rejection.id);
                const auto name = doc ? rapport::notebook::displayName(doc->body) : std::string();
                const QString title = display::text(name.empty() ? rejection.id : name);
                m_rejections.append(QVariantMap {
                    {QStringLiteral("documentId"), QString::fromStdString(rejection.id)},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("reason"), QString::fromStdString(rejection.reason)}});
            }
        } else {
            m_error = display::problem(rejected.error());
        }
    }
    emit refreshed();
}

bool SyncReview::restore(const QString &conflictId)
{
    return answer(conflictId, true);
}

bool SyncReview::dismiss(const QString &conflictId)
{
    return answer(conflictId, false);
}

bool SyncReview::answer(const QString &conflictId, bool restoreLost)
{
    if (!m_session || !m_session->ready())
        return false;
    auto &editor = *m_session->editor();
    const auto id = conflictId.toStdString();
    auto done = restoreLost ? rapport::merge::restoreConflict(editor, id)
                            : rapport::merge::dismissConflict(editor, id);
    if (!done) {
        m_error = display::problem(done.error());
        emit refreshed();
        return false;
    }
    return true;
}

QString SyncReview::waitingSentence() const
{
    return m_changesWaiting == 0 ? tr("Nothing waits to go.")
                                 : tr("%n change(s) wait(s) to go.", nullptr, m_changesWaiting);
}

QString SyncReview::waitingSummary() const
{
    return m_changesWaiting == 0 ? tr("nothing waiting to go")
                                 : tr("%n change(s) waiting to go", nullptr, m_changesWaiting);
}
