// After an update that indexes a kind of record differently, the app's first open indexes it
// again with a window that says so and counts, before the screens open; a current notebook
// opens with no such window.
#include "app/notebook_preparation.h"
#include "app/translations.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RapportPlugin)

using namespace rapport;

class NotebookPreparationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("notebook.sqlite"));

    // The file as an older Rapport left it: contacts indexed by an earlier version.
    void writeNotebookIndexedByAnOlderRapport(int contacts)
    {
        auto store = notebook::openStore(m_path.toStdString());
        if (!store)
            qFatal("open: %s", store.error().describe().c_str());
        auto written = (*store)->writeBatch([&]() -> Status {
            for (int i = 0; i < contacts; ++i) {
                auto doc = Document::fromJson({{"_id", "contact-" + std::to_string(i)},
                                               {"type", "contact"},
                                               {"firstName", "Person"},
                                               {"lastName", "No" + std::to_string(i)}});
                if (auto put = (*store)->put(*doc); !put)
                    return put.error();
            }
            return {};
        });
        if (!written
            || !(*store)->database().exec(
                "UPDATE index_versions SET version = version - 1 WHERE part = 'contact'"))
            qFatal("could not write the old notebook");
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
        m_dir.setAutoRemove(true);
    }

    void anOutOfDateIndex_isBuiltWithAWindowThatCounts_thenTheNotebookOpensAtOnce()
    {
        writeNotebookIndexedByAnOlderRapport(5000);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));

        NotebookPreparation preparation(m_path);
        QStringList shown; // what the window said each time it counted
        connect(&preparation, &NotebookPreparation::progressed, this, [&] {
            for (auto *window : QGuiApplication::topLevelWindows())
                if (window->isVisible())
                    shown.append(preparation.counted());
        });
        auto opened = preparation.run(engine);
        QVERIFY(opened.ok());
        opened = rapport::Error {Errc::Internal, "closed"}; // as the app's session would close it

        QVERIFY(preparation.indexed());
        QCOMPARE(preparation.fraction(), 1.0);
        QCOMPARE(preparation.counted(), QStringLiteral("5,000 of 5,000 records"));
        QVERIFY2(!shown.isEmpty(), "no window while indexing");
        QVERIFY(shown.contains(QStringLiteral("5,000 of 5,000 records")));
        // And gone once it is done.
        QCoreApplication::processEvents();
        for (auto *window : QGuiApplication::topLevelWindows())
            QVERIFY(!window->isVisible());

        // The index is whole: the screens find every person.
        auto store = notebook::openStore(m_path.toStdString(), Store::Access::ReadOnly);
        QVERIFY(store.ok());
        NotebookQueries queries(**store);
        auto found = queries.search("No4999", 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().id, std::string("contact-4999"));

        // The next start indexes nothing and shows nothing.
        NotebookPreparation again(m_path);
        QVERIFY(again.run(engine).ok());
        QVERIFY(!again.indexed());
    }

    void aFileThatCannotBeOpened_isLeftToTheSessionToExplain()
    {
        const auto path = m_dir.filePath(QStringLiteral("not-a-notebook.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, and has to stay what it is");
        file.close();
        QQmlEngine engine;
        NotebookPreparation preparation(path);
        auto opened = preparation.run(engine);
        QVERIFY(!opened.ok());
        QVERIFY(!preparation.indexed());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("this is not a database, and has to stay what it is"));
    }
};

QTEST_MAIN(NotebookPreparationTest)
#include "tst_notebook_preparation.moc"
