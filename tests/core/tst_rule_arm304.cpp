#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kCase3 = u"FROM public.ecr.aws/lts/ubuntu:20.04_stable\n"
                       "RUN apt update && \\\n"
                       "    apt install -y --no-install-recommends python3 python3-pip && \\\n"
                       "    pip install apache-tvm==0.9.0 typing-extensions\n"
                       "RUN python3 -c 'import tvm; print(tvm.__version__)'\n"_s;
}

class TestRuleArm304 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed");
        const QString df = u"Dockerfile"_s;
        const QString head = u"FROM ubuntu:22.04\n"_s;

        QTest::newRow("talk case 3") << QStringList{df, kCase3} << 1 << df << range(4, 29, 4, 34)
                                     << QString(kCase3).replace(u"0.9.0"_s, u"0.11.1"_s);
        QTest::newRow("range below") << QStringList{df, head + u"RUN pip install \"apache-tvm>=0.8,<0.10\"\n"_s} << 1 << df
                                     << range(2, 34, 2, 39)
                                     << head + u"RUN pip install \"apache-tvm==0.11.1\"\n"_s;
        QTest::newRow("requirements file")
            << QStringList{df, head + u"COPY requirements.txt ./\nRUN pip install -r ./requirements.txt\n"_s, u"requirements.txt"_s,
                           u"apache-tvm==0.10.0\n"_s}
            << 1 << u"requirements.txt"_s << range(1, 13, 1, 19) << QString();

        QTest::newRow("good version") << QStringList{df, head + u"RUN pip install apache-tvm==0.11.1\n"_s} << 0 << QString()
                                      << SourceRange{} << QString();
        QTest::newRow("unpinned") << QStringList{df, head + u"RUN pip install apache-tvm\n"_s} << 0 << QString() << SourceRange{}
                                  << QString();
        QTest::newRow("lower bound") << QStringList{df, head + u"RUN pip install 'apache-tvm>=0.9'\n"_s} << 0 << QString()
                                     << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM304"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().help.contains(u"git clone --recursive https://github.com/apache/tvm"_s));
        const Files after = applyFix(project, found.first());
        if (!fixed.isEmpty())
            QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM304"_s, after).size(), 0);
        QCOMPARE(runRule(u"ARM301"_s, project).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm304)
#include "tst_rule_arm304.moc"
