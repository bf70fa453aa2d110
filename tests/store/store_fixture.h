#pragma once

#include "check_ok.h"
#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <string>

// A fresh database file in its own temporary directory, removed after the test.
struct StoreFixture
{
    QTemporaryDir dir;
    std::string path = dir.filePath(QStringLiteral("rapport.sqlite")).toStdString();
    std::unique_ptr<rapport::Store> store = open();

    std::unique_ptr<rapport::Store> open()
    {
        auto opened = rapport::notebook::openStore(path);
        if (!opened)
            qFatal("cannot open test database: %s", opened.error().message.c_str());
        return std::move(*opened);
    }

    void reopen()
    {
        store.reset();
        store = open();
    }
};

inline rapport::Document makeDocument(const std::string &json)
{
    auto doc = rapport::Document::parse(json);
    if (!doc)
        qFatal("bad test document: %s", doc.error().message.c_str());
    return std::move(*doc);
}
