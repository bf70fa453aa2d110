#include "replicator/checkpointer.h"

#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "store/store.h"

#include <set>

namespace rapport::replicator {

namespace {

// The session ids a record names: its own, then its history's.
std::vector<std::pair<std::string, Json>> sessions(const Json &record)
{
    std::vector<std::pair<std::string, Json>> found;
    if (!record.is_object())
        return found;
    if (record.contains("session_id") && record["session_id"].is_string()
        && record.contains("last_seq"))
        found.emplace_back(record["session_id"].get<std::string>(), record["last_seq"]);
    if (record.contains("history") && record["history"].is_array()) {
        for (const auto &entry : record["history"]) {
            if (entry.is_object() && entry.contains("session_id") && entry["session_id"].is_string()
                && entry.contains("last_seq"))
                found.emplace_back(entry["session_id"].get<std::string>(), entry["last_seq"]);
        }
    }
    return found;
}

} // namespace

Checkpointer::Checkpointer(Store &store, RemoteDatabase &remote, std::string replicationId,
                           std::string sessionId)
    : m_store(store), m_remote(remote), m_documentId("_local/" + replicationId),
      m_sessionId(std::move(sessionId))
{ }

Result<Json> Checkpointer::load()
{
    auto local = m_store.getLocal(m_documentId);
    if (!local && local.error().code != Errc::NotFound)
        return local.error();
    m_local = local ? *local : Json::object();
    auto remote = m_remote.getLocal(m_documentId);
    if (!remote)
        return remote.error();
    m_remoteRecord = *remote ? **remote : Json::object();

    // The newest session of ours that the other side also recorded, at the sequence both saw.
    const auto remoteSessions = sessions(m_remoteRecord);
    for (const auto &[session, sequence] : sessions(m_local)) {
        for (const auto &[remoteSession, remoteSequence] : remoteSessions) {
            if (session == remoteSession && sequence == remoteSequence)
                return sequence;
        }
    }
    return Json(0);
}

Json Checkpointer::record(const Json &sequence, const Json &previous) const
{
    Json history = Json::array();
    history.push_back(Json {{"session_id", m_sessionId}, {"last_seq", sequence}});
    std::set<std::string> seen {m_sessionId};
    for (const auto &[session, seq] : sessions(previous)) {
        if (history.size() >= tuning::checkpointHistory)
            break;
        if (seen.insert(session).second)
            history.push_back(Json {{"session_id", session}, {"last_seq", seq}});
    }
    Json body {{"session_id", m_sessionId}, {"last_seq", sequence}, {"history", history}};
    if (previous.contains("_rev"))
        body["_rev"] = previous["_rev"];
    return body;
}

Status Checkpointer::save(const Json &sequence)
{
    // The remote record first: if it fails, neither side claims the new sequence.
    auto remoteBody = record(sequence, m_remoteRecord);
    auto rev = m_remote.putLocal(m_documentId, remoteBody);
    if (!rev)
        return rev.error();
    remoteBody["_rev"] = *rev;
    m_remoteRecord = std::move(remoteBody);

    Json localBody = record(sequence, m_local);
    localBody.erase("_rev");
    auto saved = m_store.putLocal(m_documentId, localBody);
    if (!saved)
        return saved.error();
    m_local = std::move(localBody);
    return {};
}

} // namespace rapport::replicator
