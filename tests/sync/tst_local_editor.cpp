// This device's edits, stamped field by field with its hybrid logical clock, on a real database
// file: what a later merge reads to know which edit of a field came last.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "merge/three_way_merge.h"
#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::merge;

namespace {

Document document(const std::string &json, const std::string &rev = {})
{
    auto doc = Document::parse(json);
    if (!doc)
        qFatal("bad test document");
    doc->rev = rev;
    return *doc;
}

Stamp stampAt(const Document &doc, const std::string &path)
{
    auto stamp = Stamp::parse(doc.body[clocksField][path].get<std::string>());
    if (!stamp)
        qFatal("no stamp at %s", path.c_str());
    return *stamp;
}

} // namespace

class LocalEditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::string path = dir.filePath(QStringLiteral("phone.sqlite")).toStdString();
    std::int64_t wall = 1000;

private slots:
    void save_stampsExactlyTheFieldsItChanged()
    {
        auto store = std::move(*notebook::openStore(path));
        auto editor = LocalEditor::open(*store, [this] { return wall; });
        CHECK_OK(editor);
        auto created = (*editor)->save(document(R"({"_id":"c1","type":"contact","firstName":"Ben",
            "role":"user","family":[{"id":"f1","name":"Mia"}]})"));
        CHECK_OK(created);
        auto first = *store->get("c1");
        QCOMPARE(stampAt(first, "firstName").millis, std::int64_t(1000));
        QCOMPARE(stampAt(first, "firstName").device, (*editor)->device());

        wall = 2000;
        CHECK_OK((*editor)->save(document(R"({"_id":"c1","type":"contact","firstName":"Ben",
            "role":"decision_maker","family":[{"id":"f1","name":"Mia","likes":["chess"]}]})",
                                          created->rev)));
        auto second = *store->get("c1");
        QCOMPARE(stampAt(second, "firstName").millis, std::int64_t(1000)); // untouched
        QCOMPARE(stampAt(second, "role").millis, std::int64_t(2000));
        QCOMPARE(stampAt(second, "family/f1/likes").millis, std::int64_t(2000));
        QVERIFY(!second.body[clocksField].contains("family/f1/name"));
    }

    void clock_neverRunsBackwardsAcrossARestartNorBehindTheEditItReplaces()
    {
        {
            auto store = std::move(*notebook::openStore(path));
            wall = 5000;
            auto editor = std::move(*LocalEditor::open(*store, [this] { return wall; }));
            auto current = *store->get("c1");
            CHECK_OK(editor->save(
                document(R"({"_id":"c1","type":"contact","firstName":"Benjamin"})", current.rev)));
        }
        // The phone's clock is set back an hour, and the app starts again.
        wall = 1000;
        auto store = std::move(*notebook::openStore(path));
        auto editor = std::move(*LocalEditor::open(*store, [this] { return wall; }));
        auto current = *store->get("c1");
        CHECK_OK(editor->save(
            document(R"({"_id":"c1","type":"contact","firstName":"Benji"})", current.rev)));
        const auto later = *store->get("c1");
        QVERIFY(stampAt(later, "firstName") > stampAt(current, "firstName"));

        // An edit of a field another device stamped with a clock far ahead still comes after it.
        Json ahead = later.body;
        ahead["clocks"]["firstName"] = Stamp {900000, 3, "tablet"}.text();
        Document fromTablet = later;
        fromTablet.body = ahead;
        auto synced = store->put(fromTablet);
        CHECK_OK(synced);
        CHECK_OK(editor->save(document(R"({"_id":"c1","type":"contact","firstName":"Ben","clocks":)"
                                           + ahead["clocks"].dump() + "}",
                                       synced->rev)));
        QVERIFY(stampAt(*store->get("c1"), "firstName") > Stamp({900000, 3, "tablet"}));
    }
};

QTEST_GUILESS_MAIN(LocalEditorTest)
#include "tst_local_editor.moc"
