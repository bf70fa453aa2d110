#include "controllers/stale_lead_review.h"

#include "models/display_text.h"
#include "notebook/forget.h"
#include "notebook/stale_leads.h"

#include <QLocale>
#include <QVariantMap>

void StaleLeadReview::setSession(DatabaseSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DatabaseSession::notebookChanged, this, &StaleLeadReview::load);
    load();
}

void StaleLeadReview::load()
{
    m_leads.clear();
    if (m_session && m_session->ready()) {
        auto stale = rapport::notebook::staleLeads(*m_session->store(),
                                                   display::isoDate(m_session->today()));
        if (!stale) {
            m_error = display::problem(stale.error());
        } else {
            for (const auto &lead : *stale) {
                QStringList detail;
                if (!lead.company.empty())
                    detail << display::text(lead.company);
                const QString when = QLocale().toString(
                    display::date(lead.capturedOn),
                    tr("d MMM yyyy", "date format (QDate): day, short month, year"));
                detail << (lead.event.empty() ? tr("captured %1").arg(when)
                                              : tr("%1, %2").arg(display::text(lead.event), when));
                m_leads.append(
                    QVariantMap {{QStringLiteral("id"), display::text(lead.id)},
                                 {QStringLiteral("name"), display::text(lead.name)},
                                 {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))}});
            }
        }
    }
    emit changed();
}

void StaleLeadReview::keep(const QString &leadId)
{
    if (!m_session || !m_session->ready())
        return;
    auto kept = rapport::notebook::keepLead(*m_session->editor(), leadId.toStdString(),
                                            display::isoDate(m_session->today()));
    m_error = kept ? QString() : display::problem(kept.error());
    load();
}

void StaleLeadReview::forget(const QString &leadId)
{
    forgetIds({leadId.toStdString()});
}

void StaleLeadReview::forgetAll()
{
    std::vector<std::string> ids;
    for (const auto &lead : std::as_const(m_leads))
        ids.push_back(lead.toMap().value(QStringLiteral("id")).toString().toStdString());
    if (!ids.empty())
        forgetIds(ids);
}

void StaleLeadReview::forgetIds(const std::vector<std::string> &ids)
{
    if (!m_session || !m_session->ready())
        return;
    auto forgotten = rapport::notebook::forgetRecords(*m_session->store(), ids,
                                                      display::isoDate(m_session->today()));
    m_error = forgotten ? QString() : display::problem(forgotten.error());
    m_session->announceLocalEdit();
    load();
}
