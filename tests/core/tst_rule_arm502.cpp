#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
QString postgresBuild(const QString &from, const QString &configure = u"./configure --prefix=/usr/local/pgsql"_s)
{
    return u"FROM "_s + from + u"\nRUN apt-get update && apt-get install -y build-essential wget libreadline-dev zlib1g-dev\n"
        "RUN wget https://ftp.postgresql.org/pub/source/v14.5/postgresql-14.5.tar.bz2 && \\\n"
        "    tar xjf postgresql-14.5.tar.bz2 && cd postgresql-14.5 && \\\n"
        "    "_s + configure + u" && make && make install\n"_s;
}
}

class TestRuleArm502 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed"); // empty: no automatic fix (compiler too old for -moutline-atomics)

        QTest::newRow("ubuntu 20.04 tarball") << postgresBuild(u"ubuntu:20.04"_s) << 1 << range(5, 5, 5, 16)
                                              << postgresBuild(u"ubuntu:20.04"_s,
                                                               u"CFLAGS=\"-O2 -moutline-atomics\" ./configure --prefix=/usr/local/pgsql"_s);
        QTest::newRow("talk base image") << postgresBuild(u"public.ecr.aws/lts/ubuntu:20.04_stable"_s) << 1 << range(5, 5, 5, 16)
                                         << postgresBuild(u"public.ecr.aws/lts/ubuntu:20.04_stable"_s,
                                                          u"CFLAGS=\"-O2 -moutline-atomics\" ./configure --prefix=/usr/local/pgsql"_s);
        QTest::newRow("existing CFLAGS") << postgresBuild(u"ubuntu:focal"_s, u"./configure CFLAGS=\"-O2 -g\""_s) << 1
                                         << range(5, 5, 5, 16)
                                         << postgresBuild(u"ubuntu:focal"_s, u"./configure CFLAGS=\"-O2 -g -moutline-atomics\""_s);
        QTest::newRow("git clone on buster")
            << u"FROM debian:buster\nRUN git clone https://github.com/postgres/postgres.git && cd postgres && ./configure && make\n"_s
            << 1 << range(2, 74, 2, 85) << QString();
        // The version comes from an ARG (workshop case other-postgres-lse): matched after expansion.
        const QString argBuild = u"FROM ubuntu:20.04\nARG PG_VERSION=15.2\n"
                                 "RUN wget -q https://ftp.postgresql.org/pub/source/v${PG_VERSION}/postgresql-${PG_VERSION}.tar.bz2 && \\\n"
                                 "    tar -xjf postgresql-${PG_VERSION}.tar.bz2 && cd postgresql-${PG_VERSION} && \\\n"
                                 "    ./configure --prefix=/usr/local/pgsql && make\n"_s;
        QTest::newRow("version from ARG") << argBuild << 1 << range(5, 5, 5, 16)
                                          << QString(argBuild).replace(u"    ./configure"_s, u"    CFLAGS=\"-O2 -moutline-atomics\" ./configure"_s);
        QTest::newRow("version from legacy ENV")
            << u"FROM ubuntu:18.04\nENV PG_VERSION 12.18\nRUN curl -fsSL https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.gz | tar -xz\n"
               "RUN cd postgresql-$PG_VERSION && ./configure && make\n"_s
            << 1 << range(4, 34, 4, 45) << QString();
        QTest::newRow("python buster image") << postgresBuild(u"python:3.9-slim-buster"_s) << 1 << range(5, 5, 5, 16) << QString();

        QTest::newRow("ubuntu 22.04") << postgresBuild(u"ubuntu:22.04"_s) << 0 << SourceRange{} << QString();
        QTest::newRow("bullseye has GCC 10") << postgresBuild(u"debian:bullseye"_s) << 0 << SourceRange{} << QString();
        QTest::newRow("unknown image") << postgresBuild(u"myorg/builder:1"_s) << 0 << SourceRange{} << QString();
        QTest::newRow("untagged image") << postgresBuild(u"ubuntu"_s) << 0 << SourceRange{} << QString();
        QTest::newRow("armv8.2 flags") << postgresBuild(u"ubuntu:20.04"_s, u"CFLAGS=\"-O2 -march=armv8.2-a\" ./configure"_s) << 0
                                       << SourceRange{} << QString();
        QTest::newRow("ENV outline atomics")
            << QString(postgresBuild(u"ubuntu:20.04"_s)).replace(u"\nRUN apt-get"_s, u"\nENV CFLAGS=-moutline-atomics\nRUN apt-get"_s)
            << 0 << SourceRange{} << QString();
        QTest::newRow("other configure") << u"FROM ubuntu:20.04\nRUN cd /src/redis && ./configure && make\n"_s << 0 << SourceRange{}
                                         << QString();
        QTest::newRow("distro package") << u"FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y postgresql-12\n"_s << 0
                                        << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const Files project{{u"Dockerfile"_s, dockerfile}};
        const QList<Finding> found = runRule(u"ARM502"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Warning);
        QVERIFY(found.first().message.contains(u"PostgreSQL"_s));
        if (fixed.isEmpty()) {
            QVERIFY(found.first().fixes.isEmpty());
            return;
        }
        QCOMPARE(found.first().fixes.size(), 1);
        const Files after = applyFix(project, found.first());
        QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM502"_s, after).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm502)
#include "tst_rule_arm502.moc"
