#pragma once

#include <QTest>

// Fails the test with the engine's own message when a Result is not ok. Evaluates once.
#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &checked_ = (expr);                                                             \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : checked_.error().describe().c_str());         \
    } while (false)
