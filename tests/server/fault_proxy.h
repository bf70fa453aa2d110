#pragma once

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

// A TCP proxy on loopback between the client and the real server that misbehaves like a bad
// mobile network and a sick server: while faults are on, each chunk the client sends (one in three)
// may reset the connection, get a truncated answer, wait, get an HTTP 500, or get garbage. It runs
// its own event loop on its own thread, so the client under test may block on a request.
class FaultProxy
{
public:
    enum class Fault { Pass, Reset, Truncate, Delay, ServerError, Garbage };

    FaultProxy(quint16 upstreamPort, unsigned seed) : m_upstreamPort(upstreamPort), m_rng(seed)
    {
        std::promise<quint16> ready;
        auto port = ready.get_future();
        m_thread = std::thread([this, &ready] { run(ready); });
        m_port = port.get();
    }

    ~FaultProxy()
    {
        QMetaObject::invokeMethod(m_loop, [loop = m_loop] { loop->quit(); });
        m_thread.join();
    }

    quint16 port() const { return m_port; }
    void setFaults(bool on) { m_faults = on; }
    int faultsInjected() const { return m_injected; }
    // Plays a server that lacks an endpoint (CouchDB 1.x has no _bulk_get): requests whose
    // first line names `path` are refused as CouchDB 1.x refuses them.
    void hideEndpoint(const QByteArray &path) { m_hiddenPath = path; }
    int hiddenRequests() const { return m_hiddenRequests; }
    // Plays a hostile server for requests whose first line names `path`: their answer's body
    // has its first byte changed (Flip), or stops half-way through what arrived first (Cut).
    // None undoes it.
    enum class Tamper { None, Flip, Cut };
    void tamperWith(const QByteArray &path, Tamper how)
    {
        std::lock_guard lock(m_trafficMutex);
        m_tamperPath = path;
        m_tamper = how;
    }
    // Every byte the client sent so far: what a listener on the network would have seen.
    QByteArray clientTraffic() const
    {
        std::lock_guard lock(m_trafficMutex);
        return m_traffic;
    }

private:
    struct Connection
    {
        Fault fault = Fault::Pass;
        qint64 answerBudget = -1; // bytes of the answer still let through, when truncating
        Tamper tamper = Tamper::None;
        QByteArray answerHead; // of a tampered answer, until its headers have passed
        bool bodyReached = false;
        bool holding = false;
        QByteArray held;
    };

    void run(std::promise<quint16> &ready)
    {
        QEventLoop loop; // first: it gives this thread the event dispatcher the sockets need
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, [this, &server] {
            while (QTcpSocket *client = server.nextPendingConnection())
                relay(client);
        });
        m_loop = &loop;
        ready.set_value(server.serverPort());
        loop.exec();
    }

    static void answer(QTcpSocket *client, const char *status, const QByteArray &body)
    {
        client->write(
            QByteArray("HTTP/1.1 ") + status
            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        client->disconnectFromHost();
    }

    Fault roll()
    {
        if (!m_faults || std::uniform_int_distribution<int>(0, 99)(m_rng) >= 35)
            return Fault::Pass;
        ++m_injected;
        return static_cast<Fault>(std::uniform_int_distribution<int>(1, 5)(m_rng));
    }

    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client); // goes with the client connection
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        auto state = std::make_shared<Connection>();
        // What the client sent waits while the way to the server is still being opened, or
        // while a delay holds it back; then it goes in order.
        auto flush = [=] {
            if (!state->holding && upstream->state() == QAbstractSocket::ConnectedState
                && !state->held.isEmpty()) {
                upstream->write(state->held);
                state->held.clear();
            }
        };
        QObject::connect(upstream, &QTcpSocket::connected, client, flush);

        QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
            const QByteArray data = client->readAll();
            {
                std::lock_guard lock(m_trafficMutex);
                m_traffic += data;
            }
            if (!m_hiddenPath.isEmpty() && data.left(data.indexOf('\n')).contains(m_hiddenPath)) {
                ++m_hiddenRequests;
                answer(
                    client, "400 Bad Request",
                    R"({"error":"bad_request","reason":"Only reserved document ids may start with underscore."})");
                return;
            }
            {
                std::lock_guard lock(m_trafficMutex);
                if (m_tamper != Tamper::None && !m_tamperPath.isEmpty()
                    && data.left(data.indexOf('\n')).contains(m_tamperPath))
                    state->tamper = m_tamper;
            }
            if (state->fault == Fault::Pass)
                state->fault = roll();
            switch (state->fault) {
            case Fault::Reset:
                client->abort();
                return;
            case Fault::ServerError:
                answer(client, "500 Internal Server Error",
                       R"({"error":"unknown_error","reason":"sick"})");
                return;
            case Fault::Garbage:
                answer(client, "200 OK", R"({"results":[{"id":1,}]])");
                return;
            case Fault::Delay:
                state->held += data;
                if (!state->holding) {
                    state->holding = true;
                    QTimer::singleShot(300, client, [=] {
                        state->holding = false;
                        state->fault = Fault::Pass;
                        flush();
                    });
                }
                return;
            case Fault::Truncate:
                if (state->answerBudget < 0)
                    state->answerBudget = std::uniform_int_distribution<qint64>(0, 3000)(m_rng);
                state->held += data;
                flush();
                return;
            case Fault::Pass:
                state->held += data;
                flush();
                return;
            }
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
            QByteArray data = upstream->readAll();
            if (state->tamper != Tamper::None && !state->bodyReached) {
                state->answerHead += data;
                const auto end = state->answerHead.indexOf("\r\n\r\n");
                if (end < 0)
                    return; // the headers are not through yet
                const qint64 bodyStart = end + 4;
                if (state->answerHead.size() < bodyStart + 2)
                    return; // cut or changed in the body, never in the headers
                state->bodyReached = true;
                data = state->answerHead;
                if (state->tamper == Tamper::Flip && data.size() > bodyStart) {
                    data[bodyStart] = static_cast<char>(data[bodyStart] ^ 0x5a);
                } else if (state->tamper == Tamper::Cut) {
                    client->write(data.left(bodyStart + (data.size() - bodyStart) / 2));
                    client->flush();
                    client->abort();
                    return;
                }
            }
            if (state->answerBudget >= 0) {
                if (data.size() >= state->answerBudget) {
                    client->write(data.left(state->answerBudget));
                    client->flush();
                    client->abort();
                    return;
                }
                state->answerBudget -= data.size();
            }
            client->write(data);
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client,
                         [client] { client->deleteLater(); });
    }

    quint16 m_upstreamPort;
    std::mt19937 m_rng;
    std::thread m_thread;
    QEventLoop *m_loop = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_faults {false};
    std::atomic<int> m_injected {0};
    QByteArray m_hiddenPath; // set before the client starts
    QByteArray m_tamperPath; // with m_tamper, under m_trafficMutex
    Tamper m_tamper = Tamper::None;
    std::atomic<int> m_hiddenRequests {0};
    mutable std::mutex m_trafficMutex;
    QByteArray m_traffic;
};
