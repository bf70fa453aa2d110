#pragma once

#include "core/error.h"
#include "core/json.h"

#include <optional>
#include <string>

namespace rapport {
class Store;
}

namespace rapport::replicator {

class RemoteDatabase;

// Where a replication got to, recorded on both sides in _local/ documents, as CouchDB's
// replicator does. Each record keeps the sessions before it, so that if one side lost its
// latest record the replication resumes from the newest session both still know.
class Checkpointer
{
public:
    Checkpointer(Store &store, RemoteDatabase &remote, std::string replicationId,
                 std::string sessionId);

    // The sequence to resume from (0 when the two sides share no session).
    Result<Json> load();
    // Records `sequence` for this session on both sides.
    Status save(const Json &sequence);

    const std::string &documentId() const { return m_documentId; }

private:
    Json record(const Json &sequence, const Json &previous) const;

    Store &m_store;
    RemoteDatabase &m_remote;
    std::string m_documentId;
    std::string m_sessionId;
    Json m_local = Json::object();
    Json m_remoteRecord = Json::object();
};

} // namespace rapport::replicator
