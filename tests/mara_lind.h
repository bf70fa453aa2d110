#pragma once

// Mara Lind as a salesperson comes to know her, for the tests of forgetting a person: her
// profile with her son's hobby, a visit she was at with a colleague, a visit whose notes name
// her, a follow-up, feedback, the lead she came from, a conflict that kept one of her values, a
// pair flagged as maybe one person, what was answered to the reminder of her birthday, a draft
// naming her.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "store/store.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTest>
#include <string>

namespace mara_lind {

// What she told the salesperson, as it would sit in a file.
inline const char *const values[] = {"Lind", "baseball", "1984-03-17", "Jonas"};

// The records that hold her values and are purged when she is forgotten.
inline const char *const herRecords[] = {"contact-mara",
                                         "followup-1",
                                         "feedback-1",
                                         "lead-1",
                                         "conflict-1",
                                         "duplicate-1",
                                         "reminder:birthday-2027:contact-mara"};

inline void save(rapport::merge::LocalEditor &editor, const std::string &json)
{
    auto doc = rapport::Document::parse(json);
    QVERIFY(doc.ok());
    auto saved = editor.save(*doc);
    QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().describe().c_str());
}

inline void fill(rapport::merge::LocalEditor &editor, rapport::Store &store)
{
    save(editor, R"({"_id":"account-lind","type":"account","name":"Nordic Ovens"})");
    save(editor, R"({"_id":"contact-mara","type":"contact","firstName":"Mara","lastName":"Lind",
        "accountId":"account-lind","birthday":"1984-03-17",
        "family":[{"id":"f1","name":"Jonas","relation":"son","interests":"baseball"}]})");
    save(editor, R"({"_id":"contact-olaf","type":"contact","firstName":"Olaf","lastName":"Berg",
        "accountId":"account-lind"})");
    save(editor, R"({"_id":"visit-1","type":"visit","accountId":"account-lind",
        "contactIds":["contact-mara","contact-olaf"],"date":"2026-10-01","notes":"New oven line"})");
    save(editor, R"({"_id":"visit-2","type":"visit","accountId":"account-lind",
        "contactIds":["contact-olaf"],"date":"2026-10-08","notes":"Olaf says Mara decides"})");
    save(editor, R"({"_id":"followup-1","type":"followup","title":"Send the brochure",
        "contactId":"contact-mara","accountId":"account-lind","done":false})");
    save(editor, R"({"_id":"feedback-1","type":"feedback","accountId":"account-lind",
        "contactId":"contact-mara","score":4,"said":"Likes the service"})");
    save(editor, R"({"_id":"lead-1","type":"lead","name":"Mara Lind","company":"Nordic Ovens",
        "contactId":"contact-mara"})");
    save(editor, R"({"_id":"conflict-1","type":"conflict","kind":"value","docId":"contact-mara",
        "field":"birthday","kept":"1984-03-17","lost":"1984-03-18","status":"open"})");
    save(editor, R"({"_id":"duplicate-1","type":"duplicate","ids":["contact-mara","contact-olaf"],
        "status":"dismissed"})");
    save(editor, R"({"_id":"reminder:birthday-2027:contact-mara","type":"reminder",
        "key":"birthday-2027:contact-mara","about":"contact-mara","done":true})");
    CHECK_OK(store.putLocal("_local/rapport-visit-draft",
                            rapport::Json::parse(R"({"contactIds":["contact-mara"],
                                "notes":"Ask Mara Lind about Jonas"})")));
}

// The first of her values found in the file, or an empty string.
inline QString valueIn(const QString &path)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    for (const char *value : values)
        if (bytes.contains(value))
            return QString::fromLatin1(value);
    return {};
}

// "“baseball” in DIR/FILE" for the first file under a directory that holds one of her values.
inline QString valueUnder(const QString &directory)
{
    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (const QString value = valueIn(path); !value.isEmpty())
            return QStringLiteral("“%1” in %2").arg(value, path);
    }
    return {};
}

} // namespace mara_lind
