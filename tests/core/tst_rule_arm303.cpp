#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kCase4 = u"FROM public.ecr.aws/lts/ubuntu:20.04_stable\n"
                       "RUN apt update && \\\n"
                       "    apt install -y --no-install-recommends python3 python3-pip && \\\n"
                       "    pip install confluent-kafka==2.0.2\n"
                       "RUN python3 -c 'import confluent_kafka; print(confluent_kafka.version())'\n"_s;
}

class TestRuleArm303 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        const QString df = u"Dockerfile"_s;
        const QString head = u"FROM ubuntu:20.04\n"_s;

        QTest::newRow("talk case 4") << QStringList{df, kCase4} << 1 << df << range(4, 34, 4, 39);
        QTest::newRow("underscore name") << QStringList{df, head + u"RUN pip3 install confluent_kafka==1.9.2\n"_s} << 1 << df
                                         << range(2, 35, 2, 40);
        QTest::newRow("requirements file")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"requests==2.31.0\nconfluent-kafka<2.1\n"_s}
            << 1 << u"requirements.txt"_s << range(2, 16, 2, 20);

        QTest::newRow("unpinned gets a wheel") << QStringList{df, head + u"RUN pip install confluent_kafka\n"_s} << 0 << QString()
                                               << SourceRange{};
        QTest::newRow("good version") << QStringList{df, head + u"RUN pip install confluent-kafka==2.1.0\n"_s} << 0 << QString()
                                      << SourceRange{};
        QTest::newRow("talk's source build")
            << QStringList{df, head + u"ARG LIBRDKAFKA_VERSION=\"2.0.2\"\nRUN apt update && apt install -y git build-essential && \\\n"
                                      "    git clone -b v${LIBRDKAFKA_VERSION} https://github.com/confluentinc/librdkafka && \\\n"
                                      "    cd librdkafka && ./configure --install-deps && make && make install && ldconfig && \\\n"
                                      "    pip install confluent-kafka==2.0.2 --no-binary :all:\n"_s}
            << 0 << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM303"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        const Files after = applyFix(project, found.first());
        QCOMPARE(runRule(u"ARM303"_s, after).size(), 0);
    }

    void case4Fixes()
    {
        const Files project{{u"Dockerfile"_s, kCase4}};
        const QList<Finding> found = runRule(u"ARM303"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 2);
        QCOMPARE(applyFix(project, found.first(), 0).value(u"Dockerfile"_s),
                 QString(kCase4).replace(u"==2.0.2"_s, u"==2.1.0"_s));
        const QString built = applyFix(project, found.first(), 1).value(u"Dockerfile"_s);
        QVERIFY(built.contains(u"git clone -b v2.0.2 https://github.com/confluentinc/librdkafka"_s));
        QVERIFY(built.contains(u"ldconfig && cd / && pip install confluent-kafka==2.0.2 --no-binary confluent-kafka\n"_s));
        QVERIFY(built.indexOf(u"apt-get install -y --no-install-recommends git build-essential python3-dev"_s) > 0);
        // The second option also satisfies the rule: it builds on purpose.
        QCOMPARE(runRule(u"ARM303"_s, {{u"Dockerfile"_s, built}}).size(), 0);
        QCOMPARE(runRule(u"ARM301"_s, project).size(), 0); // the specific rule wins
    }

    void requirementsFileSourceBuild()
    {
        const Files project{{u"Dockerfile"_s, u"FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y python3-pip\n"
                                              "COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s},
                            {u"requirements.txt"_s, u"confluent-kafka==2.0.2\n"_s}};
        const QList<Finding> found = runRule(u"ARM303"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 2);
        const Files after = applyFix(project, found.first(), 1);
        QCOMPARE(after.value(u"requirements.txt"_s), u"--no-binary confluent-kafka\nconfluent-kafka==2.0.2\n"_s);
        QVERIFY(after.value(u"Dockerfile"_s).contains(u"COPY requirements.txt .\nRUN apt-get update"_s));
        QCOMPARE(runRule(u"ARM303"_s, after).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm303)
#include "tst_rule_arm303.moc"
