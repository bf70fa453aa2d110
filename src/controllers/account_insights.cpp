#include "controllers/account_insights.h"

#include "brief/visit_brief.h"
#include "models/brief_text.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "relationship/feedback_trend.h"
#include "relationship/reach_next.h"
#include "store/store.h"

#include <QUuid>
#include <array>

namespace {

// The answers to "why did it go quiet?", as the notebook keeps them.
constexpr std::array canonicalLapseReasons {
    QT_TRANSLATE_NOOP("AccountInsights", "No need right now"),
    QT_TRANSLATE_NOOP("AccountInsights", "Buying elsewhere"),
    QT_TRANSLATE_NOOP("AccountInsights", "Unhappy with us"),
    QT_TRANSLATE_NOOP("AccountInsights", "Our contact left"),
    QT_TRANSLATE_NOOP("AccountInsights", "Seasonal"),
    QT_TRANSLATE_NOOP("AccountInsights", "Something else")};

// A kept answer in the language shown; one typed elsewhere as it was written.
QString lapseReasonWords(const std::string &reason)
{
    for (const char *canonical : canonicalLapseReasons)
        if (reason == canonical)
            return AccountInsights::tr(canonical);
    return display::text(reason);
}

QString roleWords(const std::string &role)
{
    return role.empty() ? QString()
                        : AccountInsights::tr(" (%1)", "a buying role after a name")
                              .arg(display::buyingRoleInSentence(role));
}

QString reachNextWords(const rapport::relationship::ReachNext &next)
{
    using Reason = rapport::relationship::ReachNext::Reason;
    const auto name = display::text(next.name);
    const auto seen = next.lastVisit.empty()
        ? AccountInsights::tr("never visited")
        : AccountInsights::tr("last seen %1").arg(display::shortDate(next.lastVisit));
    switch (next.reason) {
    case Reason::NobodyKnown:
        return AccountInsights::tr(
            "You know nobody here yet. Who decides what this customer buys?");
    case Reason::FindWhoDecides:
        return AccountInsights::tr("Nobody you know here decides. Ask %1 who does.").arg(name);
    case Reason::DecisionMakerNotSeen:
        return AccountInsights::tr("Reach %1 next: they decide, and were %2.",
                                   "%2: never visited, or last seen (a date)")
            .arg(name, seen);
    case Reason::Influencer:
        return AccountInsights::tr("Reach %1 next: they influence what is bought, %2.",
                                   "%2: never visited, or last seen (a date)")
            .arg(name, seen);
    case Reason::AllSeen:
        break;
    }
    return {};
}

} // namespace

void AccountInsights::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseSession::notebookChanged, this, &AccountInsights::refresh);
        connect(m_session, &DatabaseSession::todayChanged, this, &AccountInsights::refresh);
    }
    emit sessionChanged();
    refresh();
}

void AccountInsights::setAccountId(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    emit accountIdChanged();
    refresh();
}

QStringList AccountInsights::lapseReasons()
{
    QStringList reasons;
    for (const char *reason : canonicalLapseReasons)
        reasons << tr(reason);
    return reasons;
}

void AccountInsights::refresh()
{
    m_reachNext.clear();
    m_reachNextContactId.clear();
    m_noDecisionMaker = false;
    m_feedbackTrend.clear();
    m_lapsed.clear();
    m_lastLapseAnswer.clear();
    m_brief.clear();
    if (!m_session || !m_session->ready() || m_accountId.isEmpty()) {
        emit changed();
        return;
    }
    auto &queries = *m_session->queries();
    const auto id = m_accountId.toStdString();
    const auto today = display::isoDate(m_session->today());
    auto account = m_session->store()->get(id);
    auto people = queries.peopleWithLastVisit(id);
    auto feedback = queries.feedbackOfAccount(id, 6);
    if (!account || !people || !feedback) {
        m_error = display::problem(!account      ? account.error()
                                       : !people ? people.error()
                                                 : feedback.error());
        emit changed();
        return;
    }
    m_error.clear();
    auto cadences = queries.segmentCadences();
    int cadence = account->body.value("cadenceDays", 0);
    if (cadence <= 0 && cadences) {
        const auto segment = account->body.value("segment", std::string());
        if (auto found = cadences->find(segment); found != cadences->end())
            cadence = found->second;
    }

    const auto next = rapport::relationship::reachNext(*people, cadence, today);
    m_reachNext = reachNextWords(next);
    m_reachNextContactId = QString::fromStdString(next.contactId);
    if (next.reason == rapport::relationship::ReachNext::Reason::FindWhoDecides) {
        for (const auto &person : *people)
            if (person.contact.id == next.contactId)
                m_reachNext = tr("Nobody you know here decides. Ask %1%2 who does.",
                                 "%2: their buying role in brackets")
                                  .arg(display::text(next.name), roleWords(person.contact.role));
    }
    m_noDecisionMaker = next.reason == rapport::relationship::ReachNext::Reason::NobodyKnown
        || next.reason == rapport::relationship::ReachNext::Reason::FindWhoDecides;

    const auto trend = rapport::relationship::feedbackTrend(*feedback);
    if (!trend.scores.empty()) {
        QStringList scores;
        for (int score : trend.scores)
            scores << QString::number(score);
        using Direction = rapport::relationship::FeedbackTrend::Direction;
        const auto list = scores.join(QStringLiteral(", "));
        m_feedbackTrend = trend.direction == Direction::Improving
            ? tr("Improving: %1 out of 5", "a list of scores").arg(list)
            : trend.direction == Direction::Falling
            ? tr("Falling: %1 out of 5", "a list of scores").arg(list)
            : trend.direction == Direction::Steady
            ? tr("Steady: %1 out of 5", "a list of scores").arg(list)
            : tr("So far: %1 out of 5", "a list of scores").arg(list);
    }

    std::string answered; // the day "why" was last answered
    if (auto notes = account->body.find("lapseNotes");
        notes != account->body.end() && notes->is_array()) {
        const rapport::Json *latest = nullptr;
        for (const auto &note : *notes)
            if (note.is_object()
                && (!latest
                    || note.value("date", std::string()) >= latest->value("date", std::string())))
                latest = &note;
        if (latest) {
            answered = latest->value("date", std::string());
            const auto reason = lapseReasonWords(latest->value("reason", std::string()));
            const auto note = display::text(latest->value("note", std::string()));
            m_lastLapseAnswer = note.isEmpty()
                ? tr("Why it went quiet (%1): %2").arg(display::shortDate(answered), reason)
                : tr("Why it went quiet (%1): %2 · %3")
                      .arg(display::shortDate(answered), reason, note);
        }
    }
    if (auto brief = rapport::briefForAccount(*m_session->store(), id, today))
        m_brief = display::briefLines(*brief, m_session->today(), true).join(QLatin1Char('\n'));
    // Lapsed: the rule of Today's list (past its cadence, why not answered since), for this one.
    if (auto row = queries.account(id); row && *row) {
        const auto &lapsesOn = (*row)->lapsesOn;
        if (!lapsesOn.empty() && lapsesOn < today && answered < lapsesOn) {
            const auto days = display::date((*row)->lastVisit).daysTo(m_session->today());
            m_lapsed = tr("Quiet since %1: %2 days, past the %3 you aim for. Why?")
                           .arg(display::shortDate((*row)->lastVisit))
                           .arg(days)
                           .arg(cadence);
        }
    }
    emit changed();
}

bool AccountInsights::answerLapse(int reasonIndex, const QString &note)
{
    if (!m_session || !m_session->ready())
        return false;
    if (reasonIndex < 0 || reasonIndex >= lapseReasons().size()) {
        m_error = tr("Pick the reason that comes closest.");
        emit changed();
        return false;
    }
    auto account = m_session->store()->get(m_accountId.toStdString());
    if (!account) {
        m_error = display::problem(account.error());
        emit changed();
        return false;
    }
    auto &notes = account->body["lapseNotes"];
    if (!notes.is_array())
        notes = rapport::Json::array();
    rapport::Json answer {{"id", QUuid::createUuid().toString(QUuid::Id128).left(12).toStdString()},
                          {"date", display::isoDate(m_session->today())},
                          // Kept in English whatever the language shown: the same on every
                          // device, and shown in each one's language (lapseReasonWords).
                          {"reason", canonicalLapseReasons[static_cast<std::size_t>(reasonIndex)]}};
    if (!note.trimmed().isEmpty())
        answer["note"] = note.trimmed().toStdString();
    notes.push_back(answer);
    auto saved = m_session->save(*account);
    if (!saved) {
        m_error = display::problem(saved.error());
        emit changed();
    }
    return saved.ok();
}
