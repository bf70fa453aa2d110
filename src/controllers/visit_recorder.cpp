#include "controllers/visit_recorder.h"

#include "app/database_session.h"
#include "app/whereabouts.h"
#include "controllers/camera_roll.h"
#include "controllers/file_attachment.h"
#include "models/display_text.h"
#include "notebook/display_name.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "notebook/record_checks.h"
#include "store/store.h"

#include <QFileInfo>
#include <QLocale>
#include <algorithm>

VisitRecorder::VisitRecorder(QObject *parent)
    : QObject(parent), m_draft(rapport::Json::object()) { }

void VisitRecorder::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session->whereabouts(), nullptr, this, nullptr);
    m_session = session;
    m_plannedToday = readPlannedToday();
    emit sessionChanged();
    loadDraft();
    if (m_session) {
        connect(m_session->whereabouts(), &Whereabouts::positionChanged, this,
                &VisitRecorder::positionMoved);
        positionMoved();
    }
}

std::optional<rapport::notebook::VisitPosition> VisitRecorder::visitPosition() const
{
    // With consent taken back, nothing read before is used either.
    if (m_fixes.empty() || !m_session->whereabouts()->consented())
        return std::nullopt;
    auto place = m_session->queries()->accountPlace(accountId().toStdString());
    if (!place || !*place)
        return m_fixes.back();
    const auto site = (*place)->place;
    return *std::min_element(m_fixes.begin(), m_fixes.end(), [&site](const auto &a, const auto &b) {
        return rapport::places::distanceMetres(a.point, site)
            < rapport::places::distanceMetres(b.point, site);
    });
}

void VisitRecorder::positionMoved()
{
    QString id, name;
    const auto here
        = m_session && m_session->ready() ? m_session->whereabouts()->position() : std::nullopt;
    if (here) {
        // A fix a second for an hour's visit, at the most.
        if (m_fixes.size() >= 4000)
            m_fixes.erase(m_fixes.begin(), m_fixes.begin() + 1000);
        m_fixes.push_back({*here, m_session->whereabouts()->accuracy()});
        auto nearest
            = m_session->queries()->accountsNear(*here, display::isoDate(m_session->today()), 0, 1);
        if (nearest && !nearest->empty()
            && nearest->front().metres <= m_session->whereabouts()->checkInMetres()) {
            id = QString::fromStdString(nearest->front().id);
            name = QString::fromStdString(nearest->front().name);
        }
    }
    if (id == m_hereId && name == m_hereName)
        return;
    m_hereId = id;
    m_hereName = name;
    emit hereChanged();
    // Arrived at a customer with a visit not begun: it is for them.
    if (!m_hereId.isEmpty() && accountId().isEmpty())
        setAccountId(m_hereId);
}

rapport::Json VisitRecorder::freshDraft() const
{
    const auto today = m_session ? m_session->today() : QDate::currentDate();
    return rapport::Json {{"date", display::isoDate(today)}};
}

void VisitRecorder::loadDraft()
{
    m_draft = freshDraft();
    m_resumed = false;
    if (m_session && m_session->ready()) {
        auto stored = m_session->store()->getLocal(draftDocumentId);
        if (stored && stored->is_object()) {
            m_draft = std::move(*stored);
            m_resumed = true;
        }
        m_draftStored = m_resumed;
    }
    draftReplaced();
}

// Durable before the keystroke's event returns: a kill right after loses nothing.
void VisitRecorder::writeDraft()
{
    if (!m_session || !m_session->ready())
        return;
    auto written = m_session->store()->putLocal(draftDocumentId, m_draft);
    setError(written
                 ? QString()
                 : tr("The draft could not be saved: %1").arg(display::problem(written.error())));
    if (written && !m_draftStored) {
        m_draftStored = true;
        m_session->announceVisitDraft();
    }
}

void VisitRecorder::draftGone()
{
    m_draftStored = false;
    if (m_session)
        m_session->announceVisitDraft();
}

QString VisitRecorder::field(const char *key) const
{
    auto found = m_draft.find(key);
    return found != m_draft.end() && found->is_string()
        ? QString::fromStdString(found->get<std::string>())
        : QString();
}

void VisitRecorder::setField(const char *key, const QString &value,
                             void (VisitRecorder::*changed)())
{
    if (field(key) == value)
        return;
    m_draft[key] = value.toStdString();
    writeDraft();
    emit(this->*changed)();
}

void VisitRecorder::draftReplaced()
{
    m_fixes.clear();
    emit accountChanged();
    emit peopleChanged();
    emit dateChanged();
    emit titleChanged();
    emit notesChanged();
    emit outcomeChanged();
    emit nextStepsChanged();
    emit filesChanged();
    emit resumedChanged();
}

void VisitRecorder::setAccountId(const QString &id)
{
    if (id == accountId())
        return;
    // People met belong to the customer visited: another customer starts with nobody picked.
    m_draft["contactIds"] = rapport::Json::array();
    setField("accountId", id, &VisitRecorder::accountChanged);
    emit peopleChanged();
    if (m_session)
        m_session->announceVisitDraft();
}

QString VisitRecorder::accountName() const
{
    return m_session ? accountNameOf(*m_session, accountId()) : QString();
}

QString VisitRecorder::accountNameOf(const DatabaseSession &session, const QString &accountId)
{
    if (!session.ready() || accountId.isEmpty())
        return {};
    auto account = session.store()->get(accountId.toStdString());
    return account ? QString::fromStdString(account->body.value("name", std::string())) : QString();
}

QStringList VisitRecorder::contactIds() const
{
    QStringList out;
    if (auto found = m_draft.find("contactIds"); found != m_draft.end() && found->is_array())
        for (const auto &id : *found)
            if (id.is_string())
                out.append(QString::fromStdString(id.get<std::string>()));
    return out;
}

QStringList VisitRecorder::contactNames() const
{
    QStringList out;
    if (!m_session || !m_session->ready())
        return out;
    for (const auto &id : contactIds()) {
        auto contact = m_session->store()->get(id.toStdString());
        if (!contact)
            continue;
        out.append(display::text(rapport::notebook::personName(contact->body)));
    }
    return out;
}

void VisitRecorder::setDate(const QString &date)
{
    if (auto day = rapport::notebook::checkDay(date.trimmed().toStdString()); !day) {
        setError(display::problem(day.error()));
        return;
    }
    setError({});
    setField("date", date.trimmed(), &VisitRecorder::dateChanged);
}

QVariantList VisitRecorder::nextSteps() const
{
    QVariantList out;
    if (auto found = m_draft.find("nextSteps"); found != m_draft.end() && found->is_array())
        for (const auto &step : *found)
            out.append(QVariantMap {
                {QStringLiteral("title"),
                 QString::fromStdString(step.value("title", std::string()))},
                {QStringLiteral("due"), QString::fromStdString(step.value("due", std::string()))}});
    return out;
}

QVariantList VisitRecorder::readPlannedToday() const
{
    QVariantList out;
    if (!m_session || !m_session->ready())
        return out;
    auto visits = m_session->queries()->visitsOn(display::isoDate(m_session->today()));
    if (!visits)
        return out;
    QStringList seen;
    for (const auto &visit : *visits) {
        const auto accountId = QString::fromStdString(visit.accountId);
        if (!visit.planned || accountId.isEmpty() || seen.contains(accountId))
            continue;
        seen.append(accountId);
        out.append(QVariantMap {{QStringLiteral("accountId"), QVariant(accountId)},
                                {QStringLiteral("name"), display::text(visit.accountName)},
                                {QStringLiteral("title"), display::text(visit.title)}});
    }
    return out;
}

bool VisitRecorder::isPlannedToday(const QString &accountId) const
{
    return std::any_of(
        m_plannedToday.begin(), m_plannedToday.end(), [&accountId](const QVariant &entry) {
            return entry.toMap().value(QStringLiteral("accountId")).toString() == accountId;
        });
}

QVariantList VisitRecorder::files() const
{
    QVariantList out;
    const QLocale locale;
    if (auto found = m_draft.find("files"); found != m_draft.end() && found->is_array())
        for (const auto &path : *found) {
            const QFileInfo file(QString::fromStdString(path.get<std::string>()));
            out.append(QVariantMap {
                {QStringLiteral("name"), file.fileName()},
                {QStringLiteral("path"), file.filePath()},
                {QStringLiteral("size"),
                 file.exists()
                     ? locale.formattedDataSize(file.size(), 1, QLocale::DataSizeTraditionalFormat)
                     : tr("gone from this device")},
            });
        }
    return out;
}

bool VisitRecorder::addFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("“%1” could not be read.").arg(info.fileName()));
        return false;
    }
    if (!m_draft.contains("files") || !m_draft["files"].is_array())
        m_draft["files"] = rapport::Json::array();
    m_draft["files"].push_back(info.absoluteFilePath().toStdString());
    setError({});
    writeDraft();
    emit filesChanged();
    return true;
}

void VisitRecorder::removeFile(int index)
{
    auto found = m_draft.find("files");
    if (found == m_draft.end() || !found->is_array() || index < 0
        || index >= static_cast<int>(found->size()))
        return;
    const auto path = (*found)[static_cast<std::size_t>(index)];
    found->erase(found->begin() + index);
    if (path.is_string())
        CameraRoll::discard(QString::fromStdString(path.get<std::string>()));
    writeDraft();
    emit filesChanged();
}

// The draft's files as the visit keeps them, each under its own name ("shelf (2).jpg" for a
// second "shelf.jpg"); or why one cannot be read (the draft stays, nothing is lost).
rapport::Result<rapport::Attachments> VisitRecorder::filesToKeep() const
{
    rapport::Attachments kept;
    for (const auto &file : files()) {
        const QString path = file.toMap().value(QStringLiteral("path")).toString();
        auto attachment = attachmentFromFile(path);
        if (!attachment)
            return rapport::Error {rapport::Errc::BadRequest,
                                   tr("“%1” is gone from this device or cannot be read: "
                                      "remove it from the visit to save the rest.")
                                       .arg(QFileInfo(path).fileName())
                                       .toStdString()};
        kept[unusedName(kept, QFileInfo(path))] = std::move(*attachment);
    }
    return kept;
}

bool VisitRecorder::createAccount(const QString &name)
{
    if (!m_session || !m_session->ready())
        return false;
    auto created = rapport::notebook::createAccount(*m_session->editor(), name.toStdString());
    if (!created) {
        setError(display::problem(created.error()));
        return false;
    }
    setError({});
    setAccountId(QString::fromStdString(*created));
    return true;
}

void VisitRecorder::addContact(const QString &contactId)
{
    auto ids = contactIds();
    if (contactId.isEmpty() || ids.contains(contactId))
        return;
    m_draft["contactIds"].push_back(contactId.toStdString());
    writeDraft();
    emit peopleChanged();
}

void VisitRecorder::removeContact(const QString &contactId)
{
    auto ids = m_draft.value("contactIds", rapport::Json::array());
    auto kept = rapport::Json::array();
    for (const auto &id : ids)
        if (id != contactId.toStdString())
            kept.push_back(id);
    m_draft["contactIds"] = kept;
    writeDraft();
    emit peopleChanged();
}

bool VisitRecorder::createContact(const QString &firstName, const QString &lastName)
{
    if (!m_session || !m_session->ready())
        return false;
    auto created
        = rapport::notebook::createContact(*m_session->editor(), firstName.toStdString(),
                                           lastName.toStdString(), accountId().toStdString());
    if (!created) {
        setError(display::problem(created.error()));
        return false;
    }
    setError({});
    addContact(QString::fromStdString(*created));
    return true;
}

bool VisitRecorder::addNextStep(const QString &title, const QString &due)
{
    const rapport::notebook::NextStep step {title.trimmed().toStdString(),
                                            due.trimmed().toStdString()};
    if (const auto problem = rapport::notebook::nextStepProblem(step); !problem.empty()) {
        setError(QString::fromStdString(problem));
        return false;
    }
    rapport::Json stored {{"title", step.title}};
    if (!step.due.empty())
        stored["due"] = step.due;
    if (!m_draft.contains("nextSteps") || !m_draft["nextSteps"].is_array())
        m_draft["nextSteps"] = rapport::Json::array();
    m_draft["nextSteps"].push_back(std::move(stored));
    setError({});
    writeDraft();
    emit nextStepsChanged();
    return true;
}

QString VisitRecorder::dueDate(const QString &shortcut) const
{
    const auto today = m_session ? m_session->today() : QDate::currentDate();
    QDate due;
    if (shortcut == QLatin1String("tomorrow"))
        due = today.addDays(1);
    else if (shortcut == QLatin1String("next-week"))
        due = today.addDays(7);
    else if (shortcut == QLatin1String("next-month"))
        due = today.addMonths(1);
    return due.isValid() ? QString::fromStdString(display::isoDate(due)) : QString();
}

void VisitRecorder::removeNextStep(int index)
{
    auto found = m_draft.find("nextSteps");
    if (found == m_draft.end() || !found->is_array() || index < 0
        || index >= static_cast<int>(found->size()))
        return;
    found->erase(static_cast<std::size_t>(index));
    writeDraft();
    emit nextStepsChanged();
}

bool VisitRecorder::finish()
{
    if (!m_session || !m_session->ready())
        return false;
    rapport::notebook::VisitEntry entry;
    entry.accountId = accountId().toStdString();
    entry.date = date().toStdString();
    entry.title = title().toStdString();
    entry.notes = notes().toStdString();
    entry.outcome = outcome().toStdString();
    for (const auto &id : contactIds())
        entry.contactIds.push_back(id.toStdString());
    for (const auto &step : m_draft.value("nextSteps", rapport::Json::array()))
        entry.nextSteps.push_back(
            {step.value("title", std::string()), step.value("due", std::string())});
    auto files = filesToKeep();
    if (!files) {
        setError(display::problem(files.error()));
        return false;
    }
    entry.files = std::move(*files);
    entry.position = visitPosition();
    entry.checkInMetres = m_session->whereabouts()->checkInMetres();
    auto recorded = rapport::notebook::recordVisit(*m_session->editor(), entry);
    if (!recorded) {
        setError(recorded.error().code == rapport::Errc::BadRequest
                     ? display::problem(recorded.error())
                     : tr("The visit could not be saved; your draft is kept. %1")
                           .arg(display::problem(recorded.error())));
        return false;
    }
    // The draft goes only once the visit is safely written.
    if (auto removed = m_session->store()->removeLocal(draftDocumentId); !removed)
        setError(display::problem(removed.error()));
    else
        setError({});
    discardCameraPhotos();
    m_draft = freshDraft();
    m_resumed = false;
    draftReplaced();
    draftGone();
    emit finished(QString::fromStdString(recorded->visitId));
    return true;
}

void VisitRecorder::discard()
{
    if (m_session && m_session->ready()) {
        if (auto removed = m_session->store()->removeLocal(draftDocumentId); !removed) {
            setError(display::problem(removed.error()));
            return;
        }
    }
    discardCameraPhotos();
    m_draft = freshDraft();
    m_resumed = false;
    setError({});
    draftReplaced();
    draftGone();
}

// The photos the camera took for this draft: in the store once the visit is saved, or not
// wanted once the draft is discarded.
void VisitRecorder::discardCameraPhotos() const
{
    for (const auto &file : files())
        CameraRoll::discard(file.toMap().value(QStringLiteral("path")).toString());
}

void VisitRecorder::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
