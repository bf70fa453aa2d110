#include "app/launch_options.h"

#include "places/geo.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <initializer_list>
#include <string_view>

QString LaunchOptions::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/rapport.sqlite");
}

namespace {

// Whether the raw command line names one of `options`: read before an application object
// exists, to choose which one to make.
bool namesAnyOf(int argc, const char *const *argv, std::initializer_list<std::string_view> options)
{
    for (int i = 1; i < argc; ++i)
        for (const auto option : options)
            if (std::string_view(argv[i]) == option)
                return true;
    return false;
}

} // namespace

bool LaunchOptions::asksOnlyForText(int argc, const char *const *argv)
{
    return namesAnyOf(argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version"});
}

bool LaunchOptions::asksForBackground(int argc, const char *const *argv)
{
    return namesAnyOf(argc, argv, {"--background"});
}

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rapport: a relationship notebook for field sales"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: in the user's data directory)."),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render PAGE offscreen to a PNG and quit."),
                                        QStringLiteral("page"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot, WxH."),
                                  QStringLiteral("size"), QStringLiteral("412x915"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("PNG file for --screenshot."),
                                 QStringLiteral("file"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Fill a new, empty notebook with realistic demo data first."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Show this day as today (YYYY-MM-DD)."),
                                   QStringLiteral("date"));
    const QCommandLineOption firstFrame(
        QStringLiteral("report-first-frame"),
        QStringLiteral("Print the milliseconds to the first frame of Today, and quit."));
    const QCommandLineOption background(
        QStringLiteral("background"),
        QStringLiteral("Run without a window: sync and the morning's reminders only."));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Open this record first, TYPE/ID."),
                                  QStringLiteral("record"));
    const QCommandLineOption nmea(
        QStringLiteral("nmea"),
        QStringLiteral("Read where the device is from this NMEA log, replayed as driven."),
        QStringLiteral("file"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("Be at this place, LATITUDE,LONGITUDE."),
                                QStringLiteral("place"));
    parser.addOptions(
        {db, screenshot, size, out, demo, today, firstFrame, background, open, nmea, at});
    parser.process(arguments);

    LaunchOptions options;
    options.databasePath = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    options.screenshotPage = parser.value(screenshot);
    options.screenshotFile = parser.value(out);
    options.demo = parser.isSet(demo);
    options.reportFirstFrame = parser.isSet(firstFrame);
    options.today = parser.value(today);
    options.nmeaLog = parser.value(nmea);
    options.at = parser.value(at);
    if (!options.at.isEmpty() && !rapport::places::parsePlace(options.at.toStdString()))
        options.error = QStringLiteral("--at must look like 53.866,10.684");
    if (parser.isSet(open)) {
        const auto record = parser.value(open);
        options.openType = record.section(QLatin1Char('/'), 0, 0);
        options.openId = record.section(QLatin1Char('/'), 1);
        if (options.openType.isEmpty() || options.openId.isEmpty())
            options.error = QStringLiteral("--open must look like contact/contact-1234");
    }
    if (!options.today.isEmpty() && !QDate::fromString(options.today, Qt::ISODate).isValid())
        options.error = QStringLiteral("--today must look like 2026-11-25");
    const auto match
        = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
    if (!match.hasMatch() && options.error.isEmpty())
        options.error = QStringLiteral("--size must look like 412x915");
    else
        options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    static const QStringList pages {
        QStringLiteral("today"),     QStringLiteral("accounts"), QStringLiteral("account"),
        QStringLiteral("contact"),   QStringLiteral("visit"),    QStringLiteral("followups"),
        QStringLiteral("search"),    QStringLiteral("more"),     QStringLiteral("sync"),
        QStringLiteral("conflicts"), QStringLiteral("settings"), QStringLiteral("data"),
        QStringLiteral("cadence"),   QStringLiteral("leads"),    QStringLiteral("duplicates"),
        QStringLiteral("photo"),     QStringLiteral("stand"),    QStringLiteral("lock"),
        QStringLiteral("forget"),    QStringLiteral("oldleads"), QStringLiteral("nearme"),
        QStringLiteral("route")};
    if (!options.screenshotPage.isEmpty() && !pages.contains(options.screenshotPage))
        options.error
            = QStringLiteral("--screenshot knows these pages: ") + pages.join(QStringLiteral(", "));
    else if (!options.screenshotPage.isEmpty() && options.screenshotFile.isEmpty())
        options.error = QStringLiteral("--screenshot needs --out FILE.png");
    return options;
}
