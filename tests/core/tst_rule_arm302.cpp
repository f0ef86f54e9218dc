#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm302 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed"); // the Dockerfile after the first fix
        const QString df = u"Dockerfile"_s;

        QTest::newRow("slim image, no deps")
            << QStringList{df, u"FROM python:3.11-slim\nRUN pip install mysqlclient==2.2.0\n"_s} << 1 << df << range(2, 17, 2, 28)
            << u"FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
               "default-libmysqlclient-dev build-essential pkg-config && rm -rf /var/lib/apt/lists/*\n"
               "RUN pip install mysqlclient==2.2.0\n"_s;
        QTest::newRow("apt line without the deps")
            << QStringList{df, u"FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3-pip gcc\nRUN pip3 install mysqlclient\n"_s}
            << 1 << df << range(3, 18, 3, 29)
            << u"FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3-pip gcc default-libmysqlclient-dev "
               "pkg-config\nRUN pip3 install mysqlclient\n"_s;
        QTest::newRow("alpine")
            << QStringList{df, u"FROM python:3.11-alpine\nRUN pip install mysqlclient\n"_s} << 1 << df << range(2, 17, 2, 28)
            << u"FROM python:3.11-alpine\nRUN apk add --no-cache mariadb-dev build-base pkgconf\nRUN pip install mysqlclient\n"_s;
        QTest::newRow("requirements file")
            << QStringList{df, u"FROM python:3.10-slim-bookworm\nCOPY . /src\nRUN pip install -r /src/requirements.txt\n"_s,
                           u"requirements.txt"_s, u"Django==4.2\nmysqlclient>=2.1\n"_s}
            << 1 << u"requirements.txt"_s << range(2, 1, 2, 12) << QString();

        QTest::newRow("deps installed")
            << QStringList{df, u"FROM python:3.11-slim\nRUN apt-get update && apt-get install -y default-libmysqlclient-dev "
                               "build-essential pkg-config\nRUN pip install mysqlclient\n"_s}
            << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("old release needs no pkg-config")
            << QStringList{df, u"FROM debian:bookworm\nRUN apt-get update && apt-get install -y python3-pip libmariadb-dev gcc\n"
                               "RUN pip install mysqlclient==2.1.1\n"_s}
            << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("full python image has compilers")
            << QStringList{df, u"FROM python:3.11\nRUN pip install mysqlclient\n"_s} << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("pure python client") << QStringList{df, u"FROM python:3.11-slim\nRUN pip install PyMySQL\n"_s} << 0
                                            << QString() << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM302"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().fixes.size(), 1);
        const Files after = applyFix(project, found.first());
        if (!fixed.isEmpty())
            QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM302"_s, after).size(), 0);
    }

    // The message names the packages of the stage's own package manager.
    void messageNamesTheStagesPackages_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("notNamed");
        QTest::addColumn<int>("fixes");
        QTest::newRow("alpine: apk names") << u"FROM python:3.11-alpine\nRUN pip install mysqlclient\n"_s
                                           << u"mariadb-dev, build-base, pkgconf"_s << u"default-libmysqlclient-dev"_s << 1;
        QTest::newRow("alpine via apk line") << u"FROM alpine:3.19\nRUN apk add --no-cache python3 py3-pip gcc\n"
                                                "RUN pip install mysqlclient==2.1.1\n"_s
                                             << u"does not install mariadb-dev"_s << u"libmysqlclient"_s << 1;
        QTest::newRow("debian: apt names") << u"FROM python:3.11-slim\nRUN pip install mysqlclient\n"_s
                                           << u"default-libmysqlclient-dev, build-essential, pkg-config"_s << u"mariadb-dev"_s
                                           << 1;
        QTest::newRow("rpm image: says so, no fix") << u"FROM rockylinux:9\nRUN dnf install -y python3-pip\n"
                                                       "RUN pip3 install mysqlclient==2.1.1\n"_s
                                                    << u"Debian package names"_s << u"mariadb-dev"_s << 0;
    }
    void messageNamesTheStagesPackages()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, named);
        QFETCH(QString, notNamed);
        QFETCH(int, fixes);
        const QList<Finding> found = runRule(u"ARM302"_s, {{u"Dockerfile"_s, dockerfile}});
        QCOMPARE(found.size(), 1);
        // The help quotes the source (which names Debian packages); the message must not mislead.
        const QString text = found.first().message + u'\n' + found.first().help;
        QVERIFY2(text.contains(named), qPrintable(text));
        QVERIFY2(!found.first().message.contains(notNamed), qPrintable(found.first().message));
        QCOMPARE(found.first().fixes.size(), fixes);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm302)
#include "tst_rule_arm302.moc"
