#include "agent_lock.h"
#include "app/attachment_images.h"
#include "app/background_agent.h"
#include "app/database_session.h"
#include "app/demo_notebook.h"
#include "app/launch_options.h"
#include "app/notebook_preparation.h"
#include "app/preferences.h"
#include "app/reminder_scheduler.h"
#include "app/sync_controller.h"
#include "app/translations.h"
#include "app/whereabouts.h"
#include "desktop_notifications.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(RapportPlugin)

namespace {

// Renders the window once it has drawn a frame, saves it, and quits.
void saveScreenshotAndQuit(QQuickWindow *window, const QString &file)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, file] {
            // A second frame lets late bindings (fonts, layouts) settle before the picture.
            QTimer::singleShot(200, window, [window, file] {
                const bool saved = window->grabWindow().save(file);
                if (!saved)
                    std::fprintf(stderr, "could not write %s\n", qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

// The document a screenshot of a detail page shows: the first account or person; for search,
// the words typed.
QString screenshotDocument(const DatabaseSession &session, const QString &page)
{
    if (!session.ready())
        return {};
    if (page == QLatin1String("account")) {
        auto accounts = session.queries()->accounts({}, std::nullopt, 1);
        return accounts && !accounts->empty() ? QString::fromStdString(accounts->front().id)
                                              : QString();
    }
    if (page == QLatin1String("contact") || page == QLatin1String("forget")) {
        auto contacts = session.queries()->contactsByName(std::nullopt, 1);
        return contacts && !contacts->empty() ? QString::fromStdString(contacts->front().id)
                                              : QString();
    }
    if (page == QLatin1String("photo")) { // that person's first picture: "<id>/<name>"
        auto contacts = session.queries()->contactsByName(std::nullopt, 1);
        auto contact = contacts && !contacts->empty()
            ? session.store()->get(contacts->front().id)
            : rapport::Result<rapport::Document>(
                rapport::Error {rapport::Errc::NotFound, "no contact"});
        if (!contact)
            return {};
        for (const auto &[name, attachment] : contact->attachments) {
            if (attachment.contentType.starts_with("image/"))
                return QString::fromStdString(contact->id + "/" + name);
        }
        return {};
    }
    if (page == QLatin1String("search"))
        return QStringLiteral("baseball");
    if (page == QLatin1String("duplicates")) { // the first pair, side by side
        auto pairs = session.queries()->openDuplicates(1);
        return pairs && !pairs->empty() ? QString::fromStdString(pairs->front().id) : QString();
    }
    return {};
}

} // namespace

// Prints the time from the start of main() to the first frame on screen, and quits.
void reportFirstFrameAndQuit(QQuickWindow *window, const QElapsedTimer &sinceStart)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&sinceStart] {
            std::printf("first frame %.1f ms\n",
                        static_cast<double>(sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
}

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
}

// `rapport --background`: sync and reminders with no window. A widget application where there is
// a display (for the tray icon), else one with no window system at all.
int runInBackground(int argc, char *argv[])
{
    const bool display = qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    std::unique_ptr<QCoreApplication> app = display
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    nameTheApplication();
    Translations::applyAtStart();
    const auto options = LaunchOptions::parse(app->arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    if (auto *widgets = qobject_cast<QApplication *>(app.get()))
        widgets->setQuitOnLastWindowClosed(false); // the tray's menu is no reason to end
    BackgroundAgent agent(options.databasePath);
    QString why;
    switch (agent.start(&why)) {
    case BackgroundAgent::Start::AlreadyRunning:
        std::printf("%s\n", qPrintable(why));
        return 0;
    case BackgroundAgent::Start::Failed:
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    case BackgroundAgent::Start::Running:
        break;
    }
    std::printf("Rapport runs in the background for %s\n", qPrintable(options.databasePath));
    std::fflush(stdout);
    return app->exec();
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // QGuiApplication needs a display to start; the options and the version need none.
    if (LaunchOptions::asksOnlyForText(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        nameTheApplication();
        LaunchOptions::parse(textOnly.arguments()); // prints, and ends the process
        return 0;
    }
    if (LaunchOptions::asksForBackground(argc, argv))
        return runInBackground(argc, argv);
    QGuiApplication app(argc, argv);
    nameTheApplication();
    // Before any text is made: the pages, the notebook's first messages.
    Translations::applyAtStart();

    const auto options = LaunchOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    // This window syncs and reminds now: an agent that did so for this notebook ends first.
    if (!options.nmeaLog.isEmpty()) {
        Whereabouts::setSourceFactory(Whereabouts::nmeaLogSource(options.nmeaLog));
        Whereabouts::consentForThisRun();
    } else if (!options.at.isEmpty()) {
        Whereabouts::setSourceFactory(
            Whereabouts::fixedPlaceSource(*rapport::places::parsePlace(options.at.toStdString())));
        Whereabouts::consentForThisRun();
    }
    const bool interactive = options.screenshotPage.isEmpty() && !options.reportFirstFrame;
    rapport::platform::AgentLock agentLock(options.databasePath);
    const bool remindsHere = interactive && agentLock.takeOver(5000);

    QQmlApplicationEngine engine;
    // Qt 6.4 places the module's qmldir under qrc:/Rapport/, which is not a default import path.
    engine.addImportPath(QStringLiteral("qrc:/"));
    AttachmentImages::install(engine);
    // Indexing again after an update happens here, with a window that counts, before the
    // screens read the notebook.
    NotebookPreparation preparation(options.databasePath);
    DatabaseSession session(options.databasePath, preparation.run(engine));
    session.setProtection(preparation.encrypted(), preparation.keyInFile());
    if (!options.today.isEmpty())
        session.setToday(QDate::fromString(options.today, Qt::ISODate));
    if (options.demo && session.ready()) {
        if (const auto problem = fillDemoNotebook(*session.store(), session.today());
            !problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
    }
    // Sync runs by itself once signed in. What waits goes up before the app is hidden or quits,
    // within the few seconds a phone's OS gives it.
    SyncController sync;
    sync.setSession(&session);
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &sync,
                     [&sync](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
                             sync.flush(3000);
                     });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sync, [&sync] { sync.flush(5000); });
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&session)},
        {QStringLiteral("sync"), QVariant::fromValue(&sync)},
        {QStringLiteral("startPage"),
         options.screenshotPage.isEmpty() ? QStringLiteral("today") : options.screenshotPage},
        {QStringLiteral("startDocument"), screenshotDocument(session, options.screenshotPage)},
        {QStringLiteral("width"), options.screenshotSize.width()},
        {QStringLiteral("height"), options.screenshotSize.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/Rapport/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (options.reportFirstFrame)
        reportFirstFrameAndQuit(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()),
                                sinceStart);
    if (!options.screenshotPage.isEmpty()) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        saveScreenshotAndQuit(window, options.screenshotFile);
    }
    // The morning's reminders where the desktop shows notifications; a tap on one opens its page.
    rapport::platform::DesktopNotifications notifications;
    ReminderScheduler reminders(session, notifications);
    reminders.followSettings();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!options.openType.isEmpty())
        QMetaObject::invokeMethod(window, "open", Q_ARG(QString, options.openType),
                                  Q_ARG(QString, options.openId));
    if (remindsHere && notifications.available()) {
        QObject::connect(&reminders, &ReminderScheduler::openRequested, window,
                         [window](const QString &type, const QString &id) {
                             QMetaObject::invokeMethod(window, "open", Q_ARG(QString, type),
                                                       Q_ARG(QString, id));
                             window->show();
                             window->raise();
                             window->requestActivate();
                         });
        reminders.start();
    }
    const int status = app.exec();
    // The window goes before the notebook it shows, or its bindings read a session gone.
    qDeleteAll(engine.rootObjects());
    // Closed with "keep running" on: the background agent goes on where the window stopped.
    if (remindsHere && Preferences::storedKeepRunning()) {
        agentLock.release();
        QProcess::startDetached(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--background"), QStringLiteral("--db"), options.databasePath});
    }
    return status;
}
