#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kCase2 = u"FROM public.ecr.aws/lts/ubuntu:20.04_stable\n"
                       "WORKDIR /home/app\n"
                       "RUN apt update && \\\n"
                       "    apt install -y --no-install-recommends python3-pip\n"
                       "RUN pip install numpy==1.18.5\n"_s;
}

class TestRuleArm301 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        const QString df = u"Dockerfile"_s;
        const QString head = u"FROM ubuntu:20.04\n"_s;

        QTest::newRow("talk case 2") << QStringList{df, kCase2} << df << 1 << df << range(5, 24, 5, 30);
        QTest::newRow("pip3, quoted") << QStringList{df, head + u"RUN pip3 install 'numpy==1.18.5'\n"_s} << df << 1 << df
                                      << range(2, 26, 2, 32);
        QTest::newRow("python3 -m pip") << QStringList{df, head + u"RUN python3 -m pip install --no-cache-dir scipy==1.4.1\n"_s}
                                        << df << 1 << df << range(2, 50, 2, 55);
        QTest::newRow("upper bound") << QStringList{df, head + u"RUN pip install \"pillow<7\"\n"_s} << df << 1 << df
                                     << range(2, 24, 2, 26);
        QTest::newRow("exec form") << QStringList{df, head + u"RUN [\"sh\", \"-c\", \"pip install torch==1.7.1\"]\n"_s} << df
                                   << 1 << df << range(2, 38, 2, 43);
        QTest::newRow("heredoc") << QStringList{df, u"FROM python:3.8-slim\nRUN <<EOF\npip install llvmlite==0.36.0\nEOF\n"_s}
                                 << df << 1 << df << range(3, 23, 3, 29);
        QTest::newRow("requirements via COPY")
            << QStringList{df, head + u"WORKDIR /home/app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"numpy==1.21.6\nmatplotlib==3.3.4\n"_s}
            << df << 1 << u"requirements.txt"_s << range(2, 13, 2, 18);
        QTest::newRow("folder copy, include, subfolder context")
            << QStringList{u"svc/Dockerfile"_s, head + u"COPY requirements/ /tmp/req/\nRUN pip install -r /tmp/req/prod.txt\n"_s,
                           u"svc/requirements/prod.txt"_s, u"-r base.txt\nflask==2.0.1\n"_s,
                           u"svc/requirements/base.txt"_s, u"uvloop==0.14.0\n"_s}
            << u"svc/Dockerfile"_s << 1 << u"svc/requirements/base.txt"_s << range(1, 9, 1, 15);
        QTest::newRow("bind mount")
            << QStringList{df, head + u"RUN --mount=type=bind,source=requirements.txt,target=/tmp/r.txt pip install -r /tmp/r.txt\n"_s,
                           u"requirements.txt"_s, u"shapely==1.7.1\n"_s}
            << df << 1 << u"requirements.txt"_s << range(1, 10, 1, 15);

        QTest::newRow("unpinned") << QStringList{df, head + u"RUN pip install numpy\n"_s} << df << 0 << QString() << SourceRange{};
        QTest::newRow("lower bound") << QStringList{df, head + u"RUN pip install numpy>=1.18\n"_s} << df << 0 << QString()
                                     << SourceRange{};
        QTest::newRow("good pin") << QStringList{df, head + u"RUN pip install numpy==1.21.6\n"_s} << df << 0 << QString()
                                  << SourceRange{};
        QTest::newRow("arch branch")
            << QStringList{df, head + u"ARG TARGETARCH\nRUN if [ \"$TARGETARCH\" = amd64 ]; then pip install numpy==1.18.5; fi\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("x86 marker")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"numpy==1.18.5; platform_machine == \"x86_64\"\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("requirements not copied")
            << QStringList{df, head + u"RUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s, u"numpy==1.18.5\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("no-binary on purpose") << QStringList{df, head + u"RUN pip install --no-binary :all: numpy==1.18.5\n"_s}
                                              << df << 0 << QString() << SourceRange{};
        QTest::newRow("other platform")
            << QStringList{df, head + u"RUN pip install --platform manylinux2014_x86_64 --only-binary=:all: --target /w numpy==1.18.5\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("pip download") << QStringList{df, head + u"RUN pip download numpy==1.18.5\n"_s} << df << 0 << QString()
                                      << SourceRange{};
        QTest::newRow("talk case 1")
            << QStringList{df, u"FROM public.ecr.aws/lts/ubuntu:20.04_stable\nWORKDIR /home/app\nCOPY requirements.txt .\n"
                               "RUN apt update && \\\napt install -y --no-install-recommends python3-pip && \\\npip install -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"numpy==1.21.6\nscikit-learn==1.2.0\nmatplotlib==3.6.1\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("specific rule wins") << QStringList{df, head + u"RUN pip install confluent-kafka==2.0.2\n"_s} << df << 0
                                            << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM301"_s, project, dockerfile);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(u"aarch64"_s));
        // Round trip: the first fix leaves nothing for this rule.
        QVERIFY(!found.first().fixes.isEmpty());
        const Files fixed = applyFix(project, found.first());
        QVERIFY(fixed != project);
        QCOMPARE(runRule(u"ARM301"_s, fixed, dockerfile).size(), count - 1);
    }

    void talkCase2HasThreeFixes()
    {
        const Files project{{u"Dockerfile"_s, kCase2}};
        const QList<Finding> found = runRule(u"ARM301"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 3);
        QCOMPARE(applyFix(project, found.first(), 0).value(u"Dockerfile"_s),
                 QString(kCase2).replace(u"numpy==1.18.5"_s, u"numpy==1.19.0"_s));
        QCOMPARE(applyFix(project, found.first(), 1).value(u"Dockerfile"_s),
                 QString(kCase2).replace(u"python3-pip\n"_s, u"python3-pip build-essential python3-dev\n"_s));
        QCOMPARE(applyFix(project, found.first(), 2).value(u"Dockerfile"_s),
                 QString(kCase2).replace(u"pip install numpy==1.18.5"_s,
                                         u"apt-get update && apt-get install -y --no-install-recommends python3-numpy"_s));
    }

    void distroPackageKeepsOtherRequirements()
    {
        const QString text = u"FROM debian:bullseye\nRUN apt-get update && apt-get install -y python3-pip\n"
                             "RUN pip3 install flask numpy==1.18.5\n"_s;
        const Files project{{u"Dockerfile"_s, text}};
        const QList<Finding> found = runRule(u"ARM301"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 3);
        QCOMPARE(applyFix(project, found.first(), 2).value(u"Dockerfile"_s),
                 u"FROM debian:bullseye\nRUN apt-get update && apt-get install -y python3-pip python3-numpy\n"
                 "RUN pip3 install flask\n"_s);
    }

    void requirementsFileFixes()
    {
        const Files project{{u"Dockerfile"_s, u"FROM python:3.8-slim\nCOPY requirements.txt /app/\n"
                                              "RUN pip install -r /app/requirements.txt\n"_s},
                            {u"requirements.txt"_s, u"pillow>=6,<7 # imaging\n"_s}};
        const QList<Finding> found = runRule(u"ARM301"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().range, range(1, 11, 1, 13));
        // pin and build deps; no distro package for a requirements file (and not in a python image).
        QCOMPARE(found.first().fixes.size(), 2);
        QCOMPARE(applyFix(project, found.first(), 0).value(u"requirements.txt"_s), u"pillow==7.2.0 # imaging\n"_s);
        const QString withDeps = applyFix(project, found.first(), 1).value(u"Dockerfile"_s);
        QVERIFY(withDeps.contains(u"\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential"_s));
        QVERIFY(withDeps.indexOf(u"apt-get"_s) < withDeps.indexOf(u"pip install"_s));
    }
};

QTEST_GUILESS_MAIN(TestRuleArm301)
#include "tst_rule_arm301.moc"
