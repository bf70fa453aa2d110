#include "controllers/today_actions.h"

#include "controllers/greeting_words.h"
#include "models/display_text.h"
#include "notebook/operations.h"
#include "relationship/greetings.h"
#include "store/store.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {

// An address keeps its "@" and "+" as they are, which every mail and messages app reads.
QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text, keep));
}

} // namespace

bool TodayActions::run(int action, const QString &documentId, const QString &data)
{
    if (!m_session || !m_session->ready())
        return false;
    using Action = TodayModel::Action;
    switch (static_cast<Action>(action)) {
    case Action::Email:
    case Action::TextMessage:
    case Action::Copy:
        return congratulate(documentId, data, static_cast<Action>(action));
    case Action::PlanFollowUp:
        return planFollowUp(documentId);
    case Action::NoFollowUpNeeded:
        return noFollowUpNeeded(documentId);
    case Action::MarkDone:
        return markDone(documentId);
    }
    setError(tr("Unknown action %1.").arg(action));
    return false;
}

namespace {

// How a greeting was sent, as the contact's document records it.
std::string sentVia(TodayModel::Action via)
{
    switch (via) {
    case TodayModel::Action::Email:
        return "email";
    case TodayModel::Action::TextMessage:
        return "sms";
    default:
        return "copy";
    }
}

} // namespace

bool TodayActions::markDone(const QString &followUpId)
{
    auto saved
        = rapport::notebook::setFollowUpDone(*m_session->editor(), followUpId.toStdString(), true);
    setError(saved ? QString() : display::problem(saved.error()));
    return saved.ok();
}

bool TodayActions::congratulate(const QString &contactId, const QString &occasion,
                                TodayModel::Action via)
{
    const auto dash = occasion.lastIndexOf(QLatin1Char('-'));
    const auto kind = occasion.left(dash).toStdString();
    const int year = occasion.mid(dash + 1).toInt();
    if (dash <= 0 || year <= 0 || (kind != "birthday" && kind != "anniversary")) {
        setError(tr("“%1” is not a birthday or an anniversary.").arg(occasion));
        return false;
    }
    auto contact = m_session->store()->get(contactId.toStdString());
    if (!contact) {
        setError(display::problem(contact.error()));
        return false;
    }
    const auto greeting = GreetingWords::forContact(contact->body, kind);
    const auto address = contact->body.value(
        via == TodayModel::Action::TextMessage ? "phone" : "email", std::string());
    if (via == TodayModel::Action::Copy) {
        if (auto *clipboard = QGuiApplication::clipboard())
            clipboard->setText(greeting.message);
    } else {
        // mailto: and sms: as RFC 6068 and RFC 5724 write them; the mail or messages app opens
        // with the words in place, and the person presses send.
        const QString url = via == TodayModel::Action::Email
            ? QStringLiteral("mailto:%1?subject=%2&body=%3")
                  .arg(percentEncoded(QString::fromStdString(address), "@+"),
                       percentEncoded(greeting.subject), percentEncoded(greeting.message))
            : QStringLiteral("sms:%1?body=%2")
                  .arg(percentEncoded(QString::fromStdString(address), "@+"),
                       percentEncoded(greeting.message));
        if (address.empty() || !QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode))) {
            setError(address.empty()
                         ? (via == TodayModel::Action::TextMessage
                                ? tr("There is no phone number for them in your notebook.")
                                : tr("There is no e-mail address for them in your notebook."))
                         : tr("No app could open the message; use Copy and paste it where you "
                              "write to them."));
            return false;
        }
    }
    auto updated = *contact;
    updated.body = rapport::relationship::withGreeting(contact->body, kind, year, sentVia(via),
                                                       display::isoDate(m_session->today()));
    auto saved = m_session->save(updated);
    setError(saved ? QString() : display::problem(saved.error()));
    return saved.ok();
}

bool TodayActions::planFollowUp(const QString &visitId)
{
    auto visit = m_session->store()->get(visitId.toStdString());
    if (!visit) {
        setError(display::problem(visit.error()));
        return false;
    }
    const auto plan = rapport::notebook::followUpAfterVisit(visit->id, visit->body,
                                                            display::isoDate(m_session->today()));
    auto planned = rapport::notebook::planFollowUp(*m_session->editor(), plan);
    setError(planned ? QString() : display::problem(planned.error()));
    return planned.ok();
}

bool TodayActions::noFollowUpNeeded(const QString &visitId)
{
    auto marked
        = rapport::notebook::markNoFollowUpNeeded(*m_session->editor(), visitId.toStdString());
    setError(marked ? QString() : display::problem(marked.error()));
    return marked.ok();
}

void TodayActions::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
