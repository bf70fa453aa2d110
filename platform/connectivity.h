#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace rapport::platform {

// Whether the server can be reached now. The OS's word (QNetworkInformation, where Qt has a
// backend for it) says at once when the device goes offline or comes back; a cheap request to
// the server confirms that "online" really reaches it (a hotel Wi-Fi's login page does not),
// and, where there is no backend, is all there is: tried again with backoff while offline.
class Connectivity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)

public:
    struct Timing
    {
        std::chrono::milliseconds firstRetry {1000};
        std::chrono::milliseconds maxRetry {15000}; // a phone's radio is not woken more often
        std::chrono::milliseconds probeTimeout {5000};
    };

    explicit Connectivity(Timing timing, QObject *parent = nullptr);
    explicit Connectivity(QObject *parent = nullptr) : Connectivity(Timing {}, parent) { }

    bool online() const { return m_online; }
    // The server to probe; probing starts (again) at once.
    void setServer(const QUrl &server);
    // Sync could not reach the server: offline until a probe says otherwise.
    void reportUnreachable();
    // Sync reached it: online, no probe needed.
    void reportReachable();

signals:
    void onlineChanged(bool online);

private:
    void probe();
    void setOnline(bool online);
    void probeLater();
    void osReachabilityChanged();

    Timing m_timing;
    QUrl m_server;
    bool m_online = false;
    bool m_osSaysOffline = false;
    std::chrono::milliseconds m_nextRetry;
    QTimer m_retry;
    QNetworkAccessManager *m_network;
    bool m_probing = false;
};

} // namespace rapport::platform
