// Convergence fuzz through the real server: three devices of one salesperson edit the same few
// contacts (create, edit fields, add and remove hobbies and family members, delete, restore)
// while cut off from each other in random patterns, syncing in random orders. After a final
// full sync all three must hold identical documents with no conflict left, and every value ever
// written must be in the final document, or in a conflict document, or have been replaced or
// removed by someone who saw it.
//
// Seeds: RAPPORT_FUZZ_FIRST_SEED (default 1) and RAPPORT_FUZZ_SEEDS (default 30); CI runs 16 on
// PouchDB Server and 8 on CouchDB from a first seed drawn from the commit (scripts/test), so that
// each commit tries others; scripts/fuzz-convergence runs 1,000 and prints how many converged.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "merge/three_way_merge.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <map>
#include <random>
#include <set>
#include <tuple>

using namespace rapport;

namespace {

constexpr int replicaCount = 3;
const std::vector<std::string> documentIds {"c0", "c1", "c2", "c3"};
const std::vector<std::string> names {"Ben", "Mia", "Jonas", "Lea", "Sofia", "Lukas"};
const std::vector<std::string> roles {"user", "influencer", "decision_maker", "gatekeeper"};
const std::vector<std::string> hobbies {"sailing", "chess", "golf", "opera", "baking", "jazz"};
const std::vector<std::string> familyIds {"f0", "f1", "f2"};

int environmentNumber(const char *name, int fallback)
{
    const char *value = std::getenv(name);
    return value ? std::atoi(value) : fallback;
}

// One written value: where, and what. For a set, the path is the set and the value a member.
struct Written
{
    std::string doc;
    std::string path;
    std::string value; // JSON text
    bool isMember = false;
    bool operator<(const Written &other) const
    {
        return std::tie(doc, path, value, isMember)
            < std::tie(other.doc, other.path, other.value, other.isMember);
    }
};

struct Replica
{
    Replica(const std::string &url, const rapport::http::ClientOptions &options,
            std::function<std::int64_t()> wallClock)
        : client(options)
    {
        store = std::move(
            *notebook::openStore(dir.filePath(QStringLiteral("r.sqlite")).toStdString()));
        editor = std::move(*merge::LocalEditor::open(*store, std::move(wallClock)));
        replicator = std::make_unique<replicator::Replicator>(
            *store, client, url, rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<merge::LocalEditor> editor;
    rapport::http::Client client;
    std::unique_ptr<replicator::Replicator> replicator;
};

// One seed's run; returns what went wrong, or an empty string when it converged.
class Trial
{
public:
    Trial(unsigned seed, const std::string &url, const rapport::http::ClientOptions &options)
        : m_rng(seed)
    {
        for (int i = 0; i < replicaCount; ++i) {
            // Each device's clock is off by its own amount: the hybrid clock copes.
            const std::int64_t skew = (i - 1) * 3000;
            m_replicas.push_back(
                std::make_unique<Replica>(url, options, [this, skew] { return m_time + skew; }));
        }
    }

    std::int64_t resolved = 0; // conflicts merged, over all devices
    std::int64_t valuesKept = 0;
    std::size_t valuesChecked = 0;

    std::string run()
    {
        for (int step = 0; step < 12; ++step) {
            for (auto &replica : m_replicas) {
                const int operations = pick(4);
                for (int i = 0; i < operations; ++i)
                    if (auto failed = operate(*replica); !failed.empty())
                        return failed;
            }
            // A random pattern of who reaches the server, in a random order.
            std::vector<int> order {0, 1, 2};
            std::shuffle(order.begin(), order.end(), m_rng);
            for (int index : order)
                if (pick(2) == 0)
                    if (auto failed = sync(*m_replicas[static_cast<std::size_t>(index)]);
                        !failed.empty())
                        return failed;
        }
        for (int round = 0; round < 3; ++round)
            for (auto &replica : m_replicas)
                if (auto failed = sync(*replica); !failed.empty())
                    return failed;
        return check();
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    template<typename T> const T &oneOf(const std::vector<T> &values)
    {
        return values[static_cast<std::size_t>(pick(static_cast<int>(values.size())))];
    }

    std::string sync(Replica &replica)
    {
        auto summary = replica.replicator->syncOnce();
        if (!summary)
            return "sync failed: " + summary.error().describe();
        resolved += summary->resolved;
        valuesKept += summary->valuesKept;
        return {};
    }

    void written(const std::string &doc, const std::string &path, const Json &value,
                 bool member = false)
    {
        m_written.insert(Written {doc, path, value.dump(), member});
    }
    void superseded(const std::string &doc, const std::string &path, const Json &value,
                    bool member = false)
    {
        m_superseded.insert(Written {doc, path, value.dump(), member});
    }
    // Everything a device saw in a document it deleted, or in a family member it removed.
    void supersedeAll(const std::string &doc, const Json &body, const std::string &prefix = {})
    {
        for (const auto &[key, value] : body.items()) {
            if (prefix.empty() && (key == "clocks" || key == "type"))
                continue;
            const auto path = prefix.empty() ? key : prefix + "/" + key;
            if (key == "hobbies" || key == "interests")
                for (const auto &member : value)
                    superseded(doc, path, member, true);
            else if (key == "family")
                for (const auto &item : value)
                    supersedeAll(doc, item, "family/" + item["id"].get<std::string>());
            else if (key != "id")
                superseded(doc, path, value);
        }
    }

    std::string save(Replica &replica, const Document &doc)
    {
        ++m_time;
        auto saved = replica.editor->save(doc);
        return saved ? std::string() : "save failed: " + saved.error().describe();
    }

    std::string operate(Replica &replica)
    {
        const auto &id = oneOf(documentIds);
        auto current = replica.store->get(id);
        if (!current) { // never seen here, or deleted: create it (again)
            Json body {{"type", "contact"},
                       {"firstName", oneOf(names)},
                       {"role", oneOf(roles)},
                       {"hobbies", Json::array({oneOf(hobbies)})},
                       {"family", Json::array()}};
            written(id, "firstName", body["firstName"]);
            written(id, "role", body["role"]);
            written(id, "hobbies", body["hobbies"][0], true);
            return save(replica, Document {id, {}, false, body});
        }
        Json body = current->body;
        body.erase("clocks"); // as an app sends it: the editor carries the stamps forward
        switch (pick(7)) {
        case 0:
        case 1: { // edit a field
            const std::string field = pick(2) ? "firstName" : "role";
            const Json value = field == "firstName" ? Json(oneOf(names)) : Json(oneOf(roles));
            if (body.contains(field))
                superseded(id, field, body[field]);
            body[field] = value;
            written(id, field, value);
            break;
        }
        case 2: { // add a hobby
            const Json hobby = oneOf(hobbies);
            auto &list = body["hobbies"];
            if (!list.is_array())
                list = Json::array();
            if (std::find(list.begin(), list.end(), hobby) == list.end())
                list.push_back(hobby);
            written(id, "hobbies", hobby, true);
            break;
        }
        case 3: { // remove a hobby
            auto &list = body["hobbies"];
            if (!list.is_array() || list.empty())
                return {};
            const auto at = static_cast<std::size_t>(pick(static_cast<int>(list.size())));
            superseded(id, "hobbies", list[at], true);
            list.erase(at);
            break;
        }
        case 4: { // add or rename a family member
            auto &family = body["family"];
            if (!family.is_array())
                family = Json::array();
            const auto &member = oneOf(familyIds);
            const Json name = oneOf(names);
            bool found = false;
            for (auto &item : family) {
                if (item["id"] == member) {
                    found = true;
                    if (item.contains("name"))
                        superseded(id, "family/" + member + "/name", item["name"]);
                    item["name"] = name;
                }
            }
            if (!found)
                family.push_back(Json {{"id", member}, {"name", name}});
            written(id, "family/" + member + "/name", name);
            break;
        }
        case 5: { // remove a family member
            auto &family = body["family"];
            if (!family.is_array() || family.empty())
                return {};
            const auto at = static_cast<std::size_t>(pick(static_cast<int>(family.size())));
            supersedeAll(id, family[at], "family/" + family[at]["id"].get<std::string>());
            family.erase(at);
            break;
        }
        case 6: { // delete the contact
            supersedeAll(id, current->body);
            ++m_time;
            auto removed = replica.editor->remove(id, current->rev);
            return removed ? std::string() : "delete failed: " + removed.error().describe();
        }
        }
        return save(replica, Document {id, current->rev, false, body});
    }

    // Every replica's documents: id, rev and body, in id order.
    static Result<std::vector<std::string>> snapshot(Store &store)
    {
        std::vector<std::string> all;
        auto listed = store.forEachDocument([&](const Document &doc) {
            all.push_back(doc.id + " " + doc.rev + " " + doc.body.dump());
        });
        if (!listed)
            return listed.error();
        return all;
    }

    std::string check()
    {
        auto first = snapshot(*m_replicas[0]->store);
        if (!first)
            return first.error().describe();
        for (std::size_t i = 0; i < m_replicas.size(); ++i) {
            auto other = snapshot(*m_replicas[i]->store);
            if (!other || *other != *first)
                return "replica " + std::to_string(i) + " differs from replica 0";
            auto conflicted = m_replicas[i]->store->unresolvedDocuments();
            if (!conflicted || !conflicted->empty())
                return "replica " + std::to_string(i) + " has conflicts left";
        }
        Store &store = *m_replicas[0]->store;
        std::vector<Json> conflicts;
        auto listed = store.forEachDocument([&](const Document &doc) {
            if (doc.type() == "conflict")
                conflicts.push_back(doc.body);
        });
        if (!listed)
            return listed.error().describe();
        for (const auto &value : m_written) {
            if (m_superseded.contains(value))
                continue;
            ++valuesChecked;
            if (!foundInDocument(store, value) && !foundInConflicts(conflicts, value))
                return "lost " + value.doc + " " + value.path + " = " + value.value;
        }
        return {};
    }

    static bool foundInDocument(Store &store, const Written &value)
    {
        auto doc = store.get(value.doc);
        if (!doc)
            return false;
        const Json wanted = Json::parse(value.value);
        if (value.isMember) {
            const auto list = doc->body.find(value.path);
            return list != doc->body.end() && list->is_array()
                && std::find(list->begin(), list->end(), wanted) != list->end();
        }
        if (value.path.starts_with("family/")) {
            const auto slash = value.path.find('/', 7);
            const auto member = value.path.substr(7, slash - 7);
            const auto field = value.path.substr(slash + 1);
            const auto family = doc->body.find("family");
            if (family == doc->body.end() || !family->is_array())
                return false;
            for (const auto &item : *family)
                if (item.value("id", "") == member && item.contains(field) && item[field] == wanted)
                    return true;
            return false;
        }
        const auto found = doc->body.find(value.path);
        return found != doc->body.end() && *found == wanted;
    }

    static bool foundInConflicts(const std::vector<Json> &conflicts, const Written &value)
    {
        const Json wanted = Json::parse(value.value);
        for (const auto &conflict : conflicts) {
            if (conflict.value("docId", "") != value.doc)
                continue;
            const std::string field = conflict.value("field", "");
            // A whole family member, or the set, may be what was recorded.
            const bool samePath = field == value.path;
            const bool parentPath = value.path.starts_with(field + "/");
            if (samePath && (conflict["lost"] == wanted || conflict["kept"] == wanted))
                return true;
            if (parentPath
                && (conflict["lost"].dump().find(value.value) != std::string::npos
                    || conflict["kept"].dump().find(value.value) != std::string::npos))
                return true;
        }
        return false;
    }

    std::mt19937 m_rng;
    std::int64_t m_time = 1000000;
    std::vector<std::unique_ptr<Replica>> m_replicas;
    std::set<Written> m_written;
    std::set<Written> m_superseded;
};

} // namespace

class Convergence : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;

private slots:
    void randomEditsOnThreeDevices_convergeAndLoseNothing()
    {
        SKIP_WITHOUT_SERVER(server);
        const int first = environmentNumber("RAPPORT_FUZZ_FIRST_SEED", 1);
        const int seeds = environmentNumber("RAPPORT_FUZZ_SEEDS", 30);
        int converged = 0;
        std::int64_t resolved = 0;
        std::int64_t valuesKept = 0;
        std::size_t valuesChecked = 0;
        std::vector<std::string> failures;
        for (int seed = first; seed < first + seeds; ++seed) {
            const std::string user = "fuzz" + std::to_string(seed);
            QVERIFY(server.addUser(QString::fromStdString(user), QStringLiteral("secret")));
            Trial trial(static_cast<unsigned>(seed),
                        replicator::userDatabaseUrl(server.url(), user),
                        server.signIn(user, "secret"));
            const auto failed = trial.run();
            resolved += trial.resolved;
            valuesKept += trial.valuesKept;
            valuesChecked += trial.valuesChecked;
            if (failed.empty())
                ++converged;
            else
                failures.push_back("seed " + std::to_string(seed) + ": " + failed);
        }
        // Printed so that a run shows it tested something: conflicts did happen and merge.
        qInfo("converged %d of %d seeds (%d to %d); %lld conflicts merged, %lld losing values "
              "kept, %zu values checked",
              converged, seeds, first, first + seeds - 1, static_cast<long long>(resolved),
              static_cast<long long>(valuesKept), valuesChecked);
        for (const auto &failure : failures)
            qWarning("%s", failure.c_str());
        QCOMPARE(converged, seeds);
    }
};

QTEST_GUILESS_MAIN(Convergence)
#include "tst_convergence.moc"
