#include "replicator/replicator.h"

#include "core/md5.h"
#include "http/url.h"
#include "replicator/checkpointer.h"
#include "replicator/puller.h"
#include "replicator/pusher.h"
#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "replicator/server_erasure.h"
#include "store/device_identity.h"
#include "store/store.h"

#include <random>
#include <thread>

namespace rapport::replicator {

namespace {

std::string randomHex(std::size_t bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::random_device device;
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto byte = device() & 0xff;
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xf]);
    }
    return out;
}

} // namespace

std::string sessionUrl(std::string serverUrl)
{
    if (serverUrl.empty() || serverUrl.back() != '/')
        serverUrl += '/';
    return serverUrl + "_session";
}

std::string userDatabaseUrl(std::string serverUrl, const std::string &user)
{
    if (serverUrl.empty() || serverUrl.back() != '/')
        serverUrl += '/';
    static constexpr char hex[] = "0123456789abcdef";
    std::string name = "userdb-";
    for (unsigned char c : user) {
        name.push_back(hex[c >> 4]);
        name.push_back(hex[c & 0xf]);
    }
    return serverUrl + name + "/";
}

Replicator::Replicator(Store &store, http::Client &client, std::string databaseUrl,
                       AfterPull afterPull, Sleep sleep)
    : m_store(store), m_client(client), m_databaseUrl(std::move(databaseUrl)),
      m_afterPull(std::move(afterPull)), m_sleep(std::move(sleep))
{
    if (!m_sleep)
        m_sleep = [](std::chrono::milliseconds wait) {
            std::this_thread::sleep_for(wait);
        };
}

template<typename Step> auto Replicator::withRetries(Step step) -> decltype(step())
{
    std::mt19937 jitter(std::random_device {}());
    for (int attempt = 0;; ++attempt) {
        auto result = step();
        if (result || !result.error().isTransient() || attempt + 1 >= tuning::maxAttempts)
            return result;
        auto wait = std::min(tuning::maxBackoff, tuning::firstBackoff * (1 << attempt));
        wait += std::chrono::milliseconds(
            std::uniform_int_distribution<long>(0, wait.count() / 2)(jitter));
        m_sleep(wait);
    }
}

Result<SyncSummary> Replicator::syncOnce()
{
    // The pull fetches on a second connection, beside the writes and checkpoints on this one.
    // Both live as long as the replicator: connections and the session stay open between syncs.
    if (!m_fetchClient)
        m_fetchClient = std::make_unique<http::Client>(m_client.options());
    // One sign-in for both connections: the second takes the first's session cookie (and the
    // node that answers), so the password crosses the wire once per sync at most.
    if (auto signedIn = m_client.signInNow(); !signedIn && !signedIn.error().isTransient())
        return signedIn.error();
    m_fetchClient->shareSessionOf(m_client);
    const auto requestsBefore = m_client.requestsSent() + m_fetchClient->requestsSent();
    auto device = rapport::deviceId(m_store);
    if (!device)
        return device.error();
    RemoteDatabase remote(m_client, m_databaseUrl);
    const auto session = randomHex(16);
    // Credentials never enter a replication id: the same database is the same replication
    // whoever signs in, and the id is written to both sides.
    const auto base = http::withoutCredentials(remote.url());
    SyncSummary summary;

    // What the pull changes gets a local sequence after this one: where to look for duplicates.
    auto sequenceBeforePull = m_store.lastSequence();
    if (!sequenceBeforePull)
        return sequenceBeforePull.error();
    Checkpointer pullCheckpoint(m_store, remote, "rapport-pull-" + md5Hex(*device + "\n" + base),
                                session);
    RemoteDatabase fetcher(*m_fetchClient, m_databaseUrl);
    auto pulled = withRetries([&] { return Puller(m_store, fetcher, pullCheckpoint).run(); });
    if (!pulled)
        return pulled.error();
    summary.pulled = pulled->revisionsWritten;
    summary.changesRead = pulled->changesRead;
    summary.problems = pulled->problems;
    summary.refused = pulled->revisionsRefused;
    summary.attachmentsFetched = pulled->attachmentsFetched;
    summary.attachmentsFailed = pulled->attachmentsFailed;
    summary.remoteSequence = pulled->lastSeq;
    if (m_afterPull) {
        const PullOutcome outcome {summary.pulled, *sequenceBeforePull, !m_synced};
        if (auto done = m_afterPull(m_store, outcome, summary); !done)
            return done.error();
    }
    m_synced = true;

    Checkpointer pushCheckpoint(m_store, remote, "rapport-push-" + md5Hex(*device + "\n" + base),
                                session);
    auto pushed = withRetries([&] { return Pusher(m_store, remote, pushCheckpoint).run(); });
    if (!pushed)
        return pushed.error();
    summary.pushed = pushed->revisionsSent;
    summary.rejected = pushed->rejected;
    // After the push: the documents that replace a forgotten person's references (the visits
    // without them) are on the server before its earlier revisions are compacted away.
    auto erased = withRetries([&] { return eraseOnServer(m_store, remote); });
    if (!erased)
        return erased.error();
    summary.erasedOnServer = erased->documents;
    summary.problems.insert(summary.problems.end(), erased->problems.begin(),
                            erased->problems.end());
    summary.requests = m_client.requestsSent() + m_fetchClient->requestsSent() - requestsBefore;
    return summary;
}

Status Replicator::syncContinuously(const std::function<bool()> &keepGoing,
                                    const std::function<void(const SyncSummary &)> &afterEachSync,
                                    std::chrono::milliseconds wait)
{
    RemoteDatabase remote(m_client, m_databaseUrl);
    std::mt19937 jitter(std::random_device {}());
    int failures = 0;
    while (keepGoing()) {
        auto summary = syncOnce();
        if (!summary) {
            if (!summary.error().isTransient())
                return summary.error();
            // syncOnce retried already; wait longer before the next round, up to the cap.
            auto pause = std::min(tuning::maxBackoff,
                                  tuning::firstBackoff * (1 << std::min(failures++, 10)));
            pause += std::chrono::milliseconds(
                std::uniform_int_distribution<long>(0, pause.count() / 2)(jitter));
            m_sleep(pause);
            continue;
        }
        failures = 0;
        afterEachSync(*summary);
        if (!keepGoing())
            break;
        auto changed = remote.waitForChanges(summary->remoteSequence, wait);
        if (!changed && !changed.error().isTransient())
            return changed.error();
    }
    return {};
}

} // namespace rapport::replicator
