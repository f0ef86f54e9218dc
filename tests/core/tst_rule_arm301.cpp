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
        QTest::newRow("pandas before its aarch64 wheels, with a marker")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"pandas==1.0.5 ; python_version >= \"3.6\"\n"_s}
            << df << 1 << u"requirements.txt"_s << range(1, 9, 1, 14);

        QTest::newRow("unpinned") << QStringList{df, head + u"RUN pip install numpy\n"_s} << df << 0 << QString() << SourceRange{};
        QTest::newRow("tensorflow before 2.10") << QStringList{df, head + u"RUN pip install tensorflow==2.8.0\n"_s} << df << 1 << df
                                                << range(2, 29, 2, 34);
        QTest::newRow("python_version marker true for the image")
            << QStringList{df, u"FROM python:3.6-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"numpy==1.16.6 ; python_version < \"3.7\"\n"_s}
            << df << 1 << u"requirements.txt"_s << range(1, 8, 1, 14);
        QTest::newRow("python_version marker false for the image")
            << QStringList{df, u"FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s,
                           u"requirements.txt"_s,
                           u"numpy==1.16.6 ; python_version < \"3.7\"\nnumpy==1.26.4 ; python_version >= \"3.9\"\n"
                           "scipy==1.2.3; python_version == \"2.7\" or (python_version >= \"3.4\" and python_version < \"3.5\")\n"
                           "Pillow==6.2.2 ; sys_platform == \"linux\" and python_full_version < \"3.7.0\"\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("python_version marker in a pip word")
            << QStringList{df, u"FROM python:3.12-slim\nRUN pip install \"numpy==1.16.6; python_version<'3.7'\"\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("pip wheel in a builder stage")
            << QStringList{df, u"FROM python:3.8-slim AS builder\nCOPY requirements.txt .\n"
                               "RUN pip wheel --wheel-dir /wheels -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"numpy==1.18.5\n"_s}
            << df << 1 << u"requirements.txt"_s << range(1, 8, 1, 14);
        QTest::newRow("install from a wheelhouse with --no-index")
            << QStringList{df, u"FROM python:3.8-slim\nCOPY --from=wheels /wheels /wheels\nCOPY requirements.txt .\n"
                               "RUN pip install --no-index --find-links=/wheels -r requirements.txt\n"_s,
                           u"requirements.txt"_s, u"numpy==1.18.5\n"_s}
            << df << 0 << QString() << SourceRange{};
        QTest::newRow("pandas 1.1.4") << QStringList{df, head + u"RUN pip install pandas==1.1.4\n"_s} << df << 0 << QString()
                                      << SourceRange{};
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

    // A wheel named by URL or file: its platform tags decide, not a version table.
    void x86Wheels_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        const QString df = u"Dockerfile"_s;
        const QString head = u"FROM python:3.11-slim\n"_s;
        const QString torch = u"torch-2.2.1%2Bcpu-cp311-cp311-linux_x86_64.whl"_s;
        QTest::newRow("pip install URL")
            << QStringList{df, head + u"RUN pip install https://download.pytorch.org/whl/cpu/"_s + torch + u'\n'}
            << 1 << df << range(2, 54, 2, 54 + int(torch.size()));
        QTest::newRow("name @ URL in a requirements file")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"flask==3.0.2\ntorch @ https://download.pytorch.org/whl/cpu/"_s + torch + u"\n"_s}
            << 1 << u"requirements.txt"_s << range(2, 46, 2, 46 + int(torch.size()));
        QTest::newRow("compressed manylinux tags, local file")
            << QStringList{df, head + u"RUN pip install ./numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl\n"_s}
            << 1 << df << range(2, 19, 2, 90);
        QTest::newRow("aarch64 and pure wheels")
            << QStringList{df, head + u"RUN pip install https://example.com/w/tool-1.0-py3-none-any.whl "
                                      "https://example.com/w/torch-2.2.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("x86 marker")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"torch @ https://download.pytorch.org/whl/cpu/"_s + torch + u" ; platform_machine == \"x86_64\"\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("marker for another Python")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"torch @ https://download.pytorch.org/whl/cpu/torch-1.13.1%2Bcpu-cp37-cp37m-linux_x86_64.whl ; python_version < \"3.8\"\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("architecture branch")
            << QStringList{df, head + u"RUN if [ \"$(uname -m)\" = x86_64 ]; then pip install /tmp/"_s + torch + u"; fi\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("pip download for another platform")
            << QStringList{df, head + u"RUN pip install --platform manylinux2014_x86_64 --target /layer ./"_s + torch + u'\n'}
            << 0 << QString() << SourceRange{};
    }
    void x86Wheels()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM301"_s, project, u"Dockerfile"_s);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(u"x86"_s));
        QVERIFY(!found.first().help.isEmpty());
    }

    // Talk case 2, idea 1: "Install build dependencies and version 1.18.5 will work". With what
    // the source build needs installed first the build works on arm64: advice, not an error.
    void buildDepsMakeItAdvice_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("talk: deadsnakes python3.7-dev and build-essential")
            << u"FROM public.ecr.aws/lts/ubuntu:20.04_stable\nRUN apt update && \\\napt install -y --no-install-recommends "
               "gpg-agent software-properties-common python3-pip build-essential && \\\nadd-apt-repository -y "
               "ppa:deadsnakes/ppa && \\\napt install -y python3.7 python3.7-dev python3.7-distutils\n"
               "RUN pip install numpy==1.18.5\n"_s
            << Severity::Info;
        QTest::newRow("full python image has gcc and headers") << u"FROM python:3.8-bookworm\nRUN pip install numpy==1.18.5\n"_s
                                                               << Severity::Info;
        QTest::newRow("alpine: gcc and musl-dev in a virtual package")
            << u"FROM python:3.8-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n"
               " && pip install numpy==1.18.5 && apk del .build-deps\n"_s
            << Severity::Info;
        QTest::newRow("compiler only: scipy also needs gfortran and BLAS")
            << u"FROM python:3.8-bookworm\nRUN pip install scipy==1.4.1\n"_s << Severity::Error;
        QTest::newRow("slim image without a compiler") << u"FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n"_s
                                                       << Severity::Error;
        QTest::newRow("build deps after the install do not count")
            << u"FROM python:3.8-slim\nRUN pip install numpy==1.18.5\nRUN apt-get update && apt-get install -y build-essential python3-dev\n"_s
            << Severity::Error;
    }
    void buildDepsMakeItAdvice()
    {
        QFETCH(QString, dockerfile);
        QFETCH(Severity, severity);
        const QList<Finding> found = runRule(u"ARM301"_s, {{u"Dockerfile"_s, dockerfile}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, severity);
        QVERIFY(!found.first().fixes.isEmpty()); // the pin
        if (severity == Severity::Info) {
            QVERIFY2(found.first().help.contains(u"only more slowly"_s), qPrintable(found.first().help));
            for (const Fix &fix : found.first().fixes)
                QVERIFY2(!fix.title.startsWith(u"Keep"_s), qPrintable(fix.title)); // nothing left to install
        }
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
