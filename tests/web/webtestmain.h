#pragma once

#include "oht/web/packscheme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

/// QTEST_MAIN for WebEngine tests: the pack scheme must be registered before the
/// QApplication exists, which QTEST_MAIN does not allow.
#define OHT_WEB_TEST_MAIN(TestClass)                                                               \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        oht::web::registerPackScheme();                                                            \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
