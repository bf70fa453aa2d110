#include "bench_support.h"

#include "demo_data.h"
#include "replicator/replicator.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <malloc.h>
#include <sys/resource.h>
#include <vector>

namespace rapport::bench {

void die(const std::string &what)
{
    std::fprintf(stderr, "bench: %s\n", what.c_str());
    std::exit(1);
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

http::ClientOptions signedIn(const std::string &databaseUrl, const Account &account)
{
    http::ClientOptions options;
    options.username = account.user;
    options.password = account.password;
    const auto server = databaseUrl.substr(0, databaseUrl.rfind('/', databaseUrl.size() - 2) + 1);
    options.sessionUrl = replicator::sessionUrl(server);
    return options;
}

void seedServer(const std::string &databaseUrl, const Account &account, int count)
{
    http::Client writer(signedIn(databaseUrl, account));
    demo::Generator generator(20261124);
    const int accounts = std::max(1, count / 20);
    const int contacts = std::max(1, count / 4);
    std::vector<Json> batch;
    for (int i = 0; i < count; ++i) {
        Json doc;
        std::string id;
        if (i < accounts) {
            doc = generator.account(i);
            id = demo::Generator::accountId(i);
        } else if (i < accounts + contacts) {
            doc = generator.contact(i - accounts, accounts);
            id = demo::Generator::contactId(i - accounts);
        } else {
            doc = generator.visit(accounts, contacts);
            id = demo::Generator::visitId(i - accounts - contacts);
        }
        doc["_id"] = id;
        batch.push_back(std::move(doc));
        if (batch.size() == 1000 || i + 1 == count) {
            auto written = writer.send(
                http::Request {"POST", databaseUrl + "_bulk_docs", Json {{"docs", batch}}.dump()});
            if (!written || written->status != 201)
                die("seeding the server failed");
            batch.clear();
        }
    }
}

Json peer(const QString &command, const std::filesystem::path &dir, const QStringList &arguments,
          const Account &account, std::string *failure)
{
    QProcess node;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PEER_USER"), QString::fromStdString(account.user));
    environment.insert(QStringLiteral("PEER_PASSWORD"), QString::fromStdString(account.password));
    node.setProcessEnvironment(environment);
    node.start(QStringLiteral(RAPPORT_POUCHDB_PEER),
               QStringList {command, QString::fromStdString(dir.string())} + arguments);
    node.waitForFinished(-1);
    if (node.exitCode() != 0) {
        const auto said = node.readAllStandardError().toStdString();
        if (!failure)
            die("PouchDB " + command.toStdString() + " failed: " + said);
        *failure = said.substr(0, said.find('\n'));
        return nullptr;
    }
    return Json::parse(node.readAllStandardOutput().toStdString());
}

Run pouchReplication(const QString &direction, const std::filesystem::path &dir,
                     const std::string &databaseUrl, const Account &account, bool mayFail)
{
    std::string failure;
    const auto answer = peer(direction, dir, {QString::fromStdString(databaseUrl)}, account,
                             mayFail ? &failure : nullptr);
    if (!failure.empty())
        return Run {0, 0, 0, 0, failure};
    return Run {answer.value("ms", 0.0), answer.value("docs_written", std::int64_t(0)), 0, 0, {}};
}

double timedCurl(const QStringList &arguments, const Account &account)
{
    QProcess curl;
    const auto start = Clock::now();
    curl.start(QStringLiteral("curl"),
               QStringList {QStringLiteral("-sf"), QStringLiteral("-u"),
                            QString::fromStdString(account.user + ":" + account.password)}
                   + arguments);
    curl.waitForFinished(-1);
    const double ms = millisecondsSince(start);
    if (curl.exitCode() != 0)
        die("curl failed: " + curl.readAllStandardError().toStdString());
    return ms;
}

double processCpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval &t) {
        return t.tv_sec * 1000.0 + t.tv_usec / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:"))
            return std::atof(line.c_str() + 6) / 1024.0; // the figure is in kB
    }
    return 0;
}

void resetPeakMemory()
{
    malloc_trim(0); // what the benchmark's own setup freed goes back, so it is not counted
    std::ofstream("/proc/self/clear_refs") << "5";
}

} // namespace rapport::bench
