#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// What the command line asked for: the database to open, and whether to render one page to a
// PNG offscreen instead of showing a window (for the README's pictures and for looking at a
// screen from a headless machine).
struct LaunchOptions
{
    QString databasePath;
    QString screenshotPage;
    QSize screenshotSize {412, 915};
    QString screenshotFile;
    // Fill a fresh notebook with demo data first.
    bool demo = false;
    // Print how long the first frame took from the start of main() and quit (the benchmark's).
    bool reportFirstFrame = false;
    // The day the app shows as today (screenshots that stay the same); empty: the real today.
    QString today;
    // The page to open first, "TYPE/ID" (a reminder tapped while only the agent ran).
    QString openType;
    QString openId;
    // Where the device is, for this run: an NMEA log replayed as driven, or one place
    // ("53.866,10.684"); either stands for the person's consent, for this run only.
    QString nmeaLog;
    QString at;
    QString error;

    // Parses the command line; --help and --version print and end the process here.
    static LaunchOptions parse(const QStringList &arguments);
    // Whether the command line only asks for text (--help, --version): then the app answers
    // without a window, so on a machine with no display as well.
    static bool asksOnlyForText(int argc, const char *const *argv);
    static QString defaultDatabasePath();
    // Whether the command line asks for the background agent: it starts without a window
    // system where there is none.
    static bool asksForBackground(int argc, const char *const *argv);
};
