#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>

class DatabaseSession;

// Hands QML tests database sessions over real files: a fresh one, and one whose file was
// written by a newer Rapport. Stands in for the mail and messages apps too: mailto: and sms:
// URLs the pages open arrive here.
class TestSessions : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastOpenedUrl READ lastOpenedUrl NOTIFY urlOpened)

public:
    Q_INVOKABLE DatabaseSession *fresh();
    Q_INVOKABLE DatabaseSession *fromTheFuture();
    // The app started again on the same file: a new session, its own connection.
    Q_INVOKABLE DatabaseSession *reopen(const QString &path);
    // A file beside the databases, with these bytes (Latin-1 text stays Latin-1); its path.
    Q_INVOKABLE QString writeFile(const QString &name, const QString &text, bool latin1 = false);
    // A picture of one colour beside the databases (or at `name` when it is a whole path, as the
    // camera writes one), in the format its name says; its path.
    Q_INVOKABLE QString writePicture(const QString &name, int width, int height);
    Q_INVOKABLE static bool exists(const QString &path);
    // A photo of a business card (tests/fixture/card_maker, photographed straight) at `name`,
    // as the camera writes one: {path, name, company, title, email, phone (the mobile)}.
    Q_INVOKABLE QVariantMap writeCardPhoto(const QString &name, int index);
    // Saves a document given as JSON through the session, as a page would.
    Q_INVOKABLE void put(DatabaseSession *session, const QString &json);
    // A field of a stored document: text as it is, anything else as JSON; empty if none.
    Q_INVOKABLE QString field(DatabaseSession *session, const QString &id, const QString &key);
    // Documents a sync brings (a JSON array of bodies with their _id): written on a connection
    // of their own in one batch, as the sync thread writes them, and then announced.
    Q_INVOKABLE void arriveFromSync(DatabaseSession *session, const QString &jsonArray);
    // Flags likely duplicate contacts, as a sync or an import does.
    Q_INVOKABLE void flagDuplicates(DatabaseSession *session);
    // The texts among these that are English words of the UI which the language ("de", "fr")
    // says otherwise (read from i18n/rapport_<language>.ts): what a page shown in it must not show.
    Q_INVOKABLE static QStringList englishLeftIn(const QStringList &texts, const QString &language);

    // The device stands at this place from now on (for the sessions made after), as `--at`
    // does; and whether the person was asked if positions may be read is forgotten.
    Q_INVOKABLE static void placeDeviceAt(double latitude, double longitude);
    Q_INVOKABLE static void forgetPlaceConsent();

    QString lastOpenedUrl() const { return m_lastOpenedUrl; }
    void openMessageApps();
    void closeMessageApps();

public slots:
    void openUrl(const QUrl &url);

signals:
    void urlOpened();

private:
    QTemporaryDir m_dir;
    QString m_lastOpenedUrl;
    int m_count = 0;
};
