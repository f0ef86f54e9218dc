#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm305 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed"); // empty: no fix expected
        const QString df = u"Dockerfile"_s;
        const QString head = u"FROM python:3.10\n"_s;

        QTest::newRow("tensorflow-gpu pinned") << QStringList{df, head + u"RUN pip install tensorflow-gpu==2.4.0\n"_s} << 1 << df
                                               << range(2, 17, 2, 31) << head + u"RUN pip install tensorflow==2.10.0\n"_s;
        QTest::newRow("tensorflow-gpu unpinned") << QStringList{df, head + u"RUN pip install tensorflow-gpu numpy\n"_s} << 1 << df
                                                 << range(2, 17, 2, 31) << head + u"RUN pip install tensorflow numpy\n"_s;
        QTest::newRow("onnxruntime-gpu in requirements")
            << QStringList{df, head + u"COPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s, u"requirements.txt"_s,
                           u"onnxruntime_gpu==1.16.0\n"_s}
            << 1 << u"requirements.txt"_s << range(1, 1, 1, 16) << QString();
        QTest::newRow("per-CUDA cupy") << QStringList{df, head + u"RUN pip install cupy-cuda102\n"_s} << 1 << df
                                       << range(2, 17, 2, 29) << QString();
        QTest::newRow("cupy-cuda11x before 12") << QStringList{df, head + u"RUN pip install cupy-cuda11x==11.6.0\n"_s} << 1 << df
                                                << range(2, 17, 2, 29) << QString();

        QTest::newRow("cpu tensorflow") << QStringList{df, head + u"RUN pip install tensorflow==2.15.0\n"_s} << 0 << QString()
                                        << SourceRange{} << QString();
        QTest::newRow("cu12 runtime wheels exist for aarch64")
            << QStringList{df, head + u"RUN pip install nvidia-cublas-cu12 cupy-cuda12x\n"_s} << 0 << QString() << SourceRange{}
            << QString();
        QTest::newRow("cupy-cuda11x 12 or later") << QStringList{df, head + u"RUN pip install cupy-cuda11x==12.0.0\n"_s} << 0
                                                  << QString() << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM305"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Warning);
        if (found.first().fixes.isEmpty()) {
            QVERIFY(fixed.isEmpty());
            return;
        }
        const Files after = applyFix(project, found.first());
        if (!fixed.isEmpty())
            QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM305"_s, after).size(), 0);
    }

    void onnxRuntimeFixEditsRequirementsFile()
    {
        const Files project{{u"Dockerfile"_s, u"FROM python:3.10\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s},
                            {u"requirements.txt"_s, u"onnxruntime_gpu==1.16.0\n"_s}};
        const QList<Finding> found = runRule(u"ARM305"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(applyFix(project, found.first()).value(u"requirements.txt"_s), u"onnxruntime==1.16.0\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm305)
#include "tst_rule_arm305.moc"
