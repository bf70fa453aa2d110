#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Leads a year old or more that never became customers and were never followed up
// (notebook/stale_leads.h), offered for forgetting: keep or forget, one tap each, or all.
class StaleLeadReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session WRITE setSession NOTIFY changed)
    // [{id, name, detail}], oldest first; detail: "Nordic Ovens · EuroShop, 14 Feb 2025".
    Q_PROPERTY(QVariantList leads READ leads NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    using QObject::QObject;

    void setSession(DatabaseSession *session);
    QVariantList leads() const { return m_leads; }
    QString error() const { return m_error; }

    Q_INVOKABLE void keep(const QString &leadId);
    Q_INVOKABLE void forget(const QString &leadId);
    Q_INVOKABLE void forgetAll();

signals:
    void changed();

private:
    void load();
    void forgetIds(const std::vector<std::string> &ids);

    QPointer<DatabaseSession> m_session;
    QVariantList m_leads;
    QString m_error;
};
