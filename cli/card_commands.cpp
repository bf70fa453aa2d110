// read-card IMAGE: the business-card reader (cards/) from the command line, so that it can be
// driven and measured without the app.
#include "card_reader.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <ostream>

namespace rapport::cli {

int runReadCard(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1) {
        err << R"({"error":"invalid_argument","reason":"read-card needs the picture's file"})"
            << '\n';
        return 2;
    }
    cards::CardReader reader;
    const cards::CardReading reading = reader.read(QString::fromStdString(args.positional.front()));
    if (!reading.problem.isEmpty()) {
        const QJsonObject problem {{QStringLiteral("error"), QStringLiteral("not_read")},
                                   {QStringLiteral("reason"), reading.problem}};
        err << QJsonDocument(problem).toJson(QJsonDocument::Compact).toStdString() << '\n';
        return 1;
    }
    QJsonObject answer = reading.fields.toJson();
    if (args.flag("lines")) {
        QJsonArray lines;
        for (const cards::TextLine &line : reading.lines) {
            lines.append(QJsonObject {
                {QStringLiteral("text"), line.text},
                {QStringLiteral("confidence"), qRound(line.confidence * 100) / 100.0}});
        }
        answer.insert(QStringLiteral("lines"), lines);
    }
    out << QJsonDocument(answer).toJson(QJsonDocument::Indented).toStdString();
    return 0;
}

} // namespace rapport::cli
