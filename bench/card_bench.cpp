// The business-card reader over a generated set of card photos (tests/fixture/card_maker): how
// often each field is read exactly (after normalisation), and the time per card.
//
//   card_bench [--cards 200] [--seed 1] [--write DIR] [--verbose]
//
// --write keeps each photo (card-NNN.jpg) and its true fields (card-NNN.json) in DIR.
#include "bench_support.h"
#include "card_maker.h"
#include "card_reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>
#include <map>

using rapport::cards::CardFields;
using rapport::cards::testing::CardTruth;

namespace {

// What "exact after normalisation" forgives: case, spacing, and the commas between an
// address's parts.
QString normalised(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    text.replace(QStringLiteral("www."), QString());
    text = text.simplified().toLower();
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

struct Tally
{
    int right = 0;
    int asked = 0;

    void count(bool correct)
    {
        ++asked;
        right += correct ? 1 : 0;
    }
    double percent() const { return asked == 0 ? 100.0 : 100.0 * right / asked; }
};

QJsonObject truthJson(const CardTruth &truth, const QString &looks)
{
    QJsonArray phones;
    for (const auto &[number, label] : truth.phones) {
        phones.append(
            QJsonObject {{QStringLiteral("value"), number}, {QStringLiteral("label"), label}});
    }
    return QJsonObject {{QStringLiteral("name"), truth.name},
                        {QStringLiteral("title"), truth.title},
                        {QStringLiteral("company"), truth.company},
                        {QStringLiteral("emails"), QJsonArray::fromStringList(truth.emails)},
                        {QStringLiteral("phones"), phones},
                        {QStringLiteral("web"), truth.web},
                        {QStringLiteral("address"), truth.address},
                        {QStringLiteral("looks"), looks}};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int cards = 200;
    quint32 seed = 1;
    QString writeTo;
    bool verbose = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--cards") && i + 1 < args.size()) {
            cards = args[++i].toInt();
        } else if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toUInt();
        } else if (args[i] == QLatin1String("--write") && i + 1 < args.size()) {
            writeTo = args[++i];
        } else if (args[i] == QLatin1String("--verbose")) {
            verbose = true;
        }
    }
    if (!writeTo.isEmpty()) {
        QDir().mkpath(writeTo);
    }

    rapport::cards::CardReader reader;
    std::map<QString, Tally> tallies;
    // The lead form's line between "Read from the card" and "please check" (LeadPage.qml).
    constexpr double sureFrom = 0.85;
    Tally markedSure;
    Tally markedCheck;
    std::vector<double> seconds;
    int unread = 0;
    for (int index = 0; index < cards; ++index) {
        const auto made = rapport::cards::testing::makeCard(seed, index);
        if (!writeTo.isEmpty()) {
            const QString stem
                = QStringLiteral("%1/card-%2").arg(writeTo).arg(index, 3, 10, QLatin1Char('0'));
            QFile photo(stem + QStringLiteral(".jpg"));
            photo.open(QIODevice::WriteOnly);
            photo.write(made.jpeg);
            QFile truth(stem + QStringLiteral(".json"));
            truth.open(QIODevice::WriteOnly);
            truth.write(QJsonDocument(truthJson(made.truth, made.looks)).toJson());
        }
        QElapsedTimer timer;
        timer.start();
        const auto reading = reader.read(made.photo);
        seconds.push_back(timer.nsecsElapsed() / 1e9);
        if (!writeTo.isEmpty()) {
            const QString stem
                = QStringLiteral("%1/card-%2").arg(writeTo).arg(index, 3, 10, QLatin1Char('0'));
            made.photo.scaledToWidth(800, Qt::SmoothTransformation)
                .save(stem + QStringLiteral(".png"));
            reading.prepared.scaledToWidth(800, Qt::SmoothTransformation)
                .save(stem + QStringLiteral("-prepared.png"));
        }
        const CardFields &read = reading.fields;
        const CardTruth &truth = made.truth;
        if (!reading.problem.isEmpty()) {
            ++unread;
        }
        QStringList wrong;
        const auto check = [&](const char *field, const QString &expected,
                               const rapport::cards::ReadValue &got) {
            const bool right = normalised(expected) == normalised(got.text);
            tallies[QString::fromLatin1(field)].count(right);
            // The form says "Read from the card" (sure) or "please check": how often is a
            // field it calls sure wrong?
            if (!got.isEmpty() && got.confidence >= sureFrom) {
                markedSure.count(right);
            } else if (!got.isEmpty()) {
                markedCheck.count(right);
            }
            if (!right) {
                wrong.append(QStringLiteral("%1: \"%2\" read \"%3\"")
                                 .arg(QString::fromLatin1(field), expected, got.text));
            }
        };
        check("name", truth.name, read.name);
        check("company", truth.company, read.company);
        check("title", truth.title, read.title);
        check("address", truth.address, read.address);
        if (!truth.web.isEmpty()) {
            check("web", truth.web, read.web);
        }
        for (const QString &email : truth.emails) {
            const bool found = std::any_of(read.emails.begin(), read.emails.end(),
                                           [&](const auto &e) { return e.text == email; });
            tallies[QStringLiteral("email")].count(found);
            if (!found) {
                wrong.append(
                    QStringLiteral("email: %1 read %2")
                        .arg(email, read.emails.isEmpty() ? QString() : read.emails.first().text));
            }
        }
        for (const auto &[number, label] : truth.phones) {
            const auto match = std::find_if(read.phones.begin(), read.phones.end(),
                                            [&](const auto &p) { return p.number == number; });
            tallies[QStringLiteral("phone")].count(match != read.phones.end());
            tallies[QStringLiteral("phone label")].count(match != read.phones.end()
                                                         && match->label == label);
            if (match == read.phones.end()) {
                QStringList got;
                for (const auto &p : read.phones) {
                    got.append(p.number);
                }
                wrong.append(QStringLiteral("phone: %1 read %2").arg(number, got.join(u' ')));
            }
        }
        if (verbose && !wrong.isEmpty()) {
            std::printf("card %d (%s)%s\n", index, qPrintable(made.looks),
                        reading.readUpsideDown ? " [read upside down]" : "");
            for (const QString &w : wrong) {
                std::printf("    %s\n", qPrintable(w));
            }
            if (verbose && !reading.problem.isEmpty()) {
                std::printf("    problem: %s\n", qPrintable(reading.problem));
            }
        }
    }
    std::sort(seconds.begin(), seconds.end());
    double total = 0;
    for (const double s : seconds) {
        total += s;
    }
    std::printf("card reader over %d generated cards (seed %u)\n", cards, seed);
    std::printf("  %-12s %8s %10s %8s\n", "field", "exact", "of", "target");
    const std::map<QString, const char *> targets {{QStringLiteral("email"), ">= 95%"},
                                                   {QStringLiteral("phone"), ">= 95%"},
                                                   {QStringLiteral("name"), ">= 85%"},
                                                   {QStringLiteral("company"), ">= 85%"}};
    for (const auto &[field, tally] : tallies) {
        const auto target = targets.find(field);
        std::printf("  %-12s %7.1f%% %10d %8s\n", qPrintable(field), tally.percent(), tally.asked,
                    target == targets.end() ? "" : target->second);
    }
    std::printf("  no card found: %d of %d\n", unread, cards);
    std::printf("  name, company, title, web, address the form calls sure (>= %.2f): %d, of them "
                "right %.1f%%; to check: %d, of them right %.1f%%\n",
                sureFrom, markedSure.asked, markedSure.percent(), markedCheck.asked,
                markedCheck.percent());
    if (!seconds.empty()) {
        std::printf("  time per card: mean %.0f ms, p50 %.0f ms, p95 %.0f ms, max %.0f ms (target "
                    "< 1500 ms)\n",
                    1000 * total / double(seconds.size()), 1000 * seconds[seconds.size() / 2],
                    1000 * seconds[seconds.size() * 95 / 100], 1000 * seconds.back());
    }
    std::printf("  peak memory %.0f MiB\n", rapport::bench::peakMemoryMiB());
    return 0;
}
