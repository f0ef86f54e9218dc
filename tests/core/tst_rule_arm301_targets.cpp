// ARM301 with the stage's target: first aarch64 wheels per Python version (grpcio on 3.11),
// musllinux wheels on Alpine, releases published without aarch64 wheels (h5py 3.11.0),
// packages with x86-64 wheels only (Fiona, libsass) and glibc floors (manylinux_2_28 wheels on
// CentOS 7 / Amazon Linux 2). The Python version and libc come from the FROM line.
#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm301Targets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QStringList>("extra");       // more files: path, content …
        QTest::addColumn<QString>("expected");        // "line:col-endLine:endCol" or empty
        QTest::addColumn<QString>("messagePart");

        // Per Python version: grpcio has cp311 aarch64 wheels from 1.53.0 only.
        QTest::newRow("grpcio 1.48 on python 3.11")
            << u"FROM python:3.11-slim\nRUN pip install grpcio==1.48.2\n"_s << QStringList{} << u"2:25-2:31"_s
            << u"Python 3.11 (inferred from the base image python:3.11-slim)"_s;
        QTest::newRow("grpcio 1.48 on python 3.10") << u"FROM python:3.10-slim\nRUN pip install grpcio==1.48.2\n"_s
                                                    << QStringList{} << QString() << QString();
        QTest::newRow("grpcio 1.53 on python 3.11") << u"FROM python:3.11-slim\nRUN pip install grpcio==1.53.0\n"_s
                                                    << QStringList{} << QString() << QString();
        QTest::newRow("grpcio on a distro python (guessed 3.11)")
            << u"FROM debian:bookworm\nRUN apt-get update && apt-get install -y python3-pip\nCOPY requirements.txt .\n"
               "RUN pip install -r requirements.txt\n"_s
            << QStringList{u"requirements.txt"_s, u"flask==3.0.0\ngrpcio==1.51.1\n"_s} << u"2:9-2:15"_s
            << u"inferred from the base image debian:bookworm"_s;
        QTest::newRow("h5py 3.6 on python 3.10") << u"FROM python:3.10\nRUN pip install h5py==3.6.0\n"_s << QStringList{}
                                                 << u"2:23-2:28"_s << u"first release with a Python 3.10 aarch64 wheel: 3.7.0"_s;

        // Alpine needs musllinux wheels, which came later than the manylinux ones.
        QTest::newRow("psutil 6.0 on alpine") << u"FROM python:3.8-alpine\nRUN pip install psutil==6.0.0\n"_s
                                              << QStringList{} << u"2:25-2:30"_s
                                              << u"musl libc, inferred from the base image python:3.8-alpine"_s;
        QTest::newRow("psutil 6.0 on slim") << u"FROM python:3.8-slim\nRUN pip install psutil==6.0.0\n"_s << QStringList{}
                                            << QString() << QString();
        QTest::newRow("psutil 7.2 on alpine") << u"FROM python:3.12-alpine\nRUN pip install psutil==7.2.0\n"_s
                                              << QStringList{} << QString() << QString();
        QTest::newRow("orjson unpinned on alpine") << u"FROM python:3.12-alpine\nRUN pip install orjson\n"_s << QStringList{}
                                                   << QString() << QString();
        QTest::newRow("orjson 3.6 on alpine stage via stage name")
            << u"FROM python:3.9-alpine3.16 AS base\nFROM base\nRUN pip install orjson==3.6.9\n"_s << QStringList{}
            << u"3:25-3:30"_s << u"first release with a musllinux aarch64 wheel: 3.7.3"_s;

        // Releases published without aarch64 wheels.
        QTest::newRow("h5py 3.11.0") << u"FROM python:3.12-slim\nRUN pip install h5py==3.11.0\n"_s << QStringList{}
                                     << u"2:23-2:29"_s << u"published without aarch64 wheels"_s;
        QTest::newRow("h5py 3.10.0") << u"FROM python:3.12-slim\nRUN pip install h5py==3.10.0\n"_s << QStringList{}
                                     << QString() << QString();
        QTest::newRow("grpcio 1.39.0 in requirements")
            << u"FROM python:3.9-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s
            << QStringList{u"requirements.txt"_s, u"grpcio==1.39.0\n"_s} << u"1:9-1:15"_s
            << u"published without aarch64 wheels"_s;

        // No aarch64 wheels in any release: the stage must be able to compile.
        QTest::newRow("fiona on slim") << u"FROM python:3.11-slim\nRUN pip install fiona==1.9.5\n"_s << QStringList{}
                                       << u"2:17-2:22"_s << u"libgdal-dev, build-essential"_s;
        QTest::newRow("fiona on alpine: apk names") << u"FROM python:3.11-alpine\nRUN pip install Fiona\n"_s
                                                    << QStringList{} << u"2:17-2:22"_s << u"gdal-dev, build-base"_s;
        QTest::newRow("fiona with build deps")
            << u"FROM python:3.11-slim\nRUN apt-get update && apt-get install -y build-essential libgdal-dev\n"
               "RUN pip install fiona==1.9.5\n"_s
            << QStringList{} << QString() << QString();
        QTest::newRow("libsass without compiler") << u"FROM python:3.10-slim\nRUN pip install libsass==0.22.0\n"_s
                                                  << QStringList{} << u"2:17-2:24"_s << u"publishes no aarch64 wheels"_s;

        // glibc floors: manylinux_2_28 wheels on glibc 2.17 / 2.26 images.
        QTest::newRow("greenlet 3.3 on amazonlinux 2")
            << u"FROM amazonlinux:2\nRUN yum install -y python3-pip && pip3 install greenlet==3.3.0\n"_s << QStringList{}
            << u"2:56-2:63"_s << u"amazonlinux:2 has glibc 2.26"_s;
        QTest::newRow("greenlet 3.3 on centos 7") << u"FROM centos:7\nRUN pip3 install 'greenlet>=3.3'\n"_s
                                                  << QStringList{} << u"2:27-2:32"_s << u"glibc 2.17"_s;
        QTest::newRow("greenlet 3.2 on amazonlinux 2")
            << u"FROM amazonlinux:2\nRUN pip3 install greenlet==3.2.0\n"_s << QStringList{} << QString() << QString();
        QTest::newRow("greenlet 3.3 on bookworm") << u"FROM python:3.12-slim\nRUN pip install greenlet==3.3.0\n"_s
                                                  << QStringList{} << QString() << QString();
    }
    void findings()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QFETCH(QString, messagePart);
        Files files = toFiles(extra);
        files.insert(u"Dockerfile"_s, dockerfile);
        const QList<Finding> found = runRule(u"ARM301"_s, files);
        for (const Finding &f : found)
            qDebug().noquote() << f.file << f.range.line << f.range.column << f.message;
        QCOMPARE(found.size(), expected.isEmpty() ? 0 : 1);
        if (expected.isEmpty())
            return;
        const Finding &f = found.first();
        QCOMPARE(u"%1:%2-%3:%4"_s.arg(f.range.line).arg(f.range.column).arg(f.range.endLine).arg(f.range.endColumn),
                 expected);
        QVERIFY2(f.message.contains(messagePart), qPrintable(f.message));
        QVERIFY2(f.help.contains(u"Source: "_s), qPrintable(f.help));
        QCOMPARE(f.severity, Severity::Error);
        // ARM302 is for packages without any Linux wheel: never both on one requirement.
        QVERIFY(runRule(u"ARM302"_s, files).isEmpty());
    }

    void fixes_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("fix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("grpcio per-Python pin") << u"FROM python:3.11-slim\nRUN pip install grpcio==1.48.2\n"_s << 0
                                               << u"FROM python:3.11-slim\nRUN pip install grpcio==1.53.0\n"_s;
        QTest::newRow("musl pin") << u"FROM python:3.11-alpine\nRUN pip install zstandard==0.21.0\n"_s << 0
                                  << u"FROM python:3.11-alpine\nRUN pip install zstandard==0.22.0\n"_s;
        QTest::newRow("musl build deps use apk") << u"FROM python:3.11-alpine\nRUN pip install zstandard==0.21.0\n"_s << 1
                                                 << u"FROM python:3.11-alpine\nRUN apk add --no-cache build-base python3-dev\n"
                                                    "RUN pip install zstandard==0.21.0\n"_s;
        QTest::newRow("skipped release: the release before") << u"FROM python:3.9-slim\nRUN pip install grpcio==1.39.0\n"_s << 0
                                                             << u"FROM python:3.9-slim\nRUN pip install grpcio==1.38.0\n"_s;
        QTest::newRow("fiona: apk build deps") << u"FROM python:3.11-alpine\nRUN apk add --no-cache bash\nRUN pip install fiona\n"_s
                                               << 0
                                               << u"FROM python:3.11-alpine\nRUN apk add --no-cache bash gdal-dev build-base\n"
                                                  "RUN pip install fiona\n"_s;
    }
    void fixes()
    {
        QFETCH(QString, dockerfile);
        QFETCH(int, fix);
        QFETCH(QString, expected);
        const Files files{{u"Dockerfile"_s, dockerfile}};
        const QList<Finding> found = runRule(u"ARM301"_s, files);
        QCOMPARE(found.size(), 1);
        QVERIFY(fix < found.first().fixes.size());
        const Files fixed = applyFix(files, found.first(), fix);
        QCOMPARE(fixed.value(u"Dockerfile"_s), expected);
        // A pin removes the problem; installing build dependencies keeps the (slow) source build.
        if (found.first().fixes.at(fix).title.startsWith(u"Pin"_s))
            QVERIFY(runRule(u"ARM301"_s, fixed).isEmpty());
    }

    void glibcFindingHasNoWrongPin()
    {
        // The good direction is older releases or a newer image: no "first good version" to pin.
        const QList<Finding> found
            = runRule(u"ARM301"_s, {{u"Dockerfile"_s, u"FROM centos:7\nRUN pip3 install greenlet==3.3.0\n"_s}});
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().fixes.isEmpty());
        QVERIFY(found.first().help.contains(u"below 3.3.0"_s));
    }
};

QTEST_GUILESS_MAIN(TestRuleArm301Targets)
#include "tst_rule_arm301_targets.moc"
