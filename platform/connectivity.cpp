#include "connectivity.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace rapport::platform {

Connectivity::Connectivity(Timing timing, QObject *parent)
    : QObject(parent), m_timing(timing), m_nextRetry(timing.firstRetry),
      m_network(new QNetworkAccessManager(this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Connectivity::probe);
    // The OS's word, where a backend exists (Android, iOS, Windows, macOS, NetworkManager).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &Connectivity::osReachabilityChanged);
        osReachabilityChanged();
    }
}

void Connectivity::osReachabilityChanged()
{
    const auto reachability = QNetworkInformation::instance()->reachability();
    m_osSaysOffline = reachability == QNetworkInformation::Reachability::Disconnected;
    if (m_osSaysOffline) {
        m_retry.stop();
        setOnline(false);
    } else {
        // Back, says the OS: check that the server is there, at once.
        m_nextRetry = m_timing.firstRetry;
        probe();
    }
}

void Connectivity::setServer(const QUrl &server)
{
    m_server = server;
    m_nextRetry = m_timing.firstRetry;
    probe();
}

void Connectivity::reportUnreachable()
{
    setOnline(false);
    if (!m_retry.isActive() && !m_probing)
        probeLater();
}

void Connectivity::reportReachable()
{
    m_retry.stop();
    m_nextRetry = m_timing.firstRetry;
    setOnline(true);
}

void Connectivity::probeLater()
{
    if (m_osSaysOffline || m_server.isEmpty())
        return;
    m_retry.start(m_nextRetry);
    m_nextRetry = std::min(m_timing.maxRetry, m_nextRetry * 2);
}

// Any HTTP answer from the server means it can be reached; only a failure to get one is
// offline. (The answer's content is not read: a 401 is as good as a 200 here.)
void Connectivity::probe()
{
    if (m_server.isEmpty() || m_osSaysOffline || m_probing)
        return;
    m_probing = true;
    QNetworkRequest request(m_server);
    request.setTransferTimeout(static_cast<int>(m_timing.probeTimeout.count()));
    auto *reply = m_network->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probing = false;
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (answered) {
            m_nextRetry = m_timing.firstRetry;
            setOnline(true);
        } else {
            setOnline(false);
            probeLater();
        }
    });
}

void Connectivity::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace rapport::platform
