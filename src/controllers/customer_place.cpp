#include "controllers/customer_place.h"

#include "controllers/map_links.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"

CustomerPlace::CustomerPlace(QObject *parent) : QObject(parent) { }

void CustomerPlace::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->whereabouts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseSession::notebookChanged, this, &CustomerPlace::read);
        connect(m_session->whereabouts(), &Whereabouts::positionChanged, this,
                &CustomerPlace::placeChanged);
    }
    emit sessionChanged();
    read();
}

void CustomerPlace::setAccountId(const QString &id)
{
    if (id == m_accountId)
        return;
    m_accountId = id;
    emit accountIdChanged();
    read();
}

void CustomerPlace::read()
{
    m_place.reset();
    m_pinned = false;
    m_visitsPlaced = 0;
    m_name.clear();
    if (m_session && m_session->ready() && !m_accountId.isEmpty()) {
        const auto id = m_accountId.toStdString();
        if (auto place = m_session->queries()->accountPlace(id); place && *place) {
            m_place = (*place)->place;
            m_pinned = (*place)->pinned;
            m_visitsPlaced = (*place)->visitsPlaced;
        }
        if (auto account = m_session->queries()->account(id); account && *account)
            m_name = display::text((*account)->name);
    }
    emit placeChanged();
}

QString CustomerPlace::summary() const
{
    if (!m_place)
        return {};
    if (m_pinned)
        return tr("Pinned by you");
    return tr("Learnt from %n visit(s) recorded there", "", m_visitsPlaced);
}

QString CustomerPlace::fromHere() const
{
    const auto here = m_session ? m_session->whereabouts()->position() : std::nullopt;
    if (!here || !m_place)
        return {};
    const auto direction = display::compassDirection(
        rapport::places::compassPoint(rapport::places::bearingDegrees(*here, *m_place)));
    //: "800 m north-east of you"
    return tr("%1 %2 of you")
        .arg(display::distance(rapport::places::distanceMetres(*here, *m_place)), direction);
}

bool CustomerPlace::pinHere()
{
    const auto here = m_session ? m_session->whereabouts()->position() : std::nullopt;
    if (!here) {
        setError(tr("Where you are is not known yet."));
        return false;
    }
    return pin(here);
}

bool CustomerPlace::pinAt(const QString &text)
{
    const auto place = rapport::places::parsePlace(text.toStdString());
    if (!place) {
        setError(tr("“%1” is not a place Rapport can read: paste a map's link, or type the "
                    "latitude and longitude, like 53.866, 10.684.")
                     .arg(text.trimmed()));
        return false;
    }
    return pin(place);
}

bool CustomerPlace::unpin()
{
    return pin(std::nullopt);
}

bool CustomerPlace::pin(const std::optional<rapport::places::GeoPoint> &place)
{
    if (!m_session || !m_session->ready())
        return false;
    if (auto pinned = rapport::notebook::pinAccountPlace(*m_session->editor(),
                                                         m_accountId.toStdString(), place);
        !pinned) {
        setError(display::problem(pinned.error()));
        return false;
    }
    setError({});
    return true;
}

QString CustomerPlace::mapAddress() const
{
    return m_place ? map_links::mapAddress(*m_place, m_name) : QString();
}

void CustomerPlace::openInMaps() const
{
    if (m_place)
        map_links::openInMaps(*m_place, m_name);
}

void CustomerPlace::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
