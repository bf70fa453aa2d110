#pragma once

#include "app/database_session.h"
#include "places/geo.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

// Where one customer is, on its page: known or not, pinned by the person or learnt from where
// its visits were recorded, how far from here; pinned "here" (standing at the customer), to a
// place typed or pasted (coordinates, a geo: URI, an OpenStreetMap address), or unpinned.
class CustomerPlace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(bool known READ known NOTIFY placeChanged)
    Q_PROPERTY(bool pinned READ pinned NOTIFY placeChanged)
    // "Pinned by you", "Learnt from 4 visits"; empty when not known.
    Q_PROPERTY(QString summary READ summary NOTIFY placeChanged)
    // "800 m north-east of you"; empty when either place is not known.
    Q_PROPERTY(QString fromHere READ fromHere NOTIFY placeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit CustomerPlace(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id);
    bool known() const { return m_place.has_value(); }
    bool pinned() const { return m_pinned; }
    QString summary() const;
    QString fromHere() const;
    QString error() const { return m_error; }

    // Pins the customer where the device is now; false (and why) when that is not known.
    Q_INVOKABLE bool pinHere();
    // Pins it at a place typed or pasted; false (and why) when the text names no place.
    Q_INVOKABLE bool pinAt(const QString &text);
    Q_INVOKABLE bool unpin();
    Q_INVOKABLE void openInMaps() const;
    Q_INVOKABLE QString mapAddress() const;

signals:
    void sessionChanged();
    void accountIdChanged();
    void placeChanged();
    void errorChanged();

private:
    void read();
    bool pin(const std::optional<rapport::places::GeoPoint> &place);
    void setError(const QString &error);

    QPointer<DatabaseSession> m_session;
    QString m_accountId;
    std::optional<rapport::places::GeoPoint> m_place;
    bool m_pinned = false;
    int m_visitsPlaced = 0;
    QString m_name;
    QString m_error;
};
